"""Round 17b: table rules for performers seen in unseen music-press news (featured guests, possessive titles)."""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_single_featuring_guest():
    x = run('Mara Quell broke through with "Glass River", a 2019 single featuring Tobin Vale, then an unknown rapper.')
    assert ("Glass River", "Tobin Vale") in rel(x, "performedBy")


def test_work_features_list_of_guests():
    x = run('Her new single, "Low Orbit", features Tobin Vale, Ines Marr and Dario Penn on vocals.')
    perf = rel(x, "performedBy")
    assert {("Low Orbit", "Tobin Vale"), ("Low Orbit", "Ines Marr"), ("Low Orbit", "Dario Penn")} <= perf


def test_featuring_list_stops_before_a_possessive():
    # trap: "Ines Marr's" owns the next work, she is no guest on the first one
    x = run('The catalogue holds Tobin Vale\'s "Glass River", which featured the singer Dario Penn, Ines Marr\'s "Night Ferry" '
            'and other hits.')
    perf = rel(x, "performedBy")
    assert ("Glass River", "Dario Penn") in perf
    assert ("Glass River", "Ines Marr") not in perf


def test_playlist_that_features_is_no_work():
    # trap: a company's playlist "features" artists; only a Work gets performers
    x = run("Halden Records said its flagship playlist features Tobin Vale and Ines Marr this week.")
    assert not {p for p in rel(x, "performedBy") if p[1] in ("Tobin Vale", "Ines Marr")}


def test_teamed_up_with_on_work():
    x = run('Mara Quell teamed up with Tobin Vale on "Glass River", which topped the charts.')
    perf = rel(x, "performedBy")
    assert ("Glass River", "Tobin Vale") in perf
    assert ("Glass River", "Mara Quell") in perf


def test_her_album_skips_the_guest_named_last():
    # trap: the guest named last is not the owner of "her album"
    x = run('Mara Quell first charted with "Glass River", a 2017 single featuring Tobin Vale. '
            'In 2023 her album "Night Ferry" reached No. 1.')
    assert ("Night Ferry", "Tobin Vale") not in rel(x, "performedBy")


def test_her_album_with_only_the_work_named():
    x = run('Mara Quell, the singer, signed with Halden Records in 2015. Mara Quell toured for two years. '
            'The label then pushed her to the radio. Her third album, "Night Ferry", was released in 2024.')
    assert ("Night Ferry", "Mara Quell") in rel(x, "performedBy")


def test_her_album_without_a_clear_main_artist_gives_nothing():
    # trap: two artists named equally often, none named near the work: nobody owns "her album"
    x = run('Mara Quell and Ines Marr signed with Halden Records in 2015. The label pushed them to radio for years. '
            'It also opened an office in Berlin. Then came a change of management. Her third album, "Night Ferry", sold well.')
    assert not {p for p in rel(x, "performedBy") if p[0] == "Night Ferry"}


def test_untyped_possessive_on_quoted_title():
    x = run('The deal brought 6,000 masters, among them Zolto\'s "Paradise Road" and other hits.')
    assert ("Paradise Road", "Zolto") in rel(x, "performedBy")


def test_teamed_up_on_a_title_cut_short_is_not_typed():
    # trap: a title the name finder cut at an apostrophe ("Sittin'") is not made a work
    x = run('A year later he teamed up with Tobin Vale on "Sittin\' On Top of the World".')
    assert not {p for p in rel(x, "performedBy") if p[0] == "Sittin"}
