"""The explorer page ``graph.html``: one self-contained, offline HTML file.

The page draws the merged graph with vis-network (vendored under
``kg/templates/vendor/``, inlined into the page): entities and n-ary facts
(agreements, disputes, acquisitions) are nodes, roles and binary facts are
edges. Clicking a node or an edge opens a side panel with the facts it takes
part in and, for each fact, the sentences it was read from and their articles.

Everything the page shows comes from untrusted article text, so the data is
embedded as JSON in a ``<script type="application/json">`` block with ``<``,
``>``, ``&`` and U+2028/9 escaped, and the page builds its DOM with
``textContent`` only.

Large graphs: the layout is computed here (networkx, with a fast fan-out for
big components), physics starts off, and beyond ``max_nodes`` the page opens on
the most central nodes and offers to add the rest from the embedded data.

Example
-------
>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.namespace import MB, RES
>>> g = Graph()
>>> _ = g.add((RES.drake, RDF.type, MB.Artist)).add((RES.drake, RDFS.label, Literal("Drake")))
>>> "Drake" in explorer_html(g)
True
"""
from __future__ import annotations

import html
import json
import math
import os
import re
import tempfile
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import InputError, NotFoundError, OutputError
from kg.fileio import write_atomic
from kg.namespace import MB, RESOURCE_IRI

__all__ = [
    "ExplorerInfo",
    "KINDS",
    "binary_provenance",
    "explorer_html",
    "render_explorer",
    "show_inline",
]

TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_TITLE = "Music-business knowledge graph"

Triple = tuple[URIRef, URIRef, URIRef]


@dataclass(frozen=True)
class ExplorerInfo:
    """What :func:`render_explorer` drew.

    Attributes
    ----------
    nodes, edges : int
        Nodes and edges drawn when the page opens.
    truncated : bool
        True when the page opens on part of the graph (more than ``max_nodes``).
    total_nodes, total_edges : int
        Nodes and edges in the page's data (the focus/filters applied); the
        page can add the ones not drawn at first.
    path : Path or None
        The file written, if any.
    """

    nodes: int
    edges: int
    truncated: bool
    total_nodes: int
    total_edges: int = 0
    path: Path | None = None


@dataclass(frozen=True)
class Kind:
    """How one kind of node looks: its legend name, colour and shape."""

    name: str
    label: str
    color: str
    shape: str  # SVG path/element data in a 100x100 box


def _poly(points: Iterable[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points) + " Z"


def _regular(n: int, r: float = 46, rot: float = -90) -> str:
    return _poly(
        (50 + r * math.cos(math.radians(rot + 360 * i / n)), 50 + r * math.sin(math.radians(rot + 360 * i / n)))
        for i in range(n)
    )


def _star(n: int = 5, r1: float = 48, r2: float = 21) -> str:
    pts = []
    for i in range(2 * n):
        r = r1 if i % 2 == 0 else r2
        a = math.radians(-90 + 180 * i / n)
        pts.append((50 + r * math.cos(a), 50 + r * math.sin(a)))
    return _poly(pts)


_CIRCLE = "M50,4 A46,46 0 1,1 49.9,4 Z"

#: Node kinds in legend order: each has its own colour and its own shape.
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("RecordLabel", "Record label", "#7b3fa0", _CIRCLE + " M50,38 A12,12 0 1,0 50.1,38 Z"),
        Kind("Platform", "Platform", "#1f77b4", "M14,6 H86 Q94,6 94,14 V86 Q94,94 86,94 H14 Q6,94 6,86 V14 Q6,6 14,6 Z"),
        Kind("Company", "Company", "#2e9e44", _regular(6)),
        Kind("Organization", "Organisation", "#8a6d3b", _regular(5)),
        Kind("Artist", "Artist", "#f28e1c", _star()),
        Kind("Person", "Person", "#d4b106", _poly([(50, 5), (96, 92), (4, 92)])),
        Kind("Work", "Work", "#17a2b8", _poly([(50, 3), (97, 50), (50, 97), (3, 50)])),
        Kind("Partnership", "Partnership", "#6b8e23", "M4,50 Q4,18 50,18 Q96,18 96,50 Q96,82 50,82 Q4,82 4,50 Z"),
        Kind("LicensingAgreement", "Licensing agreement", "#4b5fc4",
             _poly([(12, 4), (68, 4), (90, 26), (90, 96), (12, 96)])),
        Kind("Settlement", "Settlement", "#3c8d8d", _poly([(4, 8), (96, 8), (50, 94)])),
        Kind("Agreement", "Agreement", "#6d7f91", _poly([(4, 20), (96, 20), (96, 80), (4, 80)])),
        Kind("Dispute", "Dispute", "#d62728", _regular(8, rot=-67.5)),
        Kind("Acquisition", "Acquisition", "#e377c2", _poly([(4, 10), (66, 10), (96, 50), (66, 90), (4, 90), (30, 50)])),
        Kind("Other", "Other", "#9e9e9e", _regular(4, r=40, rot=-45)),
    )
}

