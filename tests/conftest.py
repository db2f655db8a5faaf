"""Shared fixtures: running the ``kg`` command in process, and a built sample graph."""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SEED_SAMPLE = EXAMPLES / "umg_amazon_partnership.txt"


def readme_provenance_query() -> str:
    """The SPARQL query the README documents for "which sentences say that X sued Y" (docs checked by tests)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Provenance", 1)[1]
    return section.split("```sparql", 1)[1].split("```", 1)[0]


@dataclass
class KgRun:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_kg(capsys, monkeypatch):
    """Run ``kg ARGS...`` through the console entry point, as a user would, in process."""
    from kg.cli import main

    def run(*args: str) -> KgRun:
        monkeypatch.setattr(sys, "argv", ["kg", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return KgRun(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory) -> Path:
    """The graph of the bundled articles, built once per session (read-only for tests)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("examples-build")
    build([EXAMPLES], out)
    return out


def snapshot(directory: Path) -> dict[str, bytes]:
    """The bytes of every file under ``directory``, to check that nothing changed."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def previous_output(tmp_path) -> Path:
    """An output directory holding an earlier build's files."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.trig", "graph.html", "report.md", "analysis.json"):
        (out / name).write_text(f"previous {name}\n")
    return out


@pytest.fixture
def copy_examples(tmp_path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(EXAMPLES, target)
    return target
