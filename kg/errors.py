"""One hierarchy of errors for the whole library.

The CLI turns every :class:`MbkgError` into a one-line message on stderr and a
non-zero exit status; anything else is a bug.
"""
from __future__ import annotations

from pathlib import Path


class MbkgError(Exception):
    """Base class of every error mbkg raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + " ".join(str(self.message).split())


class InputError(MbkgError):
    """An article file or directory that cannot be read as articles."""

    exit_code = 2


class OutputError(MbkgError):
    """An output directory or file that cannot be written."""

    exit_code = 3


class ValidationError(MbkgError):
    """A graph that violates the SHACL shapes (raised with ``--strict``)."""

    exit_code = 4


class QueryError(MbkgError):
    """A SPARQL query that cannot be parsed or run, or an unknown saved query."""

    exit_code = 5


class EndpointError(MbkgError):
    """A remote SPARQL endpoint that cannot be reached or refuses the request."""

    exit_code = 6


class NotFoundError(MbkgError):
    """A name or graph that is not there (no built graph, unknown entity)."""

    exit_code = 7
