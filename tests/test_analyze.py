"""Network analysis on small hand-made graphs with known answers."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib import namespace as rdfns  # not XSD itself: pytest warns on it at module level

from kg import analyze as an
from kg.errors import NotFoundError, OutputError
from kg.namespace import MB, RES
from tests import graph_builders
from tests.graph_builders import article, entity, fact

# --- builders --------------------------------------------------------------------


def sentence(g: Graph, key: str, text: str, start: int = 0, headline: str = "A headline") -> URIRef:
    """A sentence of article ``key`` (made with its headline and a URL)."""
    art = article(g, key, headline, url=f"https://example.org/{key}")
    return graph_builders.sentence(g, art, start, text)


def star(leaves: int = 5) -> Graph:
    """A label with a partnership with each of ``leaves`` platforms."""
    g = Graph()
    centre = entity(g, "hub", "Hub Records", MB.RecordLabel)
    for i in range(leaves):
        leaf = entity(g, f"p{i}", f"Platform {i}", MB.Platform)
        fact(g, f"s{i}", MB.Partnership, f"Hub and Platform {i}", {MB.party: [centre, leaf]})
    return g


@pytest.fixture()
def world() -> Graph:
    return make_world()


def make_world() -> Graph:
    """A small music business: labels, platforms, disputes, deals, executives."""
    g = Graph()
    umg = entity(g, "universal-music-group", "Universal Music Group", MB.RecordLabel, MB.Company,
                 aliases=("UMG", "Universal"))
    sony = entity(g, "sony-music", "Sony Music", MB.RecordLabel)
    tiktok = entity(g, "tiktok", "TikTok", MB.Platform)
    spotify = entity(g, "spotify", "Spotify", MB.Platform)
    drake = entity(g, "drake", "Drake", MB.Artist)
    grainge = entity(g, "lucian-grainge", "Lucian Grainge", MB.Person)
    bytedance = entity(g, "bytedance", "ByteDance", MB.Company)
    entity(g, "lonely", "Lonely Label", MB.RecordLabel)  # in no fact
    s1 = sentence(g, "a1", "Drake sued Universal Music Group for defamation.", 0, "Drake sues UMG")
    s2 = sentence(g, "a2", "UMG and TikTok signed a new licensing deal.", 10, "UMG and TikTok make up")
    s3 = sentence(g, "a3", "Lucian Grainge, chairman and CEO of Universal Music Group, said so.", 5)
    s4 = sentence(g, "a4", "TikTok, owned by ByteDance, grew.", 0, "TikTok grows")
    g.add((RES["article/a4"], MB.mentions, tiktok))
    g.add((RES["article/a4"], MB.mentions, bytedance))
    fact(g, "d1", MB.Dispute, "Drake v. Universal Music Group", {MB.claimant: [drake], MB.respondent: [umg]},
         date="2025-01-15", status="dismissed", allegations=("defamation", "pay-for-play"), evidence=(s1,))
    fact(g, "d2", MB.Dispute, "Drake v. Universal Music Group (2)", {MB.claimant: [drake], MB.respondent: [umg]},
         date="2024-11-25", status="pending", allegations=("defamation",))
    fact(g, "d3", MB.Dispute, "UMG v. TikTok", {MB.claimant: [umg], MB.respondent: [tiktok]}, date="2024")
    fact(g, "l1", MB.LicensingAgreement, "UMG-TikTok licence", {MB.party: [umg, tiktok]},
         date="2024-05-02", status="announced", evidence=(s2,))
    fact(g, "l2", MB.Partnership, "Sony-Spotify-TikTok", {MB.party: [sony, spotify, tiktok]}, date="2024-07")
    fact(g, "q1", MB.Acquisition, "Sony buys catalogue", {MB.acquirer: [sony], MB.acquiree: [drake]})
    g.add((grainge, MB.worksFor, umg))
    g.add((drake, MB.signedTo, umg))
    g.add((bytedance, MB.operates, tiktok))
    pos = RES["position/p1"]
    g.add((pos, RDF.type, MB.Position))
    g.add((pos, MB.holder, grainge))
    g.add((pos, MB.positionIn, umg))
    g.add((pos, MB.jobTitle, Literal("chairman and CEO")))
    g.add((pos, MB.evidence, s3))
    return g


# --- views -----------------------------------------------------------------------


def test_fact_graph_is_bipartite_and_faithful(world):
    F = an.fact_graph(world)
    umg = str(RES["universal-music-group"])
    assert F.nodes[umg]["kind"] == "RecordLabel"  # most specific of RecordLabel, Company
    assert F.nodes[umg]["aliases"] == ["UMG", "Universal"]
    assert F.nodes[str(RES.lonely)]["node_type"] == "entity"  # isolated entities kept
    d1 = str(RES["fact/d1"])
    assert F.nodes[d1]["kind"] == "Dispute" and F.nodes[d1]["node_type"] == "fact"
    assert F.nodes[d1]["allegations"] == ["defamation", "pay-for-play"]
    assert F.nodes[d1]["date"] == "2025-01-15"
    assert F.has_edge(d1, str(RES.drake), key="claimant")
    assert F.edges[d1, umg, "respondent"]["fact"] == d1
    # role edges join a fact to an entity, never two entities or two facts
    for u, v, k in F.edges(keys=True):
        if k in {"party", "claimant", "respondent", "acquirer", "acquiree"}:
            assert F.nodes[u]["node_type"] == "fact" and F.nodes[v]["node_type"] == "entity"
    # the job title comes from the position node
    job = F.edges[str(RES["lucian-grainge"]), umg, "worksFor"]
    assert job["title"] == "chairman and CEO" and job["fact"] == str(RES["position/p1"])
    assert F.graph["articles"] == 4
    # articles, sentences, positions and topics are not nodes
    assert not any("/article/" in n or "/sentence/" in n or "/position/" in n for n in F)


def test_party_graph_collapses_facts_into_weighted_edges(world):
    P = an.party_graph(world)
    umg, drake, tiktok = (str(RES[k]) for k in ("universal-music-group", "drake", "tiktok"))
    assert not any(P.nodes[n]["node_type"] == "fact" for n in P)
    e = P.edges[drake, umg]
    assert e["weight"] == 3  # two disputes and signedTo
    assert sorted(e["kinds"]) == ["Dispute", "Dispute", "signedTo"]
    assert e["kind"] == "Dispute|signedTo"
    assert P.edges[umg, tiktok]["weight"] == 2  # a dispute and a licence
    # a three-party agreement links every pair
    sony, spotify = str(RES["sony-music"]), str(RES.spotify)
    assert P.has_edge(sony, spotify) and P.has_edge(spotify, tiktok) and P.has_edge(sony, tiktok)


# --- centrality and communities ----------------------------------------------------


def test_star_centre_is_most_central_by_every_measure():
    g = star(5)
    hub = str(RES.hub)
    for by in ("pagerank", "degree", "betweenness"):
        top = an.centrality(g, by=by)
        assert top[0].node == hub, by
        assert top[0].label == "Hub Records" and top[0].kind == "RecordLabel"
    scores = {s.node: s for s in an.centrality(g)}
    assert scores[hub].degree == 5 and scores[hub].betweenness == pytest.approx(1.0)
    assert all(s.betweenness == 0 for n, s in scores.items() if n != hub)


def test_betweenness_is_sampled_above_the_threshold():
    P = nx.path_graph(40)
    exact = {s.node: s.betweenness for s in an.centrality(P)}
    approx = {s.node: s.betweenness for s in an.centrality(P, approx_threshold=10, k=20, seed=1)}
    assert exact != approx  # a sample, not all sources
    assert max(approx, key=approx.get) in range(12, 28)  # still the middle of the path
    assert an.analyze(star(3), approx_threshold=2).parameters["betweenness"].startswith("approximate")
    assert an.analyze(star(3)).parameters["betweenness"] == "exact"


def test_two_disconnected_groups_give_two_communities():
    g = Graph()
    for group in ("a", "b"):
        members = [entity(g, f"{group}{i}", f"{group.upper()} member {i}", MB.Company) for i in range(4)]
        for i, (x, y) in enumerate(zip(members, members[1:] + members[:1])):
            fact(g, f"{group}-f{i}", MB.Partnership, f"{group} deal {i}", {MB.party: [x, y]})
    found = an.communities(g)
    assert len(found) == 2
    assert sorted(sorted(c.labels) for c in found) == [
        [f"A member {i}" for i in range(4)], [f"B member {i}" for i in range(4)]]
    assert an.communities(g) == found  # seeded: the same answer every time


# --- facts ------------------------------------------------------------------------


def test_dispute_network_counts_and_allegations(world):
    disputes = an.dispute_network(world)
    assert [(d.claimant_label, d.respondent_label, d.count) for d in disputes] == [
        ("Drake", "Universal Music Group", 2), ("Universal Music Group", "TikTok", 1)]
    assert disputes[0].allegations == (("defamation", 2), ("pay-for-play", 1))
    assert disputes[0].statuses == ("dismissed", "pending")


def test_deal_matrix_counts_label_platform_agreements(world):
    m = an.deal_matrix(world)
    assert m.loc["Universal Music Group", "TikTok"] == 1
    assert m.loc["Sony Music", "Spotify"] == 1 and m.loc["Sony Music", "TikTok"] == 1
    assert m.loc["Universal Music Group", "Spotify"] == 0
    assert list(m.columns) == ["TikTok", "Spotify"]  # most deals first
    assert "Lonely Label" not in m.index


def test_deals_list_newest_first_with_parties(world):
    rows = an.deals(world)
    assert [r.label for r in rows] == ["Sony-Spotify-TikTok", "UMG-TikTok licence", "Sony buys catalogue"]
    assert rows[2].parties == ("Sony Music", "Drake")  # acquirer first


def test_top_executives_ranked_with_titles(world):
    g = world
    other = entity(g, "jane-doe", "Jane Doe", MB.Person)
    g.add((other, MB.worksFor, RES["sony-music"]))
    g.add((RES["lucian-grainge"], MB.worksFor, RES.bytedance))  # two employers: more connected
    execs = an.top_executives(g)
    assert [e.label for e in execs] == ["Lucian Grainge", "Jane Doe"]
    assert execs[0].organizations == ("ByteDance", "Universal Music Group")
    assert execs[0].degree == 2 and execs[1].degree == 1
    assert execs[0].titles == ("chairman and CEO",)


def test_position_without_works_for_still_counts():
    g = Graph()
    person = entity(g, "p", "Pat Exec", MB.Person)
    org = entity(g, "o", "Org Records", MB.RecordLabel)
    pos = RES["position/x"]
    g.add((pos, RDF.type, MB.Position))
    g.add((pos, MB.holder, person))
    g.add((pos, MB.positionIn, org))
    g.add((pos, MB.jobTitle, Literal("president")))
    assert [(e.label, e.titles) for e in an.top_executives(g)] == [("Pat Exec", ("president",))]


def test_timeline_per_quarter_fills_gaps_and_skips_year_only(world):
    t = an.timeline(world)
    assert list(t.index) == ["2024Q2", "2024Q3", "2024Q4", "2025Q1"]
    assert t.loc["2024Q2", "LicensingAgreement"] == 1
    assert t.loc["2024Q3", "Partnership"] == 1  # a gYearMonth date
    assert t.loc["2024Q4", "Dispute"] == 1 and t.loc["2025Q1", "Dispute"] == 1
    assert int(t.to_numpy().sum()) == 4  # d3 (year only) and q1 (undated) left out
    months = an.timeline(world, freq="month")
    assert list(months.index)[:2] == ["2024-05", "2024-06"] and len(months) == 9
    assert an.summary(world)["undated_facts"] == 2


def test_summary_counts(world):
    s = an.summary(world)
    assert s["entities"] == 8
    assert s["entities_by_kind"]["RecordLabel"] == 3
    assert s["facts_by_kind"] == {"Dispute": 3, "Acquisition": 1, "LicensingAgreement": 1, "Partnership": 1,
                                  "operates": 1, "signedTo": 1, "worksFor": 1}
    assert s["facts"] == 9
    assert s["components"] == 1 and s["largest_component"] == 7 and s["connected_entities"] == 7


# --- names and paths ----------------------------------------------------------------


def test_names_resolve_by_label_and_alias_ignoring_case(world):
    umg = str(RES["universal-music-group"])
    assert an.resolve_name(world, "universal music group") == umg
    assert an.resolve_name(world, "umg") == umg
    assert an.resolve_name(world, "  UNIVERSAL ") == umg
    assert an.resolve_name(world, umg) == umg


def test_unknown_name_lists_close_names(world):
    with pytest.raises(NotFoundError) as err:
        an.shortest_connections(world, "Univresal Music Grup", "Drake")
    message = str(err.value)
    assert "Univresal Music Grup" in message and "Universal Music Group" in message
    assert "\n" not in message


def test_ambiguous_alias_is_an_error(world):
    entity(world, "universal-pictures", "Universal Pictures", MB.Company, aliases=("Universal",))
    with pytest.raises(NotFoundError, match="ambiguous"):
        an.resolve_name(world, "Universal")
    # a canonical name wins over someone else's alias
    entity(world, "umg-alt", "UMG", MB.Company)
    assert an.resolve_name(world, "UMG") == str(RES["umg-alt"])


def test_path_of_three_facts_found_and_explained():
    g = Graph()
    a = entity(g, "a", "Alpha Records", MB.RecordLabel)
    b = entity(g, "b", "Beta Stream", MB.Platform)
    c = entity(g, "c", "Gamma", MB.Artist)
    d = entity(g, "d", "Delta Records", MB.RecordLabel, aliases=("DR",))
    entity(g, "z", "Zeta", MB.Artist)  # not on the path
    s1 = sentence(g, "x1", "Alpha Records and Beta Stream announced a partnership.", 0, "Alpha and Beta team up")
    s2 = sentence(g, "x2", "Gamma sued Beta Stream over unpaid royalties.", 40, "Gamma sues")
    s3 = sentence(g, "x3", "Gamma has signed to Delta Records.", 7, "Gamma signs")
    g.add((RES["article/x3"], MB.mentions, c))
    g.add((RES["article/x3"], MB.mentions, d))
    fact(g, "f1", MB.Partnership, "Alpha-Beta partnership", {MB.party: [a, b]}, date="2024-03-01", evidence=(s1,))
    fact(g, "f2", MB.Dispute, "Gamma v. Beta Stream", {MB.claimant: [c], MB.respondent: [b]}, evidence=(s2,))
    g.add((c, MB.signedTo, d))

    paths = an.shortest_connections(g, "alpha records", "dr", k=3)
    assert len(paths) == 1
    path = paths[0]
    assert path.labels == ("Alpha Records", "Beta Stream", "Gamma", "Delta Records")
    assert len(path) == 3
    assert [s.kind for s in path.steps] == ["Partnership", "Dispute", "signedTo"]
    assert [s.fact for s in path.steps[:2]] == [str(RES["fact/f1"]), str(RES["fact/f2"])]
    assert path.steps[0].sentences[0].text == "Alpha Records and Beta Stream announced a partnership."
    assert path.steps[0].sentences[0].headline == "Alpha and Beta team up"
    assert path.steps[1].sentences[0].text == "Gamma sued Beta Stream over unpaid royalties."
    assert "Beta Stream (respondent)" in path.steps[1].relation and "Gamma (claimant)" in path.steps[1].relation
    # the binary fact has no node: its sentence is found in an article mentioning both ends
    assert path.steps[2].relation == "Gamma is signed to Delta Records"
    assert path.steps[2].sentences[0].text == "Gamma has signed to Delta Records."
    text = path.describe()
    assert "Alpha Records -> Beta Stream -> Gamma -> Delta Records" in text
    assert "Gamma sued Beta Stream over unpaid royalties." in text
    # unconnected entities: no path
    assert an.shortest_connections(g, "Alpha Records", "Zeta") == []


def test_k_shortest_paths_shortest_first(world):
    g = world
    for i in range(3):  # three more routes of three facts: Drake - artist i - label i - TikTok
        art = entity(g, f"art{i}", f"Artist {i}", MB.Artist)
        lab = entity(g, f"lab{i}", f"Label {i}", MB.RecordLabel)
        fact(g, f"c{i}", MB.Partnership, f"collab {i}", {MB.party: [RES.drake, art]})
        g.add((art, MB.signedTo, lab))
        fact(g, f"t{i}", MB.LicensingAgreement, f"licence {i}", {MB.party: [lab, RES.tiktok]})
    paths = an.shortest_connections(g, "Drake", "TikTok", k=3)
    assert [len(p) for p in paths] == [2, 2, 3]
    assert [p.labels[1] for p in paths[:2]] == ["Sony Music", "Universal Music Group"]  # stable order
    assert paths[2].labels[1:3] == ("Artist 0", "Label 0")
    assert all(p.nodes[0] == str(RES.drake) and p.nodes[-1] == str(RES.tiktok) for p in paths)
    assert len(an.shortest_connections(g, "Drake", "TikTok", k=10)) == 5


def test_paths_do_not_ride_one_deal_twice(world):
    # Sony -> Spotify -> TikTok would use the same three-party partnership twice
    paths = an.shortest_connections(world, "Drake", "Universal Music Group", k=5)
    assert [p.labels for p in paths] == [
        ("Drake", "Universal Music Group"),
        ("Drake", "Sony Music", "TikTok", "Universal Music Group"),
    ]


def test_binary_fact_sentence_from_the_dataset(world):
    # graph.trig keeps the binary triple in an assertion graph with its evidence
    ds = Dataset()
    assertion = RES["assertion/ab"]
    ds.graph(assertion).add((RES.bytedance, MB.operates, RES.tiktok))
    s = sentence(ds.default_context, "a9", "ByteDance runs TikTok.", 0, "ByteDance profile")
    ds.add((assertion, MB.evidence, s))
    steps = an.shortest_connections(world, "ByteDance", "TikTok", dataset=ds)[0].steps
    assert steps[0].relation == "ByteDance operates TikTok"
    assert [x.text for x in steps[0].sentences] == ["ByteDance runs TikTok."]
    # without the dataset: the sentence of an article that mentions both
    steps = an.shortest_connections(world, "ByteDance", "TikTok")[0].steps
    assert [x.text for x in steps[0].sentences] == ["TikTok, owned by ByteDance, grew."]


def test_path_prefers_a_fact_with_a_sentence(world):
    step = an.shortest_connections(world, "Drake", "UMG")[0].steps[0]
    assert step.fact == str(RES["fact/d1"])  # d2 and signedTo have no sentence
    assert step.other_facts == 2


# --- analysis and exports ---------------------------------------------------------------


def test_analysis_json_is_complete_and_deterministic(world):
    first = an.analyze(world, top=5).to_json()
    again = an.analyze(world, top=5).to_json()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    json.dumps(first)  # serialisable as is
    assert set(first) >= {"summary", "centrality", "communities", "disputes", "deal_matrix", "deals",
                          "executives", "timeline"}
    assert len(first["centrality"]) == 5
    assert first["centrality"][0]["label"] == "Universal Music Group"
    assert first["disputes"][0]["allegations"] == {"defamation": 2, "pay-for-play": 1}
    assert first["deal_matrix"]["Universal Music Group"] == {"TikTok": 1}
    assert first["timeline"]["periods"]["2024Q4"] == {"Dispute": 1}
    assert first["executives"][0]["titles"] == ["chairman and CEO"]


def test_empty_graph_analyses_cleanly():
    result = an.analyze(Graph()).to_json()
    assert result["summary"]["entities"] == 0 and result["centrality"] == [] and result["timeline"]["periods"] == {}


@pytest.mark.parametrize("view", ["fact", "party"])
def test_exports_read_back_with_the_same_size(world, tmp_path, view):
    G = an.fact_graph(world) if view == "fact" else an.party_graph(world)
    an.export(world, "graphml", tmp_path / "g.graphml", view=view)
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    umg = str(RES["universal-music-group"])
    assert back.nodes[umg]["aliases"] == "UMG|Universal" and back.nodes[umg]["label"] == "Universal Music Group"

    an.export(world, "gexf", tmp_path / "g.gexf", view=view)
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())

    written = an.export(world, "csv", tmp_path / "csv", view=view)
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    with open(tmp_path / "csv" / "nodes.csv", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(tmp_path / "csv" / "edges.csv", newline="") as fh:
        edges = list(csv.DictReader(fh))
    cls = nx.MultiDiGraph if view == "fact" else nx.Graph
    back = cls()
    back.add_nodes_from(r["id"] for r in nodes)
    back.add_edges_from((r["source"], r["target"]) for r in edges)
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert {r["id"]: r["label"] for r in nodes}[umg] == "Universal Music Group"
    assert not list(tmp_path.glob("**/*.tmp"))  # no temporary files left over


def test_csv_export_refuses_a_file_path(world, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(OutputError, match="taken"):
        an.export(world, "csv", target)
    assert target.read_text() == "x"


def test_load_graph_errors(tmp_path):
    with pytest.raises(NotFoundError, match="graph.ttl"):
        an.load_graph(tmp_path)
    (tmp_path / "graph.ttl").write_text("this is not turtle")
    from kg.errors import InputError
    with pytest.raises(InputError, match="graph.ttl"):
        an.load_graph(tmp_path)


def test_load_graph_reads_ttl_and_trig(world, tmp_path):
    world.serialize(tmp_path / "graph.ttl", format="turtle")
    ds = Dataset()
    ds.graph(RES["assertion/x"]).add((RES.drake, MB.signedTo, RES["universal-music-group"]))
    ds.serialize(tmp_path / "graph.trig", format="trig")
    graph, dataset = an.load_graph(tmp_path)
    assert len(graph) == len(world)
    assert dataset is not None
    assert len(list(dataset.quads((RES.drake, MB.signedTo, RES["universal-music-group"], None)))) == 1


# --- the command line ----------------------------------------------------------------


@pytest.fixture()
def built(tmp_path):
    """A data directory as `kg build` leaves it: graph.ttl, graph.trig and the store."""
    from kg.store import load_dataset_into_store

    g = make_world()
    g.serialize(tmp_path / "graph.ttl", format="turtle")
    ds = Dataset()
    assertion = RES["assertion/op"]
    ds.graph(assertion).add((RES.bytedance, MB.operates, RES.tiktok))
    s = sentence(ds.default_context, "a9", "ByteDance runs TikTok, the store says.", 0, "From the store")
    ds.add((assertion, MB.evidence, s))
    ds.serialize(tmp_path / "graph.trig", format="trig")
    load_dataset_into_store(tmp_path / "graph.trig", tmp_path / "store")
    return tmp_path


def test_kg_path_prints_each_fact_with_its_sentence(run_kg, built):
    result = run_kg("path", "drake", "UMG", "--data", built, "-k", "2")
    assert result.exit_code == 0, result.stderr
    assert "Path 1 (1 fact): Drake -> Universal Music Group" in result.stdout
    assert '"Drake sued Universal Music Group for defamation." (Drake sues UMG <https://example.org/a1>)' \
        in result.stdout
    assert "Path 2 (3 facts): Drake -> Sony Music -> TikTok -> Universal Music Group" in result.stdout


def test_kg_path_binary_fact_sentence_comes_from_the_store(run_kg, built):
    result = run_kg("path", "ByteDance", "TikTok", "--data", built)
    assert result.exit_code == 0, result.stderr
    assert "ByteDance operates TikTok" in result.stdout
    assert "ByteDance runs TikTok, the store says." in result.stdout


def test_kg_path_unknown_name_and_no_path(run_kg, built):
    result = run_kg("path", "Drak", "UMG", "--data", built)
    assert result.exit_code == 7
    assert result.stderr.count("\n") == 1 and "Drake" in result.stderr and "Drak" in result.stderr
    result = run_kg("path", "Drake", "Lonely Label", "--data", built)
    assert result.exit_code == 1 and "no chain of facts" in result.stderr
    result = run_kg("path", "Drake", "UMG", "--data", built / "nowhere")
    assert result.exit_code == 7 and "kg build" in result.stderr


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_kg_export_files(run_kg, built, tmp_path, fmt, reader):
    out = tmp_path / "exports" / f"g.{fmt}"
    result = run_kg("export", fmt, "--data", built, "--out", out)
    assert result.exit_code == 0, result.stderr
    F = an.fact_graph(make_world())
    back = reader(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (F.number_of_nodes(), F.number_of_edges())
    result = run_kg("export", fmt, "--data", built, "--out", out, "--view", "party")
    assert result.exit_code == 0
    assert reader(out).number_of_nodes() == an.party_graph(make_world()).number_of_nodes()


def test_kg_export_csv_and_bad_format(run_kg, built, tmp_path):
    result = run_kg("export", "csv", "--data", built, "--out", tmp_path / "csv")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["edges.csv", "nodes.csv"]
    result = run_kg("export", "dot", "--data", built, "--out", tmp_path / "x.dot")
    assert result.exit_code == 2 and not (tmp_path / "x.dot").exists()


def test_timeline_places_undated_facts_by_when_they_were_reported(world):
    g = world
    g.add((RES["article/a2"], MB.published, Literal("2024-09-30", datatype=rdfns.XSD.date)))
    s = sentence(g, "a5", "Sony bought the catalogue.", 0)
    g.add((RES["fact/q1"], MB.evidence, s))  # q1 (no date) reported in a5 ...
    g.add((RES["article/a5"], MB.published, Literal("2025-03-01", datatype=rdfns.XSD.date)))
    g.add((RES["article/a5"], MB.published, Literal("2025-02-01", datatype=rdfns.XSD.date)))  # ... first in Feb
    t = an.timeline(g)
    assert t.loc["2025Q1", "Acquisition"] == 1
    assert t.loc["2024Q2", "LicensingAgreement"] == 1  # its own date wins over the report (2024-09-30)
    assert int(t.to_numpy().sum()) == 5  # d3 is dated by year only: still out
    assert int(an.timeline(g, reported=False).to_numpy().sum()) == 4
    s = an.summary(g)
    assert (s["undated_facts"], s["facts_placed_by_report"]) == (1, 1)
    assert an.fact_graph(g).nodes[str(RES["fact/q1"])]["reported"] == "2025-02-01"
