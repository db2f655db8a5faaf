"""The extractor's data: the gazetteer of known names and the word lists.

Both live as JSON in ``kg/data/`` so they can be extended without touching code
(see docs/extractor.md). They are read once and cached.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_PATH = DATA_DIR / "gazetteer.json"
LEXICON_PATH = DATA_DIR / "lexicon.json"

#: Entity types the gazetteer may use (contract classes plus Organization subtypes).
KNOWN_TYPES = frozenset(
    {"RecordLabel", "Company", "Platform", "Person", "Artist", "Work", "Organization",
     "Court", "TradeBody", "MediaOutlet", "Regulator"}
)


@dataclass(frozen=True)
class KnownEntity:
    """One gazetteer entry."""

    name: str
    types: frozenset[str]
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()  # count only when a full form is in the same article
    context_only: bool = False  # the name is also a common word: needs a typing context
    description: str | None = None


@dataclass
class Gazetteer:
    """Known entities, indexed by the token sequence of each of their forms."""

    entities: list[KnownEntity]
    #: first token -> [(tokens, entity index, is_weak)], longest first
    index: dict[str, list[tuple[tuple[str, ...], int, bool]]] = field(default_factory=dict)

    def lookup(self, form: str) -> KnownEntity | None:
        """The known entity with this exact form (name or alias), if any.

        Examples
        --------
        >>> load_gazetteer().lookup("UMG").name
        'Universal Music Group'
        """
        toks = tuple(tokenize_name(form))
        for cand, idx, _weak in self.index.get(toks[0] if toks else "", ()):
            if cand == toks:
                return self.entities[idx]
        return None


def tokenize_name(name: str) -> list[str]:
    """The tokens of a name as the mention finder sees them.

    Examples
    --------
    >>> tokenize_name("Warner Bros. Records")
    ['Warner', 'Bros.', 'Records']
    """
    return [t for t, _, _ in tokens(name)]


_DOT_WORDS = frozenset("inc corp ltd co bros jr sr st mr mrs ms dr plc llc no vs".split())


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` as ``(token, start, end)``, offsets shifted by ``offset``.

    A full stop stays on a token only for abbreviations and initials ("Inc.", "U.S.", "J.").
    """
    out = []
    for m in TOKEN_RE.finditer(text):
        t, a, b = m.group(0), m.start(), m.end()
        if t.endswith(".") and len(t) > 1:
            core = t[:-1]
            if not (core.lower() in _DOT_WORDS or len(core) == 1 or "." in core):
                t, b = core, b - 1
        out.append((t, a + offset, b + offset))
    return out


# A word: letters/digits with inner dots, ampersands, apostrophes and hyphens
# before capitals/digits ("U.S.", "A&M", "O'Brien", "Jay-Z"), or short lower syllables after a short
# capitalised one ("Hee-jin", "Ju-young", also after a four- or five-letter syllable in -ng or vowel + n:
# "Sung-su", "Young-jun", "Hyun-suk": romanised Korean given names); a slash between capitals
# before an acronym ("Sony/ATV", "AC/DC"; not "A/B", "and/or", a photo credit "Name/Getty" or "/AFP"); or a lone symbol.
TOKEN_RE = re.compile(
    r"[^\W_](?:[\w&+]|\.(?=[^\W_])|['’](?=[^\Ws_])|-(?=[A-Z0-9])|(?<=[A-Za-z0-9])/(?!(?:AFP|AP|EPA|PA|UPI|ANP|SIPA|WENN)\b)(?=[A-Z0-9]{2,}\b)"
    r"|(?:(?<=[A-Z][a-z])|(?<=[A-Z][a-z]{2})|(?<=[A-Z][a-z]ng)|(?<=[A-Z][a-z]{2}ng)|(?<=[A-Z][a-z][aeiou]n))-(?!(?:owned|run|led|born|era|wide|like|made|free|old|up|off|out|year|day|fed|long|only|time|fold|"
    r"size|one|two|fan|man|men|pop|rap|hop|way|page|term|tier|week)\b)(?=[a-z]{2,4}\b|[a-z]{3}ng\b))*\.?|[&+]"
)


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("data file missing", path=path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})", path=path) from None