ENTITY_CLASSES: dict[URIRef, str] = {
    MB.RecordLabel: "RecordLabel", MB.Platform: "Platform", MB.Company: "Company",
    MB.Organization: "Organization", MB.Artist: "Artist", MB.Person: "Person", MB.Work: "Work",
    MB.Court: "Court", MB.TradeBody: "TradeBody", MB.MediaOutlet: "MediaOutlet", MB.Regulator: "Regulator",
}
# Which kind an entity with several classes is drawn as: the most specific first.
_KIND_PRIORITY = ("RecordLabel", "Platform", "Artist", "Person", "Work", "Company", "Organization")
_ORG_SUBCLASSES = {"Court", "TradeBody", "MediaOutlet", "Regulator"}

FACT_CLASSES: dict[URIRef, str] = {
    MB.Dispute: "Dispute", MB.Acquisition: "Acquisition", MB.Partnership: "Partnership",
    MB.LicensingAgreement: "LicensingAgreement", MB.Settlement: "Settlement", MB.Agreement: "Agreement",
}
ROLES: dict[URIRef, str] = {
    MB.party: "party", MB.claimant: "claimant", MB.respondent: "respondent",
    MB.acquirer: "acquirer", MB.acquiree: "acquiree",
}
#: Binary fact properties and their edge labels.
BINARY: dict[URIRef, str] = {
    MB.worksFor: "works for", MB.signedTo: "signed to", MB.performedBy: "performed by",
    MB.operates: "operates", MB.subsidiaryOf: "subsidiary of", MB.withdrewCatalogFrom: "withdrew catalog from",
}
# fact_kinds accepts the model's kind names (kg.model.FACT_KINDS) and class names.
_FACT_KIND_NAMES: dict[str, set[str]] = {
    "dispute": {"Dispute"}, "acquisition": {"Acquisition"}, "partnership": {"Partnership"},
    "licensing": {"LicensingAgreement"}, "licensingagreement": {"LicensingAgreement"},
    "settlement": {"Settlement"},
    "agreement": {"Partnership", "LicensingAgreement", "Settlement", "Agreement"},
    **{str(p).rsplit("#", 1)[1].lower(): {str(p).rsplit("#", 1)[1]} for p in BINARY},
}
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# --- reading the graph ------------------------------------------------------------


@dataclass
class _Node:
    iri: URIRef
    label: str
    kind: str
    types: list[str]
    aliases: list[str] = field(default_factory=list)
    fact: int | None = None  # index of the fact this node is, for n-ary fact nodes


@dataclass
class _Fact:
    kind: str  # Dispute, ..., or the binary property's local name
    label: str
    roles: list[tuple[str, URIRef]]
    node: URIRef | None = None
    date: str | None = None
    status: str | None = None
    allegations: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    job_title: str | None = None
    evidence: list[URIRef] = field(default_factory=list)
    source_count: int | None = None
    inferred: bool = False  # evidence found by co-mention, not recorded provenance
    confidence: float | None = None  # read by the learned relation model alone, with this probability


@dataclass
class _Edge:
    source: URIRef
    target: URIRef
    label: str
    style: str  # party | claimant | respondent | acquirer | acquiree | binary
    fact: int


@dataclass
class _View:
    nodes: dict[URIRef, _Node]
    facts: list[_Fact]
    edges: list[_Edge]
    articles: dict[URIRef, dict[str, Any]]
    sentences: dict[URIRef, tuple[str, URIRef | None]]
    mentions: dict[URIRef, set[URIRef]]  # entity -> articles mentioning it


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


def _label(g: Graph, node: Any) -> str:
    lab = g.value(node, RDFS.label)
    if lab is not None:
        return str(lab)
    s = str(node)
    return s.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or s


def _first(g: Graph, s: Any, p: URIRef) -> Any:
    return next(iter(sorted(g.objects(s, p), key=str)), None)


