"""What the extractor tests share: run the extractor on a few sentences, and read its facts."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Article, Extraction

HEADLINE = "Headline of the story"


def run(text: str, learned: bool = False) -> Extraction:
    """Extract from ``text`` as the body of an article under a neutral headline.

    The rule layers alone unless ``learned``: these tests pin what the rules read and refuse on invented
    sentences; the learned layer (a statistical model trained on the corpus) has its own tests in
    tests/test_extract_learned.py, and the corpus thresholds in tests/test_evaluate.py cover both together.
    """
    return extract(Article(text=f"{HEADLINE}\n\n{text}", title=HEADLINE, path="t.txt"), learned=learned)


def rel(x: Extraction, kind: str) -> set:
    """The facts of one kind as ``(subject, object)`` pairs, or frozensets of parties."""
    out = set()
    for f in x.facts:
        if f.kind != kind:
            continue
        r = f.roles
        if "party" in r:
            out.add(frozenset(r["party"]))
        elif "claimant" in r:
            out.add((r["claimant"][0], r["respondent"][0]))
        elif "acquirer" in r:
            out.add((r["acquirer"][0], r["acquiree"][0]))
        else:
            out.add((r["subject"][0], r["object"][0]))
    return out


def types(x: Extraction, name: str) -> set[str]:
    """The types of the entity called ``name`` (empty when there is none)."""
    return next((e.types for e in x.entities if e.name == name), set())


def names(x: Extraction, etype: str) -> set[str]:
    """The names of the entities of one type."""
    return {e.name for e in x.entities if etype in e.types}


def dispute(x: Extraction, claimant: str, respondent: str):
    """The dispute of ``claimant`` against ``respondent``, or None."""
    return next((f for f in x.facts if f.kind == "dispute" and f.roles["claimant"][0] == claimant
                 and f.roles["respondent"][0] == respondent), None)
