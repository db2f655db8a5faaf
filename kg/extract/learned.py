"""A learned layer: a linear classifier for pairs of entities the rules left unrelated.

The pattern tables, the fallback and the performer layer read phrasings someone wrote
down. This last layer reads what they did not: for every pair of entities named in one
sentence that no rule related, a multinomial logistic regression over the masked
sentence ("@3@ , whose roster includes @7@ , ...") and the roles the rules gave the two in
that sentence (:func:`pair_features`) gives the probability of each relation and direction
("signedTo>" means the first-named entity is the subject, "signedTo<" the second). The most
probable relation is added when it is not "none" and its probability reaches its kind's
threshold, when no negation, hedge, report or former-role word (the fallback's guard list)
stands between the two names or just before the first (:func:`hedged`); a few structural
checks keep it from repeating what the rules said in another form (a unit has one direct
parent, a person's employer is not replaced by the employer's parent). A second model gives
works the rules left without a performer an act named elsewhere in the article
(:func:`learned_performers`).

The model is data: ``kg/data/relation_model.json``, trained by :mod:`kg.learn` (``kg
train-relations``) from annotated articles. Inference is a sparse dot product in pure
Python, deterministic and offline; scikit-learn is needed only to train.

Examples
--------
>>> m = RelationModel(classes=("none", "signedTo>"), bias=(0.0, -1.0),
...                   weights={"b:signed": ((1, 3.0),)}, threshold=0.6)
>>> [round(p, 2) for p in m.probabilities(["b:signed", "b:to"])]
[0.12, 0.88]
>>> m.best(["b:signed"])
('signedTo>', 0.8807970779778823)
"""
from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.extract.fallback import PH, guarded
from kg.extract.mentions import ORG_TYPES, PERSON_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.facts import FactFinder

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_model.json"
MODEL_FORMAT = "mbkg-relation-model/1"

#: Fact kinds whose roles are a set of parties (no direction).
PARTY_KINDS = frozenset({"licensing", "partnership", "settlement"})
#: The two roles of each directed kind, first the one the ">" label gives the first-named entity.
ROLE_NAMES = {"dispute": ("claimant", "respondent"), "acquisition": ("acquirer", "acquiree")}
#: Every label a model may predict besides "none".
LABELS = tuple(
    [f"{k}{d}" for k in ("dispute", "acquisition", "subsidiaryOf", "signedTo", "worksFor", "performedBy",
                         "operates", "withdrewCatalogFrom") for d in (">", "<")]
    + sorted(PARTY_KINDS)
)
#: The fact kinds of those labels.
KINDS = frozenset(lab.rstrip("<>") for lab in LABELS)

_TOKEN = re.compile(r"@\d+@|[a-z][a-z'-]*|\d+|[,;:()\"]")


@dataclass(frozen=True)
class RelationModel:
    """A multinomial logistic regression over string features, stored sparsely.

    Parameters
    ----------
    classes : tuple of str
        ``"none"`` and the labels of :data:`LABELS` the training data had.
    bias : tuple of float
        One intercept per class.
    weights : dict
        Feature -> ``((class index, weight), ...)``; features not listed weigh nothing.
    threshold : float
        The probability a relation needs to be added.
    thresholds : dict
        Fact kind -> its own threshold, where it differs; above 1 turns a kind off (the model's
        readings of it were wrong more often than right in cross-validation).
    meta : dict
        What it was trained on and how (informational).
    performer : RelationModel, optional
        The model that gives works without a performer an act named elsewhere in the article
        (:func:`learned_performers`): classes ``"none"`` and ``"performedBy>"``.
    """

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    threshold: float = 0.6
    thresholds: dict[str, float] = field(default_factory=dict)
    meta: dict = field(default_factory=dict, compare=False)
    performer: RelationModel | None = None

    def threshold_for(self, kind: str) -> float:
        """The probability a fact of ``kind`` needs."""
        return self.thresholds.get(kind, self.threshold)

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """The probability of each class (softmax of the linear scores)."""
        scores = list(self.bias)
        for f in set(features):
            for c, w in self.weights.get(f, ()):
                scores[c] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def probability(self, features: Iterable[str], label: str) -> float:
        """The probability of ``label`` (0 when the model has no such class)."""
        return self.probabilities(features)[self.classes.index(label)] if label in self.classes else 0.0

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(features)
        k = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[k], probs[k]

    def to_json(self) -> dict:
        data = {"format": MODEL_FORMAT, "classes": list(self.classes), "bias": list(self.bias),
                "threshold": self.threshold, "thresholds": dict(sorted(self.thresholds.items())), "meta": self.meta,
                "weights": {f: [[c, w] for c, w in ws] for f, ws in sorted(self.weights.items())}}
        if self.performer is not None:
            data["performer"] = self.performer.to_json()
        return data