def _read(graph: Graph, provenance: Mapping[Triple, Iterable[Any]] | None,
          confidence: Mapping[Triple, float] | None = None) -> _View:
    g = graph
    nodes: dict[URIRef, _Node] = {}
    for cls, name in ENTITY_CLASSES.items():
        for s in g.subjects(RDF.type, cls):
            if isinstance(s, URIRef) and s not in nodes:
                nodes[s] = _Node(s, "", "", [])
    for s, node in nodes.items():
        types = sorted({ENTITY_CLASSES[t] for t in g.objects(s, RDF.type) if t in ENTITY_CLASSES})
        node.types = types
        node.kind = next((k for k in _KIND_PRIORITY if k in types), None) or (
            "Organization" if _ORG_SUBCLASSES & set(types) else "Other")
        node.label = _label(g, s)
        node.aliases = sorted({str(a) for a in g.objects(s, SKOS.altLabel)} - {node.label}, key=str.lower)

    def entity(o: Any) -> URIRef | None:
        # Facts may point at an IRI nobody typed: draw it as "Other" rather than drop the fact.
        if not isinstance(o, URIRef):
            return None
        if o not in nodes:
            nodes[o] = _Node(o, _label(g, o), "Other", [],
                             sorted({str(a) for a in g.objects(o, SKOS.altLabel)}, key=str.lower))
        return o

    facts: list[_Fact] = []
    edges: list[_Edge] = []
    fact_nodes: dict[URIRef, int] = {}
    for cls in FACT_CLASSES:
        for f in sorted(g.subjects(RDF.type, cls), key=str):
            if isinstance(f, URIRef) and f not in fact_nodes and f not in nodes:
                fact_nodes[f] = -1
    for f in fact_nodes:
        kinds = [FACT_CLASSES[t] for t in g.objects(f, RDF.type) if t in FACT_CLASSES]
        kind = next((k for k in FACT_CLASSES.values() if k in kinds), "Agreement")
        roles = sorted(((ROLES[p], o) for p, o in g.predicate_objects(f) if p in ROLES and isinstance(o, URIRef)),
                       key=lambda r: (r[0], str(r[1])))
        sc = g.value(f, MB.sourceCount)
        fact = _Fact(
            kind=kind,
            label=str(g.value(f, RDFS.label) or KINDS[kind].label),
            roles=[(r, o) for r, o in roles if entity(o) is not None],
            node=f,
            date=_text(_first(g, f, MB.date)) or None,
            status=_text(_first(g, f, MB.status)) or None,
            allegations=sorted({_label(g, a) if isinstance(a, URIRef) else str(a) for a in g.objects(f, MB.allegation)}),
            topics=sorted({_label(g, t) for t in g.objects(f, MB.concerns)}),
            evidence=sorted({e for e in g.objects(f, MB.evidence) if isinstance(e, URIRef)}, key=str),
            source_count=int(sc) if isinstance(sc, Literal) and str(sc).isdigit() else None,
            confidence=_confidence(g.value(f, MB.confidence)),
        )
        fact_nodes[f] = len(facts)
        facts.append(fact)
        nodes[f] = _Node(f, fact.label, kind, [kind], fact=fact_nodes[f])
        for role, o in fact.roles:
            # Dispute/acquisition arrows read claimant -> dispute -> respondent.
            src, dst = (f, o) if role in ("respondent", "acquiree", "party") else (o, f)
            edges.append(_Edge(src, dst, role, role, fact_nodes[f]))

    # Positions carry the job title and the evidence of worksFor.
    positions: dict[tuple[URIRef, URIRef], list[URIRef]] = defaultdict(list)
    for pos in g.subjects(RDF.type, MB.Position):
        h, o = g.value(pos, MB.holder), g.value(pos, MB.positionIn)
        if isinstance(h, URIRef) and isinstance(o, URIRef):
            positions[(h, o)].append(pos)
    binary: set[Triple] = set()
    for p in BINARY:
        for s, o in g.subject_objects(p):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                binary.add((s, p, o))
    binary |= {(h, MB.worksFor, o) for h, o in positions}

    articles: dict[URIRef, dict[str, Any]] = {}
    for a in g.subjects(RDF.type, MB.Article):
        url = _text(g.value(a, MB.url)).strip()
        articles[a] = {
            "h": _text(g.value(a, MB.headline) or g.value(a, RDFS.label)),
            # Only http(s) links are clickable: javascript:/data: URLs from an article are dropped.
            "url": url if re.match(r"^https?://", url, re.I) else None,
            "src": _text(g.value(a, MB.source)) or None,
            "date": _text(g.value(a, MB.published)) or None,
        }
    sentences: dict[URIRef, tuple[str, URIRef | None]] = {}
    by_article: dict[URIRef, list[URIRef]] = defaultdict(list)
    for s in g.subjects(RDF.type, MB.Sentence):
        art = g.value(s, MB.inArticle)
        art = art if isinstance(art, URIRef) else None
        sentences[s] = (_text(g.value(s, MB.text)), art)
        if art is not None:
            by_article[art].append(s)
    mentions: dict[URIRef, set[URIRef]] = defaultdict(set)
    for a, e in g.subject_objects(MB.mentions):
        mentions[e].add(a)

    prov = {k: list(v) for k, v in (provenance or {}).items()}
    for s, p, o in sorted(binary, key=lambda t: (str(t[1]), str(t[0]), str(t[2]))):
        entity(s), entity(o)
        fact = _Fact(kind=str(p).rsplit("#", 1)[1], label=f"{nodes[s].label} {BINARY[p]} {nodes[o].label}",
                     roles=[("subject", s), ("object", o)])
        ev: list[URIRef] = [e for e in prov.get((s, p, o), []) if isinstance(e, URIRef)]
        if confidence and (s, p, o) in confidence:
            fact.confidence = float(confidence[(s, p, o)])
        if p == MB.worksFor:
            for pos in positions.get((s, o), []):
                fact.job_title = fact.job_title or _text(g.value(pos, MB.jobTitle)) or None
                fact.confidence = fact.confidence or _confidence(g.value(pos, MB.confidence))
                fact.date = fact.date or _text(_first(g, pos, MB.date)) or None
                ev += [e for e in g.objects(pos, MB.evidence) if isinstance(e, URIRef)]
                sc = g.value(pos, MB.sourceCount)
                if isinstance(sc, Literal) and str(sc).isdigit():
                    fact.source_count = int(sc)
        if not ev:
            ev = _co_mentions(nodes[s], nodes[o], mentions, by_article, sentences)
            fact.inferred = bool(ev)
        fact.evidence = sorted(set(ev), key=str)
        if fact.source_count is None and fact.evidence and not fact.inferred:
            fact.source_count = len({sentences.get(e, ("", None))[1] for e in fact.evidence} - {None}) or None
        edges.append(_Edge(s, o, BINARY[p], "binary", len(facts)))
        facts.append(fact)
    return _View(nodes, facts, edges, articles, sentences, mentions)


