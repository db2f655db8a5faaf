"""Round 8 of the extractor (issue 3): Korean given names and "X, the company whose label Y"."""
from __future__ import annotations

from tests.extract_helpers import names, rel, run, types


def test_korean_given_name_with_long_second_syllable_is_whole():
    x = run("The board replaced her with Kim Ju-young, who is now the chief executive of Moonlit Sound.")
    assert "Kim Ju-young" in names(x, "Person")
    assert "Kim Ju" not in {e.name for e in x.entities}


def test_capitalised_prefix_before_a_plain_word_is_not_joined():
    # trap: "Co-owner" and "Sub-label" are not one name with what follows
    x = run("Co-owner Dana Reyes said the Sub-label Lantern Tapes would grow.")
    assert not any(e.name.startswith(("Co-owner", "Sub-label")) for e in x.entities)


def test_company_whose_label_is_a_parent():
    x = run("The feud between Lee and Orbis, the company whose label Quartz Hall Music is home to Nova7, goes on.")
    assert ("Quartz Hall Music", "Orbis") in rel(x, "subsidiaryOf")
    assert types(x, "Orbis")


def test_whose_without_a_unit_word_gives_no_subsidiary():
    # trap: "whose founder" / "whose artist" name people, not units
    x = run("Orbis, the company whose founder Bang Ji-hoon once sang, grew. Orbis, whose artist Nova7 toured, grew.")
    assert rel(x, "subsidiaryOf") == set()
