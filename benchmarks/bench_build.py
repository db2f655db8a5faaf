"""End-to-end `kg build` on a synthetic corpus: wall time per stage and peak memory.

Baseline side by side: the same corpus read and sentence-split only (what any
build must do at least), so the figures are reported as a ratio too.

Usage::

    .venv/bin/python benchmarks/make_corpus.py --n 10000 --out benchmarks/data/synthetic-10000.jsonl
    .venv/bin/python benchmarks/bench_build.py benchmarks/data/synthetic-10000.jsonl --jobs 2
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from kg.pipeline import BuildOptions, build
stages, t0 = [], time.perf_counter()
def progress(stage, done, total):
    if not stages or stages[-1][0] != stage:
        stages.append((stage, time.perf_counter() - t0))
result = build([sys.argv[1]], sys.argv[2], BuildOptions(jobs=int(sys.argv[3])), progress=progress)
total = time.perf_counter() - t0
print(json.dumps({"total": total, "stages": stages, "articles": result.articles, "facts": result.facts,
                  "entities": result.entities,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

BASELINE = r"""
import json, sys, time
from kg.ingest import load_articles
from kg.extract.text import split_sentences
t0 = time.perf_counter()
n = sum(len(list(split_sentences(a.text))) for a in load_articles([sys.argv[1]]).articles)
print(json.dumps({"total": time.perf_counter() - t0, "sentences": n}))
"""


def run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = run(BASELINE, str(a.corpus))
        res = run(CHILD, str(a.corpus), tmp, str(a.jobs))
    print(f"corpus: {a.corpus} ({res['articles']} articles) -> {res['entities']} entities, {res['facts']} facts")
    print(f"baseline (read + split sentences): {base['total']:.1f} s")
    print(f"kg build --jobs {a.jobs}: {res['total']:.1f} s ({res['total'] / base['total']:.1f}x baseline); "
          f"peak memory {res['peak_mb']:.0f} MB (workers {res['children_peak_mb']:.0f} MB)")
    marks = res["stages"] + [["end", res["total"]]]
    for (stage, start), (_, end) in zip(marks, marks[1:]):
        print(f"  {stage:>10}: {end - start:6.1f} s")


if __name__ == "__main__":
    main()
