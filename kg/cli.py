"""The ``kg`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. Errors of the library (:class:`kg.errors.MbkgError`) become one line on
stderr and a non-zero exit status; nothing here holds logic of its own.
"""
from __future__ import annotations

import sys
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
) -> None:
    """Build the knowledge graph of ARTICLES into --out (graph.ttl, graph.trig, graph.html, report.md, analysis.json)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.pipeline import BuildOptions
    from kg.pipeline import build as run_build

    options = BuildOptions(
        strict=strict, update=update, keep_going=keep_going, jobs=jobs, merges=merges, max_nodes=max_nodes,
        focus=focus, fact_kinds=set(kind) if kind else None, date_from=date_from, date_to=date_to,
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
    except KeyboardInterrupt:
        err_console.print("kg: interrupted; previous output left as it was", markup=False)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
