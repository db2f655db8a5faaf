"""Small typed records that flow between the stages.

ingest -> :class:`Article`; extract -> :class:`Extraction` (per article, entities
referred to by the name they carry in that article); resolve -> :class:`Resolved`
(entities with stable keys across articles, facts pointing at those keys).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

#: Entity classes of the contract (``mb:`` local names).
EntityType = Literal["RecordLabel", "Company", "Platform", "Person", "Artist", "Work", "Organization"]
ENTITY_TYPES: tuple[str, ...] = ("RecordLabel", "Company", "Platform", "Person", "Artist", "Work", "Organization")
#: Finer kinds of organisation (subclasses of ``mb:Organization``) the extractor may add.
ORGANIZATION_SUBTYPES: tuple[str, ...] = ("Court", "TradeBody", "MediaOutlet", "Regulator")

#: Fact kinds and the roles each one takes.
#: n-ary facts become nodes of their own; binary facts become direct properties.
NARY_KINDS: dict[str, tuple[str, ...]] = {
    "partnership": ("party",),
    "licensing": ("party",),
    "settlement": ("party",),
    "dispute": ("claimant", "respondent"),
    "acquisition": ("acquirer", "acquiree"),
}
BINARY_KINDS: tuple[str, ...] = (
    "worksFor", "signedTo", "performedBy", "operates", "subsidiaryOf", "withdrewCatalogFrom",
)
FACT_KINDS: tuple[str, ...] = (*NARY_KINDS, *BINARY_KINDS)

#: Status values a fact may carry.
STATUSES: tuple[str, ...] = ("announced", "active", "expired", "settled", "dismissed", "pending", "completed")


def stable_id(*parts: str, length: int = 16) -> str:
    """A short hex digest of ``parts``: the same input always gives the same id."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


@dataclass(frozen=True)
class Article:
    """One news article as read from disk.

    ``text`` is the body the extractor reads; character offsets in
    :class:`Evidence` refer to it. The headline is ``title`` (and is also the
    first line of ``text`` for .txt/.md articles).
    """

    text: str
    title: str
    path: str
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    line: int | None = None  # line number in a .jsonl file

    @property
    def id(self) -> str:
        """Stable id: from the URL when there is one, else from title and text."""
        return stable_id("url", self.url) if self.url else stable_id("text", self.title, self.text)


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from: exact text and offsets into ``Article.text``."""

    article_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Entity:
    """An entity as one article names it."""

    name: str  # the fullest form of its name in the article
    types: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    description: str | None = None  # e.g. "rapper", "Swedish streamer" (from appositions)


@dataclass
class Fact:
    """One fact: its kind, who plays which role, and where it was read.

    ``roles`` maps a role (``party``, ``claimant``, ``respondent``, ``acquirer``,
    ``acquiree``; ``subject`` and ``object`` for binary kinds) to entity names
    (in an :class:`Extraction`) or entity keys (in :class:`Resolved`).
    """

    kind: str
    roles: dict[str, tuple[str, ...]]
    evidence: list[Evidence] = field(default_factory=list)
    date: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    status: str | None = None
    allegations: tuple[str, ...] = ()
    title: str | None = None  # job title, for worksFor
    topics: tuple[str, ...] = ()  # issues the fact concerns: "AI-generated content", "royalties"
    # the learned layer's probability when only it read the fact (kg.extract.learned); None: a rule read it
    confidence: float | None = None


@dataclass
class Extraction:
    """What the extractor read in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # strategies/initiatives the article is about


@dataclass
class ResolvedEntity:
    """One entity across all articles, with a key that gives its stable IRI."""

    key: str  # IRI local name, e.g. "universal-music-group"
    name: str  # canonical name (rdfs:label)
    types: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)  # skos:altLabel
    articles: set[str] = field(default_factory=set)  # article ids that mention it


@dataclass
class Resolved:
    """Everything the build knows, merged: articles, entities, facts."""

    articles: list[Article]
    entities: dict[str, ResolvedEntity]
    facts: list[Fact]  # roles hold entity keys; evidence from every article that said it
    article_topics: dict[str, list[str]] = field(default_factory=dict)  # article id -> strategies discussed
