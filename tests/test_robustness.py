"""Bad input and faults through ``kg build``: one line, the right exit code, nothing lost.

The hostile and broken sample inputs are in ``tests/fixtures/articles`` (see its
README). Synthetic cases of the same kind are in ``test_cli_build.py``; these use
the shipped fixtures, legacy encodings, a 200 MB file, ``--keep-going`` and faults
while the outputs are written.
"""
from __future__ import annotations

import errno
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal

from kg.errors import InputError, OutputError
from tests.conftest import ROOT, snapshot

FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def one_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("kg: error: ")
    return lines[0]


def fails_cleanly(run_kg, out: Path, *inputs, code: int, message: str, where: str | Path) -> str:
    """Run ``kg build INPUTS --out OUT``; check the exit code, the one line and that OUT is unchanged."""
    before = snapshot(out)
    result = run_kg("build", *inputs, "--out", out)
    line = one_error_line(result.stderr)
    assert result.exit_code == code, line
    assert str(where) in line and message in line, line
    assert snapshot(out) == before
    assert not list(out.glob(".staging-*"))
    return line


# --- the shipped broken fixtures ------------------------------------------------------


@pytest.mark.parametrize(
    "name, message",
    [
        ("empty.txt", "file is empty"),
        ("binary.txt", "binary file"),
        ("bad.jsonl", "bad.jsonl:2: malformed JSON"),
        ("no_article.html", "no article text found"),
    ],
)
def test_broken_fixture_is_refused(run_kg, previous_output, name, message):
    path = FIXTURES / name
    fails_cleanly(run_kg, previous_output, path, code=InputError.exit_code, message=message, where=path)


def test_one_bad_file_among_good_ones_stops_the_build(run_kg, previous_output):
    # Without --keep-going nothing is built from the good files either.
    bad = FIXTURES / "bad.jsonl"
    fails_cleanly(run_kg, previous_output, FIXTURES / "good.txt", bad, FIXTURES / "latin1.txt",
                  code=2, message="malformed JSON", where=f"{bad}:2")


# --- encodings ----------------------------------------------------------------------------

LEGACY_NOT_WESTERN = [
    # Each decodes without error as Latin-1 or Windows-1252, into mojibake.
    ("gbk", "环球音乐集团与腾讯音乐签署了新的版权授权协议，双方表示合作将持续五年。"),
    ("cp1251", "Universal Music Group подписала лицензионное соглашение с Яндекс Музыкой."),
    ("cp1253", "Η Universal Music υπέγραψε νέα συμφωνία αδειοδότησης με την πλατφόρμα."),
    # Shift-JIS: its lead byte 0x81 is not Windows-1252 at all.
    ("shift_jis", "ユニバーサル ミュージックは、新しいライセンス契約を結んだ。"),
]


@pytest.mark.parametrize("encoding, text", LEGACY_NOT_WESTERN, ids=[e for e, _ in LEGACY_NOT_WESTERN])
def test_text_in_another_code_page_is_refused_not_mangled(tmp_path, run_kg, previous_output, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(f"Headline\n\n{text}\n".encode(encoding))
    fails_cleanly(run_kg, previous_output, path, code=2,
                  message="not UTF-8 text, and not Windows-1252 or Latin-1 either", where=path)


def test_bytes_undefined_in_windows_1252_are_refused(tmp_path, run_kg, previous_output):
    path = tmp_path / "odd.txt"
    # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are unassigned in Windows-1252 and C1 controls in Latin-1.
    path.write_bytes(b"Headline\n\nThe label \x81\x8d signed \x90 with the \x9d service.\n")
    fails_cleanly(run_kg, previous_output, path, code=2, message="not UTF-8 text", where=path)


def test_latin1_and_windows_1252_names_survive_into_the_graph(tmp_path, run_kg):
    out = tmp_path / "out"
    result = run_kg("build", FIXTURES / "latin1.txt", FIXTURES / "cp1252.txt", "--out", out)
    assert result.exit_code == 0, result.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    # Mojibake of UTF-8 read as Latin-1, C1 controls from Windows-1252 read as Latin-1, replacement chars.
    for wrong in ("Ã", "Â", "\ufffd", *map(chr, range(0x80, 0xA0))):
        assert wrong not in ttl, repr(wrong)
    g = Graph().parse(out / "graph.ttl")
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"Tobias Holzmüller", "Aurélien Hérault"} <= labels
    literals = " ".join(str(o) for o in g.objects() if isinstance(o, Literal))
    assert "Landgericht München I" in literals
    assert "Universal agrees to buy Downtown Music \u2014 and Brussels takes a closer look" in literals
    assert "\u201c" in literals and "\u201d" in literals and "\u2019" in literals  # bytes 0x93, 0x94, 0x92


