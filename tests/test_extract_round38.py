"""Round 38b: relations named in one sentence (issue 3). Invented sentences; each rule has a trap."""
from __future__ import annotations

from tests.extract_helpers import rel, run


# --- a company description before "whose <title>, X" -----------------------------------------------------------
def test_whose_title_after_a_label_description():
    x = run("Orbit Sound, the Lagos label whose founder and chief executive, Tunde Bakare, had signed him in 2014, "
            "said little.")
    assert ("Tunde Bakare", "Orbit Sound") in rel(x, "worksFor")


def test_whose_title_after_an_indefinite_description():
    x = run("It is run by Quillwave, a music-technology start-up whose chief executive, Mira Osei, has worked with "
            "him for years.")
    assert ("Mira Osei", "Quillwave") in rel(x, "worksFor")
    x = run("Among the backers is Fjord Holdings, the Oslo entertainment investor whose chief executive, Lars Hovland, "
            "previously ran a label.")
    assert ("Lars Hovland", "Fjord Holdings") in rel(x, "worksFor")


def test_whose_title_traps():
    # a former job, a second company between, and a word that is no title give nothing
    x = run("Orbit Sound, the Lagos label whose former chief executive, Tunde Bakare, had signed him in 2014, said little.")
    assert not rel(x, "worksFor")
    x = run("Orbit Sound, Fjord Holdings whose chief executive, Tunde Bakare, had signed him, said little.")
    assert ("Tunde Bakare", "Orbit Sound") not in rel(x, "worksFor")
    x = run("He thanked Orbit Sound, the Lagos label whose artists, Tunde Bakare, had signed him.")
    assert not rel(x, "worksFor")


# --- a second label after "and", each in its market ------------------------------------------------------------
def test_signed_to_two_labels_by_market():
    x = run("Mara Quell, who is signed to Halcyon Records in the United States and Brightwater Music in Britain, "
            "later told fans the matter was over.")
    assert {("Mara Quell", "Halcyon Records"), ("Mara Quell", "Brightwater Music")} <= rel(x, "signedTo")
    x = run("Mara Quell is signed to Halcyon Records in the US and to Brightwater Music in Europe.")
    assert ("Mara Quell", "Brightwater Music") in rel(x, "signedTo")


def test_records_for_two_labels():
    x = run("Mara Quell, who records for Halcyon Records and Brightwater Music, rarely licenses her songs.")
    assert {("Mara Quell", "Halcyon Records"), ("Mara Quell", "Brightwater Music")} <= rel(x, "signedTo")


def test_second_label_traps():
    # the second name has its own verb, is a possessor, or is no label; a past label gives nothing
    x = run("Mara Quell signed to Halcyon Records and Brightwater Music signed Tom Vale.")
    assert ("Mara Quell", "Brightwater Music") not in rel(x, "signedTo")
    x = run("Mara Quell, who records for Halcyon Records and Brightwater Music's founder, rarely licenses her songs.")
    assert ("Mara Quell", "Brightwater Music") not in rel(x, "signedTo")
    x = run("Mara Quell had been signed to Halcyon Records in the US and Brightwater Music in Britain.")
    assert not rel(x, "signedTo")
    x = run("Mara Quell records for Halcyon Records, while Tom Vale records for Brightwater Music, and both labels are "
            "owned by Fjord Holdings.")
    assert ("Mara Quell", "Brightwater Music") not in rel(x, "signedTo")
    x = run("Mara Quell signed with Halcyon Records and Tom Vale in the US.")
    assert rel(x, "signedTo") == {("Mara Quell", "Halcyon Records")}
