"""Score the graph built from annotated articles against their gold annotations.

For every ``NAME.json`` with a ``NAME.txt`` beside it, the article is built in
process (ingest, extract, resolve, RDF) and the graph is compared with the gold
file exactly as the project's acceptance scorer does:

* names are normalised (NFKC, lower case, curly quotes, possessive ``'s``,
  punctuation, a leading "the"/"sir"/"dame") and an extracted entity matches a
  gold one when any of its labels equals any gold name or alias; it counts as
  found when one of its classes (with subclasses) is one of the gold types;
* entity precision is over every typed, labelled node; recall over gold entities;
* a fact matches when its kind and roles match; for agreements the gold parties
  must be a subset of the extracted parties.

Gold format: ``{"entities": [{"name", "aliases", "types"}], "facts": [{"relation",
"parties" | "claimant"/"respondent" | "acquirer"/"acquiree" | "subject"/"object",
"allegations"?}]}``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS

from kg.errors import InputError
from kg.namespace import MB

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")
NAME_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SCHEMA.name, SCHEMA_HTTP.name, FOAF.name)
ENTITY_TYPES = ("RecordLabel", "Platform", "Company", "Artist", "Person", "Organization", "Work")
PARTY_RELATIONS = {"partnership": "Partnership", "licensing": "LicensingAgreement", "settlement": "Settlement"}
BINARY_RELATIONS = ("withdrewCatalogFrom", "worksFor", "signedTo", "performedBy", "operates", "subsidiaryOf")


def norm(name: str) -> str:
    """Normalise a name for matching.

    Examples
    --------
    >>> norm("The Weeknd’s")
    'weeknd'
    >>> norm("Sir Lucian Grainge")
    'lucian grainge'
    """
    s = unicodedata.normalize("NFKC", str(name)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w&+ ]+", " ", s)
    s = re.sub(r"^(the|sir|dame) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Score:
    """Counts for one article (or a total): true positives and sizes, plus what went wrong."""

    name: str
    ent_tp: int = 0
    ent_extracted: int = 0
    ent_gold: int = 0
    fact_tp_gold: int = 0
    fact_gold: int = 0
    fact_tp_extracted: int = 0
    fact_extracted: int = 0
    alleg_hit: int = 0
    alleg_total: int = 0
    missed_entities: list[str] = field(default_factory=list)
    wrong_entities: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    wrong_facts: list[str] = field(default_factory=list)
    error: str | None = None

    def add(self, other: "Score") -> None:
        for k in ("ent_tp", "ent_extracted", "ent_gold", "fact_tp_gold", "fact_gold", "fact_tp_extracted",
                  "fact_extracted", "alleg_hit", "alleg_total"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def entity_prf(self) -> tuple[float, float, float]:
        return prf(self.ent_tp, self.ent_extracted, self.ent_tp, self.ent_gold)

    @property
    def fact_prf(self) -> tuple[float, float, float]:
        return prf(self.fact_tp_extracted, self.fact_extracted, self.fact_tp_gold, self.fact_gold)


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives over extracted and over gold.

    Examples
    --------
    >>> prf(1, 2, 1, 1)
    (0.5, 1.0, 0.6666666666666666)
    """
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _closure(g: Graph, cls: URIRef) -> set[URIRef]:
    seen, todo = {cls}, [cls]
    while todo:
        for sub in g.subjects(RDFS.subClassOf, todo.pop()):
            if isinstance(sub, URIRef) and sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen


def _instances(g: Graph, cls_name: str) -> set:
    return {s for c in _closure(g, MB[cls_name]) for s in g.subjects(RDF.type, c)}


def gold_key(f: dict) -> tuple:
    """The comparable form of a gold fact."""
    rel = f["relation"]
    if rel in PARTY_RELATIONS:
        return (rel, frozenset(f["parties"]))
    if rel == "dispute":
        return (rel, f["claimant"], f["respondent"])
    if rel == "acquisition":
        return (rel, f["acquirer"], f["acquiree"])
    return (rel, f["subject"], f["object"])


def _matches(x: tuple, y: tuple) -> bool:  # x extracted, y gold
    if x[0] != y[0]:
        return False
    if x[0] in PARTY_RELATIONS:
        return y[1] <= x[1]
    return x == y


def _show(key: tuple) -> str:
    if key[0] in PARTY_RELATIONS:
        return f"{key[0]}({', '.join(sorted(key[1]))})"
    return f"{key[0]}({key[1]} -> {key[2]})"


