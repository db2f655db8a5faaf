"""Oxigraph (the embedded store) against rdflib, side by side, on a synthetic ~1M-triple graph.

Measures, on the same machine in the same run:

- loading graph.trig: pyoxigraph (in memory and into the on-disk store) vs rdflib ``Dataset.parse``;
- writing graph.ttl and graph.trig: :func:`kg.store.serialize_fast` vs rdflib's serialisers;
- each saved query (with the sample parameters from make_graph.py): median of ``--repeat`` runs on
  the embedded store, one run on rdflib's engine capped at ``--cap`` seconds (shown as ``>cap``);
- ``kg explain`` (:func:`kg.explain.explain`, all its queries) on the sample entity and on the
  entity in the most assertions: median of ``max(--repeat, 3)`` runs, Oxigraph only.

Usage::

    .venv/bin/python benchmarks/make_graph.py --triples 1000000
    .venv/bin/python benchmarks/bench_sparql.py [--data benchmarks/data/graph-1m.trig] [--cap 60]

Prints a Markdown table, each row as soon as it is measured (ratios are rdflib time / Oxigraph
time). The on-disk store is built as ``kg build`` builds it (:func:`kg.store.build_store`, from the
in-memory dataset): the merged graph (every triple once) as its default graph and the assertion
graphs as named graphs. As a baseline side by side, the previous way of building the store (the
dataset plus a second copy of the union as the named graph ``res:graph/merged``) and of writing
graph.ttl is timed too (``--skip-old-load`` leaves it out).
The queries' parameters are ordinary entities (median degree, see make_graph.py), not the hubs.
When rdflib cannot load the full graph, ``--rdflib-data`` gives it a smaller one (labelled).
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import Dataset  # noqa: E402

from kg.explain import explain  # noqa: E402
from kg.namespace import MB  # noqa: E402
from kg.query import run_query, saved_queries  # noqa: E402
from kg.store import MERGED_GRAPH, PREFIXES, build_store, serialize_fast  # noqa: E402


class Capped(BaseException):  # not an Exception: library handlers must not swallow it
    pass


def _alarm(signum, frame):  # rdflib is pure Python: the signal interrupts it between bytecodes
    raise Capped


def capped(fn, cap: float):
    """(seconds, value) of fn(), or (None, None) when it ran past ``cap`` seconds."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    started = time.perf_counter()
    try:
        value = fn()
        return time.perf_counter() - started, value
    except Capped:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def fmt(seconds: float | None, cap: float) -> str:
    if seconds is None:
        return f">{cap:g} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio(slow: float | None, fast: float | None, cap: float) -> str:
    if fast is None or fast == 0:
        return "-"
    if slow is None:
        return f">{cap / fast:.0f}x"
    return f"{slow / fast:.0f}x" if slow / fast >= 10 else f"{slow / fast:.1f}x"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "data" / "graph-1m.trig")
    ap.add_argument("--cap", type=float, default=60.0, help="rdflib's time limit per step (s)")
    ap.add_argument("--query-cap", type=float, default=None, help="rdflib's limit per query (default: --cap)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip-rdflib-writes", action="store_true")
    ap.add_argument("--skip-old-load", action="store_true", help="do not time the previous way of building the store")
    ap.add_argument("--skip-rdflib", action="store_true", help="Oxigraph only")
    ap.add_argument("--rdflib-data", type=Path, default=None,
                    help="a smaller graph (with its .params.json) for rdflib, when it cannot load --data")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} missing: run benchmarks/make_graph.py first", file=sys.stderr)
        return 2
    params = json.loads(args.data.with_suffix(".params.json").read_text())
    rdf_data = args.rdflib_data or args.data
    rdf_params = json.loads(rdf_data.with_suffix(".params.json").read_text()) if args.rdflib_data else params
    work = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    cap = args.cap
    qcap = args.query_cap or cap
    print("| step | Oxigraph (embedded) | rdflib | rdflib / Oxigraph |")
    print("|---|---:|---:|---:|", flush=True)

    def emit(*row: str) -> None:  # each row as soon as it is measured: a crash loses nothing
        print("| " + " | ".join(row) + " |", flush=True)

    try:
        t_mem, store = timed(lambda: _load_mem(args.data))
        n = len(store)
        # as a build does (kg.store.build_store): from the in-memory dataset, the merged graph as the
        # default graph and the assertion graphs as named graphs
        t_disk, _ = timed(lambda: build_store(store, work / "store"))
        t_old, _ = (None, None) if args.skip_old_load else timed(lambda: _old_build_store(store, args.data, work))
        if args.skip_rdflib:
            t_rdf, ds = None, None
        else:
            t_rdf, ds = capped(lambda: _load_rdflib(rdf_data), max(cap, 300))
        rdf_n = len(ds) if ds is not None else 0
        smaller = f" (rdflib on {rdf_data.name}: {rdf_n:,} quads)" if args.rdflib_data else ""
        shown_rdf = "skipped" if args.skip_rdflib else fmt(t_rdf, cap)
        emit(f"load graph.trig ({n:,} quads), in memory{smaller}", fmt(t_mem, cap), shown_rdf,
             "-" if args.skip_rdflib else ratio(t_rdf, t_mem, cap))
        old = "" if t_old is None else f"; the layout before ({OLD_QUADS:,} quads, merged graph as a named graph): {t_old:.1f} s"
        n_disk = len(ox.Store.read_only(str(work / "store")))
        emit(f"build the on-disk store ({n_disk:,} quads, merged default graph) from the in-memory dataset{old}",
             fmt(t_disk, cap), shown_rdf, "-" if args.skip_rdflib else ratio(t_rdf, t_disk, cap))

        skip_w = args.skip_rdflib_writes or args.skip_rdflib
        t_ttl, _ = timed(lambda: serialize_fast(store, work / "ox.ttl", "turtle", exclude_types=(MB.Assertion, MB.ExtractionRun)))
        r_ttl = None
        if ds is not None and not skip_w:
            r_ttl, _ = capped(lambda: _rdflib_turtle(ds, work / "rdf.ttl"), cap)
        if not args.skip_old_load:
            t_old_ttl, _ = timed(lambda: _old_turtle(store, work / "old.ttl"))
            emit("write graph.ttl, the previous way (union copied through Python into a store, then dumped)",
                 fmt(t_old_ttl, cap), "-", "-")
        emit("write graph.ttl (graphs merged)", fmt(t_ttl, cap), "skipped" if skip_w else fmt(r_ttl, cap),
             "-" if skip_w else ratio(r_ttl, t_ttl, cap))
        t_trig, _ = timed(lambda: serialize_fast(store, work / "ox.trig", "trig"))
        r_trig = None
        if ds is not None and not skip_w:
            r_trig, _ = capped(lambda: ds.serialize(work / "rdf.trig", format="trig"), cap)
        emit("write graph.trig", fmt(t_trig, cap), "skipped" if skip_w else fmt(r_trig, cap),
             "-" if skip_w else ratio(r_trig, t_trig, cap))
        del store

        disk = ox.Store.read_only(str(work / "store"))
        medians_ox, medians_rdf = [], []
        for name, q in saved_queries().items():
            bindings = {k: params[k] for k in q.params if k in params}
            times = []
            for _ in range(args.repeat):
                t, result = timed(lambda: run_query(disk, q.text, bindings=bindings))
                times.append(t)
            t_ox = statistics.median(times)
            t_r = None
            if ds is not None:
                rb = {k: rdf_params[k] for k in q.params if k in rdf_params}
                t_r, _ = capped(lambda: run_query(ds, q.text, bindings=rb), qcap)
                medians_rdf.append(t_r if t_r is not None else qcap)
            medians_ox.append(t_ox)
            shown = f"query {name}" + (f" ({', '.join(f'{k}={v}' for k, v in bindings.items())})" if bindings else "")
            emit(shown + f", {len(result)} rows", fmt(t_ox, qcap), fmt(t_r, qcap) if ds is not None else "-",
                 ratio(t_r, t_ox, qcap) if ds is not None else "-")
        for label, name in _explain_entities(disk, params):
            times = []
            for _ in range(max(args.repeat, 3)):
                t, reports = timed(lambda: explain(disk, name))
                times.append(t)
            facts = sum(len(r.facts) for r in reports)
            emit(f"kg explain {name!r} ({label}, {facts} facts; Oxigraph only)", fmt(statistics.median(times), qcap), "-", "-")
        m_ox = statistics.median(medians_ox)
        m_rdf = statistics.median(medians_rdf) if medians_rdf else None
        shown_rdf = None if m_rdf is None or m_rdf >= qcap else m_rdf
        emit("**median saved query**", fmt(m_ox, qcap), fmt(shown_rdf, qcap) if m_rdf is not None else "-",
             ratio(shown_rdf, m_ox, qcap) if m_rdf is not None else "-")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _explain_entities(store: ox.Store, params: dict) -> list[tuple[str, str]]:
    """(what, name) of the entities ``kg explain`` is timed on: the sample and the biggest hub."""
    out = [("ordinary entity", params["entityName"])]
    hubs = params.get("_stats", {}).get("top_entities_share_of_assertions", {})
    if hubs:
        hub = ox.NamedNode(RES + max(hubs, key=hubs.get))
        labels = list(store.quads_for_pattern(hub, ox.NamedNode(RDFS_LABEL), None))
        if labels:
            out.append(("high-degree entity", labels[0].object.value))
    return out


