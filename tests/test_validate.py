"""SHACL validation: a well-formed graph conforms; each kind of error is flagged
with its message; files are read by suffix; `kg validate` exit codes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Graph, Literal

from kg.errors import InputError, NotFoundError, ValidationError
from kg.namespace import MB, RES
from kg.validate import (
    ONTOLOGY_DIR_ENV,
    ValidationReport,
    load_ontology,
    load_shapes,
    ontology_dir,
    read_graph,
    validate,
    validate_file,
)

PREFIXES = """\
@prefix mb:   <https://w3id.org/mbkg/ontology#> .
@prefix res:  <https://w3id.org/mbkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

# The shape of docs/graph-shape.md, one of everything.
ENTITIES = """
res:drake a mb:Artist ; rdfs:label "Drake" ; mb:signedTo res:republic-records .
res:republic-records a mb:RecordLabel ; rdfs:label "Republic Records" ; mb:subsidiaryOf res:universal-music-group .
res:universal-music-group a mb:RecordLabel, mb:Company ; rdfs:label "Universal Music Group" ;
    skos:altLabel "UMG", "Universal" ; mb:withdrewCatalogFrom res:tiktok .
res:bytedance a mb:Company ; rdfs:label "ByteDance" ; mb:operates res:tiktok .
res:tiktok a mb:Platform ; rdfs:label "TikTok" .
res:lucian-grainge a mb:Person ; rdfs:label "Lucian Grainge" ; mb:worksFor res:universal-music-group .
res:not-like-us a mb:Work ; rdfs:label "Not Like Us" ; mb:performedBy res:kendrick-lamar .
res:kendrick-lamar a mb:Artist ; rdfs:label "Kendrick Lamar" .
res:sdny a mb:Court ; rdfs:label "U.S. District Court for the Southern District of New York" .
res:topic\\/royalties a mb:Topic ; rdfs:label "royalties" .
"""
FACTS = """
res:fact\\/d1 a mb:Dispute ; rdfs:label "Drake v. Universal Music Group" ;
    mb:claimant res:drake ; mb:respondent res:universal-music-group ;
    mb:allegation "defamation" ; mb:date "2024-11-25"^^xsd:date ; mb:status "pending" ;
    mb:concerns res:topic\\/royalties ; mb:evidence res:sentence\\/a1\\/0-60 ; mb:sourceCount 1 .
res:fact\\/p1 a mb:LicensingAgreement ; rdfs:label "Licensing: UMG - TikTok" ;
    mb:party res:universal-music-group, res:tiktok ; mb:date "2024-05"^^xsd:gYearMonth ;
    mb:status "announced" ; mb:evidence res:sentence\\/a1\\/61-120 ; mb:sourceCount 1 .
res:fact\\/q1 a mb:Acquisition ; rdfs:label "Universal Music Group acquires Republic Records" ;
    mb:acquirer res:universal-music-group ; mb:acquiree res:republic-records ; mb:date "1995"^^xsd:gYear ;
    mb:status "completed" ; mb:evidence res:sentence\\/a1\\/61-120 .
res:position\\/x1 a mb:Position ; mb:holder res:lucian-grainge ; mb:positionIn res:universal-music-group ;
    mb:jobTitle "chairman and CEO" ; mb:evidence res:sentence\\/a1\\/0-60 ; mb:sourceCount 1 .
"""
PROVENANCE = """
res:article\\/a1 a mb:Article ; rdfs:label "Drake sues UMG" ; mb:headline "Drake sues UMG" ;
    mb:url "https://news.example/drake"^^xsd:anyURI ; mb:source "Music Wire" ;
    mb:published "2024-11-26"^^xsd:date ; mb:mentions res:drake, res:universal-music-group ;
    mb:about res:topic\\/royalties .
res:sentence\\/a1\\/0-60 a mb:Sentence ; mb:text "Drake filed a petition against Universal Music Group." ;
    mb:startOffset 0 ; mb:endOffset 60 ; mb:inArticle res:article\\/a1 .
res:sentence\\/a1\\/61-120 a mb:Sentence ; mb:text "UMG licensed its catalogue to TikTok." ;
    mb:startOffset 61 ; mb:endOffset 120 ; mb:inArticle res:article\\/a1 .
"""
WELL_FORMED = PREFIXES + ENTITIES + FACTS + PROVENANCE