def parse_gazetteer(data: dict, path: str | Path = "gazetteer") -> Gazetteer:
    """Build a :class:`Gazetteer` from its JSON form, checking every entry.

    Raises
    ------
    InputError
        When an entry has no name or an unknown type.
    """
    entities: list[KnownEntity] = []
    for i, raw in enumerate(data.get("entities", [])):
        name = raw.get("name") if isinstance(raw, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"entry {i} has no name", path=path)
        types = frozenset(raw.get("types") or ())
        bad = types - KNOWN_TYPES
        if bad or not types:
            raise InputError(f"entry {name!r} has unknown or no types: {sorted(bad) or '[]'}", path=path)
        entities.append(KnownEntity(
            name=name, types=types, aliases=tuple(raw.get("aliases", ())),
            weak_aliases=tuple(raw.get("weak_aliases", ())), context_only=bool(raw.get("context_only")),
            description=raw.get("description"),
        ))
    gaz = Gazetteer(entities)
    seen: set[tuple[str, ...]] = set()
    for idx, ent in enumerate(entities):
        forms = [(ent.name, False), *((a, False) for a in ent.aliases), *((a, True) for a in ent.weak_aliases)]
        for form, weak in forms:
            toks = tuple(tokenize_name(form))
            if toks:
                seen.add(toks)
                gaz.index.setdefault(toks[0], []).append((toks, idx, weak))
    for idx, ent in enumerate(entities):
        # brands styled in capitals ("LINE MUSIC" for LINE Music): the capitals form of a name of two or more
        # words is the same name, unless another entry already owns it
        toks = tuple(tokenize_name(ent.name.upper()))
        if len(toks) >= 2 and toks not in seen:
            seen.add(toks)
            gaz.index.setdefault(toks[0], []).append((toks, idx, False))
    for lst in gaz.index.values():
        lst.sort(key=lambda t: -len(t[0]))
    return gaz


@lru_cache(maxsize=None)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer (``kg/data/gazetteer.json`` unless ``path`` is given)."""
    p = Path(path) if path else GAZETTEER_PATH
    return parse_gazetteer(_load_json(p), p)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``kg/data/lexicon.json``, in the shapes the extractor uses."""

    descriptors: dict[str, tuple[str, ...]]
    plural_descriptors: dict[str, tuple[str, ...]]
    title_words: frozenset[str]
    title_heads: tuple[str, ...]
    org_suffixes: dict[str, tuple[str, ...]]
    of_heads: frozenset[str]
    places: frozenset[str]
    stop_words: frozenset[str]
    months: frozenset[str]
    days: frozenset[str]
    demonyms: frozenset[str]
    never_suffixes: frozenset[str]
    honorifics: frozenset[str]
    first_names: frozenset[str]
    topics: dict[str, tuple[str, ...]]
    allegations: dict[str, tuple[str, ...]]
    strategies: dict[str, tuple[str, ...]]
    #: music words that make "<word> group" a band ("post-punk group", "girl group"), not a business group
    band_words: frozenset[str] = frozenset()


def _table(d: dict) -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v) for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The word lists (``kg/data/lexicon.json`` unless ``path`` is given)."""
    p = Path(path) if path else LEXICON_PATH
    d = _load_json(p)
    ne = d.get("non_entities", {})
    try:
        return Lexicon(
            descriptors=_table(d["descriptors"]),
            plural_descriptors=_table(d["plural_descriptors"]),
            title_words=frozenset(w.lower() for w in d["title_words"]),
            title_heads=tuple(sorted({w.lower() for w in d["title_heads"]}, key=len, reverse=True)),
            org_suffixes=_table(d["org_suffixes"]),
            of_heads=frozenset(w.lower() for w in d["of_heads"]),
            places=frozenset(w.lower() for w in ne.get("places", ())),
            stop_words=frozenset(w.lower() for w in ne.get("words", ())),
            months=frozenset(w.lower() for w in ne.get("months", ())),
            days=frozenset(w.lower() for w in ne.get("days", ())),
            demonyms=frozenset(w.lower() for w in ne.get("demonyms", ())),
            never_suffixes=frozenset(w.lower() for w in ne.get("name_suffixes_never", ())),
            honorifics=frozenset(w.lower() for w in d["honorifics"]),
            first_names=frozenset(w.lower() for w in d["first_names"]),
            topics={k: tuple(v) for k, v in d["topics"].items() if not k.startswith("_")},
            allegations={k: tuple(v) for k, v in d["allegations"].items() if not k.startswith("_")},
            strategies={k: tuple(v) for k, v in d["strategies"].items() if not k.startswith("_")},
            band_words=frozenset(w.lower() for w in d.get("band_words", ()) if not w.startswith("_")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"lexicon is missing or malformed: {exc}", path=p) from None
