"""Round 25b: relation rules on the deal and international news (services owned by companies, units named
after their parent, headline purchases with a modifier name, withdrawals across clauses)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_bare_name_run_by_a_company_is_its_service():
    x = run("Kestrel Media is a Seoul company. Tunefield is run by Kestrel Media, while Wavelet is operated by Orbis Group.")
    ops = rel(x, "operates")
    assert ("Kestrel Media", "Tunefield") in ops
    assert ("Orbis Group", "Wavelet") in ops
    assert ("Tunefield", "Kestrel Media") not in rel(x, "subsidiaryOf")


def test_list_owned_by_a_company_are_services():
    x = run("Orbis Group sells phones. Tunefield and Wavelet are both owned by Orbis Group.")
    assert {("Orbis Group", "Tunefield"), ("Orbis Group", "Wavelet")} <= rel(x, "operates")


def test_list_with_a_label_stays_subsidiaries():
    # trap: a label in the list says the list names labels, not services
    x = run("Not every label followed. Halden Records and Tarnby are both owned by the holding company Orbis Group.")
    assert ("Halden Records", "Orbis Group") in rel(x, "subsidiaryOf")
    assert not {o for _, o in rel(x, "operates")} & {"Halden Records", "Tarnby"}


def test_majority_owned_is_no_service_cue():
    # trap: "majority-owned" speaks of a stake in a business
    x = run("Orbis Group sells phones. Tarnby is majority-owned by Orbis Group.")
    assert ("Orbis Group", "Tarnby") not in rel(x, "operates")


def test_unit_named_after_parent_stated_as_subsidiary():
    x = run("The streaming service Tencent Zing Music, which remains a subsidiary of Tencent, is the second-largest in China.")
    assert ("Tencent Zing Music", "Tencent") in rel(x, "subsidiaryOf")
    assert ("Tencent", "Tencent Zing Music") not in rel(x, "operates")


def test_name_form_operates_without_a_stated_tie():
    # trap: with no tie in the text, the name form still says the company runs its service
    x = run("The streaming service Tencent Zing Music added lyrics this week. Tencent said the feature would reach all users.")
    assert ("Tencent", "Tencent Zing Music") in rel(x, "operates")


def test_headline_purchase_with_bare_modifier_name():
    x = run("Kestrel Media agrees to buy Melodia operator Bluefin Entertainment.")
    acq = rel(x, "acquisition")
    assert ("Kestrel Media", "Bluefin Entertainment") in acq
    assert ("Kestrel Media", "Melodia") not in acq


def test_purchase_of_a_list_is_no_modifier():
    # trap: "A and B" after the verb is a list of purchases, not a modifier of the noun that follows
    x = run("Kestrel Media buys Halden Records and Tarn Records label group Orbis Music.")
    assert ("Kestrel Media", "Halden Records") in rel(x, "acquisition")


def test_withdrawal_object_does_not_cross_a_clause():
    x = run("Brightwave Records pulled its albums from Streamly last week. It did not say whether it had pulled the music "
            "from every service, and Halden Records has not announced new terms.")
    wd = rel(x, "withdrewCatalogFrom")
    assert ("Brightwave Records", "Streamly") in wd
    assert ("Brightwave Records", "Halden Records") not in wd
