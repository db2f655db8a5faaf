"""Language of real music-business news (issue 3, heldout2 categories), on sentences of our own.

Each test is one general way of stating a dispute, an allegation or an acquisition that the
extractor missed on real 2019-2026 articles; none of the sentences is taken from a corpus.
"""
from __future__ import annotations

from tests.extract_helpers import dispute, rel, run


def test_sued_both_x_and_its_rival_y():
    x = run("In 2023, Sony Music Entertainment and Warner Music Group sued both Riffmint and its rival Loopforge "
            "for copyright infringement.")
    assert {("Sony Music Entertainment", "Riffmint"), ("Sony Music Entertainment", "Loopforge"),
            ("Warner Music Group", "Riffmint"), ("Warner Music Group", "Loopforge")} <= rel(x, "dispute")


def test_ended_its_lawsuit_is_a_settled_dispute():
    x = run("Warner Music Group has ended its copyright lawsuit against Riffmint after the two sides agreed terms.")
    f = dispute(x, "Warner Music Group", "Riffmint")
    assert f is not None and f.status == "settled"


def test_dropped_its_lawsuit_is_dismissed():
    x = run("Sony Music Entertainment has dropped its lawsuit against Loopforge.")
    f = dispute(x, "Sony Music Entertainment", "Loopforge")
    assert f is not None and f.status == "dismissed"


def test_listed_claimants_among_a_group_that_accused():
    x = run("The fight began with a lawsuit in which Sony Music Entertainment, Universal Music Group and "
            "Warner Music Group were among more than 40 labels that accused Brightline Cable of ignoring piracy.")
    assert {("Sony Music Entertainment", "Brightline Cable"), ("Universal Music Group", "Brightline Cable"),
            ("Warner Music Group", "Brightline Cable")} <= rel(x, "dispute")


def test_the_publishers_is_the_group_named_before():
    x = run("Versemill Labs has beaten back a request for an injunction sought by Universal Music Publishing Group, "
            "Kobalt Music Group and Concord Music Group. The publishers sued in 2024, before the copyright case "
            "against Versemill Labs moved to California.")
    assert {("Universal Music Publishing Group", "Versemill Labs"), ("Kobalt Music Group", "Versemill Labs"),
            ("Concord Music Group", "Versemill Labs")} <= rel(x, "dispute")


def test_a_group_noun_without_a_group_is_no_claimant():
    x = run("The publishers sued in 2024. The copyright case against Versemill Labs moved to California.")
    assert not rel(x, "dispute")


def test_a_separate_case_has_its_own_claimants():
    x = run("BMG Rights Management sued Brightline Cable in 2016, and in 2024 Universal Music Group and "
            "Warner Music Group filed a separate case against Corvid Telecom.")
    d = rel(x, "dispute")
    assert ("BMG Rights Management", "Brightline Cable") in d and ("Universal Music Group", "Corvid Telecom") in d
    assert ("BMG Rights Management", "Corvid Telecom") not in d


def test_went_to_the_same_court_against_a_second_respondent():
    x = run("GEMA has filed a lawsuit against Riffmint at the Munich Regional Court. "
            "In 2024 it went to the same court against Loopforge, accusing it of the unlicensed use of lyrics.")
    assert ("GEMA", "Loopforge") in rel(x, "dispute")


def test_faces_a_lawsuit_from():
    x = run("Loopforge faces a copyright lawsuit from Warner Music Group.")
    assert ("Warner Music Group", "Loopforge") in rel(x, "dispute")


def test_hedged_group_claimant_is_no_dispute():
    x = run("Warner Music Group and Sony Music Entertainment signed a letter. The labels could sue Loopforge next year.")
    assert not rel(x, "dispute")


def test_allegations_keep_their_modifiers():
    x = run("Sony Music Entertainment and Universal Music Group sued Brightline Cable in 2019. A jury found "
            "Brightline Cable liable for contributory and vicarious infringement.")
    f = dispute(x, "Sony Music Entertainment", "Brightline Cable")
    assert f is not None
    assert {"copyright infringement", "contributory infringement", "vicarious infringement"} <= set(f.allegations)