# --- size -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_200_mb_file_is_refused_without_reading_it(tmp_path, run_kg, previous_output, suffix):
    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as fh:
        fh.write(b'{"text": "Headline. ')
        fh.truncate(200 * 2**20)  # sparse: takes no disk and no time
    line = fails_cleanly(run_kg, previous_output, path, code=2, message="file too large", where=path)
    assert "210 MB" in line


# --- --keep-going -----------------------------------------------------------------------------


def test_keep_going_builds_the_good_and_lists_the_bad(tmp_path, run_kg):
    out = tmp_path / "out"
    names = ["good.txt", "empty.txt", "binary.txt", "bad.jsonl", "no_article.html", "latin1.txt"]
    result = run_kg("build", *(FIXTURES / n for n in names), "--out", out, "--keep-going")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: skipped ")]
    expected = {
        f"{FIXTURES / 'empty.txt'}: file is empty",
        f"{FIXTURES / 'binary.txt'}: binary file",
        f"{FIXTURES / 'bad.jsonl'}:2: malformed JSON",
        f"{FIXTURES / 'no_article.html'}: no article text found",
    }
    assert len(skipped) == len(expected), skipped
    for prefix in expected:
        assert any(ln.startswith(f"kg: skipped {prefix}") for ln in skipped), (prefix, skipped)
    assert "kg: 4 inputs skipped" in result.stderr
    # The skipped list comes at the end, after the summary of what was built.
    assert result.stderr.rstrip().splitlines()[-1] == "kg: 4 inputs skipped"
    g = Graph().parse(out / "graph.ttl")
    headlines = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"Lumen Sound Records strikes licensing deal with streaming service Tidewave",
            "Lumen Sound signs with Tidewave", "Fine",  # lines 1 and 3 of bad.jsonl
            "GEMA takes Suno to court in Munich over AI-generated songs"} <= headlines
    assert "missing quote and brace" not in (out / "graph.ttl").read_text(encoding="utf-8")


def test_keep_going_with_nothing_good_fails_and_keeps_the_previous_output(run_kg, previous_output):
    bad = [FIXTURES / n for n in ("empty.txt", "binary.txt", "no_article.html")]
    before = snapshot(previous_output)
    result = run_kg("build", *bad, "--out", previous_output, "--keep-going")
    assert result.exit_code == InputError.exit_code
    assert "no article could be read" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(previous_output) == before


# --- faults while writing -----------------------------------------------------------------------


def test_full_disk_while_writing_is_one_line_and_loses_nothing(tmp_path, run_kg, monkeypatch):
    out = tmp_path / "out"
    assert run_kg("build", FIXTURES / "good.txt", "--out", out).exit_code == 0
    before = snapshot(out)
    import kg.pipeline

    real = kg.pipeline._serialize

    def disk_full(graph, path, fmt):
        if fmt == "trig":  # graph.ttl is written, then the disk fills up
            Path(path).write_bytes(b"@prefix half")
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(graph, path, fmt)

    monkeypatch.setattr(kg.pipeline, "_serialize", disk_full)
    result = run_kg("build", FIXTURES / "good.txt", FIXTURES / "latin1.txt", "--out", out)
    line = one_error_line(result.stderr)
    assert result.exit_code == OutputError.exit_code
    assert "No space left on device" in line and "graph.trig" in line
    assert snapshot(out) == before
    assert not list(out.glob(".staging-*"))
