"""Round 23b: relation rules, fourth pass (appointment language: "Y named X its TITLE", "..., where X is TITLE")."""
from __future__ import annotations

from extract_helpers import rel, run


def test_organisation_names_a_person_to_a_title():
    x = run("Halvorsen Records has named Anna Berg its chief content officer, giving her the catalogue.")
    assert ("Anna Berg", "Halvorsen Records") in rel(x, "worksFor")
    x = run("Kestrel Media named Tom Lind as its chief executive.")
    assert ("Tom Lind", "Kestrel Media") in rel(x, "worksFor")
    # the organisation after "of" is the employer, even when the one doing the naming is far away
    x = run("Kestrel Media has opened an office in Oslo and named Tom Lind managing director of Halvorsen Records, "
            "in one of its first moves abroad.")
    assert ("Tom Lind", "Halvorsen Records") in rel(x, "worksFor")
    assert ("Tom Lind", "Kestrel Media") not in rel(x, "worksFor")
    # traps: an award is no job; a person naming a successor employs nobody
    y = run("Music Week named Anna Berg its executive of the year.")
    assert not rel(y, "worksFor")
    y = run("Anna Berg named Tom Lind as her successor at the label.")
    assert ("Tom Lind", "Anna Berg") not in rel(y, "worksFor")


def test_where_clause_gives_the_people_and_their_titles():
    x = run("The growth follows strong results at Halvorsen Records, where Anna Berg serves as chairman and CEO "
            "and Tom Lind is president.")
    assert {("Anna Berg", "Halvorsen Records"), ("Tom Lind", "Halvorsen Records")} <= rel(x, "worksFor")
    x = run("Kestrel Media, where Tom Lind is chief executive, is best known for its film service.")
    assert ("Tom Lind", "Kestrel Media") in rel(x, "worksFor")
    # traps: a past job is a former one; a place is no employer
    y = run("Kestrel Media, where Tom Lind was chief executive, is best known for its film service.")
    assert not rel(y, "worksFor")
    y = run("She moved to Oslo, where Tom Lind is a frequent visitor.")
    assert not rel(y, "worksFor")


def test_roster_with_which_or_still_includes():
    x = run("Kestrel Media handles releases by Halvorsen Records' roster, which includes the singer Anna Berg and the "
            "rapper Tom Lind.")
    assert {("Anna Berg", "Halvorsen Records"), ("Tom Lind", "Halvorsen Records")} <= rel(x, "signedTo")
    x = run("Halvorsen Records has had a turbulent decade. Its roster still includes the rapper Tom Lind, but critics "
            "say the label has not broken a new act.")
    assert ("Tom Lind", "Halvorsen Records") in rel(x, "signedTo")
    # trap: an organisation in the list is no signed act
    y = run("Halvorsen Records' roster, which includes Kestrel Media, is growing.")
    assert not rel(y, "signedTo")
