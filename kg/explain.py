"""What the graph knows about one entity: ``kg explain NAME``.

Names are looked up among every entity's label and alternative labels, without
regard to case. The user's name is passed to the store as a bound value (a
``VALUES`` block of RDF terms written and escaped by pyoxigraph, or a SPARQL
substitution), never pasted into the query text as a string.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import NotFoundError
from kg.query import query_store

_ENTITY_CLASSES = ("RecordLabel", "Company", "Platform", "Person", "Artist", "Work", "Organization",
                   "Court", "TradeBody", "MediaOutlet", "Regulator")
_VALUES_CLASSES = " ".join(f"mb:{c}" for c in _ENTITY_CLASSES)

FIND_ENTITY = f"""
SELECT DISTINCT ?e ?label ?name WHERE {{
  VALUES ?cls {{ {_VALUES_CLASSES} }}
  ?e a ?cls ; rdfs:label ?label .
  {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }}
  FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
}} ORDER BY ?label"""

ALL_NAMES = f"""
SELECT DISTINCT ?n WHERE {{
  VALUES ?cls {{ {_VALUES_CLASSES} }}
  ?e a ?cls . {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }}
}}"""

DESCRIBE = """
SELECT ?e ?type ?alias WHERE {
  { ?e a ?t . BIND(STRAFTER(STR(?t), "#") AS ?type) } UNION { ?e skos:altLabel ?alias }
}"""

# Fast only while ?e (bound by a VALUES block opening the WHERE group) reaches every pattern:
# property lists are FILTER (... IN ...), not VALUES; BINDs come last in their group; an UNION
# branch starts from ?e; an OPTIONAL holds one pattern plus nested OPTIONALs. Oxigraph does
# not carry ?e past the other forms and evaluates them over the whole graph (13 s and 6.8 s
# instead of milliseconds at a million quads; docs/queries.md). Every sentence has its text
# and article and every article its headline, so the nested OPTIONALs give the same sources.
NARY_FACTS = """
SELECT DISTINCT ?e ?fact ?kind ?label ?role ?date ?status ?sources ?allegation ?sentence ?headline ?url ?source ?published
WHERE {
  ?fact ?roleProp ?e .
  FILTER(?roleProp IN (mb:party, mb:claimant, mb:respondent, mb:acquirer, mb:acquiree))
  ?fact a ?cls ; rdfs:label ?label .
  FILTER(?cls != mb:Agreement)
  OPTIONAL { ?fact mb:date ?date } OPTIONAL { ?fact mb:status ?status }
  OPTIONAL { ?fact mb:sourceCount ?sources } OPTIONAL { ?fact mb:allegation ?allegation }
  OPTIONAL { ?fact mb:evidence ?s
             OPTIONAL { ?s mb:text ?sentence } OPTIONAL { ?s mb:inArticle ?a
               OPTIONAL { ?a mb:headline ?headline } OPTIONAL { ?a mb:url ?url }
               OPTIONAL { ?a mb:source ?source } OPTIONAL { ?a mb:published ?published } } }
  BIND(STRAFTER(STR(?cls), "#") AS ?kind) BIND(STRAFTER(STR(?roleProp), "#") AS ?role)
} ORDER BY ?date ?label"""

BINARY_FACTS = """
SELECT DISTINCT ?e ?prop ?direction ?other ?otherLabel ?title ?sentence ?headline ?url ?source ?published WHERE {
  { GRAPH ?g { ?e ?p ?other }
    FILTER(?p IN (mb:worksFor, mb:signedTo, mb:performedBy, mb:operates, mb:subsidiaryOf, mb:withdrewCatalogFrom))
    BIND("out" AS ?direction) }
  UNION
  { GRAPH ?g { ?other ?p ?e }
    FILTER(?p IN (mb:worksFor, mb:signedTo, mb:performedBy, mb:operates, mb:subsidiaryOf, mb:withdrewCatalogFrom))
    BIND("in" AS ?direction) }
  ?other rdfs:label ?otherLabel .
  OPTIONAL { ?pos mb:holder ?e ; mb:positionIn ?other ; mb:jobTitle ?title . FILTER(?p = mb:worksFor) }
  OPTIONAL { ?g mb:evidence ?s
             OPTIONAL { ?s mb:text ?sentence } OPTIONAL { ?s mb:inArticle ?a
               OPTIONAL { ?a mb:headline ?headline } OPTIONAL { ?a mb:url ?url }
               OPTIONAL { ?a mb:source ?source } OPTIONAL { ?a mb:published ?published } } }
  BIND(STRAFTER(STR(?p), "#") AS ?prop)
} ORDER BY ?prop ?otherLabel"""

_PHRASES = {
    "worksFor": ("works for", "employs"), "signedTo": ("is signed to", "has signed"),
    "performedBy": ("is performed by", "performs"), "operates": ("operates", "is operated by"),
    "subsidiaryOf": ("is part of", "owns"), "withdrewCatalogFrom": ("withdrew its catalog from", "lost the catalog of"),
}


@dataclass
class Source:
    """One sentence of one article that states a fact."""

    sentence: str
    headline: str
    url: str | None = None
    source: str | None = None
    published: str | None = None


@dataclass
class FactReport:
    """One fact the entity takes part in."""

    description: str  # "Dispute: Drake v. Universal Music Group (claimant)"
    date: str | None = None
    status: str | None = None
    allegations: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def source_count(self) -> int:
        return len({(s.headline, s.url) for s in self.sources})


@dataclass
class EntityReport:
    """Everything the graph says about one entity."""

    iri: str
    name: str
    types: list[str]
    aliases: list[str]
    facts: list[FactReport]


def _value(term) -> str | None:
    return None if term is None else term.value


def _rows(store: ox.Store, query: str, **bindings) -> list[dict]:
    # the values open the WHERE group, where Oxigraph's planner sees them: 6.8 s instead of
    # 23 s for BINARY_FACTS at a million quads (see kg.query.query_store)
    solutions = query_store(store, query, bindings)
    names = [v.value for v in solutions.variables]
    return [{n: _value(row[n]) for n in names} for row in solutions]


def find_entities(store: ox.Store, name: str) -> list[tuple[str, str]]:
    """IRIs and labels of the entities called ``name`` (label or alias, any case)."""
    return [(r["e"], r["label"]) for r in _rows(store, FIND_ENTITY, name=ox.Literal(name))]


def closest_names(store: ox.Store, name: str, n: int = 5) -> list[str]:
    names = sorted({r["n"] for r in _rows(store, ALL_NAMES)})
    lowered = {x.lower(): x for x in names}
    return [lowered[m] for m in difflib.get_close_matches(name.lower(), list(lowered), n=n, cutoff=0.5)]


def explain(store: ox.Store, name: str) -> list[EntityReport]:
    """Describe every entity called ``name``: types, aliases, facts with their sentences.

    Raises
    ------
    NotFoundError
        When no entity has that name; the message lists the closest names.
    """
    found = find_entities(store, name)
    if not found:
        close = closest_names(store, name)
        hint = f"; closest names: {', '.join(close)}" if close else ""
        raise NotFoundError(f"no entity named {name!r} in the graph{hint}")
    return [_describe(store, iri, label) for iri, label in found]


def _describe(store: ox.Store, iri: str, label: str) -> EntityReport:
    node = ox.NamedNode(iri)
    types, aliases = set(), set()
    for r in _rows(store, DESCRIBE, e=node):
        if r["type"] in _ENTITY_CLASSES:
            types.add(r["type"])
        if r["alias"]:
            aliases.add(r["alias"])
    facts: dict[tuple, FactReport] = {}
    for r in _rows(store, NARY_FACTS, e=node):
        key = ("nary", r["fact"])
        report = facts.setdefault(key, FactReport(f"{r['kind']}: {r['label']} ({r['role']})", r["date"], r["status"]))
        if r["allegation"] and r["allegation"] not in report.allegations:
            report.allegations.append(r["allegation"])
        _add_source(report, r)
    for r in _rows(store, BINARY_FACTS, e=node):
        out_phrase, in_phrase = _PHRASES[r["prop"]]
        verb = out_phrase if r["direction"] == "out" else in_phrase
        title = f" as {r['title']}" if r["title"] and r["direction"] == "out" else ""
        key = ("binary", r["prop"], r["direction"], r["other"])
        report = facts.setdefault(key, FactReport(f"{label} {verb} {r['otherLabel']}{title}"))
        _add_source(report, r)
    return EntityReport(iri, label, sorted(types), sorted(aliases), list(facts.values()))


def _add_source(report: FactReport, row: dict) -> None:
    if row.get("sentence"):
        src = Source(row["sentence"], row["headline"], row.get("url"), row.get("source"), row.get("published"))
        if src not in report.sources:
            report.sources.append(src)
