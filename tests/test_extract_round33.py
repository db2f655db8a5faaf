"""Round 33b: a parent's own parent in a relative clause, and an act signed to a list of labels (invented sentences)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_which_in_turn_is_owned_by_names_the_parents_parent():
    x = run("Bellhop Records is part of Crestline Music Group, which in turn is owned by Vantor Music Group.")
    assert rel(x, "subsidiaryOf") == {("Bellhop Records", "Crestline Music Group"),
                                      ("Crestline Music Group", "Vantor Music Group")}


def test_which_is_in_turn_controlled_by_a_described_group():
    x = run("Crestline Music is the publishing division of Vantor Music Group, which is, in turn, controlled by the "
            "Dutch media group Halvex.")
    assert ("Vantor Music Group", "Halvex") in rel(x, "subsidiaryOf")


def test_in_turn_without_ownership_is_no_parent():
    # trap: "in turn" with a verb that is no ownership says nothing about a parent
    x = run("Bellhop Records licensed the songs to Crestline Music Group, which in turn is sued by Vantor Music Group.")
    assert ("Crestline Music Group", "Vantor Music Group") not in rel(x, "subsidiaryOf")


def test_signed_to_a_list_of_labels_gives_each_label():
    x = run("Kid Vesper remains signed to Bellhop Records, Tarn Records and Quillon Records for this album cycle.")
    assert rel(x, "signedTo") == {("Kid Vesper", "Bellhop Records"), ("Kid Vesper", "Tarn Records"),
                                  ("Kid Vesper", "Quillon Records")}


def test_who_is_signed_to_two_labels():
    x = run("Kid Vesper, who is signed to Quillon Records and Bellhop Records, has been one of the most streamed rappers.")
    assert rel(x, "signedTo") == {("Kid Vesper", "Quillon Records"), ("Kid Vesper", "Bellhop Records")}


def test_a_label_that_opens_its_own_clause_is_not_in_the_list():
    # trap: the second label is the subject of its own verb, not a second label of the act
    x = run("Kid Vesper is signed to Bellhop Records, and Tarn Records signed Lola Rain.")
    assert ("Kid Vesper", "Tarn Records") not in rel(x, "signedTo")
    assert ("Kid Vesper", "Bellhop Records") in rel(x, "signedTo")
