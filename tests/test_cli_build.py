"""``kg build`` from the command line: bad input gives one line, a non-zero exit and loses nothing."""
from __future__ import annotations

import json
import os

import pytest

from tests.conftest import SEED_SAMPLE, snapshot

GOOD = SEED_SAMPLE.read_text(encoding="utf-8") if SEED_SAMPLE.exists() else "Headline\n\nUMG signed with Spotify."


def one_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda d: d / "missing.txt", "no such file or directory"),
        (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt", "file is empty"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x7fELF\x00\x01\x02") and d / "bin.txt", "binary file"),
        (lambda d: (d / "feed.jsonl").write_text('{"text": "ok"}\n{oops\n') and d / "feed.jsonl", "malformed JSON"),
        (lambda d: (d / "page.html").write_text("<html><nav>Home</nav></html>") and d / "page.html",
         "no article text"),
        (lambda d: (d / "docs").mkdir() or d / "docs", "no articles in this directory"),
    ],
    ids=["missing", "empty", "binary", "bad-jsonl", "html-without-article", "empty-dir"],
)
def test_bad_input_one_line_nonzero_and_previous_output_untouched(tmp_path, run_kg, previous_output,
                                                                  make_input, message):
    src = tmp_path / "in"
    src.mkdir()
    path = make_input(src)
    before = snapshot(previous_output)
    result = run_kg("build", path, "--out", previous_output)
    assert result.exit_code != 0
    line = one_error_line(result.stderr)
    assert str(path) in line and message in line
    assert snapshot(previous_output) == before


def test_jsonl_error_names_the_line(tmp_path, run_kg):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": GOOD}) + "\n" + "not json\n")
    result = run_kg("build", feed, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{feed}:2: malformed JSON" in one_error_line(result.stderr)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_directory(tmp_path, run_kg):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run_kg("build", article, "--out", locked / "out")
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 3
    assert "cannot write to the output directory" in one_error_line(result.stderr)


def test_output_directory_inside_a_file(tmp_path, run_kg):
    """An output that cannot be created, even for root (the test above is skipped as root)."""
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    result = run_kg("build", article, "--out", blocker / "out")
    assert result.exit_code == 3
    line = one_error_line(result.stderr)
    assert str(blocker / "out") in line and "cannot write to the output directory" in line
    assert blocker.read_text() == "I am a file"


def test_output_path_that_is_a_file(tmp_path, run_kg):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    blocker = tmp_path / "out"
    blocker.write_text("I am a file")
    result = run_kg("build", article, "--out", blocker)
    assert result.exit_code == 3
    line = one_error_line(result.stderr)
    assert str(blocker) in line and "cannot write" in line
    assert blocker.read_text() == "I am a file"


def test_bad_merges_file(tmp_path, run_kg, previous_output):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    merges = tmp_path / "merges.toml"
    merges.write_text("[merge\n")
    before = snapshot(previous_output)
    result = run_kg("build", article, "--out", previous_output, "--merges", merges)
    assert result.exit_code == 2 and str(merges) in one_error_line(result.stderr)
    assert snapshot(previous_output) == before


def test_usage_error_without_inputs(run_kg):
    result = run_kg("build")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr
