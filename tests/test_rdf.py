"""RDF: ontology terms, stable IRIs, provenance to the sentence, escaping in Turtle/TriG."""
from __future__ import annotations

from rdflib import RDF, RDFS, Dataset, Graph, Literal
from rdflib import namespace as rdfns  # not XSD itself: pytest warns on a DefinedNamespace at module level
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg.model import Article, Entity, Evidence, Extraction, Fact
from kg.namespace import MB, RES
from kg.rdf import RunInfo, article_iri, fact_iri, to_dataset, to_graph
from kg.resolve import resolve
from tests.conftest import readme_provenance_query

TEXT = ("Drake sues UMG\n\nDrake filed a pre-action petition against Universal Music Group (UMG) "
        "alleging defamation. Lucian Grainge, chairman of UMG, declined to comment.")
ARTICLE = Article(text=TEXT, title="Drake sues UMG", path="a.txt", url="https://news.example/drake",
                  source="Music Wire", published="2024-11-25")


def sentence(article: Article, needle: str) -> Evidence:
    start = article.text.index(needle)
    return Evidence(article.id, needle, start, start + len(needle))


S1 = "Drake filed a pre-action petition against Universal Music Group (UMG) alleging defamation."
S2 = "Lucian Grainge, chairman of UMG, declined to comment."


def extraction(article: Article = ARTICLE) -> Extraction:
    return Extraction(
        article,
        [Entity("Drake", {"Artist"}), Entity("Universal Music Group", {"RecordLabel", "Company"}, {"UMG"}),
         Entity("Lucian Grainge", {"Person"})],
        [Fact("dispute", {"claimant": ("Drake",), "respondent": ("Universal Music Group",)},
              [sentence(article, S1)], date="2024-11-25", status="pending", allegations=("defamation",),
              topics=("pay-for-play",)),
         Fact("worksFor", {"subject": ("Lucian Grainge",), "object": ("Universal Music Group",)},
              [sentence(article, S2)], title="chairman")],
        topics=["Streaming 2.0"],
    )


def test_entities_have_one_label_and_alt_labels():
    g = to_graph(resolve([extraction()]))
    umg = RES["universal-music-group"]
    assert set(g.objects(umg, RDF.type)) == {MB.RecordLabel, MB.Company}
    assert list(g.objects(umg, RDFS.label)) == [Literal("Universal Music Group")]
    assert set(g.objects(umg, SKOS.altLabel)) == {Literal("UMG")}


def test_dispute_node_with_roles_date_status_allegation_and_evidence():
    g = to_graph(resolve([extraction()]))
    (dispute,) = g.subjects(RDF.type, MB.Dispute)
    assert g.value(dispute, MB.claimant) == RES["drake"]
    assert g.value(dispute, MB.respondent) == RES["universal-music-group"]
    assert g.value(dispute, MB.date) == Literal("2024-11-25", datatype=rdfns.XSD.date)
    assert str(g.value(dispute, MB.status)) == "pending"
    assert str(g.value(dispute, MB.allegation)) == "defamation"
    assert g.value(dispute, MB.sourceCount).toPython() == 1
    sent = g.value(dispute, MB.evidence)
    assert str(g.value(sent, MB.text)) == S1
    start, end = g.value(sent, MB.startOffset).toPython(), g.value(sent, MB.endOffset).toPython()
    assert TEXT[start:end] == S1
    assert g.value(sent, MB.inArticle) == article_iri(ARTICLE.id)
    topic = g.value(dispute, MB.concerns)
    assert str(g.value(topic, RDFS.label)) == "pay-for-play"


def test_binary_fact_and_position_with_title():
    g = to_graph(resolve([extraction()]))
    assert (RES["lucian-grainge"], MB.worksFor, RES["universal-music-group"]) in g
    (position,) = g.subjects(RDF.type, MB.Position)
    assert str(g.value(position, MB.jobTitle)) == "chairman"
    assert g.value(position, MB.holder) == RES["lucian-grainge"]


def test_article_metadata():
    g = to_graph(resolve([extraction()]))
    node = article_iri(ARTICLE.id)
    assert str(g.value(node, MB.headline)) == "Drake sues UMG"
    assert g.value(node, MB.url) == Literal("https://news.example/drake", datatype=rdfns.XSD.anyURI)
    assert str(g.value(node, MB.source)) == "Music Wire"
    assert g.value(node, MB.published) == Literal("2024-11-25", datatype=rdfns.XSD.date)
    assert (node, MB.mentions, RES["drake"]) in g
    assert str(g.value(g.value(node, MB.about), RDFS.label)) == "Streaming 2.0"


def test_iris_are_the_same_in_every_build():
    g1 = to_graph(resolve([extraction()]))
    g2 = to_graph(resolve([extraction()]))
    assert set(g1) == set(g2)  # no blank nodes, so identical triples


def test_dataset_one_named_graph_per_assertion_with_provenance():
    run = RunInfo(started="2025-01-01T00:00:00+00:00")
    ds = to_dataset(resolve([extraction()]), {ARTICLE.id: run})
    query = readme_provenance_query()
    rows = [(str(r.sentence), str(r.headline), r.url) for r in ds.query(query)]
    assert rows == [(S1, "Drake sues UMG", Literal("https://news.example/drake", datatype=rdfns.XSD.anyURI))]
    named = [c.identifier for c in ds.graphs() if str(c.identifier).startswith(str(RES["assertion/"]))]
    assert len(named) == 2  # the dispute and the worksFor triple
    assert (run.iri, RDF.type, MB.ExtractionRun) in ds.default_graph


def test_same_fact_from_two_articles_has_two_sources():
    other = Article(text=TEXT + " More.", title="Second report", path="b.txt")
    g = to_graph(resolve([extraction(), extraction(other)]))
    (dispute,) = g.subjects(RDF.type, MB.Dispute)
    assert g.value(dispute, MB.sourceCount).toPython() == 2
    assert len(set(g.objects(dispute, MB.evidence))) == 2


def test_hostile_names_round_trip_through_turtle_and_trig():
    nasty = 'Evil "Records"\\ <script>alert(1)</script>\nline two \u00e9\U0001f3b5'
    text = f"Head\n\n{nasty} signed a deal with Spotify."
    article = Article(text=text, title='Head "quoted" \\ <b>', path="x.txt")
    x = Extraction(article, [Entity(nasty, {"RecordLabel"}), Entity("Spotify", {"Platform"})],
                   [Fact("licensing", {"party": (nasty, "Spotify")}, [Evidence(article.id, text[6:], 6, len(text))])])
    resolved = resolve([x])
    g = to_graph(resolved)
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)
    assert Literal(nasty) in set(back.objects(None, RDFS.label))
    ds = to_dataset(resolved, {})
    ds_back = Dataset().parse(data=ds.serialize(format="trig"), format="trig")
    assert len(ds_back) == len(ds) and Literal(nasty) in set(ds_back.objects(None, RDFS.label))
    for node in g.all_nodes():
        if not isinstance(node, Literal):
            assert not any(ch in str(node) for ch in ' <>"{}|\\^`\n')


def test_fact_iri_ignores_date_and_evidence():
    a = Fact("licensing", {"party": ("a", "b")}, date="2024")
    b = Fact("licensing", {"party": ("a", "b")}, date="2025-01-01")
    assert fact_iri(a) == fact_iri(b)
    assert fact_iri(a) != fact_iri(Fact("partnership", {"party": ("a", "b")}))
