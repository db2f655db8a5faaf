"""Read articles from disk: text, Markdown, HTML pages and JSON lines.

Every problem with an input becomes an :class:`~kg.errors.InputError` that names
the file (and line, for JSON lines) and says what is wrong. Article text is
untrusted: this stage only decodes and normalises it; nothing is interpreted.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError, MbkgError
from kg.model import Article

#: Suffixes read as articles, and how.
TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Larger files are refused: a news article is a few kB; a JSON lines file of many
#: articles may be larger, so it gets a bigger allowance.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_JSONL_BYTES = 100 * 1024 * 1024

# Control characters that never occur in text (tab, newline, CR and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bytes 0x80-0x9f are C1 controls in Latin-1 but printable in Windows-1252.
_C1_BYTES = re.compile(rb"[\x80-\x9f]")


@dataclass
class LoadResult:
    """Articles read, and the inputs skipped with ``keep_going``."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[MbkgError] = field(default_factory=list)


def find_article_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into the article files to read.

    Directories are searched recursively for files with a known suffix; hidden
    files and directories are ignored.

    A ``README`` file in a directory describes the folder, not an article, and
    is skipped (give it by name to read it).

    Raises
    ------
    InputError
        When a path does not exist, has an unknown suffix, or a directory holds
        no article files.

    Examples
    --------
    >>> find_article_files(["does-not-exist.txt"])
    Traceback (most recent call last):
    ...
    kg.errors.InputError: does-not-exist.txt: no such file or directory
    """
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or directory", path=path)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not _is_readme(p)
            )
            if not found:
                raise InputError(
                    "no articles in this directory (looked for .txt, .md, .html, .jsonl files)", path=path
                )
            files.extend(found)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            files.append(path)
        else:
            raise InputError(
                f"unsupported file type {path.suffix or '(no suffix)'!r}: expected .txt, .md, .html or .jsonl",
                path=path,
            )
    return files


def _is_readme(path: Path) -> bool:
    return path.stem.lower() in {"readme", "license", "licence", "changelog"}


def load_articles(inputs: Iterable[str | Path], *, keep_going: bool = False) -> LoadResult:
    """Read every article in ``inputs`` (files or directories).

    Parameters
    ----------
    inputs : paths of files or directories
    keep_going : bool
        When true, a bad file (or a bad line of a JSON lines file) is skipped and
        recorded in ``LoadResult.skipped`` instead of stopping the load.

    Returns
    -------
    LoadResult
        The articles in input order, each article once (duplicates by id dropped).
    """
    result = LoadResult()
    seen: set[str] = set()
    for path in find_article_files(inputs):
        try:
            for item in read_article_file(path, keep_going=keep_going):
                if isinstance(item, MbkgError):
                    result.skipped.append(item)
                elif item.id not in seen:
                    seen.add(item.id)
                    result.articles.append(item)
        except MbkgError as exc:
            if not keep_going:
                raise
            result.skipped.append(exc)
    if not result.articles and not result.skipped:
        raise InputError("no articles found in the inputs", path=", ".join(str(p) for p in inputs))
    return result


def read_article_file(path: Path, *, keep_going: bool = False) -> Iterator[Article | MbkgError]:
    """Yield the article(s) of one file; with ``keep_going``, bad JSON lines are yielded as errors."""
    suffix = path.suffix.lower()
    limit = MAX_JSONL_BYTES if suffix in JSONL_SUFFIXES else MAX_ARTICLE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file too large ({size / 1e6:.0f} MB; the limit for {suffix} files is {limit // 2**20} MB)",
                path=path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    text = decode_bytes(data, path)
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text, path, keep_going=keep_going)
    elif suffix in HTML_SUFFIXES:
        yield parse_html(text, path)
    elif suffix in MARKDOWN_SUFFIXES:
        yield parse_plain(markdown_to_text(text), path)
    else:
        yield parse_plain(text, path)


def decode_bytes(data: bytes, path: Path | str) -> str:
    """Decode a file's bytes as UTF-8, or Windows-1252 / Latin-1 where the bytes say so.

    Files with NUL bytes or other control characters are refused as binary.

    Examples
    --------
    >>> decode_bytes("caf\\u00e9".encode("latin-1"), "a.txt")
    'café'
    >>> decode_bytes("\\u201cquoted\\u201d".encode("cp1252"), "a.txt")
    '“quoted”'
    """
    if not data.strip():
        raise InputError("file is empty", path=path)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not an article", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8. Legacy Western encodings are common in older news pages:
        # C1 bytes only make sense as Windows-1252; otherwise Latin-1.
        encoding = "cp1252" if _C1_BYTES.search(data) else "latin-1"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = None
        if text is None or not _looks_western(text):
            raise InputError("not UTF-8 text, and not Windows-1252 or Latin-1 either", path=path) from None
    if _CONTROL.search(text):
        raise InputError("binary file (contains control characters), not an article", path=path)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("file is empty", path=path)
    return text


# A run of three or more non-ASCII letters.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\W\d_]{3,}")


def _looks_western(text: str) -> bool:
    """Whether legacy-decoded text reads as a Western language, not mojibake.

    Latin-1 and Windows-1252 text is mostly ASCII with an accented letter here and
    there; Cyrillic, Greek or CJK text in another code page decodes without error
    but into long runs of accented letters (``ïîäïèñàëà``), which is refused.
    """
    accented = sum(1 for c in text if ord(c) > 127 and c.isalpha())
    in_runs = sum(len(run) for run in _NON_ASCII_RUN.findall(text))
    return in_runs <= max(3, accented // 2)


def parse_plain(text: str, path: Path | str, **meta: str | None) -> Article:
    """An article from plain text: the first non-empty line is the headline."""
    text = text.strip("\n")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        raise InputError("file is empty", path=path)
    title = meta.pop("title", None) or lines[0]
    return Article(text=text, title=title, path=str(path), **meta)


_MD_RULES = [
    (re.compile(r"^---\n.*?\n---\n", re.S), ""),  # front matter
    (re.compile(r"^ {0,3}#{1,6}\s*", re.M), ""),  # heading markers
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^ {0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^ {0,3}[-*+]\s+", re.M), ""),  # bullets
]


def markdown_to_text(md: str) -> str:
    """Strip the Markdown markup that would get in the extractor's way.

    Examples
    --------
    >>> markdown_to_text("# Title\\n\\n**UMG** signed with [Spotify](https://x).")
    'Title\\n\\nUMG signed with Spotify.'
    """
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return md


def parse_html(html: str, path: Path | str) -> Article:
    """Extract the article of a web page with trafilatura (headline, body, metadata)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"cannot parse the HTML page: {exc}", path=path) from exc
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < 20:
        raise InputError("no article text found in the HTML page", path=path)
    title = (getattr(doc, "title", None) or "").strip()
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return parse_plain(
        text,
        path,
        title=title or None,
        url=_http_url(getattr(doc, "url", None)),
        source=(getattr(doc, "sitename", None) or None),
        published=normalise_date(getattr(doc, "date", None)),
    )


