"""The build: ingest -> extract -> resolve -> rdf -> validate -> store -> analyze -> visualize.

:func:`build` runs every stage and writes the outputs into a staging directory
beside the output; only when everything succeeded are the files moved into place,
one ``os.replace`` each, so a failed or interrupted build leaves the previous
output as it was.

Incremental builds keep what each article yielded in ``extractions.jsonl``; an
update reads it, extracts only the new articles and resolves everything again, so
building A then adding B gives the same graph as building A and B together.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import InputError, MbkgError, OutputError, ValidationError
from kg.ingest import load_articles
from kg.model import Article, Entity, Evidence, Extraction, Fact, Resolved
from kg.namespace import MB
from kg.rdf import RunInfo, binary_fact_sentences, learned_confidence, to_graph, to_oxigraph
from kg.resolve import load_overrides, resolve

#: Files a build writes into its output directory.
OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.html", "report.md", "analysis.json")
CACHE_FILE = "extractions.jsonl"
MERGES_FILE = "merges.json"
STORE_DIR = "store"
PREVIOUS_DIR = ".previous"  # inside a staging directory: the outputs being replaced

#: ``progress(stage, done, total)`` is called as the build advances.
Progress = Callable[[str, int, int], None]


@dataclass
class BuildOptions:
    """What a build does besides the defaults (the ``kg build`` options)."""

    strict: bool = False
    update: bool = False
    keep_going: bool = False
    jobs: int = 1
    merges: str | Path | None = None
    max_nodes: int = 1500
    focus: str | None = None
    fact_kinds: set[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    store: bool = True
    learned: bool = True  # False: the rule layers alone (no kg.extract.learned facts)


@dataclass
class BuildResult:
    """What a build read and wrote."""

    out_dir: Path
    files: list[Path]
    articles: int
    new_articles: int
    entities: int
    facts: int
    skipped: list[MbkgError] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    truncated_view: bool = False


def extract_all(articles: list[Article], *, jobs: int = 1, progress: Progress | None = None,
                learned: bool = True) -> list[Extraction]:
    """Run the extractor on every article, on ``jobs`` processes (``learned``: see :func:`kg.extract.extract`)."""
    from functools import partial

    from kg.extract import extract

    extract = partial(extract, learned=learned)

    results: list[Extraction] = []
    if jobs > 1 and len(articles) > 20:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, extraction in enumerate(pool.map(extract, articles, chunksize=16), start=1):
                results.append(extraction)
                if progress:
                    progress("extract", i, len(articles))
    else:
        for i, article in enumerate(articles, start=1):
            results.append(extract(article))
            if progress:
                progress("extract", i, len(articles))
    return results


def build_resolved(
    inputs: Iterable[str | Path], *, keep_going: bool = False, merges: str | Path | None = None, jobs: int = 1,
    learned: bool = True,
) -> Resolved:
    """Ingest, extract and resolve: the library entry point for notebooks and ``kg eval``."""
    loaded = load_articles(inputs, keep_going=keep_going)
    return resolve(extract_all(loaded.articles, jobs=jobs, learned=learned), load_overrides(merges))


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path = "output",
    options: BuildOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Parameters
    ----------
    inputs : files or directories of articles (.txt, .md, .html, .jsonl)
    out_dir : directory that receives graph.ttl, graph.trig, graph.html, report.md,
        analysis.json (and the store and cache the other commands use)
    options : BuildOptions
    progress : optional callback ``progress(stage, done, total)``

    Raises
    ------
    InputError, OutputError, ValidationError
        With nothing in ``out_dir`` changed.
    """
    options = options or BuildOptions()
    out = Path(out_dir)
    overrides = load_overrides(options.merges)
    loaded = load_articles(inputs, keep_going=options.keep_going)
    _clear_stale(out)  # after the inputs are known good: bad input leaves DIR untouched

    cached: list[tuple[Extraction, RunInfo]] = []
    if options.update:
        cached = load_extractions(out / CACHE_FILE)
    # Articles first read the other way (with or without the learned layer) are read again, so that an
    # update gives the graph a full build with these options would.
    reread = [x.article for x, run in cached if run.learned != options.learned]
    cached = [(x, run) for x, run in cached if run.learned == options.learned]
    known = {x.article.id for x, _ in cached} | {a.id for a in reread}
    new_articles = reread + [a for a in loaded.articles if a.id not in known]
    if not loaded.articles and options.keep_going:
        raise InputError("no article could be read", path=", ".join(str(p) for p in inputs))

    if options.update and not new_articles and (out / "graph.ttl").exists():
        # Nothing new: adding an article a second time changes nothing.
        return BuildResult(out, [], len(cached), 0, _count(out, "entities"), _count(out, "facts"),
                           skipped=loaded.skipped)
    staging = _staging_dir(out)  # fail now, not after extraction, when DIR cannot be written
    try:
        return _build_into(staging, out, loaded, cached, new_articles, overrides, options, progress)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _build_into(staging, out, loaded, cached, new_articles, overrides, options, progress) -> BuildResult:
    run = RunInfo.now(learned=options.learned)
    fresh = extract_all(new_articles, jobs=options.jobs, progress=progress, learned=options.learned)
    everything = cached + [(x, run) for x in fresh]
    runs = {x.article.id: r for x, r in everything}

    if progress:
        progress("resolve", 0, 1)
    resolved = resolve([x for x, _ in everything], overrides)
    files: dict = {}
    # The stages run one after the other so that the dataset (Oxigraph) and the merged
    # rdflib graph, the two largest objects of a big build, are never in memory together.
    _write_dataset(staging, resolved, runs, options, progress, files)
    save_extractions(everything, staging / CACHE_FILE)
    files[CACHE_FILE] = True
    del everything

    if progress:
        progress("validate", 0, 1)
    from kg.validate import validate, validation_sample

    graph = to_graph(resolved)
    report = validate(validation_sample(graph))
    violations = [v.message for v in report.errors]  # warnings are reported by `kg validate`, not counted
    if options.strict and not report.conforms:
        raise ValidationError(
            f"the graph violates the SHACL shapes ({len(violations)} violations), first: {violations[0]}",
            path=out / "graph.ttl",
        )

    truncated = _write_views(staging, resolved, graph, options, progress, files)
    _commit(staging, out, files)
    return BuildResult(
        out_dir=out,
        files=[out / name for name in files],
        articles=len(resolved.articles),
        new_articles=len(fresh),
        entities=len(resolved.entities),
        facts=len(resolved.facts),
        skipped=loaded.skipped,
        violations=violations,
        truncated_view=truncated,
    )


