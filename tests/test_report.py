"""report.md: a briefing with tables and charts, escaped, written atomically."""
from __future__ import annotations

import os

import pytest
from rdflib import Graph

from kg.analyze import analyze
from kg.errors import OutputError
from kg.namespace import MB, RES
from kg.report import md, render_markdown, write_report
from test_analyze import entity, fact, make_world

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_report_is_a_briefing_with_charts(tmp_path):
    written = write_report(analyze(make_world()), tmp_path)
    assert sorted(p.name for p in written) == ["centrality.png", "network.png", "report.md", "timeline.png"]
    for png in ("centrality.png", "network.png", "timeline.png"):
        data = (tmp_path / png).read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 5_000
    text = (tmp_path / "report.md").read_text()
    for heading in ("# Music-business briefing", "## Summary", "## Most central entities", "## Disputes",
                    "## Deals", "## Most connected executives", "## Communities", "## Over time"):
        assert heading in text
    for chart in ("(centrality.png)", "(timeline.png)", "(network.png)"):
        assert chart in text
    assert "Read from **4 articles**: **8 entities**" in text
    assert "| 1 | Universal Music Group | record label |" in text
    assert "| Drake | Universal Music Group | 2 | defamation (2), pay-for-play | dismissed, pending |" in text
    assert "| 2024-05-02 | licensing agreement | TikTok, Universal Music Group | announced |" in text
    assert "| Lucian Grainge | Universal Music Group | chairman and CEO | 1 |" in text
    assert "| Sony Music | 1 | 1 |" in text  # the label x platform matrix
    assert "| 2024Q4 | 1 |  |  | 1 |" in text
    assert "2 deals, disputes or acquisitions with no date (or only a year) are not shown" in text
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_empty_graph_gives_a_short_report_without_charts(tmp_path):
    written = write_report(analyze(Graph()), tmp_path)
    assert [p.name for p in written] == ["report.md"]
    text = (tmp_path / "report.md").read_text()
    assert "No disputes found." in text and "The graph holds no facts yet." in text
    assert ".png" not in text


def test_hostile_names_are_escaped():
    g = Graph()
    evil = entity(g, "evil", "Evil | Co\n<script>alert(1)</script> [click](javascript:x)", MB.RecordLabel)
    other = entity(g, "other", "*Other*_Label_", MB.Platform)
    fact(g, "x", MB.Dispute, "x", {MB.claimant: [evil], MB.respondent: [other]},
         allegations=("theft | fraud",), date="2024-01-01")
    text = render_markdown(analyze(g))
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "](javascript" not in text.replace("\\](javascript", "")
    assert "\\*Other\\*\\_Label\\_" in text
    # every table row keeps its column count: escaped pipes do not split cells
    for line in text.splitlines():
        if line.startswith("| Evil"):
            cells = [c for c in line.replace("\\|", "").split("|")[1:-1]]
            assert len(cells) == 5, line
    assert "theft \\| fraud" in text


def test_md_escape():
    assert md("a\nb\t c") == "a b c"
    assert md("R&B <b>") == "R&amp;B &lt;b&gt;"
    assert md("`code` ~x~") == "\\`code\\` \\~x\\~"


def test_long_tables_are_cut_with_a_count():
    g = Graph()
    hub = entity(g, "hub", "Hub", MB.RecordLabel)
    for i in range(20):
        p = entity(g, f"p{i}", f"Platform {i:02d}", MB.Platform)
        fact(g, f"f{i}", MB.LicensingAgreement, f"deal {i}", {MB.party: [hub, p]}, date=f"2024-{i % 12 + 1:02d}")
    text = render_markdown(analyze(g, top=25))
    assert "_… and 5 more deals (see analysis.json)._" in text
    assert "Busiest quarter" in text


def test_unwritable_directory_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="file"):
        write_report(analyze(make_world()), blocker / "sub")


def test_names_the_font_cannot_draw_write_quietly(tmp_path):
    import warnings

    g = make_world()
    cjk = entity(g, "cjk", "环球音乐 🎵\tLabel", MB.RecordLabel)
    fact(g, "zz", MB.Partnership, "x", {MB.party: [cjk, RES.tiktok]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_report(analyze(g), tmp_path)
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert "环球音乐 🎵 Label" in (tmp_path / "report.md").read_text(encoding="utf-8")
