"""Round 22c: entity typing and names, second pass (issue 3).

Every sentence here is written for the test; each test has a trap that must not fire.
"""
from __future__ import annotations

from extract_helpers import rel, run, types


def test_songwriter_is_a_person_and_still_a_party():
    x = run("The songwriter Ilka Morrow sued Hollowbeam, the streaming service. "
            "Ilka Morrow, a Grammy-nominated songwriter, wrote it with Tessa Vane. The singer Tessa Vane released it.")
    assert types(x, "Ilka Morrow") == {"Person"}
    # the descriptor is absorbed like "producer", so the writer still heads the suit
    assert ("Ilka Morrow", "Hollowbeam") in rel(x, "dispute")
    # trap: a singer and a singer-songwriter are performers
    assert types(x, "Tessa Vane") == {"Artist"}
    assert types(run("The singer-songwriter Pia Lund signed to Northwind Records."), "Pia Lund") == {"Artist"}
