"""Round 13 (issue 3): entity typing that blocks facts. Each rule with a sentence that must not fire."""
from __future__ import annotations

from extract_helpers import rel, run, types


def test_a_music_word_before_group_makes_a_band():
    x = run("Brackwater Records signed the girl group Velvet Nine. It also represents the shoegaze group Pale Harbour. "
            "Its roster includes regional Mexican group Los Lobos del Sur.")
    assert types(x, "Velvet Nine") == {"Artist"}
    assert types(x, "Pale Harbour") == {"Artist"}
    assert types(x, "Los Lobos del Sur") == {"Artist"}
    assert ("Velvet Nine", "Brackwater Records") in rel(x, "signedTo")
    # traps: business groups stay businesses
    y = run("The media group Kestrel Holdings bought Lumo Audio. Pelion Media acquired the investment group Arden "
            "Partners in May.")
    assert "Artist" not in types(y, "Kestrel Holdings") and "Company" in types(y, "Kestrel Holdings")
    assert types(y, "Arden Partners") == {"Company"}
    assert ("Pelion Media", "Arden Partners") in rel(y, "acquisition")


def test_a_producer_of_shows_is_a_company():
    x = run("Halberd Audio acquired Nightjar, a Boston producer of true-crime and history podcasts, in March.")
    assert types(x, "Nightjar") == {"Company"}
    assert ("Halberd Audio", "Nightjar") in rel(x, "acquisition")
    # trap: a producer of records is still a performer-side producer (Artist)
    y = run("Lumo Records signed Kato Veen, a producer of club hits, in May.")
    assert types(y, "Kato Veen") == {"Artist"}
