"""The learned relation layer (kg.extract.learned): the model file, the candidates, the checks on what it adds."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.extract import extract, find_facts
from kg.extract.learned import (LABELS, MODEL_PATH, RelationModel, candidate_pairs, learned_facts,
                                learned_performers, load_model, parse_model, performer_candidates, stem)
from kg.model import Article
from tests.extract_helpers import rel

#: Sets scored once at the end and never trained or developed against (corpus/README.md).
FINAL_MEASUREMENT_SETS = ({"heldout6", "heldout7", "heldout8", "heldout9"} | {f"news{i}" for i in range(45, 53)}
                          | {f"news{i}" for i in range(61, 69)} | {f"news{i}" for i in range(69, 77)})


def _article(body: str) -> Article:
    return Article(text=f"Industry news\n\n{body}", title="Industry news", path="t.txt")


def _always(label: str) -> RelationModel:
    """A model that gives every pair ``label`` with near certainty."""
    return RelationModel(classes=("none", label), bias=(-8.0, 8.0), weights={}, threshold=0.6)


def _kinds(ff, kind):
    out = set()
    for f in ff.facts.values():
        if f.kind == kind:
            out.add(tuple(ff.mf.drafts[e].name for v in f.roles.values() for e in v))
    return out


def test_shipped_model_loads_and_was_never_trained_on_a_final_measurement_set():
    model = load_model(str(MODEL_PATH))
    assert model is not None and "none" in model.classes
    assert set(model.classes) <= {"none", *LABELS}
    assert 0.0 < model.threshold <= 1.0
    trained_on = set(model.meta["trained_on"])
    assert trained_on and not trained_on & FINAL_MEASUREMENT_SETS


def test_kg_relation_model_none_turns_the_layer_off(monkeypatch):
    monkeypatch.setenv("KG_RELATION_MODEL", "none")
    assert load_model() is None


@pytest.mark.parametrize("data, message", [
    ({"format": "something-else"}, "not a relation model"),
    ({"format": "mbkg-relation-model/1", "classes": ["none", "marriedTo>"], "bias": [0, 0], "weights": {}},
     "unknown labels: marriedTo>"),
    ({"format": "mbkg-relation-model/1", "classes": ["none", "signedTo>"], "bias": [0], "weights": {}},
     "1 intercepts for 2 classes"),
    ({"format": "mbkg-relation-model/1", "classes": ["none", "signedTo>"], "bias": [0, 0],
      "weights": {"b:x": [[5, 1.0]]}}, "does not list"),
    ({"format": "mbkg-relation-model/1", "classes": ["none"], "bias": [0]}, "malformed"),
])
def test_a_bad_model_file_is_named_with_its_problem(tmp_path, data, message):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=message) as exc:
        load_model(str(path))
    assert str(path) in str(exc.value)


def test_a_missing_model_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="relation model not found"):
        load_model(str(tmp_path / "absent.json"))


def test_candidates_are_pairs_named_in_one_sentence():
    ff = find_facts(_article("Brightline Records met Harbor Records in Oslo. Ostara Music Group stayed home."),
                    learned=False)
    pairs = {(ff.mf.drafts[p.first].name, ff.mf.drafts[p.second].name) for p in candidate_pairs(ff)}
    assert pairs == {("Brightline Records", "Harbor Records")}
    p = next(iter(candidate_pairs(ff)))
    assert "b:met" in p.features and "bx:met" in p.features


def _features(body: str) -> dict[tuple[str, str], set[str]]:
    """(first name, second name) -> the features of the pair, for the rules' reading of ``body``."""
    ff = find_facts(_article(body), learned=False)
    return {(ff.mf.drafts[p.first].name, ff.mf.drafts[p.second].name): set(p.features) for p in candidate_pairs(ff)}


@pytest.mark.parametrize("words, root", [
    (("signed", "signs", "signing", "sign"), "sign"),
    (("acquired", "acquires", "acquiring", "acquire"), "acquir"),
    (("boss", "bosses"), "boss"),
])
def test_stem_gives_inflections_one_root(words, root):
    assert {stem(w) for w in words} == {root}


