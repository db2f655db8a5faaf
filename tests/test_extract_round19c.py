"""Round 19c: stage names and their legal names (mentions.py)."""
from extract_helpers import run, types


def test_legal_name_after_a_stage_name_is_the_same_performer():
    x = run("Tamsin Vale has sued her old label. Tamsin Vale, whose legal name is Tamsin Ward, filed in May.")
    assert "Tamsin Ward" not in {e.name for e in x.entities}
    assert "Tamsin Vale" in {e.name for e in x.entities}


def test_legal_name_after_a_description_joins_the_known_act():
    x = run("Lizzo has gone to court. The singer, whose legal name is Melissa Jefferson, sued two producers.")
    assert types(x, "Lizzo") == {"Artist"}
    assert "Melissa Jefferson" not in {e.name for e in x.entities}


def test_ordinary_word_artist_needs_a_performer_cue():
    assert types(run("The guitarist sued his former bandmate Sting over royalties."), "Sting") == {"Artist"}
    assert types(run("The claim names Sting, whose legal name is Gordon Sumner, and his company."), "Sting") == {"Artist"}
    # trap: the common word stays a word without a cue
    assert types(run("The report said the sting of the ruling hurt Sony Music."), "Sting") == set()
