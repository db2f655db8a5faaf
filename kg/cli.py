"""The ``kg`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. Errors of the library (:class:`kg.errors.MbkgError`) become one line on
stderr and a non-zero exit status; nothing here holds logic of its own.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kg.errors import MbkgError

app = typer.Typer(
    name="kg",
    help="Build, query and explore a knowledge graph of music-business news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)

DEFAULT_OUT = Path("output")


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        out_console.print(f"mbkg {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Build, query and explore a knowledge graph of music-business news."""


# --- commands -------------------------------------------------------------
# Each command lives in its own section below. Add a command with a small,
# local edit; keep the logic in the library module it calls.


# --- kg build ---------------------------------------------------------------


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt, .md, .html, .jsonl) or directories."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output directory."),
    strict: bool = typer.Option(False, "--strict", help="Fail the build when the graph violates the SHACL shapes."),
    update: bool = typer.Option(False, "--update", help="Add new articles to the graph already in --out."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Skip bad articles (listed at the end)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract on this many processes."),
    merges: Optional[Path] = typer.Option(None, "--merges", help="TOML file of entity merges and splits."),
    max_nodes: int = typer.Option(1500, "--max-nodes", help="Explorer opens on the most central N nodes."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Explorer shows this entity and its neighbourhood."),
    kind: Optional[list[str]] = typer.Option(None, "--kind", help="Explorer shows only these fact kinds."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Explorer shows facts from this date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Explorer shows facts up to this date."),
    rules_only: bool = typer.Option(False, "--rules-only",
                                    help="Extract with the rule layers alone (no facts from the learned relation model)."),
) -> None:
    """Build the knowledge graph of ARTICLES into --out (graph.ttl, graph.trig, graph.html, report.md, analysis.json)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.pipeline import BuildOptions
    from kg.pipeline import build as run_build

    options = BuildOptions(
        strict=strict, update=update, keep_going=keep_going, jobs=jobs, merges=merges, max_nodes=max_nodes,
        focus=focus, fact_kinds=set(kind) if kind else None, date_from=date_from, date_to=date_to,
        learned=not rules_only,
    )
    if err_console.is_terminal:
        with Progress(TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True) as bar:
            tasks: dict[str, object] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=max(total, 1))
                bar.update(tasks[stage], completed=done)

            result = run_build(inputs, out, options, progress=progress)
    else:
        result = run_build(inputs, out, options)
    for problem in result.skipped:
        err_console.print(f"kg: skipped {problem.one_line()}", markup=False)
    if result.new_articles == 0 and update:
        out_console.print(f"Nothing new: the graph in {out} already holds these articles.", markup=False)
        return
    out_console.print(
        f"Built {out}/ from {result.articles} articles ({result.new_articles} new): "
        f"{result.entities} entities, {result.facts} facts.", markup=False,
    )
    if result.violations:
        err_console.print(f"kg: warning: {len(result.violations)} SHACL violations (kg validate {out}/graph.ttl)",
                          markup=False)
    if result.skipped:
        err_console.print(f"kg: {len(result.skipped)} inputs skipped", markup=False)
    out_console.print(f"  open {out / 'graph.html'} in a browser to explore the graph", markup=False)
    out_console.print(f"  read {out / 'report.md'} for the briefing; query with: kg query --list", markup=False)


# --- kg explain -------------------------------------------------------------


@app.command()
def explain(
    name: str = typer.Argument(..., help="An entity's name or any of its aliases (any case)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph."),
) -> None:
    """Print what the graph knows about NAME: types, aliases, each fact with its sentence and article."""
    from kg.explain import explain as explain_entity
    from kg.store import open_store

    for entity in explain_entity(open_store(data), name):
        out_console.print(f"[bold]{_esc(entity.name)}[/bold]  <{_esc(entity.iri)}>")
        out_console.print(f"  types: {_esc(', '.join(entity.types) or '-')}")
        out_console.print(f"  also known as: {_esc(', '.join(entity.aliases) or '-')}")
        out_console.print(f"  facts: {len(entity.facts)}")
        for fact in entity.facts:
            extra = [x for x in (fact.date, fact.status) if x]
            if fact.allegations:
                extra.append("alleging " + ", ".join(fact.allegations))
            extra.append(f"{fact.source_count} source{'s' if fact.source_count != 1 else ''}")
            out_console.print(f"  - {_esc(fact.description)} [dim]({_esc('; '.join(extra))})[/dim]")
            for src in fact.sources:
                meta = ", ".join(x for x in (src.source, src.published, src.url) if x)
                out_console.print(f"      \"{_esc(src.sentence)}\"")
                out_console.print(f"      [dim]-- {_esc(src.headline)}{' (' + _esc(meta) + ')' if meta else ''}[/dim]")


# --- kg validate ------------------------------------------------------------


@app.command("validate")
def validate_cmd(
    graph_file: Path = typer.Argument(..., metavar="GRAPH_FILE",
                                      help="A graph file (.ttl, .trig, .nt, .nq, .jsonld or .rdf), or the "
                                           "output directory of kg build (its graph.trig)."),
    shapes: Optional[Path] = typer.Option(None, "--shapes", metavar="FILE",
                                          help="SHACL shapes file (default: ontology/shapes.ttl)."),
) -> None:
    """Check GRAPH_FILE against the SHACL shapes; exit 4 when it does not conform."""
    from kg.errors import ValidationError
    from kg.validate import validate_file

    from kg.validate import graph_file_in

    graph_file = graph_file_in(graph_file)
    report = validate_file(graph_file, shapes)
    n_err, n_warn = len(report.errors), len(report.warnings)
    verdict = "[green]conforms[/green]" if report.conforms else "[red]does not conform[/red]"
    out_console.print(f"{_esc(str(graph_file))} {verdict}: {n_err} violation{'s' * (n_err != 1)}, "
                      f"{n_warn} warning{'s' * (n_warn != 1)}", emoji=False)
    for v in report.violations:
        style = "red" if v.severity == "Violation" else "yellow"
        out_console.print(f"  [{style}]{_esc(v.severity)}[/{style}] {_esc(v.describe(report.graph))}", emoji=False)
    if not report.conforms:
        raise ValidationError(f"does not conform to the SHACL shapes ({n_err} violations)", path=graph_file)


# --- kg path ----------------------------------------------------------------


@app.command("path")
def path_cmd(
    a: str = typer.Argument(..., help="An entity's name or any of its aliases (any case)."),
    b: str = typer.Argument(..., help="Another entity's name or alias."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph."),
    k: int = typer.Option(3, "-k", "--paths", min=1, help="How many paths, shortest first."),
) -> None:
    """Explain how A and B are connected: the shortest chains of facts, each with its sentence."""
    from kg.analyze import load_graph, shortest_connections

    graph, dataset = load_graph(data)
    paths = shortest_connections(graph, a, b, k=k, dataset=dataset)
    if not paths:
        err_console.print(f"kg: no chain of facts links {a!r} and {b!r}", markup=False)
        raise typer.Exit(1)
    for i, found in enumerate(paths, 1):
        out_console.print(f"Path {i} ({len(found)} fact{'s' * (len(found) != 1)}): {found.describe()}",
                          markup=False, emoji=False)


# --- kg export --------------------------------------------------------------


class _ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


class _ExportView(str, Enum):
    fact = "fact"
    party = "party"


@app.command("export")
def export_cmd(
    fmt: _ExportFormat = typer.Argument(..., help="graphml or gexf (for Gephi), or csv (node and edge lists)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file; for csv, a directory (nodes.csv, edges.csv)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph."),
    view: _ExportView = typer.Option(
        _ExportView.fact, "--view",
        help="fact: entities and facts as nodes (faithful); party: facts collapsed into weighted edges.",
    ),
) -> None:
    """Write the graph for Gephi and other network tools (list attributes joined with '|')."""
    from kg.analyze import export, load_graph

    graph, _ = load_graph(data, dataset=False)
    for written in export(graph, fmt.value, out, view=view.value):
        out_console.print(f"wrote {written}", markup=False)


# --- kg eval ----------------------------------------------------------------


@app.command("eval")
def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="A directory of annotated articles: NAME.txt with NAME.json beside it."),
    min_fact_f1: float = typer.Option(0.0, "--min-fact-f1", help="Exit 1 when the total fact F1 is below this."),
    min_entity_f1: float = typer.Option(0.0, "--min-entity-f1", help="Exit 1 when the total entity F1 is below this."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="List what was missed and what was wrong."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Score the rule layers alone, without the learned one."),
) -> None:
    """Build each annotated article in process and print precision, recall and F1 against its gold."""
    from kg.evaluate import evaluate, render

    per, total = evaluate(gold_dir, learned=not rules_only)
    render(per, total, verbose=verbose, console=out_console)
    ef, ff = total.entity_prf[2], total.fact_prf[2]
    if ff < min_fact_f1 or ef < min_entity_f1:
        err_console.print(f"kg: eval: below threshold (fact F1 {ff:.2f}, entity F1 {ef:.2f})", markup=False)
        raise typer.Exit(1)


@app.command("train-relations")
def train_relations_cmd(
    gold_dirs: list[Path] = typer.Argument(..., help="Directories of annotated articles (NAME.txt with NAME.json)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the model [default: the shipped kg/data/relation_model.json]."),
    threshold: float = typer.Option(0.6, "--threshold", help="The probability a learned fact needs."),
    kind_threshold: Optional[list[str]] = typer.Option(
        None, "--kind-threshold", help="KIND=P: the probability a learned fact of KIND needs (P above 1: never)."),
    c: float = typer.Option(1.0, "--c", help="Inverse regularisation strength."),
    performer_threshold: float = typer.Option(
        0.5, "--performer-threshold",
        help="The probability the performer model needs to give a work without a performer an act named elsewhere "
             "in the article (above 1: never)."),
    cross_validate: bool = typer.Option(
        False, "--cross-validate",
        help="Instead of writing a model: leave out each directory in turn and print, per fact kind and threshold, "
             "how many learned facts the gold confirms (right/wrong)."),
) -> None:
    """Train the learned relation layer on annotated articles and write its weights."""
    from dataclasses import replace

    from kg.errors import InputError
    from kg.extract.learned import MODEL_PATH
    from kg.learn import save_model, train, training_rows_by_kind

    thresholds: dict[str, float] = {}
    for item in kind_threshold or []:
        kind, _, value = item.partition("=")
        try:
            thresholds[kind] = float(value)
        except ValueError:
            raise InputError(f"--kind-threshold {item!r} is not KIND=PROBABILITY") from None
    if performer_threshold <= 0:
        raise InputError(f"--performer-threshold {performer_threshold} is not above 0")
    by_kind = training_rows_by_kind(gold_dirs)
    rows, performer_rows = by_kind["pairs"], by_kind["performers"]
    performers_learnable = len({r.label for r in performer_rows}) == 2
    if cross_validate:
        from rich.table import Table

        from kg.learn import CV_THRESHOLDS, cross_validate_performers, precision_by_threshold, thresholds_by_precision
        from kg.learn import cross_validate as run_cv

        table = Table(title="learned facts right/wrong (leave one directory out)")
        table.add_column("kind", no_wrap=True)
        for t in CV_THRESHOLDS:
            table.add_column(f">= {t}", no_wrap=True, justify="right")
        counts_by_kind = precision_by_threshold(run_cv(rows, c=c), CV_THRESHOLDS)
        for kind, counts in counts_by_kind.items():
            table.add_row(kind, *(f"{r}/{w}" for r, w in counts))
        by_work: list[tuple[int, int]] = []
        if performers_learnable:
            by_work = precision_by_threshold(cross_validate_performers(performer_rows, c=c), CV_THRESHOLDS).get(
                "performedBy", [])
            table.add_row("performer of a work", *(f"{r}/{w}" for r, w in by_work))
        # eleven columns need more than a pipe's 80: a wider console for the table alone
        Console(highlight=False, width=max(out_console.width, 150)).print(table)
        # the documented rule, as flags for `kg train-relations` (README, "The learned layer")
        chosen = thresholds_by_precision(counts_by_kind)
        flags = " ".join(f"--kind-threshold {k}={'1.1' if t is None else t}" for k, t in chosen.items())
        if by_work:
            t = thresholds_by_precision({"performer": by_work})["performer"]
            flags += f" --performer-threshold {'1.1' if t is None else t}"
        out_console.print(f"right >= 40 % from: {flags}", markup=False, soft_wrap=True)
        return
    model = train(rows, c=c, threshold=threshold, thresholds=thresholds,
                  meta={"trained_on": sorted(p.name for p in gold_dirs)})
    if performers_learnable:  # else the articles name no work whose performer the rules missed
        model = replace(model, performer=train(performer_rows, c=c, threshold=min(performer_threshold, 1.0),
                                               thresholds={"performedBy": performer_threshold}))
    path = save_model(model, out or MODEL_PATH)
    related = sum(1 for r in rows if r.label != "none")
    works = sum(1 for r in performer_rows if r.label != "none")
    out_console.print(f"{len(rows)} pairs ({related} related), {len(performer_rows)} work-act pairs ({works} performed) "
                      f"from {len(gold_dirs)} directories; {len(model.weights)} features -> {path}", markup=False)


# --- kg query / serve / push ------------------------------------------------


@app.command("query")
def query_cmd(
    query: Optional[str] = typer.Argument(None, help="SPARQL text, a .rq file, or the name of a saved query (see --list)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph (its store/ or graph.trig)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", "-e", help="Query a SPARQL endpoint URL instead, e.g. http://localhost:7878/query."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv (SPARQL CSV) or json (SPARQL JSON results)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", "-t", help="Give up after this many seconds."),
    param: list[str] = typer.Option([], "--param", "-p", help="name=value for a ?name of the query; <IRI> or res:x for IRIs. Repeatable."),
    list_saved: bool = typer.Option(False, "--list", help="List the saved queries: the name, then what it answers."),
) -> None:
    """Run SPARQL over the built graph (every graph's facts; GRAPH ?g finds the assertions)."""
    from kg.query import list_saved_lines, parse_param, render, resolve_query, run_query

    if list_saved:
        for line in list_saved_lines():
            out_console.print(line, markup=False)
        return
    if not query:
        raise typer.BadParameter("give a query, a .rq file or a saved query name (kg query --list)")
    text, saved = resolve_query(query)
    bindings = dict(parse_param(p) for p in param)
    result = run_query(endpoint or data, text, timeout=timeout, bindings=bindings)
    render(result, fmt, console=out_console, title=saved.name if saved else None)


@app.command("serve")
def serve_cmd(
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    allow_updates: bool = typer.Option(False, "--allow-updates", help="Accept SPARQL updates and Graph Store writes (changes the store)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", "-t", help="Stop a query after this many seconds."),
) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol (read-only) with an offline query page."""
    from kg.serve import serve

    serve(data, host=host, port=port, allow_updates=allow_updates, timeout=timeout,
          announce=lambda line: out_console.print(line, markup=False))


@app.command("push")
def push_cmd(
    endpoint: str = typer.Option(..., "--endpoint", "-e", help="Graph Store Protocol URL, e.g. http://localhost:7878/store or http://localhost:3030/ds/data."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Directory of a built graph."),
    mode: str = typer.Option("auto", "--mode", help="graphs (one request per graph), dataset (one TriG POST) or auto."),
    replace: bool = typer.Option(False, "--replace", help="PUT each graph (replace it) instead of POST (add to it)."),
    timeout: float = typer.Option(60.0, "--timeout", "-t", help="Seconds to wait for each request."),
) -> None:
    """Load the graph (default graph and every named graph) into a SPARQL Graph Store."""
    from kg.push import push

    report = push(data, endpoint, mode=mode, replace=replace, timeout=timeout)
    out_console.print(report.summary(), markup=False)


def _esc(text: str) -> str:
    """Article text is untrusted: never let it be read as Rich markup."""
    from rich.markup import escape

    return escape(text)


def main() -> None:
    """Entry point of the console script: library errors become one-line messages."""
    try:
        app()  # standalone: usage errors print click's message and exit 2
    except MbkgError as exc:
        err_console.print(f"kg: error: {exc.one_line()}", markup=False)
        sys.exit(exc.exit_code)
    except OSError as exc:  # the machine failed us (disk full, I/O error): one line, not a traceback
        from kg.errors import OutputError

        where = f"{exc.filename}: " if exc.filename else ""
        err_console.print(f"kg: error: {where}{exc.strerror or exc}", markup=False)
        sys.exit(OutputError.exit_code)
    except KeyboardInterrupt:
        err_console.print("kg: interrupted; previous output left as it was", markup=False)
        sys.exit(130)
    except SystemExit as exc:
        if exc.code == 130:  # Typer turns Ctrl-C into a silent exit 130: say what happened
            err_console.print("kg: interrupted; previous output left as it was", markup=False)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