def test_gap_and_context_words_are_also_stemmed():
    f = _features("Harbor Records is signing Kai Dorn, insiders said.")[("Harbor Records", "Kai Dorn")]
    assert {"b:signing", "sb:sign", "sx:insider", "sx:said"} <= f  # "signed" in training now shares "sb:sign"


def test_first_and_last_gap_words_commas_and_type_pair_with_them():
    f = _features("Dana Vole, who runs Brightline Records, met Ostara Music Group.")[("Dana Vole", "Brightline Records")]
    assert {"bf:,", "bl:runs", "nc:1", "tpl:at:Person|bt:RecordLabel|runs", "tpf:at:Person|bt:RecordLabel|,"} <= f


def test_names_between_the_pair_give_their_types_and_closer_candidates():
    f = _features("Harbor Records is signing Kai Dorn, Brightline Records said.")
    assert {"gt:Person"} <= f[("Harbor Records", "Brightline Records")]
    assert "closer:a" not in f[("Harbor Records", "Brightline Records")]  # the name between is no label
    g = _features("Brightline Records sued Harbor Records and Zeta Records.")[("Brightline Records", "Zeta Records")]
    assert {"gt:RecordLabel", "closer:a", "closer:b"} <= g  # another label stands nearer Brightline


def test_a_list_links_its_names():
    f = _features("Brightline Records sued Harbor Records, Zeta Records and Ostara Music Group.")
    assert "list" in f[("Harbor Records", "Ostara Music Group")]  # through Zeta Records
    assert "list" not in f[("Brightline Records", "Harbor Records")]


def test_roles_the_rules_gave_the_pair_in_the_sentence_are_features():
    f = _features("Brightline Records and Harbor Records sued Zeta Records.")
    assert {"ra:dispute:claimant", "rb:dispute:claimant", "list"} <= f[("Brightline Records", "Harbor Records")]
    # the fact that relates a pair is not evidence for it (the layer reads only pairs no rule related)
    # (Zeta is also the respondent of Harbor's dispute, which Brightline is not in)
    g = f[("Brightline Records", "Zeta Records")]
    assert "ra:dispute:claimant" not in g and "rb:dispute:respondent" in g
    ff = find_facts(_article("Brightline Records met Zeta Records."), learned=False)
    assert not any(k.startswith(("ra:", "rb:")) for p in candidate_pairs(ff) for k in p.features)  # no rule fact


def _names(ff) -> dict[str, int]:
    return {d.name: i for i, d in enumerate(ff.mf.drafts)}


def _pair_features(ff, first: str, second: str) -> set[str]:
    return next(set(p.features) for p in candidate_pairs(ff)
                if (ff.mf.drafts[p.first].name, ff.mf.drafts[p.second].name) == (first, second))


def test_a_name_listed_with_a_rule_party_gets_its_role_as_co_party():
    ff = find_facts(_article("Brightline Records met Harbor Records and Zeta Records in Oslo."), learned=False)
    n = _names(ff)
    assert not ff.facts
    ff.add("dispute", {"claimant": (n["Brightline Records"],), "respondent": (n["Harbor Records"],)}, 1)
    f = _pair_features(ff, "Brightline Records", "Zeta Records")  # Zeta is listed with the respondent
    assert {"ra:dispute:claimant", "cob:dispute:respondent"} <= f
    assert not any(k.startswith("rb:") for k in f)  # Zeta itself is in no rule fact


def test_learned_facts_do_not_change_the_features_of_later_pairs():
    ff = find_facts(_article("Brightline Records met Harbor Records in Oslo. Harbor Records met Zeta Records."),
                    learned=False)
    n = _names(ff)
    pairs = candidate_pairs(ff)
    next(pairs)  # the rule facts are taken when the first pair is read
    ff.add("dispute", {"claimant": (n["Harbor Records"],), "respondent": (n["Brightline Records"],)}, 2)
    later = [p.features for p in pairs]
    assert later and not any(k.startswith(("ra:", "rb:")) for f in later for k in f)
    # a new reading sees the fact
    assert "ra:dispute:claimant" in _pair_features(ff, "Harbor Records", "Zeta Records")


def test_the_layer_adds_what_the_model_says_for_unrelated_pairs():
    ff = find_facts(_article("Brightline Records met Harbor Records in Oslo."), learned=False)
    assert learned_facts(ff, _always("partnership")) == 1
    assert _kinds(ff, "partnership") == {("Brightline Records", "Harbor Records")}