def _co_mentions(a: _Node, b: _Node, mentions: Mapping[URIRef, set[URIRef]],
                 by_article: Mapping[URIRef, list[URIRef]],
                 sentences: Mapping[URIRef, tuple[str, URIRef | None]]) -> list[URIRef]:
    """Sentences, in articles mentioning both ends, that name both ends.

    graph.ttl keeps no per-triple provenance for binary facts; this is the best
    guess the page can make without the dataset (the panel says so).
    """
    names_a = [n.lower() for n in [a.label, *a.aliases] if n]
    names_b = [n.lower() for n in [b.label, *b.aliases] if n]
    found = []
    for art in sorted(mentions.get(a.iri, set()) & mentions.get(b.iri, set()), key=str):
        for s in by_article.get(art, []):
            text = sentences[s][0].lower()
            if any(n in text for n in names_a) and any(n in text for n in names_b):
                found.append(s)
    return found


def _confidence(value: Any) -> float | None:
    try:
        return float(value) if isinstance(value, Literal) else None
    except (TypeError, ValueError):
        return None


def binary_provenance(dataset: Any) -> dict[Triple, list[URIRef]]:
    """Map each binary fact triple to the sentences it was read from.

    Parameters
    ----------
    dataset : rdflib.Dataset
        The content of ``graph.trig``: one named graph per assertion
        (``res:assertion/...``) holding the fact's triples, and in the default
        graph ``?g mb:evidence ?sentence``.

    Returns
    -------
    dict
        ``{(subject, property, object): [sentence IRI, ...]}`` for the binary
        properties (``mb:worksFor``, ``mb:signedTo``, ...), sentences sorted.
        Pass it as ``provenance=`` to :func:`render_explorer`.

    Example
    -------
    >>> from rdflib import Dataset
    >>> ds = Dataset()
    >>> _ = ds.parse(format="trig", data='''
    ...   @prefix mb: <https://w3id.org/mbkg/ontology#> .
    ...   <https://w3id.org/mbkg/resource/assertion/1> mb:evidence <https://w3id.org/mbkg/resource/sentence/a/0-9> .
    ...   <https://w3id.org/mbkg/resource/assertion/1> {
    ...     <https://w3id.org/mbkg/resource/drake> mb:signedTo <https://w3id.org/mbkg/resource/republic> . }''')
    >>> for (s, p, o), sentences in binary_provenance(ds).items():
    ...     print(p.rsplit("#")[1], [str(x).rsplit("/", 2)[-2:] for x in sentences])
    signedTo [['a', '0-9']]
    """
    default = dataset.default_context if hasattr(dataset, "default_context") else dataset
    prefix = RESOURCE_IRI + "assertion/"
    out: dict[Triple, set[URIRef]] = defaultdict(set)
    for ctx in dataset.contexts():
        name = ctx.identifier
        if not str(name).startswith(prefix):
            continue
        evidence = {e for e in default.objects(name, MB.evidence) if isinstance(e, URIRef)}
        if not evidence:
            continue
        for s, p, o in ctx.triples((None, None, None)):
            if p in BINARY and isinstance(s, URIRef) and isinstance(o, URIRef):
                out[(s, p, o)] |= evidence
    return {k: sorted(v, key=str) for k, v in out.items()}


# --- choosing what to draw ------------------------------------------------------


