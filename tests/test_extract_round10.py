"""Round 10 of the extractor (issue 3): roster statements, units after a deal, titles in apposition, works."""
from __future__ import annotations

from tests.extract_helpers import dispute, rel, run


# names that open with a number are found from the gazetteer only (300 Entertainment is in it)
def test_bare_number_names_the_label_that_opens_with_it():
    x = run("Quill Hawkins co-founded 300 Entertainment. Mara Vey is signed to 300, as are Dox and Pelle Rune.")
    assert {("Mara Vey", "300 Entertainment"), ("Dox", "300 Entertainment"),
            ("Pelle Rune", "300 Entertainment")} <= rel(x, "signedTo")


def test_a_bare_number_before_a_noun_is_a_number():
    # trap: "300 artists" and "about 300" are counts, not the label
    x = run("300 Entertainment opened in 2012. It now has 300 artists, and about 300 staff work for Pixwave.")
    assert not any("300" == a for e in x.entities for a in {e.name, *e.aliases})


def test_roster_verb_ellipsis_with_as_are_and_both_of_whom():
    x = run("Mara Vey is signed to Larkspur Records, as are Dox and Pelle Rune, both of whom also release music "
            "through Dox's imprint Hollow Tone Records.")
    assert {("Mara Vey", "Larkspur Records"), ("Dox", "Larkspur Records"), ("Pelle Rune", "Larkspur Records"),
            ("Dox", "Hollow Tone Records"), ("Pelle Rune", "Hollow Tone Records")} <= rel(x, "signedTo")


def test_whose_clause_does_not_take_the_verb_of_its_owner():
    x = run('Mara Vey, whose hit "Glasswork" topped the charts in a remix with rapper Dox, is signed to Larkspur Records.')
    assert ("Mara Vey", "Larkspur Records") in rel(x, "signedTo")
    assert ("Dox", "Larkspur Records") not in rel(x, "signedTo")  # trap: the featured artist is not signed there
    assert {("Glasswork", "Mara Vey"), ("Glasswork", "Dox")} <= rel(x, "performedBy")


def test_so_does_repeats_the_previous_signing():
    x = run('The singer Mara Vey, whose album "Glasswork" sold well, records for Larkspur Records. '
            'So does Pelle Rune, whose single "Harbour Lights" came out in May.')
    assert {("Mara Vey", "Larkspur Records"), ("Pelle Rune", "Larkspur Records")} <= rel(x, "signedTo")


def test_so_does_without_a_signing_before_gives_nothing():
    # trap: the sentence before states no roster, so the ellipsis has nothing to repeat
    x = run("The singer Mara Vey toured Europe with Larkspur Records staff. So does Pelle Rune.")
    assert ("Pelle Rune", "Larkspur Records") not in rel(x, "signedTo")


def test_headline_home_of_and_own_imprint():
    x = run("Larkspur Records, home of Mara Vey and Dox, had a good year. "
            "The rapper Pelle Rune, who records for Larkspur Records through his own imprint Hollow Tone Records, agreed.")
    assert {("Mara Vey", "Larkspur Records"), ("Dox", "Larkspur Records"),
            ("Pelle Rune", "Hollow Tone Records")} <= rel(x, "signedTo")


def test_label_becomes_a_unit_within_the_buyer():
    x = run("Orbis Music agreed to acquire Larkspur Records. Larkspur Records will become a standalone label within "
            "Orbis Music. Vantor Group bought Quill Audio, and Quill Audio will keep its name inside Vantor Group.")
    assert ("Larkspur Records", "Orbis Music") in rel(x, "subsidiaryOf")
    assert ("Quill Audio", "Vantor Group") in rel(x, "subsidiaryOf")


def test_which_will_operate_as_a_label_inside():
    x = run("Orbis Music has bought Larkspur Records. Petra Lind, Larkspur Records' founder, will run the business, "
            "which will operate as a standalone label inside Orbis Music.")
    assert ("Larkspur Records", "Orbis Music") in rel(x, "subsidiaryOf")


def test_acquisition_alone_gives_no_unit():
    # trap: an acquisition without "label within" is not a stated subsidiary (guidelines)
    x = run("Orbis Music agreed to acquire Larkspur Records, which will keep its offices in Leeds.")
    assert ("Orbis Music", "Larkspur Records") in rel(x, "acquisition")
    assert rel(x, "subsidiaryOf") == set()


def test_the_co_founder_and_title_of_is_a_title_not_a_reference():
    x = run("Petra Lind and Omar Best started Larkspur Records. Best, the co-founder and chief executive of Larkspur "
            "Records, will stay.")
    assert ("Omar Best", "Larkspur Records") in rel(x, "worksFor")


def test_possessive_complaint_that_accused():
    x = run("Tunewave's complaint, filed in May 2021, accused Orchard Apps of unfair competition.")
    assert dispute(x, "Tunewave", "Orchard Apps")


def test_possessive_complaint_without_a_respondent_verb_is_no_dispute():
    # trap: "about" a rule names no respondent
    x = run("Tunewave's complaint about fees was filed in May 2021 with the Irish regulator.")
    assert rel(x, "dispute") == set()


def test_list_of_platforms_run_by_one_owner_and_owned_labels_including():
    x = run("The streaming apps Beamly and Tunecast are both run by Orbis Media. Vantor Group, led by chief executive Petra Lind, "
            "owns labels including Larkspur Records and Hollow Tone Records.")
    assert {("Orbis Media", "Beamly"), ("Orbis Media", "Tunecast")} <= rel(x, "operates")
    assert {("Larkspur Records", "Vantor Group"), ("Hollow Tone Records", "Vantor Group")} <= rel(x, "subsidiaryOf")


def test_apposition_relative_clause_that_acquired():
    x = run("They bought it from Quill Audio, a British concert company that had itself acquired Beamly from Orbis Media in 2020.")
    assert ("Quill Audio", "Beamly") in rel(x, "acquisition")
    assert ("Orbis Media", "Beamly") not in rel(x, "acquisition")  # trap: the seller is not a buyer


def test_appositive_description_before_whose_work():
    x = run('So does Pelle Rune, the Florida singer and rapper whose 2021 album "Harbour Lights" debuted at the top.')
    assert ("Harbour Lights", "Pelle Rune") in rel(x, "performedBy")