def test_a_person_placed_by_the_rules_gets_no_second_employer_from_the_model():
    ff = find_facts(_article("Dana Vole, chief executive of Brightline Records, spoke at an Ostara Music Group summit."),
                    learned=False)
    assert _kinds(ff, "worksFor") == {("Dana Vole", "Brightline Records")}
    learned_facts(ff, _always("worksFor>"))
    assert _kinds(ff, "worksFor") == {("Dana Vole", "Brightline Records")}  # not also Ostara Music Group


def test_a_unit_the_rules_placed_gets_no_second_parent_from_the_model():
    ff = find_facts(_article("Brightline Records, a unit of Ostara Music Group, met Harbor Records in Oslo."),
                    learned=False)
    assert ("Brightline Records", "Ostara Music Group") in _kinds(ff, "subsidiaryOf")
    learned_facts(ff, _always("subsidiaryOf>"))
    assert {o for s, o in _kinds(ff, "subsidiaryOf") if s == "Brightline Records"} == {"Ostara Music Group"}
    assert ("Brightline Records", "Harbor Records") not in _kinds(ff, "subsidiaryOf")


@pytest.mark.parametrize("body", [
    "Brightline Records did not meet Harbor Records in Oslo.",
    "Brightline Records could meet Harbor Records in Oslo.",
    "Brightline Records is reportedly meeting Harbor Records in Oslo.",
])
def test_negated_and_hedged_sentences_give_the_model_nothing(body):
    ff = find_facts(_article(body), learned=False)
    assert learned_facts(ff, _always("partnership")) == 0


def test_people_are_not_parents_or_labels():
    ff = find_facts(_article("Dana Vole met Brightline Records in Oslo."), learned=False)
    learned_facts(ff, _always("subsidiaryOf<"))  # would make Dana Vole the parent of the label
    learned_facts(ff, _always("signedTo<"))  # would sign the label to Dana Vole
    assert not _kinds(ff, "subsidiaryOf") and not _kinds(ff, "signedTo")


def test_extract_with_and_without_the_learned_layer(monkeypatch, tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_always("partnership").to_json()))
    monkeypatch.setenv("KG_RELATION_MODEL", str(path))
    article = _article("Brightline Records met Harbor Records in Oslo.")
    assert rel(extract(article), "partnership") == {frozenset({"Brightline Records", "Harbor Records"})}
    assert rel(extract(article, learned=False), "partnership") == set()


def test_a_build_marks_learned_facts_with_their_confidence_and_validates(monkeypatch, tmp_path):
    from rdflib import Dataset

    from kg.namespace import MB
    from kg.pipeline import BuildOptions, build
    from kg.validate import validate_file

    path = tmp_path / "m.json"
    path.write_text(json.dumps(_always("partnership").to_json()))
    monkeypatch.setenv("KG_RELATION_MODEL", str(path))
    src = tmp_path / "a.txt"
    src.write_text("Industry news\n\nBrightline Records met Harbor Records in Oslo. Zeta Records sued Harbor Records.\n")
    result = build([src], tmp_path / "out", BuildOptions(strict=True))
    rules_only = build([src], tmp_path / "rules", BuildOptions(learned=False))
    ds = Dataset()
    ds.parse(result.out_dir / "graph.trig", format="trig")
    confident = {(s, float(o)) for s, o in ds.subject_objects(MB.confidence)}
    nodes = {s for s, _ in confident}
    assert any(next(ds.quads((s, MB.party, None, None)), None) for s in nodes)  # the learned partnership node
    assert any((s, MB.inArticle, None) in ds for s in nodes)  # and its assertion
    assert all(c > 0.99 for _, c in confident)
    disputes = {q[0] for q in ds.quads((None, MB.claimant, None, None))}
    assert disputes and not disputes & nodes  # the rules' dispute carries none
    assert validate_file(result.out_dir / "graph.trig").conforms
    assert "confidence" not in (rules_only.out_dir / "graph.trig").read_text()


# --- works without a performer ------------------------------------------------------------------------