# The same as a dataset: facts in a named graph per assertion, the rest in the default graph.
TRIG = PREFIXES + ENTITIES.replace(
    "mb:signedTo res:republic-records", "").replace(" ; mb:worksFor res:universal-music-group", "") + PROVENANCE + """
res:drake mb:signedTo res:republic-records .
res:assertion\\/g1 a mb:Assertion ; mb:evidence res:sentence\\/a1\\/0-60 ; mb:inArticle res:article\\/a1 ;
    prov:wasGeneratedBy res:run\\/r1 .
res:run\\/r1 a mb:ExtractionRun ; prov:startedAtTime "2025-01-01T00:00:00Z"^^xsd:dateTime ; mb:toolVersion "0.1.0" .
res:fact\\/d1 rdfs:label "Drake v. Universal Music Group" ; mb:evidence res:sentence\\/a1\\/0-60 .
res:assertion\\/g1 {
    res:fact\\/d1 a mb:Dispute ; mb:claimant res:drake ; mb:respondent res:universal-music-group .
    res:lucian-grainge mb:worksFor res:universal-music-group .
}
"""


def parse(text: str = WELL_FORMED) -> Graph:
    return Graph().parse(data=text, format="turtle")


def messages(report: ValidationReport) -> list[str]:
    return [v.message for v in report.violations]


def results_for(report: ValidationReport, fragment: str) -> list:
    return [v for v in report.violations if fragment in v.message]


# --- conforming graphs ----------------------------------------------------------


def test_well_formed_graph_conforms():
    report = validate(parse())
    assert report.conforms, report.text()
    assert report.violations == []
    assert report.text().startswith("Graph conforms: 0 violations, 0 warnings")


def test_dataset_is_checked_as_the_union_of_its_graphs():
    dataset = Dataset()
    dataset.parse(data=TRIG, format="trig")
    assert len(list(dataset.graphs())) >= 2
    report = validate(dataset)
    assert report.conforms, report.text()


def test_validate_leaves_the_graph_unchanged():
    graph = parse()
    before = set(graph)
    validate(graph)
    assert set(graph) == before


def test_shared_ontology_and_shapes_are_loaded_from_the_repository():
    assert ontology_dir() == Path(__file__).resolve().parent.parent / "ontology"
    assert (MB.RecordLabel, RDFS.subClassOf, MB.Organization) in load_ontology()
    assert len(load_shapes()) > 100


# --- broken graphs ----------------------------------------------------------------


def broken(remove: list[tuple] = (), add: list[tuple] = ()) -> ValidationReport:
    graph = parse()
    for triple in remove:
        graph.remove(triple)
    for triple in add:
        graph.add(triple)
    return validate(graph)


DISPUTE = RES["fact/d1"]
SENTENCE = RES["sentence/a1/0-60"]


def test_dispute_without_respondent():
    report = broken(remove=[(DISPUTE, MB.respondent, None)])
    assert not report.conforms
    (v,) = report.violations
    assert v.focus_node == DISPUTE and v.path == "mb:respondent" and v.severity == "Violation"
    assert v.message == "a dispute must have at least one mb:respondent, an entity IRI"


def test_works_for_from_an_artist_to_a_platform():
    report = broken(add=[(RES.drake, MB.worksFor, RES.tiktok)])
    assert not report.conforms
    assert sorted(messages(report)) == [
        "the object of mb:worksFor must be an mb:Organization",
        "the subject of mb:worksFor must be an mb:Person",
    ]
    obj = results_for(report, "object of mb:worksFor")[0]
    assert obj.focus_node == RES.drake and obj.value == RES.tiktok and obj.path == "mb:worksFor"


def test_bad_status():
    report = broken(remove=[(DISPUTE, MB.status, None)], add=[(DISPUTE, MB.status, Literal("ongoing"))])
    (v,) = report.violations
    assert v.message.startswith("mb:status must be one of announced, active")
    assert v.value == Literal("ongoing")


def test_sentence_without_text():
    report = broken(remove=[(SENTENCE, MB.text, None)])
    (v,) = report.violations
    assert v.focus_node == SENTENCE
    assert v.message == "a sentence must have exactly one mb:text, a non-empty string"


