"""Round 35c: a headline colon that opens a clause, and streaming services named with a "+"."""
from __future__ import annotations

from tests.extract_helpers import names, run, types


def test_colon_opening_a_clause_does_not_type_the_name_after_a_plural_noun():
    # "its labels: X to lead Y" is a clause after the colon, not a list of labels
    x = run("Halvard Music shuffles its labels: Mirela Dunst to lead Corvo Records. "
            "Mirela Dunst has run the company's marketing since 2019.")
    assert "RecordLabel" not in types(x, "Mirela Dunst")
    assert "Corvo Records" in names(x, "RecordLabel")


def test_colon_before_a_real_list_still_types_the_names():
    # trap: a list after the colon ("its two streaming services: A and B") keeps its noun's type
    x = run("Halvard Music backs its two streaming services: Wavecrest and Hummingbird.")
    assert {"Wavecrest", "Hummingbird"} <= names(x, "Platform")


def test_streaming_service_named_with_plus_is_not_cut():
    x = run("Olivia Vance, known for a role in a Disney+ series, signed to Corvo Records. "
            "Paramount+ carries the show.")
    assert {"Disney+", "Paramount+"} <= names(x, "Platform")
    # trap: the company's own name stays the company
    y = run("Disney said it would expand its music publishing arm.")
    assert "Disney+" not in names(y, "Platform")