def _span(date: str | None) -> tuple[str, str] | None:
    """An ISO date, year-month or year as its first and last day (string-comparable)."""
    if not date:
        return None
    d = date.strip()[:10]
    if not _DATE_RE.match(d):
        return None
    if len(d) == 4:
        return d + "-01-01", d + "-12-31"
    if len(d) == 7:
        return d + "-01", d + "-31"
    return d, d


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    span = _span(value)
    if span is None or value.strip()[:10] != value.strip():
        raise InputError(f"{name} {value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return span[0] if name == "date_from" else span[1]


def _fact_span(view: _View, fact: _Fact) -> tuple[str, str] | None:
    span = _span(fact.date)
    if span:
        return span
    spans = [s for e in fact.evidence
             if (s := _span((view.articles.get(view.sentences.get(e, ("", None))[1]) or {}).get("date")))]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def _overlaps(span: tuple[str, str] | None, lo: str | None, hi: str | None) -> bool:
    if lo is None and hi is None:
        return True
    if span is None:
        return False
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def _resolve_focus(view: _View, focus: str) -> set[URIRef]:
    want = focus.strip()
    if URIRef(want) in view.nodes:
        return {URIRef(want)}
    low = want.casefold()
    exact = {n.iri for n in view.nodes.values() if n.label.casefold() == low}
    if exact:
        return exact
    alias = {n.iri for n in view.nodes.values() if any(a.casefold() == low for a in n.aliases)}
    if alias:
        return alias
    raise NotFoundError(f"focus {focus!r}: no entity or fact with that name, alias or IRI in the graph")


def _fact_kinds(kinds: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for k in kinds:
        names = _FACT_KIND_NAMES.get(k.strip().lower())
        if names is None:
            known = ", ".join(sorted(_FACT_KIND_NAMES))
            raise NotFoundError(f"fact kind {k!r} is unknown (known: {known})")
        out |= names
    return out


def _scope(view: _View, *, focus: str | None, fact_kinds: set[str] | None,
           date_from: str | None, date_to: str | None) -> tuple[set[URIRef], list[int], list[str]]:
    """Nodes and facts the page holds, and a note per filter applied."""
    lo, hi = _check_date(date_from, "date_from"), _check_date(date_to, "date_to")
    if lo and hi and lo > hi:
        raise InputError(f"date_from {date_from!r} is after date_to {date_to!r}")
    kinds = _fact_kinds(fact_kinds) if fact_kinds else None
    notes: list[str] = []
    keep = [i for i, f in enumerate(view.facts)
            if (kinds is None or f.kind in kinds) and _overlaps(_fact_span(view, f), lo, hi)]
    if kinds is not None:
        notes.append("facts: " + ", ".join(sorted(KINDS[k].label if k in KINDS else k for k in kinds)))
    if lo or hi:
        notes.append(f"dated {date_from or '…'} to {date_to or '…'}")
    entities = {n.iri for n in view.nodes.values() if n.fact is None}
    if kinds is not None or lo or hi:
        in_facts = {e for i in keep for _, e in view.facts[i].roles}
        dated = set()
        if kinds is None:  # a date range alone keeps entities mentioned by articles of that range
            dated = {e for e in entities
                     if any(_overlaps(_span(view.articles.get(a, {}).get("date")), lo, hi)
                            for a in view.mentions.get(e, ()))}
        entities = (in_facts | dated) & entities
    if focus:
        centre = _resolve_focus(view, focus)
        centre_entities = {c for c in centre if view.nodes[c].fact is None}
        centre_facts = {view.nodes[c].fact for c in centre if view.nodes[c].fact is not None}
        keep = [i for i in keep if i in centre_facts
                or any(e in centre_entities for _, e in view.facts[i].roles)]
        entities = (centre_entities & entities) | {e for i in keep for _, e in view.facts[i].roles}
        names = sorted(view.nodes[c].label for c in centre)
        notes.insert(0, "focus: " + ", ".join(names) + " and neighbourhood")
    nodes = set(entities) | {view.facts[i].node for i in keep if view.facts[i].node is not None}
    return nodes, keep, notes


# --- layout and centrality ----------------------------------------------------------

_SPACING = 110.0  # pixels between neighbouring nodes (room for a label)
_CORE = 400  # biggest (sub)graph laid out with networkx's spring layout


def _layout(G: nx.Graph, rank: Mapping[Any, float], seed: int = 7,
            labels: Mapping[Any, str] | None = None) -> dict[Any, tuple[float, float]]:
    """Positions in pixels: each component on its own, packed in rows, biggest first.

    Components up to ``_CORE`` nodes get networkx's spring layout (fixed seed).
    Bigger ones: the ``_CORE`` most central nodes get the spring layout and the
    rest fan out around an already placed neighbour, breadth first; spring
    layout on thousands of nodes takes tens of seconds, this takes a fraction.
    """
    comps = sorted((sorted(c, key=lambda n: (-rank.get(n, 0), str(n))) for c in nx.connected_components(G)),
                   key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in comps:
        pos = _layout_component(G, comp, seed)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        x0, y0 = min(xs), min(ys)
        # A lone node's box is as wide as its label (about 7 px a character), so labels do not overlap.
        pad = 7.0 * min(40, len((labels or {}).get(comp[0], ""))) - _SPACING if len(comp) == 1 else 0.0
        boxes.append(({n: (x - x0, y - y0) for n, (x, y) in pos.items()}, max(xs) - x0 + max(pad, 0.0),
                      max(ys) - y0))
    # Shelf packing: rows about as wide as the whole is tall.
    area = sum((w + 2 * _SPACING) * (h + _SPACING) for _, w, h in boxes)
    row_width = max(math.sqrt(area) * 1.3, boxes[0][1] + _SPACING if boxes else 0)
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + _SPACING, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + px, 1), round(y + py, 1))
        x += w + 2 * _SPACING  # labels are wider than tall
        row_h = max(row_h, h)
    return out


def _layout_component(G: nx.Graph, comp: list[Any], seed: int) -> dict[Any, tuple[float, float]]:
    n = len(comp)
    if n == 1:
        return {comp[0]: (0.0, 0.0)}
    core = comp[:_CORE]
    sub = G.subgraph(core)
    iterations = 50 if n <= 150 else 30
    raw = nx.spring_layout(sub, seed=seed, iterations=iterations)
    scale = _SPACING * math.sqrt(len(core)) * 1.1
    pos = {k: (float(v[0]) * scale, float(v[1]) * scale) for k, v in raw.items()}
    if n == len(core):
        return pos
    # Fan the rest out around a placed neighbour, pointing away from the centre.
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    frontier = list(core)
    placed = set(core)
    while frontier:
        nxt = []
        for parent in frontier:
            kids = [k for k in G.neighbors(parent) if k not in placed]
            if not kids:
                continue
            px, py = pos[parent]
            base = math.atan2(py - cy, px - cx) if (px, py) != (cx, cy) else 0.0
            spread = min(2 * math.pi, 0.5 + 0.35 * len(kids))
            radius = _SPACING * (1 + len(kids) / 12)
            for i, k in enumerate(sorted(kids, key=str)):
                a = base + spread * ((i + 0.5) / len(kids) - 0.5)
                r = radius * (1 + 0.3 * (i % 3))
                pos[k] = (px + r * math.cos(a), py + r * math.sin(a))
                placed.add(k)
                nxt.append(k)
        frontier = nxt
    return pos


def _given_scores(analysis: Mapping[str, Any] | None) -> dict[str, float]:
    """Centrality from the analysis stage: ``{iri: score}``, or analysis.json's ranked list
    of ``{"node": iri, "pagerank": ..., ...}``."""
    given = (analysis or {}).get("centrality") or {}
    if isinstance(given, Mapping):
        return {str(k): float(v) for k, v in given.items() if isinstance(v, (int, float))}
    out: dict[str, float] = {}
    for row in given if isinstance(given, list) else []:
        if isinstance(row, Mapping) and "node" in row:
            score = next((row[k] for k in ("pagerank", "degree_centrality", "betweenness")
                          if isinstance(row.get(k), (int, float))), None)
            if score is not None:
                out[str(row["node"])] = float(score)
    return out


def _centrality(G: nx.Graph, analysis: Mapping[str, Any] | None) -> dict[Any, float]:
    """Node -> centrality in [0, 1]: the analysis stage's scores, else degree centrality."""
    degree = nx.degree_centrality(G) if len(G) > 1 else {n: 1.0 for n in G}
    dtop = max(degree.values(), default=1.0) or 1.0
    given = _given_scores(analysis)
    scores = {n: given[str(n)] for n in G if str(n) in given}
    if not scores:
        return {n: v / dtop for n, v in degree.items()}
    top = max(scores.values()) or 1.0
    floor = min(scores.values()) / top
    # Nodes the analysis did not rank (fact nodes, entities below its top N) rank below
    # the ones it did, in order of degree.
    return {n: (scores[n] / top if n in scores else 0.9 * floor * degree[n] / dtop) for n in G}


# --- the page ------------------------------------------------------------------------


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside <script type="application/json"> (no </script>, no U+2028)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _svg_uri(kind: Kind) -> str:
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
           f'<path d="{kind.shape}" fill="{kind.color}" fill-rule="evenodd" stroke="#ffffff" '
           f'stroke-width="3" stroke-linejoin="round"/></svg>')
    return "data:image/svg+xml;charset=utf-8," + quote(svg, safe="")


