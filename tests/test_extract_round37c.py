"""Round 37c: entities of the trade press on sets written blind (quoted works after a release cue,
band members named in a trio or as founding members)."""
from __future__ import annotations

from tests.extract_helpers import names, run, types


def test_quoted_title_after_release_verb_is_a_work():
    x = run('Marlo Vance had already released "Paper Kites", a brooding single aimed at his rivals. '
            'During that year the singer released "Lantern Street" and a live album.')
    assert "Work" in types(x, "Paper Kites")
    assert "Work" in types(x, "Lantern Street")


def test_quoted_title_after_follow_up_is_a_work():
    x = run('The Leeds singer Tova Reyes broke out with a debut record. Her follow-up "Cinder Bloom" kept the momentum going.')
    assert "Work" in types(x, "Cinder Bloom")


def test_released_report_or_dropped_word_is_not_a_work():
    # traps: a body puts out a report; a company drops a word from its name
    x = run('The regulator released "Fair Stage", a report on ticket resale, in March. '
            'Halvard Records dropped "Bros." from its name last year.')
    assert "Work" not in types(x, "Fair Stage")
    assert not {n for n in names(x, "Work") if "Bros" in n}


def test_people_named_as_trio_or_founding_members_are_artists():
    x = run("The trio of Mara Quill, Jonas Brandt and Leo Varga toured as Northlight for a decade. "
            "At the band's farewell show in Oslo, founding members Petra Holm and Ivo Sande thanked the crowd.")
    for n in ("Mara Quill", "Jonas Brandt", "Leo Varga", "Petra Holm", "Ivo Sande"):
        assert "Artist" in types(x, n), n


def test_trio_of_companies_and_trade_body_members_stay_untyped_as_artists():
    # traps: companies under "trio of"; a trade body's members are not a band's players
    x = run("A trio of Halden Capital, Brightwater Holdings and Orsa Partners backed the deal. "
            "The association said its members, Clara Nunes and Tomas Reiter, had approved the code.")
    for n in ("Halden Capital", "Brightwater Holdings", "Clara Nunes", "Tomas Reiter"):
        assert "Artist" not in types(x, n), n
