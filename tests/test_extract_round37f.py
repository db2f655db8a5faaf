"""Round 37f: performers named by the act's own career verbs (hits including W, a breakout with the song W).

Invented sentences; each test has a trap that must not fire. The rules alone (``run``), see tests/extract_helpers.py.
"""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_second_verb_of_the_same_act_gives_its_hits():
    x = run('The pop singer Nova Reyes rose to fame with "Paper Moon" in 2015, '
            'and followed it with hits including "Glass Rooms" and "Night Drive".')
    got = rel(x, "performedBy")
    assert ("Glass Rooms", "Nova Reyes") in got
    assert ("Night Drive", "Nova Reyes") in got


def test_second_verb_after_another_subject_is_not_the_first_acts():
    x = run('The pop singer Nova Reyes rose to fame with "Paper Moon", '
            'and the producer Kip Vance followed it with hits including "Glass Rooms".')
    assert ("Glass Rooms", "Nova Reyes") not in rel(x, "performedBy")


def test_who_clause_scored_hits_including():
    x = run('The rapper Kip Vance, who rose to fame on "Star Search" and scored hits including "Night Drive", '
            'now records for Atlantic Records.')
    assert ("Night Drive", "Kip Vance") in rel(x, "performedBy")


def test_who_clause_of_a_writer_gives_no_performer():
    x = run('The rapper Kip Vance, who wrote songs for others and scored hits including "Night Drive" as a writer, '
            'signed to Atlantic Records.')
    assert ("Night Drive", "Kip Vance") not in rel(x, "performedBy")


def test_formed_clause_then_a_breakout_with_the_song():
    x = run('The girl group Velvet Nine, formed through a televised audition series, debuted in 2023 '
            'and had an instant breakout with the song "Paper Moon".')
    assert ("Paper Moon", "Velvet Nine") in rel(x, "performedBy")


def test_debut_with_songs_written_by_a_producer_is_not_a_performance():
    x = run('The girl group Velvet Nine, formed through a televised audition series, debuted in 2023 '
            'with songs written by the producer Kip Vance, including "Paper Moon".')
    assert ("Paper Moon", "Kip Vance") not in rel(x, "performedBy")
    assert ("Paper Moon", "Velvet Nine") not in rel(x, "performedBy")


def test_apposition_with_the_act_releasing_the_work():
    # known acts: an unknown name right after "the ballad" is read as the ballad's title by the mention finder
    x = run('The rapper Kip Vance sued the label over "Paper Moon", the ballad Dolly Parton released in 2004, '
            'and over "Night Drive", a track Coldplay recorded but never released.')
    got = rel(x, "performedBy")
    assert ("Paper Moon", "Dolly Parton") in got
    assert ("Night Drive", "Coldplay") in got


def test_apposition_with_the_act_writing_or_releasing_by_another_is_no_performance():
    x = run('The label sued over "Paper Moon", the ballad Dolly Parton wrote in 2004, '
            'and over "Night Drive", a track Coldplay released with the singer Kip Vance.')
    got = rel(x, "performedBy")
    assert ("Paper Moon", "Dolly Parton") not in got
    assert ("Night Drive", "Coldplay") not in got