def _payload(graph: Graph, *, analysis: Mapping[str, Any] | None, title: str | None, max_nodes: int,
             focus: str | None, fact_kinds: set[str] | None, date_from: str | None, date_to: str | None,
             provenance: Mapping[Triple, Iterable[Any]] | None,
             confidence: Mapping[Triple, float] | None = None) -> dict[str, Any]:
    if not isinstance(max_nodes, int) or max_nodes < 1:
        raise InputError(f"max_nodes must be a positive integer, got {max_nodes!r}")
    view = _read(graph, provenance, confidence)
    scope, keep, notes = _scope(view, focus=focus, fact_kinds=fact_kinds, date_from=date_from, date_to=date_to)
    kept = set(keep)
    edges = [e for e in view.edges if e.fact in kept and e.source in scope and e.target in scope]

    G = nx.Graph()
    G.add_nodes_from(sorted(scope, key=str))
    G.add_edges_from((e.source, e.target) for e in edges)
    cent = _centrality(G, analysis)
    # Order: most central first; a fact node comes right after its least central party,
    # so any prefix of the order shows whole facts as far as possible.
    score = dict(cent)
    for n in scope:
        f = view.nodes[n].fact
        if f is not None:
            parties = [cent.get(e, 0.0) for _, e in view.facts[f].roles if e in scope]
            score[n] = min(parties) - 1e-9 if parties else cent.get(n, 0.0)
    if focus:
        for c in _resolve_focus(view, focus):
            if c in score:
                score[c] = 2.0  # the focus opens first, whatever its centrality
    order = sorted(scope, key=lambda n: (-score[n], str(n)))
    pos = _layout(G, score, labels={n: view.nodes[n].label for n in scope})

    index = {n: i for i, n in enumerate(order)}
    fact_index = {f: i for i, f in enumerate(keep)}
    sent_index: dict[URIRef, int] = {}
    art_index: dict[URIRef, int] = {}
    sentences: list[list[Any]] = []
    articles: list[dict[str, Any]] = []

    def art(a: URIRef | None) -> int | None:
        if a is None or a not in view.articles:
            return None
        if a not in art_index:
            art_index[a] = len(articles)
            articles.append(view.articles[a])
        return art_index[a]

    def sent(s: URIRef) -> int | None:
        if s not in view.sentences:
            return None
        if s not in sent_index:
            text, a = view.sentences[s]
            sent_index[s] = len(sentences)
            sentences.append([text, art(a)])
        return sent_index[s]

    facts_out = []
    node_facts: dict[URIRef, list[int]] = defaultdict(list)
    for i in keep:
        f = view.facts[i]
        fi = fact_index[i]
        ev = [j for e in f.evidence if (j := sent(e)) is not None]
        span = _fact_span(view, f)
        facts_out.append({
            "kind": f.kind, "label": f.label,
            "node": index.get(f.node) if f.node is not None else None,
            "roles": [[r, index[e]] for r, e in f.roles if e in index],
            "date": f.date, "status": f.status, "alleg": f.allegations, "topics": f.topics,
            "title": f.job_title, "ev": ev, "n": f.source_count, "inferred": f.inferred, "conf": f.confidence,
            "d": list(span) if span else None,
        })
        for _, e in f.roles:
            node_facts[e].append(fi)
        if f.node is not None:
            node_facts[f.node].append(fi)

    nodes_out = []
    for n in order:
        node = view.nodes[n]
        x, y = pos[n]
        spans = [facts_out[fi]["d"] for fi in node_facts.get(n, []) if facts_out[fi]["d"]]
        spans += [list(s) for a in view.mentions.get(n, ()) if (s := _span(view.articles.get(a, {}).get("date")))]
        nodes_out.append({
            "id": str(n), "l": node.label, "k": node.kind, "t": node.types, "a": node.aliases,
            "s": round(10 + 30 * math.sqrt(max(cent.get(n, 0.0), 0.0)), 1), "x": x, "y": y,
            "f": sorted(set(node_facts.get(n, []))),
            "d": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
            "fact": fact_index.get(node.fact) if node.fact is not None else None,
        })

    # Parallel edges between the same two nodes get their own curve.
    seen_pairs: dict[frozenset, int] = defaultdict(int)
    edges_out = []
    for k, e in enumerate(sorted(edges, key=lambda e: (index[e.source], index[e.target], e.label))):
        pair = frozenset((e.source, e.target))
        edges_out.append({"id": f"e{k}", "from": str(e.source), "to": str(e.target), "l": e.label,
                          "k": e.style, "f": fact_index[e.fact], "c": seen_pairs[pair]})
        seen_pairs[pair] += 1

    n_articles = len(view.articles)
    n_entities = sum(1 for n in scope if view.nodes[n].fact is None)
    # The range shown is made of the dates as written (a year stays a year).
    raw = [f.date for i in keep if (f := view.facts[i]).date] + [a["date"] for a in view.articles.values()
                                                                 if a.get("date")]
    dated = [(s, d.strip()[:10]) for d in raw if (s := _span(d))]
    date_range = (min(dated)[1], max(dated, key=lambda t: (t[0][1], t[1]))[1]) if dated else None
    initial = min(max_nodes, len(order))
    name = title or DEFAULT_TITLE
    summary = (f"{n_articles:,} article{'s' if n_articles != 1 else ''}, {n_entities:,} entities, "
               f"{len(facts_out):,} facts")
    if date_range:
        summary += f", {date_range[0]} to {date_range[1]}"
    return {
        "meta": {"title": name, "summary": summary, "notes": notes, "articles": n_articles,
                 "entities": n_entities, "facts": len(facts_out), "dates": list(date_range) if date_range else None,
                 "total": len(order), "initial": initial, "truncated": initial < len(order),
                 "edgesTotal": len(edges_out)},
        "kinds": {k.name: {"label": k.label, "color": k.color, "image": _svg_uri(k)} for k in KINDS.values()},
        "nodes": nodes_out, "edges": edges_out, "facts": facts_out,
        "sentences": sentences, "articles": articles,
    }


