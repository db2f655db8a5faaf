"""Round 14b: disputes, agreements and acquisitions in the language of real news (docs/extractor.md)."""
from __future__ import annotations

import kg.extract.facts as facts_mod
from extract_helpers import dispute, rel, run


# --- disputes --------------------------------------------------------------------------------------------
def test_accuse_of_in_a_complaint_with_a_companion_claimant():
    x = run("In a complaint filed in federal court in Manhattan, Harbourline Records and Tessellate Music, "
            "together with the independent publisher Corvid Songs, accuse the Wavelet of copyright infringement.")
    for c in ("Harbourline Records", "Tessellate Music", "Corvid Songs"):
        assert dispute(x, c, "Wavelet"), c


def test_accuse_of_takes_legal_context_from_the_sentence_before():
    x = run("Two class actions were filed on Tuesday in New York. In the first, the singer Mara Quillon, best known "
            'for the 1999 hit "Paper Moons", and Dex Arundel accuse Harbourline Records, the US arm of Tessellate '
            "Group, of ignoring termination notices.")
    assert dispute(x, "Mara Quillon", "Harbourline Records")
    assert dispute(x, "Dex Arundel", "Harbourline Records")
    assert not dispute(x, "Mara Quillon", "Tessellate Group")


def test_accusation_in_a_public_row_is_no_dispute(monkeypatch):
    # the table rule alone (the recall layer of fallback.py has its own trigger words and is tested there)
    monkeypatch.setattr(facts_mod, "fallback_facts", lambda ff: None)
    x = run("Harbourline Records opened a new office in Leeds in May. At a conference in Berlin, Tessellate Music "
            "accused Harbourline Records of hypocrisy over its pricing.")
    assert rel(x, "dispute") == set()


def test_among_the_plaintiffs_joins_the_lawsuit():
    x = run("A group of 12 music publishers has sued Wavelet for copyright infringement. Harbourline Music "
            "Publishing, Corvid Songs and Tessellate Music are among the plaintiffs, who list 900 songs.")
    for c in ("Harbourline Music Publishing", "Corvid Songs", "Tessellate Music"):
        assert dispute(x, c, "Wavelet"), c


def test_among_the_labels_that_praised_is_no_claim():
    x = run("Wavelet launched a new app in May. Harbourline Records and Corvid Songs are among the labels that "
            "praised Wavelet.")
    assert rel(x, "dispute") == set()


def test_countersuit_of_its_own_is_against_the_claimant():
    x = run("Corvid Songs sued Wavelet in Los Angeles in March, alleging unpaid royalties. Wavelet responded weeks "
            "later with a lawsuit of its own in New York.")
    assert dispute(x, "Corvid Songs", "Wavelet")
    assert dispute(x, "Wavelet", "Corvid Songs")


def test_countersuit_naming_the_other_side():
    x = run("Wavelet responded weeks later with a lawsuit in Texas that described Corvid Songs as an illegal cartel.")
    assert dispute(x, "Wavelet", "Corvid Songs")


def test_response_without_a_suit_or_a_lawsuit_to_answer_is_no_dispute():
    x = run("Corvid Songs sued Wavelet in March. Wavelet responded with a statement calling the claims baseless.")
    assert not dispute(x, "Wavelet", "Corvid Songs")
    y = run("Wavelet answered with a lawsuit in Texas in May.")
    assert rel(y, "dispute") == set()


def test_suit_against_led_by():
    x = run("The second suit, against Harbourline Records, is led by the singer Dex Arundel, and makes similar claims.")
    assert dispute(x, "Dex Arundel", "Harbourline Records")


# --- acquisitions ----------------------------------------------------------------------------------------
def test_agreed_to_take_a_majority_stake_is_an_acquisition_and_a_parent():
    x = run("Harbourline Group has agreed to take a majority stake in Corvid Songs, the Lagos label behind "
            "several hits.")
    assert ("Harbourline Group", "Corvid Songs") in rel(x, "acquisition")
    assert ("Corvid Songs", "Harbourline Group") in rel(x, "subsidiaryOf")


def test_completed_purchase_of_a_controlling_stake():
    x = run("Harbourline Group has completed its purchase of a controlling 51 per cent stake in Corvid Songs, "
            "ending a transaction first agreed in 2019.")
    assert ("Harbourline Group", "Corvid Songs") in rel(x, "acquisition")
    f = next(f for f in x.facts if f.kind == "acquisition")
    assert f.status == "completed"


def test_minority_stake_is_no_acquisition():
    x = run("Harbourline Group bought a 20% stake in Corvid Songs in 2021. Tessellate Capital took a minority "
            "stake in Corvid Songs.")
    assert rel(x, "acquisition") == set()
    assert rel(x, "subsidiaryOf") == set()


def test_stake_talks_are_no_acquisition():
    x = run("Harbourline Group is in talks to take a majority stake in Corvid Songs.")
    assert rel(x, "acquisition") == set()


# --- agreements ------------------------------------------------------------------------------------------
def test_participle_after_the_subjects_clause_announces_a_partnership():
    x = run("In May the Berlin app Lumenfield took its biggest step into the mainstream, announcing a strategic "
            "partnership with Harbourline Records.")
    assert frozenset({"Lumenfield", "Harbourline Records"}) in rel(x, "partnership")


def test_participle_trap_a_possible_partnership_is_none():
    x = run("In May the Berlin app Lumenfield took its biggest step into the mainstream, announcing a possible "
            "partnership with Harbourline Records.")
    assert rel(x, "partnership") == set()


def test_named_members_stand_for_an_unnamed_plural():
    x = run("Lumenfield has signed content agreements with news publishers, among them the Hamburg-based Kestrel "
            "Media group, but no such deal exists with labels.")
    assert frozenset({"Lumenfield", "Kestrel Media"}) in rel(x, "partnership") | rel(x, "licensing")


def test_among_them_without_a_preposition_changes_nothing():
    x = run("Several labels, among them Harbourline Records, praised the new chart rules on Monday.")
    assert rel(x, "partnership") == set() and rel(x, "dispute") == set()
