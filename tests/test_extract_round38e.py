"""Round 38e: a capitalised quotation with no cue around it is a recording's title unless it reads as speech, a
nickname or a named thing that is not a recording (kg/extract/mentions.py), on invented sentences."""
import pytest

from tests.extract_helpers import names, run


@pytest.mark.parametrize("sentence, title", [
    ('Fans streamed "Velvet Harbour" more than a million times in its first week.', "Velvet Harbour"),
    ('The court compared the chorus of "Paper Lanterns" with a 1997 demo.', "Paper Lanterns"),
    ('Radio stations in Lagos still play "Ogene Nights" and "Blue Akara" every hour.', "Blue Akara"),
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
])
def test_speech_nicknames_and_named_things_are_not_works(sentence, quoted):
    # traps: the shape rule must leave these alone
    assert quoted.strip(",") not in names(run(sentence), "Work")
