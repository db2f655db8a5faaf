"""Oxigraph (the embedded store) against rdflib, side by side, on a synthetic ~1M-triple graph.

Measures, on the same machine in the same run:

- loading graph.trig: pyoxigraph (in memory and into the on-disk store) vs rdflib ``Dataset.parse``;
- writing graph.ttl and graph.trig: :func:`kg.store.serialize_fast` vs rdflib's serialisers;
- each saved query (with the sample parameters from make_graph.py): median of ``--repeat`` runs on
  the embedded store, one run on rdflib's engine capped at ``--cap`` seconds (shown as ``>cap``).

Usage::

    .venv/bin/python benchmarks/make_graph.py --triples 1000000
    .venv/bin/python benchmarks/bench_sparql.py [--data benchmarks/data/graph-1m.trig] [--cap 60]

Prints a Markdown table (ratios are rdflib time / Oxigraph time).
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

from kg.namespace import MB  # noqa: E402
from kg.query import run_query, saved_queries  # noqa: E402
from kg.store import load_dataset_into_store, serialize_fast  # noqa: E402


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
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} missing: run benchmarks/make_graph.py first", file=sys.stderr)
        return 2
    params = json.loads(args.data.with_suffix(".params.json").read_text())
    work = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    rows: list[tuple[str, str, str, str]] = []
    cap = args.cap
    try:
        t_mem, store = timed(lambda: _load_mem(args.data))
        t_disk, _ = timed(lambda: load_dataset_into_store(args.data, work / "store"))
        t_rdf, ds = capped(lambda: _load_rdflib(args.data), max(cap, 300))
        n = len(store)
        rows.append((f"load graph.trig ({n:,} quads), in memory", fmt(t_mem, cap), fmt(t_rdf, cap), ratio(t_rdf, t_mem, cap)))
        rows.append(("load graph.trig into the on-disk store", fmt(t_disk, cap), fmt(t_rdf, cap), ratio(t_rdf, t_disk, cap)))

        t_ttl, _ = timed(lambda: serialize_fast(store, work / "ox.ttl", "turtle", exclude_types=(MB.Assertion, MB.ExtractionRun)))
        t_trig, _ = timed(lambda: serialize_fast(store, work / "ox.trig", "trig"))
        if ds is not None and not args.skip_rdflib_writes:
            r_trig, _ = capped(lambda: ds.serialize(work / "rdf.trig", format="trig"), cap)
            r_ttl, _ = capped(lambda: _rdflib_turtle(ds, work / "rdf.ttl"), cap)
        else:
            r_trig = r_ttl = None
        rows.append(("write graph.ttl (graphs merged)", fmt(t_ttl, cap), fmt(r_ttl, cap), ratio(r_ttl, t_ttl, cap)))
        rows.append(("write graph.trig", fmt(t_trig, cap), fmt(r_trig, cap), ratio(r_trig, t_trig, cap)))

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
                t_r, _ = capped(lambda: run_query(ds, q.text, bindings=bindings), args.query_cap or cap)
            medians_ox.append(t_ox)
            medians_rdf.append(t_r if t_r is not None else (args.query_cap or cap))
            shown = f"query {name}" + (f" ({', '.join(bindings)})" if bindings else "") + f", {len(result)} rows"
            qcap = args.query_cap or cap
            rows.append((shown, fmt(t_ox, qcap), fmt(t_r, qcap), ratio(t_r, t_ox, qcap)))
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
        qcap = args.query_cap or cap
        m_ox, m_rdf = statistics.median(medians_ox), statistics.median(medians_rdf)
        rows.append(("**median saved query**", fmt(m_ox, qcap), fmt(None if m_rdf >= qcap else m_rdf, qcap),
                     ratio(None if m_rdf >= qcap else m_rdf, m_ox, qcap)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| step | Oxigraph (embedded) | rdflib | rdflib / Oxigraph |")
    print("|---|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


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