def _write_dataset(staging: Path, resolved: Resolved, runs: dict, options: BuildOptions, progress, files: dict) -> None:
    """graph.ttl, graph.trig, the on-disk store and merges.json."""
    if progress:
        progress("write", 0, 1)
    dataset = to_oxigraph(resolved, runs)
    _serialize(dataset, staging / "graph.ttl", "turtle")
    _serialize(dataset, staging / "graph.trig", "trig")
    files["graph.ttl"] = files["graph.trig"] = True
    if options.store:
        from kg.store import build_store

        # straight from the in-memory dataset: graph.trig is not parsed again
        build_store(dataset, staging / STORE_DIR)
        files[STORE_DIR] = True
    del dataset
    (staging / MERGES_FILE).write_text(json.dumps(merge_report(resolved), indent=2, ensure_ascii=False) + "\n")
    files[MERGES_FILE] = True


def _write_views(staging: Path, resolved: Resolved, graph, options: BuildOptions, progress, files: dict) -> bool:
    """analysis.json, report.md with its charts, and graph.html; True when the page shows part of the graph."""
    from kg.analyze import analyze
    from kg.report import write_report
    from kg.visualize import render_explorer

    if progress:
        progress("analyze", 0, 1)
    analysis = analyze(graph)
    analysis_json = analysis.to_json()
    (staging / "analysis.json").write_text(json.dumps(analysis_json, indent=2, ensure_ascii=False) + "\n")
    files["analysis.json"] = True
    for path in write_report(analysis, staging):
        files[Path(path).name] = True

    if progress:
        progress("visualize", 0, 1)
    info = render_explorer(
        graph, staging / "graph.html", analysis=analysis_json, max_nodes=options.max_nodes,
        focus=options.focus, fact_kinds=options.fact_kinds, date_from=options.date_from, date_to=options.date_to,
        provenance=binary_fact_sentences(resolved), confidence=learned_confidence(resolved),
    )
    files["graph.html"] = True
    return bool(info.truncated)


def _serialize(dataset, path: Path, fmt: str) -> None:
    """Oxigraph's serialiser: tens of times faster than rdflib's at a million triples.

    graph.ttl is the union of the dataset's graphs without the assertion and run
    metadata, which only make sense with the named graphs of graph.trig.
    """
    from kg.store import serialize_fast

    exclude = (str(MB.Assertion), str(MB.ExtractionRun)) if fmt == "turtle" else ()
    serialize_fast(dataset, path, fmt, exclude_types=exclude)


