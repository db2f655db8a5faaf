"""How fast is SHACL validation, and what do the choices in kg/validate.py cost?

Runs side by side, on the same synthetic graphs (benchmarks/make_graph.py,
shaped like ``kg build`` output, read as the union of graph.trig):

* ``baseline``: what :func:`kg.validate.validate` does: ontology mixed in
  (so targets follow rdfs:subClassOf), no inference;
* ``rdfs``: the same with pySHACL's RDFS inference, the alternative the
  design rejected (it also hides errors: domain inference types the subject of
  mb:worksFor as a Person);
* ``no-ontology``: no ontology mixed in: a lower bound, but wrong (a Court or
  a RecordLabel is then not checked as an Organization).

Reports seconds (best of ``--repeat``) and the ratio to ``baseline``.

Usage::

    .venv/bin/python benchmarks/bench_validate.py [--sizes 3000 10000 30000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from pyshacl import validate as shacl_validate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.validate import load_ontology, load_shapes, read_graph, validate  # noqa: E402
from make_graph import make_graph  # noqa: E402


def run_pyshacl(graph, ont, inference: str) -> bool:
    conforms, _, _ = shacl_validate(graph, shacl_graph=load_shapes(), ont_graph=ont, inference=inference,
                                    allow_warnings=True)
    return conforms


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[3000, 10000, 30000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from kg.validate import _as_graph  # the union of a dataset, as validate() builds it

    print(f"{'triples':>8} {'variant':<12} {'seconds':>8} {'ratio':>6}  conforms")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"graph-{size}.trig"
            make_graph(size, path)
            graph = _as_graph(read_graph(path))
            ont = load_ontology()
            variants = {
                "baseline": lambda: validate(graph).conforms,
                "rdfs": lambda: run_pyshacl(graph, ont, "rdfs"),
                "no-ontology": lambda: run_pyshacl(graph, None, "none"),
            }
            results = {name: fn() for name, fn in variants.items()}  # warm-up, and the verdicts
            times = {name: best_of(fn, args.repeat) for name, fn in variants.items()}
            for name, seconds in times.items():
                print(f"{len(graph):>8} {name:<12} {seconds:>8.3f} {seconds / times['baseline']:>6.2f}  {results[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
