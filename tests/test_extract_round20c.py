"""Round 20c: performers and executives in the gazetteer (kg/data/gazetteer.json)."""
from extract_helpers import run, types


def test_known_performers_are_artists_without_a_cue_word():
    x = run("Robert Plant and Jimmy Page met lawyers for Atlantic Records. Demi Lovato sued Island Records in May.")
    assert types(x, "Robert Plant") == {"Artist"}
    assert types(x, "Jimmy Page") == {"Artist"}
    assert types(x, "Demi Lovato") == {"Artist"}


def test_alias_joins_the_canonical_performer():
    x = run("Sean Combs was sued on Monday. Diddy, whose label is Bad Boy Records, denied the claims.")
    assert types(x, "Sean Combs") == {"Artist"}
    assert "Diddy" not in {e.name for e in x.entities}


def test_ordinary_word_performer_needs_a_cue():
    # trap: "Seal" and "Common" are words here, so no entity
    x = run("The court agreed to seal the filing. Common sense, the judge said, favoured Sony Music.")
    assert types(x, "Seal") == set()
    assert types(x, "Common") == set()
    assert types(run("The label sued the rapper Common over unpaid royalties."), "Common") == {"Artist"}


def test_executives_are_people_not_artists():
    x = run("Dan Chalmers told staff on Monday that the label would restructure. Michael Huppe welcomed the ruling.")
    assert types(x, "Dan Chalmers") == {"Person"}
    assert types(x, "Michael Huppe") == {"Person"}
