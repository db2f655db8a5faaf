"""Round 41c: legal forms and regions after a known name (kg/data/lexicon.json org_suffixes and places): "Warner Music
Sweden AB" and "Universal Music MENA" are units of their own, not the known parent; on invented and real names, rules
only (news60's Swedish claimants and Middle East unit; the change also found names in news4 and news39)."""
import pytest

from tests.extract_helpers import run


def _names(x) -> set[str]:
    return {e.name for e in x.entities}


@pytest.mark.parametrize("sentence, unit, parent", [
    ("The claimants were Universal Music AB and Warner Music Sweden AB.", "Universal Music AB", "Universal Music"),
    ("The claimants were Universal Music AB and Warner Music Sweden AB.", "Warner Music Sweden AB", "Warner Music"),
    ("Spotify Technology S.A. reported its results on Tuesday.", "Spotify Technology S.A", "Spotify Technology"),
    ("Harbor Records Pty Ltd signed Mara Kolbe in 2019.", "Harbor Records Pty Ltd", "Harbor Records"),
])
def test_a_legal_form_after_a_name_is_part_of_the_name(sentence, unit, parent):
    found = _names(run(sentence))
    assert unit in found and parent not in found


def test_a_region_after_a_music_company_names_its_unit():
    found = _names(run("Universal Music MENA will be based in Dubai, Universal Music Group said."))
    assert {"Universal Music MENA", "Universal Music Group"} <= found


def test_a_region_after_a_business_that_is_no_music_company_stays_a_place():
    # trap: the local-unit rule needs a music company's name ("Spotify Sweden" is Spotify in Sweden)
    assert _names(run("Spotify MENA grew fastest, Spotify said.")) == {"Spotify"}
