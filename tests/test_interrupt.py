"""Interrupted builds lose nothing: Ctrl-C, kill -9, and a crash while the outputs are moved.

``kg build`` runs in a subprocess and is interrupted; the previous output, from
an earlier small build, must be byte-identical afterwards, and whatever a killed
build left behind is cleared by the next one.

Two kinds of interruption: a real signal sent from outside at about one second
into a build of ~300 articles (when exactly it lands varies), and a SIGKILL the
child sends itself at a chosen step (writing ``graph.trig``, loading the store,
between two of the renames that publish the outputs), so every step is covered
on every run.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.pipeline import BuildOptions, build
from tests.conftest import EXAMPLES, ROOT, snapshot

GOOD = ROOT / "tests" / "fixtures" / "articles" / "good.txt"
OTHER = EXAMPLES / "umg_amazon_partnership.txt"

# The child: Python's Ctrl-C handler restored (a shell starts background jobs with
# SIGINT ignored), and, with KG_TEST_KILL_AT, a SIGKILL to itself at that step.
CHILD = r"""
import os, signal
signal.signal(signal.SIGINT, signal.default_int_handler)
step = os.environ.get("KG_TEST_KILL_AT")

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if step == "trig":  # graph.ttl is staged, graph.trig is being written
    import kg.pipeline
    real_serialize = kg.pipeline._serialize
    def _serialize(graph, path, fmt):
        if fmt == "trig":
            open(path, "w").write("@prefix half")
            die()
        real_serialize(graph, path, fmt)
    kg.pipeline._serialize = _serialize
elif step == "store":  # the new store is loaded, not yet in place
    import kg.store
    kg.store._swap_dirs = lambda new, target: die()
elif step == "commit":  # two outputs published, the others not yet
    out = os.path.realpath(os.environ["KG_TEST_OUT"])
    real_replace, published = os.replace, []
    def replace(src, dst):
        if os.path.dirname(os.path.realpath(dst)) == out:
            if len(published) == 2:
                die()
            published.append(dst)
        real_replace(src, dst)
    os.replace = replace
