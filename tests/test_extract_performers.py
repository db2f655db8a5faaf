"""Round 21a: performers of works the pattern tables left without one (kg/extract/performers.py)."""
from tests.extract_helpers import rel, run


def test_guest_on_which_appears():
    x = run('The rapper Kai Moreno, who is signed to Bluefin Records, put out an album in 2021, and its single "Paper Moon", '
            'on which the singer Jessa Quill appears as a guest, went gold.')
    assert ("Paper Moon", "Jessa Quill") in rel(x, "performedBy")


def test_possessive_release_noun_takes_nearest_artist():
    x = run('By the time her second album, "Glass Rooms", arrived in 2019, the singer Jessa Quill had '
            'signed with Bluefin Records.')
    assert ("Glass Rooms", "Jessa Quill") in rel(x, "performedBy")


def test_possessive_guarded_by_writing_and_copying():
    # trap: the nearest artist before "his 2014 hit" is the one whose song was said to be copied
    x = run('A jury found that the singer Tom Varley did not copy the singer Jessa Quill\'s "Low Light" when he wrote '
            '"Harbour Song", his 2014 hit.')
    assert ("Harbour Song", "Jessa Quill") not in rel(x, "performedBy")
