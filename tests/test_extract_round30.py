"""Round 30b: denied performances, credits that are not performances, label ties that ended (issue 3)."""
from __future__ import annotations

import pytest

from extract_helpers import rel, run


@pytest.mark.parametrize("text, wrong", [
    ("Neither Tom Allen nor Sam Bunetta sings on the single \"Night Owl\", the label said.", "Sam Bunetta"),
    ("The single \"Night Owl\", which features neither Tom Allen nor Sam Bunetta, was released in March.", "Tom Allen"),
    ("None of the Kestrels performs on the single \"Night Owl\".", "Kestrels"),
    ("Tom Allen never recorded the single \"Night Owl\" after all.", "Tom Allen"),
])
def test_denied_performance_is_no_performer(text, wrong):
    assert not {p for p in rel(run(text), "performedBy") if p[1] == wrong}


def test_negation_of_others_keeps_the_performer_of_the_sentence_before():
    x = run("The singer Mara Vell released the single \"Night Owl\" in March. "
            "Neither Tom Allen nor Sam Bunetta sings on \"Night Owl\".")
    assert rel(x, "performedBy") == {("Night Owl", "Mara Vell")}


def test_plain_performance_still_counts():  # trap: no negation
    assert ("Night Owl", "Tom Allen") in rel(run("Tom Allen sings on the single \"Night Owl\", released in March."),
                                              "performedBy")


@pytest.mark.parametrize("text", [
    "The single \"New Rules\", was produced by Ian Kirkpatrick in London.",
    "\"Jolene\", a song written by Dolly Parton, was covered again.",
    "\"Jolene\", a track co-written and remixed by Dolly Parton, was covered again.",
])
def test_credit_before_by_is_no_performer(text):
    assert not rel(run(text), "performedBy")


@pytest.mark.parametrize("text", [
    "\"Jolene\", a song recorded by Dolly Parton, was covered again.",  # trap: recording is performing
    "\"Jolene\", a 1973 hit by Dolly Parton, was covered again.",
])
def test_work_by_performer_still_counts(text):
    assert ("Jolene", "Dolly Parton") in rel(run(text), "performedBy")


@pytest.mark.parametrize("text", [
    "Mara Vell signed to Polydor Records in 2015, but she left the label in 2019.",
    "Mara Vell signed to Polydor Records in 2015 and parted ways with the label in 2020.",
    "Mara Vell signed to Polydor Records in 2015 but exited her deal two years later.",
])
def test_ended_label_tie_is_not_current(text):
    assert not rel(run(text), "signedTo")


@pytest.mark.parametrize("text", [
    "Mara Vell signed to Polydor Records in 2020 after she left her old label.",  # trap: the departure came first
    "Mara Vell is signed to Polydor Records and has a new album out.",
])
def test_current_label_tie_kept(text):
    assert ("Mara Vell", "Polydor Records") in rel(run(text), "signedTo")
