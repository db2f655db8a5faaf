"""Round 21c: works named without quotation marks, names cut short, label forms (issue 3).

Every sentence here is written for the test; each test has a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_possessive_work_noun_then_unquoted_title():
    x = run("Northwind released Kaya Mbeki's single Paper Lanterns in March.")
    assert "Paper Lanterns" in names(x, "Work")
    assert ("Paper Lanterns", "Kaya Mbeki") in rel(x, "performedBy")
    # trap: the month after the title is not part of it
    assert not any("March" in n for n in names(x, "Work"))


def test_title_with_lower_case_words_stops_at_a_clause():
    x = run("The Velvet Moths' song Over and Out was released by Ferngrove Records. "
            "Later the band issued the single Glass Rivers on Ferngrove Records.")
    works = names(x, "Work")
    assert {"Over and Out", "Glass Rivers"} <= works
    # trap: "on <label>" after the title opens a new phrase
    assert "Glass Rivers on Ferngrove Records" not in works
    assert "RecordLabel" in types(x, "Ferngrove Records")


def test_title_in_apposition_after_an_article_or_possessive():
    x = run("A second single, Copper Sky, followed in May. Lena Ostrova's debut album, Mr. Lonely Avenue, became a hit. "
            "The 2018 mixtape Driftwood made her name.")
    works = names(x, "Work")
    assert {"Copper Sky", "Mr. Lonely Avenue", "Driftwood"} <= works
    # trap: the sentence ends after "Driftwood"; the next capitalised word is not part of the title
    assert ("Mr. Lonely Avenue", "Lena Ostrova") in rel(x, "performedBy")


def test_plural_work_noun_lists_titles_and_title_before_the_noun():
    x = run("Tomas Reyle arrived in 2020 with the singles Low Tide (Reprise) and Blue Hour, the latter featuring Ama Osei. "
            "Ama Osei also sang on his Night Garden album.")
    works = names(x, "Work")
    assert {"Low Tide (Reprise)", "Blue Hour", "Night Garden"} <= works
    # trap: the featured singer is not a work
    assert "Ama Osei" not in works


def test_relative_clause_and_quantities_are_not_titles():
    x = run("The catalogue includes the songs Mbeki wrote for the band. Kestrel sold the album 2 million times. "
            "The label signed a single Jamaican producer. Orla Finn's album 27 came out on Friday.")
    works = names(x, "Work")
    assert "27" in works
    # traps: a person doing the writing, a quantity and a nationality
    assert not works & {"Mbeki", "2", "Jamaican"}


def test_recording_company_is_a_label_form():
    x = run("Harbour Light Recording Company signed the singer. Harbour Light Company makes guitars.")
    assert "RecordLabel" in types(x, "Harbour Light Recording Company")
    # trap: a plain "Company" name stays a company
    assert "RecordLabel" not in types(x, "Harbour Light Company")


def test_internet_ends_a_company_name():
    x = run("Songbird is a unit of media group Kestrel Internet, which bought it in 2019.")
    assert "Company" in types(x, "Kestrel Internet")
    # trap: the name is not cut before "Internet"
    assert not types(x, "Kestrel")