def test_allegation_variants_map_to_a_label():
    x = run("The Federal Trade Commission sued Seatwise in 2025, accusing it of deceptive pricing and of "
            "monopolising ticket sales.")
    f = dispute(x, "Federal Trade Commission", "Seatwise")
    assert f is not None
    assert {"deceptive practices", "deceptive pricing", "antitrust violations"} <= set(f.allegations)


def test_allegation_with_an_of_phrase():
    x = run("GEMA sued Loopforge in 2024, accusing the company of the unlicensed use of song lyrics.")
    f = dispute(x, "GEMA", "Loopforge")
    assert f is not None and "unlicensed use of song lyrics" in f.allegations


def test_buying_from_a_seller_that_bought_it_earlier():
    x = run("As part of the agreement Riffmint is buying Gigmap, the concert-listings app, from Warner Music Group, "
            "which bought the app in 2015.")
    a = rel(x, "acquisition")
    assert ("Riffmint", "Gigmap") in a and ("Warner Music Group", "Gigmap") in a
    assert ("Warner Music Group", "Riffmint") not in a


def test_short_form_shared_by_two_names_is_the_first_introduced():
    x = run("The court heard the labels' case against Brightline Communications. "
            "Universal Music Group sued Brightline over piracy. Brightline Communications is the largest unit of "
            "the family-owned Brightline Enterprises.")
    assert ("Universal Music Group", "Brightline Communications") in rel(x, "dispute")


# --- last round of issue 3: executives, judges, acquisitions, units, disputes, operates, licences -------------

def test_judge_of_named_court_works_for_the_court():
    x = run("In a ruling on Monday, Judge Marla Quint of the US District Court for the Eastern District of Ohio "
            "dismissed the claims brought by Brightwave Records against Pixwave.")
    assert ("Marla Quint", "US District Court for the Eastern District of Ohio") in rel(x, "worksFor")
    court = next(e for e in x.entities if e.name.startswith("US District Court"))
    assert "Court" in court.types
    # trap: the court is not a party to the dispute
    assert all("Court" not in f.roles["respondent"][0] for f in x.facts if f.kind == "dispute")


def test_a_judge_at_the_court():
    x = run("Orla Fenn, a judge at the Hamburg Regional Court, rejected the claim by Nimbus Tunes.")
    assert ("Orla Fenn", "Hamburg Regional Court") in rel(x, "worksFor")


def test_whose_title_is_and_the_title_of():
    x = run("Brightwave Records, whose co-founder and chief executive is Petra Lind, said it would appeal. "
            "Ivo Brandt, the chief executive of Kestrel Audio, said users would benefit.")
    assert {("Petra Lind", "Brightwave Records"), ("Ivo Brandt", "Kestrel Audio")} <= rel(x, "worksFor")


def test_co_ceos_both_work_there():
    x = run("Polaris Sound named co-CEOs Mina Cho and Tor Sand after the founder stepped down.")
    assert {("Mina Cho", "Polaris Sound"), ("Tor Sand", "Polaris Sound")} <= rel(x, "worksFor")


def test_lawyer_for_a_party_is_not_its_employee():
    x = run("The ruling was wrong, said Dana Holt, a lawyer for Brightwave Records. Gil Ames, Brightwave Records' "
            "general counsel, agreed.")
    works = rel(x, "worksFor")
    assert ("Dana Holt", "Brightwave Records") not in works
    assert ("Gil Ames", "Brightwave Records") in works


def test_became_majority_owner_is_subsidiary_not_acquisition():
    x = run("Vantor Group became the majority owner of Bellhop Records in March.")
    assert ("Bellhop Records", "Vantor Group") in rel(x, "subsidiaryOf")
    assert not rel(x, "acquisition")


def test_units_folded_and_poss_unit():
    x = run("Bellhop Records is to be folded into Vantor Group. Nimbus Holdings' Quayside Audio unit sued Pixwave.")
    subs = rel(x, "subsidiaryOf")
    assert ("Bellhop Records", "Vantor Group") in subs
    assert ("Quayside Audio", "Nimbus Holdings") in subs


