"""Turn resolved facts into RDF under the mbkg ontology, with provenance.

Two views of the same facts (see docs/graph-shape.md):

* :func:`to_graph` - one merged graph (``graph.ttl``): entities, facts, articles,
  sentences, topics and positions;
* :func:`to_dataset` - a dataset (``graph.trig``): the same, with each fact as read
  in each article in a named graph of its own (``res:assertion/...``) whose
  metadata in the default graph names its sentence(s), its article and the
  extraction run. Plain RDF 1.1 named graphs: rdflib, pySHACL and Oxigraph read it.

IRIs are minted from stable keys only (entity slugs, hashes of facts and
articles), so the same input always gives the same IRIs.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Iterator

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kg import __version__
from kg.model import NARY_KINDS, Article, Evidence, Fact, Resolved, stable_id
from kg.namespace import MB, RES
from kg.resolve import fact_identity, slugify

Triple = tuple[URIRef, URIRef, URIRef | Literal]

FACT_CLASSES = {
    "partnership": MB.Partnership,
    "licensing": MB.LicensingAgreement,
    "settlement": MB.Settlement,
    "dispute": MB.Dispute,
    "acquisition": MB.Acquisition,
}
ROLE_PROPERTIES = {
    "party": MB.party, "claimant": MB.claimant, "respondent": MB.respondent,
    "acquirer": MB.acquirer, "acquiree": MB.acquiree,
}
BINARY_PROPERTIES = {
    "worksFor": MB.worksFor, "signedTo": MB.signedTo, "performedBy": MB.performedBy,
    "operates": MB.operates, "subsidiaryOf": MB.subsidiaryOf, "withdrewCatalogFrom": MB.withdrewCatalogFrom,
}
PREFIXES = {"mb": str(MB._NS), "res": str(RES), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD),
            "prov": str(PROV), "owl": str(OWL)}


@dataclass(frozen=True)
class RunInfo:
    """One extraction run: which version of mbkg read which articles, when, and whether the learned relation
    layer read with the rules (``learned``; see :mod:`kg.extract.learned`)."""

    started: str  # ISO timestamp, UTC
    version: str = __version__
    learned: bool = True

    @property
    def iri(self) -> URIRef:
        return RES[f"run/{stable_id(self.started, self.version)}"]

    @classmethod
    def now(cls, *, learned: bool = True) -> "RunInfo":
        return cls(started=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), learned=learned)


def entity_iri(key: str) -> URIRef:
    """The IRI of a resolved entity."""
    return RES[key]


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{article_id}"]


def sentence_iri(evidence: Evidence) -> URIRef:
    return RES[f"sentence/{evidence.article_id}/{evidence.start}-{evidence.end}"]


def fact_iri(fact: Fact) -> URIRef:
    """A fact's IRI: a hash of its kind and its parties, so reports of it in several articles meet."""
    ident = fact_identity(fact)
    parts = [ident[0]] + ["+".join(sorted(p)) if isinstance(p, frozenset) else str(p) for p in ident[1:]]
    return RES[f"fact/{stable_id(*parts)}"]


def position_iri(fact: Fact) -> URIRef:
    return RES[f"position/{stable_id(fact.roles['subject'][0], fact.roles['object'][0])}"]


def topic_iri(label: str) -> URIRef:
    return RES[f"topic/{slugify(label)}"]


def assertion_iri(fact: Fact, article_id: str) -> URIRef:
    return RES[f"assertion/{stable_id(str(fact_iri(fact)), article_id)}"]


def date_literal(value: str) -> Literal:
    """``YYYY-MM-DD`` as xsd:date, ``YYYY-MM`` as xsd:gYearMonth, ``YYYY`` as xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


def new_graph(graph: Graph | None = None) -> Graph:
    """A graph with the ontology's prefixes bound."""
    graph = graph if graph is not None else Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def fact_label(fact: Fact, resolved: Resolved) -> str:
    """A short human label: "Drake v. Universal Music Group", "Licensing: UMG - TikTok"."""
    def names(role: str) -> str:
        return " & ".join(resolved.entities[k].name for k in fact.roles.get(role, ()))
    if fact.kind == "dispute":
        return f"{names('claimant')} v. {names('respondent')}"
    if fact.kind == "acquisition":
        return f"{names('acquirer')} acquires {names('acquiree')}"
    return f"{fact.kind.capitalize()}: {' - '.join(resolved.entities[k].name for k in fact.roles['party'])}"