def _read_asset(name: str) -> str:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    # The vendored files are inlined into <script>/<style>: they must not close the element.
    if re.search(r"</(script|style)", text, re.I):
        raise OutputError(f"{TEMPLATES / name}: contains a closing </script> or </style> tag; cannot inline it")
    return text


def explorer_html(graph: Graph, *, analysis: Mapping[str, Any] | None = None, title: str | None = None,
                  max_nodes: int = 1500, focus: str | None = None, fact_kinds: set[str] | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  provenance: Mapping[Triple, Iterable[Any]] | None = None,
                  confidence: Mapping[Triple, float] | None = None) -> str:
    """The explorer page for ``graph`` as one self-contained HTML string.

    Parameters
    ----------
    graph : rdflib.Graph
        The merged graph (the content of ``graph.ttl``).
    analysis : dict, optional
        ``{"centrality": {iri: score}}`` from the analysis stage; node size and
        the order in which a big graph is opened follow it. Without it, degree
        centrality is used.
    title : str, optional
        The first part of the page title and header.
    max_nodes : int
        Nodes drawn when the page opens; the rest can be added from the page.
    focus : str, optional
        An entity's label, alias or IRI: the page holds it, the facts it takes
        part in and their other parties.
    fact_kinds : set of str, optional
        Keep only these kinds of fact (``dispute``, ``licensing``, ``worksFor``,
        ... as in :data:`kg.model.FACT_KINDS`, or class names such as ``Dispute``).
    date_from, date_to : str, optional
        Keep facts dated (or read in articles published) in this range
        (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); undated facts are left out.
    provenance : mapping, optional
        ``{(s, p, o): [sentence IRI, ...]}`` for binary facts, e.g. from
        :func:`binary_provenance`. Without it, a binary fact's sentences are
        taken from its position node (``mb:worksFor``) or found as sentences
        naming both ends in articles mentioning both (marked as such).
    confidence : mapping, optional
        ``{(s, p, o): probability}`` for binary facts only the learned relation model read
        (:func:`kg.rdf.learned_confidence`); the page says so on the fact. Other facts carry
        their ``mb:confidence`` in ``graph``.

    Returns
    -------
    str
        The HTML page.

    Raises
    ------
    NotFoundError
        ``focus`` names no entity, or a fact kind is unknown.
    InputError
        A date is not a date, or ``max_nodes`` is not positive.
    """
    data = _payload(graph, analysis=analysis, title=title, max_nodes=max_nodes, focus=focus,
                    fact_kinds=fact_kinds, date_from=date_from, date_to=date_to, provenance=provenance,
                    confidence=confidence)
    return _page(data)


