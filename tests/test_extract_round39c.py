"""Round 39c: a capitalised quotation with no cue around it is a recording's title by its shape, unless it reads as
speech, a nickname, a named thing that is not a recording, or sits in a context the cue rules read
(kg/extract/mentions.py, ``_quoted_title_shape``), on invented sentences."""
import pytest

from tests.extract_helpers import HEADLINE, names, rel, run
from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize("sentence, title", [
    ('Fans streamed "Velvet Harbour" more than a million times in its first week.', "Velvet Harbour"),
    ('The court compared the chorus of "Paper Lanterns" with a 1997 demo.', "Paper Lanterns"),
    ('Radio stations in Lagos still play "Ogene Nights" and "Blue Akara" every hour.', "Blue Akara"),
    ("Critics praised 'Cold Meridian' for its spare production.", "Cold Meridian"),
])
def test_a_quoted_title_without_a_cue_is_a_work(sentence, title):
    assert title in names(run(sentence), "Work")


@pytest.mark.parametrize("sentence, quoted", [
    ('"We are not going to sign anything this year," the chief executive of Harbor Records said.',
     "We are not going to sign anything this year,"),
    ('The label was founded by Pierre "Pee" Thomas and Kevin Lee.', "Pee"),
    ('Orbis Records described the plan as "Fair Play" for independent artists.', "Fair Play"),
    ('The streamer launched the "Open Stage" initiative for new acts.', "Open Stage"),
    ('Its weekly podcast, "The Backline", moved behind the paywall.', "The Backline"),
    # a quote after "was/is", after "saying", a part of a song, a named thing in apposition, a sentence's subject
    ('The union said the offer was "Too Little" and walked out.', "Too Little"),
    ('A clip of the host saying "Good Night Lagos" opens the show.', "Good Night Lagos"),
    ('The case turned on the "Hey Now" hook of the song.', "Hey Now"),
    ('The group backed "Fair Share", a campaign for session players.', "Fair Share"),
    ('The talks stalled in May. "Open Air" signed a deal with the promoters.', "Open Air"),
    ('Kai Moreno appeared on "Night Shift" the next week.', "Night Shift"),
])
def test_speech_nicknames_and_named_things_are_not_works(sentence, quoted):
    # traps: the shape rule must leave these alone
    assert quoted.strip(",") not in names(run(sentence), "Work")


def test_an_elided_word_does_not_cut_a_single_quoted_title():
    # trap: "Gon'" closes no quotation; the cut "Lovers Gon" is no title
    x = extract(Article(text="Singers and 'Lovers Gon' Love' writers settle\n\nThe suit was dropped in May.",
                        title="x", path="t.txt"), learned=False)
    assert "Lovers Gon" not in names(x, "Work")


def test_a_title_the_shape_refuses_elsewhere_keeps_its_duet_owners():
    # the headline's quotation alone would type "Paper Boats" by shape; the body's "their duet" quotation is the one
    # the performer rules read, and both acts of the pair perform it, as without the headline
    text = ("Court clears singers over 'Paper Boats'\n\nA court rejected a plagiarism claim against the singer Nova Reyes "
            'and the rapper Dex Varro over their award-winning duet "Paper Boats".')
    x = extract(Article(text=text, title=HEADLINE, path="t.txt"), learned=False)
    assert {("Paper Boats", "Nova Reyes"), ("Paper Boats", "Dex Varro")} <= rel(x, "performedBy")
