"""Round 26c: entity types that decide references (industry-word company names, appositions whose noun sits
after a preposition, game developers and fashion houses, game series)."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_industry_word_makes_a_company_and_its_short_form_the_subject():
    x = run("Tovari Electronics and Wavecrest announced a partnership on Monday. Tovari previously ran its own "
            "music app, which it closed in 2019. The company now owns Pellham Audio Group, which it bought in 2021.")
    assert types(x, "Tovari Electronics") == {"Company"}
    assert ("Tovari Electronics", "Pellham Audio Group") in rel(x, "acquisition")
    # trap: a person-shaped name with no industry word and a first name stays a person
    y = run("Marta Olsen said the label would appeal.")
    assert "Person" in types(y, "Marta Olsen")


def test_apposition_noun_after_a_preposition_does_not_type_the_name():
    x = run("Cardell Games has acquired Brightline, the Austin team behind the Neon Band games.")
    assert "Artist" not in types(x, "Brightline")
    assert ("Cardell Games", "Brightline") in rel(x, "acquisition")
    # trap: an apposition whose head noun is "band" still types the act
    y = run("Velvet Harbor, the Leeds band, signed to Halcyon Records.")
    assert "Artist" in types(y, "Velvet Harbor")


def test_game_developer_and_fashion_house_appositions_name_companies():
    x = run("Cardell Games has acquired Orrin, the Boston-area game developer.")
    assert types(x, "Orrin") == {"Company"}
    # trap: "developer" inside a title after a person is not a description of a company
    y = run("Marta Olsen, a former developer at Orrin, said the game would ship.")
    assert "Company" not in types(y, "Marta Olsen")
    z = run("Maison Arlette, the French fashion house, signed the singer Velvet Harbor as its ambassador.")
    assert "Company" in types(z, "Maison Arlette")


def test_game_and_show_series_are_not_businesses():
    x = run("Cardell Games has acquired Orrin Music Systems, the Boston-area developer behind the Rock Band and "
            "Moon Drift series.")
    assert rel(x, "subsidiaryOf") == set()
    assert not {"Band", "Rock Band"} & names(x, "Company")
    # trap: a business that makes games, named before "games", is still a business when typed otherwise
    y = run("Kestrel Labs, the Oslo start-up, makes games for Tunewave.")
    assert "Kestrel Labs" in names(y, "Company")
