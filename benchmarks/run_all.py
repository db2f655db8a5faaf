"""Run every benchmark in turn (`make bench`); each prints its own table.

The data they need is generated first (git-ignored, under benchmarks/data/).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"


def run(*args: str) -> None:
    print(f"\n$ {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, *args], check=True)


def main() -> None:
    DATA.mkdir(exist_ok=True)
    corpus = DATA / "synthetic-10000.jsonl"
    if not corpus.exists():
        run(str(HERE / "make_corpus.py"), "--n", "10000", "--out", str(corpus))
    run(str(HERE / "bench_extract.py"))
    run(str(HERE / "bench_build.py"), str(corpus), "--jobs", "2")
    run(str(HERE / "bench_validate.py"))
    run(str(HERE / "bench_sparql.py"))
    run(str(HERE / "bench_explorer.py"))
    run(str(HERE / "bench_analyze.py"))


if __name__ == "__main__":
    main()
