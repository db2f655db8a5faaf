"""Round 35b: "X joined the label" is a job, not a signing, when X is an executive of the article (kg/extract/facts.py)."""
from __future__ import annotations

from tests.extract_helpers import rel, run, types


def test_executive_who_joined_the_label_is_not_signed():
    x = run("Marta Quill is the president of Harbor Lantern Records. Quill joined the label in 1999.")
    assert ("Marta Quill", "Harbor Lantern Records") in rel(x, "worksFor")
    assert ("Marta Quill", "Harbor Lantern Records") not in rel(x, "signedTo")
    assert "Artist" not in types(x, "Marta Quill")


def test_career_in_the_article_makes_joining_a_job():
    x = run("Tobin Marsh is moving to Berlin to become president of Harbor Lantern Records. "
            "Marsh joined Harbor Lantern in the early 1990s as an intern and worked his way up through the A&R department.")
    assert not rel(x, "signedTo")
    assert "Artist" not in types(x, "Tobin Marsh")


def test_act_that_joined_a_label_still_signs():
    # traps: an act that joins a label and releases music is signed to it
    x = run("Kira Solvay joined Harbor Lantern Records in 2019 and released her debut album.")
    assert ("Kira Solvay", "Harbor Lantern Records") in rel(x, "signedTo")
    assert "Artist" in types(x, "Kira Solvay")
    x = run("Kira Solvay joined Harbor Lantern Records in 2019 and became the label's biggest seller.")
    assert ("Kira Solvay", "Harbor Lantern Records") in rel(x, "signedTo")


def test_former_parent_is_not_a_parent():
    for text in ("Harbor Lantern Records was previously owned by Castlemere Group, which sold the label in 2010.",
                 "Harbor Lantern Records had been part of Castlemere Group until the sale.",
                 "She led Harbor Lantern Records as president while it was part of Castlemere Group."):
        assert ("Harbor Lantern Records", "Castlemere Group") not in rel(run(text), "subsidiaryOf"), text


def test_current_parent_still_read():
    # traps: a present tie, and a past state of the unit that is not a tie
    for text in ("Harbor Lantern Records is owned by Castlemere Group.",
                 "Harbor Lantern Records, which had been independent, is now part of Castlemere Group."):
        assert ("Harbor Lantern Records", "Castlemere Group") in rel(run(text), "subsidiaryOf"), text
