"""Train the learned relation layer (:mod:`kg.extract.learned`) from annotated articles.

Each annotated article (``NAME.txt`` with gold ``NAME.json``, the format ``kg eval`` reads)
is run through the rules alone; every pair of entities named in one sentence becomes a
training row whose label is the gold relation between the two entities (matched by the
gold names and aliases, as the scorer matches them) or ``"none"``. A multinomial logistic
regression (scikit-learn, a development dependency) is fitted on the rows, and its
weights are stored sparsely as JSON, so that extraction needs neither scikit-learn nor
anything outside the repository.

Labels come from the article's gold, not from the sentence: a pair named in a sentence
that does not state their relation is still labelled with it. The regulariser and the
threshold absorb that noise; the figures are in the README.

Examples
--------
>>> label_for({"signedTo>", "worksFor>"})
'signedTo>'
>>> label_for(set())
'none'
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, MbkgError
from kg.evaluate import gold_aliases, gold_pairs, norm, read_gold
from kg.extract import find_facts
from kg.extract.learned import (KINDS, LABELS, MODEL_PATH, PARTY_KINDS, ROLE_NAMES, RelationModel, candidate_pairs,
                                hedged, performer_candidates, related_pairs)
from kg.fileio import write_atomic
from kg.ingest import read_article_file

#: When one pair has several gold relations, the label it trains is the first of these it has.
LABEL_PRIORITY = tuple(
    [f"{k}{d}" for k in ("dispute", "acquisition", "subsidiaryOf", "signedTo", "worksFor", "performedBy", "operates")
     for d in (">", "<")] + ["licensing", "partnership", "settlement", "withdrewCatalogFrom>", "withdrewCatalogFrom<"]
)
assert set(LABEL_PRIORITY) == set(LABELS)


@dataclass(frozen=True)
class TrainingRow:
    """One pair of entities in one sentence, its features and its gold label.

    ``labels`` are all the gold relations of the pair (``label`` is the one it trains); ``candidate``
    says whether the learned layer would read the pair (no rule related it, no guard word between or
    just before the names: :func:`kg.extract.learned.hedged`); ``group`` is the annotated directory it came
    from (the unit of cross-validation) and ``pair`` the two entities' ids in the article.
    """

    article: str
    features: tuple[str, ...]
    label: str
    labels: frozenset[str] = frozenset()
    candidate: bool = True
    group: str = ""
    pair: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Prediction:
    """What a model trained without ``group`` said of one candidate pair, and whether the gold agrees."""

    group: str
    article: str
    pair: tuple[int, int]
    label: str
    probability: float
    right: bool


def label_for(labels: set[str]) -> str:
    """The label a pair trains: the first of :data:`LABEL_PRIORITY` it has, else ``"none"``."""
    return next((lab for lab in LABEL_PRIORITY if lab in labels), "none")


def gold_relations(gold: dict) -> dict[tuple[str, str], set[str]]:
    """Gold name pairs -> labels, from the first name's side (``"signedTo<"``: the second signed to the first).

    Examples
    --------
    >>> rel = gold_relations({"facts": [{"relation": "signedTo", "subject": "A", "object": "L"}]})
    >>> rel[("A", "L")], rel[("L", "A")]
    ({'signedTo>'}, {'signedTo<'})
    """
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in gold["facts"]:
        kind = f["relation"]
        if kind in PARTY_KINDS:
            for x in f["parties"]:
                for y in f["parties"]:
                    if x != y:
                        out[(x, y)].add(kind)
            continue
        s, o = ROLE_NAMES.get(kind, ("subject", "object"))
        out[(f[s], f[o])].add(kind + ">")
        out[(f[o], f[s])].add(kind + "<")
    return out


#: What :func:`article_rows` reads: pairs named in one sentence, or works without a performer and the acts of
#: their article.
ROW_KINDS = ("pairs", "performers")


def article_rows(text_path: Path, gold: dict, group: str = "", kind: str = "pairs") -> list[TrainingRow]:
    """The training rows of one annotated article: of the pair model, or (``kind="performers"``) of the
    performer model, one row per work without a performer and act (label ``"performedBy>"`` when the gold says
    the act performs the work)."""
    return _article_rows(text_path, gold, group, (kind,))[kind]


def _article_rows(text_path: Path, gold: dict, group: str, kinds: Sequence[str]) -> dict[str, list[TrainingRow]]:
    """The rows of each of ``kinds`` for one article, from one reading of it by the rules."""
    unknown = [k for k in kinds if k not in ROW_KINDS]
    if unknown:
        raise InputError(f"row kind {unknown[0]!r} is not one of {', '.join(ROW_KINDS)}")
    alias = gold_aliases(gold)
    relations = gold_relations(gold)
    rows: dict[str, list[TrainingRow]] = {k: [] for k in kinds}
    for article in read_article_file(text_path):
        if isinstance(article, MbkgError):
            raise article
        ff = find_facts(article, learned=False)

        def gold_name(e: int) -> str | None:
            d = ff.mf.drafts[e]
            return next((alias[norm(f)] for f in (d.name, *d.forms) if norm(f) in alias), None)

        if "performers" in rows:
            for cand in performer_candidates(ff):
                w, a = gold_name(cand.work), gold_name(cand.act)
                yes = bool(w and a and "performedBy>" in relations.get((w, a), ()))
                rows["performers"].append(TrainingRow(text_path.name, cand.features, "performedBy>" if yes else "none",
                                                      frozenset({"performedBy>"} if yes else ()), True, group,
                                                      (cand.work, cand.act)))
        if "pairs" in rows:
            related = related_pairs(ff)
            for pair in candidate_pairs(ff):
                a, b = gold_name(pair.first), gold_name(pair.second)
                labels = relations.get((a, b), set()) if a and b else set()
                candidate = (pair.first, pair.second) not in related and not hedged(ff, pair)
                rows["pairs"].append(TrainingRow(text_path.name, pair.features, label_for(labels), frozenset(labels),
                                                 candidate, group, (pair.first, pair.second)))
    return rows


def training_rows(gold_dirs: Iterable[str | Path], kind: str = "pairs") -> list[TrainingRow]:
    """The training rows of every annotated article in ``gold_dirs`` (``kind``: see :func:`article_rows`)."""
    return training_rows_by_kind(gold_dirs, (kind,))[kind]


def training_rows_by_kind(gold_dirs: Iterable[str | Path],
                          kinds: Sequence[str] = ROW_KINDS) -> dict[str, list[TrainingRow]]:
    """Kind -> the training rows of every annotated article in ``gold_dirs``, each article read once for all
    ``kinds``."""
    rows: dict[str, list[TrainingRow]] = {k: [] for k in kinds}
    for d in gold_dirs:
        for text_path, gold_path in gold_pairs(d):
            for k, got in _article_rows(text_path, read_gold(gold_path), Path(d).name, kinds).items():
                rows[k] += got
    return rows


def train(rows: Sequence[TrainingRow], *, c: float = 1.0, threshold: float = 0.6,
          thresholds: dict[str, float] | None = None, min_count: int = 2, min_weight: float = 0.01,
          class_weight: str | None = None, penalty: str = "l2", meta: dict | None = None) -> RelationModel:
    """Fit a multinomial logistic regression on ``rows``.

    Parameters
    ----------
    rows : sequence of TrainingRow
    c : float
        Inverse regularisation strength (scikit-learn's ``C``).
    threshold : float
        The probability the stored model needs to add a fact.
    thresholds : dict, optional
        Fact kind -> its own threshold; above 1 turns the kind off.
    min_count : int
        Features seen in fewer rows are dropped (they mostly name one article's entities' words).
    min_weight : float
        Weights smaller than this in absolute value are not stored (they change no decision measurably
        and make up most of the file).
    class_weight : {None, "balanced"}
        scikit-learn's ``class_weight``.
    penalty : {"l2", "l1"}
        The regulariser (L1 needs the saga solver and keeps fewer weights).
    """
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - scikit-learn is in the dev dependency group
        raise MbkgError("training needs scikit-learn (uv sync installs it with the dev group)") from None
    if not 0.0 < threshold <= 1.0:
        raise InputError(f"threshold {threshold} is not in (0, 1]")
    for kind, t in (thresholds or {}).items():
        if kind not in KINDS or t <= 0:
            raise InputError(f"bad threshold {kind}={t}: the kind must be one of {', '.join(sorted(KINDS))} "
                             "and the value above 0")
    if penalty not in ("l1", "l2"):
        raise InputError(f"penalty {penalty!r} is not l1 or l2")
    labels = {r.label for r in rows}
    if len(labels) < 2 or labels == {"none"}:
        raise InputError(f"training needs at least one related and one unrelated pair; got labels {sorted(labels)}")
    counts = Counter(f for r in rows for f in set(r.features))
    keep = {f for f, n in counts.items() if n >= min_count}
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r.features if f in keep} for r in rows])
    # scikit-learn >= 1.8 spells the penalty as l1_ratio; L1 needs the saga solver. For L2, newton-cg reaches
    # the same optimum as lbfgs in a quarter of the time on these rows (few iterations, many classes)
    extra = {"l1_ratio": 1.0, "solver": "saga"} if penalty == "l1" else {"solver": "newton-cg"}
    if penalty == "l1":  # saga takes only 32-bit sparse indices; DictVectorizer makes 64-bit ones
        x = x.tocsr()
        x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight, **extra).fit(x, [r.label for r in rows])
    classes = tuple(str(k) for k in clf.classes_)
    coef, bias = clf.coef_, clf.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: the second's log-odds
        coef = [[-w / 2 for w in coef[0]], [w / 2 for w in coef[0]]]
        bias = [-bias[0] / 2, bias[0] / 2]
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    for j, feat in enumerate(vec.get_feature_names_out()):
        ws = tuple((k, round(float(coef[k][j]), 4)) for k in range(len(classes)) if abs(coef[k][j]) >= min_weight)
        if ws:
            weights[str(feat)] = ws
    info = {"rows": len(rows), "labels": dict(sorted(Counter(r.label for r in rows).items())), "C": c,
            "min_count": min_count, "min_weight": min_weight, **(meta or {})}
    return RelationModel(classes, tuple(round(float(b), 4) for b in bias), weights, threshold, dict(thresholds or {}),
                         info)


def save_model(model: RelationModel, path: str | Path = MODEL_PATH) -> Path:
    """Write ``model`` as JSON, atomically (one feature per line, so a retrained model diffs readably)."""
    data = model.to_json()
    weights = data.pop("weights")
    head = json.dumps(data, indent=1, sort_keys=True)[:-2]
    lines = [f" {json.dumps(f)}: {json.dumps(ws)}" for f, ws in weights.items()]
    return write_atomic(path, head + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n")


def _leave_one_out(rows: Sequence[TrainingRow], only: Iterable[str] | None,
                   **options) -> Iterator[tuple[str, RelationModel]]:
    """Each group left out in turn (``only``: just these) with a model trained on the other groups' rows."""
    groups = sorted({r.group for r in rows})
    if len(groups) < 2:
        raise InputError(f"cross-validation needs at least two directories of annotated articles, got {len(groups)}")
    for group in groups if only is None else sorted(set(only) & set(groups)):
        yield group, train([r for r in rows if r.group != group], **options)


def cross_validate(rows: Sequence[TrainingRow], *, c: float = 1.0, min_count: int = 2,
                   only: Iterable[str] | None = None, **options) -> list[Prediction]:
    """Leave-one-group-out: for each group, train on the others and predict its candidate pairs.

    One prediction per article, pair and predicted label (the most probable reading across the pair's
    sentences); "none" predictions are left out. ``right`` is whether the gold relates the pair so.
    ``only`` limits the groups left out in turn (to share the folds between processes); ``options`` go to
    :func:`train`.
    """
    best: dict[tuple, Prediction] = {}
    for group, model in _leave_one_out(rows, only, c=c, min_count=min_count, **options):
        for r in rows:
            if r.group != group or not r.candidate:
                continue
            label, p = model.best(r.features)
            if label == "none":
                continue
            pair = tuple(sorted(r.pair)) if label in PARTY_KINDS else r.pair
            key = (group, r.article, pair, label)
            if key not in best or p > best[key].probability:
                best[key] = Prediction(group, r.article, pair, label, p, label in r.labels)
    return sorted(best.values(), key=lambda x: (x.group, x.article, x.pair, x.label))


def cross_validate_performers(rows: Sequence[TrainingRow], *, c: float = 1.0, min_count: int = 2,
                               only: Iterable[str] | None = None) -> list[Prediction]:
    """Leave-one-group-out for the performer model: per work, the act it rates most probable.

    ``rows`` are :func:`training_rows` of kind ``"performers"``; one prediction per work (``pair`` is (work,
    act)), whatever its probability; ``right`` is whether the gold says that act performs the work.
    """
    best: dict[tuple, Prediction] = {}
    for group, model in _leave_one_out(rows, only, c=c, min_count=min_count):
        for r in rows:
            if r.group != group:
                continue
            p = model.probability(r.features, "performedBy>")
            key = (group, r.article, r.pair[0])
            if key not in best or p > best[key].probability:
                best[key] = Prediction(group, r.article, r.pair, "performedBy>", p, r.label == "performedBy>")
    return sorted(best.values(), key=lambda x: (x.group, x.article, x.pair))


def precision_by_threshold(predictions: Iterable[Prediction],
                           thresholds: Sequence[float] = (0.5, 0.6, 0.7, 0.8, 0.9)) -> dict[str, list[tuple[int, int]]]:
    """Fact kind -> ``(right, wrong)`` counts of the predictions at or above each threshold.

    Examples
    --------
    >>> preds = [Prediction("g", "a", (1, 2), "signedTo>", 0.95, True),
    ...          Prediction("g", "a", (1, 3), "signedTo<", 0.65, False)]
    >>> precision_by_threshold(preds, (0.6, 0.9))
    {'signedTo': [(1, 1), (1, 0)]}
    """
    out: dict[str, list[tuple[int, int]]] = {}
    predictions = list(predictions)
    for kind in sorted({p.label.rstrip("<>") for p in predictions}):
        mine = [p for p in predictions if p.label.rstrip("<>") == kind]
        out[kind] = [(sum(p.right for p in mine if p.probability >= t), sum(not p.right for p in mine if p.probability >= t))
                     for t in thresholds]
    return out


#: The thresholds the cross-validation table is read at (``kg train-relations --cross-validate``).
CV_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def thresholds_by_precision(table: dict[str, list[tuple[int, int]]], thresholds: Sequence[float] = CV_THRESHOLDS,
                            minimum: float = 0.4) -> dict[str, float | None]:
    """Each kind's threshold by the project's rule: the lowest at which its learned facts were right at least
    ``minimum`` of the time (``None``: never, the kind stays off).

    ``table`` is :func:`precision_by_threshold`'s, counted at ``thresholds``.

    Examples
    --------
    >>> thresholds_by_precision({"signedTo": [(3, 7), (4, 5), (4, 2)], "dispute": [(1, 9), (0, 4), (0, 1)]},
    ...                         (0.5, 0.6, 0.7))
    {'signedTo': 0.6, 'dispute': None}
    """
    return {kind: next((t for t, (r, w) in zip(thresholds, counts) if r + w and r / (r + w) >= minimum), None)
            for kind, counts in table.items()}