@pytest.mark.parametrize("remove, add, expected", [
    # offsets out of order
    ([(SENTENCE, MB.endOffset, None)], [(SENTENCE, MB.endOffset, Literal(0))],
     "a sentence's mb:startOffset must be less than its mb:endOffset"),
    # an agreement with one party
    ([(RES["fact/p1"], MB.party, RES.tiktok)], [], "an agreement must have at least two mb:party"),
    # an acquisition with no acquiree
    ([(RES["fact/q1"], MB.acquiree, None)], [], "an acquisition must have at least one mb:acquiree"),
    # a fact without evidence
    ([(RES["fact/q1"], MB.evidence, None)], [], "a fact must have at least one mb:evidence sentence"),
    # a date that is not a date
    ([(DISPUTE, MB.date, None)], [(DISPUTE, MB.date, Literal("last week"))], "mb:date must be a valid xsd:date"),
    # an entity with two names
    ([], [(RES.drake, RDFS.label, Literal("Aubrey Graham"))], "an entity must have exactly one rdfs:label"),
    # an entity with a blank name
    ([(RES.tiktok, RDFS.label, None)], [(RES.tiktok, RDFS.label, Literal("  "))],
     "rdfs:label must be a non-empty string"),
    # signedTo pointing at something that is not a label
    ([], [(RES["kendrick-lamar"], MB.signedTo, RES.tiktok)], "the object of mb:signedTo must be an mb:RecordLabel"),
    # performedBy the wrong way round
    ([], [(RES["kendrick-lamar"], MB.performedBy, RES["not-like-us"])],
     "the subject of mb:performedBy must be an mb:Work"),
    # operates pointing at a company
    ([], [(RES.bytedance, MB.operates, RES["universal-music-group"])],
     "the object of mb:operates must be an mb:Platform"),
    # withdrewCatalogFrom by a non-label
    ([], [(RES.bytedance, MB.withdrewCatalogFrom, RES.tiktok)],
     "the subject of mb:withdrewCatalogFrom must be an mb:RecordLabel"),
    # an article without headline
    ([(RES["article/a1"], MB.headline, None)], [], "an article must have exactly one mb:headline"),
    # a sentence in no article
    ([(SENTENCE, MB.inArticle, None)], [], "a sentence must be in exactly one mb:Article"),
    # an evidence link to something that is not a sentence
    ([], [(DISPUTE, MB.evidence, RES["article/a1"])], "mb:evidence must point at an mb:Sentence"),
])
def test_each_kind_of_error_is_flagged_with_its_message(remove, add, expected):
    report = broken(remove=remove, add=add)
    assert not report.conforms
    assert any(m.startswith(expected) for m in messages(report)), report.text()


def test_subclass_instances_are_targeted_through_the_ontology():
    # mb:Court is only an mb:Organization through mbkg.ttl's rdfs:subClassOf.
    report = broken(remove=[(RES.sdny, RDFS.label, None)])
    (v,) = report.violations
    assert v.focus_node == RES.sdny and v.message.startswith("an entity must have exactly one rdfs:label")


def test_no_inference_so_an_untyped_subject_of_works_for_is_flagged():
    # With RDFS inference the domain of mb:worksFor would make res:someone a Person.
    report = broken(add=[(RES.someone, MB.worksFor, RES["universal-music-group"])])
    assert messages(report) == ["the subject of mb:worksFor must be an mb:Person"]


def test_warnings_are_reported_but_do_not_fail_the_graph():
    report = broken(add=[(RES.tiktok, MB.subsidiaryOf, RES.bytedance)])
    assert report.conforms
    (w,) = report.warnings
    assert w.severity == "Warning" and w.message == "the subject of mb:subsidiaryOf should be an mb:Organization"
    assert report.errors == []
    assert "0 violations, 1 warning" in report.text()


def test_report_text_lists_violations_first_with_short_names():
    report = broken(remove=[(DISPUTE, MB.respondent, None)], add=[(RES.tiktok, MB.subsidiaryOf, RES.bytedance)])
    lines = report.text().splitlines()
    assert lines[0] == "Graph does not conform: 1 violation, 1 warning"
    assert lines[1].startswith("  Violation: res:fact/d1 mb:respondent: a dispute must have")
    assert lines[2].startswith("  Warning: res:tiktok: the subject of mb:subsidiaryOf")


