"""Round 34b: plural appointments, "whose labels include", "houses" (invented sentences, rules only)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_plural_appointment_gives_each_executive():
    x = run("Tom Arlo and Jess Wren have been appointed co-presidents of Bellhop Records.")
    assert rel(x, "worksFor") == {("Tom Arlo", "Bellhop Records"), ("Jess Wren", "Bellhop Records")}


def test_plural_named_as_co_chief_executives():
    x = run("Tom Arlo and Jess Wren were named co-chief executives of Bellhop Records last week.")
    assert rel(x, "worksFor") == {("Tom Arlo", "Bellhop Records"), ("Jess Wren", "Bellhop Records")}


def test_plural_former_titles_are_no_job():
    # trap: "were co-presidents ... until" is a former job, with no appointment verb
    x = run("Tom Arlo and Jess Wren were co-presidents of Bellhop Records until 2019.")
    assert rel(x, "worksFor") == set()


def test_whose_labels_include_gives_each_unit():
    x = run("Vantor Music Group, whose labels include Bellhop Records and Tarn Records, reported higher sales.")
    assert rel(x, "subsidiaryOf") == {("Bellhop Records", "Vantor Music Group"), ("Tarn Records", "Vantor Music Group")}


def test_whose_artists_include_is_no_unit():
    # trap: artists are a roster, not units
    x = run("Vantor Music Group, whose artists include Kid Vesper and Lola Rain, reported higher sales.")
    assert rel(x, "subsidiaryOf") == set()


def test_division_that_houses_a_label_points_the_right_way():
    x = run("Crestline Music Group remains a division of Vantor Music Group and houses Bellhop Records, the flagship label.")
    assert rel(x, "subsidiaryOf") == {("Crestline Music Group", "Vantor Music Group"),
                                      ("Bellhop Records", "Crestline Music Group")}


def test_houses_a_possessive_thing_is_no_unit():
    # trap: "houses A's archive" keeps something of A, A is no unit
    x = run("Bellhop Records houses Kid Vesper's archive.")
    assert rel(x, "subsidiaryOf") == set()