def _staging_dir(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        # The pid in the name tells a later build whether this one is still running.
        return Path(tempfile.mkdtemp(prefix=f".staging-{os.getpid()}-", dir=out))
    except OSError as exc:
        raise OutputError(f"cannot write to the output directory: {exc.strerror or exc}", path=out) from exc


def _commit(staging: Path, out: Path, files: dict) -> None:
    """Move the staged outputs into place; directories are swapped whole.

    The previous outputs are kept in ``staging/.previous`` until every file has
    moved: interrupted (Ctrl-C) or failing half-way, the moved files are put back,
    so ``out`` holds the previous build or the new one, never a mix of both.
    """
    backup = staging / PREVIOUS_DIR
    moved: list[tuple[str, bool]] = []
    try:
        backup.mkdir()
        for name in files:
            src, dst = staging / name, out / name
            had = dst.exists()
            moved.append((name, had))
            if had and src.is_dir():
                os.replace(dst, backup / name)
            elif had:
                _keep_copy(dst, backup / name)
            os.replace(src, dst)
    except BaseException as exc:
        _roll_back(staging, out, moved)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write the outputs: {exc.strerror or exc}", path=out) from exc
        raise


def _keep_copy(path: Path, copy: Path) -> None:
    try:
        os.link(path, copy)  # the old file's bytes, without copying them
    except OSError:
        shutil.copy2(path, copy)


def _roll_back(staging: Path, out: Path, moved: list[tuple[str, bool]]) -> None:
    for name, had in reversed(moved):
        dst, old = out / name, staging / PREVIOUS_DIR / name
        if dst.is_dir() and not dst.is_symlink() and (not had or old.exists()):
            shutil.rmtree(dst, ignore_errors=True)
        if had and old.exists():
            os.replace(old, dst)
        elif not had:
            dst.unlink(missing_ok=True)


def _clear_stale(out: Path) -> None:
    """Remove what builds killed mid-way (their process is gone) left in ``out``.

    A build killed while it was moving its outputs into place (its staging
    directory holds ``.previous``) had every output staged: its move is finished.
    """
    if not out.is_dir():
        return
    for path in sorted(out.glob(".staging-*")):
        pid = path.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue  # a running build (or an old-style name): not ours to touch
        if (path / PREVIOUS_DIR).is_dir():
            try:
                for src in sorted(path.iterdir()):
                    if not src.name.startswith("."):
                        dst = out / src.name
                        if src.is_dir() and dst.is_dir():
                            shutil.rmtree(dst)
                        os.replace(src, dst)
            except OSError as exc:
                raise OutputError(f"cannot finish the outputs of a build that was killed: {exc.strerror or exc}",
                                  path=path) from exc
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def merge_report(resolved: Resolved) -> list[dict]:
    """Which names were judged to be one entity: the file users read to check and override merges."""
    return [
        {"iri_key": e.key, "name": e.name, "merged_names": sorted(e.aliases), "types": sorted(e.types),
         "articles": len(e.articles)}
        for e in sorted(resolved.entities.values(), key=lambda e: e.key)
        if e.aliases
    ]


def _count(out: Path, what: str) -> int:
    try:
        summary = json.loads((out / "analysis.json").read_text()).get("summary", {})
        return int(summary.get(what, 0))
    except (OSError, ValueError, AttributeError):
        return 0


# --- the extraction cache ------------------------------------------------------


def save_extractions(items: list[tuple[Extraction, RunInfo]], path: Path) -> None:
    """Write what every article yielded (and which run read it) as JSON lines."""
    with open(path, "w", encoding="utf-8") as fh:
        for extraction, run in sorted(items, key=lambda item: item[0].article.id):
            record = {
                "article": asdict(extraction.article),
                "run": asdict(run),
                "entities": [
                    {**asdict(e), "types": sorted(e.types), "aliases": sorted(e.aliases)} for e in extraction.entities
                ],
                "facts": [asdict(f) for f in extraction.facts],
                "topics": list(extraction.topics),
            }
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def load_extractions(path: Path) -> list[tuple[Extraction, RunInfo]]:
    """Read a cache written by :func:`save_extractions`; a missing file is an empty cache."""
    if not path.exists():
        return []
    items = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                article = Article(**r["article"])
                entities = [Entity(e["name"], set(e["types"]), set(e["aliases"]), e.get("description"))
                            for e in r["entities"]]
                facts = [
                    Fact(
                        kind=f["kind"], roles={k: tuple(v) for k, v in f["roles"].items()},
                        evidence=[Evidence(**ev) for ev in f["evidence"]], date=f.get("date"),
                        status=f.get("status"), allegations=tuple(f.get("allegations", ())),
                        title=f.get("title"), topics=tuple(f.get("topics", ())), confidence=f.get("confidence"),
                    )
                    for f in r["facts"]
                ]
                items.append((Extraction(article, entities, facts, list(r.get("topics", []))), RunInfo(**r["run"])))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"the extraction cache is damaged ({exc}); rebuild without --update", path=path) from exc
    return items
