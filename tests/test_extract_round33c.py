"""Round 33c: titles listed after a plural work noun are split at "and" (kg/extract/mentions.py); known labels
and platforms of the field (kg/data/gazetteer.json)."""
from __future__ import annotations

from tests.extract_helpers import names, run, types


def test_plural_work_noun_splits_two_titles_at_and():
    x = run("Their singles Paper Lanterns and Glow made them a fixture on the radio.")
    works = names(x, "Work")
    assert {"Paper Lanterns", "Glow"} <= works
    assert "Paper Lanterns and Glow" not in works


def test_plural_list_of_three_titles():
    x = run("Her albums Cold Harbour, Night Ferry and Saltwater were released through an independent label.")
    assert {"Cold Harbour", "Night Ferry", "Saltwater"} <= names(x, "Work")


def test_singular_work_noun_keeps_and_inside_the_title():
    # trap: one album, so "and" belongs to its title
    x = run("The band released the album Bread and Roses in May.")
    works = names(x, "Work")
    assert "Bread and Roses" in works
    assert "Bread" not in works and "Roses" not in works


def test_relative_clause_after_plural_noun_is_no_title():
    # trap: "the songs Marsh wrote" names a writer, not a title
    x = run("The songs Marsh wrote for the film were praised.")
    assert "Marsh" not in names(x, "Work")


def test_label_spelled_with_capital_by_is_known():
    x = run("The group now houses Fueled By Ramen alongside two rock labels.")
    assert "RecordLabel" in types(x, "Fueled By Ramen")


def test_platforms_of_big_companies_are_platforms_not_labels():
    x = run("The console service PlayStation Music replaced an older app, and YouTube Red later added downloads.")
    assert types(x, "PlayStation Music") == {"Platform"}
    assert types(x, "YouTube Red") == {"Platform"}


def test_regional_unit_is_its_own_label_and_the_short_form_is_not():
    x = run("The singer moved to Def Jam Africa, a unit of Universal Music Group Africa.")
    assert "RecordLabel" in types(x, "Def Jam Africa")
    assert "Company" in types(x, "Universal Music Group Africa")
    # trap: the bare short form stays the US label
    y = run("The rapper signed to Def Jam last spring.")
    assert "Def Jam Africa" not in names(y, "RecordLabel")