def parse_model(data: dict, path: str | Path = "relation model") -> RelationModel:
    """A :class:`RelationModel` from its JSON form; :class:`InputError` naming ``path`` when malformed."""
    try:
        if data.get("format") != MODEL_FORMAT:
            raise InputError(f"not a relation model (format {data.get('format')!r}, want {MODEL_FORMAT!r})", path=path)
        classes = tuple(str(c) for c in data["classes"])
        unknown = set(classes) - {"none", *LABELS}
        if unknown:
            raise InputError(f"relation model has unknown labels: {', '.join(sorted(unknown))}", path=path)
        bias = tuple(float(b) for b in data["bias"])
        if len(bias) != len(classes):
            raise InputError(f"relation model has {len(bias)} intercepts for {len(classes)} classes", path=path)
        weights = {str(f): tuple((int(c), float(w)) for c, w in ws) for f, ws in data["weights"].items()}
        if any(not 0 <= c < len(classes) for ws in weights.values() for c, _ in ws):
            raise InputError("relation model has a weight for a class it does not list", path=path)
        thresholds = {str(k): float(v) for k, v in data.get("thresholds", {}).items()}
        if set(thresholds) - KINDS:
            raise InputError(f"relation model has thresholds for unknown kinds: {', '.join(sorted(set(thresholds) - KINDS))}",
                             path=path)
        threshold = float(data.get("threshold", 0.6))
        if not all(t > 0 for t in (threshold, *thresholds.values())):
            raise InputError("relation model thresholds must be above 0", path=path)
        performer = parse_model(data["performer"], path) if data.get("performer") is not None else None
        if performer is not None and set(performer.classes) != {"none", "performedBy>"}:
            raise InputError("relation model's performer part must have the classes none and performedBy>", path=path)
        return RelationModel(classes, bias, weights, threshold, thresholds, dict(data.get("meta", {})), performer)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"relation model is malformed: {exc}", path=path) from None


def load_model(path: str | None = None) -> RelationModel | None:
    """The model at ``path``, else at ``$KG_RELATION_MODEL``, else the shipped one; None if the shipped one is absent.

    ``KG_RELATION_MODEL=none`` turns the learned layer off (the rules alone). Files are read once (cached by path).
    """
    path = path or os.environ.get("KG_RELATION_MODEL") or None
    if path and path.lower() == "none":
        return None
    if path is None and not MODEL_PATH.exists():
        return None  # a checkout without a trained model still extracts, by the rules alone
    p = Path(path or MODEL_PATH)
    if not p.is_file():
        raise InputError("relation model not found", path=p)
    return _read_model(str(p), p.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _read_model(path: str, mtime_ns: int) -> RelationModel:
    # Keyed by modification time (as kg.validate reads the ontology) so that a retrained file is read again.
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read relation model: {exc}", path=path) from None
    return parse_model(data, path)


# --- candidates and features ----------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Two entities named in one masked sentence, in the order they are first named there (at ``spans``)."""

    sentence: int
    first: int
    second: int
    features: tuple[str, ...]
    spans: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))


def _tokens(text: str) -> list[str]:
    return ["ENT" if t.startswith("@") else t for t in _TOKEN.findall(text.lower())]