#: Two acts, then a work named apart from both: no rule gives it a performer.
_PROFILE = ("Kai Dorn signed with Nimbus Records in May, the singer said. The rapper Tove Lind toured Asia in June. "
            "Then came \"Glass Rooms\", a slow piano song that topped the charts.")


def _performer_model(feature: str, weight: float = 8.0, threshold: float = 0.5) -> RelationModel:
    """A performer model that rates an act by one feature."""
    return RelationModel(classes=("none", "performedBy>"), bias=(0.0, -4.0), weights={feature: ((1, weight),)},
                         threshold=threshold)


def _with_performer(performer: RelationModel) -> RelationModel:
    """A pair model that adds nothing, with ``performer`` as its performer part."""
    return RelationModel(classes=("none", "signedTo>"), bias=(8.0, -8.0), weights={}, threshold=0.6,
                         performer=performer)


def test_performer_candidates_are_works_without_a_performer_and_every_act_of_the_article():
    ff = find_facts(_article(_PROFILE), learned=False)
    cands = {(ff.mf.drafts[c.work].name, ff.mf.drafts[c.act].name): c for c in performer_candidates(ff)}
    assert set(cands) == {("Glass Rooms", "Kai Dorn"), ("Glass Rooms", "Tove Lind")}
    kai, tove = cands[("Glass Rooms", "Kai Dorn")], cands[("Glass Rooms", "Tove Lind")]
    assert kai.sentence == tove.sentence == 3 and (kai.act_sentence, tove.act_sentence) == (1, 2)
    assert {"pdb:-2", "p:signed", "pacts:2"} <= set(kai.features) and "p:nearest" not in kai.features
    assert {"pdb:-1", "p:nearest"} <= set(tove.features) and "p:signed" not in tove.features
    assert {"ppre:then", "ppre:came"} <= set(kai.features)


def test_a_work_with_a_performer_is_no_candidate():
    ff = find_facts(_article('Kai Dorn signed with Nimbus Records. Her single "Glass Rooms" topped the charts.'),
                    learned=False)
    assert ("Glass Rooms", "Kai Dorn") in _kinds(ff, "performedBy")  # the rules read the possessive
    assert list(performer_candidates(ff)) == []


def test_the_performer_model_gives_the_work_its_most_probable_act_with_both_sentences_as_evidence():
    ff = find_facts(_article(_PROFILE), learned=False)
    assert learned_facts(ff, _with_performer(_performer_model("p:nearest"))) == 1
    assert _kinds(ff, "performedBy") == {("Glass Rooms", "Tove Lind")}
    fact = next(f for f in ff.facts.values() if f.kind == "performedBy")
    assert sorted(fact.sents) == [2, 3] and 0.5 < fact.confidence < 1.0
    # the same article, a model that trusts signed acts
    ff = find_facts(_article(_PROFILE), learned=False)
    learned_facts(ff, _with_performer(_performer_model("p:signed")))
    assert _kinds(ff, "performedBy") == {("Glass Rooms", "Kai Dorn")}


def test_the_performer_model_adds_nothing_below_its_threshold():
    ff = find_facts(_article(_PROFILE), learned=False)
    assert learned_performers(ff, _performer_model("p:nearest", weight=4.0, threshold=0.6)) == 0  # p = 0.5
    assert learned_performers(ff, None) == 0
    assert not _kinds(ff, "performedBy")


def test_a_model_file_round_trips_its_performer_part_and_checks_its_classes(tmp_path):
    model = _with_performer(_performer_model("p:nearest"))
    assert parse_model(json.loads(json.dumps(model.to_json()))) == model
    bad = model.to_json()
    bad["performer"]["classes"] = ["none", "signedTo>"]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(InputError, match="performer part must have the classes none and performedBy>"):
        load_model(str(path))


def test_a_hedge_outside_the_pair_leaves_the_pair_to_the_model():
    # the guard reads the stretch from just before the first name to the second, not the whole sentence
    ff = find_facts(_article("Brightline Records met Harbor Records in Oslo, and the label said it would appeal."),
                    learned=False)
    assert learned_facts(ff, _always("partnership")) == 1
    ff = find_facts(_article("Brightline Records would meet Harbor Records in Oslo, the label said."), learned=False)
    assert learned_facts(ff, _always("partnership")) == 0
