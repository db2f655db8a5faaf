"""Training the learned relation layer (kg.learn) and the train-relations command."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from kg.errors import InputError
from kg.extract import extract
from kg.extract.learned import LABELS, parse_model
from kg.learn import TrainingRow, gold_relations, label_for, save_model, train, training_rows, training_rows_by_kind
from kg.model import Article
from tests.extract_helpers import rel

LABELS_ = [("Nimbus Records", "Kai Dorn", "Lia Ferro"), ("Orchid Sound", "Remy Vale", "Ona Brisk"),
           ("Quartz Records", "Tove Lind", "Ada Mire"), ("Harrow Music", "Juno Pike", "Cass Orr"),
           ("Larkspur Records", "Milo Quest", "Tess Arden"), ("Ferrous Music", "Nico Sable", "Ivy Thorn")]


def _corpus(tmp_path):
    """Annotated articles with an invented verb the rules do not know: "L zorbled A" means A signed to L."""
    d = tmp_path / "gold"
    d.mkdir()
    for i, (label, artist, other) in enumerate(LABELS_):
        text = (f"{label} news\n\n{label} zorbled {artist} last spring, its staff said. "
                f"{label} and {other} attended the awards in the evening.\n")
        gold = {"entities": [{"name": label, "types": ["RecordLabel"]}, {"name": artist, "types": ["Artist"]},
                             {"name": other, "types": ["Artist"]}],
                "facts": [{"relation": "signedTo", "subject": artist, "object": label}]}
        (d / f"{i:02d}.txt").write_text(text, encoding="utf-8")
        (d / f"{i:02d}.json").write_text(json.dumps(gold), encoding="utf-8")
    return d


def _article(body: str) -> Article:
    return Article(text=f"Label news\n\n{body}", title="Label news", path="t.txt")


def test_rows_carry_gold_labels_from_the_first_named_side(tmp_path):
    rows = training_rows([_corpus(tmp_path)])
    labels = [r.label for r in rows]
    assert labels.count("signedTo<") == len(LABELS_)  # the label is named first: its artist signed to it
    assert "none" in labels  # the label and the artist at the awards


def test_a_trained_model_reads_a_phrasing_the_rules_do_not(tmp_path, monkeypatch):
    model = train(training_rows([_corpus(tmp_path)]), threshold=0.5)
    path = save_model(model, tmp_path / "m.json")
    monkeypatch.setenv("KG_RELATION_MODEL", str(path))
    body = "Willow Records zorbled Sam Okafor last spring, its staff said."
    assert rel(extract(_article(body), learned=False), "signedTo") == set()  # the rules do not read it
    assert rel(extract(_article(body)), "signedTo") == {("Sam Okafor", "Willow Records")}
    # the learned layer keeps the rules' guards: a negated or hedged sentence states nothing
    assert rel(extract(_article("Willow Records never zorbled Sam Okafor, its staff said.")), "signedTo") == set()
    assert rel(extract(_article("Willow Records reportedly zorbled Sam Okafor, its staff said.")), "signedTo") == set()


def test_saved_model_round_trips(tmp_path):
    model = train(training_rows([_corpus(tmp_path)]))
    path = save_model(model, tmp_path / "m.json")
    again = parse_model(json.loads(path.read_text()), path)
    assert again == model
    assert set(again.classes) <= {"none", *LABELS}


def test_two_class_model_gives_scikit_learn_probabilities():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [TrainingRow("a", ("b:signed", "x"), "signedTo>"), TrainingRow("a", ("b:met", "x"), "none"),
            TrainingRow("b", ("b:signed", "y"), "signedTo>"), TrainingRow("b", ("b:met", "y"), "none"),
            TrainingRow("c", ("b:signed", "b:met"), "none")]
    model = train(rows, min_count=1, min_weight=0.0)
    vec = DictVectorizer()
    clf = LogisticRegression(max_iter=5000).fit(vec.fit_transform([{f: 1 for f in r.features} for r in rows]),
                                                [r.label for r in rows])
    want = clf.predict_proba(vec.transform([{"b:signed": 1, "y": 1}]))[0]
    got = model.probabilities(["b:signed", "y"])
    assert [model.classes[k] for k in range(2)] == list(clf.classes_)
    assert got == pytest.approx(list(want), abs=1e-3)


def test_training_needs_both_kinds_of_rows():
    with pytest.raises(InputError, match="at least one related and one unrelated"):
        train([TrainingRow("a", ("x",), "none"), TrainingRow("b", ("y",), "none")])


def test_label_priority_and_gold_relations():
    assert label_for({"worksFor>", "dispute<"}) == "dispute<"
    rel_ = gold_relations({"facts": [{"relation": "licensing", "parties": ["A", "B", "C"]},
                                     {"relation": "dispute", "claimant": "A", "respondent": "B"}]})
    assert rel_[("A", "B")] == {"licensing", "dispute>"}
    assert rel_[("C", "A")] == {"licensing"}


def test_cli_trains_and_writes_the_model(tmp_path, run_kg):
    out = tmp_path / "model.json"
    res = run_kg("train-relations", _corpus(tmp_path), "--out", out)
    assert res.exit_code == 0, res.stderr
    assert "related" in res.stdout and out.exists()
    assert parse_model(json.loads(out.read_text())).meta["trained_on"] == ["gold"]


def test_cli_names_a_directory_that_is_not_there(tmp_path, run_kg):
    res = run_kg("train-relations", tmp_path / "nope", "--out", tmp_path / "m.json")
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope" in lines[0] and "not a directory" in lines[0]
    assert not (tmp_path / "m.json").exists()


WORKS_ = ["Glass Rooms", "Paper Moons", "Iron Lake", "Salt Year", "Blue Hours", "Low Tide"]


def _profiles(tmp_path, name: str = "profiles"):
    """Annotated profiles whose work is named sentences after its act: only the act that signed performs it."""
    d = tmp_path / name
    d.mkdir()
    for i, ((label, artist, other), work) in enumerate(zip(LABELS_, WORKS_)):
        text = (f"Music news\n\n{artist} signed with {label} in May, the singer said. "
                f"The rapper {other} toured Asia in June. Then came \"{work}\", a slow piano song.\n")
        gold = {"entities": [{"name": label, "types": ["RecordLabel"]}, {"name": artist, "types": ["Artist"]},
                             {"name": other, "types": ["Artist"]}, {"name": work, "types": ["Work"]}],
                "facts": [{"relation": "signedTo", "subject": artist, "object": label},
                          {"relation": "performedBy", "subject": work, "object": artist}]}
        (d / f"{i:02d}.txt").write_text(text, encoding="utf-8")
        (d / f"{i:02d}.json").write_text(json.dumps(gold), encoding="utf-8")
    return d


def test_performer_rows_pair_each_work_without_a_performer_with_each_act(tmp_path):
    rows = training_rows([_profiles(tmp_path)], kind="performers")
    assert len(rows) == 2 * len(WORKS_)
    assert sorted(r.label for r in rows) == ["none"] * len(WORKS_) + ["performedBy>"] * len(WORKS_)
    assert all("p:signed" in r.features for r in rows if r.label != "none")
    with pytest.raises(InputError, match="row kind 'works'"):
        training_rows([_profiles(tmp_path, "other")], kind="works")


def test_cli_trains_a_performer_model_that_reads_a_work_named_apart_from_its_act(tmp_path, run_kg, monkeypatch):
    out = tmp_path / "m.json"
    res = run_kg("train-relations", _corpus(tmp_path), _profiles(tmp_path), "--out", out,
                 "--performer-threshold", "0.55")
    assert res.exit_code == 0, res.stderr
    assert "6 performed" in res.stdout
    model = parse_model(json.loads(out.read_text()))
    assert model.performer is not None and model.performer.threshold_for("performedBy") == 0.55
    monkeypatch.setenv("KG_RELATION_MODEL", str(out))
    body = ("Ada Quill signed with Vesper Records in May, the singer said. The rapper Bo Reyes toured Asia in June. "
            "Then came \"Night Ferry\", a slow piano song.")
    assert rel(extract(_article(body)), "performedBy") == {("Night Ferry", "Ada Quill")}
    assert rel(extract(_article(body), learned=False), "performedBy") == set()


def test_cli_refuses_a_performer_threshold_of_zero(tmp_path, run_kg):
    res = run_kg("train-relations", _profiles(tmp_path), "--out", tmp_path / "m.json", "--performer-threshold", "0")
    assert res.exit_code != 0 and "--performer-threshold 0.0 is not above 0" in res.stderr
    assert not (tmp_path / "m.json").exists()


def test_performer_cross_validation_gives_one_prediction_per_work(tmp_path):
    from kg.learn import cross_validate_performers

    a, b = _profiles(tmp_path, "a"), _profiles(tmp_path, "b")
    preds = cross_validate_performers(training_rows([a, b], kind="performers"), min_count=1)
    assert len(preds) == 2 * len(WORKS_) and {p.group for p in preds} == {"a", "b"}
    assert all(p.right and p.probability > 0.5 for p in preds)

ROOT = Path(__file__).resolve().parent.parent


def _train_sets() -> list[str]:
    """The Makefile's TRAIN_SETS: the annotated sets `make model` trains on."""
    listed = re.search(r"^TRAIN_SETS = (.*)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    news = listed.index("$(addprefix news,")
    ranges = re.findall(r"\$\(shell seq (\d+) (\d+)\)", listed[news:])
    return listed[:news].split() + [f"news{i}" for a, b in ranges for i in range(int(a), int(b) + 1)]


@pytest.mark.slow
def test_shipped_model_was_trained_on_the_corpus_and_rules_as_they_are():
    """A stale model (rules, mentions or corpus changed since `make model`) fails here: retrain with `make model`."""
    from collections import Counter

    from kg.extract.learned import MODEL_PATH

    sets = _train_sets()
    model = parse_model(json.loads(MODEL_PATH.read_text()), MODEL_PATH)
    assert sorted(model.meta["trained_on"]) == sorted(sets)
    by_kind = training_rows_by_kind([ROOT / "corpus" / s for s in sets])
    rows, works = by_kind["pairs"], by_kind["performers"]
    assert model.meta["rows"] == len(rows)
    assert model.meta["labels"] == dict(sorted(Counter(r.label for r in rows).items()))
    assert model.performer is not None
    assert model.performer.meta["rows"] == len(works)
    assert model.performer.meta["labels"] == dict(sorted(Counter(r.label for r in works).items()))


def test_eval_and_build_rules_only_leave_the_learned_layer_out(tmp_path, run_kg, monkeypatch):
    gold = _corpus(tmp_path)
    model = save_model(train(training_rows([gold]), threshold=0.5), tmp_path / "m.json")
    monkeypatch.setenv("KG_RELATION_MODEL", str(model))
    with_model = run_kg("eval", gold)
    rules_only = run_kg("eval", gold, "--rules-only")
    assert with_model.exit_code == 0 and rules_only.exit_code == 0
    total = [line for line in with_model.stdout.splitlines() if "total" in line][-1]
    total_rules = [line for line in rules_only.stdout.splitlines() if "total" in line][-1]
    fact_f1 = total.replace("│", " ").split()[-1]
    assert fact_f1 == "1.00" and total_rules.replace("│", " ").split()[-1] != "1.00"  # the model reads "zorbled"
    built = run_kg("build", gold / "00.txt", "--out", tmp_path / "out", "--rules-only")
    assert built.exit_code == 0
    assert "signedTo" not in (tmp_path / "out" / "graph.ttl").read_text()
    run_kg("build", gold / "00.txt", "--out", tmp_path / "out2")
    assert "signedTo" in (tmp_path / "out2" / "graph.ttl").read_text()


def _two_groups(tmp_path):
    """The invented corpus split into two directories (cross-validation leaves one out at a time)."""
    src = _corpus(tmp_path)
    dirs = [tmp_path / "a", tmp_path / "b"]
    for i, d in enumerate(dirs):
        d.mkdir()
        for f in sorted(src.iterdir()):
            if int(f.stem) % 2 == i:
                (d / f.name).write_bytes(f.read_bytes())
    return dirs


def test_cross_validation_predicts_each_group_with_a_model_trained_on_the_others(tmp_path):
    from kg.learn import cross_validate, precision_by_threshold

    rows = training_rows(_two_groups(tmp_path))
    assert {r.group for r in rows} == {"a", "b"}
    preds = cross_validate(rows, min_count=1)
    signed = [p for p in preds if p.label == "signedTo<"]
    assert {p.group for p in signed} == {"a", "b"}  # each group predicted without its own articles
    assert all(p.right for p in signed) and len(signed) == len(LABELS_)
    assert precision_by_threshold(preds, (0.0,))["signedTo"] == [(len(LABELS_), 0)]


def test_cross_validation_needs_two_directories(tmp_path):
    from kg.learn import cross_validate

    with pytest.raises(InputError, match="at least two directories"):
        cross_validate(training_rows([_corpus(tmp_path)]))


def test_cli_cross_validate_prints_the_table_and_writes_no_model(tmp_path, run_kg):
    a, b = _two_groups(tmp_path)
    res = run_kg("train-relations", a, b, "--cross-validate", "--out", tmp_path / "m.json")
    assert res.exit_code == 0, res.stderr
    assert "signedTo" in res.stdout and "right/wrong" in res.stdout
    assert ">= 0.95" in res.stdout  # every column whole, also through a pipe
    assert not (tmp_path / "m.json").exists()
    # the documented 40 % rule, as flags to pass to `kg train-relations`
    assert re.search(r"right >= 40 % from: .*--kind-threshold signedTo=(0\.\d+|1\.1)", res.stdout)


def test_thresholds_by_precision_picks_the_lowest_threshold_right_often_enough():
    from kg.learn import thresholds_by_precision

    table = {"worksFor": [(2, 8), (3, 4), (3, 1)], "licensing": [(0, 0), (1, 3), (0, 2)]}
    assert thresholds_by_precision(table, (0.5, 0.7, 0.9)) == {"worksFor": 0.7, "licensing": None}
    assert thresholds_by_precision(table, (0.5, 0.7, 0.9), minimum=0.2) == {"worksFor": 0.5, "licensing": 0.7}


def test_cross_validation_can_leave_out_only_some_groups(tmp_path):
    from kg.learn import cross_validate

    rows = training_rows(_two_groups(tmp_path))
    preds = cross_validate(rows, min_count=1, only=["b"])
    assert preds and {p.group for p in preds} == {"b"}  # the folds of "a" run elsewhere


@pytest.mark.parametrize("options", [{"penalty": "l1", "c": 10.0}, {"class_weight": "balanced"}])
def test_other_regularisers_and_class_weights_still_learn_the_phrasing(tmp_path, options):
    rows = training_rows([_corpus(tmp_path)])
    model = train(rows, min_count=1, **options)
    row = next(r for r in rows if r.label == "signedTo<")
    assert model.best(row.features)[0] == "signedTo<"
    assert model.meta["C"] == options.get("c", 1.0)


def test_an_unknown_penalty_is_refused(tmp_path):
    with pytest.raises(InputError, match="penalty 'l3'"):
        train(training_rows([_corpus(tmp_path)]), penalty="l3")


#: Final-measurement articles that share much of their cast with a training article, checked by hand: background
#: facts of the same companies, or (the first two) the same story seen from another date. Scored without them,
#: heldout7 stays 0.71 and heldout9 rises from 0.65 to 0.67, so they do not flatter the final figures.
KNOWN_OVERLAPS = {
    ("heldout7/11_spotify_ek_co_ceos", "heldout2/09_spotify_leadership"),
    ("heldout9/09_king_gizzard_spotify_helsing", "heldout2/09_spotify_leadership"),
    ("heldout7/05_tme_netease_sublicensing", "news2/07_tme_samr_exclusivity"),
    ("heldout7/05_tme_netease_sublicensing", "news43/12_alibaba_xiami_closure"),
    ("heldout9/11_spotify_label_ai_deals_note", "news19/11_spotify_ai_majors"),
    ("news45/03_pandora_sony_licence_note", "news21/06_pandora_pre1972_settlement"),
}


def test_no_final_measurement_article_repeats_a_training_article():
    """A set kept for the final measurement must not retell an event the model trained on: an article whose named
    entities are half the same as a training article's (Jaccard >= 0.5, at least four shared) fails here."""
    from kg.evaluate import norm

    train = set(_train_sets())
    names: dict[str, set[str]] = {}
    for gold in sorted((ROOT / "corpus").glob("*/*.json")):
        entities = json.loads(gold.read_text())["entities"]
        names[f"{gold.parent.name}/{gold.stem}"] = {norm(e["name"]) for e in entities}
    final = {k for k in names if k.split("/")[0] not in train}
    assert final and len(final) < len(names)
    repeats = set()
    for f in final:
        for t in names.keys() - final:
            shared = names[f] & names[t]
            if len(shared) >= 4 and len(shared) / len(names[f] | names[t]) >= 0.5:
                repeats.add((f, t))
    assert repeats == KNOWN_OVERLAPS


def test_cli_cross_validate_prints_the_performer_row_and_its_flag(tmp_path, run_kg):
    a, b = _two_groups(tmp_path)
    res = run_kg("train-relations", a, b, _profiles(tmp_path, "c"), _profiles(tmp_path, "d"), "--cross-validate")
    assert res.exit_code == 0, res.stderr
    row = next(line for line in res.stdout.splitlines() if "performer of a work" in line)
    assert "12/0" in row  # every work of c and d given its act by a model trained without them
    assert re.search(r"--performer-threshold 0\.5\b", res.stdout)
