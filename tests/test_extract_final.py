"""Recall rules of the final round (issue 3): works, split-sentence takeovers, partnerships.

Sentences are our own; each test also holds a trap that must not give the fact.
"""
from __future__ import annotations

from tests.extract_helpers import names, rel, run


def test_versioned_titles_in_a_list_are_works_of_the_named_artist():
    x = run('The singer Marla Quill re-recorded her catalogue. "Lanterns (Marla\'s Version)" arrived in May and was '
            'followed by "Harbour Lights (Marla\'s Version)" and "1997 (Marla\'s Version)". Fans also quoted "Never Again" '
            'on social media.')
    works = names(x, "Work")
    assert {"Lanterns (Marla's Version)", "Harbour Lights (Marla's Version)", "1997 (Marla's Version)"} <= works
    assert "Never Again" not in works  # trap: a quoted phrase with no work context
    assert ("1997 (Marla's Version)", "Marla Quill") in rel(x, "performedBy")


def test_title_opening_with_a_parenthesis_is_a_work():
    x = run('The publisher controls much of the band\'s catalogue, including "(Don\'t Fear) The Ferryman" and '
            'the ballad "Sea Glass".')
    assert {"(Don't Fear) The Ferryman", "Sea Glass"} <= names(x, "Work")


def test_quoted_work_by_unknown_name_gives_performer():
    x = run('The examples include "Silver Morning" by Vantablu and Corvo\'s "Night Drive". '
            'Officials at Harrowgate said the list was incomplete.')
    assert ("Silver Morning", "Vantablu") in rel(x, "performedBy")
    assert not any(o == "Harrowgate" for _, o in rel(x, "performedBy"))


def test_takeover_by_x_takes_the_previous_subject_as_acquiree():
    x = run("Songvault Royalties Fund is leaving the stock exchange. Shareholders voted in June to accept a cash "
            "takeover by Pinecrest Capital, ending a long auction.")
    assert ("Pinecrest Capital", "Songvault Royalties Fund") in rel(x, "acquisition")


def test_rejected_or_possible_takeover_is_no_acquisition():
    x = run("Songvault Royalties Fund is leaving the stock exchange. Shareholders rejected a possible takeover by "
            "Pinecrest Capital in June.")
    assert not rel(x, "acquisition")


def test_turned_y_into_a_business_partner():
    x = run("Sony Music has settled its lawsuit against Riffmint and turned Riffmint into a commercial partner.")
    assert frozenset({"Sony Music", "Riffmint"}) in rel(x, "partnership")
    assert frozenset({"Sony Music", "Riffmint"}) in rel(x, "settlement")
    y = run("Harbor Records turned Jane Doe into a star.")  # trap: no partner word
    assert not rel(y, "partnership")


def test_x_and_y_announced_a_partnership():
    x = run("Spotify and Universal Music Group announced a partnership on Monday.")
    assert frozenset({"Spotify", "Universal Music Group"}) in rel(x, "partnership")
    y = run("Spotify and Universal Music Group denied a partnership on Monday.")
    assert not rel(y, "partnership")
