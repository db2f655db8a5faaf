"""Round 17c: writers and players typed as performers from what they own and play (issue 3)."""
from __future__ import annotations

from extract_helpers import run, types


def test_possessor_of_a_songbook_is_an_artist():
    x = run("Halvard Music bought Oskar Brandvik's songwriting catalogue in May. It also acquired Mira Dorens' songs.")
    assert "Artist" in types(x, "Oskar Brandvik")
    assert "Artist" in types(x, "Mira Dorens")
    # trap: a company's catalogue says nothing about a performer
    y = run("Pelion Rights bought Brightwater Music Group's song catalogue and Tarnfield Holdings' songs.")
    assert "Artist" not in types(y, "Brightwater Music Group")
    assert "Artist" not in types(y, "Tarnfield Holdings")


def test_seller_of_his_own_catalogue_is_an_artist():
    x = run("Three years ago Corvin Ashdale sold his songwriting catalogue to Halvard Music.")
    assert "Artist" in types(x, "Corvin Ashdale")
    y = run("Lena Brask has sold a majority interest in her songwriting catalogue to Pelion Rights.")
    assert "Artist" in types(y, "Lena Brask")
    # trap: a company selling "its" catalogue stays a business
    z = run("Brightwater Music Group sold its catalogue to Pelion Rights in 2021.")
    assert "Artist" not in types(z, "Brightwater Music Group")


def test_a_player_named_after_the_instrument_is_an_artist():
    x = run("The surviving members joined the claim, together with bassist Tomas Wendell, who retired in 1997.")
    assert "Artist" in types(x, "Tomas Wendell")
    # trap: a job title before a name still gives a person, not a performer
    y = run("The claim was filed by chief executive Tomas Wendell of Pelion Rights.")
    assert "Artist" not in types(y, "Tomas Wendell")
