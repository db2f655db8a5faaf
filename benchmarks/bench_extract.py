"""Extraction throughput on one core, against a baseline run side by side.

Reads a synthetic corpus (benchmarks/make_corpus.py; made if missing) and times,
on the same articles in the same process:

* ``baseline``: reading the articles and splitting them into sentences;
* ``rules``: :func:`kg.extract.extract` with the rule layers alone (``learned=False``);
* ``extract``: :func:`kg.extract.extract` as a build runs it, the learned relation layer included.

Reports articles/s, words/s and the ratio extract/baseline (best of ``--repeat``).

Usage::

    .venv/bin/python benchmarks/bench_extract.py [--n 1000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.extract.text import split_sentences  # noqa: E402
from kg.ingest import load_articles  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    path = ROOT / "benchmarks" / "data" / f"synthetic-{a.n}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--n", str(a.n), "--out", str(path)],
                       check=True)
    articles = load_articles([path]).articles
    words = sum(len(x.text.split()) for x in articles)
    extract(articles[0])  # load the gazetteer and word lists once, as a build does

    base = best(lambda: [split_sentences(x.text) for x in load_articles([path]).articles], a.repeat)
    rules = best(lambda: [extract(x, learned=False) for x in articles], a.repeat)
    ext = best(lambda: [extract(x) for x in articles], a.repeat)
    n = len(articles)
    print(f"{n} articles, {words / n:.0f} words each, one core, best of {a.repeat}")
    print(f"{'run':10} {'seconds':>8} {'articles/s':>11} {'words/s':>10} {'ratio':>6}")
    for name, secs in (("baseline", base), ("rules", rules), ("extract", ext)):
        print(f"{name:10} {secs:8.2f} {n / secs:11.0f} {words / secs:10.0f} {secs / base:6.1f}")


if __name__ == "__main__":
    main()
