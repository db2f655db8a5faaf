"""Round 22c: entity typing and names, second pass (issue 3).

Every sentence here is written for the test; each test has a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import rel, run, types


def test_songwriter_is_a_person_and_still_a_party():
    x = run("The songwriter Ilka Morrow sued Hollowbeam, the streaming service. "
            "Ilka Morrow, a Grammy-nominated songwriter, wrote it with Tessa Vane. The singer Tessa Vane released it.")
    assert types(x, "Ilka Morrow") == {"Person"}
    # the descriptor is absorbed like "producer", so the writer still heads the suit
    assert ("Ilka Morrow", "Hollowbeam") in rel(x, "dispute")
    # trap: a singer and a singer-songwriter are performers
    assert types(x, "Tessa Vane") == {"Artist"}
    assert types(run("The singer-songwriter Pia Lund signed to Northwind Records."), "Pia Lund") == {"Artist"}


def test_apposition_head_noun_is_not_inside_a_hyphenated_modifier():
    x = run("Northbeam bought Sonlark, the US artist-services platform that helps musicians. "
            "Dice was bought by Vantor, the New York-based live entertainment discovery platform, on Monday. "
            "Kestrel, the Leeds-born video brand that filmed DJ sets in basements, raised money.")
    assert "Platform" in types(x, "Sonlark") and "Artist" not in types(x, "Sonlark")
    assert "Platform" in types(x, "Vantor")  # five modifiers before the head noun
    # trap: a noun inside a relative clause ("that filmed DJ sets") is not what the name is
    assert "Artist" not in types(x, "Kestrel")


def test_body_that_represents_artists_is_an_organization():
    x = run("Stim, the Swedish authors' society, and Lydra, which represents performing artists, sued car hire firm "
            "Wendel Cars.")
    assert types(x, "Lydra") == {"Organization"}
    assert ("Lydra", "Wendel Cars") in rel(x, "dispute")
    # trap: a band that is described by what it plays stays a band
    assert "Organization" not in types(run("The singer Tessa Vane, who represents her label at fairs, spoke."), "Tessa Vane")


def test_us_courts_named_without_the_word_court():
    x = run("Judge Mara Linn of the Southern District of New York dismissed the suit. "
            "Vantor appealed to the Ninth Circuit, which upheld the ruling against Kestrel. "
            "The venue sits in the Gangnam District of Seoul.")
    assert "Court" in types(x, "Southern District of New York")
    assert "Court" in types(x, "Ninth Circuit")
    assert ("Mara Linn", "Southern District of New York") in rel(x, "worksFor")
    # trap: a city district is a place, not a court
    assert not any("Gangnam" in e.name for e in x.entities)
