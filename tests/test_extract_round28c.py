"""Round 28c: a business named as the parent of a longer name that opens with it, and publishers named
"... Publications"."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_parent_named_after_arm_of_is_not_a_short_form():
    x = run("Varga joins from Tellmark Media Studios, the film and video arm of the magazine publisher Tellmark Media, "
            "where she was president. Tellmark Media itself is owned by Orvane Holdings.")
    assert {"Tellmark Media Studios", "Tellmark Media"} <= names(x, "Company")
    assert ("Tellmark Media", "Orvane Holdings") in rel(x, "subsidiaryOf")
    assert ("Tellmark Media Studios", "Orvane Holdings") not in rel(x, "subsidiaryOf")
    # trap: a short form with no "arm of" still joins the longer name
    y = run("Varga joins from Tellmark Media Studios. Tellmark Media said she starts in May.")
    assert "Tellmark Media" not in {e.name for e in y.entities}


def test_parent_of_another_business_is_still_a_short_form():
    # trap: "a subsidiary of X" about a third business says nothing about "X SA" (named in another sentence)
    x = run("The court approved the takeover of Pellwick by Varnier SA, a firm founded by Denis Aubry. "
            "Pellwick becomes a subsidiary of Varnier, which owns a portfolio of shops.")
    assert "Varnier" not in {e.name for e in x.entities}


def test_publications_is_a_company_suffix():
    x = run("Sony Music said Orvane Publications owns the magazine.")
    assert types(x, "Orvane Publications") == {"Company"}
    # trap: the word alone is no name
    y = run("Publications across the trade covered the deal.")
    assert "Publications" not in {e.name for e in y.entities}
