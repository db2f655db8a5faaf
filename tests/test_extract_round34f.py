"""Round 34f: performers of works, possessive release nouns the mention finder masked as descriptions."""
from __future__ import annotations

from extract_helpers import rel, run


def test_masked_possessive_hit_after_a_work_names_the_owner():
    # "W, her hit with B": the mention finder masks "her hit" as a description of W; its words still give the owner
    x = run('The Colombian singer Nova Reyes closed her tour in Madrid. Songs such as "Blue Hour" and "Salt Lines", '
            "her hit with Tomas Vale, filled the arena.")
    assert ("Salt Lines", "Nova Reyes") in rel(x, "performedBy")


def test_masked_possessive_biggest_hit_after_a_work():
    x = run('The rapper Dex Marlow played two nights at the Forum. Fans sang along to "Night Drive", his biggest hit, '
            "all evening.")
    assert ("Night Drive", "Dex Marlow") in rel(x, "performedBy")


def test_masked_possessive_hit_of_a_writer_gives_no_performer():
    # trap: a songwriter's "his hit" that he co-wrote is not his performance, nor the singer's of the sentence before
    x = run("The producer Sam Holt worked with the singer Nova Reyes. Holt co-wrote \"Salt Lines\", his hit with "
            "Tomas Vale, in one afternoon.")
    assert not {p for p in rel(x, "performedBy") if p[0] == "Salt Lines"}


def test_her_album_skips_a_featured_guest_of_the_sentence_before():
    # trap: the act featured on an earlier single is not whom "her album" points to (the owner is left unnamed here)
    x = run('Kiri Lanes broke through with "Paper Moon", a single featuring the rapper Oskar Fenn. '
            'Two years later her album "Low Tide" went gold.')
    assert ("Low Tide", "Oskar Fenn") not in rel(x, "performedBy")
