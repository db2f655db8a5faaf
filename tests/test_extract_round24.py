"""Round 24b: wrong facts from the rule tables (former jobs, clause lists, passives, negated and modifier ties)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_former_job_in_relative_clause_before_a_move():
    x = run("Mira Olsen, who was head of marketing at Halden Records, has been named president of Brightwave Music.")
    works = rel(x, "worksFor")
    assert ("Mira Olsen", "Brightwave Music") in works
    assert ("Mira Olsen", "Halden Records") not in works


def test_former_job_with_joins_as():
    x = run("Mira Olsen, who was head of marketing at Halden Records, joins Brightwave Music as president.")
    assert ("Mira Olsen", "Halden Records") not in rel(x, "worksFor")


def test_relative_clause_job_without_a_move_is_kept():
    # trap: no new job follows, so the clause is the only job the sentence gives
    x = run("Mira Olsen, who is head of marketing at Halden Records, said the deal was good for both sides.")
    assert ("Mira Olsen", "Halden Records") in rel(x, "worksFor")


def test_participle_after_comma_is_no_list_item():
    x = run("Kestrel Media acquired Brightwave Group, the Leeds company that owns Halden Records, "
            "giving Kestrel Media a foothold in folk music.")
    subs = rel(x, "subsidiaryOf")
    assert ("Halden Records", "Brightwave Group") in subs
    assert ("Brightwave Group", "Kestrel Media") not in subs
    assert ("Kestrel Media", "Brightwave Group") not in subs


def test_owner_list_still_reads_descriptions():
    # trap: "A, the folk label B and C" is still one list of owned labels
    x = run("Brightwave Group, which owns Halden Records, the folk label Tarn Records and Pike Music, reported higher sales.")
    subs = rel(x, "subsidiaryOf")
    assert {("Halden Records", "Brightwave Group"), ("Tarn Records", "Brightwave Group")} <= subs


def test_built_by_is_a_passive_not_ownership():
    x = run("Tunegrid, built jointly by Halden Music Group and Brightwave Group, went live in March.")
    subs = rel(x, "subsidiaryOf")
    assert not {s for s in subs if "Tunegrid" in s}


def test_active_built_still_owns():
    # trap: the active verb still makes the builder the owner
    x = run("Brightwave Group, which built the Tunegrid service, reported higher sales.")
    assert ("Brightwave Group", "Tunegrid") in rel(x, "operates") | {(b, a) for a, b in rel(x, "subsidiaryOf")}


def test_no_longer_part_of_is_no_tie():
    x = run("Kestrel Media spun off Pike Outdoor, the billboard business, which is no longer part of Kestrel Media.")
    assert ("Pike Outdoor", "Kestrel Media") not in rel(x, "subsidiaryOf")


def test_now_part_of_is_a_tie():
    # trap: an affirmed tie still counts
    x = run("Pike Outdoor, the billboard business, is now part of Kestrel Media.")
    assert ("Pike Outdoor", "Kestrel Media") in rel(x, "subsidiaryOf")


def test_name_before_unit_word_is_a_modifier():
    x = run("The society claimed the levy from Brightwave EU, the Luxembourg unit of Brightwave Group, over storage media.")
    subs = rel(x, "subsidiaryOf")
    assert not {s for s in subs if s[0] == "Luxembourg"}


def test_unit_of_with_a_name_subject_is_kept():
    # trap: the name itself before "is a unit of" is the unit
    x = run("Brightwave EU is a unit of Brightwave Group.")
    assert ("Brightwave EU", "Brightwave Group") in rel(x, "subsidiaryOf")
