"""Names and sentences are escaped wherever they go: HTML, Markdown, Turtle/TriG, IRIs, SPARQL.

Two builds are checked. One is of the hostile fixtures with the real extractor.
The other runs the real pipeline with a stand-in extractor that returns entity
names, aliases, titles, allegations, topics and sentences chosen to break each
output format (quotes, backslashes, newlines, markup, SPARQL and Rich markup),
so every writer sees them whatever the extractor of the day recognises.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import NotFoundError
from kg.model import Entity, Evidence, Extraction, Fact
from kg.pipeline import build
from tests.conftest import ROOT, snapshot

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
# The report's charts have no glyphs for CJK, emoji or a tab: matplotlib says so, harmlessly.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

# --- the stand-in extractor's hostile names ----------------------------------------------

LABEL = "<script>alert(1)</script> Records"
PLATFORM = "<img src=x onerror=alert(1)>"
ARTIST = 'Quote"Slash\\ Artist'  # a double quote and a backslash
WORK = "[click](javascript:alert(1)) | *bold* `code` </td>"
PERSON = "Zoë Ægir-Łukasz 李小龍 🎵\u200f"  # accents, CJK, an astral emoji, a right-to-left mark
SPARQLISH = 'Evil" } UNION { ?s ?p ?o } #'
SQLISH = "Bobby \"Tables\" Inc'); DROP TABLE artists;--"
ENDS_BADLY = 'Triple """quoted""" and ends with a backslash\\'
ENDS_QUOTE = 'Ends with a quote"'
NEWLINE = "Line\nBreak\tCo"
RICH = "[red]Rich[/red] [link=https://evil.example]Markup[/link]"
ALIASES = {LABEL: {"SCRIPT\nRECS", "<b>SR</b>"}, ARTIST: {"Q\\S"}, SQLISH: {"Bobby '); --"}}
TYPES = {
    LABEL: "RecordLabel", PLATFORM: "Platform", ARTIST: "Artist", WORK: "Work", PERSON: "Person",
    SPARQLISH: "Company", SQLISH: "Company", ENDS_BADLY: "Organization", ENDS_QUOTE: "Company",
    NEWLINE: "Company", RICH: "Company",
}
JOB_TITLE = 'chief <b>executive</b> "officer"\\'
ALLEGATIONS = ("defamation <script>x</script>", 'a "quoted"\\ claim\nover two lines')
TOPIC = 'AI <b>generated</b> "content"\\'

HEADLINE = 'Hostile headline: <script>alert(1)</script> signs "Quote\\Slash" & Zoë 🎵'
#: The article; every line but the first is the evidence of one fact. The last
#: sentence spans two lines and holds a tab and a form feed.
LINES = [
    HEADLINE,
    f"{LABEL} signed a licensing agreement with {PLATFORM}.",
    f"{ARTIST} is signed to {LABEL}.",
    f"{WORK} is performed by {ARTIST}.",
    f"{PERSON}, {JOB_TITLE} of {LABEL}, said so.",
    f"{SPARQLISH} operates {PLATFORM}.",
    f'{SQLISH} sued "{ENDS_BADLY}" and {ENDS_QUOTE} over \\"lyrics\\" \\n \\u0022.',
    f"{LABEL} acquired {NEWLINE} and {RICH}.\nIt said:\t\"done\"\x0c ]]> --> }} {{{{7*7}}}}.",
]
TEXT = "\n\n".join(LINES) + "\n"


def _span(line: int) -> tuple[int, int]:
    start = TEXT.index(LINES[line])
    return start, start + len(LINES[line])


def fake_extract(article, learned=True):
    """The stand-in extractor: the same hostile entities and facts for any article."""

    def ev(line: int) -> list[Evidence]:
        start, end = _span(line)
        return [Evidence(article.id, article.text[start:end], start, end)]

    entities = [Entity(name, {kind}, set(ALIASES.get(name, ()))) for name, kind in TYPES.items()]
    facts = [
        Fact("licensing", {"party": (LABEL, PLATFORM)}, ev(1), date="2024-05-01", status="announced", topics=(TOPIC,)),
        Fact("signedTo", {"subject": (ARTIST,), "object": (LABEL,)}, ev(2)),
        Fact("performedBy", {"subject": (WORK,), "object": (ARTIST,)}, ev(3)),
        Fact("worksFor", {"subject": (PERSON,), "object": (LABEL,)}, ev(4), title=JOB_TITLE),
        Fact("operates", {"subject": (SPARQLISH,), "object": (PLATFORM,)}, ev(5)),
        Fact("dispute", {"claimant": (SQLISH,), "respondent": (ENDS_BADLY, ENDS_QUOTE)}, ev(6),
             status="pending", allegations=ALLEGATIONS),
        Fact("acquisition", {"acquirer": (LABEL,), "acquiree": (NEWLINE, RICH)}, ev(7)),
    ]
    return Extraction(article, entities, facts, [TOPIC])


@pytest.fixture(scope="module")
def fake_build(tmp_path_factory) -> Path:
    """The real build, run on one article, with :func:`fake_extract` as the extractor."""
    src = tmp_path_factory.mktemp("hostile-src") / "hostile.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-fake")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.extract.extract", fake_extract)
        build([src], out)
    return out


@pytest.fixture(scope="module")
def real_build(tmp_path_factory) -> Path:
    """The hostile fixtures, built with the real extractor."""
    out = tmp_path_factory.mktemp("hostile-real")
    build([FIXTURES / "hostile.txt", FIXTURES / "hostile.jsonl"], out)
    return out


BUILDS = ["fake_build", "real_build"]

# --- Turtle and TriG ------------------------------------------------------------------------

EXPECTED_LITERALS = {
    *TYPES, *(a for names in ALIASES.values() for a in names), JOB_TITLE, *ALLEGATIONS, TOPIC, HEADLINE,
    *(LINES[i] for i in range(1, len(LINES))),
}


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def rdflib_literals(path: Path) -> set[str]:
    """The text literals of a file (typed ones, such as dates, are written in normal forms that vary)."""
    g = Dataset() if path.suffix == ".trig" else Graph()
    g.parse(path)
    quads = g.quads((None, None, None, None)) if isinstance(g, Dataset) else ((*t, None) for t in g)
    return {str(o) for _, _, o, _ in quads
            if isinstance(o, Literal) and str(o.datatype or XSD_STRING) in (XSD_STRING, RDF_LANG_STRING)}


def oxigraph_literals(path: Path) -> set[str]:
    fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    return {q.object.value for q in ox.parse(path=str(path), format=fmt)
            if isinstance(q.object, ox.Literal) and q.object.datatype.value in (XSD_STRING, RDF_LANG_STRING)}


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
@pytest.mark.parametrize("reader", [rdflib_literals, oxigraph_literals], ids=["rdflib", "pyoxigraph"])
def test_hostile_strings_round_trip_exactly(fake_build, name, reader):
    literals = reader(fake_build / name)
    missing = sorted(EXPECTED_LITERALS - literals)
    assert not missing, f"not read back unchanged from {name}: {missing}"


@pytest.mark.parametrize("build_name", BUILDS)
@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
def test_rdflib_and_oxigraph_read_the_same_literals(request, build_name, name):
    out = request.getfixturevalue(build_name)
    assert rdflib_literals(out / name) == oxigraph_literals(out / name)


def test_real_hostile_sentences_are_stored_verbatim(real_build):
    # Every mb:text is an exact slice of its article, even with quotes, backslashes and markup.
    source = (FIXTURES / "hostile.txt").read_text(encoding="utf-8")
    jsonl = [json.loads(line)["text"] for line in (FIXTURES / "hostile.jsonl").read_text().splitlines()]
    store = ox.Store()
    store.load(path=str(real_build / "graph.trig"), format=ox.RdfFormat.TRIG)
    sentences = [r["t"].value for r in store.query(
        "SELECT ?t WHERE { GRAPH ?g { ?s <https://w3id.org/mbkg/ontology#text> ?t } }"
    )] + [r["t"].value for r in store.query("SELECT ?t WHERE { ?s <https://w3id.org/mbkg/ontology#text> ?t }")]
    assert sentences, "the hostile articles gave no sentence"
    for sentence in sentences:
        assert sentence in source or any(sentence in t for t in jsonl), sentence
    assert any("\\" in s or '"' in s or "<" in s for s in sentences)


# --- IRIs -------------------------------------------------------------------------------------------

MBKG_IRI = re.compile(r"^https://w3id\.org/mbkg/(ontology#|resource/)[A-Za-z0-9/_.-]+$")
KNOWN_VOCABULARIES = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#", "http://purl.org/dc/terms/",
    "http://www.w3.org/ns/shacl#",
)


@pytest.mark.parametrize("build_name", BUILDS)
def test_every_iri_is_minted_safely(request, build_name):
    out = request.getfixturevalue(build_name)
    iris = set()
    for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG):
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
    for t in Graph().parse(out / "graph.ttl"):
        iris.update(str(x) for x in t if isinstance(x, URIRef))
    bad = sorted(i for i in iris if not MBKG_IRI.match(i) and not i.startswith(KNOWN_VOCABULARIES))
    assert not bad
    entity_iris = {i for i in iris if i.startswith("https://w3id.org/mbkg/resource/") and "/" not in i[31:]}
    if build_name == "fake_build":
        assert len(entity_iris) >= len(TYPES)  # one IRI per hostile name, none lost or merged away


# --- HTML ---------------------------------------------------------------------------------------

DATA_OPEN = '<script type="application/json" id="kg-data">'
# Markup from the data (the page's own code holds "<b>" and "<script>" of its own).
LIVE = ["<script>alert", "<img src=x onerror", "</p><script>", "</title><script>", "<b>SR</b>",
        "<b>executive</b>", "<b>generated</b>", "<script>x</script>"]


def explorer_data(html: str):
    start = html.index(DATA_OPEN) + len(DATA_OPEN)
    end = html.index("</script>", start)  # the first end tag the browser sees ends the block
    return json.loads(html[start:end])


@pytest.mark.parametrize("build_name", BUILDS)
def test_explorer_never_holds_live_markup_from_the_data(request, build_name):
    html = (request.getfixturevalue(build_name) / "graph.html").read_text(encoding="utf-8")
    for raw in LIVE:
        assert raw not in html, raw
    data = explorer_data(html)  # the whole payload, undamaged by what is in it
    strings = _strings(data)
    assert not [s for s in strings if s.strip().lower().startswith(("javascript:", "vbscript:"))]
    for article in data.get("articles", []):  # the page links each article's URL: only http(s)
        assert article.get("url") is None or re.match(r"^https?://[^\s<>\"']+$", article["url"]), article
    if build_name == "fake_build":
        assert {LABEL, PLATFORM, ARTIST, PERSON, SPARQLISH} <= strings
        assert any(LINES[1] in s for s in strings)
    else:
        assert any("<script>alert(1)</script>" in s for s in strings)  # the headline, kept as text


def _strings(data) -> set[str]:
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        return set().union(*map(_strings, data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*map(_strings, data)) if data else set()
    return set()


# --- Markdown report -------------------------------------------------------------------------


@pytest.mark.parametrize("build_name", BUILDS)
def test_report_escapes_markup_and_keeps_tables_whole(request, build_name):
    report = (request.getfixturevalue(build_name) / "report.md").read_text(encoding="utf-8")
    for raw in ["<script", "<img", "<b>", "</td>"]:
        assert raw not in report, raw
    assert not re.search(r"(?<!\\)\[[^\]\n]*(?<!\\)\]\(\s*javascript:", report), "a live javascript: link"
    # Every row of a table has as many cell separators as its header.
    unescaped_pipes = re.compile(r"(?<!\\)\|")
    width = None
    for line in report.splitlines():
        if line.startswith("|"):
            n = len(unescaped_pipes.findall(line))
            width = n if width is None else width
            assert n == width, line
        else:
            width = None
    if build_name == "fake_build":
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Records" in report


# --- SPARQL: kg explain and kg path -------------------------------------------------------------

INJECTIONS = [
    'x" } ; DROP ALL ; SELECT * { "',
    '") } UNION { ?s ?p ?o',
    'Records")) || true || (("',  # pasted into the FILTER, this would match every entity
    "Records' } #",
    "\\\\u0022) } #",
]


def one_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.mark.parametrize("name", INJECTIONS)
def test_explain_binds_the_name_and_changes_nothing(fake_build, run_kg, name):
    before = snapshot(fake_build)
    result = run_kg("explain", name, "--data", fake_build)
    assert result.exit_code == NotFoundError.exit_code, result
    line = one_line(result.stderr)
    assert "no entity named" in line and repr(name)[1:-1] in line
    assert snapshot(fake_build) == before


@pytest.mark.parametrize("name", [SPARQLISH, ARTIST.upper(), SQLISH, RICH, PERSON, "q\\s"],
                         ids=["sparql", "quote-backslash", "sql", "rich-markup", "unicode", "alias"])
def test_explain_finds_hostile_names_exactly(fake_build, run_kg, name):
    result = run_kg("explain", name, "--data", fake_build)
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    canonical = next(n for n in TYPES if n.lower() == name.lower() or name.lower() in
                     {a.lower() for a in ALIASES.get(n, ())})
    # Printed as text: Rich markup in a name is not interpreted.
    assert first.startswith(canonical.split("\n")[0]), first


@pytest.mark.parametrize("name", INJECTIONS[:2])
def test_path_binds_the_name_and_changes_nothing(fake_build, run_kg, name):
    before = snapshot(fake_build)
    result = run_kg("path", name, LABEL, "--data", fake_build)
    assert result.exit_code == NotFoundError.exit_code, (result.exit_code, result.stderr)
    assert "no entity named" in one_line(result.stderr)
    assert snapshot(fake_build) == before
