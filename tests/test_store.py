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
    assert counts["quads"] == len(list(expected.quads((None, None, None, None))))
    assert counts["named_graphs"] == len([g for g in expected.graphs() if g.identifier != expected.default_context.identifier])


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
    assert sorted(q.object.value for q in store) == ["urn:c", "urn:d"]


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


def test_build_store_holds_the_dataset_and_its_merged_graph_once(tmp_path, sample_dir):
    from kg.store import MERGED_GRAPH, build_store, union_ntriples

    dataset = open_store(sample_dir)
    target = build_store(dataset, tmp_path / "store")
    store = ox.Store.read_only(str(target))
    merged = ox.NamedNode(MERGED_GRAPH)
    in_merged = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, merged)}
    in_dataset = {(q.subject, q.predicate, q.object) for q in dataset}
    assert in_merged == in_dataset  # every graph's triples, and nothing else
    assert len(dataset) > len(in_dataset)  # the sample states some facts in several graphs
    assert len(store) == len(dataset) + len(in_dataset)
    assert union_ntriples(dataset).count(b"\n") == len(in_dataset)  # each triple once
    # built again over the old one: replaced whole, no directory left beside it
    build_store(ox.Store(), target)
    assert len(ox.Store.read_only(str(target))) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_build_store_fails_cleanly(tmp_path):
    from kg.store import build_store

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(OutputError, match="file"):
        build_store(ox.Store(), blocker / "store")
