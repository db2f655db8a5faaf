"""Round 23c: entity names and types, third pass (band members, job holders, relative clauses, places in court names).

Every sentence here is invented; each test has a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import names, run, types


def test_relative_clause_noun_is_no_apposition():
    # "who left the label" says nothing about the person's type; a which-clause about acts types nothing as an act
    x = run("The pair replace Torvald Inkster, who left the label after six years at the helm.")
    assert "RecordLabel" not in types(x, "Torvald Inkster")
    x = run("Gigrover, which alerts fans when acts they follow announce shows, was sold last year.")
    assert "Artist" not in types(x, "Gigrover")
    # trap: a which-clause naming what a service is still types it
    x = run("Telvano's Streamhub Play, which aggregates video apps, follows the same logic.")
    assert "Platform" in types(x, "Streamhub Play")


def test_who_clause_types_a_person():
    x = run("Ottie van Brakel, who built the company over two decades, becomes chairman of Harrow Concerts.")
    assert types(x, "Ottie van Brakel") == {"Person"}
    # trap: "which" is said of businesses
    x = run("Quenby Holt, which built the venue over two decades, was sold to Harrow Concerts.")
    assert "Person" not in types(x, "Quenby Holt")


def test_job_holder_after_is_and_director_general():
    x = run("Its director general, Vaduz Orlan, has argued that societies must share data.")
    assert types(x, "Vaduz Orlan") == {"Person"}
    x = run("Tessaly Music India, where Ravindra Kolhe is managing director and chief executive, grew fast.")
    assert types(x, "Ravindra Kolhe") == {"Person"}
    # trap: a company can be a partner in a venture; that makes it no person
    x = run("The fund said Brightwater Ventures is a partner in the new label group.")
    assert "Person" not in types(x, "Brightwater Ventures")


def test_band_member_nouns_type_performers():
    x = run("The suit was filed by Dorian Vell, the frontman of the Glass Orchards, who criticised the service.")
    assert types(x, "Dorian Vell") == {"Artist"}
    x = run("Tam Riggs and Ollo Penn won their case against their former bandmate Jory Stadd.")
    assert types(x, "Jory Stadd") == {"Artist"}


def test_performer_noun_opening_a_sentence():
    x = run("Bassist Glenn Morrow and the estate of the drummer supported the claim.")
    assert types(x, "Glenn Morrow") == {"Artist"}
    x = run("The ruling came late. Grime artist Semi Chakor, who performs as Semi Switch, argued the hook was his.")
    assert types(x, "Semi Chakor") == {"Artist"}
    assert not names(x, "Artist") & {"Grime", "Grime artist Semi Chakor"}
    # traps: a name that opens with such a word keeps it
    x = run("Star Wars Music sued the distributor.")
    assert "Star Wars Music" in {e.name for e in x.entities}
    x = run("Soul Records sued the distributor.")
    assert "Soul Records" in {e.name for e in x.entities}


def test_place_before_a_known_court_or_regulator_is_part_of_the_name():
    x = run("Justice Mara Lind of the New York Supreme Court found that Pellmont Live had exceeded its powers.")
    assert "New York Supreme Court" in names(x, "Court")
    assert "Supreme Court" not in {e.name for e in x.entities}
    x = run("Both societies have lobbied the US Department of Justice to loosen the decrees.")
    assert "US Department of Justice" in names(x, "Regulator")
    # trap: without a place the known name stands alone
    x = run("The Department of Justice said it would review the decrees.")
    assert "Department of Justice" in names(x, "Regulator")


def test_chart_name_keeps_the_known_publisher():
    x = run("The single climbed to No. 3 on the Billboard Hot 100 and stayed there for weeks.")
    assert "Billboard" in names(x, "MediaOutlet")
    assert "Billboard Hot" not in {e.name for e in x.entities}
    # trap: a known name followed by an organisation word is still another name
    x = run("Amazon Studios bought the documentary about the band.")
    assert "Amazon Studios" in {e.name for e in x.entities}
