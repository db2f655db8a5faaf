"""Property-based tests: the ingest and extract stages never crash on hostile input.

Whatever bytes or text they are fed, the readers return :class:`~kg.model.Article`
objects or raise :class:`~kg.errors.MbkgError`; the extractor returns an
:class:`~kg.model.Extraction` whose evidence points at real sentences of the
article and whose facts name its own entities. Any other exception is a bug.

The examples are bounded and derandomised (profile ``mbkg-ci``) so CI runs the
same cases every time.
"""
from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import MbkgError
from kg.ingest import decode_bytes, load_articles, markdown_to_text, parse_html, parse_jsonl, parse_plain
from kg.model import Article, Extraction

settings.register_profile(
    "mbkg-ci",
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI stays deterministic
    database=None,  # nothing written to .hypothesis/ between runs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("mbkg-ci")

# --- strategies -----------------------------------------------------------------

NAMES = st.sampled_from([
    "Universal Music Group", "UMG", "Spotify", "Drake", "Kendrick Lamar", "Sony Music", "TikTok",
    "Lucian Grainge", "Suno", "Warner Records", "<script>alert(1)</script> Records", 'Bobby "Tables" Inc',
    "Back\\slash Ltd", "Björk", "Motörhead", "株式会社ソニー", "A", "Inc", "The", "Records",
])
VERBS = st.sampled_from([
    " sued ", " signed a licensing agreement with ", " acquired ", " is signed to ", " operates ",
    ", chief executive of ", " agreed to buy ", " and ", " v. ", " said ", " partnered with ", " ",
])
#: Sentences built from names and verbs, so the extractor's patterns actually fire.
NEWSY = st.lists(st.tuples(NAMES, VERBS, NAMES, st.sampled_from([".", "", "!", "?", ". ", ".\n\n", ";"])),
                 min_size=1, max_size=8).map(lambda parts: "".join(a + v + b + end for a, v, b, end in parts))
#: Any Unicode but surrogates (which cannot be encoded and never come out of a decoder).
UNICODE = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
TEXTS = st.one_of(
    UNICODE,
    NEWSY,
    st.text(alphabet=string.ascii_letters + " ", max_size=300),  # no sentence ends at all
    st.lists(NAMES, min_size=1, max_size=40).map(" ".join),  # only names
    st.lists(NAMES, min_size=1, max_size=40).map("\n".join),
    st.builds(lambda n, w: (w + " ") * n, st.integers(1, 20_000), st.sampled_from(["x", "Spotify", "é", "."])),
    st.builds(lambda a, b: a + "\n" + b, NEWSY, UNICODE),
)
NESTED_HTML = st.builds(
    lambda tag, depth, inner: f"<{tag}>" * depth + inner + f"</{tag}>" * (depth // 2),
    st.sampled_from(["div", "p", "span", "article", "table", "b", "ul><li"]),
    st.integers(1, 5000),
    st.one_of(NEWSY, UNICODE),
)
HTML = st.one_of(
    NESTED_HTML,
    st.builds(lambda t, b: f"<html><head><title>{t}</title></head><body><article><p>{b}</p></article></body></html>",
              UNICODE, TEXTS),
    UNICODE,
    st.just("<" * 3000),
    st.just("<html><body><script>" + "x" * 10_000),
    st.just("<!--" * 500),
)
BYTES = st.one_of(
    st.binary(max_size=2000),
    TEXTS.map(lambda t: t.encode("utf-8")),
    TEXTS.map(lambda t: t.encode("utf-16")),
    st.builds(lambda t, enc: t.encode(enc, errors="replace"), TEXTS,
              st.sampled_from(["latin-1", "cp1252", "shift_jis", "gbk", "cp1251", "utf-8-sig", "utf-32"])),
)
JSON_LINES = st.one_of(
    UNICODE,
    st.lists(st.one_of(
        st.builds(lambda t: '{"text": %s}' % _json_str(t), TEXTS),
        st.builds(lambda t, ti, u, p: '{"text": %s, "title": %s, "url": %s, "published": %s}'
                  % (_json_str(t), _json_str(ti), _json_str(u), _json_str(p)), TEXTS, UNICODE, UNICODE, UNICODE),
        st.sampled_from(['{"text": 5}', "[]", "null", '{"text": "a", "url": ["x"]}', "{", '"just a string"',
                         '{"text": "ok", "published": "1e400"}', '{"text": "\\u0000"}', "1" * 5000,
                         "[" * 5000 + "]" * 5000]),
        UNICODE,
    ), max_size=6).map("\n".join),
)


def _json_str(value: str) -> str:
    import json

    return json.dumps(value)


def _is_article(item: object) -> bool:
    return isinstance(item, Article) and isinstance(item.text, str) and isinstance(item.title, str)


# --- ingest -----------------------------------------------------------------------


@PROFILE
@given(BYTES)
def test_decode_bytes_returns_text_or_mbkg_error(data):
    try:
        text = decode_bytes(data, "x.txt")
    except MbkgError as exc:
        assert "x.txt" in str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text.strip()
        assert "\x00" not in text and "\r" not in text


@PROFILE
@given(TEXTS)
def test_parse_plain_returns_article_or_mbkg_error(text):
    try:
        article = parse_plain(text, "x.txt")
    except MbkgError:
        assert not text.strip("\n").strip()  # only blank text may be refused
    else:
        assert _is_article(article) and article.title and "\n" not in article.title


@PROFILE
@given(TEXTS)
def test_markdown_to_text_returns_text(text):
    assert isinstance(markdown_to_text(text), str)


@PROFILE
@given(HTML)
def test_parse_html_returns_article_or_mbkg_error(html):
    try:
        article = parse_html(html, "x.html")
    except MbkgError as exc:
        assert "x.html" in str(exc)
    else:
        assert _is_article(article)


@PROFILE
@given(JSON_LINES, st.booleans())
def test_parse_jsonl_returns_articles_or_mbkg_errors(text, keep_going):
    try:
        items = list(parse_jsonl(text, "x.jsonl", keep_going=keep_going))
    except MbkgError as exc:
        assert "x.jsonl" in str(exc)
    else:
        for item in items:
            assert _is_article(item) or (keep_going and isinstance(item, MbkgError))


@PROFILE
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), BYTES), min_size=1, max_size=4),
       st.booleans())
