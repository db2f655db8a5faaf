"""Round 40c: type cues of news33-36 (kg/data/lexicon.json descriptors): a player of an instrument is an act, a
"licensing/standards body" is an organisation, a "radio station" is a platform; on invented sentences, rules only."""
import pytest

from tests.extract_helpers import run, types


@pytest.mark.parametrize("sentence, name", [
    ("Her younger brother, the pianist Mara Kolbe, is also signed to Harbor Records.", "Mara Kolbe"),
    ("The cellist Ivo Brandt joined Harbor Records in 2019.", "Ivo Brandt"),
    ("The council is chaired by Dr Lena Frost, the saxophonist who took over in May.", "Lena Frost"),
    ("Harbor Records signed Tomas Greer, a violinist from Leeds.", "Tomas Greer"),
])
def test_an_instrument_player_is_an_artist(sentence, name):
    assert "Artist" in types(run(sentence), name)


def test_an_instrument_noun_is_not_an_artist_cue_for_the_label_after_it():
    # trap: the possessive player names nobody; the label stays a label, not an act
    x = run("The pianist's label, Harbor Records, signed Mara Kolbe.")
    assert "Artist" not in types(x, "Harbor Records")
    assert "RecordLabel" in types(x, "Harbor Records")


@pytest.mark.parametrize("sentence, name", [
    ("Dana Pike is chief executive of Ferro, its sister licensing body.", "Ferro"),
    ("Tom Reed now leads Quorra, the new standards body for promoters.", "Quorra"),
])
def test_a_licensing_or_standards_body_is_an_organization(sentence, name):
    assert "Organization" in types(run(sentence), name)


def test_a_radio_station_is_a_platform():
    x = run("The single was first played on Loftline, Apple's round-the-clock internet radio station.")
    assert types(x, "Loftline") == {"Platform"}
    # trap: the owner named before it stays a company
    assert "Platform" not in types(x, "Apple")


@pytest.mark.parametrize("sentence, name", [
    ("Tom Reed became chief executive of the Lottery and Gaming Council last year.", "Lottery and Gaming Council"),
    ("The merger was cleared by the Leisure and Media Authority in March.", "Leisure and Media Authority"),
])
def test_a_body_named_for_two_fields_is_one_name(sentence, name):
    assert "Organization" in types(run(sentence), name)


def test_two_companies_joined_by_and_stay_apart():
    # traps: "and" between a known company and another name, or before "the", does not make one name
    x = run("The deal between the Sony and Warner Music Group units was off. Deals with Sony and the Music Council "
            "were signed.")
    assert not any(" and " in e.name for e in x.entities)
