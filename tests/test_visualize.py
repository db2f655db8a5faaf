"""Tests of kg.visualize: the data the explorer page embeds, and the page itself.

The graphs are built by hand following docs/graph-shape.md (``build_graph``);
tests/test_explorer_browser.py reuses the helpers to drive the page in Chromium.
"""
from __future__ import annotations

import html as htmllib
import json
import re

import pytest
import rdflib
from rdflib import RDF, RDFS, Dataset, Graph, Literal

from kg.errors import InputError, NotFoundError, OutputError
from kg.namespace import MB, RES
from tests.graph_builders import article, entity, sentence
from kg.visualize import (
    KINDS,
    ExplorerInfo,
    binary_provenance,
    explorer_html,
    render_explorer,
    show_inline,
)

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"quoted" & \u2028'


def build_graph(hostile: bool = False) -> Graph:
    """A small realistic graph: 2 articles, 11 entities, 3 n-ary and 6 binary facts.

    With ``hostile``, names, aliases, sentences, headlines and URLs carry HTML and script.
    """
    g = Graph()
    x = HOSTILE if hostile else ""
    a1 = article(g, "a1a1a1a1a1a1a1a1", "Drake sues Universal Music Group over diss track" + x,
                  url="javascript:window.__pwned=3" if hostile else "https://www.nme.com/news/drake-umg",
                  source="NME" + x, published="2024-11-25")
    a2 = article(g, "b2b2b2b2b2b2b2b2", "UMG and TikTok strike new licensing deal",
                  url="https://www.billboard.com/umg-tiktok", source="Billboard", published="2025-01-26")
    drake = entity(g, "drake", "Drake" + x, MB.Artist, aliases=("Drizzy", "Aubrey Graham" + x))
    umg = entity(g, "universal-music-group", "Universal Music Group", MB.RecordLabel, MB.Company,
                  aliases=("UMG", "Universal"))
    lucian = entity(g, "lucian-grainge", "Lucian Grainge", MB.Person)
    republic = entity(g, "republic-records", "Republic Records", MB.RecordLabel)
    tiktok = entity(g, "tiktok", "TikTok", MB.Platform)
    bytedance = entity(g, "bytedance", "ByteDance", MB.Company)
    song = entity(g, "not-like-us", "Not Like Us", MB.Work)
    kendrick = entity(g, "kendrick-lamar", "Kendrick Lamar", MB.Artist, aliases=("K.Dot",))
    court = entity(g, "southern-district-of-new-york", "Southern District of New York", MB.Court,
                    aliases=("SDNY",))
    riaa = entity(g, "riaa", "Recording Industry Association of America", MB.TradeBody, aliases=("RIAA",))
    virgin = entity(g, "virgin-music-group", "Virgin Music Group", MB.RecordLabel)
    for e in (drake, umg, republic, song, kendrick, court, lucian):
        g.add((a1, MB.mentions, e))
    for e in (umg, tiktok, bytedance, riaa, virgin, lucian):
        g.add((a2, MB.mentions, e))

    s1 = sentence(g, a1, 0, "Drake filed a petition against Universal Music Group alleging defamation." + x)
    s4 = sentence(g, a1, 80, "Drake, who is signed to Republic Records, says the label promoted the song.")
    s5 = sentence(g, a1, 160, "Kendrick Lamar's Not Like Us topped the charts.")
    s2 = sentence(g, a2, 0, "Universal Music Group and TikTok announced a new licensing agreement.")
    s3 = sentence(g, a2, 70, "UMG completed its acquisition of Virgin Music Group.")
    s6 = sentence(g, a2, 130, "Lucian Grainge, chairman and CEO of UMG, welcomed the deal.")

    d = RES["fact/d15b"]
    g.add((d, RDF.type, MB.Dispute))
    g.add((d, RDFS.label, Literal("Drake v. Universal Music Group" + x)))
    g.add((d, MB.claimant, drake))
    g.add((d, MB.respondent, umg))
    g.add((d, MB.allegation, Literal("defamation" + x)))
    g.add((d, MB.date, Literal("2024-11-25", datatype=rdflib.XSD.date)))
    g.add((d, MB.status, Literal("pending")))
    g.add((d, MB.evidence, s1))
    g.add((d, MB.sourceCount, Literal(2)))

    lic = RES["fact/11ce"]
    g.add((lic, RDF.type, MB.LicensingAgreement))
    g.add((lic, RDFS.label, Literal("UMG–TikTok licensing agreement")))
    g.add((lic, MB.party, umg))
    g.add((lic, MB.party, tiktok))
    g.add((lic, MB.date, Literal("2024-05", datatype=rdflib.XSD.gYearMonth)))
    g.add((lic, MB.status, Literal("announced")))
    g.add((lic, MB.evidence, s2))
    g.add((lic, MB.sourceCount, Literal(1)))
    g.add((lic, MB.concerns, RES["topic/ai-generated-content"]))
    g.add((RES["topic/ai-generated-content"], RDF.type, MB.Topic))
    g.add((RES["topic/ai-generated-content"], RDFS.label, Literal("AI-generated content")))

    acq = RES["fact/acc0"]
    g.add((acq, RDF.type, MB.Acquisition))
    g.add((acq, MB.acquirer, umg))
    g.add((acq, MB.acquiree, virgin))
    g.add((acq, MB.evidence, s3))
    g.add((acq, MB.sourceCount, Literal(1)))

    pos = RES["position/9a9a"]
    g.add((pos, RDF.type, MB.Position))
    g.add((pos, MB.holder, lucian))
    g.add((pos, MB.positionIn, umg))
    g.add((pos, MB.jobTitle, Literal("chairman and CEO")))
    g.add((pos, MB.evidence, s6))
    g.add((lucian, MB.worksFor, umg))
    g.add((drake, MB.signedTo, republic))
    g.add((bytedance, MB.operates, tiktok))
    g.add((song, MB.performedBy, kendrick))
    g.add((republic, MB.subsidiaryOf, umg))
    g.add((umg, MB.withdrewCatalogFrom, tiktok))
    _ = s5  # a sentence naming Kendrick and his song, found by co-mention
    return g


