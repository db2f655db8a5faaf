"""Round 12 (issue 3): lawsuits told as court news, counterclaims, group nouns and settlements as outcomes.

Each test uses sentences written for it, with a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import dispute, rel, run


def test_unnamed_co_claimants_are_not_parties():
    x = run("Brightwave Records and other members of the Music Publishers Guild sued Pixwave Labs in March 2019.")
    assert dispute(x, "Brightwave Records", "Pixwave Labs")
    assert not dispute(x, "Music Publishers Guild", "Pixwave Labs")
    x = run("Warner Records, together with a number of sister labels and publishers, filed a lawsuit against Charter "
            "Communications.")
    assert dispute(x, "Warner Records", "Charter Communications")
    # trap: a hedge still blocks the verb
    x = run("Brightwave Records and other members of the Music Publishers Guild could sue Pixwave Labs.")
    assert not rel(x, "dispute")


def test_suit_filed_in_court_by_claimants_joins_the_lawsuit_named_before():
    x = run("A copyright case that the major record companies brought against Charter Communications has been settled. "
            "The suit was filed in federal court in Colorado in March 2019 by Warner Records, Sony Music Entertainment and "
            "UMG Recordings.")
    for c in ("Warner Records", "Sony Music Entertainment", "UMG Recordings"):
        assert dispute(x, c, "Charter Communications")


def test_counterclaims_come_from_the_defendant():
    x = run("Brightwave Records sued Pixwave Labs in March. The company responded in April with counterclaims against "
            "Brightwave Records.")
    assert dispute(x, "Pixwave Labs", "Brightwave Records")
    x = run("Brightwave Records and other members of the Music Publishers Guild sued Pixwave Labs in March 2019. The "
            "company responded in April with counterclaims against the Music Publishers Guild.")
    assert dispute(x, "Pixwave Labs", "Music Publishers Guild")
    # trap: the original claimant does not counter-sue the trade body
    assert not dispute(x, "Brightwave Records", "Music Publishers Guild")


def test_court_news_verdicts_and_liability():
    assert dispute(run("Brightwave Records won a $5m verdict against Pixwave Labs in federal court."),
                   "Brightwave Records", "Pixwave Labs")
    assert dispute(run("A jury found Pixwave Labs liable to Brightwave Records for copyright infringement."),
                   "Brightwave Records", "Pixwave Labs")
    assert dispute(run("Pixwave Labs appealed the verdict in Brightwave Records' favour."), "Brightwave Records", "Pixwave Labs")
    assert dispute(run("Pixwave Labs appealed the ruling in favour of Brightwave Records."), "Brightwave Records", "Pixwave Labs")
    # traps: an award that is not against anyone, and liability denied
    assert not rel(run("Brightwave Records won a Grammy Award alongside Pixwave Labs."), "dispute")
    assert not rel(run("Pixwave Labs said it was not liable to anyone, and praised Brightwave Records."), "dispute")


def test_latest_to_be_sued_by_a_group_noun():
    x = run("Sony Music, Warner Records and Universal Music Group sued Cox Communications in 2019. Grande Communications "
            "is the latest ISP to be sued by the labels.")
    for c in ("Sony Music", "Warner Records", "Universal Music Group"):
        assert dispute(x, c, "Grande Communications")
    # trap: a hedge ("could be the next") is no lawsuit
    x = run("Sony Music, Warner Records and Universal Music Group sued Cox Communications in 2019. Grande Communications "
            "could be the next ISP to be sued by the labels.")
    assert not dispute(x, "Sony Music", "Grande Communications")


def test_owner_modifier_is_not_the_respondent():
    x = run("Publishers press claims against PulseCycle owner. A judge refused to throw out the lawsuit against Ardent "
            "Motion. The suit was brought in March by Tallis Row Music and Kestrel Hill Songs.")
    assert dispute(x, "Tallis Row Music", "Ardent Motion")
    assert not dispute(x, "Tallis Row Music", "PulseCycle")


def test_group_noun_settlement_takes_the_lawsuit_parties():
    x = run("Sony Music, Warner Records and Universal Music Group sued Cox Communications in 2019. The company denied the "
            "claims. The labels and Cox Communications reached a settlement in 2022.")
    assert frozenset({"Cox Communications", "Sony Music", "Warner Records", "Universal Music Group"}) in rel(x, "settlement")
    assert dispute(x, "Sony Music", "Cox Communications").status == "settled"
    # trap: a settlement that may come is none
    x = run("Brightwave Records and Northwind Music sued Pixwave Labs. The labels and Pixwave Labs could reach a "
            "settlement soon.")
    assert not rel(x, "settlement")
    assert dispute(x, "Brightwave Records", "Pixwave Labs").status == "pending"


def test_suit_settled_later_keeps_its_parties():
    x = run("Brightwave Records sued Pixwave Labs in March. The suit was settled in June.")
    assert dispute(x, "Brightwave Records", "Pixwave Labs").status == "settled"
    x = run("Brightwave Records sued Pixwave Labs in March. The case was later dismissed.")
    assert dispute(x, "Brightwave Records", "Pixwave Labs").status == "dismissed"
    # trap: negated
    x = run("Brightwave Records sued Pixwave Labs in March. The suit was not settled.")
    assert dispute(x, "Brightwave Records", "Pixwave Labs").status == "pending"


def test_former_employers_advisers_and_hosts_are_not_employers():
    for text in ("Jane Okafor, who previously ran Northwind Music, said the deal was fair.",
                 "Jane Okafor, a former Northwind Music executive, joined the board.",
                 "Jane Okafor left Northwind Music in 2019.",
                 "Jane Okafor, a lawyer for Northwind Music, said the suit had no merit.",
                 '"It is a good deal," said Jane Okafor, speaking at a conference hosted by Northwind Music.'):
        assert ("Jane Okafor", "Northwind Music") not in rel(run(text), "worksFor"), text


def test_forums_and_unfiled_suits_are_no_disputes():
    x = run("Brightwave Records sued Pixwave Labs in the US District Court for the Southern District of New York.")
    assert rel(x, "dispute") == {("Brightwave Records", "Pixwave Labs")}
    assert not rel(run("Brightwave Records did not file a lawsuit against Pixwave Labs."), "dispute")