def test_custom_shapes_replace_the_default_ones():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix mb: <https://w3id.org/mbkg/ontology#> .
        <urn:s> a sh:NodeShape ; sh:targetClass mb:Artist ;
            sh:property [ sh:path mb:signedTo ; sh:minCount 1 ; sh:message "artists must be signed" ] .
    """, format="turtle")
    report = validate(parse(), shapes)
    assert [(v.focus_node, v.message) for v in report.violations] == [(RES["kendrick-lamar"], "artists must be signed")]


# --- files ------------------------------------------------------------------------


@pytest.fixture
def good_ttl(tmp_path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(WELL_FORMED, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".nt", "nt"), (".trig", "trig"), (".nq", "nquads")])
def test_files_are_parsed_by_suffix(tmp_path, suffix, fmt):
    if fmt in ("trig", "nquads"):
        data = Dataset()
        data.parse(data=TRIG, format="trig")
    else:
        data = parse()
    path = tmp_path / f"graph{suffix}"
    data.serialize(path, format=fmt, encoding="utf-8")
    report = validate_file(path)
    assert report.conforms, report.text()


def test_a_broken_file_is_reported(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(WELL_FORMED.replace('mb:status "pending"', 'mb:status "ongoing"'), encoding="utf-8")
    report = validate_file(path)
    assert not report.conforms and len(report.errors) == 1


def test_unparseable_turtle_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text(PREFIXES + "res:a rdfs:label \"A\" .\nres:b rdfs:label .\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_graph(path)
    err = info.value
    assert err.path == str(path) and err.line == PREFIXES.count("\n") + 2
    assert err.one_line().startswith(f"{path}:{err.line}: not valid turtle: bad syntax")
    assert "\n" not in err.one_line()


def test_unparseable_ntriples_names_the_line(tmp_path):
    path = tmp_path / "bad.nt"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_graph(path)
    assert info.value.line == 2 and "not valid nt" in info.value.one_line()


@pytest.mark.parametrize("name, fragment", [("missing.ttl", "cannot read file"), ("graph.csv", "unknown RDF file type")])
def test_missing_or_unknown_files_are_input_errors(tmp_path, name, fragment):
    if name.endswith(".csv"):
        (tmp_path / name).write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match=fragment) as info:
        validate_file(tmp_path / name)
    assert str(tmp_path / name) in info.value.one_line()


def test_ontology_dir_can_be_overridden(tmp_path, monkeypatch):
    for path in ontology_dir().glob("*.ttl"):
        shutil.copy(path, tmp_path / path.name)
    shapes = tmp_path / "shapes.ttl"
    # A stricter copy of the shapes: every artist needs a label group to be signed to.
    shapes.write_text(shapes.read_text(encoding="utf-8") + """
mbsh:ArtistSigned a sh:NodeShape ; sh:targetClass mb:Artist ;
    sh:property [ sh:path mb:signedTo ; sh:minCount 1 ; sh:message "unsigned artist" ] .
""", encoding="utf-8")
    monkeypatch.setenv(ONTOLOGY_DIR_ENV, str(tmp_path))
    assert ontology_dir() == tmp_path
    assert "unsigned artist" in messages(validate(parse()))
    monkeypatch.setenv(ONTOLOGY_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(NotFoundError, match="ontology file not found"):
        load_shapes()


# --- kg validate ------------------------------------------------------------------


def test_cli_conforming_graph_exits_0(run_kg, good_ttl):
    result = run_kg("validate", good_ttl)
    assert result.exit_code == 0, result.stderr
    assert "conforms: 0 violations, 0 warnings" in result.stdout
    assert result.stderr == ""


def test_cli_broken_graph_exits_4_and_lists_the_violations(run_kg, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(WELL_FORMED + "res:drake mb:worksFor res:tiktok .\n", encoding="utf-8")
    result = run_kg("validate", path)
    assert result.exit_code == ValidationError.exit_code == 4
    assert "does not conform: 2 violations" in result.stdout
    assert "res:drake: the subject of mb:worksFor must be an mb:Person" in result.stdout
    assert "the object of mb:worksFor must be an mb:Organization (value: res:tiktok)" in result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("kg: error: ") and str(path) in line


def test_cli_unparseable_file_exits_2_naming_file_and_line(run_kg, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("@prefix ex: <urn:ex:> .\nex:a ex:b .\n", encoding="utf-8")
    result = run_kg("validate", path)
    assert result.exit_code == InputError.exit_code == 2
    assert f"{path}:2: not valid turtle" in result.stderr


def test_cli_shapes_option(run_kg, good_ttl, tmp_path):
    shapes = tmp_path / "strict.ttl"
    shapes.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix mb: <https://w3id.org/mbkg/ontology#> .
        <urn:s> a sh:NodeShape ; sh:targetClass mb:Work ;
            sh:property [ sh:path mb:date ; sh:minCount 1 ; sh:message "works need a [bold]date[/bold]" ] .
    """, encoding="utf-8")
    result = run_kg("validate", good_ttl, "--shapes", shapes)
    assert result.exit_code == 4
    assert "works need a [bold]date[/bold]" in result.stdout  # printed as text, not as Rich markup


def test_the_graph_of_the_bundled_articles_conforms(built_examples):
    # the demo is what a new user sees first: an extractor change that makes it break a shape fails here
    report = validate_file(built_examples / "graph.ttl")
    assert report.violations == [], report.text()


def test_cli_accepts_the_output_directory_of_a_build(run_kg, built_examples, tmp_path):
    # users pass the directory kg build wrote; its graph.trig (facts and provenance) is checked
    result = run_kg("validate", built_examples)
    assert result.exit_code == 0, result.stderr
    assert f"{built_examples / 'graph.trig'} conforms" in result.stdout.replace("\n", "")
    empty = tmp_path / "out"
    empty.mkdir()
    result = run_kg("validate", empty)
    assert result.exit_code == InputError.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert str(empty) in line and "without graph.trig or graph.ttl" in line