def test_load_articles_on_files_returns_or_raises_mbkg_error(tmp_path_factory, files, keep_going):
    directory: Path = tmp_path_factory.mktemp("hyp")
    for i, (suffix, data) in enumerate(files):
        (directory / f"a{i}{suffix}").write_bytes(data)
    try:
        result = load_articles([directory], keep_going=keep_going)
    except MbkgError as exc:
        assert not keep_going or "no articles" in str(exc) or "no article" in str(exc)
    else:
        assert all(_is_article(a) for a in result.articles)
        assert all(isinstance(e, MbkgError) for e in result.skipped)
        assert len({a.id for a in result.articles}) == len(result.articles)


# --- extract --------------------------------------------------------------------------


def _extract():
    try:
        from kg.extract import extract
    except ImportError:  # pragma: no cover - the extractor is being written
        pytest.skip("kg.extract is not there yet")
    return extract


def _check_extraction(article: Article, extraction: Extraction) -> None:
    assert isinstance(extraction, Extraction)
    assert extraction.article == article
    names = {e.name for e in extraction.entities}
    for fact in extraction.facts:
        assert fact.roles, fact
        for role, members in fact.roles.items():
            assert members, (fact.kind, role)
            for name in members:
                assert name in names, f"{fact.kind}.{role} names {name!r}, not an entity of the extraction"
        for ev in fact.evidence:
            assert 0 <= ev.start < ev.end <= len(article.text), ev
            assert article.text[ev.start:ev.end] == ev.sentence, ev
            assert ev.article_id == article.id


@PROFILE
@given(st.one_of(TEXTS, NEWSY, NEWSY.map(lambda t: t * 20)))
def test_extract_returns_a_consistent_extraction_or_mbkg_error(text):
    extract = _extract()
    if not text.strip():
        text = "Headline"
    article = Article(text=text, title=text.split("\n")[0][:80] or "t", path="x.txt")
    try:
        extraction = extract(article)
    except MbkgError:
        return
    _check_extraction(article, extraction)


@PROFILE
@given(BYTES)
def test_extract_on_whatever_ingest_accepts(data):
    extract = _extract()
    try:
        article = parse_plain(decode_bytes(data, "x.txt"), "x.txt")
    except MbkgError:
        return
    try:
        extraction = extract(article)
    except MbkgError:
        return
    _check_extraction(article, extraction)
