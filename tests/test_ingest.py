"""Reading articles: formats, metadata, encodings and every kind of bad input."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import decode_bytes, find_article_files, load_articles, markdown_to_text, normalise_date

BODY = (
    "Universal Music Group and Spotify signed a new multi-year licensing agreement on Sunday, "
    "the two companies said, covering recorded music and publishing in the United States."
)

HTML_PAGE = f"""<!doctype html><html><head><title>UMG and Spotify sign deal | Music Wire</title>
<meta property="og:title" content="UMG and Spotify sign deal">
<meta property="og:site_name" content="Music Wire">
<meta property="article:published_time" content="2025-01-26T08:00:00Z">
<link rel="canonical" href="https://musicwire.example/umg-spotify"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>UMG and Spotify sign deal</h1><p>{BODY}</p>
<p>Financial terms were not disclosed, and neither company said how long the agreement would run,
but executives on both sides described it as a model for the next phase of paid streaming.</p></article>
<footer>Copyright Music Wire. All rights reserved.</footer></body></html>"""


def test_txt_first_line_is_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\nUMG signs with Spotify\n\n" + BODY + "\n")
    (article,) = load_articles([path]).articles
    assert article.title == "UMG signs with Spotify"
    assert BODY in article.text
    assert article.path == str(path)


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# UMG signs with **Spotify**\n\n" + BODY.replace("Spotify", "[Spotify](https://x.example)"))
    (article,) = load_articles([path]).articles
    assert article.title == "UMG signs with Spotify"
    assert "](" not in article.text and "Spotify signed" in article.text


def test_html_article_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE)
    (article,) = load_articles([path]).articles
    assert article.title == "UMG and Spotify sign deal"
    assert "multi-year licensing agreement" in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text
    assert article.published == "2025-01-26"
    assert article.source == "Music Wire"
    assert article.url == "https://musicwire.example/umg-spotify"


def test_jsonl_articles_with_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"title": "One", "text": BODY, "url": "https://a.example/1", "published": "2024-06-24", "source": "Wire"},
        {"text": "Second headline\n" + BODY},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    first, second = load_articles([path]).articles
    assert (first.title, first.url, first.published, first.source, first.line) == (
        "One", "https://a.example/1", "2024-06-24", "Wire", 1)
    assert first.text.startswith("One\n\n")
    assert second.title == "Second headline" and second.line == 2


def test_directory_is_searched_recursively_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n" + BODY)
    (tmp_path / "a.md").write_text("A\n" + BODY)
    (tmp_path / "notes.json").write_text("{}")  # not an article format
    (tmp_path / ".hidden.txt").write_text("H\n" + BODY)
    (tmp_path / "README.md").write_text("# What these articles are\n" + BODY)
    files = find_article_files([tmp_path])
    assert [f.name for f in files] == ["a.md", "b.txt"]


def test_same_article_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A\n" + BODY)
    assert len(load_articles([path, path]).articles) == 1


def test_article_id_is_stable_and_prefers_url(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": BODY, "url": "https://a.example/x"}))
    a1 = load_articles([path]).articles[0]
    path.write_text(json.dumps({"text": BODY + " Updated.", "url": "https://a.example/x"}))
    a2 = load_articles([path]).articles[0]
    assert a1.id == a2.id and len(a1.id) == 16


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n \n", "file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("control.txt", b"Headline\n\x01\x02\x03 data", "binary file"),
        ("nothing.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("nothing.jsonl", b"\n\n", "file is empty"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_articles([path])
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        load_articles([tmp_path / "nope.txt"])


def test_directory_without_articles(tmp_path):
    (tmp_path / "readme.json").write_text("{}")
    with pytest.raises(InputError, match="no articles in this directory"):
        load_articles([tmp_path])


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "ok"', "malformed JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"title": "no text"}', "missing or empty 'text'"),
        ('{"text": "x", "published": "someday"}', "'published' is not a date"),
        ('{"text": "x", "url": 5}', "'url' must be a string"),
    ],
)
def test_bad_json_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n" + line + "\n")
    with pytest.raises(InputError) as err:
        load_articles([path])
    assert f"{path}:2: " in str(err.value) and message in str(err.value)


def test_keep_going_skips_bad_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good\n" + BODY)
    (tmp_path / "empty.txt").write_bytes(b"")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Feed one\n" + BODY}) + "\n{broken\n")
    result = load_articles([tmp_path], keep_going=True)
    assert sorted(a.title for a in result.articles) == ["Feed one", "Good"]
    assert sorted(e.message.split(":")[0] for e in result.skipped) == ["file is empty", "malformed JSON"]


def test_too_large_file_is_refused(tmp_path, monkeypatch):
    import kg.ingest

    monkeypatch.setattr(kg.ingest, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Big\n" + "word " * 500)
    with pytest.raises(InputError, match="file too large"):
        load_articles([path])


def test_legacy_encodings_are_decoded():
    assert decode_bytes("Beyonc\u00e9 and Mot\u00f6rhead".encode("latin-1"), "a.txt") == "Beyonc\u00e9 and Mot\u00f6rhead"
    assert decode_bytes("\u201cNot Like Us\u201d \u2014 Drake".encode("cp1252"), "a.txt") == "\u201cNot Like Us\u201d \u2014 Drake"
    assert decode_bytes("\ufeffBOM text".encode("utf-8"), "a.txt") == "BOM text"
    assert decode_bytes(b"line one\r\nline two", "a.txt") == "line one\nline two"


def test_undecodable_bytes_are_refused():
    # 0x81 is undefined in Windows-1252, and C1 bytes rule out Latin-1.
    with pytest.raises(InputError, match="not UTF-8 text"):
        decode_bytes(b"caf\x81\x90 text", "a.txt")


def test_markdown_to_text_keeps_words():
    assert markdown_to_text("> *Quoted* text\n- item one") == "Quoted text\nitem one"


@pytest.mark.parametrize(
    "value, expected",
    [("2024-11-25", "2024-11-25"), ("2024-11-25T10:00:00+01:00", "2024-11-25"), ("Nov 25, 2024", "2024-11-25"),
     ("", None), (None, None), ("tomorrow-ish", None)],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_javascript_urls_are_dropped(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": BODY, "url": "javascript:alert(1)"}))
    assert load_articles([path]).articles[0].url is None
