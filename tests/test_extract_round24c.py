"""Round 24c: entities and references (chart names, names that are common words, where a performer comes from).

Every sentence here is invented; each test has a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_chart_name_is_no_entity():
    # a chart named by its last word ("Songs", "Albums") and followed by "chart" is no business
    x = run("The track spent ten weeks atop the Hot Bluegrass Songs chart before it slipped.")
    assert not any("Songs" in n for n in {e.name for e in x.entities})
    x = run("It led the Latin Pop Albums and Global Dance Songs charts at once.")
    assert not any(n.endswith(("Albums", "Songs")) for n in {e.name for e in x.entities})
    # traps: a publisher called "... Songs" stays, also before "chart-topping"; "the Spotify charts" keep Spotify
    x = run("Velmont Music Publishing bought Hillbrook Songs, the home of chart-topping writers, last year.")
    assert "Hillbrook Songs" in {e.name for e in x.entities}
    x = run("Kestrel Songs chart-topping writers signed with Velmont Music Publishing.")
    assert "Kestrel Songs" in {e.name for e in x.entities}


def test_common_word_name_typed_by_its_apposition():
    # "Raye" is a known act whose name is also a word: an apposition naming a performer types it
    x = run("Raye, the south London singer, has released her second record on her own imprint.")
    assert types(x, "Raye") == {"Artist"}
    # trap: an apposition about something else ("the label's singer") does not vouch for the name
    x = run("Raye, the label's singer, has released her second record.")
    assert "Raye" not in {e.name for e in x.entities}


def test_where_a_performer_comes_from_is_no_entity():
    # "the rapper from X": X is a home town, neither a second performer nor the one who signed
    x = run("Tovi Marsh broke through with a viral freestyle. The rapper from Harrow Vale signed to Blue Kite "
            "Records in 2019.")
    assert "Harrow Vale" not in {e.name for e in x.entities}
    assert not any(s == "Harrow Vale" for s, _ in rel(x, "signedTo"))
    # trap: a label named after "from" stays ("Records" names a business)
    x = run("The singer from Harrow Vale Records signed to Blue Kite Records.")
    assert "Harrow Vale Records" in names(x, "RecordLabel")


def test_title_named_by_the_apposition_after_it():
    # no work noun before the title: the apposition after it says what it is; the whole title is kept
    x = run("Marlo Fenn has released My 22nd Winter Hours, her long-delayed debut album, on her own imprint.")
    assert "My 22nd Winter Hours" in names(x, "Work")
    x = run("The record follows Copperline, her collaboration with Tovi Marsh.")
    assert "Copperline" in names(x, "Work")
    # traps: a label whose apposition only mentions a work; a possessive owner is not part of the title
    x = run("Tovi Marsh signed with Brightwater Records, the label whose single topped the charts.")
    assert "Work" not in types(x, "Brightwater Records")
    x = run("Sales rose after Brightwater Records, the label behind the album, cut prices.")
    assert "Work" not in types(x, "Brightwater Records")
    x = run("Marlo Fenn's Glass Tides, the 2014 country hit, returned to the charts.")
    assert "Glass Tides" in names(x, "Work") and "Marlo Fenn's Glass Tides" not in names(x, "Work")