_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude suffix stem, so that inflections the training data did not have share their weights.

    Examples
    --------
    >>> [stem(w) for w in ("signed", "signs", "signing", "sign", "acquires", "acquired", "acquire", "boss")]
    ['sign', 'sign', 'sign', 'sign', 'acquir', 'acquir', 'acquir', 'boss']
    """
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3 and not word.endswith("ss"):
            word = word[:-len(suf)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _type_features(ff: FactFinder, e: int, side: str) -> list[str]:
    types = sorted(ff.types(e))
    if types:
        return [f"{side}t:{t}" for t in types]
    return [f"{side}t:none" + (":person-shaped" if ff.mf.drafts[e].person_shaped else "")]


#: What may stand between two names of one list ("A, B and C").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:the\s+)?", re.I)


@dataclass(frozen=True)
class SentenceNames:
    """The names of one masked sentence, for the features that look past the pair.

    ``names``: (placeholder span, entity ids) in reading order; ``roles``: entity -> (fact number, "KIND:ROLE")
    for the roles the rules gave it in facts stated in this sentence; ``listed``: entity -> the entities it is listed with
    ("A, B and C").
    """

    names: tuple[tuple[tuple[int, int], tuple[int, ...]], ...] = ()
    roles: dict[int, frozenset[tuple[int, str]]] = field(default_factory=dict)
    listed: dict[int, frozenset[int]] = field(default_factory=dict)


def _named(ff: FactFinder, si: int) -> tuple[tuple[tuple[int, int], tuple[int, ...]], ...]:
    """The placeholders of masked sentence ``si`` in reading order: (span, entity ids)."""
    return tuple((m.span(), ff.mf.entity_ids(ff.mf.mentions[int(m.group(1))])) for m in PH.finditer(ff.masked[si]))


def sentence_names(ff: FactFinder, si: int, facts: Iterable | None = None,
                   names: tuple[tuple[tuple[int, int], tuple[int, ...]], ...] | None = None) -> SentenceNames:
    """The :class:`SentenceNames` of sentence ``si``; ``facts`` are the rule facts (default ``ff.facts``), ``names``
    the sentence's placeholders when the caller has them already (:func:`_named`)."""
    ms = ff.masked[si]
    names = _named(ff, si) if names is None else names
    roles: dict[int, set[tuple[int, str]]] = {}
    for k, f in enumerate(ff.facts.values() if facts is None else facts):
        if si in f.sents:
            for r, v in f.roles.items():
                for e in v:
                    roles.setdefault(e, set()).add((k, f"{f.kind}:{r}"))
    listed: dict[int, set[int]] = {}
    for (s1, e1), (s2, e2) in zip(names, names[1:]):
        if _LIST_GAP.fullmatch(ms[s1[1]:s2[0]]):
            for x in e1:
                for y in e2:
                    if x != y:
                        listed.setdefault(x, set()).add(y)
                        listed.setdefault(y, set()).add(x)
    return SentenceNames(names, {e: frozenset(v) for e, v in roles.items()},
                         {e: frozenset(v) for e, v in listed.items()})


def pair_features(ff: FactFinder, ms: str, a: int, a_span: tuple[int, int], b: int, b_span: tuple[int, int],
                  names: SentenceNames | None = None) -> list[str]:
    """The features of entities ``a`` and ``b`` named at ``a_span`` and ``b_span`` (a first) in masked ``ms``.

    Their types and type pair, the words between them (single, stemmed, pairs, the first and last, and the whole
    gap when short), three words either side (also stemmed), the gap's length, commas and other names (their
    types, whether one has a type of ``a`` or ``b``: a closer candidate; whether the gap is a list "A, B and C"),
    the type pair with the first and last gap word, the sentence's words, and, from ``names``, the roles the
    rules gave ``a`` and ``b`` (or the names listed with them) in facts of this sentence.
    """
    between = _tokens(ms[a_span[1]:b_span[0]])
    before = _tokens(ms[:a_span[0]])[-3:]
    after = _tokens(ms[b_span[1]:])[:3]
    ta, tb = _type_features(ff, a, "a"), _type_features(ff, b, "b")
    pairs = [f"{x}|{y}" for x in ta for y in tb]
    out = ta + tb + pairs
    n = len(between)
    out.append(f"len:{n if n < 10 else (15 if n < 20 else 30)}")
    out.append(f"nent:{min(between.count('ENT'), 3)}")
    # dict.fromkeys: each word once, in reading order (a set's order changes from run to run)
    out += [f"b:{w}" for w in dict.fromkeys(between)]
    out += [f"sb:{w}" for w in dict.fromkeys(stem(w) for w in between if w != "ENT")]
    out += [f"bb:{x}_{y}" for x, y in dict.fromkeys(zip(between, between[1:]))]
    if n <= 5:
        out.append("bx:" + "_".join(between))
    out += [f"pre{k}:{w}" for k, w in enumerate(reversed(before))]
    out += [f"post{k}:{w}" for k, w in enumerate(after)]
    out += [f"sx:{stem(w)}" for w in dict.fromkeys(before + after) if w != "ENT"]
    if between:
        out += [f"bf:{between[0]}", f"bl:{between[-1]}"]
        out += [f"tpf:{tp}|{between[0]}" for tp in pairs] + [f"tpl:{tp}|{between[-1]}" for tp in pairs]
    out.append(f"nc:{min(between.count(','), 3)}")
    if names is not None:
        out += _name_features(ff, names, a, a_span, b, b_span)
    out += [f"s:{w}" for w in dict.fromkeys(_tokens(ms))]
    return out


