"""Round 27b: relation rules (subsidiaries and signings said in relative clauses and descriptions)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_itself_after_a_which_clause():
    x = run("Kestrel Records, which bought Bellhop Records in 2019, is itself now a subsidiary of Harlow Media.")
    assert ("Kestrel Records", "Harlow Media") in rel(x, "subsidiaryOf")
    # trap: the company named inside the clause is not the parent's unit
    assert ("Bellhop Records", "Harlow Media") not in rel(x, "subsidiaryOf")


def test_another_label_of_a_group():
    x = run("Its catalogue is released by Quill Records, another Vantor Group label.")
    assert ("Quill Records", "Vantor Group") in rel(x, "subsidiaryOf")


def test_arm_after_listed_modifiers_and_described_parent():
    x = run("Ostroff joins from Kestrel Pictures, the film, TV and video arm of the magazine publisher Harlow Media, "
            "where she was president.")
    assert ("Kestrel Pictures", "Harlow Media") in rel(x, "subsidiaryOf")
    # trap: a relative clause after the unit word names what the parent owns, not the parent
    y = run("Ostroff joins from Kestrel Pictures, the film and TV arm of the publisher that owns Harlow Media.")
    assert ("Kestrel Pictures", "Harlow Media") not in rel(y, "subsidiaryOf")


def test_home_to_labels_including():
    x = run("Harlow Media, a division of Vantor Group, is home to labels including Bellhop Records and Quill Records.")
    subs = rel(x, "subsidiaryOf")
    assert {("Bellhop Records", "Harlow Media"), ("Quill Records", "Harlow Media"),
            ("Harlow Media", "Vantor Group")} <= subs
    y = run("Vantor Group's roster of labels includes Bellhop Records.")
    assert ("Bellhop Records", "Vantor Group") in rel(y, "subsidiaryOf")


def test_label_to_which_an_act_is_signed():
    x = run("The song was first released by Open Mic Productions, the Durban independent label to which Lana Vey is signed.")
    assert ("Lana Vey", "Open Mic Productions") in rel(x, "signedTo")
    # trap: a past signing is not the act's label
    y = run("The song came out on Open Mic Productions, the label to which Lana Vey was once signed.")
    assert ("Lana Vey", "Open Mic Productions") not in rel(y, "signedTo")


def test_roster_built_at_a_label():
    x = run("At Kestrel Records he helped build a roster that included Migos and Young Thug.")
    assert {("Migos", "Kestrel Records"), ("Young Thug", "Kestrel Records")} <= rel(x, "signedTo")
    # trap: a roster praised at an event is nobody's label
    y = run("At the Grammys, Lana Vey praised a roster that included Migos.")
    assert not rel(y, "signedTo")
