"""Entity resolution: one entity across articles, one fact across reports.

The extractor names entities per article ("UMG" with the alias "Universal Music
Group" in one, "Universal" in another). This stage merges those mentions into
entities with stable keys (the IRI local names), and merges the same fact read in
several articles into one fact with several pieces of evidence.

Merging is by name: two mentions are one entity when a name or alias of one is the
name or alias of the other, their kinds agree (people do not merge with
organisations), and the shared form is not ambiguous (claimed by two entities that
are known to be different). Users inspect and override the result with a merges
file (TOML)::

    [merge]                      # canonical name = other names of the same entity
    "Universal Music Group" = ["Universal", "UMG"]

    [split]                      # names that must never be merged with each other
    pairs = [["Universal Music Group", "NBCUniversal"]]

The resulting merges are listed in ``Resolved.merges`` (and in the build's
``merges.json``) so a user can see why two names became one.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import NARY_KINDS, STATUSES, Extraction, Fact, Resolved, ResolvedEntity

PERSON_TYPES = frozenset({"Person", "Artist"})
WORK_TYPES = frozenset({"Work"})

#: Honorifics dropped from canonical names (kept as aliases).
_HONORIFIC = re.compile(r"^(sir|dame|lord|lady|dr\.?|mr\.?|mrs\.?|ms\.?)\s+", re.I)
#: Later stages of a fact's life win when articles disagree.
_STATUS_RANK = {status: rank for rank, status in enumerate(
    ("announced", "pending", "active", "completed", "expired", "dismissed", "settled"))}
assert set(_STATUS_RANK) == set(STATUSES)


@dataclass
class Overrides:
    """User decisions read from a merges file."""

    merges: dict[str, list[str]] = field(default_factory=dict)  # canonical -> other names
    splits: list[tuple[str, str]] = field(default_factory=list)


def load_overrides(path: str | Path | None) -> Overrides:
    """Read a merges file (TOML, see the module docstring); ``None`` gives no overrides."""
    if path is None:
        return Overrides()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("merges file not found", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not a valid TOML merges file: {exc}", path=path) from None
    merges = data.get("merge", {})
    splits = data.get("split", {}).get("pairs", [])
    if not isinstance(merges, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in merges.values()
    ):
        raise InputError('[merge] must map a name to a list of names, e.g. "UMG Ltd" = ["UMG"]', path=path)
    if not isinstance(splits, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in splits
    ):
        raise InputError("[split] pairs must be a list of two-name lists", path=path)
    return Overrides(merges=merges, splits=[(a, b) for a, b in splits])


def normalise_name(name: str) -> str:
    """The form names are compared in: case, accents, punctuation, 'the' and honorifics folded.

    Examples
    --------
    >>> normalise_name("The Universal Music Group's")
    'universal music group'
    >>> normalise_name("Sir Lucian Grainge")
    'lucian grainge'
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w&+ ]+", " ", s)
    s = re.sub(r"^(the|sir|dame) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def slugify(name: str) -> str:
    """An IRI-safe local name: lowercase ASCII letters, digits and hyphens only.

    Examples
    --------
    >>> slugify("Beyoncé & Jay-Z <script>")
    'beyonce-jay-z-script'
    >>> slugify("宇多田ヒカル")
    'x-e5ae87e5a49a'
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if not s:  # names in non-Latin scripts: a short stable hex form
        s = "x-" + name.encode("utf-8").hex()[:12]
    return s[:80].strip("-")


def _kind_group(types: set[str]) -> str:
    if types & PERSON_TYPES:
        return "person"
    if types & WORK_TYPES:
        return "work"
    return "org" if types else "any"


def _compatible(a: str, b: str) -> bool:
    return a == b or "any" in (a, b)


def _canonical(name: str) -> str:
    return _HONORIFIC.sub("", name).strip() or name


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def resolve(extractions: list[Extraction], overrides: Overrides | None = None) -> Resolved:
    """Merge per-article entities and facts into one graph's worth of entities and facts.

    The result does not depend on the order of ``extractions``: building A then
    adding B resolves exactly like building A and B together.

    Examples
    --------
    >>> from kg.model import Article, Entity, Extraction
    >>> a = Article(text="x", title="a", path="a.txt")
    >>> b = Article(text="y", title="b", path="b.txt")
    >>> e1 = Extraction(a, [Entity("Universal Music Group", {"RecordLabel"}, {"UMG"})])
    >>> e2 = Extraction(b, [Entity("UMG", {"RecordLabel"})])
    >>> [e.name for e in resolve([e1, e2]).entities.values()]
    ['Universal Music Group']
    """
    overrides = overrides or Overrides()
    extractions = sorted(extractions, key=lambda x: x.article.id)
    mentions = [(x, e) for x in extractions for e in x.entities]
    groups = [_kind_group(e.types) for _, e in mentions]
    forms = [{normalise_name(f) for f in (e.name, *e.aliases) if normalise_name(f)} for _, e in mentions]

    # User merges: every listed name is a form of the canonical one.
    forced: dict[str, str] = {}
    for canonical, others in overrides.merges.items():
        for other in (canonical, *others):
            forced[normalise_name(other)] = normalise_name(canonical)
    forms = [f | {forced[x] for x in f if x in forced} for f in forms]
    split_pairs = {frozenset((normalise_name(a), normalise_name(b))) for a, b in overrides.splits}

    # A form is ambiguous when two different names claim it as an alias:
    # "Warner" for Warner Music Group and for Warner Bros. Discovery. It then links nothing.
    names = [normalise_name(e.name) for _, e in mentions]
    claimants: dict[str, set[str]] = defaultdict(set)
    for name, fs in zip(names, forms):
        for f in fs - {name}:
            claimants[f].add(name)
    ambiguous = {f for f, owners in claimants.items() if f not in forced and _distinct_names(owners)}

    uf = _UnionFind(len(mentions))
    first_with: dict[str, dict[str, int]] = defaultdict(dict)  # form -> kind group -> first mention
    for i, fs in enumerate(forms):
        for f in sorted(fs - ambiguous):
            for group, j in list(first_with[f].items()):
                if _compatible(groups[i], group) and not _split(forms[i], forms[j], split_pairs):
                    uf.union(i, j)
            first_with[f].setdefault(groups[i], i)

    # A surname alone ("Grainge") joins the one person whose full name ends with it.
    person_full: dict[str, set[int]] = defaultdict(set)
    for i, name in enumerate(names):
        if groups[i] == "person" and " " in name:
            person_full[name.rsplit(" ", 1)[1]].add(uf.find(i))
    for i, name in enumerate(names):
        if groups[i] == "person" and " " not in name and len(person_full.get(name, ())) == 1:
            uf.union(i, next(iter(person_full[name])))

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        clusters[uf.find(i)].append(i)

    entities: dict[str, ResolvedEntity] = {}
    key_of: dict[tuple[str, str], str] = {}  # (article id, mention name) -> entity key
    for members in sorted(clusters.values(), key=lambda m: min(m)):
        canonical = _pick_canonical([mentions[i][1].name for i in members], forced)
        key = _unique_key(slugify(canonical), entities)
        entity = ResolvedEntity(key=key, name=canonical)
        for i in members:
            extraction, mention = mentions[i]
            entity.types |= mention.types
            entity.aliases |= {mention.name, *mention.aliases}
            entity.articles.add(extraction.article.id)
            key_of[(extraction.article.id, mention.name)] = key
        entity.aliases = {a for a in entity.aliases if a.strip() and a != canonical}
        entities[key] = entity

    facts = _merge_facts(extractions, key_of)
    _add_implied_types(facts, entities)
    return Resolved(
        articles=[x.article for x in extractions], entities=entities, facts=facts,
        article_topics={x.article.id: sorted(set(x.topics)) for x in extractions if x.topics},
    )


def _distinct_names(names: set[str]) -> bool:
    """More than one name, and not merely a longer form of the same name."""
    ordered = sorted(names, key=len)
    return any(not longer.startswith(shorter) for i, shorter in enumerate(ordered) for longer in ordered[i + 1:])


#: What a binary fact says about the types of its ends (as rdfs:domain/range would):
#: role -> (types that already satisfy it, type to add otherwise).
_IMPLIED = {
    "worksFor": (({"Person", "Artist"}, "Person"),
                 ({"Organization", "RecordLabel", "Company", "Court", "TradeBody", "MediaOutlet", "Regulator"},
                  "Company")),
    "signedTo": (({"Artist"}, "Artist"), ({"RecordLabel"}, "RecordLabel")),
    "performedBy": (({"Work"}, "Work"), ({"Artist"}, "Artist")),
    "operates": ((None, None), ({"Platform"}, "Platform")),
    "subsidiaryOf": ((None, None), (None, None)),
    "withdrewCatalogFrom": (({"RecordLabel"}, "RecordLabel"), ({"Platform"}, "Platform")),
}


def _add_implied_types(facts: list[Fact], entities: dict[str, ResolvedEntity]) -> None:
    """Give the ends of binary facts the type the fact implies when they have none that fits.

    "Delta Entertainment pulled its catalogue from X" makes Delta a record label
    even where the name alone suggested a company.
    """
    for fact in facts:
        implied = _IMPLIED.get(fact.kind)
        if implied is None:
            continue
        for role, (fits, add) in zip(("subject", "object"), implied):
            if add is None:
                continue
            entity = entities[fact.roles[role][0]]
            if not entity.types & fits:
                entity.types.add(add)


def _split(forms_a: set[str], forms_b: set[str], split_pairs: set[frozenset[str]]) -> bool:
    return any(frozenset((a, b)) in split_pairs for a in forms_a for b in forms_b)


def _pick_canonical(names: list[str], forced: dict[str, str]) -> str:
    """The name a cluster is known by: a user's choice, else the most used full name."""
    for name in names:
        target = forced.get(normalise_name(name))
        if target is not None:
            for candidate in names:
                if normalise_name(candidate) == target:
                    return _canonical(candidate)
    counts = Counter(_canonical(n) for n in names)
    return max(counts, key=lambda n: (counts[n], len(n.split()), len(n), n))


def _unique_key(slug: str, taken: dict[str, ResolvedEntity]) -> str:
    key, n = slug, 2
    while key in taken:
        key, n = f"{slug}-{n}", n + 1
    return key


def fact_identity(fact: Fact) -> tuple:
    """What makes two reports the same fact: its kind and who plays which role."""
    if fact.kind in NARY_KINDS:
        if fact.kind in ("partnership", "licensing", "settlement"):
            return (fact.kind, frozenset(fact.roles.get("party", ())))
        return (fact.kind, *(frozenset(fact.roles.get(r, ())) for r in NARY_KINDS[fact.kind]))
    return (fact.kind, fact.roles["subject"][0], fact.roles["object"][0])


def _merge_facts(extractions: list[Extraction], key_of: dict[tuple[str, str], str]) -> list[Fact]:
    merged: dict[tuple, Fact] = {}
    for extraction in extractions:
        aid = extraction.article.id
        for fact in extraction.facts:
            roles: dict[str, tuple[str, ...]] = {}
            for role, names in fact.roles.items():
                keys = sorted({key_of[(aid, n)] for n in names if (aid, n) in key_of})
                roles[role] = tuple(keys)
            if not _well_formed(fact.kind, roles):
                continue
            resolved = Fact(
                kind=fact.kind, roles=roles, evidence=list(fact.evidence), date=fact.date, status=fact.status,
                allegations=tuple(fact.allegations), title=fact.title, topics=tuple(fact.topics),
                confidence=fact.confidence,
            )
            ident = fact_identity(resolved)
            if ident in merged:
                _absorb(merged[ident], resolved)
            else:
                merged[ident] = resolved
    for fact in merged.values():
        fact.evidence = sorted(set(fact.evidence), key=lambda e: (e.article_id, e.start, e.end))
        fact.allegations = tuple(sorted(set(fact.allegations)))
        fact.topics = tuple(sorted(set(fact.topics)))
    return sorted(merged.values(), key=lambda f: repr(fact_identity(f)))


def _well_formed(kind: str, roles: dict[str, tuple[str, ...]]) -> bool:
    if kind in ("partnership", "licensing", "settlement"):
        return len(roles.get("party", ())) >= 2
    if kind in NARY_KINDS:
        a, b = (set(roles.get(r, ())) for r in NARY_KINDS[kind])
        return bool(a) and bool(b) and not (a & b)
    s, o = roles.get("subject", ()), roles.get("object", ())
    return len(s) == 1 and len(o) == 1 and s != o


def _absorb(into: Fact, other: Fact) -> None:
    """Merge a second report of the same fact: keep every piece of evidence."""
    into.evidence.extend(other.evidence)
    into.allegations = (*into.allegations, *other.allegations)
    into.topics = (*into.topics, *other.topics)
    dates = [d for d in (into.date, other.date) if d]
    # The most precise date wins; among equally precise ones, the earliest.
    into.date = min(dates, key=lambda d: (-len(d), d)) if dates else None
    statuses = [s for s in (into.status, other.status) if s in _STATUS_RANK]
    into.status = max(statuses, key=_STATUS_RANK.__getitem__) if statuses else into.status or other.status
    # a rule's reading anywhere makes the fact a rule fact; else the most confident learned reading
    into.confidence = None if None in (into.confidence, other.confidence) else max(into.confidence, other.confidence)
    titles = [t for t in (into.title, other.title) if t]
    into.title = max(titles, key=lambda t: (len(t), t)) if titles else None
