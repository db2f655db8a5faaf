"""Hand-made graphs in the shape of docs/graph-shape.md, shared by the analysis and explorer tests.

Each builder adds the triples one node needs to an rdflib graph and returns the node's IRI, so
a test states its small world in a few readable lines and knows every answer in advance.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.namespace import MB, RES

_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def entity(g: Graph, key: str, name: str, *classes: URIRef, aliases: tuple[str, ...] = ()) -> URIRef:
    """An entity ``res:KEY`` with its classes, label and aliases."""
    iri = RES[key]
    for cls in classes:
        g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(name)))
    for alias in aliases:
        g.add((iri, SKOS.altLabel, Literal(alias)))
    return iri


def article(g: Graph, key: str, headline: str = "A headline", *, url: str | None = None,
            source: str | None = None, published: str | None = None) -> URIRef:
    """An article ``res:article/KEY`` with its headline and, if given, URL, source and date."""
    iri = RES[f"article/{key}"]
    g.add((iri, RDF.type, MB.Article))
    g.add((iri, RDFS.label, Literal(headline)))
    g.add((iri, MB.headline, Literal(headline)))
    if url:
        g.add((iri, MB.url, Literal(url, datatype=XSD.anyURI)))
    if source:
        g.add((iri, MB.source, Literal(source)))
    if published:
        g.add((iri, MB.published, Literal(published, datatype=XSD.date)))
    return iri


def sentence(g: Graph, in_article: URIRef, start: int, text: str) -> URIRef:
    """A sentence of ``in_article`` starting at character ``start``, with its text and offsets."""
    key = str(in_article).rsplit("/", 1)[1]
    iri = RES[f"sentence/{key}/{start}-{start + len(text)}"]
    g.add((iri, RDF.type, MB.Sentence))
    g.add((iri, MB.text, Literal(text)))
    g.add((iri, MB.startOffset, Literal(start)))
    g.add((iri, MB.endOffset, Literal(start + len(text))))
    g.add((iri, MB.inArticle, in_article))
    return iri


def fact(g: Graph, key: str, cls: URIRef, label: str, roles: dict[URIRef, list[URIRef]], *,
         date: str | None = None, status: str | None = None, allegations: tuple[str, ...] = (),
         evidence: tuple[URIRef, ...] = ()) -> URIRef:
    """An n-ary fact ``res:fact/KEY`` of class ``cls`` with its role members and attributes.

    ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and gets the matching XSD type.
    """
    iri = RES[f"fact/{key}"]
    g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(label)))
    for role, members in roles.items():
        for member in members:
            g.add((iri, role, member))
    if date:
        g.add((iri, MB.date, Literal(date, datatype=_DATE_TYPES[len(date)])))
    if status:
        g.add((iri, MB.status, Literal(status)))
    for allegation in allegations:
        g.add((iri, MB.allegation, Literal(allegation)))
    for e in evidence:
        g.add((iri, MB.evidence, e))
    return iri