def _name_features(ff: FactFinder, names: SentenceNames, a: int, a_span: tuple[int, int], b: int,
                   b_span: tuple[int, int]) -> list[str]:
    out: list[str] = []
    gap = [es for span, es in names.names if a_span[1] <= span[0] and span[1] <= b_span[0]]
    types_a, types_b = ff.types(a), ff.types(b)
    gap_types: dict[str, None] = {}
    for es in gap:
        for e in es:
            if e in (a, b):
                continue
            t = ff.types(e)
            gap_types.update(dict.fromkeys(sorted(t) or ["none"]))
            if t & types_a:
                out.append("closer:a")
            if t & types_b:
                out.append("closer:b")
    out += [f"gt:{t}" for t in gap_types]
    chain = [(a,), *gap, (b,)]  # "A, B and C": each name listed with the next, from a to b
    if all(any(y in names.listed.get(x, ()) for x in xs for y in ys) for xs, ys in zip(chain, chain[1:])):
        out.append("list")
    roles_a, roles_b = names.roles.get(a, frozenset()), names.roles.get(b, frozenset())
    # a fact holding both is the answer, not evidence: training rows of related pairs would learn from it what
    # the layer never sees (it reads only pairs no rule related)
    shared = {k for k, _ in roles_a} & {k for k, _ in roles_b}
    for side, e, other, mine in (("a", a, b, roles_a), ("b", b, a, roles_b)):
        own = {kr for k, kr in mine if k not in shared}
        out += [f"r{side}:{kr}" for kr in sorted(own)]
        # co-party: a name listed with this one ("B and C") holds a role this one lacks (C, co-respondent of B)
        co = {kr for x in names.listed.get(e, ()) if x != other for _, kr in names.roles.get(x, ())}
        out += [f"co{side}:{kr}" for kr in sorted(co - {kr for _, kr in mine})]
    return list(dict.fromkeys(out))


def candidate_pairs(ff: FactFinder, keep: Callable[[Pair], bool] | None = None) -> Iterator[Pair]:
    """Every pair of distinct entities named in one sentence of ``ff.masked``, with its features.

    ``keep(pair)``, when given, leaves out the pairs it refuses (it sees a pair without features) before their
    features are made.
    The rule facts the features read are those of ``ff.facts`` when the first pair is asked for (so facts added
    while the pairs are read do not change the features of the next: training saw the rules' facts only).
    """
    facts = list(ff.facts.values())
    for si, ms in enumerate(ff.masked):
        named = _named(ff, si)
        first: list[tuple[int, tuple[int, int]]] = []
        seen: set[int] = set()
        for span, ents in named:
            for e in ents:
                if e not in seen:
                    seen.add(e)
                    first.append((e, span))
        names: SentenceNames | None = None
        for i, (a, sa) in enumerate(first):
            for b, sb in first[i + 1:]:
                if sa == sb:
                    continue  # one plural mention ("the two companies") names both: no words relate them
                if keep is not None and not keep(Pair(si, a, b, (), (sa, sb))):
                    continue
                if names is None:  # made once per sentence, and only for sentences with a pair to read
                    names = sentence_names(ff, si, facts, named)
                yield Pair(si, a, b, tuple(pair_features(ff, ms, a, sa, b, sb, names)), (sa, sb))


def roles_for(label: str, first: int, second: int) -> tuple[str, dict[str, tuple[int, ...]]]:
    """The fact kind and roles a label gives the pair.

    Examples
    --------
    >>> roles_for("signedTo<", 4, 9)
    ('signedTo', {'subject': (9,), 'object': (4,)})
    >>> roles_for("licensing", 4, 9)
    ('licensing', {'party': (4, 9)})
    """
    kind = label.rstrip("<>")
    if kind in PARTY_KINDS:
        return kind, {"party": (first, second)}
    s, o = (second, first) if label.endswith("<") else (first, second)
    r1, r2 = ROLE_NAMES.get(kind, ("subject", "object"))
    return kind, {r1: (s,), r2: (o,)}


# --- the layer -----------------------------------------------------------------------------------


