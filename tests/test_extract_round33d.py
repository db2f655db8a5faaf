"""Round 33d (fallback): a settlement's payer told with a date between the verbs, its claimants in the next sentence."""
from __future__ import annotations

from extract_helpers import dispute, run


def test_dated_payer_is_the_respondent_of_the_next_sentences_claimants():
    x = run("Streamwell agreed in October to pay $12 million to settle a lawsuit over old recordings, the radio company "
            "said. The case was filed in 2019 by Arden Records and Bellwood Music.")
    assert dispute(x, "Arden Records", "Streamwell") is not None
    assert dispute(x, "Bellwood Music", "Streamwell") is not None


def test_relative_date_between_the_verbs():
    x = run("Streamwell agreed last week to pay $5 million to settle the claims. The case was brought by Arden Records.")
    assert dispute(x, "Arden Records", "Streamwell") is not None


def test_agreement_in_principle_is_not_read():
    # trap: "agreed in principle" is not yet a settlement the company pays
    x = run("Streamwell agreed in principle to pay $12 million to settle a lawsuit over old recordings. "
            "The case was filed in 2019 by Arden Records and Bellwood Music.")
    assert dispute(x, "Arden Records", "Streamwell") is None
    assert dispute(x, "Bellwood Music", "Streamwell") is None
