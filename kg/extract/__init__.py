"""The extractor: one article in, its entities and facts out.

Rule-based, deterministic and offline. The stages (see docs/extractor.md):

1. :mod:`kg.extract.text` splits sentences with offsets;
2. :mod:`kg.extract.mentions` finds names (gazetteer + capitalised spans + quoted
   works), groups them into entities, types them from context and resolves
   descriptions ("the label", "the two companies") and pronouns;
3. :mod:`kg.extract.facts` masks each sentence's mentions and reads facts with the
   regex tables of :mod:`kg.extract.patterns`;
4. dates (:mod:`kg.extract.dates`), statuses, allegations and topics are attached.

The data (gazetteer, word lists) is in ``kg/data/*.json``.

Examples
--------
>>> from kg.model import Article
>>> a = Article(text="Acme Records sued Spotify for copyright infringement.", title="t", path="x.txt")
>>> x = extract(a)
>>> sorted(e.name for e in x.entities)
['Acme Records', 'Spotify']
>>> [(f.kind, f.roles) for f in x.facts]
[('dispute', {'claimant': ('Acme Records',), 'respondent': ('Spotify',)})]
"""
from __future__ import annotations

import re

from kg.extract.facts import FactFinder, RawFact
from kg.extract.lexicon import load_gazetteer, load_lexicon
from kg.extract.mentions import ORG_TYPES, PERSON_TYPES, MentionFinder
from kg.extract.text import split_sentences
from kg.model import Article, Entity, Evidence, Extraction, Fact

__all__ = ["extract", "find_facts"]

#: Types an entity gets from the role it plays when the text says nothing else.
ROLE_DEFAULT_TYPES = {
    # a party to a lawsuit that nothing else types is most often a business (guidelines: Company);
    # a person-shaped name becomes a Person instead (see PERSON_CAPABLE_ROLES)
    ("dispute", "claimant"): "Company",
    ("dispute", "respondent"): "Company",
    ("acquisition", "acquirer"): "Company",
    ("acquisition", "acquiree"): "Company",
    ("partnership", "party"): "Company",
    ("licensing", "party"): "Company",
    ("settlement", "party"): "Company",
    ("worksFor", "object"): "Organization",
    ("signedTo", "object"): "RecordLabel",
    ("signedTo", "subject"): "Artist",
    ("performedBy", "object"): "Artist",
    ("operates", "subject"): "Company",
    ("operates", "object"): "Platform",
    ("subsidiaryOf", "subject"): "Company",
    ("subsidiaryOf", "object"): "Company",
    ("withdrewCatalogFrom", "subject"): "RecordLabel",
    ("withdrewCatalogFrom", "object"): "Platform",
}
# Roles a person can play: a person-shaped untyped name there is a Person, not the role's default.
PERSON_CAPABLE_ROLES = {("dispute", "claimant"), ("dispute", "respondent"), ("worksFor", "object")}
# Only these organisation types are contract classes; the others are finer kinds.
CONTRACT_TYPES = ("RecordLabel", "Company", "Platform", "Person", "Artist", "Work", "Organization")
ORG_SUBTYPES = ("Court", "TradeBody", "MediaOutlet", "Regulator")


def find_facts(article: Article, *, learned: bool = True) -> FactFinder:
    """Run the mention and fact stages on one article and return the fact finder.

    Its ``facts``, ``masked`` sentences and mention finder (``mf``) are what
    :func:`extract` turns into an :class:`Extraction`, and what :mod:`kg.learn`
    trains on (with ``learned=False``: the rules alone).
    """
    gaz, lex = load_gazetteer(), load_lexicon()
    sentences = split_sentences(article.text)
    mf = MentionFinder(article.text, sentences, gaz, lex)
    mf.find()
    mf.group()
    mf.type_entities()
    mf.find_references()
    ff = FactFinder(article, sentences, mf, lex, learned=learned)
    ff.run()
    return ff


