"""The mbkg ontology namespace.

A :class:`~rdflib.namespace.DefinedNamespace`, so a misspelt term fails at
import time instead of minting a wrong IRI. Every term here is defined in
``ontology/mbkg.ttl`` (a test checks both ways).
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

MB_IRI = "https://w3id.org/mbkg/ontology#"
RESOURCE_IRI = "https://w3id.org/mbkg/resource/"

#: Where entities, facts, sentences and articles are minted.
RES = Namespace(RESOURCE_IRI)


class MB(DefinedNamespace):
    """Terms of the music-business ontology (prefix ``mb:``)."""

    _NS = Namespace(MB_IRI)
    _fail = True

    # entity classes
    Organization: URIRef
    RecordLabel: URIRef
    Company: URIRef
    Platform: URIRef
    Person: URIRef
    Artist: URIRef
    Work: URIRef
    Court: URIRef
    TradeBody: URIRef
    MediaOutlet: URIRef
    Regulator: URIRef
    # fact classes
    Agreement: URIRef
    Partnership: URIRef
    LicensingAgreement: URIRef
    Settlement: URIRef
    Dispute: URIRef
    Acquisition: URIRef
    Position: URIRef
    # provenance and context classes
    Article: URIRef
    Sentence: URIRef
    Assertion: URIRef
    ExtractionRun: URIRef
    Topic: URIRef
    # n-ary roles
    party: URIRef
    claimant: URIRef
    respondent: URIRef
    allegation: URIRef
    acquirer: URIRef
    acquiree: URIRef
    holder: URIRef
    positionIn: URIRef
    jobTitle: URIRef
    # binary facts
    worksFor: URIRef
    signedTo: URIRef
    performedBy: URIRef
    operates: URIRef
    subsidiaryOf: URIRef
    withdrewCatalogFrom: URIRef
    # fact attributes
    date: URIRef
    status: URIRef
    concerns: URIRef
    sourceCount: URIRef
    confidence: URIRef
    evidence: URIRef
    # articles, sentences, runs
    headline: URIRef
    url: URIRef
    source: URIRef
    published: URIRef
    mentions: URIRef
    about: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    inArticle: URIRef
    toolVersion: URIRef
