"""Scoring: known precision/recall/F1 on tiny hand-made pairs, and the project's own gold set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg.errors import InputError
from kg.evaluate import evaluate, gold_pairs, load_ontology, norm, prf, score_graph
from kg.namespace import MB, RES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"
DEV = ROOT.parent / "shared" / "corpus" / "dev"

GOLD_SMALL = {
    "entities": [
        {"name": "Universal Music Group", "aliases": ["UMG"], "types": ["RecordLabel", "Company"]},
        {"name": "TikTok", "aliases": [], "types": ["Platform"]},
        {"name": "ByteDance", "aliases": [], "types": ["Company"]},
    ],
    "facts": [
        {"relation": "licensing", "parties": ["Universal Music Group", "TikTok"]},
        {"relation": "operates", "subject": "ByteDance", "object": "TikTok"},
    ],
}


def small_graph() -> Graph:
    g = load_ontology()
    g.add((RES.umg, RDF.type, MB.RecordLabel))
    g.add((RES.umg, RDFS.label, Literal("UMG")))
    g.add((RES.tiktok, RDF.type, MB.Platform))
    g.add((RES.tiktok, RDFS.label, Literal("TikTok")))
    g.add((RES.bd, RDF.type, MB.Person))  # wrong type: extracted, not found
    g.add((RES.bd, RDFS.label, Literal("ByteDance")))
    g.add((RES.x, RDF.type, MB.Company))  # not in the gold at all
    g.add((RES.x, SKOS.altLabel, Literal("Acme")))
    deal = RES["fact/1"]
    g.add((deal, RDF.type, MB.LicensingAgreement))
    for p in (RES.umg, RES.tiktok, RES.x):  # gold parties are a subset: counts
        g.add((deal, MB.party, p))
    g.add((RES.tiktok, MB.operates, RES.umg))  # wrong direction
    return g


def test_norm_matches_the_acceptance_scorer():
    assert norm("UMG’s") == "umg"
    assert norm("The Orchard") == "orchard"
    assert norm("Dame  Jody Gerson") == "jody gerson"


def test_prf():
    assert prf(0, 0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(2, 4, 2, 2) == (0.5, 1.0, pytest.approx(2 / 3))


def test_small_pair_scores():
    sc = score_graph(small_graph(), GOLD_SMALL)
    assert (sc.ent_tp, sc.ent_extracted, sc.ent_gold) == (2, 4, 3)
    assert sc.entity_prf[:2] == (0.5, pytest.approx(2 / 3))
    # facts: licensing matches (subset of parties); operates is reversed: 1 of 2 each way
    assert (sc.fact_tp_gold, sc.fact_gold, sc.fact_tp_extracted, sc.fact_extracted) == (1, 2, 1, 2)
    assert sc.fact_prf == (0.5, 0.5, 0.5)
    assert sc.missed_facts == ["operates(ByteDance -> TikTok)"]
    assert sc.wrong_facts == ["operates(TikTok -> Universal Music Group)"]
    assert "ByteDance typed Person, gold Company" in sc.wrong_entities


def test_empty_graph_scores_zero():
    sc = score_graph(load_ontology(), GOLD_SMALL)
    assert sc.entity_prf == (0.0, 0.0, 0.0) and sc.fact_prf == (0.0, 0.0, 0.0)


def test_bad_gold_dir(tmp_path):
    with pytest.raises(InputError):
        gold_pairs(tmp_path / "missing")
    with pytest.raises(InputError):
        gold_pairs(tmp_path)


def test_eval_on_a_tiny_dir(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Records sues Loopcast\n\nAcme Records sued Loopcast on Monday.\n")
    gold = {"entities": [{"name": "Acme Records", "aliases": [], "types": ["RecordLabel"]},
                         {"name": "Loopcast", "aliases": [], "types": ["Platform", "Company", "Organization"]}],
            "facts": [{"relation": "dispute", "claimant": "Acme Records", "respondent": "Loopcast"}]}
    (tmp_path / "a.json").write_text(json.dumps(gold))
    per, total = evaluate(tmp_path)
    assert len(per) == 1 and total.fact_prf == (1.0, 1.0, 1.0)


# Thresholds: measured score minus a small margin, so that a regression fails CI.
# set: (entity F1, fact precision, fact F1) minimums. Measured scores and the history of each set are in the
# README ("The extractor") and docs/extractor.md. heldout6-9, news45-52 and news61-68 are never developed against and
# never trained on (the learned relation model is trained on the other sets, whose scores here are therefore
# training-set scores); they are scored here only so that a change that breaks unseen articles fails CI.
THRESHOLDS = {
    "gold": (0.93, 0.89, 0.89),           # 0.95 / 0.91 / 0.91
    "heldout": (0.95, 0.88, 0.85),        # 0.97 / 0.90 / 0.87
    "heldout2": (0.93, 0.92, 0.90),       # 0.95 / 0.94 / 0.92
    "heldout3": (0.95, 0.94, 0.84),       # 0.97 / 0.96 / 0.86
    "heldout4": (0.93, 0.98, 0.96),       # 0.95 / 1.00 / 0.98
    "heldout5": (0.91, 0.91, 0.90),       # 0.93 / 0.93 / 0.92
    "heldout6": (0.89, 0.73, 0.68),       # 0.91 / 0.75 / 0.70
    "heldout7": (0.90, 0.75, 0.68),       # 0.92 / 0.77 / 0.70
    "heldout8": (0.83, 0.73, 0.63),       # 0.85 / 0.75 / 0.65
    "heldout9": (0.88, 0.72, 0.59),       # 0.90 / 0.74 / 0.61
    "news1": (0.88, 0.88, 0.79),          # 0.90 / 0.90 / 0.81
    "news10": (0.89, 0.94, 0.81),         # 0.91 / 0.96 / 0.83
    "news11": (0.83, 0.94, 0.77),         # 0.85 / 0.96 / 0.79
    "news12": (0.88, 0.80, 0.75),         # 0.90 / 0.82 / 0.77
    "news13": (0.84, 0.87, 0.75),         # 0.86 / 0.89 / 0.77
    "news14": (0.85, 0.73, 0.61),         # 0.87 / 0.75 / 0.63
    "news15": (0.81, 0.84, 0.75),         # 0.83 / 0.86 / 0.77
    "news16": (0.88, 0.84, 0.77),         # 0.90 / 0.86 / 0.79
    "news17": (0.80, 0.92, 0.76),         # 0.82 / 0.94 / 0.78
    "news18": (0.93, 0.85, 0.82),         # 0.95 / 0.87 / 0.84
    "news19": (0.89, 0.77, 0.79),         # 0.91 / 0.79 / 0.81
    "news2": (0.88, 0.68, 0.72),          # 0.90 / 0.70 / 0.74
    "news20": (0.89, 0.85, 0.85),         # 0.91 / 0.87 / 0.87
    "news21": (0.90, 0.75, 0.72),         # 0.92 / 0.77 / 0.74
    "news22": (0.87, 0.82, 0.77),         # 0.89 / 0.84 / 0.79
    "news23": (0.84, 0.77, 0.65),         # 0.86 / 0.79 / 0.67
    "news24": (0.92, 0.93, 0.86),         # 0.94 / 0.95 / 0.88
    "news25": (0.89, 0.82, 0.73),         # 0.91 / 0.84 / 0.75
    "news26": (0.78, 0.79, 0.70),         # 0.80 / 0.81 / 0.72
    "news27": (0.91, 0.81, 0.74),         # 0.93 / 0.83 / 0.76
    "news28": (0.86, 0.75, 0.72),         # 0.88 / 0.77 / 0.74
    "news29": (0.82, 0.86, 0.81),         # 0.84 / 0.88 / 0.83
    "news3": (0.92, 0.88, 0.88),          # 0.94 / 0.90 / 0.90
    "news30": (0.83, 0.75, 0.60),         # 0.85 / 0.77 / 0.62
    "news31": (0.87, 0.87, 0.81),         # 0.89 / 0.89 / 0.83
    "news32": (0.88, 0.57, 0.67),         # 0.90 / 0.59 / 0.69
    "news33": (0.87, 0.69, 0.62),         # 0.89 / 0.71 / 0.64
    "news34": (0.87, 0.84, 0.77),         # 0.89 / 0.86 / 0.79
    "news35": (0.84, 0.78, 0.68),         # 0.86 / 0.80 / 0.70
    "news36": (0.87, 0.87, 0.65),         # 0.89 / 0.89 / 0.67
    "news37": (0.87, 0.86, 0.76),         # 0.89 / 0.88 / 0.78
    "news38": (0.85, 0.88, 0.77),         # 0.87 / 0.90 / 0.79
    "news39": (0.82, 0.78, 0.68),         # 0.84 / 0.80 / 0.70
    "news4": (0.94, 0.88, 0.84),          # 0.96 / 0.90 / 0.86
    "news40": (0.83, 0.91, 0.82),         # 0.85 / 0.93 / 0.84
    "news41": (0.86, 0.85, 0.79),         # 0.88 / 0.87 / 0.81
    "news42": (0.86, 0.87, 0.78),         # 0.88 / 0.89 / 0.80
    "news43": (0.78, 0.80, 0.67),         # 0.80 / 0.82 / 0.69
    "news44": (0.84, 0.75, 0.71),         # 0.86 / 0.77 / 0.73
    "news45": (0.80, 0.71, 0.61),         # 0.82 / 0.73 / 0.63
    "news46": (0.85, 0.65, 0.55),         # 0.87 / 0.67 / 0.57
    "news47": (0.76, 0.65, 0.48),         # 0.78 / 0.67 / 0.50
    "news48": (0.78, 0.64, 0.55),         # 0.80 / 0.66 / 0.57
    "news49": (0.81, 0.63, 0.49),         # 0.83 / 0.65 / 0.51
    "news5": (0.92, 0.85, 0.82),          # 0.94 / 0.87 / 0.84
    "news50": (0.73, 0.62, 0.56),         # 0.75 / 0.64 / 0.58
    "news51": (0.77, 0.76, 0.50),         # 0.79 / 0.78 / 0.52
    "news52": (0.71, 0.64, 0.53),         # 0.73 / 0.66 / 0.55
    "news53": (0.81, 0.85, 0.78),         # 0.83 / 0.87 / 0.80
    "news54": (0.86, 0.86, 0.78),         # 0.88 / 0.88 / 0.80
    "news55": (0.78, 0.74, 0.59),         # 0.80 / 0.76 / 0.61
    "news56": (0.87, 0.79, 0.72),         # 0.89 / 0.81 / 0.74
    "news57": (0.77, 0.84, 0.77),         # 0.79 / 0.86 / 0.79
    "news58": (0.80, 0.65, 0.62),         # 0.82 / 0.67 / 0.64
    "news59": (0.84, 0.85, 0.74),         # 0.86 / 0.87 / 0.76
    "news6": (0.88, 0.85, 0.81),          # 0.90 / 0.87 / 0.83
    "news60": (0.80, 0.88, 0.73),         # 0.82 / 0.90 / 0.75
    "news61": (0.79, 0.72, 0.58),         # 0.81 / 0.74 / 0.60
    "news62": (0.74, 0.64, 0.59),         # 0.76 / 0.66 / 0.61
    "news63": (0.79, 0.73, 0.61),         # 0.81 / 0.75 / 0.63
    "news64": (0.75, 0.64, 0.56),         # 0.77 / 0.66 / 0.58
    "news65": (0.81, 0.55, 0.48),         # 0.83 / 0.57 / 0.50
    "news66": (0.78, 0.69, 0.64),         # 0.80 / 0.71 / 0.66
    "news67": (0.81, 0.80, 0.58),         # 0.83 / 0.82 / 0.60
    "news68": (0.85, 0.60, 0.51),         # 0.87 / 0.62 / 0.53
    "news7": (0.93, 0.88, 0.83),          # 0.95 / 0.90 / 0.85
    "news8": (0.93, 0.89, 0.79),          # 0.95 / 0.91 / 0.81
    "news9": (0.94, 0.90, 0.87),          # 0.96 / 0.92 / 0.89
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_project_annotated_sets_stay_above_thresholds(name):
    corpus = ROOT / "corpus" / name
    if not corpus.is_dir():
        pytest.skip(f"no corpus/{name}")
    min_entity_f1, min_fact_p, min_fact_f1 = THRESHOLDS[name]
    per, total = evaluate(corpus)
    assert not [s.name for s in per if s.error]
    assert total.entity_prf[2] >= min_entity_f1
    # precision is guarded on its own: the learned layer trades some of it for recall, and must not trade more
    assert total.fact_prf[0] >= min_fact_p
    assert total.fact_prf[2] >= min_fact_f1


#: Sets written blind and held back, unscored, for one measurement of a later system (corpus/README.md): they get
#: their threshold when that score is taken, and leave this list.
HELD_BACK: set[str] = {f"news{i}" for i in range(69, 77)}  # written at the end of the sixth session


def test_every_annotated_set_has_a_threshold():
    sets = {p.name for p in (ROOT / "corpus").iterdir() if p.is_dir()}
    assert sets - HELD_BACK == set(THRESHOLDS)
    assert not HELD_BACK & set(THRESHOLDS)


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="no shared dev corpus")
def test_dev_corpus_meets_targets():
    per, total = evaluate(DEV)
    assert total.entity_prf[2] >= 0.95
    # issue 3 asks for 0.90; the rules alone score 1.00 and the learned layer adds a few wrong facts (0.94)
    assert total.fact_prf[2] >= 0.92
    assert evaluate(DEV, learned=False)[1].fact_prf[2] >= 0.98