def _page(data: dict[str, Any]) -> str:
    """Render the Jinja2 template (autoescaped) around the payload."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             keep_trailing_newline=True)
    template = env.get_template("explorer.html.j2")
    meta = data["meta"]
    return template.render(
        title=meta["title"], summary=meta["summary"], notes=meta["notes"],
        vis_css=Markup(_read_asset("vendor/vis-network.min.css")),
        vis_js=Markup(_read_asset("vendor/vis-network.min.js")),
        app_css=Markup(_read_asset("explorer.css")),
        app_js=Markup(_read_asset("explorer.js")),
        data_json=Markup(_json_for_script(data)),
    )


def render_explorer(graph: Graph, path: Path, *, analysis: Mapping[str, Any] | None = None,
                    title: str | None = None, max_nodes: int = 1500, focus: str | None = None,
                    fact_kinds: set[str] | None = None, date_from: str | None = None,
                    date_to: str | None = None,
                    provenance: Mapping[Triple, Iterable[Any]] | None = None,
                    confidence: Mapping[Triple, float] | None = None) -> ExplorerInfo:
    """Write the explorer page for ``graph`` to ``path`` (whole or not at all).

    Takes the same options as :func:`explorer_html`.

    Returns
    -------
    ExplorerInfo
        Nodes and edges drawn when the page opens, whether it is truncated,
        and the totals it holds.

    Raises
    ------
    OutputError
        ``path`` cannot be written.

    Example
    -------
    >>> import tempfile
    >>> from rdflib import Graph, Literal, RDF, RDFS
    >>> from kg.namespace import MB, RES
    >>> g = Graph()
    >>> for key, name in [("drake", "Drake"), ("republic-records", "Republic Records")]:
    ...     _ = g.add((RES[key], RDFS.label, Literal(name)))
    >>> _ = g.add((RES.drake, RDF.type, MB.Artist)).add((RES["republic-records"], RDF.type, MB.RecordLabel))
    >>> _ = g.add((RES.drake, MB.signedTo, RES["republic-records"]))
    >>> with tempfile.TemporaryDirectory() as d:
    ...     info = render_explorer(g, Path(d) / "graph.html")
    >>> (info.nodes, info.edges, info.truncated)
    (2, 1, False)
    """
    data = _payload(graph, analysis=analysis, title=title, max_nodes=max_nodes, focus=focus,
                    fact_kinds=fact_kinds, date_from=date_from, date_to=date_to, provenance=provenance,
                    confidence=confidence)
    path = Path(path)
    _write_atomic(path, _page(data))
    meta = data["meta"]
    shown = {n["id"] for n in data["nodes"][: meta["initial"]]}
    drawn_edges = sum(1 for e in data["edges"] if e["from"] in shown and e["to"] in shown)
    return ExplorerInfo(nodes=meta["initial"], edges=drawn_edges, truncated=meta["truncated"],
                        total_nodes=meta["total"], total_edges=meta["edgesTotal"], path=path)


def _write_atomic(path: Path, text: str) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{path}: directory {parent} does not exist")
    write_atomic(path, text)


def show_inline(path_or_html: str | Path, height: int = 700) -> Any:
    """Show an explorer page in a notebook (JupyterLab, VS Code).

    Parameters
    ----------
    path_or_html : str or Path
        A ``graph.html`` file, or the page's HTML (e.g. from :func:`explorer_html`).
    height : int
        Height of the frame in pixels.

    Returns
    -------
    IPython.display.HTML
        An ``<iframe srcdoc="...">`` holding the page, escaped; VS Code's
        notebooks do not show pyvis's ``IFrame(src=file)``, but do show this.

    Example
    -------
    >>> frame = show_inline("<html><body>Hi & bye</body></html>", height=300)
    >>> 'srcdoc="&lt;html&gt;&lt;body&gt;Hi &amp; bye' in frame.data
    True
    """
    from IPython.display import HTML

    if isinstance(path_or_html, Path) or not str(path_or_html).lstrip().startswith("<"):
        p = Path(path_or_html)
        if not p.is_file():
            raise NotFoundError(f"{p}: no such explorer page")
        page = p.read_text(encoding="utf-8")
    else:
        page = str(path_or_html)
    h = int(height)
    with warnings.catch_warnings():  # IPython suggests IFrame(src=...), which is what fails in VS Code
        warnings.simplefilter("ignore", UserWarning)
        return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{h}px;border:0" '
                    f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')
