"""kg explain on the sample dataset: known facts, and the bound entity gives the unbound answer."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest_oxigraph import sample_dir  # noqa: F401
from kg.errors import NotFoundError
from kg.explain import BINARY_FACTS, NARY_FACTS, _rows, explain
from kg.store import PREFIXES, open_store, query_options

DRAKE = "https://w3id.org/mbkg/resource/drake"


def _key(row: dict) -> str:
    return repr(sorted(row.items()))


@pytest.fixture
def store(sample_dir):
    return open_store(sample_dir)


def test_explain_drake_names_his_dispute_and_label(store):
    [report] = explain(store, "drake")  # any case
    assert report.iri == DRAKE and "Artist" in report.types
    descriptions = [f.description for f in report.facts]
    assert any(d.startswith("Dispute: ") and d.endswith("(claimant)") for d in descriptions)
    assert "Drake is signed to Republic Records" in descriptions
    dispute = next(f for f in report.facts if f.description.startswith("Dispute: "))
    assert dispute.sources and all(s.sentence and s.headline for s in dispute.sources)


def test_explain_unknown_name_suggests_close_ones(store):
    with pytest.raises(NotFoundError, match="Drake"):
        explain(store, "Drak")


@pytest.mark.parametrize("query", [NARY_FACTS, BINARY_FACTS], ids=["nary", "binary"])
def test_bound_entity_gives_the_rows_of_the_unbound_query(store, query):
    # the rewrites keep ?e reaching every pattern; the answer must be the unbound one, filtered
    everything = [
        {v.value: (None if row[v] is None else row[v].value) for v in sol.variables}
        for sol in [store.query(query, prefixes=PREFIXES, **query_options(store))] for row in sol
    ]
    entities = {r["e"] for r in everything}
    assert DRAKE in entities and len(entities) > 3
    for e in entities:
        bound = _rows(store, query, e=ox.NamedNode(e))
        assert sorted(map(_key, bound)) == sorted(_key(r) for r in everything if r["e"] == e), e
