"""Round 34d (fallback): deals and disputes the tables miss, told with a second party the sentence adds at its end."""
from __future__ import annotations

from extract_helpers import dispute, rel, run


def test_co_claimant_after_the_claimants_description():
    x = run("The case was brought in 2019 by Tomas Reyes, a Chilean songwriter based in Lisbon who performs as Tomzo, "
            "together with his publisher, Arden Music Publishing. The claim also targeted Streamwell Records.")
    assert dispute(x, "Tomas Reyes", "Streamwell Records") is not None
    assert dispute(x, "Arden Music Publishing", "Streamwell Records") is not None


def test_co_claimant_right_after_the_claimant():
    x = run("The suit was filed in May by Arden Records, along with Bellwood Music. The complaint names Streamwell Records.")
    assert dispute(x, "Bellwood Music", "Streamwell Records") is not None


def test_a_co_writer_is_no_co_claimant():
    # trap: "who wrote the song together with Y" credits Y with the song; Y brought no claim
    x = run("The suit was filed by Tomas Reyes, who wrote the song together with Bellwood Music. "
            "The complaint names Streamwell Records.")
    assert dispute(x, "Tomas Reyes", "Streamwell Records") is not None
    assert dispute(x, "Bellwood Music", "Streamwell Records") is None


def test_licence_of_a_named_work_with_a_territory_between():
    x = run('As the song spread, Arden Records licensed "Glass Hours" for international release to Bellwood Music, '
            "the French arm of Kestrel Group.")
    assert frozenset({"Arden Records", "Bellwood Music"}) in rel(x, "licensing")
    assert not any("Kestrel Group" in p for p in rel(x, "licensing"))


def test_licence_of_a_named_work_straight_to_the_licensee():
    x = run('Arden Records licensed "Glass Hours" to Bellwood Music last year.')
    assert frozenset({"Arden Records", "Bellwood Music"}) in rel(x, "licensing")


def test_licensed_to_be_used_or_to_others_is_not_read():
    # traps: "licensed W to be used by Y" (a purpose, Y is no party), "licensed W to advertisers ... Y" (Y is elsewhere)
    x = run('Arden Records licensed "Glass Hours" to be used by Bellwood Music in a film trailer.')
    assert rel(x, "licensing") == set()
    x = run('Arden Records licensed "Glass Hours" to advertisers in Europe while Bellwood Music kept the publishing.')
    assert rel(x, "licensing") == set()
