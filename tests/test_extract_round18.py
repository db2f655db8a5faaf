"""Round 18b: wrong facts from the rule tables (backers, late founders, artist-founders, artists teaming up)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_undescribed_backer_is_not_a_parent():
    x = run("Brightmoor Songs, the catalogue company backed by the Halden Group, has acquired the recordings of Tessa Vane.")
    assert ("Brightmoor Songs", "Halden Group") not in rel(x, "subsidiaryOf")


def test_backer_described_as_investment_firm_still_owns():
    # trap: the text says what the backer is; gold guidelines keep this as ownership
    x = run("Northpeak Audio is backed by the investment firm Corvel Partners. It bought Dunmore Records in May.")
    assert ("Northpeak Audio", "Corvel Partners") in rel(x, "subsidiaryOf")


def test_late_founder_is_not_a_parent_company():
    x = run("Ashgrove Publishing was built by the late Walter Kress, a publisher who worked with many songwriters.")
    assert ("Ashgrove Publishing", "Walter Kress") not in rel(x, "subsidiaryOf")


def test_built_by_a_company_is_still_ownership():
    x = run("Larkspur Radio, a streaming service built by Halvorsen Media, launched in Norway last year.")
    assert ("Halvorsen Media", "Larkspur Radio") in rel(x, "operates") | {
        (b, a) for a, b in rel(x, "subsidiaryOf")}


def test_artist_who_founded_label_and_releases_through_it_is_signed():
    x = run("Orvan Records is more than a business for the rapper Kilo Drift. "
            "He founded the label in 2001 and has released all of his music through it.")
    assert ("Kilo Drift", "Orvan Records") in rel(x, "signedTo")
    assert ("Kilo Drift", "Orvan Records") not in rel(x, "worksFor")


def test_artist_founder_without_release_cue_stays_founder():
    # trap: the text says only that the artist founded the label
    x = run("The rapper Kilo Drift founded Orvan Records in 2001.")
    assert ("Kilo Drift", "Orvan Records") in rel(x, "worksFor")
    assert not rel(x, "signedTo")


def test_artists_teaming_up_on_a_song_is_no_partnership():
    x = run('The singer Lina Moss teamed up with the rapper Dex Harlan on "Cold Water", which reached number one.')
    assert not rel(x, "partnership")
    assert ("Cold Water", "Lina Moss") in rel(x, "performedBy")


def test_companies_teaming_up_is_a_partnership():
    # trap: two companies teaming up is the agreement the ontology records
    x = run("Sonvale Music teamed up with Brightline Media on a new podcast network.")
    assert frozenset({"Sonvale Music", "Brightline Media"}) in rel(x, "partnership")
