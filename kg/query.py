"""SPARQL over the built graph: the embedded store, rdflib graphs, or a remote endpoint.

:func:`run_query` is the one entry point. Where it runs depends on ``source``:

- a data directory (``output/``): the on-disk Oxigraph store ``DIR/store``
  (opened read-only), or ``DIR/graph.trig`` parsed into memory when there is
  no store (see :func:`kg.store.open_store`);
- a ``pyoxigraph.Store``: that store;
- an rdflib ``Graph``/``Dataset``: rdflib's own engine (or Oxigraph's, when the
  graph is backed by oxrdflib);
- an ``http(s)://`` URL: a SPARQL 1.1 Protocol endpoint (POST, stdlib urllib).

Locally, the default graph is the merged graph of every graph, each triple
once (a build's store holds it as its default graph, see
:func:`kg.store.query_options`), so plain patterns see every fact once and
``GRAPH ?g`` still finds the assertion graphs. An rdflib dataset is queried
over its union, which keeps one copy of a triple per graph that holds it:
count with ``DISTINCT`` there.
The prefixes of :data:`kg.store.PREFIXES` (``mb:``, ``res:``, ``rdfs:`` ...)
are predeclared everywhere.

Parameters (``bindings``) are never pasted into the query text as strings:
the local engines take them as pre-bound values (pyoxigraph ``substitutions``,
rdflib ``initBindings``); for an endpoint they go into a trailing ``VALUES``
clause made of RDF terms that pyoxigraph has validated and escaped.

Timeouts: a query on a data directory runs in a child process that is killed
when the time is up; on an in-memory store or rdflib graph it runs in a
thread that is abandoned (Python cannot stop it; it finishes in the
background, which is fine for the command line that exits right away); on an
endpoint the HTTP request is given up.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib import Literal as RdfLiteral
from rdflib import URIRef
from rdflib.graph import Dataset
from rdflib.term import Node

import kg
from kg.errors import EndpointError, NotFoundError, QueryError
from kg.store import PREFIXES, STORE_DIRNAME, TRIG_NAME, _to_ox_term, open_store, query_options

#: Where the saved queries live: ``queries/*.rq`` at the top of the repository.
QUERIES_DIR = Path(kg.__file__).resolve().parent.parent / "queries"

#: What :func:`run_query` accepts as ``source``.
QuerySource = Union[str, os.PathLike, ox.Store, Graph]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    _XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    )
}
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_OX_ERROR_AT = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.S)


# --- results ------------------------------------------------------------------


def term_to_python(term: Any) -> Any:
    """A result term as a plain Python value.

    IRIs and blank nodes become strings (``"_:b0"`` for blank nodes); numeric,
    boolean and date literals become ``int``, ``Decimal``, ``float``,
    ``bool``, ``datetime.date``/``datetime``; other literals their text;
    unbound values ``None``.

    Examples
    --------
    >>> term_to_python(ox.Literal("42", datatype=ox.NamedNode(_XSD + "integer")))
    42
    >>> term_to_python(ox.NamedNode("https://w3id.org/mbkg/resource/drake"))
    'https://w3id.org/mbkg/resource/drake'
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value
        value = term.value
        try:
            if dtype in _INTEGER_TYPES:
                return int(value)
            if dtype == _XSD + "decimal":
                return Decimal(value)
            if dtype in (_XSD + "double", _XSD + "float"):
                return float(value)
            if dtype == _XSD + "boolean":
                return value in ("true", "1")
            if dtype == _XSD + "date":
                return dt.date.fromisoformat(value)
            if dtype == _XSD + "dateTime":
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except (ValueError, InvalidOperation):
            return value  # an ill-typed literal: keep its text
        return value
    return str(term)  # RDF-star triples


