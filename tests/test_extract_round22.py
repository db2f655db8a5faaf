"""Round 22b: relation rules, third pass (regulator orders and probes, joint ventures, trade words before a respondent,
masked descriptions in appositions)."""
from __future__ import annotations

from extract_helpers import dispute, rel, run


def test_regulator_order_or_probe_is_a_dispute():
    x = run("The Competition and Markets Authority has ordered StubHub to refund every buyer of the cancelled shows.")
    assert dispute(x, "Competition and Markets Authority", "StubHub")
    x = run("The Federal Trade Commission opened an investigation into Seatwave in March over hidden fees.")
    assert dispute(x, "Federal Trade Commission", "Seatwave")
    # traps: a court's order is no regulator's case; a merger review is no dispute; a label's order is none
    y = run("The High Court ordered StubHub to pay the costs of the hearing.")
    assert not dispute(y, "High Court", "StubHub")
    y = run("The Federal Trade Commission opened an in-depth investigation into Seatwave's planned takeover of Ticketpoint.")
    assert not [f for f in y.facts if f.kind == "dispute"]
    y = run("Halvorsen Records ordered Kestrel Media to deliver the masters by May.")
    assert not [f for f in y.facts if f.kind == "dispute"]


def test_joint_venture_of_two_organisations_is_a_partnership():
    x = run("Tunebase, built jointly by Halvorsen Group and Kestrel Media, went live in 2021.")
    assert frozenset({"Halvorsen Group", "Kestrel Media"}) in rel(x, "partnership")
    x = run("Under Playright, a joint initiative of Norland Music Rights, which represents songwriters, and Kestrel Media, "
            "venues buy one licence.")
    assert frozenset({"Norland Music Rights", "Kestrel Media"}) in rel(x, "partnership")
    x = run("In Europe, Halvorsen Group and Kestrel Media had already set up Tunebase Ltd to process licences.")
    assert frozenset({"Halvorsen Group", "Kestrel Media"}) in rel(x, "partnership")
    # trap: two people who set up a company are its founders, not partners in a venture
    y = run("Anna Berg and Tom Lind set up Tunebase Ltd in 2015 to process licences.")
    assert not rel(y, "partnership")


def test_trade_words_before_a_respondent():
    x = run("Norland Music Rights had sued car hire firms Fleetway Rentals and Nordvik Autos, arguing that radios in "
            "cars communicate music to the public.")
    assert dispute(x, "Norland Music Rights", "Fleetway Rentals")
    assert dispute(x, "Norland Music Rights", "Nordvik Autos")
    x = run("The case was brought by Norland Music Rights, the society that collects royalties on behalf of Nordic "
            "composers, against telecommunications group Kestrel Media.")
    assert dispute(x, "Norland Music Rights", "Kestrel Media")
    # traps: a pronoun after "sued" is the respondent, not a description of the next name; the owner in the
    # claimant's apposition is no party
    y = run("Norland Music Rights sued them twice before Halvorsen Group stepped in.")
    assert not dispute(y, "Norland Music Rights", "Halvorsen Group")
    y = run("The case was brought by Norland Music Rights, which is owned by Halvorsen Group, against Kestrel Media.")
    assert dispute(y, "Norland Music Rights", "Kestrel Media")
    assert not dispute(y, "Halvorsen Group", "Kestrel Media") and not dispute(y, "Norland Music Rights", "Halvorsen Group")


def test_masked_description_in_an_apposition():
    x = run("Kestrel Records is a label based in Milan. The singer Nova Lane records for Kestrel Records, the label behind "
            "Nova Lane, which is a subsidiary of Halvorsen Group.")
    assert ("Kestrel Records", "Halvorsen Group") in rel(x, "subsidiaryOf")
    # trap: the act the label is behind is no unit of the parent
    assert ("Nova Lane", "Halvorsen Group") not in rel(x, "subsidiaryOf")
