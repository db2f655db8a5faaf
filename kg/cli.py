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


# --- commands -------------------------------------------------------------
# Each command lives in its own section below. Add a command with a small,
# local edit; keep the logic in the library module it calls.


def main() -> None:
    """Entry point of the console script: library errors become one-line messages."""
    try:
        app(standalone_mode=False)
    except MbkgError as exc:
        err_console.print(f"kg: error: {exc.one_line()}", markup=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err_console.print("kg: interrupted; previous output left as it was", markup=False)
        sys.exit(130)
    except (typer.Abort, typer.Exit) as exc:  # pragma: no cover - typer control flow
        sys.exit(getattr(exc, "exit_code", 1))
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