def related_pairs(ff: FactFinder) -> set[tuple[int, int]]:
    """Ordered pairs of entities that share a fact already: the layer leaves them alone."""
    related: set[tuple[int, int]] = set()
    for f in ff.facts.values():
        ents = [e for v in f.roles.values() for e in v]
        related.update((x, y) for x in ents for y in ents if x != y)
    return related


def hedged(ff: FactFinder, pair: Pair) -> bool:
    """Whether a negation, hedge, report or former-role word stands between the pair's names or just before the
    first (the rules' guard, :func:`kg.extract.fallback.guarded`): the model does not read those reliably.

    Only that stretch counts, not the whole sentence: "X, which is majority-owned by Y, said it would appeal"
    states that Y owns X. Read over the 58 training sets, the stretch rather than the sentence gave 50 more right
    facts and 57 more wrong ones (47 % right, above the 40 % the thresholds ask).
    """
    (start, _), (_, end) = pair.spans
    return guarded(ff.masked[pair.sentence], start, end)


def _fits(ff: FactFinder, kind: str, roles: dict[str, tuple[int, ...]]) -> bool:
    """Type and structure checks a learned fact must pass."""
    def person(e: int) -> bool:
        t = ff.types(e)
        return bool(t & PERSON_TYPES) and not t & ORG_TYPES

    if kind == "worksFor":
        (p,), (o,) = roles["subject"], roles["object"]
        if not person(p) and not ff.mf.drafts[p].person_shaped or person(o):
            return False
        # a person the rules already place at an employer: the parent of that employer is not news
        return not any(f.kind == "worksFor" and f.roles["subject"] == (p,) for f in ff.facts.values())
    if kind == "subsidiaryOf":
        (s,), (o,) = roles["subject"], roles["object"]
        if person(s) or person(o):
            return False
        return not any(f.kind == "subsidiaryOf" and f.roles["subject"] == (s,) for f in ff.facts.values())
    if kind in ("signedTo", "performedBy"):
        s, o = roles["subject"][0], roles["object"][0]
        return not person(o) if kind == "signedTo" else not person(s)
    return True


def learned_facts(ff: FactFinder, model: RelationModel | None = None) -> int:
    """Add the facts the model finds between entities that no rule related; the number added.

    ``model`` defaults to the shipped one; without a model nothing is added.
    """
    model = model or load_model()
    if model is None:
        return 0
    before = len(ff.facts)
    related = related_pairs(ff)
    # `related` grows as facts are added, so a pair read in one sentence is not read again in the next
    for pair in candidate_pairs(ff, lambda p: (p.first, p.second) not in related and not hedged(ff, p)):
        label, p = model.best(pair.features)
        if label == "none":
            continue
        kind, roles = roles_for(label, pair.first, pair.second)
        if p < model.threshold_for(kind):
            continue
        if not _fits(ff, kind, roles):
            continue
        known = len(ff.facts)
        fact = ff.add(kind, roles, pair.sentence)
        if fact is not None:
            if len(ff.facts) > known:  # a new fact, not one a rule had filed under the same key
                fact.confidence = round(p, 3)
            related.update({(pair.first, pair.second), (pair.second, pair.first)})
    learned_performers(ff, model.performer)
    return len(ff.facts) - before


# --- works without a performer --------------------------------------------------------------------
#
# Profiles and release stories name an act once and its records many sentences later ("Then came "Someone You
# Loved"."), so the pair reader, which reads one sentence, cannot give those works their performer. A second
# model reads the article around a work instead: for each act, how far back it was last named, how often, whether
# it heads the story or already has records, and the words before the title ("her second single").

#: Words before a title that point back to an act named earlier ("her album", "the band's single").
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its)\b|'s\s+(?:[\w-]+\s+){0,3}$")


@dataclass(frozen=True)
class PerformerCandidate:
    """An act that may perform a work the rules left without a performer, with the features the model reads."""

    work: int
    act: int
    sentence: int  # the work's first sentence
    act_sentence: int | None  # the act's sentence nearest before it (or at it), if any
    features: tuple[str, ...]


def _distance_bucket(d: int | None) -> str:
    if d is None:
        return "none"
    if -2 <= d <= 2:
        return str(d)
    return ("-3" if d >= -5 else "-6") if d < 0 else "+3"