def extract(article: Article, *, learned: bool = True) -> Extraction:
    """Read the entities, facts and topics of one article.

    Parameters
    ----------
    article : Article
        The article; fact evidence offsets refer to ``article.text``.
    learned : bool
        Whether the learned layer (:mod:`kg.extract.learned`) adds facts after the rules.

    Returns
    -------
    Extraction
        Entities named by the fullest form of their name in the article, facts
        whose roles hold those names, and the strategies the article discusses.
    """
    ff = find_facts(article, learned=learned)
    mf, lex, sentences, text = ff.mf, ff.lex, ff.sentences, article.text
    raw = list(ff.facts.values())

    # types from roles, where nothing else typed the entity
    types: dict[int, set[str]] = {}
    for i, d in enumerate(mf.drafts):
        if d.alive:
            types[i] = set(d.types) | ff.extra_types.get(i, set())
    for f in raw:
        for role, ents in f.roles.items():
            default = ROLE_DEFAULT_TYPES.get((f.kind, role))
            for e in ents:
                t = types.setdefault(e, set())
                if not t and default:
                    t.add("Person" if (f.kind, role) in PERSON_CAPABLE_ROLES and mf.drafts[e].person_shaped else default)
                if f.kind == "withdrewCatalogFrom" and role == "object":
                    t.add("Platform")
                if f.kind == "operates" and role == "object":
                    t.add("Platform")
                if f.kind == "acquisition" and role == "acquiree" and t & {"MediaOutlet", "Platform"}:
                    t.add("Company")  # a bought website or service is a business too ("agreed to acquire The Ringer")
    for e, t in types.items():
        if "Artist" in t:
            t.discard("Person")
        if t & {"Person", "Artist"}:
            t -= ORG_TYPES | set(ORG_SUBTYPES)
        if t & set(ORG_SUBTYPES):
            t.add("Organization")

    entities: list[Entity] = []
    name_of: dict[int, str] = {}
    used_names: set[str] = set()
    for i, d in enumerate(mf.drafts):
        t = types.get(i)
        if not d.alive or not t:
            continue
        name = _clean(d.name, lex, keep_honorific="Work" in t)  # "Mr. Money With the Vibe" is a title
        if not name or name.lower() in used_names:
            continue
        used_names.add(name.lower())
        aliases = {_clean(f, lex, keep_honorific=True) for f in d.forms} - {name, ""}
        desc = d.descriptions[0] if d.descriptions else (d.known.description if d.known else None)
        entities.append(Entity(name=name, types=set(t), aliases=aliases, description=desc))
        name_of[i] = name

    facts: list[Fact] = []
    for f in raw:
        fact = _to_fact(f, name_of, article, sentences)
        if fact is not None:
            facts.append(fact)
    return Extraction(article=article, entities=entities, facts=facts, topics=_strategies(text, lex))


def _clean(name: str, lex, keep_honorific: bool = False) -> str:
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip(" ,.'\"")
    if not keep_honorific:
        parts = name.split()
        if len(parts) >= 3 and parts[0].lower().rstrip(".") in {h.rstrip(".") for h in lex.honorifics}:
            name = " ".join(parts[1:])
    return name


def _to_fact(f: RawFact, name_of: dict[int, str], article: Article, sentences) -> Fact | None:
    roles: dict[str, tuple[str, ...]] = {}
    for role, ents in f.roles.items():
        names = tuple(dict.fromkeys(name_of[e] for e in ents if e in name_of))
        if not names:
            return None
        roles[role] = names
    if f.kind in ("partnership", "licensing", "settlement") and len(roles["party"]) < 2:
        return None
    evidence = [Evidence(article.id, sentences[i].text, sentences[i].start, sentences[i].end) for i in sorted(f.sents)]
    return Fact(kind=f.kind, roles=roles, evidence=evidence, date=f.date, status=f.status,
                allegations=tuple(f.allegations), title=f.title, topics=tuple(f.topics), confidence=f.confidence)


def _strategies(text: str, lex) -> list[str]:
    """Named strategies and initiatives the article discusses."""
    found: list[str] = []
    for label, forms in lex.strategies.items():
        if any(re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", text) for f in forms):
            found.append(label)
    for m in re.finditer(r"\b(?:calls?|called|dubbed|dubs|branded|known as|so-called)\s+[\"“']([A-Z][^\"”'\n]{1,40})[\"”']", text):
        name = m.group(1).strip(" ,.")
        if name not in found:
            found.append(name)
    for m in re.finditer(r"[\"“]([A-Z][^\"”\n]{1,40})[\"”]\s+(?:strategy|initiative|programme|program|plan|model|campaign|vision)\b", text):
        name = m.group(1).strip(" ,.")
        if name not in found:
            found.append(name)
    return found
