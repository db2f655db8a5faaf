"""Round 28b: keyword gates on lower-cased text, units listed as "one of", object-gap signings, lines of business."""
from __future__ import annotations

import re

import pytest

from extract_helpers import rel, run
from kg.extract import facts


def test_gates_are_case_free_and_reject_upper_case_escapes():
    # the gates are searched in the lower-cased sentence, so they carry no re.I and no \S-style escapes
    assert all(not g.flags & re.I for g in facts._GATES.values())
    assert facts._lower_gate(r"acqui|Bought\b").search("@1@ bought @2@")
    with pytest.raises(ValueError):
        facts._lower_gate(r"sign\S+")


def test_capitalised_trigger_word_still_opens_its_gate():
    x = run("Acquired by Kestrel Group in 2019, Pinewood Music is now one of the frontline labels of Kestrel Group.")
    assert ("Pinewood Music", "Kestrel Group") in rel(x, "subsidiaryOf")


@pytest.mark.parametrize("text", [
    "Harbor Records is one of the frontline labels of Ostara Music Group, which is based in Oslo.",
    "Its biggest act signed through Harbor Records, one of Ostara Music's best-known labels.",
])
def test_one_of_the_parents_units(text):
    assert ("Harbor Records", "Ostara Music" if "Music's" in text else "Ostara Music Group") in rel(run(text), "subsidiaryOf")


@pytest.mark.parametrize("text", [
    "Harbor Records, one of Ostara Music's former labels, was sold last year.",  # a former unit
    "Harbor Records is one of the labels suing Ostara Music Group.",  # not a list of units
    "Harbor Records is one of the biggest rivals of Ostara Music Group.",  # no unit noun
])
def test_one_of_traps(text):
    assert not {p for p in rel(run(text), "subsidiaryOf") if p[0] == "Harbor Records"}


@pytest.mark.parametrize("text,pair", [
    ("Jeff Noor founded Brightline Records, the label Lizzo signed with in 2016.", ("Lizzo", "Brightline Records")),
    ("Brightline Records, the Leeds imprint that the rapper Tom Vire signed to last year, is growing.",
     ("Tom Vire", "Brightline Records")),
])
def test_label_an_act_signed_with(text, pair):
    assert pair in rel(run(text), "signedTo")


@pytest.mark.parametrize("text", [
    "Brightline Records, the label Lizzo once signed with, is small.",  # a former tie
    "Brightline Records, the label Lizzo signed with Harbor Records to leave, is small.",  # the verb has its own object
    "At Brightline Records, Lizzo signed with in 2016 a new team.",  # no label description of the first name
])
def test_label_signed_with_traps(text):
    assert ("Lizzo", "Brightline Records") not in rel(run(text), "signedTo")


def test_launching_a_line_of_business_is_no_job_there():
    x = run("Redline Capital is the investment arm of Ostara Music Group, whose founder, Mara Lind, had launched the "
            "fund business in 2012.")
    works = rel(x, "worksFor")
    assert ("Mara Lind", "Redline Capital") not in works
    assert ("Mara Lind", "Ostara Music Group") in works


def test_launching_a_company_is_still_founding_it():
    assert ("Mara Lind", "Redline Capital") in rel(run("Mara Lind launched Redline Capital in 2012."), "worksFor")


def test_and_its_unit():
    x = run("Harbor Fest LLC sued Kestrel Network and its subsidiary Pinewood Live earlier this month.")
    assert ("Pinewood Live", "Kestrel Network") in rel(x, "subsidiaryOf")


@pytest.mark.parametrize("text", [
    "Kestrel Network and its former label Pinewood Music fought in court.",  # no longer a unit
    "Kestrel Network and its rival Pinewood Music fought in court.",  # no unit noun
])
def test_and_its_unit_traps(text):
    assert ("Pinewood Music", "Kestrel Network") not in rel(run(text), "subsidiaryOf")
