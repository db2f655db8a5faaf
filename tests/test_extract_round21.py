"""Round 21b: relation rules (owner-modified respondents, named courts, founder lists)."""
from __future__ import annotations

from extract_helpers import dispute, rel, run


def test_owner_before_trade_noun_is_not_the_respondent():
    x = run("GEMA took legal action against the Tencent music service JOOX in Munich over unpaid royalties.")
    assert dispute(x, "GEMA", "JOOX")
    assert not dispute(x, "GEMA", "Tencent")
    x = run("Merlin filed a complaint against the Sony distribution company The Orchard over unpaid royalties.")
    assert dispute(x, "Merlin", "The Orchard")
    assert not dispute(x, "Merlin", "Sony")
    # trap: the owner named on its own, with the service in an apposition, stays the respondent
    y = run("GEMA sued Tencent, which runs the music service JOOX, in Munich over unpaid royalties.")
    assert dispute(y, "GEMA", "Tencent")


def test_took_to_a_named_court():
    x = run("The Competition and Markets Authority took StubHub to the High Court in 2019, alleging breaches of consumer law.")
    assert dispute(x, "Competition and Markets Authority", "StubHub")
    # trap: taking someone to a place that is no court is no lawsuit
    y = run("Live Nation took Coldplay to the O2 Arena in 2019 for three nights.")
    assert not [f for f in y.facts if f.kind == "dispute"]


def test_each_founder_of_a_list():
    x = run("Seymour Stein and Richard Gottehrer founded Sire Records in 1966.")
    wf = rel(x, "worksFor")
    assert ("Seymour Stein", "Sire Records") in wf and ("Richard Gottehrer", "Sire Records") in wf
    # trap: companies that launch a venture are not its founders-employees
    y = run("Sony Music and Universal Music Group launched Vevo in 2009.")
    assert not rel(y, "worksFor")


def test_owner_inside_an_apposition_is_no_party():
    """Round 21e: "X, Y's distribution arm, signed a deal with Z" is X's deal, not Y's."""
    x = run("Northgate Music, Halvorsen Group's distribution arm, signed a partnership with Kestrel Media in March.")
    assert rel(x, "partnership") == {frozenset({"Northgate Music", "Kestrel Media"})}
    x = run("Kestrel Media signed a partnership with Northgate Music, Halvorsen Group's distribution arm, in March.")
    assert rel(x, "partnership") == {frozenset({"Kestrel Media", "Northgate Music"})}
    # trap: the owner as the subject of its own clause stays the party
    y = run("Halvorsen Group, which owns Northgate Music, signed a partnership with Kestrel Media in March.")
    assert frozenset({"Halvorsen Group", "Kestrel Media"}) in rel(y, "partnership")


def test_owner_before_trade_noun_in_deals_and_purchases():
    """Round 21e: the owner only modifies the trade noun after a deal or purchase too."""
    x = run("Halvorsen Group signed a licensing deal with the Google video platform YouTube last year.")
    assert rel(x, "licensing") == {frozenset({"Halvorsen Group", "YouTube"})}
    x = run("Halvorsen Group acquired Kestrel Media's distribution business Northgate Music in 2022.")
    assert rel(x, "acquisition") == {("Halvorsen Group", "Northgate Music")}
    # trap: a deal with two named companies keeps both
    y = run("Halvorsen Group signed a licensing deal with Google and YouTube last year.")
    assert rel(y, "licensing") == {frozenset({"Halvorsen Group", "Google", "YouTube"})}


def test_buying_an_asset_of_a_company_is_no_takeover():
    """Round 21e: "buy X's ticketing patents" buys an asset, not X."""
    x = run("As part of the settlement, Halvorsen Group will also buy Kestrel Media's ticketing patents.")
    assert not rel(x, "acquisition")
    # trap: buying the company itself is still a takeover
    y = run("Halvorsen Group will also buy Kestrel Media for $40m.")
    assert rel(y, "acquisition") == {("Halvorsen Group", "Kestrel Media")}
