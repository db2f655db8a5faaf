"""Round 18c: producers typed as people, web-address company names (issue 3)."""
from __future__ import annotations

from extract_helpers import run, types


def test_producer_with_a_stage_name_is_a_person():
    x = run("The record was made with producer Beatwerk, who also mixed it. Kinsale Records released it in May.")
    assert types(x, "Beatwerk") == {"Person"}


def test_producer_who_performs_stays_an_artist():
    # trap: a producer presented as a performer keeps the performer type
    x = run("The rapper Beatwerk, who also produces for others, signed with Kinsale Records in May.")
    assert "Artist" in types(x, "Beatwerk")


def test_web_address_name_is_a_company():
    x = run("Tunewise.ai signed a licensing deal with Kinsale Records on Monday.")
    assert types(x, "Tunewise.ai") == {"Company"}


def test_abbreviated_honorific_is_not_a_web_address():
    # trap: "Mr. Smith" has a dot but is a person
    x = run("Mr. Smith met the rapper Beatwerk in Lagos.")
    assert "Company" not in types(x, "Mr. Smith")