def test_acquired_by_with_description_and_delayed_agreement():
    x = run("Bellhop Records was itself bought by the South Korean entertainment group Vantor the following year. "
            "Nimbus Tunes agreed at the end of 2024 to buy Quayside Audio for $775m.")
    acq = rel(x, "acquisition")
    assert {("Vantor", "Bellhop Records"), ("Nimbus Tunes", "Quayside Audio")} <= acq


def test_acquired_by_is_not_also_a_subsidiary():
    x = run("Quayside Audio was acquired by Nimbus Holdings in June.")
    assert ("Nimbus Holdings", "Quayside Audio") in rel(x, "acquisition")
    assert not rel(x, "subsidiaryOf")


def test_case_names_and_suit_filed_by():
    x = run("The case, Brightwave Records v. Pixwave, was heard on Monday. A suit Kestrel Audio filed against "
            "Lumora in 2023 is pending.")
    assert {("Brightwave Records", "Pixwave"), ("Kestrel Audio", "Lumora")} <= rel(x, "dispute")


def test_versus_without_legal_talk_is_no_dispute():
    x = run("Brightwave Records versus Pixwave was the final of the football contest on Saturday.")
    assert not rel(x, "dispute")


def test_new_clause_after_and_is_not_a_list_item():
    x = run("Brightwave Records sued Pixwave and Kestrel Audio sued Lumora.")
    assert rel(x, "dispute") == {("Brightwave Records", "Pixwave"), ("Kestrel Audio", "Lumora")}
    y = run("Brightwave Records, Nimbus Tunes and Kestrel Audio sued Lumora.")
    assert len(rel(y, "dispute")) == 3


def test_operates_from_product_wording():
    x = run("Pixwave said its chatbot, Lumo, was never meant to print lyrics. Tunecraft maker Sonder Labs denied it. "
            "Corvid Media's Skylark app is popular.")
    ops = rel(x, "operates")
    assert {("Pixwave", "Lumo"), ("Sonder Labs", "Tunecraft"), ("Corvid Media", "Skylark")} <= ops


def test_service_it_owns_after_a_list():
    x = run("Brightwave Records sued Pixwave and Lumo, the ticketing service it owns, in May.")
    assert ("Pixwave", "Lumo") in rel(x, "operates")
    assert ("Brightwave Records", "Lumo") not in rel(x, "operates")


def test_direct_deals_and_licences_from():
    x = run("Pixwave has struck direct deals with Brightwave Records and Kestrel Audio. Lumora obtained licences "
            "from Nimbus Tunes and Quayside Audio. Sonder Labs has licensed repertoire from Corvid Records, the indie "
            "label, and from Holloway Publishing, the publisher.")
    lic = rel(x, "licensing")
    for a, b in [("Pixwave", "Brightwave Records"), ("Pixwave", "Kestrel Audio"), ("Lumora", "Nimbus Tunes"),
                 ("Lumora", "Quayside Audio"), ("Sonder Labs", "Corvid Records"), ("Sonder Labs", "Holloway Publishing")]:
        assert frozenset((a, b)) in lic
    assert frozenset(("Brightwave Records", "Kestrel Audio")) not in lic


def test_it_is_the_subject_of_the_previous_sentence_after_an_opening_phrase():
    x = run("Weeks before the ruling, Pixwave Media signed a direct licence with Nimbus Publishing. In March it agreed a "
            "similar direct deal with Quayside Songs, the publishing arm of Vantor Group.")
    lic = rel(x, "licensing")
    assert frozenset(("Pixwave Media", "Quayside Songs")) in lic
    assert frozenset(("Nimbus Publishing", "Quayside Songs")) not in lic


def test_an_ended_deal_is_not_an_agreement_between_the_names_after_it():
    x = run("When that deal ended in 2018 she moved to Bellhop Records, part of Vantor Group, on new terms.")
    assert ("Bellhop Records", "Vantor Group") in rel(x, "subsidiaryOf")
    assert not rel(x, "partnership") and not rel(x, "licensing")
