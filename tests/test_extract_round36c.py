"""Round 36c: which entity a description or a plural reference means (issue 3).

Invented sentences; each rule has a trap that must keep its old reading.
"""
from __future__ import annotations

from kg.extract import find_facts
from kg.model import Article

from tests.extract_helpers import HEADLINE


def _refs(text: str) -> dict[str, list]:
    """What each description / plural reference resolves to: surface text -> entity names (in text order)."""
    ff = find_facts(Article(text=f"{HEADLINE}\n\n{text}", title=HEADLINE, path="t.txt"), learned=False)
    mf = ff.mf
    out: dict[str, list] = {}
    for m in mf.mentions:
        if m.kind == "plural":
            out.setdefault(m.text, []).append([mf.drafts[mf._find(t)].name for t in m.targets])
        elif m.kind in ("desc", "pron"):
            out.setdefault(m.text, []).append(mf.drafts[mf._find(m.entity)].name if m.entity is not None else None)
    return out


def test_description_after_its_subjects_verb_is_not_that_subject():
    text = ("Harbourline Music Group bought Tinfoil Records, an indie label, in 2021. "
            "Harbourline Music Group has committed to invest in the label over five years.")
    assert _refs(text)["the label"] == ["Tinfoil Records"]


def test_trap_description_in_a_reported_clause_can_be_the_subject():
    # "X said the label ...": another clause, so the subject stays the reading
    text = ("Harbourline Music Group bought Tinfoil Records, an indie label, in 2021. "
            "Harbourline Music Group said the label would cut costs this year.")
    assert _refs(text)["the label"] == ["Harbourline Music Group"]


def test_the_pair_is_two_of_a_kind():
    text = ("Chief executive Dana Lark has hired Tobias Wren, the former president of Quayside Records. "
            "The pair will run the company together.")
    assert _refs(text)["The pair"] == [["Dana Lark", "Tobias Wren"]]


def test_trap_two_labels_stay_labels():
    text = ("Quayside Records signed a distribution deal with Fernlight Records on Monday. "
            "The two labels did not disclose the terms.")
    assert sorted(_refs(text)["The two labels"][0]) == ["Fernlight Records", "Quayside Records"]
