"""Round 31c: entity misses (issue 3): given names not known, founders and credited producers listed in
apposition, an artist's own label ("his own X imprint")."""
from __future__ import annotations

import pytest

from extract_helpers import names, run, types


@pytest.mark.parametrize("first", ["Yves", "Ludwig", "Thibault", "Eran", "Tanner", "Gaël"])
def test_given_names_from_more_languages_make_a_person(first):
    x = run(f"Its backers, Mara Lindqvist and {first} Harnby, are no longer involved in running it.")
    assert types(x, f"{first} Harnby") == {"Person"}


def test_an_unknown_word_pair_is_still_no_person():  # trap: no given name, no cue
    x = run("The deal with Quorvin Tallis closed in May.")
    assert "Quorvin Tallis" not in names(x, "Person")


@pytest.mark.parametrize("text", [
    "Platoon's co-founders, Quorvin Tallis and Brannock Vey, set the business up in 2016.",
    "Its founders, Quorvin Tallis and Brannock Vey, are no longer involved in running it.",
])
def test_founders_named_in_apposition_are_people(text):
    x = run(text)
    assert {"Quorvin Tallis", "Brannock Vey"} <= names(x, "Person")


def test_founders_before_a_company_name_make_no_person():  # trap: a company-form name stays a business
    x = run("Its founders, Quorvin Holdings and Brannock Vey, are no longer involved in running it.")
    assert "Quorvin Holdings" not in names(x, "Person")


@pytest.mark.parametrize("text", [
    "Beyond Kurstin, its producers include Quorvo and Brannock Vey.",
    "She worked on the album with the producers Quorvo and Brannock Vey.",
])
def test_credited_producers_listed_are_people(text):
    assert types(run(text), "Quorvo") == {"Person"}


def test_producers_with_company_names_stay_businesses():  # trap
    x = run("The producers Quorvo Records and Brannock Music sued the platform.")
    assert not {"Quorvo Records", "Brannock Music"} & names(x, "Person")


@pytest.mark.parametrize("text, label", [
    ("The singer releases her albums through her own Zorvic label.", "Zorvic"),
    ("The rapper releases his albums through his own QX imprint, distributed by Empire.", "QX"),
    ("The singer records through his Blue Quorvo imprint.", "Blue Quorvo"),
])
def test_an_artists_own_label(text, label):
    assert "RecordLabel" in types(run(text), label)


def test_a_place_before_label_is_no_label():  # trap: "the Lagos label" names a place
    x = run("The singer left the Lagos label in 2020 and signed with Mavin Records.")
    assert "Lagos" not in names(x, "RecordLabel")