def compact_iri(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """``iri`` shortened with a known prefix (``res:drake``), else unchanged.

    Examples
    --------
    >>> compact_iri("https://w3id.org/mbkg/ontology#Dispute")
    'mb:Dispute'
    """
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _json_term(term: Any) -> dict[str, Any]:
    """One term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def _text(term: Any) -> str:
    """The text of a term for CSV (full IRIs) and tables."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


@dataclass
class QueryResult:
    """The answer to a query.

    Attributes
    ----------
    variables
        Column names: the projected variables of a ``SELECT``; ``subject``,
        ``predicate``, ``object`` for ``CONSTRUCT``/``DESCRIBE``; empty for ``ASK``.
    terms
        One tuple per row, of pyoxigraph terms (``None`` when unbound).
    kind
        ``"select"``, ``"ask"`` or ``"graph"``.
    boolean
        The answer of an ``ASK`` query, else ``None``.
    """

    variables: list[str]
    terms: list[tuple[Any, ...]] = field(default_factory=list)
    kind: str = "select"
    boolean: bool | None = None

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        """The rows as Python values (see :func:`term_to_python`)."""
        return [tuple(term_to_python(t) for t in row) for row in self.terms]

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts of Python values, keyed by variable (unbound left out)."""
        return [
            {v: term_to_python(t) for v, t in zip(self.variables, row) if t is not None}
            for row in self.terms
        ]

    def column(self, name: str) -> list[Any]:
        """The Python values of one column."""
        i = self.variables.index(name)
        return [term_to_python(row[i]) for row in self.terms]

    def __len__(self) -> int:
        return len(self.terms)

    def to_table(self, title: str | None = None):
        """The result as a Rich table (IRIs shortened with known prefixes).

        Cell text is never read as Rich markup, so article text shows as is.
        """
        from rich.table import Table
        from rich.text import Text

        if self.kind == "ask":
            table = Table("answer", title=title)
            table.add_row(Text("yes" if self.boolean else "no"))
            return table
        table = Table(*self.variables, title=title, caption=f"{len(self.terms)} rows")
        for row in self.terms:
            cells = []
            for t in row:
                shown = compact_iri(t.value) if isinstance(t, ox.NamedNode) else _text(t)
                cells.append(Text(shown))
            table.add_row(*cells)
        return table

    def to_csv(self) -> str:
        """The result in the SPARQL 1.1 CSV results format (full IRIs, CRLF lines)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        if self.kind == "ask":
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return out.getvalue()
        writer.writerow(self.variables)
        for row in self.terms:
            writer.writerow([_text(t) for t in row])
        return out.getvalue()

    def to_json(self) -> str:
        """The result in the SPARQL 1.1 Query Results JSON format.

        ``CONSTRUCT``/``DESCRIBE`` results are given as a table of
        ``subject``, ``predicate``, ``object`` in the same format.
        """
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = [
            {v: _json_term(t) for v, t in zip(self.variables, row) if t is not None}
            for row in self.terms
        ]
        return json.dumps(
            {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}},
            ensure_ascii=False,
        )


def _from_ox_results(results: Any) -> QueryResult:
    """A :class:`QueryResult` from what pyoxigraph's ``query``/``parse_query_results`` return."""
    if isinstance(results, ox.QueryBoolean):
        return QueryResult([], [], kind="ask", boolean=bool(results))
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        rows = [tuple(sol[i] for i in range(len(names))) for sol in results]
        return QueryResult(names, rows, kind="select")
    rows = [(t.subject, t.predicate, t.object) for t in results]
    return QueryResult(["subject", "predicate", "object"], rows, kind="graph")


def _from_rdflib_results(results: Any) -> QueryResult:
    cache: dict = {}

    def conv(t: Any) -> Any:
        return None if t is None else _to_ox_term(t, cache)

    if results.type == "ASK":
        return QueryResult([], [], kind="ask", boolean=bool(results.askAnswer))
    if results.type == "SELECT":
        names = [str(v) for v in results.vars]
        rows = [tuple(conv(row[i]) for i in range(len(names))) for row in results]
        return QueryResult(names, rows, kind="select")
    rows = [(conv(s), conv(p), conv(o)) for s, p, o in results.graph]
    return QueryResult(["subject", "predicate", "object"], rows, kind="graph")


# --- bindings -----------------------------------------------------------------


