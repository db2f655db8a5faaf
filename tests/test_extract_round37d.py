"""Round 37d (fallback): a payment made to end a suit names both sides of the dispute and of the settlement."""
from __future__ import annotations

import kg.extract.fallback as fb
from extract_helpers import dispute, rel, run


def test_payee_of_a_payment_that_resolves_a_case_is_the_claimant():
    x = run("Northwind Records will pay singer Maya Lind $300,000 to resolve a copyright case over the song.")
    assert dispute(x, "Maya Lind", "Northwind Records") is not None
    assert frozenset({"Northwind Records", "Maya Lind"}) in rel(x, "settlement")


def test_suit_brought_by_the_claimant_after_a_payment():
    x = run("Tunewave, the Swedish streamer, will pay a $2-million penalty to settle a lawsuit by the Consumer Council, "
            "which accused the streamer of hiding fees.")
    assert dispute(x, "Consumer Council", "Tunewave") is not None
    assert frozenset({"Tunewave", "Consumer Council"}) in rel(x, "settlement")


def test_every_payer_of_a_list_is_a_respondent():
    x = run("Tunewave and its ticketing arm Ticketbox have agreed to pay $110m to settle the antitrust lawsuit "
            "brought by Northwind Records.")
    assert dispute(x, "Northwind Records", "Tunewave") is not None
    assert dispute(x, "Northwind Records", "Ticketbox") is not None
    assert frozenset({"Tunewave", "Ticketbox", "Northwind Records"}) in rel(x, "settlement")


def test_hedged_or_refused_payments_and_licence_fees_give_nothing():
    # traps: a possible payment, a refused one, and a payment that buys a licence end no suit
    for text in ("Tunewave could pay a $2-million penalty to settle a lawsuit brought by Northwind Records.",
                 "Tunewave has not agreed to pay $2m to settle a lawsuit brought by Northwind Records.",
                 "Northwind Records will pay singer Maya Lind $300,000 a year to license her catalogue."):
        x = run(text)
        assert not rel(x, "dispute") and not rel(x, "settlement"), text


def test_switch_turns_the_shape_off(monkeypatch):
    monkeypatch.setattr(fb, "DISABLED", fb.DISABLED | {"pay-to-settle"})
    x = run("Northwind Records will pay singer Maya Lind $300,000 to resolve a copyright case over the song.")
    assert dispute(x, "Maya Lind", "Northwind Records") is None