def gold_aliases(gold: dict) -> dict[str, str]:
    """Every normalised name and alias of the gold entities -> the entity's gold name.

    Examples
    --------
    >>> gold_aliases({"entities": [{"name": "Universal Music Group", "aliases": ["UMG"]}]})["umg"]
    'Universal Music Group'
    """
    alias: dict[str, str] = {}
    for e in gold["entities"]:
        for form in [e["name"], *e.get("aliases", [])]:
            alias[norm(form)] = e["name"]
    return alias


def score_graph(graph: Graph, gold: dict, name: str = "article") -> Score:
    """Score one article's graph (with the ontology merged in) against its gold annotation.

    Examples
    --------
    >>> from rdflib import Graph, Literal, RDF, RDFS
    >>> from kg.namespace import MB, RES
    >>> g = Graph()
    >>> _ = g.add((RES.umg, RDF.type, MB.RecordLabel)); _ = g.add((RES.umg, RDFS.label, Literal("UMG")))
    >>> gold = {"entities": [{"name": "Universal Music Group", "aliases": ["UMG"], "types": ["RecordLabel"]}],
    ...         "facts": []}
    >>> score_graph(g, gold).entity_prf
    (1.0, 1.0, 1.0)
    """
    alias = gold_aliases(gold)
    types = {t: _instances(graph, t) for t in ENTITY_TYPES}

    def gold_name(node) -> str | None:
        for p in NAME_PROPS:
            for lit in graph.objects(node, p):
                hit = alias.get(norm(lit))
                if hit:
                    return hit
        return None

    def label(node) -> str:
        for p in NAME_PROPS:
            for lit in graph.objects(node, p):
                return "?" + str(lit)
        return "?" + str(node)

    def nm(node) -> str:
        return gold_name(node) or label(node)

    sc = Score(name)
    typed = set().union(*types.values())
    found: set[str] = set()
    for node in sorted(typed, key=str):
        if not any(True for p in NAME_PROPS for _ in graph.objects(node, p)):
            continue
        sc.ent_extracted += 1
        gname = gold_name(node)
        if gname is None:
            sc.wrong_entities.append(label(node)[1:])
            continue
        want = next(e["types"] for e in gold["entities"] if e["name"] == gname)
        if any(node in types[t] for t in want):
            found.add(gname)
        else:
            have = sorted(t for t in ENTITY_TYPES if node in types[t])
            sc.wrong_entities.append(f"{gname} typed {'/'.join(have)}, gold {'/'.join(want)}")
    sc.ent_tp = len(found)
    sc.ent_gold = len(gold["entities"])
    sc.missed_entities = sorted(e["name"] for e in gold["entities"] if e["name"] not in found)

    got: set[tuple] = set()
    for rel, cls in PARTY_RELATIONS.items():
        for node in _instances(graph, cls):
            parties = frozenset(nm(p) for p in graph.objects(node, MB.party))
            if parties:
                got.add((rel, parties))
    for node in _instances(graph, "Dispute"):
        for c in graph.objects(node, MB.claimant):
            for r in graph.objects(node, MB.respondent):
                got.add(("dispute", nm(c), nm(r)))
    for node in _instances(graph, "Acquisition"):
        for a in graph.objects(node, MB.acquirer):
            for b in graph.objects(node, MB.acquiree):
                got.add(("acquisition", nm(a), nm(b)))
    for rel in BINARY_RELATIONS:
        for s, o in graph.subject_objects(MB[rel]):
            got.add((rel, nm(s), nm(o)))
    want_facts = {gold_key(f) for f in gold["facts"]}
    sc.fact_gold, sc.fact_extracted = len(want_facts), len(got)
    sc.fact_tp_gold = sum(1 for y in want_facts if any(_matches(x, y) for x in got))
    sc.fact_tp_extracted = sum(1 for x in got if any(_matches(x, y) for y in want_facts))
    sc.missed_facts = sorted(_show(y) for y in want_facts if not any(_matches(x, y) for x in got))
    sc.wrong_facts = sorted(_show(x) for x in got if not any(_matches(x, y) for y in want_facts))

    for f in gold["facts"]:
        if f["relation"] == "dispute" and f.get("allegations"):
            sc.alleg_total += 1
            said = []
            for node in _instances(graph, "Dispute"):
                cs = {nm(c) for c in graph.objects(node, MB.claimant)}
                rs = {nm(r) for r in graph.objects(node, MB.respondent)}
                if f["claimant"] in cs and f["respondent"] in rs:
                    for a in graph.objects(node, MB.allegation):
                        said += [str(a).lower(), label(a).lower()]
            joined = " | ".join(said)
            if any(a.lower() in joined for a in f["allegations"]):
                sc.alleg_hit += 1
    return sc


