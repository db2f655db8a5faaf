"""Round 9 of the extractor (issue 3): multi-party disputes, take-private buyer groups, late parents."""
from __future__ import annotations

from tests.extract_helpers import dispute, rel, run


def test_claimant_along_with_companion_between_commas():
    x = run("Brightwave Records, along with Cobalt Tapes, sued Pixwave in March.")
    assert dispute(x, "Brightwave Records", "Pixwave") and dispute(x, "Cobalt Tapes", "Pixwave")
    # trap: the companion is not a respondent
    assert not dispute(x, "Brightwave Records", "Cobalt Tapes")


def test_every_claimant_against_every_respondent():
    x = run("Brightwave Records and Cobalt Tapes sued Pixwave and Tunelab in June.")
    assert {("Brightwave Records", "Pixwave"), ("Brightwave Records", "Tunelab"),
            ("Cobalt Tapes", "Pixwave"), ("Cobalt Tapes", "Tunelab")} <= rel(x, "dispute")


def test_one_of_the_companies_that_sued_and_the_other_plaintiffs():
    x = run("Brightwave Records was one of three labels that sued Pixwave in 2024. "
            "The other two plaintiffs, Cobalt Tapes and Lantern Sound, have not settled.")
    for c in ("Brightwave Records", "Cobalt Tapes", "Lantern Sound"):
        assert dispute(x, c, "Pixwave"), c


def test_hedged_one_of_gives_no_dispute():
    # trap: "could sue" is only a threat
    x = run("Brightwave Records was one of three labels that could sue Pixwave.")
    assert rel(x, "dispute") == set()


def test_take_private_with_partners_gives_each_buyer():
    x = run("Greyrock Capital took Songvault private with Harbor Partners and Elm Equity.")
    assert {("Greyrock Capital", "Songvault"), ("Harbor Partners", "Songvault"),
            ("Elm Equity", "Songvault")} <= rel(x, "acquisition")


def test_consortium_of_buyers():
    x = run("A consortium of Greyrock Capital and Harbor Partners bought Songvault Holdings.")
    assert {("Greyrock Capital", "Songvault Holdings"), ("Harbor Partners", "Songvault Holdings")} <= rel(x, "acquisition")


def test_hedged_take_private_gives_nothing():
    # trap: "could take ... private" is not a deal
    x = run("Greyrock Capital could take Songvault private with Harbor Partners.")
    assert rel(x, "acquisition") == set()


def test_parent_after_long_apposition():
    x = run("Its self-service arm is Tunelab, the distributor used by bedroom musicians everywhere, "
            "which is a wholly owned subsidiary of Brightwave Records.")
    assert ("Tunelab", "Brightwave Records") in rel(x, "subsidiaryOf")


def test_the_former_before_a_title_is_an_adjective():
    x = run("Park Dae-ho, the former chief executive of Moonlit Sound, sued Orbis in May.")
    assert dispute(x, "Park Dae-ho", "Orbis")


def test_the_former_alone_still_refers_back():
    # trap: "The former" on its own is the first of the two names before it
    x = run("Orbis sued Quartz Hall and Moonlit Sound. The former settled in May.")
    assert not any(e.name.lower().startswith("the former") for e in x.entities)


def test_possessive_deal_for_with_a_buy_word():
    x = run("Orbis's $1bn deal for Quartz Hall, its biggest acquisition, was approved.")
    assert ("Orbis", "Quartz Hall") in rel(x, "acquisition")


def test_possessive_deal_for_without_a_buy_word_is_no_acquisition():
    # trap: a "deal for" can be a licence or a tour
    x = run("Orbis's $1bn deal for Quartz Hall was approved.")
    assert rel(x, "acquisition") == set()
