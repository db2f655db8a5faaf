"""Round 30c: titles that open a sentence (an unquoted title before ", released on/in <date or label>", a quoted title
that charts) and a headline's band name without its "The" linked to the body's form."""
from __future__ import annotations

from extract_helpers import names, run

from kg.extract import MentionFinder, load_gazetteer, load_lexicon, split_sentences


def test_unquoted_title_opening_a_sentence_before_a_release_clause():
    x = run("Mara Quill spent two years on the record. Paper Lanterns Burning, released on Harbour Records in May, "
            "sold well in its first week.")
    assert "Paper Lanterns Burning" in names(x, "Work")
    # trap: a release from custody, and a place after "released in", name no work
    y = run("Mara Quill met the press on Friday. Ten Days Later, released on bail, the manager spoke to reporters. "
            "Quiet Harbour, released in Portugal first, was a film.")
    assert "Ten Days Later" not in names(y, "Work") and "Quiet Harbour" not in names(y, "Work")


def test_quoted_title_that_charts_opens_a_sentence():
    x = run('Mara Quill signed with Harbour Records in 2022. "Copper Bells" debuted at No. 3 on the UK chart.')
    assert "Copper Bells" in names(x, "Work")
    y = run('Dex Orrin left the band in March. "Salt Road", his solo single, later went platinum.')
    assert "Salt Road" in names(y, "Work")
    # trap: a quoted remark or show that "reached a deal" or "topped the ratings" is no recording
    z = run('The regulator spoke on Monday. "Fair Play" reached a deal with the unions. "Night Desk" topped the ratings.')
    assert not names(z, "Work") & {"Fair Play", "Night Desk"}


def _known_in_headline(text: str) -> dict[str, str | None]:
    mf = MentionFinder(text, split_sentences(text), load_gazetteer(), load_lexicon())
    mf.find()
    return {m.text: (m.known.name if m.known else None) for m in mf.mentions if m.sent == 0}


def test_headline_band_without_its_the_is_the_body_band():
    text = ("Police bandmates sue Sting over unpaid royalties\n\n"
            "LONDON - Two former members of The Police have sued their bandmate Sting at the High Court.")
    assert _known_in_headline(text).get("Police") == "The Police"
    # trap: a headline "Police" with no band in the body is the police, not the act
    other = ("Police raid record label offices in Lagos\n\n"
             "LAGOS - Officers searched the offices of Mavin Records on Tuesday, the label said.")
    assert _known_in_headline(other).get("Police") is None
    assert "The Police" not in names(run(other), "Artist")