def to_term(value: Any) -> Any:
    """A Python or rdflib value as a pyoxigraph term, for ``bindings``.

    ``str`` becomes a plain string literal (never an IRI: use ``URIRef`` or
    :func:`parse_param` for that); numbers, booleans and dates typed literals.

    Examples
    --------
    >>> to_term("Drake")
    <Literal value=Drake datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> to_term(URIRef("https://w3id.org/mbkg/resource/drake")).value
    'https://w3id.org/mbkg/resource/drake'
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if not isinstance(value, Node):
        value = RdfLiteral(value)
    try:
        return _to_ox_term(value, {})
    except ValueError as exc:
        raise QueryError(f"not a valid RDF term {str(value)!r}: {exc}") from exc


def parse_param(text: str) -> tuple[str, Any]:
    """Read one ``--param name=value`` of the command line.

    ``value`` is an IRI when written ``<...>`` or as a prefixed name with a
    known prefix (``res:drake``), else a plain string literal.

    Examples
    --------
    >>> parse_param("claimant=Drake")
    ('claimant', rdflib.term.Literal('Drake'))
    >>> parse_param("entity=res:drake")
    ('entity', rdflib.term.URIRef('https://w3id.org/mbkg/resource/drake'))
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VAR_NAME.match(name):
        raise QueryError(f"bad --param {text!r}: write name=value")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and local and not local.startswith("/") and " " not in local:
        return name, URIRef(PREFIXES[prefix] + local)
    return name, RdfLiteral(value)


def _check_bindings(sparql: str, bindings: dict[str, Any] | None) -> dict[str, Any]:
    """Validated bindings as pyoxigraph terms; each name must be a variable of the query."""
    out: dict[str, Any] = {}
    for name, value in (bindings or {}).items():
        var = str(name).lstrip("?$")
        if not _VAR_NAME.match(var):
            raise QueryError(f"bad parameter name {name!r}")
        if not re.search(rf"[?$]{re.escape(var)}\b", sparql):
            raise QueryError(f"unknown parameter {var!r}: the query has no variable ?{var}")
        out[var] = to_term(value)
    return out


def _values_clause(bound: dict[str, Any]) -> str:
    """A trailing ``VALUES`` clause; the terms' N-Triples forms are escaped by pyoxigraph."""
    names = " ".join(f"?{v}" for v in bound)
    values = " ".join(str(t) for t in bound.values())
    return f"\nVALUES ({names}) {{ ({values}) }}"


# What the scanner of :func:`_where_start` steps over as a whole: comments, strings, IRIs.
_SKIP = re.compile(
    r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^\s<>]*>',
    re.S,
)


def _where_start(sparql: str) -> int | None:
    """The index just after the ``{`` that opens the query's top-level WHERE group, or ``None``.

    Skips comments, strings and IRIs, and a ``CONSTRUCT`` template. ``None`` when the
    text does not look like one query (the caller then leaves it as it is).
    """
    form = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", sparql, re.I)
    skip_template = bool(form) and form.group(1).upper() == "CONSTRUCT"
    i, depth = 0, 0
    while i < len(sparql):
        m = _SKIP.match(sparql, i)
        if m and m.end() > i:
            i = m.end()
            continue
        ch = sparql[i]
        if ch == "{":
            if depth == 0 and not skip_template:
                return i + 1
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and skip_template:
                # CONSTRUCT { template } WHERE { ... }: the template does not count
                # (the short form CONSTRUCT WHERE { ... } then finds no group: None)
                skip_template = False
            if depth < 0:
                return None
        i += 1
    return None


def _with_leading_values(sparql: str, bound: dict[str, Any]) -> str | None:
    """``sparql`` with the bound values as a ``VALUES`` block opening its WHERE group.

    Oxigraph plans a query before it sees ``substitutions``, so a pattern on a
    bound variable looks unselective and the plan may scan every fact (35 ms
    instead of 0.4 ms for ``acquisitions`` at a million triples). A ``VALUES``
    block at the start of the WHERE group is known to the planner. The terms
    are written in their N-Triples form, which pyoxigraph escapes.
    """
    if not bound:
        return sparql
    if len(re.findall(r"\bSELECT\b", sparql, re.I)) > 1:
        # a sub-SELECT does not see a VALUES block outside it: Oxigraph would compute the
        # sub-SELECT whole and join afterwards, slower than with substitutions (timeline)
        return None
    start = _where_start(sparql)
    if start is None:
        return None
    names = " ".join(f"?{v}" for v in bound)
    values = " ".join(str(t) for t in bound.values())
    return f"{sparql[:start]} VALUES ({names}) {{ ({values}) }} {sparql[start:]}"


# --- errors -------------------------------------------------------------------


def _syntax_error(message: str, *, line_shift: int = 0, path: str | None = None) -> QueryError:
    """A :class:`QueryError` naming the line and column of a SPARQL syntax error."""
    m = _OX_ERROR_AT.search(message)
    if m:
        line, col, rest = int(m.group(1)) - line_shift, int(m.group(2)), m.group(3).strip()
        if "Prefix not found" in rest:
            rest = "undeclared prefix"
        elif len(rest) > 200:
            rest = rest[:200] + "..."
        return QueryError(f"SPARQL syntax error at line {line}, column {col}: {rest}", path=path)
    return QueryError(f"SPARQL syntax error: {message}", path=path)