def load_ontology(directory: str | Path | None = None) -> Graph:
    """The ontology (``ontology/*.ttl``), for subclass reasoning while scoring."""
    g = Graph()
    d = Path(directory) if directory else ONTOLOGY_DIR
    for f in sorted(d.glob("*.ttl")):
        g.parse(f)
    return g


def gold_pairs(gold_dir: str | Path) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.json)`` pairs in ``gold_dir``.

    Raises
    ------
    InputError
        When the directory does not exist or holds no pairs.
    """
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError("not a directory of annotated articles", path=d)
    pairs = [(j.with_suffix(".txt"), j) for j in sorted(d.glob("*.json")) if j.with_suffix(".txt").exists()]
    if not pairs:
        raise InputError("no NAME.json with NAME.txt beside it", path=d)
    return pairs


def read_gold(path: Path) -> dict:
    """A gold annotation file, checked for the keys the scorer needs."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold annotation: {exc}", path=path) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), list) or not isinstance(gold.get("facts"), list):
        raise InputError("gold annotation needs 'entities' and 'facts' lists", path=path)
    try:
        for f in gold["facts"]:
            gold_key(f)
        for e in gold["entities"]:
            e["name"], e["types"]
    except (KeyError, TypeError) as exc:
        raise InputError(f"gold annotation entry lacks {exc}", path=path) from None
    return gold


def build_article_graph(text_path: Path, *, learned: bool = True) -> Graph:
    """The graph ``kg build`` makes from one article (graph.ttl content), built in process."""
    from kg.pipeline import build_resolved
    from kg.rdf import to_graph

    return to_graph(build_resolved([text_path], learned=learned))


def evaluate(gold_dir: str | Path, ontology_dir: str | Path | None = None, *,
             learned: bool = True) -> tuple[list[Score], Score]:
    """Score every annotated article of ``gold_dir``; returns per-article scores and the total.

    ``learned=False`` scores the rule layers alone (see :mod:`kg.extract.learned`).

    Examples
    --------
    >>> import pathlib
    >>> per, total = evaluate(pathlib.Path(__file__).parent.parent / "corpus" / "gold")  # doctest: +SKIP
    """
    onto = load_ontology(ontology_dir)
    per: list[Score] = []
    total = Score("total")
    for text, gold_path in gold_pairs(gold_dir):
        gold = read_gold(gold_path)
        try:
            g = build_article_graph(text, learned=learned)
        except Exception as exc:  # a crash on one article is scored as an empty graph
            g = Graph()
            err = f"{type(exc).__name__}: {exc}"
        else:
            err = None
        g += onto
        sc = score_graph(g, gold, gold_path.stem)
        sc.error = err
        per.append(sc)
        total.add(sc)
    return per, total


def render(per: list[Score], total: Score, verbose: bool = False, console=None) -> None:
    """Print the scores as a Rich table, and with ``verbose`` what was missed and wrong."""
    from rich.console import Console
    from rich.table import Table
    from rich.markup import escape

    console = console or Console(highlight=False)
    t = Table(title="Extraction scores", show_lines=False)
    for col in ("article", "ent P", "ent R", "ent F1", "fact P", "fact R", "fact F1"):
        t.add_column(col, justify="left" if col == "article" else "right")
    for sc in [*per, total]:
        ep, er, ef = sc.entity_prf
        fp, fr, ff = sc.fact_prf
        style = "bold" if sc is total else None
        t.add_row(escape(sc.name), f"{ep:.2f}", f"{er:.2f}", f"{ef:.2f}", f"{fp:.2f}", f"{fr:.2f}", f"{ff:.2f}", style=style)
    console.print(t)
    console.print(f"allegations recognised: {total.alleg_hit}/{total.alleg_total}")
    if verbose:
        for sc in per:
            lines = [f"  build failed: {sc.error}"] if sc.error else []
            lines += [f"  missed entity {x}" for x in sc.missed_entities]
            lines += [f"  wrong  entity {x}" for x in sc.wrong_entities]
            lines += [f"  missed {x}" for x in sc.missed_facts]
            lines += [f"  wrong  {x}" for x in sc.wrong_facts]
            if lines:
                console.print(escape(sc.name), markup=False)
                for ln in lines:
                    console.print(ln, markup=False)