from kg.cli import main
main()
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """~300 articles in one JSON lines file: the bundled examples, varied."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    path = tmp_path_factory.mktemp("corpus") / "many.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(300):
            head, _, body = bodies[i % len(bodies)].partition("\n")
            fh.write(json.dumps({"title": f"{head} ({i})", "text": body, "url": f"https://example.com/news/{i}",
                                 "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")
    return path


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small") / "out"
    build([GOOD], out)
    return out


@pytest.fixture
def previous(small_build, tmp_path) -> Path:
    """A fresh copy of an earlier small build (files, cache and store)."""
    out = tmp_path / "out"
    shutil.copytree(small_build, out)
    return out


def visible(out: Path) -> dict[str, bytes]:
    """The output directory's files, leaving out a killed build's staging directory."""
    return {k: v for k, v in snapshot(out).items() if not k.startswith(".staging-")}


def staging(out: Path) -> list[Path]:
    return sorted(out.glob(".staging-*"))


def start(*args, kill_at: str | None = None, out: Path | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_TEST_")}
    if kill_at:
        env.update(KG_TEST_KILL_AT=kill_at, KG_TEST_OUT=str(out))
    return subprocess.Popen([sys.executable, "-c", CHILD, "build", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_until_killed(*args, kill_at: str, out: Path) -> None:
    proc = start(*args, kill_at=kill_at, out=out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"the build was not killed at {kill_at!r}:\n{err[-3000:]}"


def interrupt_after_a_second(proc: subprocess.Popen, out: Path, sig: int) -> str:
    """Send ``sig`` one second after the build starts staging (inputs read, extraction under way)."""
    deadline = time.monotonic() + 60
    while not staging(out):
        if proc.poll() is not None:
            pytest.fail(f"the build ended (exit {proc.returncode}) before it started:\n{proc.communicate()[1][-3000:]}")
        assert time.monotonic() < deadline, "the build did not start in time"
        time.sleep(0.005)
    time.sleep(1.0)
    if proc.poll() is not None:
        pytest.fail(f"the build ended (exit {proc.returncode}) within a second, uninterrupted "
                    f"(a bigger corpus is needed, or it crashed):\n{proc.communicate()[1][-3000:]}")
    proc.send_signal(sig)
    return proc.communicate(timeout=60)[1]


# --- signals from outside ---------------------------------------------------------------------


def test_ctrl_c_leaves_the_previous_output(corpus, previous):
    before = snapshot(previous)
    err = interrupt_after_a_second(start(corpus, "--out", previous), previous, signal.SIGINT)
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "kg: interrupted; previous output left as it was"
    assert snapshot(previous) == before  # byte for byte, staging directory removed


def test_kill_9_leaves_the_previous_output_and_the_next_build_cleans_up(corpus, previous):
    before = snapshot(previous)
    proc = start(corpus, "--out", previous)
    interrupt_after_a_second(proc, previous, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert visible(previous) == before
    assert staging(previous), "SIGKILL runs no cleanup: the staging directory should still be there"
    build([GOOD], previous)
    assert not staging(previous)


# --- SIGKILL at each step ---------------------------------------------------------------------------


def test_kill_while_writing_leaves_the_previous_output(previous):
    before = snapshot(previous)
    run_until_killed(GOOD, OTHER, "--out", previous, kill_at="trig", out=previous)
    assert visible(previous) == before
    (half,) = staging(previous)
    assert (half / "graph.ttl").exists()  # it was killed half-way through writing


def test_kill_during_an_update_leaves_store_and_files_as_they_were(previous):
    before = snapshot(previous)
    quads = len(ox.Store.read_only(str(previous / "store")))
    run_until_killed(OTHER, "--out", previous, "--update", kill_at="store", out=previous)
    assert visible(previous) == before
    assert len(ox.Store.read_only(str(previous / "store"))) == quads
    # And the update can simply be run again.
    result = build([OTHER], previous, BuildOptions(update=True))
    assert result.new_articles == 1 and result.articles == 2
    assert not staging(previous)


def test_kill_while_publishing_is_finished_by_the_next_build(previous, tmp_path):
    run_until_killed(GOOD, OTHER, "--out", previous, kill_at="commit", out=previous)
    assert staging(previous)  # two outputs new, the rest still staged
    # The next build (here an update with nothing new, which rebuilds nothing) first
    # finishes the killed build's publication, so all outputs are from one build.
    result = build([GOOD, OTHER], previous, BuildOptions(update=True))
    assert result.new_articles == 0 and result.articles == 2
    assert not staging(previous)
    build([GOOD, OTHER], tmp_path / "reference")
    assert set(Graph().parse(previous / "graph.ttl")) == set(Graph().parse(tmp_path / "reference" / "graph.ttl"))
    assert len(ox.Store.read_only(str(previous / "store"))) == len(
        ox.Store.read_only(str(tmp_path / "reference" / "store")))
    cached = [json.loads(line)["article"]["path"] for line in (previous / "extractions.jsonl").open()]
    assert sorted(cached) == sorted([str(GOOD), str(OTHER)])


# --- in process ----------------------------------------------------------------------------


def test_stale_staging_of_a_dead_build_is_removed_but_a_live_ones_is_kept(previous):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = previous / f".staging-{dead.pid}-abc123"
        busy = previous / f".staging-{alive.pid}-def456"
        for d in (stale, busy):
            d.mkdir()
            (d / "graph.ttl").write_text("half a graph")
        before = (previous / "graph.ttl").read_bytes()
        build([GOOD], previous, BuildOptions(update=True))  # nothing new: still tidies up
        assert not stale.exists()
        assert busy.exists()  # another build is writing there right now
        assert (previous / "graph.ttl").read_bytes() == before  # a dead build's staged files are not published
    finally:
        alive.kill()
        alive.wait()


def test_ctrl_c_while_publishing_rolls_back(previous, monkeypatch):
    """Ctrl-C between two of the renames that put the new outputs in place."""
    before = snapshot(previous)
    real_replace = os.replace
    published = []

    def replace(src, dst):
        if Path(dst).parent == previous and len(published) < 3:
            published.append(Path(dst).name)
            if len(published) == 3:
                raise KeyboardInterrupt  # once, as a user's Ctrl-C
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        build([GOOD, OTHER], previous)
    monkeypatch.undo()
    assert len(published) == 3
    assert snapshot(previous) == before, "a half-published build: some files new, some old"