def parse_jsonl(text: str, path: Path | str, *, keep_going: bool = False) -> Iterator[Article | InputError]:
    """One article per line: ``text`` and optionally ``title``, ``url``, ``published``, ``source``."""
    any_line = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        any_line = True
        try:
            yield _article_from_json_line(line, path, number)
        except InputError as exc:
            if not keep_going:
                raise
            yield exc
    if not any_line:
        raise InputError("file is empty", path=path)


def _article_from_json_line(line: str, path: Path | str, number: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=path, line=number) from None
    except (ValueError, RecursionError) as exc:  # a number of >4300 digits; nesting too deep
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise InputError(f"malformed JSON: {reason}", path=path, line=number) from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with a 'text' field", path=path, line=number)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError("missing or empty 'text' field", path=path, line=number)
    meta: dict[str, str | None] = {}
    for key in ("title", "url", "source", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string", path=path, line=number)
        meta[key] = value.strip() if isinstance(value, str) and value.strip() else None
    if meta["published"] is not None:
        published = normalise_date(meta["published"])
        if published is None:
            raise InputError(f"'published' is not a date: {meta['published']!r}", path=path, line=number)
        meta["published"] = published
    meta["url"] = _http_url(meta["url"])
    body = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n"))
    if _CONTROL.search(body):
        raise InputError("'text' contains control characters", path=path, line=number)
    title = meta.pop("title")
    if title:
        title = " ".join(title.split())  # a headline is one line
        if not body.lstrip().startswith(title):
            body = f"{title}\n\n{body}"
    article = parse_plain(body, path, title=title, **meta)
    return Article(**{**article.__dict__, "line": number})


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date or timestamp string, or None.

    Examples
    --------
    >>> normalise_date("2025-01-26T09:30:00Z")
    '2025-01-26'
    >>> normalise_date("26 January 2025")
    '2025-01-26'
    >>> normalise_date("soon") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(value, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed is None or parsed.year == 1900:
        return None
    return parsed.date().isoformat()


def _http_url(url: str | None) -> str | None:
    """Keep only http(s) URLs: anything else (javascript:, data:) is dropped."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.I):
        return url.strip()
    return None
