"""Round 26b: relation rules on the deal and international news (a job title after "whose" with no verb, a job to
come, licences signed by an "it" that names nobody, "agreed terms with")."""
from __future__ import annotations

from extract_helpers import rel, run


def test_whose_title_then_name_without_a_verb():
    x = run("Orbis Records, whose founder and chairman Tomas Lindqvist was among the loudest critics, is reviewing the terms.")
    assert ("Tomas Lindqvist", "Orbis Records") in rel(x, "worksFor")


def test_whose_title_then_name_between_commas():
    x = run("Halden Capital is the investment arm of Orbis Group, whose chairman, Tomas Lindqvist, had set up the fund years ago.")
    assert ("Tomas Lindqvist", "Orbis Group") in rel(x, "worksFor")


def test_whose_noun_that_is_no_title_gives_no_job():
    # trap: "whose biggest act X" names a signing, not an employee
    x = run("Orbis Records, whose biggest act Tomas Lindqvist was unhappy with the terms, said little.")
    assert not rel(x, "worksFor")


def test_set_to_take_over_as_poss_title():
    x = run("Mara Quell, who is set to take over as Kestrel Media's chief executive in March, said the group wants more.")
    assert ("Mara Quell", "Kestrel Media") in rel(x, "worksFor")


def test_take_over_a_catalogue_is_no_job():
    # trap: without "as" a title, "take over Y's catalogue" is no appointment
    x = run("Mara Quell, who is set to take over Kestrel Media's catalogue in March, said the group wants more.")
    assert not rel(x, "worksFor")


def test_licences_of_an_unresolved_it_do_not_pair_the_licensors():
    # "it" names nobody here: the two labels each deal with it, not with each other
    x = run("In late 2025 Kestrel announced that it had also signed licences with Orbis Music, the recorded-music arm of "
            "Orbis Group, and with Halden Records, making it one of the first.")
    assert frozenset({"Orbis Music", "Halden Records"}) not in rel(x, "licensing")


def test_licences_of_a_resolved_subject_pair_it_with_each():
    x = run("Brightwave Media is a start-up. It has signed licences with Orbis Music and with Halden Records.")
    assert {frozenset({"Brightwave Media", "Orbis Music"}), frozenset({"Brightwave Media", "Halden Records"})} <= rel(x, "licensing")


def test_agreed_terms_with_is_a_licence():
    x = run("Halden Rights, the body that negotiates digital licences for independents, has agreed terms with Kestrel Media "
            "for its new streaming service.")
    assert frozenset({"Halden Rights", "Kestrel Media"}) in rel(x, "licensing")


def test_terms_with_a_band_or_a_claimant_are_no_deal():
    # traps: a label's terms with a band, and terms that end a lawsuit
    x = run("Orbis Music, which now runs Halden Records as one of its labels, reached terms with the Pine Hollow Ramblers "
            "within a year. Orbis Music reached terms with Kestrel Media to settle the lawsuit.")
    assert not rel(x, "licensing") and not rel(x, "partnership")
    assert ("The Pine Hollow Ramblers", "Orbis Music") not in rel(x, "signedTo")
    assert ("Pine Hollow Ramblers", "Orbis Music") not in rel(x, "signedTo")


def test_expected_to_take_over_stays_no_job():
    # trap: a job only expected is no job yet (round 24d); "is set to" is an announced one
    x = run("Mara Quell, who is expected to take over as Kestrel Media's chief executive in March, said little.")
    assert not rel(x, "worksFor")


def test_label_that_manages_and_records_an_act():
    x = run("The boy band Kestrel topped the chart. Both songs were issued by Orbis Music, the label that manages and records Kestrel.")
    assert ("Kestrel", "Orbis Music") in rel(x, "signedTo")
    y = run("The band Tarnby toured Asia. Halden Entertainment, the company that manages Tarnby, has bought Orbis Music.")
    assert ("Tarnby", "Halden Entertainment") in rel(y, "signedTo")


def test_company_that_manages_a_venue_or_an_acts_tours_signs_nobody():
    # traps: a managed venue is no act, and "manages A's tours" speaks of a service to A
    x = run("Orbis Media, the company that manages Kestrel Arena, said little.")
    assert not rel(x, "signedTo")
    y = run("The band Tarnby played there. Orbis Media, the company that manages Tarnby's tours, said little.")
    assert not rel(y, "signedTo")
