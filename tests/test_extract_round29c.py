"""Round 29c: band names that are also common words ("Oasis", "The Police") found from a cue anywhere in the article,
and an act's show ("Oasis Live '25 dates") no longer read as a business named after the act."""
from __future__ import annotations

from extract_helpers import names, run, types


def test_capital_the_inside_a_sentence_names_the_band():
    x = run("Tom Reyes, the guitarist and drummer of The Killers, spoke at the hearing. The Killers split in 2010.")
    assert types(x, "The Killers") == {"Artist"}
    # trap: a lower-case "the" before the common word is no band
    y = run("Lena Varga said the Police would investigate the ticket sale.")
    assert "Police" not in {e.name for e in y.entities} and "The Police" not in {e.name for e in y.entities}


def test_possessive_tour_names_the_act_everywhere():
    x = run("Fans complained about seats for Blur's reunion tour. Blur left decisions on pricing to their promoters.")
    assert types(x, "Blur") == {"Artist"}
    # trap: a place's tour operators are no act
    y = run("Chicago's tour operators reported a busy summer for the city.")
    assert "Chicago" not in names(y, "Artist")


def test_act_show_is_not_a_business():
    x = run("Millions queued online for the Coldplay Live '25 dates in September.")
    assert types(x, "Coldplay") == {"Artist"}
    assert "Coldplay Live" not in {e.name for e in x.entities}
    # trap: an organisation word still ends a business named after the act
    y = run("Coldplay Live Holdings bought the venue in 2024.")
    assert "Coldplay Live Holdings" in names(y, "Company")