def expected_counts(g: Graph) -> tuple[int, int]:
    """Nodes (entities + n-ary facts) and edges (role links + binary facts) of a graph, counted directly."""
    entity_classes = [MB.RecordLabel, MB.Company, MB.Platform, MB.Organization, MB.Artist, MB.Person, MB.Work,
                      MB.Court, MB.TradeBody, MB.MediaOutlet, MB.Regulator]
    fact_classes = [MB.Dispute, MB.Acquisition, MB.Partnership, MB.LicensingAgreement, MB.Settlement, MB.Agreement]
    nodes = {s for c in entity_classes + fact_classes for s in g.subjects(RDF.type, c)}
    roles = [MB.party, MB.claimant, MB.respondent, MB.acquirer, MB.acquiree]
    binary = [MB.worksFor, MB.signedTo, MB.performedBy, MB.operates, MB.subsidiaryOf, MB.withdrewCatalogFrom]
    edges = sum(1 for p in roles + binary for _ in g.subject_objects(p))
    return len(nodes), edges


def page_data(page: str) -> dict:
    """The JSON the page embeds, read back the way the browser reads it."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


# --- page structure -----------------------------------------------------------------


def test_page_is_self_contained_and_offline():
    page = explorer_html(build_graph())
    assert page.startswith("<!DOCTYPE html>")
    # No resource is loaded from anywhere: no src/href attributes pointing outside, no CDN.
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=["\']?(https?:)?//', page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)  # nor from CSS
    assert "vis-network" in page and "window.network = network" in page
    assert "default-src 'none'" in page  # the CSP forbids requests to other hosts


def test_title_and_header_say_what_was_built_from_what():
    page = explorer_html(build_graph(), title="Demo graph")
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title.startswith("Demo graph")
    assert "2 articles" in title and "11 entities" in title and "9 facts" in title
    assert "2024-05 to 2025-01-26" in title
    assert '<h1 id="kg-title">Demo graph</h1>' in page


def test_nodes_and_edges_match_the_graph():
    g = build_graph()
    data = page_data(explorer_html(g))
    n_nodes, n_edges = expected_counts(g)
    assert len(data["nodes"]) == n_nodes == 14
    assert len(data["edges"]) == n_edges == 12
    assert data["meta"]["initial"] == n_nodes and not data["meta"]["truncated"]


def test_kinds_have_distinct_colours_and_shapes():
    colours = [k.color for k in KINDS.values()]
    shapes = [k.shape for k in KINDS.values()]
    assert len(set(colours)) == len(colours) and len(set(shapes)) == len(shapes)
    data = page_data(explorer_html(build_graph()))
    kinds = {n["l"]: n["k"] for n in data["nodes"]}
    assert kinds["Universal Music Group"] == "RecordLabel"  # the most specific of its classes
    assert kinds["Southern District of New York"] == "Organization"  # a Court
    assert kinds["Drake v. Universal Music Group"] == "Dispute"
    assert kinds["TikTok"] == "Platform" and kinds["Lucian Grainge"] == "Person"
    assert data["kinds"]["Dispute"]["image"].startswith("data:image/svg+xml")


def test_dispute_edges_run_claimant_to_dispute_to_respondent():
    data = page_data(explorer_html(build_graph()))
    edges = {(e["k"], e["from"], e["to"]) for e in data["edges"]}
    assert ("claimant", str(RES.drake), str(RES["fact/d15b"])) in edges
    assert ("respondent", str(RES["fact/d15b"]), str(RES["universal-music-group"])) in edges
    assert ("acquirer", str(RES["universal-music-group"]), str(RES["fact/acc0"])) in edges
    labels = {e["l"] for e in data["edges"]}
    assert {"works for", "signed to", "operates", "performed by", "subsidiary of",
            "withdrew catalog from", "party", "claimant", "respondent"} <= labels


def test_node_size_follows_centrality():
    g = build_graph()
    data = page_data(explorer_html(g))
    size = {n["id"]: n["s"] for n in data["nodes"]}
    assert size[str(RES["universal-music-group"])] > size[str(RES["riaa"])]
    # Scores from the analysis stage win over degree.
    data = page_data(explorer_html(g, analysis={"centrality": {str(RES.riaa): 0.9,
                                                               str(RES["universal-music-group"]): 0.1}}))
    size = {n["id"]: n["s"] for n in data["nodes"]}
    assert size[str(RES["riaa"])] > size[str(RES["universal-music-group"])]
    assert data["nodes"][0]["id"] == str(RES.riaa)  # most central first


def _fact(data: dict, kind: str) -> dict:
    return next(f for f in data["facts"] if f["kind"] == kind)


def test_facts_carry_sentences_articles_and_source_counts():
    data = page_data(explorer_html(build_graph()))
    dispute = _fact(data, "Dispute")
    assert dispute["n"] == 2 and dispute["status"] == "pending" and dispute["alleg"] == ["defamation"]
    text, art = data["sentences"][dispute["ev"][0]]
    assert text.startswith("Drake filed a petition")
    article = data["articles"][art]
    assert article == {"h": "Drake sues Universal Music Group over diss track",
                       "url": "https://www.nme.com/news/drake-umg", "src": "NME", "date": "2024-11-25"}
    assert _fact(data, "LicensingAgreement")["topics"] == ["AI-generated content"]


def test_works_for_evidence_and_title_come_from_the_position():
    data = page_data(explorer_html(build_graph()))
    works = _fact(data, "worksFor")
    assert works["title"] == "chairman and CEO" and not works["inferred"]
    assert [data["sentences"][i][0] for i in works["ev"]] == [
        "Lucian Grainge, chairman and CEO of UMG, welcomed the deal."]


def test_other_binary_facts_fall_back_to_co_mentioning_sentences():
    data = page_data(explorer_html(build_graph()))
    signed = _fact(data, "signedTo")
    assert signed["inferred"]
    assert [data["sentences"][i][0] for i in signed["ev"]] == [
        "Drake, who is signed to Republic Records, says the label promoted the song."]
    performed = _fact(data, "performedBy")
    assert [data["sentences"][i][0] for i in performed["ev"]] == ["Kendrick Lamar's Not Like Us topped the charts."]
    assert _fact(data, "operates")["ev"] == []  # no sentence names both ByteDance and TikTok


def test_provenance_mapping_overrides_the_guess():
    g = build_graph()
    s = next(s for s in g.subjects(RDF.type, MB.Sentence) if str(g.value(s, MB.text)).startswith("UMG completed"))
    data = page_data(explorer_html(g, provenance={(RES.bytedance, MB.operates, RES.tiktok): [s]}))
    operates = _fact(data, "operates")
    assert not operates["inferred"] and operates["n"] == 1
    assert data["sentences"][operates["ev"][0]][0].startswith("UMG completed")


def test_facts_only_the_learned_model_read_carry_its_confidence():
    from decimal import Decimal

    g = build_graph()
    deal = next(g.subjects(RDF.type, MB.LicensingAgreement))
    g.add((deal, MB.confidence, Literal(Decimal("0.81"))))
    data = page_data(explorer_html(g, confidence={(RES.bytedance, MB.operates, RES.tiktok): 0.7}))
    assert _fact(data, "LicensingAgreement")["conf"] == 0.81
    assert _fact(data, "operates")["conf"] == 0.7
    assert _fact(data, "Dispute")["conf"] is None and _fact(data, "signedTo")["conf"] is None


def test_binary_provenance_reads_assertion_graphs():
    trig = """
    @prefix mb: <https://w3id.org/mbkg/ontology#> .
    @prefix res: <https://w3id.org/mbkg/resource/> .
    res:assertion\\/01 a mb:Assertion ; mb:evidence res:sentence\\/a1\\/0-10, res:sentence\\/a2\\/5-9 ;
        mb:inArticle res:article\\/a1 .
    res:assertion\\/02 a mb:Assertion ; mb:evidence res:sentence\\/a3\\/1-2 .
    res:assertion\\/01 { res:drake mb:signedTo res:republic-records . }
    res:assertion\\/02 { res:fact\\/d1 a mb:Dispute ; mb:claimant res:drake . }
    res:other { res:x mb:signedTo res:y . }
    """
    ds = Dataset()
    ds.parse(data=trig, format="trig")
    prov = binary_provenance(ds)
    assert prov == {(RES.drake, MB.signedTo, RES["republic-records"]): [
        RES["sentence/a1/0-10"], RES["sentence/a2/5-9"]]}


# --- safety -------------------------------------------------------------------------------


def test_hostile_text_is_escaped_in_the_page():
    page = explorer_html(build_graph(hostile=True), title='<b onmouseover="x">T</b>')
    head, _, rest = page.partition('<script type="application/json" id="kg-data">')
    data_block = rest.split("</script>", 1)[0]
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    assert "\u2028" not in data_block
    assert "&lt;b onmouseover=&#34;x&#34;&gt;T&lt;/b&gt;" in head or "&lt;b onmouseover=&#34;x&#34;&gt;" in head
    data = page_data(page)
    drake = next(n for n in data["nodes"] if n["id"] == str(RES.drake))
    assert drake["l"] == "Drake" + HOSTILE  # the text survives, literally
    # A javascript: URL never becomes a link.
    assert all(a["url"] is None or a["url"].startswith("https://") for a in data["articles"])


def test_show_inline_escapes_the_page_into_srcdoc(tmp_path):
    page = explorer_html(build_graph(hostile=True))
    frame = show_inline(page, height=500)
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" style="width:100%;height:500px;border:0" sandbox="[^"]*"></iframe>',
                     frame.data)
    assert m, frame.data[:200]
    assert htmllib.unescape(m.group(1)) == page
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    assert show_inline(path).data == show_inline(page, height=700).data
    with pytest.raises(NotFoundError, match="missing.html"):
        show_inline(tmp_path / "missing.html")


# --- options -----------------------------------------------------------------------------


def test_max_nodes_opens_on_the_most_central_part():
    g = build_graph()
    data = page_data(explorer_html(g, max_nodes=5))
    meta = data["meta"]
    assert meta["truncated"] and meta["initial"] == 5 and meta["total"] == 14
    assert data["nodes"][0]["id"] == str(RES["universal-music-group"])  # most central first
    assert len(data["nodes"]) == 14  # the rest stays in the page, for "show more"


def test_focus_keeps_an_entity_and_its_neighbourhood():
    data = page_data(explorer_html(build_graph(), focus="Drizzy"))  # by alias
    labels = {n["l"] for n in data["nodes"]}
    assert labels == {"Drake", "Drake v. Universal Music Group", "Universal Music Group", "Republic Records"}
    assert data["nodes"][0]["l"] == "Drake"
    assert any("focus: Drake" in n for n in data["meta"]["notes"])
    by_iri = page_data(explorer_html(build_graph(), focus=str(RES.tiktok)))
    assert {n["l"] for n in by_iri["nodes"]} >= {"TikTok", "ByteDance", "UMG–TikTok licensing agreement"}
    with pytest.raises(NotFoundError, match="Nobody"):
        explorer_html(build_graph(), focus="Nobody")


def test_fact_kinds_and_dates_filter_the_facts():
    g = build_graph()
    data = page_data(explorer_html(g, fact_kinds={"dispute"}))
    assert {f["kind"] for f in data["facts"]} == {"Dispute"}
    assert {n["l"] for n in data["nodes"]} == {"Drake", "Universal Music Group", "Drake v. Universal Music Group"}
    data = page_data(explorer_html(g, fact_kinds={"worksFor", "Acquisition"}))
    assert {f["kind"] for f in data["facts"]} == {"worksFor", "Acquisition"}
    data = page_data(explorer_html(g, date_from="2024-11", date_to="2024-12-31"))
    kinds = {f["kind"] for f in data["facts"]}
    assert "Dispute" in kinds and "LicensingAgreement" not in kinds and "Acquisition" not in kinds
    with pytest.raises(NotFoundError, match="lawsuit"):
        explorer_html(g, fact_kinds={"lawsuit"})
    with pytest.raises(InputError, match="2024-13-45x"):
        explorer_html(g, date_from="2024-13-45x")
    with pytest.raises(InputError, match="max_nodes"):
        explorer_html(g, max_nodes=0)


def test_layout_is_deterministic_and_spread_out():
    g = build_graph()
    a, b = page_data(explorer_html(g)), page_data(explorer_html(g))
    assert [(n["x"], n["y"]) for n in a["nodes"]] == [(n["x"], n["y"]) for n in b["nodes"]]
    points = {(n["x"], n["y"]) for n in a["nodes"]}
    assert len(points) == len(a["nodes"])  # no two nodes on top of each other


# --- writing -----------------------------------------------------------------------------


def test_render_explorer_writes_atomically_and_reports(tmp_path):
    path = tmp_path / "graph.html"
    info = render_explorer(build_graph(), path, max_nodes=6)
    assert isinstance(info, ExplorerInfo)
    assert (info.nodes, info.truncated, info.total_nodes, info.total_edges) == (6, True, 14, 12)
    data = page_data(path.read_text(encoding="utf-8"))
    shown = {n["id"] for n in data["nodes"][:6]}
    assert info.edges == sum(1 for e in data["edges"] if e["from"] in shown and e["to"] in shown)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]  # no temp file left


def test_render_explorer_leaves_old_file_on_error(tmp_path):
    path = tmp_path / "graph.html"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(NotFoundError):
        render_explorer(build_graph(), path, focus="Nobody")
    assert path.read_text(encoding="utf-8") == "old"
    with pytest.raises(OutputError, match="nowhere"):
        render_explorer(build_graph(), tmp_path / "nowhere" / "graph.html")


def test_empty_graph_renders():
    data = page_data(explorer_html(Graph()))
    assert data["nodes"] == [] and data["meta"]["summary"].startswith("0 articles")


def test_centrality_from_analysis_json_ranking():
    g = build_graph()
    ranking = [{"node": str(RES.riaa), "label": "RIAA", "kind": "Organization", "degree": 0,
                "degree_centrality": 0.0, "pagerank": 0.5, "betweenness": 0.0},
               {"node": str(RES.tiktok), "label": "TikTok", "kind": "Platform", "degree": 3,
                "degree_centrality": 0.3, "pagerank": 0.25, "betweenness": 0.1}]
    data = page_data(explorer_html(g, analysis={"centrality": ranking}))
    assert [n["l"] for n in data["nodes"][:2]] == ["Recording Industry Association of America", "TikTok"]
    size = {n["l"]: n["s"] for n in data["nodes"]}
    assert size["Recording Industry Association of America"] > size["TikTok"] > size["Universal Music Group"]
