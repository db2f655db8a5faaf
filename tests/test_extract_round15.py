"""Round 15b: disputes, agreements and acquisitions on unseen real news (docs/extractor.md)."""
from __future__ import annotations

import kg.extract.patterns as P
from extract_helpers import dispute, rel, run


# --- disputes --------------------------------------------------------------------------------------------
def test_possessive_apposition_after_a_respondent_is_a_second_respondent():
    x = run("Nova Records sued Bluepeak Media and its chief executive, Dana Holt, in March.")
    assert dispute(x, "Nova Records", "Bluepeak Media")
    assert dispute(x, "Nova Records", "Dana Holt")


def test_possessive_apposition_trap_a_new_clause_is_not_a_respondent():
    x = run("Nova Records sued Bluepeak Media in March, and its chief executive, Dana Holt, resigned.")
    assert dispute(x, "Nova Records", "Bluepeak Media")
    assert not dispute(x, "Nova Records", "Dana Holt")


def test_participle_suing_after_the_claimants_own_clause():
    x = run("The singer Ivo Marsh left Tessellate Records in 2019 and went to court, suing the label and his "
            "former manager, Corvid Management, over his royalties.")
    assert dispute(x, "Ivo Marsh", "Tessellate Records")
    assert dispute(x, "Ivo Marsh", "Corvid Management")


def test_participle_suing_trap_a_reported_clause_keeps_its_own_subject():
    x = run("Harbourline Records said that Quillon Audio had gone to court, suing Lumo Media.")
    assert dispute(x, "Quillon Audio", "Lumo Media")
    assert not dispute(x, "Harbourline Records", "Lumo Media")


def test_in_its_suit_against_gives_the_claimant_of_the_possessive():
    x = run("The appeals court has ruled, handing a win to the publisher Corvid Songs in its copyright "
            "infringement suit against Wavelet Audio.")
    assert dispute(x, "Corvid Songs", "Wavelet Audio")
    assert not {c for c, _ in rel(x, "dispute")} & {"appeals court"}


def test_pitted_against_in_a_case():
    x = run("The second case pitted the academic publisher Corvid Books against Wavelet Audio, which runs a "
            "file-hosting service.")
    assert dispute(x, "Corvid Books", "Wavelet Audio")


def test_pitted_against_trap_without_legal_talk():
    x = run("The final pitted the producer Ivo Marsh against Dana Holt in a remix contest.")
    assert not rel(x, "dispute")


def test_settled_his_claims_against_gives_dispute_and_settlement():
    x = run("After three years in court, the rapper Ivo Marsh has settled his claims against Tessellate Records.")
    assert dispute(x, "Ivo Marsh", "Tessellate Records")
    assert frozenset({"Ivo Marsh", "Tessellate Records"}) in rel(x, "settlement")


# --- agreements ------------------------------------------------------------------------------------------
def test_object_in_a_joint_venture_with_is_not_a_party():
    x = run("Lumo Capital has form in music: it backed Tessellate Records in a joint venture with Bluepeak "
            "Media a decade ago.")
    parts = rel(x, "partnership")
    assert frozenset({"Lumo Capital", "Bluepeak Media"}) in parts
    assert frozenset({"Tessellate Records", "Bluepeak Media"}) not in parts


def test_subject_in_a_joint_venture_with_is_still_a_party():
    x = run("Last year Harbourline Records, in a joint venture with Bluepeak Media, launched a label.")
    assert frozenset({"Harbourline Records", "Bluepeak Media"}) in rel(x, "partnership")


# --- acquisitions ----------------------------------------------------------------------------------------
def test_agreement_under_which_it_will_acquire():
    x = run("Wavelet Group has signed a merger agreement under which it will acquire Lumo Audio, the podcast app.")
    assert ("Wavelet Group", "Lumo Audio") in rel(x, "acquisition")


def test_agreement_under_which_trap_a_hedge_is_no_acquisition():
    x = run("Wavelet Group has signed a merger agreement under which it could acquire Lumo Audio.")
    assert ("Wavelet Group", "Lumo Audio") not in rel(x, "acquisition")


def test_apposition_the_network_x_bought_without_a_relative_pronoun():
    x = run("The Ledger, the sports and culture network Wavelet Audio bought in 2020, kept its own brand.")
    assert ("Wavelet Audio", "The Ledger") in rel(x, "acquisition") or ("Wavelet Audio", "Ledger") in rel(x, "acquisition")


def test_plural_catalogues_and_through_end_the_acquisition_filler():
    # the table itself (the fallback layer may still read such a sentence)
    acquire = next(p for p in P.ACQUISITION_PATTERNS if p.name == "acquire")
    assert not acquire.regex.search("@1@ will buy further catalogues through @2@.")
    assert not acquire.regex.search("@1@ bought music through @2@.")
    assert acquire.regex.search("@1@ bought the London label @2@.")