# --- engines --------------------------------------------------------------------


def query_store(store: ox.Store, sparql: str, bound: dict[str, Any] | None = None):
    """Run ``sparql`` on ``store``, with ``bound`` values where Oxigraph's planner sees them.

    The values (variable name -> pyoxigraph term) open the WHERE group as a ``VALUES``
    block (:func:`_with_leading_values`); where the text has no such place, they are
    substitutions, and variables that Oxigraph cannot substitute (not projected) are
    joined with a trailing ``VALUES`` clause. The default graph is the store's merged
    graph (:func:`kg.store.query_options`); the prefixes of :data:`PREFIXES` are declared.

    Returns pyoxigraph's results and raises what pyoxigraph raises (``SyntaxError``
    against the caller's own text).

    Examples
    --------
    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x")))
    >>> [str(r["o"]) for r in query_store(s, "SELECT ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode("urn:a")})]
    ['"x"']
    """
    bound = bound or {}
    options = query_options(store)
    leading = _with_leading_values(sparql, bound) if bound else None
    if leading is not None:
        try:
            return store.query(leading, prefixes=PREFIXES, **options)
        except SyntaxError:
            pass  # report the error against the caller's own text, below
    subs = {ox.Variable(k): v for k, v in bound.items()}
    try:
        return store.query(sparql, prefixes=PREFIXES, substitutions=subs or None, **options)
    except (ValueError, RuntimeError) as exc:
        # Oxigraph substitutes only projected variables; join the others with VALUES.
        if not subs or "does not contain" not in str(exc):
            raise
        return store.query(sparql + _values_clause(bound), prefixes=PREFIXES, **options)


def _run_store(store: ox.Store, sparql: str, bound: dict[str, Any]) -> QueryResult:
    try:
        return _from_ox_results(query_store(store, sparql, bound))
    except SyntaxError as exc:
        raise _syntax_error(exc.msg or str(exc)) from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


def _to_rdflib_term(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (for rdflib's ``initBindings``)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return RdfLiteral(term.value, lang=term.language)
    if term.datatype.value == _XSD + "string":
        return RdfLiteral(term.value)
    return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))


def _run_rdflib(graph: Graph, sparql: str, bound: dict[str, Any]) -> QueryResult:
    from pyparsing import ParseException

    init = {k: _to_rdflib_term(v) for k, v in bound.items()}
    restore = None
    if isinstance(graph, Dataset) and not graph.default_union:
        restore, graph.default_union = graph.default_union, True
    try:
        return _from_rdflib_results(graph.query(sparql, initNs=PREFIXES, initBindings=init))
    except ParseException as exc:
        raise QueryError(
            f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}"
        ) from exc
    except SyntaxError as exc:  # an oxrdflib-backed graph: pyoxigraph's message
        raise _syntax_error(exc.msg or str(exc)) from exc
    except Exception as exc:  # rdflib raises bare Exceptions (e.g. an unknown prefix)
        raise QueryError(f"query failed: {exc}") from exc
    finally:
        if restore is not None:
            graph.default_union = restore


