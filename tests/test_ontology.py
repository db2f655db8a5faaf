"""The ontology files: every term defined, hierarchy as the contract says, shapes
with messages, alignments that cannot change the class hierarchy, docs up to date."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, SKOS, VANN

from kg.model import STATUSES
from kg.namespace import MB, MB_IRI

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
ONTOLOGY_IRI = URIRef("https://w3id.org/mbkg/ontology")
MB_TERMS = {MB[name] for name in MB.__annotations__}


def parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY / name, format="turtle")


@pytest.fixture(scope="module")
def ont() -> Graph:
    return parse("mbkg.ttl")


@pytest.fixture(scope="module")
def align() -> Graph:
    return parse("alignments.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return parse("shapes.ttl")


def load_docs_script():
    spec = importlib.util.spec_from_file_location("gen_ontology_docs", ROOT / "scripts" / "gen_ontology_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mb_iris(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(MB_IRI)}


def superclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    """Every class reachable from ``cls`` over rdfs:subClassOf (not including itself)."""
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


# --- all files ----------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(ONTOLOGY.glob("*.ttl")), ids=lambda p: p.name)
def test_every_ttl_file_parses_and_has_an_ontology_header(path):
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 50
    (header,) = graph.subjects(RDF.type, OWL.Ontology)
    assert graph.value(header, OWL.versionInfo) is not None
    assert graph.value(header, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize("name", ["mbkg.ttl", "alignments.ttl", "shapes.ttl"])
def test_no_file_uses_an_mb_term_that_is_not_in_the_namespace(name):
    # A misspelt term (mb:Organisation) in a shape would silently match nothing.
    unknown = mb_iris(parse(name)) - MB_TERMS
    assert not unknown, f"{name} uses mb: terms not in kg.namespace.MB: {sorted(unknown)}"


# --- mbkg.ttl ---------------------------------------------------------------------


def test_header_has_the_required_metadata(ont):
    o = ONTOLOGY_IRI
    assert (o, RDF.type, OWL.Ontology) in ont
    assert ont.value(o, OWL.versionInfo) == Literal("1.0.0")
    assert ont.value(o, OWL.versionIRI) == URIRef("https://w3id.org/mbkg/ontology/1.0.0")
    assert ont.value(o, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.created):
        assert ont.value(o, predicate) is not None, predicate
    assert str(ont.value(o, VANN.preferredNamespacePrefix)) == "mb"
    assert str(ont.value(o, VANN.preferredNamespaceUri)) == MB_IRI


@pytest.mark.parametrize("name", list(MB.__annotations__))
def test_every_namespace_term_is_defined_with_label_and_definition(ont, name):
    term = MB[name]
    kinds = set(ont.objects(term, RDF.type))
    expected = {OWL.Class} if name[0].isupper() else {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert len(kinds & expected) == 1, f"mb:{name} should be one of {expected}, is {kinds}"
    labels = [v for v in ont.objects(term, RDFS.label) if v.language == "en" and str(v).strip()]
    definitions = [v for v in ont.objects(term, SKOS.definition) if v.language == "en" and str(v).strip()]
    assert len(labels) == 1, f"mb:{name} needs exactly one English rdfs:label"
    assert len(definitions) == 1, f"mb:{name} needs exactly one English skos:definition"
    assert ont.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI


def test_every_term_declared_in_the_ontology_is_in_the_namespace(ont):
    declared = {s for s in ont.subjects() if isinstance(s, URIRef) and str(s).startswith(MB_IRI)}
    assert declared == MB_TERMS


def test_class_hierarchy_is_exactly_the_contracts(ont):
    axioms = {(s, o) for s, o in ont.subject_objects(RDFS.subClassOf)}
    assert axioms == {
        (MB.RecordLabel, MB.Organization), (MB.Company, MB.Organization),
        (MB.Court, MB.Organization), (MB.TradeBody, MB.Organization),
        (MB.MediaOutlet, MB.Organization), (MB.Regulator, MB.Organization),
        (MB.Partnership, MB.Agreement), (MB.LicensingAgreement, MB.Agreement),
        (MB.Settlement, MB.Agreement),
    }


def test_ontology_states_nothing_that_would_merge_platforms_companies_or_artists_and_persons(ont):
    for a, b in [(MB.Platform, MB.Company), (MB.Artist, MB.Person)]:
        for x, y in [(a, b), (b, a)]:
            assert y not in superclasses(ont, x)
            assert (x, OWL.equivalentClass, y) not in ont
    assert not list(ont.triples((None, OWL.equivalentClass, None)))
    assert not list(ont.triples((None, OWL.disjointWith, None)))  # RecordLabel + Company is allowed


def test_direct_properties_have_the_contracts_domain_and_range(ont):
    expected = {
        MB.worksFor: (MB.Person, MB.Organization), MB.signedTo: (MB.Artist, MB.RecordLabel),
        MB.performedBy: (MB.Work, MB.Artist), MB.operates: (MB.Organization, MB.Platform),
        MB.subsidiaryOf: (MB.Organization, MB.Organization),
        MB.withdrewCatalogFrom: (MB.RecordLabel, MB.Platform),
    }
    for prop, (domain, range_) in expected.items():
        assert list(ont.objects(prop, RDFS.domain)) == [domain], prop
        assert list(ont.objects(prop, RDFS.range)) == [range_], prop


def test_object_properties_range_over_classes_and_datatype_properties_over_datatypes(ont):
    for prop in ont.subjects(RDF.type, OWL.ObjectProperty):
        for range_ in ont.objects(prop, RDFS.range):
            assert (range_, RDF.type, OWL.Class) in ont, prop
    for prop in ont.subjects(RDF.type, OWL.DatatypeProperty):
        for range_ in ont.objects(prop, RDFS.range):
            assert isinstance(range_, BNode) or str(range_).startswith(str(URIRef("http://www.w3.org/2001/XMLSchema#"))), prop


def test_status_values_in_ontology_and_shapes_are_the_models(ont, shapes):
    (one_of,) = [o for o in ont.objects(ont.value(MB.status, RDFS.range), OWL.oneOf)]
    assert tuple(str(v) for v in Collection(ont, one_of)) == STATUSES
    shape = next(s for s in shapes.subjects(SH.path, MB.status) if shapes.value(s, SH["in"]) is not None)
    assert tuple(str(v) for v in Collection(shapes, shapes.value(shape, SH["in"]))) == STATUSES


# --- alignments.ttl ---------------------------------------------------------------


def test_alignments_never_relate_two_mb_terms_and_never_describe_foreign_terms(align):
    header = URIRef("https://w3id.org/mbkg/ontology/alignments")
    for s, p, o in align:
        if s == header or isinstance(s, BNode):
            continue
        assert str(s).startswith(MB_IRI), f"foreign subject {s}"
        assert not (isinstance(o, URIRef) and str(o).startswith(MB_IRI)), f"{s} {p} {o} relates two mb: terms"


def test_alignments_cover_the_vocabularies_the_docs_name(align):
    objects = {str(o) for o in align.objects() if isinstance(o, URIRef)}
    for ns in ("https://schema.org/", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#",
               "http://www.w3.org/ns/prov#", "http://purl.org/ontology/mo/", "http://www.wikidata.org/entity/Q"):
        assert any(o.startswith(ns) for o in objects), ns
    assert (MB.Artist, SKOS.closeMatch, URIRef("http://purl.org/ontology/mo/MusicArtist")) in align
    assert (MB.RecordLabel, SKOS.closeMatch, URIRef("http://www.wikidata.org/entity/Q18127")) in align
    assert (MB.ExtractionRun, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Activity")) in align


def test_loading_every_file_together_leaves_the_mb_class_hierarchy_unchanged(ont):
    # What a scorer sees when it loads ontology/*.ttl and follows rdfs:subClassOf.
    merged = Graph()
    for path in ONTOLOGY.glob("*.ttl"):
        merged.parse(path, format="turtle")
    classes = [MB[n] for n in MB.__annotations__ if n[0].isupper()]
    for cls in classes:
        mb_supers = {c for c in superclasses(merged, cls) if str(c).startswith(MB_IRI)}
        assert mb_supers == superclasses(ont, cls), cls


# --- shapes.ttl -------------------------------------------------------------------

CONSTRAINT_PARAMETERS = {
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive, SH.maxInclusive,
    SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength, SH.pattern, SH["in"], SH.hasValue,
    SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint, SH["or"], SH["and"], SH["not"], SH.xone,
    SH.node, SH.qualifiedValueShape, SH.closed, SH.uniqueLang, SH.languageIn, SH.sparql,
}


def reported_shapes(shapes: Graph) -> set:
    """Shapes whose failures are reported under their own name: targeted node shapes and
    sh:property shapes (members of sh:or lists are reported through the shape holding the list)."""
    targeted = {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                for s in shapes.subjects(p, None)}
    return targeted | set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))


def test_every_constraint_has_a_message(shapes):
    checked = 0
    for shape in reported_shapes(shapes):
        if set(shapes.predicates(shape)) & CONSTRAINT_PARAMETERS:
            checked += 1
            message = shapes.value(shape, SH.message)
            assert message is not None and str(message).strip(), f"{shape} has a constraint but no sh:message"
    assert checked >= 40


def test_shapes_are_selective(shapes):
    # No shape targets every node: each is reached through a class or a property.
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        targets = {p for p in shapes.predicates(node_shape)
                   if p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)}
        assert targets, f"{node_shape} has no target"


def test_required_checks_are_present(shapes):
    def has(path, **params):
        for shape in shapes.subjects(SH.path, path):
            if all(shapes.value(shape, SH[k]) == v for k, v in params.items()):
                return True
        return False

    assert has(MB.party, minCount=Literal(2))
    assert has(MB.claimant, minCount=Literal(1)) and has(MB.respondent, minCount=Literal(1))
    assert has(MB.acquirer, minCount=Literal(1)) and has(MB.acquiree, minCount=Literal(1))
    assert has(MB.worksFor, **{"class": MB.Organization}) and has(MB.signedTo, **{"class": MB.RecordLabel})
    assert has(MB.performedBy, **{"class": MB.Artist}) and has(MB.operates, **{"class": MB.Platform})
    assert has(MB.withdrewCatalogFrom, **{"class": MB.Platform})
    assert has(MB.startOffset, lessThan=MB.endOffset)
    assert has(MB.evidence, minCount=Literal(1)) and has(MB.headline, minCount=Literal(1))
    assert has(RDFS.label, minCount=Literal(1), maxCount=Literal(1))


# --- generated docs ---------------------------------------------------------------


def test_generated_readme_is_up_to_date():
    docs = load_docs_script()
    committed = (ONTOLOGY / "README.md").read_text(encoding="utf-8")
    assert docs.render(ONTOLOGY) == committed, "ontology/README.md is stale: run python scripts/gen_ontology_docs.py"


def test_readme_lists_every_term_and_every_shape_message(shapes):
    text = (ONTOLOGY / "README.md").read_text(encoding="utf-8")
    for name in MB.__annotations__:
        assert f"| `mb:{name}` |" in text, name
    for shape, message in shapes.subject_objects(SH.message):
        if isinstance(shape, URIRef):  # named shapes get a row each
            assert str(message) in text


def test_check_mode_fails_on_a_stale_readme_and_passes_after_regenerating(tmp_path, capsys):
    docs = load_docs_script()
    for path in ONTOLOGY.glob("*.ttl"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "README.md").write_text("# old\n", encoding="utf-8")
    assert docs.main(["--check", "--dir", str(tmp_path)]) == 1
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# old\n"  # --check writes nothing
    assert docs.main(["--dir", str(tmp_path)]) == 0
    assert docs.main(["--check", "--dir", str(tmp_path)]) == 0
    # A changed definition makes the README stale again.
    ttl = tmp_path / "mbkg.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace("A song, album or recording.", "A song."),
                   encoding="utf-8")
    assert docs.main(["--check", "--dir", str(tmp_path)]) == 1
    assert "out of date" in capsys.readouterr().err