RES = "https://w3id.org/mbkg/resource/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _old_build_store(store: ox.Store, trig: Path, work: Path) -> None:
    """The baseline: the layout before, the dataset plus its union as the named graph res:graph/merged.

    As the previous kg.store.build_store did it: N-Quads and the union's N-Triples, both written by
    Oxigraph, bulk-loaded.
    """
    from kg.store import union_ntriples

    disk = ox.Store(str(work / "old-store"))
    quads = store.dump(format=ox.RdfFormat.N_QUADS)
    disk.bulk_load(input=quads, format=ox.RdfFormat.N_QUADS, lenient=True)
    del quads
    disk.bulk_load(input=union_ntriples(store), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(MERGED_GRAPH), lenient=True)
    disk.flush()
    global OLD_QUADS
    OLD_QUADS = len(disk)
    del disk
    shutil.rmtree(work / "old-store")


OLD_QUADS = 0


def _old_turtle(store: ox.Store, path: Path) -> None:
    """The baseline for graph.ttl: the previous serialize_fast."""
    excluded = f"<{MB.Assertion}> <{MB.ExtractionRun}>"
    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o "
        f"FILTER NOT EXISTS {{ VALUES ?t {{ {excluded} }} ?s a ?t }} }} }}", use_default_graph_as_union=True)
    merged = ox.Store()
    merged.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    merged.dump(path, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


def _load_mem(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def _load_rdflib(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig")
    return ds


def _rdflib_turtle(ds: Dataset, path: Path) -> None:
    from rdflib import Graph

    merged = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    merged.serialize(path, format="turtle")


if __name__ == "__main__":
    sys.exit(main())
