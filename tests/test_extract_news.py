"""Language of real music-business news (issue 3, heldout2 categories), on sentences of our own.

Each test is one general way of stating a dispute, an allegation or an acquisition that the
extractor missed on real 2019-2026 articles; none of the sentences is taken from a corpus.
"""
from __future__ import annotations

from kg.extract import extract
from kg.model import Article


def run(text: str):
    return extract(Article(text="Headline of the story\n\n" + text, title="Headline of the story", path="t.txt"))


def rel(x, kind):
    out = set()
    for f in x.facts:
        if f.kind != kind:
            continue
        r = f.roles
        if "party" in r:
            out.add(frozenset(r["party"]))
        elif "claimant" in r:
            out.add((r["claimant"][0], r["respondent"][0]))
        elif "acquirer" in r:
            out.add((r["acquirer"][0], r["acquiree"][0]))
        else:
            out.add((r["subject"][0], r["object"][0]))
    return out


def dispute(x, claimant, respondent):
    return next((f for f in x.facts if f.kind == "dispute" and f.roles["claimant"][0] == claimant
                 and f.roles["respondent"][0] == respondent), None)


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