def _with_timeout(fn, timeout: float | None):
    """Run ``fn()`` in a thread; give up after ``timeout`` seconds (the thread is abandoned)."""
    if timeout is None:
        return fn()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name="kg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"query timed out after {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


# A child process for queries on a data directory with a timeout: it only
# needs pyoxigraph (fast to start) and is killed when the time is up.
_WORKER = r"""
import json, sys
import pyoxigraph as ox
from kg.store import query_options
job = json.loads(sys.stdin.read())
try:
    if job["mode"] == "store":
        store = ox.Store.read_only(job["path"])
    else:
        store = ox.Store()
        store.bulk_load(path=job["path"], format=ox.RdfFormat.TRIG)
    subs = {}
    for name, nt in job["bindings"].items():
        triple = next(iter(ox.parse(input="<urn:x:s> <urn:x:p> " + nt + " .", format=ox.RdfFormat.N_TRIPLES)))
        subs[ox.Variable(name)] = triple.object
    try:
        res = store.query(job["sparql"], prefixes=job["prefixes"], substitutions=subs or None,
                          **query_options(store))
    except (ValueError, RuntimeError) as exc:
        if not subs or "does not contain" not in str(exc):
            raise
        res = store.query(job["sparql"] + job["values"], prefixes=job["prefixes"], **query_options(store))
    out = sys.stdout.buffer
    if isinstance(res, ox.QueryTriples):
        out.write(b"graph\n"); res.serialize(out, ox.RdfFormat.N_TRIPLES)
    else:
        out.write(b"results\n"); res.serialize(out, ox.QueryResultsFormat.JSON)
    out.flush()
except SyntaxError as exc:
    sys.stderr.write(json.dumps({"syntax": exc.msg or str(exc)})); sys.exit(5)
except Exception as exc:
    sys.stderr.write(json.dumps({"error": str(exc)})); sys.exit(5)
"""


def _locate(data_dir: Path) -> tuple[str, Path]:
    for candidate in (data_dir / STORE_DIRNAME, data_dir):
        if (candidate / "CURRENT").is_file():
            return "store", candidate
    if (data_dir / TRIG_NAME).is_file():
        return "trig", data_dir / TRIG_NAME
    raise NotFoundError(f"no graph in {data_dir}: run `kg build` first")


def _run_dir_with_timeout(data_dir: Path, sparql: str, bound: dict[str, Any], timeout: float) -> QueryResult:
    mode, path = _locate(data_dir)
    job = {
        "mode": mode,
        "path": str(path),
        "sparql": sparql,
        "prefixes": PREFIXES,
        "bindings": {k: str(v) for k, v in bound.items()},
        "values": _values_clause(bound) if bound else "",
    }
    leading = _with_leading_values(sparql, bound) if bound else None
    if leading is not None:  # the planner sees the values (see _with_leading_values)
        job.update(sparql=leading, bindings={}, values="")
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        out, err = proc.communicate(json.dumps(job).encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise QueryError(f"query timed out after {timeout:g} s") from None
    if proc.returncode != 0:
        try:
            problem = json.loads(err.decode("utf-8", "replace"))
        except ValueError:
            problem = {"error": err.decode("utf-8", "replace").strip().splitlines()[-1:] or "crashed"}
        if "syntax" in problem:
            raise _syntax_error(problem["syntax"])
        raise QueryError(f"query failed: {problem.get('error')}")
    kind, _, body = out.partition(b"\n")
    if kind == b"graph":
        return _from_ox_results(ox.parse(input=body, format=ox.RdfFormat.N_TRIPLES))
    return _from_ox_results(ox.parse_query_results(input=body, format=ox.QueryResultsFormat.JSON))


# --- endpoints ------------------------------------------------------------------

_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def is_endpoint(source: Any) -> bool:
    """Whether ``source`` is an ``http(s)://`` URL (an endpoint, not a data directory)."""
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _prefix_line() -> str:
    # One line, so error positions shift by exactly one line.
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


def http_error(url: str, exc: Exception) -> EndpointError:
    """An :class:`EndpointError` naming the URL and why the request failed."""
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read(2000).decode("utf-8", "replace").strip()
        except OSError:
            body = ""
        first = body.splitlines()[0] if body else ""
        detail = f": {first[:300]}" if first else ""
        return EndpointError(f"{url} answered HTTP {exc.code} {exc.reason}{detail}")
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, OSError) and reason.strerror:
        reason = reason.strerror
    return EndpointError(f"cannot reach {url}: {reason}")


def _run_endpoint(url: str, sparql: str, bound: dict[str, Any], timeout: float | None) -> QueryResult:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise EndpointError(f"not an http(s) endpoint URL: {url}")
    text = _prefix_line() + sparql + (_values_clause(bound) if bound else "")
    data = urllib.parse.urlencode({"query": text}).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9, "
            "text/turtle;q=0.8, application/sparql-results+xml;q=0.5",
            "User-Agent": f"mbkg/{kg.__version__}",
        },
    )
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            chunks = []
            while chunk := response.read(1 << 16):
                chunks.append(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError
            body = b"".join(chunks)
    except urllib.error.HTTPError as exc:
        message = ""
        try:
            message = exc.read(2000).decode("utf-8", "replace")
        except OSError:
            pass
        if exc.code == 400 and _OX_ERROR_AT.search(message):
            raise _syntax_error(message.strip().splitlines()[0], line_shift=1) from exc
        first = message.strip().splitlines()[0][:300] if message.strip() else ""
        raise EndpointError(
            f"{url} answered HTTP {exc.code} {exc.reason}" + (f": {first}" if first else "")
        ) from exc
    except TimeoutError as exc:
        raise QueryError(f"query timed out after {timeout:g} s at {url}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise QueryError(f"query timed out after {timeout:g} s at {url}") from exc
        raise http_error(url, exc) from exc
    except OSError as exc:
        raise EndpointError(f"cannot reach {url}: {exc.strerror or exc}") from exc
    try:
        if ctype in _RESULT_TYPES:
            return _from_ox_results(ox.parse_query_results(input=body, format=_RESULT_TYPES[ctype]))
        if ctype in _GRAPH_TYPES:
            return _from_ox_results(ox.parse(input=body, format=_GRAPH_TYPES[ctype]))
    except (SyntaxError, ValueError) as exc:
        raise EndpointError(f"{url} sent results that cannot be read ({ctype}): {exc}") from exc
    raise EndpointError(f"{url} answered with {ctype or 'no content type'}, not SPARQL results")


# --- entry point -------------------------------------------------------------------


def run_query(
    source: QuerySource,
    sparql: str,
    *,
    timeout: float | None = None,
    bindings: dict[str, Any] | None = None,
) -> QueryResult:
    """Run a SPARQL query on a graph and return its result.

    Parameters
    ----------
    source
        A data directory written by ``kg build``, a ``pyoxigraph.Store``, an
        rdflib ``Graph``/``Dataset``, or the ``http(s)://`` URL of a SPARQL
        1.1 Protocol query endpoint.
    sparql
        The query (``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``). The
        prefixes ``mb:``, ``res:``, ``rdf:``, ``rdfs:``, ``skos:``, ``xsd:``
        and ``prov:`` need not be declared.
    timeout
        Seconds after which the query is given up (:class:`QueryError`).
    bindings
        Values for variables of the query (``{"claimantName": "Drake"}``):
        ``str`` is a plain literal; use ``rdflib.URIRef`` (or a pyoxigraph
        term) for IRIs.

    Returns
    -------
    QueryResult

    Raises
    ------
    QueryError
        A syntax error (with line and column), an unknown parameter, a
        timeout, or a query that fails.
    EndpointError
        An endpoint that cannot be reached or refuses the query.
    NotFoundError
        A data directory without a built graph.

    Examples
    --------
    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("urn:drake"), ox.NamedNode(PREFIXES["rdfs"] + "label"),
    ...               ox.Literal("Drake"), ox.NamedNode("urn:g")))
    >>> run_query(s, "SELECT ?x WHERE { ?x rdfs:label ?name }", bindings={"name": "Drake"}).rows
    [('urn:drake',)]
    """
    if not isinstance(sparql, str) or not sparql.strip():
        raise QueryError("empty query")
    bound = _check_bindings(sparql, bindings)
    if timeout is not None and timeout <= 0:
        raise QueryError(f"timeout must be positive, not {timeout:g}")
    if is_endpoint(source):
        return _run_endpoint(str(source), sparql, bound, timeout)
    if isinstance(source, (str, os.PathLike)):
        data_dir = Path(source)
        if timeout is not None:
            return _run_dir_with_timeout(data_dir, sparql, bound, timeout)
        return _run_store(open_store(data_dir), sparql, bound)
    if isinstance(source, ox.Store):
        return _with_timeout(lambda: _run_store(source, sparql, bound), timeout)
    if isinstance(source, Graph):
        return _with_timeout(lambda: _run_rdflib(source, sparql, bound), timeout)
    raise QueryError(f"cannot query a {type(source).__name__}: give a data directory, store, graph or URL")


# --- saved queries ---------------------------------------------------------------


@dataclass(frozen=True)
class SavedQuery:
    """A query shipped in ``queries/NAME.rq``.

    Attributes
    ----------
    name
        The file name without ``.rq``.
    description
        What it answers: the first paragraph of the file's opening comment.
    path
        The file.
    text
        The query text.
    params
        Its parameters (``# param ?name: what it is`` lines), name -> description.
    """

    name: str
    description: str
    path: Path
    text: str
    params: dict[str, str] = field(default_factory=dict)


_PARAM_LINE = re.compile(r"^#\s*param\s+[?$]([A-Za-z_][A-Za-z0-9_]*)\s*:?\s*(.*)$")


def read_saved_query(path: str | os.PathLike) -> SavedQuery:
    """Read one ``.rq`` file: its description and parameters from the opening comment.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "labels.rq"
    >>> _ = p.write_text("# Every label.\\n# param ?name: its name\\nSELECT * { ?x rdfs:label ?name }")
    >>> q = read_saved_query(p)
    >>> (q.name, q.description, q.params)
    ('labels', 'Every label.', {'name': 'its name'})
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query: {exc}", path=p) from exc
    description: list[str] = []
    params: dict[str, str] = {}
    in_description = True
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        m = _PARAM_LINE.match(stripped)
        if m:
            params[m.group(1)] = m.group(2).strip()
            in_description = False
            continue
        body = stripped.lstrip("#").strip()
        if not body:
            in_description = in_description and not description
            continue
        if in_description:
            description.append(body)
    return SavedQuery(p.stem, " ".join(description), p, text, params)


def saved_queries(directory: str | os.PathLike | None = None) -> dict[str, SavedQuery]:
    """The saved queries of ``queries/*.rq``, by name, sorted.

    Examples
    --------
    >>> "disputes" in saved_queries()
    True
    """
    root = Path(directory) if directory is not None else QUERIES_DIR
    if not root.is_dir():
        return {}
    return {p.stem: read_saved_query(p) for p in sorted(root.glob("*.rq"))}


_QUERY_START = re.compile(r"^\s*(#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def resolve_query(arg: str, directory: str | os.PathLike | None = None) -> tuple[str, SavedQuery | None]:
    """The query text meant by a command-line argument.

    ``arg`` is a ``.rq`` file, the name of a saved query, or SPARQL text.

    Returns
    -------
    tuple
        The text and, for a saved query or a file, its :class:`SavedQuery`.

    Examples
    --------
    >>> resolve_query("SELECT * WHERE { ?s ?p ?o }")[0]
    'SELECT * WHERE { ?s ?p ?o }'
    >>> resolve_query("disputes")[1].name
    'disputes'
    """
    if _QUERY_START.match(arg):
        return arg, None
    saved = saved_queries(directory)
    name = arg[:-3] if arg.endswith(".rq") and "/" not in arg else arg
    if arg.endswith(".rq") or os.sep in arg or "/" in arg:
        p = Path(arg)
        if p.is_file():
            q = read_saved_query(p)
            return q.text, q
        if name in saved:
            return saved[name].text, saved[name]
        raise QueryError("no such query file", path=arg)
    if name in saved:
        return saved[name].text, saved[name]
    if "{" in arg:  # SPARQL without a leading keyword: let the parser say what is wrong
        return arg, None
    raise QueryError(f"unknown saved query {arg!r}: `kg query --list` shows them")


def run_saved(source: QuerySource, name: str, **kwargs: Any) -> QueryResult:
    """Run the saved query ``name`` (see :func:`saved_queries`) on ``source``."""
    saved = saved_queries()
    if name not in saved:
        raise QueryError(f"unknown saved query {name!r}: `kg query --list` shows them")
    try:
        return run_query(source, saved[name].text, **kwargs)
    except QueryError as exc:
        if exc.path is None and "syntax error" in exc.message:
            raise QueryError(exc.message, path=saved[name].path) from exc
        raise


__all__ = [
    "QueryResult", "SavedQuery", "run_query", "run_saved", "saved_queries", "read_saved_query",
    "resolve_query", "parse_param", "to_term", "term_to_python", "compact_iri", "is_endpoint",
]


# --- command-line helpers ----------------------------------------------------------

FORMATS = ("table", "csv", "json")


def list_saved_lines(directory: str | os.PathLike | None = None) -> list[str]:
    """One line per saved query: its name, then what it answers (and its parameters)."""
    lines = []
    for q in saved_queries(directory).values():
        params = f" [params: {', '.join('?' + p for p in q.params)}]" if q.params else ""
        lines.append(f"{q.name}: {q.description}{params}")
    return lines


def render(result: QueryResult, fmt: str, *, console=None, title: str | None = None) -> None:
    """Print ``result`` as a Rich table, SPARQL CSV or SPARQL JSON on stdout."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: use table, csv or json")
    if fmt == "table":
        from rich.console import Console

        (console or Console(highlight=False)).print(result.to_table(title=title))
    elif fmt == "csv":
        sys.stdout.write(result.to_csv())
    else:
        sys.stdout.write(result.to_json() + "\n")
    sys.stdout.flush()