def _act_like(ff: FactFinder, e: int) -> bool:
    t = ff.types(e)
    if "Artist" in t:
        return True
    return not t & ORG_TYPES and "Work" not in t and ("Person" in t or (not t and ff.mf.drafts[e].person_shaped))


def performer_candidates(ff: FactFinder) -> Iterator[PerformerCandidate]:
    """Every (work, act) pair of the article for the works no fact of ``ff.facts`` gives a performer.

    Works are the entities typed Work; acts those typed Artist, or people and person-shaped names that are no
    business. The features: the act's types; the signed sentence distance from the work's first sentence to the
    act's nearest mention before it (or at it) and after it; the act's rank among the acts by the sentences naming
    it, how many sentences name it, how many acts the article has; whether it is the only one, the nearest before
    the work, in the headline, the performer of other works or signed to a label; the three words before the
    title and whether a possessive ("her", "the band's") stands there.
    """
    performed = {f.roles["subject"][0] for f in ff.facts.values() if f.kind == "performedBy"}
    sents: dict[int, set[int]] = {}
    first: dict[int, tuple[int, int]] = {}  # entity -> (start, sentence) of its first mention by name
    for m in ff.mf.mentions:
        for e in ff.mf.entity_ids(m):
            sents.setdefault(e, set()).add(m.sent)
            if m.kind in ("name", "work") and (e not in first or m.start < first[e][0]):
                first[e] = (m.start, m.sent)
    works = sorted(e for e in sents if e in first and "Work" in ff.types(e) and e not in performed)
    acts = sorted(e for e in sents if _act_like(ff, e))
    if not works or not acts:
        return
    count = {a: len(sents[a]) for a in acts}
    rank = {a: i for i, a in enumerate(sorted(acts, key=lambda a: (-count[a], a)))}
    with_works = {f.roles["object"][0] for f in ff.facts.values() if f.kind == "performedBy"}
    signed = {f.roles["subject"][0] for f in ff.facts.values() if f.kind == "signedTo"}
    for w in works:
        start, ws = first[w]
        before_text = ff.article.text[ff.sentences[ws].start:start]
        before = _tokens(before_text)[-3:]
        last = {a: max((s for s in sents[a] if s <= ws), default=None) for a in acts}
        nearest = max((a for a in acts if last[a] is not None), key=lambda a: (last[a], -rank[a]), default=None)
        for a in acts:
            if a == w:
                continue
            back = None if last[a] is None else last[a] - ws
            ahead = min((s - ws for s in sents[a] if s > ws), default=None)
            f = [f"pt:{t}" for t in sorted(ff.types(a))] or ["pt:none"]
            f += [f"pdb:{_distance_bucket(back)}", f"pda:{_distance_bucket(ahead)}", f"prank:{min(rank[a], 3)}",
                  f"pacts:{min(len(acts), 4)}", f"pcnt:{min(count[a], 5)}"]
            f += [f"ppre:{x}" for x in before] + [f"pspre:{stem(x)}" for x in before if x != "ENT"]
            flags = {"only": len(acts) == 1, "nearest": a == nearest, "headline": 0 in sents[a],
                     "hasworks": a in with_works, "signed": a in signed, "samesent": back == 0,
                     "poss": bool(_POSSESSIVE_BEFORE.search(before_text[-40:])),
                     "top-nearest": rank[a] == 0 and a == nearest, "top-samesent": rank[a] == 0 and back == 0}
            f += [f"p:{k}" for k, v in flags.items() if v]
            yield PerformerCandidate(w, a, ws, last[a], tuple(f))


def learned_performers(ff: FactFinder, model: RelationModel | None) -> int:
    """Give works without a performer the act ``model`` (a model's ``performer`` part) rates most probable, when
    that probability reaches its threshold; the number of facts added."""
    if model is None:
        return 0
    best: dict[int, tuple[float, PerformerCandidate]] = {}
    for cand in performer_candidates(ff):
        p = model.probability(cand.features, "performedBy>")
        if cand.work not in best or p > best[cand.work][0]:
            best[cand.work] = (p, cand)
    added = 0
    for w, (p, cand) in sorted(best.items()):
        if p < model.threshold_for("performedBy"):
            continue
        fact = ff.add("performedBy", {"subject": (w,), "object": (cand.act,)}, cand.sentence)
        if fact is not None:
            fact.confidence = round(p, 3)
            if cand.act_sentence is not None and cand.act_sentence not in fact.sents:
                fact.sents.append(cand.act_sentence)  # the evidence names the act too
            added += 1
    return added