# --- triples ----------------------------------------------------------------


def entity_triples(resolved: Resolved) -> Iterator[Triple]:
    for key, entity in resolved.entities.items():
        node = entity_iri(key)
        for t in sorted(entity.types):
            yield node, RDF.type, MB[t]
        yield node, RDFS.label, Literal(entity.name)
        for alias in sorted(entity.aliases):
            yield node, SKOS.altLabel, Literal(alias)


def article_triples(article: Article, resolved: Resolved) -> Iterator[Triple]:
    node = article_iri(article.id)
    yield node, RDF.type, MB.Article
    yield node, RDFS.label, Literal(article.title)
    yield node, MB.headline, Literal(article.title)
    if article.url:
        yield node, MB.url, Literal(article.url, datatype=XSD.anyURI)
    if article.source:
        yield node, MB.source, Literal(article.source)
    if article.published:
        yield node, MB.published, date_literal(article.published)
    for topic in resolved.article_topics.get(article.id, ()):
        yield node, MB.about, topic_iri(topic)


def sentence_triples(evidence: Evidence) -> Iterator[Triple]:
    node = sentence_iri(evidence)
    yield node, RDF.type, MB.Sentence
    yield node, MB.text, Literal(evidence.sentence)
    yield node, MB.startOffset, Literal(evidence.start)
    yield node, MB.endOffset, Literal(evidence.end)
    yield node, MB.inArticle, article_iri(evidence.article_id)


def fact_core_triples(fact: Fact) -> Iterator[Triple]:
    """The triples that state the fact itself: what an article asserts."""
    if fact.kind in NARY_KINDS:
        node = fact_iri(fact)
        yield node, RDF.type, FACT_CLASSES[fact.kind]
        for role, keys in fact.roles.items():
            for key in keys:
                yield node, ROLE_PROPERTIES[role], entity_iri(key)
    else:
        yield entity_iri(fact.roles["subject"][0]), BINARY_PROPERTIES[fact.kind], entity_iri(fact.roles["object"][0])


def fact_detail_triples(fact: Fact, resolved: Resolved) -> Iterator[Triple]:
    """What the build knows about a fact beyond its statement: label, dates, status, evidence."""
    sources = len({e.article_id for e in fact.evidence})
    if fact.kind in NARY_KINDS:
        node = fact_iri(fact)
        yield node, RDFS.label, Literal(fact_label(fact, resolved))
        yield node, MB.sourceCount, Literal(sources)
    elif fact.kind == "worksFor":
        node = position_iri(fact)
        yield node, RDF.type, MB.Position
        yield node, MB.holder, entity_iri(fact.roles["subject"][0])
        yield node, MB.positionIn, entity_iri(fact.roles["object"][0])
        yield node, MB.sourceCount, Literal(sources)
        if fact.title:
            yield node, MB.jobTitle, Literal(fact.title)
    else:
        return
    if fact.date:
        yield node, MB.date, date_literal(fact.date)
    if fact.status:
        yield node, MB.status, Literal(fact.status)
    for allegation in fact.allegations:
        yield node, MB.allegation, Literal(allegation)
    for topic in fact.topics:
        yield node, MB.concerns, topic_iri(topic)
    if fact.confidence is not None:
        yield node, MB.confidence, Literal(Decimal(str(fact.confidence)))
    for evidence in fact.evidence:
        yield node, MB.evidence, sentence_iri(evidence)


def context_triples(resolved: Resolved) -> Iterator[Triple]:
    """Entities, articles, mentions, sentences, topics and fact details."""
    yield from entity_triples(resolved)
    for article in resolved.articles:
        yield from article_triples(article, resolved)
    for key, entity in resolved.entities.items():
        for aid in sorted(entity.articles):
            yield article_iri(aid), MB.mentions, entity_iri(key)
    topics: set[str] = {t for ts in resolved.article_topics.values() for t in ts}
    sentences: set[Evidence] = set()
    for fact in resolved.facts:
        topics.update(fact.topics)
        sentences.update(fact.evidence)
        yield from fact_detail_triples(fact, resolved)
    for evidence in sorted(sentences, key=lambda e: (e.article_id, e.start)):
        yield from sentence_triples(evidence)
    for topic in sorted(topics):
        yield topic_iri(topic), RDF.type, MB.Topic
        yield topic_iri(topic), RDFS.label, Literal(topic)


