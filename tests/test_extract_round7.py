"""Recall rules of the heldout3 round (issue 3): executive lists, "led by", owners, units, located descriptions.

Sentences are our own; each test also holds a trap that must not give the fact.
"""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_list_of_people_with_a_plural_title_each_work_for_the_company():
    x = run("Ana Ruiz and Tom Becket, the co-chief executives of Velvet Music Group, said the deal helps. "
            "Lee Park and Mia Stone, the stars of Velvet Music Group, sang.")
    works = rel(x, "worksFor")
    assert {("Ana Ruiz", "Velvet Music Group"), ("Tom Becket", "Velvet Music Group")} <= works
    assert ("Lee Park", "Velvet Music Group") not in works  # trap: "stars" is no job title


def test_company_led_by_chief_executive():
    x = run("Orbis Media said its figures were right. The company, led by chief executive Jane Hollis, also owns "
            "Tunewave.")
    assert ("Jane Hollis", "Orbis Media") in rel(x, "worksFor")


def test_board_whose_chairman_is():
    x = run("Songvault agreed to the offer. The Songvault board, whose chairman is Robert Nye, backed it.")
    assert ("Robert Nye", "Songvault") in rel(x, "worksFor")


def test_which_acquired_x_remains_its_owner():
    x = run("Lyrix is small. Private equity firm Corvin Partners, which acquired Lyrix in 2017, remains its owner. "
            "Corvin, which bought Tally in 2019, is its biggest rival.")
    subs = rel(x, "subsidiaryOf")
    assert ("Lyrix", "Corvin Partners") in subs
    assert ("Tally", "Corvin Partners") not in subs  # trap: "its biggest rival" says nothing of ownership


def test_located_description_is_the_name_just_mentioned_and_units_listed():
    x = run("Harlan Sound agreed to buy Delmont Music for $700 million. The Chicago-based company's remaining "
            "businesses, among them the distributor Veltro and the publishing administrator Notely, will pass to Harlan.")
    subs = rel(x, "subsidiaryOf")
    assert {("Veltro", "Delmont Music"), ("Notely", "Delmont Music")} <= subs
    assert not any(o == "Harlan Sound" for _, o in subs)  # trap: the buyer is the sentence subject, not the referent
