"""Round 16b: table rules for executives, units and founders seen in unseen financial and brief news."""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_taken_over_as_title_of():
    x = run("Mira Castell has taken over as chief executive of Halden Records, the recorded-music arm of Norvik Group.")
    assert ("Mira Castell", "Halden Records") in rel(x, "worksFor")
    # trap: a former role is not a job now
    y = run("Mira Castell has stepped down as chief executive of Halden Records after ten years.")
    assert ("Mira Castell", "Halden Records") not in rel(y, "worksFor")


def test_promoted_to_title_of_named_employer():
    x = run("Daniel Ortega Ruiz, formerly its head of A&R, was promoted to president of Halden Records in March.")
    assert ("Daniel Ortega Ruiz", "Halden Records") in rel(x, "worksFor")


def test_promoted_to_title_of_description_is_not_read():
    # "the label" may point at the parent named earlier: the rule wants a name
    x = run("Norvik Group confirmed that Anna Berglund, who ran Halden Records, was promoted to chief executive of the label.")
    assert ("Anna Berglund", "Norvik Group") not in rel(x, "worksFor")


def test_unit_that_houses_list():
    x = run("Tom Reyes leads Calder Music Group, the Norvik Group division that houses Halden Records and Pike Records.")
    subs = rel(x, "subsidiaryOf")
    assert ("Halden Records", "Calder Music Group") in subs
    assert ("Pike Records", "Calder Music Group") in subs


def test_unit_of_parent_that_brings_together_with_apposition():
    x = run("Calder Music Group, a unit of Norvik Group that brings together Halden Records, the recorded-music company, "
            "and Pike Publishing, reported higher sales.")
    subs = rel(x, "subsidiaryOf")
    assert ("Halden Records", "Calder Music Group") in subs
    assert ("Pike Publishing", "Calder Music Group") in subs
    assert ("Halden Records", "Norvik Group") not in subs


def test_company_that_did_something_else_is_no_owner():
    # traps: another verb, and the past tense ("owned" is history)
    x = run("Calder Music Group, the company that sued Halden Records, said it would appeal.")
    assert not rel(x, "subsidiaryOf")
    y = run("Calder Music Group, the company that owned Halden Records until 2019, now invests in podcasts.")
    assert ("Halden Records", "Calder Music Group") not in rel(y, "subsidiaryOf")


def test_created_by_a_together_with_b():
    x = run("Kestrel Audio was created in 2017 by Anna Lindqvist together with Tomas Berg.")
    wf = rel(x, "worksFor")
    assert ("Anna Lindqvist", "Kestrel Audio") in wf and ("Tomas Berg", "Kestrel Audio") in wf
    # trap: created by a company (an investor or parent) is no employee
    y = run("Kestrel Audio was established by Orion Capital in 2015.")
    assert not rel(y, "worksFor")


def test_owner_in_relative_clause_does_not_run_the_services():
    x = run("Norvik Group, which is controlled by Orion Capital, runs the streaming service Klang.")
    ops = rel(x, "operates")
    assert ("Norvik Group", "Klang") in ops
    assert ("Orion Capital", "Klang") not in ops  # the trap: the agent of "controlled by" is not the subject of "runs"


def test_possessive_work_word_before_quoted_title():
    x = run('The singer Lena Vance has won again: the court refused to tie her 2016 ballad "Paper Lanterns" to an older song.')
    assert ("Paper Lanterns", "Lena Vance") in rel(x, "performedBy")
    # trap: an executive's "his favourite song" is not his recording
    y = run('Vantor Music chief executive Paul Brandt said his favourite song, "Blue Road", was not for sale.')
    assert not rel(y, "performedBy")
