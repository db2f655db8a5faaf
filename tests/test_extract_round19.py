"""Round 19b: wrong facts from the rule tables (issue 3): owners inside an apposition, subsidiaries that are services."""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_person_in_apposition_is_not_the_acquirer():
    x = run("In 2019, Harbour Pay, the payments company led by its chief executive Nora Quill, agreed to "
            "acquire a majority of Soundwell.")
    acq = rel(x, "acquisition")
    assert ("Harbour Pay", "Soundwell") in acq
    assert not any(a == "Nora Quill" for a, _ in acq)


def test_which_after_a_person_belongs_to_the_group():
    x = run("Brightline Records is owned by Cobalt Holdings, the investment group of the billionaire Marcus Vell, "
            "which bought the music company in 2014.")
    acq = rel(x, "acquisition")
    assert not any(a == "Marcus Vell" for a, _ in acq)
    # trap: a company followed by "which" keeps its own verb
    y = run("The deal was struck with Cobalt Holdings, which bought Brightline Records in 2014.")
    assert ("Cobalt Holdings", "Brightline Records") in rel(y, "acquisition")


def test_parent_in_apposition_does_not_run_the_service():
    x = run("Tunely Ltd, a unit of telecom operator Skyline Telecom, runs Tunely Music, one of the most "
            "widely used music apps in the country.")
    assert ("Tunely Music", "Skyline Telecom") not in rel(x, "subsidiaryOf")
    # trap: the unit sentence still makes the unit a subsidiary of its parent
    assert ("Tunely Ltd", "Skyline Telecom") in rel(x, "subsidiaryOf")
    for text in ("Tunely Ltd, a subsidiary of the telecom group Skyline Telecom, operates the streaming app "
                 "Tunely Music.",
                 "Tunely Ltd, a division of telecom operator Skyline Telecom, runs the music app Tunely Music."):
        ops = rel(run(text), "operates")
        assert ("Skyline Telecom", "Tunely Music") not in ops, text
        assert ("Tunely Ltd", "Tunely Music") in ops, text


def test_service_that_becomes_a_subsidiary_is_a_subsidiary():
    x = run("Streamora, the music streaming service, agreed to sell a majority stake to Kestrel Media. "
            "Streamora became a subsidiary of Kestrel Media in March.")
    assert ("Streamora", "Kestrel Media") in rel(x, "subsidiaryOf")
    assert ("Kestrel Media", "Streamora") not in rel(x, "operates")


def test_founder_who_sold_out_no_longer_works_there():
    x = run("Larkspur Records was started in 1984 by Dana Whitfield, who sold it in a 2004 deal.")
    assert ("Dana Whitfield", "Larkspur Records") not in rel(x, "worksFor")
    y = run("Ondo Music founder Kemi Adeyemi, then the largest shareholder, objected. "
            "Kemi Adeyemi later sold most of her stake to Marlow Group.")
    assert ("Kemi Adeyemi", "Ondo Music") not in rel(y, "worksFor")
    # trap: a founder who sold something else (a house, a catalogue) keeps the role
    z = run("Ondo Music founder Kemi Adeyemi objected. Kemi Adeyemi sold a house in Lagos last year.")
    assert ("Kemi Adeyemi", "Ondo Music") in rel(z, "worksFor")
