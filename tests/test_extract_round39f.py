"""Round 39f: performers read from guest frames of the music press (kg/extract/performers.py).

Invented sentences only; each test has a trap that must not fire.
"""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_on_which_lead_is_joined_by_guests():
    x = run('The singer Nova Reyes had a busy year. Her new album arrived in May. Its lead single is "Glass Rooms", '
            'on which Reyes is joined by the Cuban singer Tito Marrero and British vocalist Ada Quill.')
    got = rel(x, "performedBy")
    assert {("Glass Rooms", "Nova Reyes"), ("Glass Rooms", "Tito Marrero"), ("Glass Rooms", "Ada Quill")} <= got


def test_joined_by_a_label_or_songwriter_is_no_performer():
    x = run('The singer Nova Reyes had a busy year. Its lead single is "Glass Rooms", on which Reyes is joined by '
            'the songwriter Sam Hartley.')
    got = rel(x, "performedBy")
    assert ("Glass Rooms", "Sam Hartley") not in got


def test_a_collaboration_with_b_has_the_subject_as_second_party():
    x = run('The singer Kip Lowell used the concert to premiere his song "Night Drive". '
            'He also played "Red Sky", a new collaboration with the rapper Dara Moss.')
    got = rel(x, "performedBy")
    assert {("Red Sky", "Dara Moss"), ("Red Sky", "Kip Lowell")} <= got


def test_a_label_releasing_a_duet_is_not_its_performer():
    x = run('Northline Records released "Red Sky", a duet with the rapper Dara Moss.')
    got = rel(x, "performedBy")
    assert ("Red Sky", "Northline Records") not in got


def test_a_track_that_brought_together_acts():
    x = run('A second single, "Paper Moon", brings together the Swedish singer Ada Quill and the rapper Kip Lowell.')
    got = rel(x, "performedBy")
    assert {("Paper Moon", "Ada Quill"), ("Paper Moon", "Kip Lowell")} <= got


def test_a_merger_that_brought_together_labels_has_no_performer():
    x = run('The merger brought together Northline Records and Southway Music, and "Paper Moon" sold well.')
    assert not rel(x, "performedBy")