def binary_fact_sentences(resolved: Resolved) -> dict[tuple[URIRef, URIRef, URIRef], list[URIRef]]:
    """Each binary fact triple and the sentences it was read from (graph.ttl cannot say it)."""
    out: dict[tuple[URIRef, URIRef, URIRef], list[URIRef]] = {}
    for fact in resolved.facts:
        if fact.kind not in NARY_KINDS:
            (triple,) = fact_core_triples(fact)
            out[triple] = [sentence_iri(e) for e in fact.evidence]
    return out


def learned_confidence(resolved: Resolved) -> dict[tuple[URIRef, URIRef, URIRef], float]:
    """Each binary fact triple only the learned relation model read, and its probability."""
    out: dict[tuple[URIRef, URIRef, URIRef], float] = {}
    for fact in resolved.facts:
        if fact.kind not in NARY_KINDS and fact.confidence is not None:
            (triple,) = fact_core_triples(fact)
            out[triple] = fact.confidence
    return out


# --- graphs -------------------------------------------------------------------


def to_graph(resolved: Resolved) -> Graph:
    """Everything the build knows, merged into one graph (the content of graph.ttl)."""
    graph = new_graph()
    for triple in context_triples(resolved):
        graph.add(triple)
    for fact in resolved.facts:
        for triple in fact_core_triples(fact):
            graph.add(triple)
    return graph


Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef | None]  # graph None: the default graph


def dataset_quads(resolved: Resolved, runs: dict[str, RunInfo]) -> Iterator[Quad]:
    """Every quad of the dataset (graph.trig); ``runs`` maps an article id to the run that read it."""
    for s, p, o in context_triples(resolved):
        yield s, p, o, None
    for run in sorted(set(runs.values()), key=lambda r: r.started):
        yield run.iri, RDF.type, MB.ExtractionRun, None
        yield run.iri, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime), None
        yield run.iri, MB.toolVersion, Literal(run.version), None
    for fact in resolved.facts:
        by_article: dict[str, list[Evidence]] = defaultdict(list)
        for evidence in fact.evidence:
            by_article[evidence.article_id].append(evidence)
        core = list(fact_core_triples(fact))
        for aid, evidence in sorted(by_article.items()):
            name = assertion_iri(fact, aid)
            for s, p, o in core:
                yield s, p, o, name
            yield name, RDF.type, MB.Assertion, None
            yield name, MB.inArticle, article_iri(aid), None
            for e in evidence:
                yield name, MB.evidence, sentence_iri(e), None
            if aid in runs:
                yield name, PROV.wasGeneratedBy, runs[aid].iri, None
            if fact.confidence is not None:
                yield name, MB.confidence, Literal(Decimal(str(fact.confidence))), None


def to_dataset(resolved: Resolved, runs: dict[str, RunInfo]) -> Dataset:
    """The same facts as an rdflib dataset, one named graph per assertion (the content of graph.trig)."""
    dataset = Dataset()
    new_graph(dataset)
    default = dataset.default_graph
    for s, p, o, g in dataset_quads(resolved, runs):
        (default if g is None else dataset.graph(g)).add((s, p, o))
    return dataset


def to_oxigraph(resolved: Resolved, runs: dict[str, RunInfo]):
    """The dataset in an in-memory pyoxigraph store: what the build serialises and loads (fast at scale)."""
    import pyoxigraph as ox

    named: dict[str, object] = {}
    literals: dict[Literal, object] = {}

    def node(term):
        if isinstance(term, Literal):
            lit = literals.get(term)
            if lit is None:
                lit = literals[term] = (
                    ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype
                    else ox.Literal(str(term), language=term.language) if term.language else ox.Literal(str(term))
                )
            return lit
        iri = named.get(term)
        if iri is None:
            iri = named[term] = ox.NamedNode(str(term))
        return iri

    default = ox.DefaultGraph()
    store = ox.Store()
    store.extend(
        ox.Quad(node(s), node(p), node(o), default if g is None else node(g))
        for s, p, o, g in dataset_quads(resolved, runs)
    )
    return store
