"""Round 14c: entities, typing and the gazetteer on real news (issue 3).

Each test uses sentences of its own, with a trap that must not fire.
"""
from __future__ import annotations

from kg.extract.lexicon import load_gazetteer, tokens
from tests.extract_helpers import names, rel, run, types


def _toks(s: str) -> list[str]:
    return [t for t, _, _ in tokens(s, 0)]


def test_korean_given_names_after_long_first_syllable():
    # "Sung-min", "Young-jae", "Hyun-woo": romanised given names whose first syllable has four or five letters
    assert "Sung-min" in _toks("Choi Sung-min runs it.")
    assert "Young-jae" in _toks("Kang Young-jae said so.")
    x = run("Choi Sung-min, the chief executive of Moonrise Entertainment, said the deal was done.")
    assert ("Choi Sung-min", "Moonrise Entertainment") in rel(x, "worksFor")
    # trap: ordinary hyphenated words stay apart
    assert _toks("Long-term deals") == ["Long", "term", "deals"]
    assert _toks("Anti-piracy work")[0] == "Anti"


def test_company_form_words_are_not_person_names():
    x = run("Grupo Solaris sued Brightwave Media over unpaid royalties. "
            "Zentra GmbH also sued Brightwave Media.")
    assert "Person" not in types(x, "Grupo Solaris")
    assert "Person" not in types(x, "Zentra GmbH")
    assert ("Grupo Solaris", "Brightwave Media") in rel(x, "dispute")
    # trap: a person's name in the same position is still a person
    y = run("Carlos Mendes sued Brightwave Media over unpaid royalties.")
    assert "Person" in types(y, "Carlos Mendes")


def test_acronym_or_known_business_first_is_not_a_person():
    x = run("KTV Tonwerk sued Brightwave Media over unpaid royalties. "
            "Spotify Ventures sued Brightwave Media too.")
    assert "Person" not in types(x, "KTV Tonwerk")
    assert "Person" not in types(x, "Spotify Ventures")
    # trap: two capitals (initials, "DJ") do not count as an acronym
    y = run("DJ Marlo sued Brightwave Media over unpaid royalties.")
    assert "Organization" not in types(y, "DJ Marlo")


def test_regulators_of_other_countries():
    x = run("China's State Administration for Market Regulation fined Lumen Music. "
            "In Brazil, CADE cleared the deal, and the Korea Fair Trade Commission opened a review.")
    regs = names(x, "Regulator")
    # an entity is named by the fullest form the article uses
    assert {"State Administration for Market Regulation", "CADE", "Korea Fair Trade Commission"} <= regs
    # trap: the forum is not a company
    assert "Company" not in types(x, "State Administration for Market Regulation")


def test_collecting_societies_and_trade_bodies_worldwide():
    x = run("KOMCA, IPRS and ECAD signed a reciprocal agreement with SAMRO.")
    bodies = names(x, "TradeBody")
    assert {"KOMCA", "IPRS", "ECAD", "SAMRO"} <= bodies


def test_platforms_owners_and_units_known():
    gaz = load_gazetteer()
    for name, typ in [("Globoplay", "Platform"), ("Grupo Globo", "Company"), ("CTS Eventim", "Platform"),
                      ("NBCUniversal", "Company"), ("WhatsApp", "Platform"), ("Universal Music France", "RecordLabel"),
                      ("Som Livre", "RecordLabel"), ("Big Hit Music", "RecordLabel"), ("Mavin Global", "Company"),
                      ("Tencent Holdings", "Company"), ("Bundeskartellamt", "Regulator")]:
        assert typ in gaz.lookup(name).types, name
    assert gaz.lookup("Federal Cartel Office").name == "Bundeskartellamt"
    assert gaz.lookup("SAMR").name == "State Administration for Market Regulation"


def test_weak_alias_alone_is_not_the_company():
    # trap: "Providence" (a city) and "Beats" are weak aliases: alone they do not name the investor / maker
    x = run("The band moved to Providence in 2019. Beats by the producer were sampled.")
    assert "Providence Equity Partners" not in {e.name for e in x.entities}
    assert "Beats Electronics" not in {e.name for e in x.entities}
