"""Round 31b: possessive owners of works, an album's guests are no partnership (own sentences, with traps)."""
from __future__ import annotations

from tests.extract_helpers import rel, run


def test_their_duet_still_goes_to_the_pair_named_before():
    x = run('The rapper Dex Varro joined the singer Mara Linde and the singer Tom Varley, who sang their new duet '
            '"Glass River" on Sunday.')
    got = rel(x, "performedBy")
    assert {("Glass River", "Mara Linde"), ("Glass River", "Tom Varley")} <= got
    assert ("Glass River", "Dex Varro") not in got  # trap: not part of the pair


def test_his_single_goes_to_the_subject_not_the_last_act():
    x = run('The singer Kai Moreno, who toured with the band Tidewater and the rapper Dex Varro, released his new '
            'single "Seven Lakes" on Friday.')
    got = rel(x, "performedBy")
    assert ("Seven Lakes", "Kai Moreno") in got
    assert ("Seven Lakes", "Dex Varro") not in got  # trap: the last act named


def test_album_guests_are_no_partnership():
    x = run('The singer Mara Linde released her new album, "Coastline Hymns", in May. The album includes '
            'collaborations with the rappers Tom Varley and Dex Varro.')
    assert not any("Coastline Hymns" in p for p in rel(x, "partnership"))


def test_companies_collaborating_stay_a_partnership():
    # trap for the guard above: two companies announcing a collaboration are still partners
    x = run('Bluefin Records announced a partnership with the streaming service Wavelet on Monday.')
    assert frozenset({"Bluefin Records", "Wavelet"}) in rel(x, "partnership")
