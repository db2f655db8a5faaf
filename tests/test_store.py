"""The on-disk store: atomic load, fallback to graph.trig, fast serialisation."""
from __future__ import annotations

import os

import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph

from conftest_oxigraph import sample_dataset, sample_dir, write_sample  # noqa: F401
from kg.errors import InputError, NotFoundError, OutputError
from kg.namespace import MB
from kg.store import count_quads, load_dataset_into_store, open_store, serialize_fast, to_oxigraph, write_store


def test_open_store_reads_the_store_and_counts_every_graph(sample_dir):
    store = open_store(sample_dir)
    counts = count_quads(store)
    expected = sample_dataset()
    default_id = expected.default_context.identifier
    distinct = {(s, p, o) for s, p, o, _ in expected.quads((None, None, None, None))}
    in_named = [q for q in expected.quads((None, None, None, None)) if q[3] is not None and q[3] != default_id]
    # the store's default graph is the merged graph: every triple once; then the assertion graphs
    assert counts["default"] == len(distinct)
    assert counts["quads"] == len(distinct) + len(in_named)
    assert counts["named_graphs"] == len([g for g in expected.graphs() if g.identifier != default_id])


def test_open_store_falls_back_to_graph_trig(tmp_path):
    write_sample(tmp_path, store=False)
    assert not (tmp_path / "store").exists()
    assert len(open_store(tmp_path)) == len(open_store(write_sample(tmp_path / "again")))


def test_open_store_without_a_graph_says_run_build(tmp_path):
    with pytest.raises(NotFoundError, match=r"no graph in .*: run `kg build` first"):
        open_store(tmp_path)


def test_a_bad_dataset_leaves_the_old_store(tmp_path):
    good = write_sample(tmp_path)
    before = len(open_store(good))
    bad = tmp_path / "bad.trig"
    bad.write_text("<urn:g> { <urn:a> <urn:p> ")
    with pytest.raises(InputError, match="bad.trig"):
        write_store(bad, good / "store")
    assert len(open_store(good)) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store.")]  # no temp dirs left


def test_load_replaces_the_store_with_new_data(tmp_path):
    target = tmp_path / "store"
    load_dataset_into_store(b"<urn:g> { <urn:a> <urn:p> <urn:b> }", target)
    load_dataset_into_store(b"<urn:g> { <urn:a> <urn:p> <urn:c> . <urn:a> <urn:p> <urn:d> }", target)
    store = ox.Store.read_only(str(target))
    # the named graph, and its triples once more in the merged default graph
    assert sorted(q.object.value for q in store) == ["urn:c", "urn:c", "urn:d", "urn:d"]
    assert sorted(q.object.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == ["urn:c", "urn:d"]


def test_serialize_fast_turtle_merges_graphs_once_and_drops_metadata(tmp_path, sample_dir):
    out = serialize_fast(sample_dir, tmp_path / "graph.ttl", "turtle", exclude_types=(MB.Assertion, MB.ExtractionRun))
    text = out.read_text()
    assert text.startswith("@prefix")
    assert "@prefix mb: <https://w3id.org/mbkg/ontology#>" in text and "@prefix res:" in text
    g = Graph().parse(out, format="turtle")
    expected = Graph()
    for s, p, o, _ in sample_dataset().quads((None, None, None, None)):
        expected.add((s, p, o))
    drop = {s for s, o in expected.subject_objects(RDF.type) if o in (MB.Assertion, MB.ExtractionRun)}
    assert len(g) == len([t for t in expected if t[0] not in drop])
    assert not list(g.subjects(RDF.type, MB.Assertion))
    assert oct(os.stat(out).st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode


def test_serialize_fast_trig_round_trips(tmp_path, sample_dir):
    out = serialize_fast(open_store(sample_dir), tmp_path / "graph.trig", "trig")
    back = Dataset().parse(out, format="trig")
    assert len(list(back.quads((None, None, None, None)))) == len(open_store(sample_dir))


def test_serialize_fast_fails_cleanly_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "graph.ttl"
    target.mkdir()  # cannot be replaced by a file
    (target / "keep").write_text("old")
    with pytest.raises(OutputError, match="graph.ttl"):
        serialize_fast(ox.Store(), target, "turtle")
    assert (target / "keep").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_to_oxigraph_converts_an_rdflib_dataset():
    ds = sample_dataset()
    store = to_oxigraph(ds)
    assert len(store) == len(list(ds.quads((None, None, None, None))))
    assert sum(1 for _ in store.named_graphs()) > 10


def test_build_store_has_the_merged_graph_as_default_graph_and_the_assertions_as_named(tmp_path, sample_dir):
    from kg.store import LAYOUT_GRAPH, MERGED_GRAPH, build_store, query_options, union_ntriples

    dataset = ox.Store()
    dataset.bulk_load(path=str(sample_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    target = build_store(dataset, tmp_path / "store")
    store = ox.Store.read_only(str(target))
    in_default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    in_dataset = {(q.subject, q.predicate, q.object) for q in dataset}
    assert in_default == in_dataset  # every graph's triples, and nothing else
    assert len(dataset) > len(in_dataset)  # the sample states some facts in several graphs
    named = {q for q in dataset if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert {q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)} == named  # assertion graphs as they are
    assert len(store) == len(in_dataset) + len(named)
    assert not store.contains_named_graph(ox.NamedNode(MERGED_GRAPH))
    assert store.contains_named_graph(ox.NamedNode(LAYOUT_GRAPH)) and query_options(store) == {}
    assert union_ntriples(dataset).count(b"\n") == len(in_dataset)  # each triple once
    # built again over the old one: replaced whole, no directory left beside it
    build_store(ox.Store(), target)
    assert len(ox.Store.read_only(str(target))) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_query_options_by_layout(tmp_path, sample_dir):
    """The build's layout needs no option; an older store's merged graph and a bare TriG still answer once."""
    from kg.query import run_query
    from kg.store import MERGED_GRAPH, query_options, union_ntriples

    trig = sample_dir / "graph.trig"
    bare = ox.Store()
    bare.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    older = ox.Store()  # the layout before: the dataset plus the union as res:graph/merged
    older.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    older.bulk_load(input=union_ntriples(bare), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(MERGED_GRAPH))
    current = open_store(sample_dir)
    assert query_options(current) == {}
    assert query_options(older) == {"default_graph": ox.NamedNode(MERGED_GRAPH)}
    assert query_options(bare) == {"use_default_graph_as_union": True}
    # a fact stated by several articles: counted once where the default graph is merged
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n_distinct = len({(q.subject, q.predicate, q.object) for q in bare})
    assert run_query(current, count).rows[0][0] == run_query(older, count).rows[0][0] == n_distinct
    assert run_query(bare, count).rows[0][0] == len(bare) > n_distinct
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert run_query(current, graphs).rows == run_query(bare, graphs).rows


def test_open_dataset_gives_graph_trig_shape_back(tmp_path, sample_dir):
    """What kg push sends: graph.trig, or from a store alone the same quads."""
    import shutil

    from kg.store import open_dataset

    trig = ox.Store()
    trig.bulk_load(path=str(sample_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert set(open_dataset(sample_dir)) == set(trig)
    only_store = tmp_path / "d"
    shutil.copytree(sample_dir / "store", only_store / "store")
    assert set(open_dataset(only_store)) == set(trig)


def test_build_store_fails_cleanly(tmp_path):
    from kg.store import build_store

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(OutputError, match="file"):
        build_store(ox.Store(), blocker / "store")
