"""Check a graph against the ontology's SHACL shapes.

The shapes (``ontology/shapes.ttl``) say what a graph built by mbkg must look
like (docs/graph-shape.md). :func:`validate` runs them with pySHACL, with the
ontology (``ontology/mbkg.ttl``) mixed into a copy of the data so that
``sh:targetClass`` and ``sh:class`` follow ``rdfs:subClassOf``: a
``mb:RecordLabel`` is checked as an ``mb:Organization``.

No inference is run: RDFS domain/range inference would, for instance, type the
subject of ``mb:worksFor`` as an ``mb:Person`` and so hide the very errors the
shapes look for (and it is slower, see benchmarks/bench_validate.py).

Shapes of severity ``sh:Warning`` are reported but do not make a graph fail.

Example
-------
>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.namespace import MB, RES
>>> g = Graph()
>>> _ = g.add((RES.drake, RDF.type, MB.Artist))
>>> validate(g).conforms   # no rdfs:label
False
>>> _ = g.add((RES.drake, RDFS.label, Literal("Drake")))
>>> validate(g).conforms
True
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import SH
from rdflib.term import Node

import kg
from kg.errors import InputError, NotFoundError
from kg.namespace import MB

#: Environment variable that points at another ontology directory.
ONTOLOGY_DIR_ENV = "MBKG_ONTOLOGY_DIR"

#: Parser format by file suffix.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
#: Formats that hold a dataset (named graphs) rather than one graph.
DATASET_FORMATS = {"trig", "nquads", "json-ld"}
#: Formats with one statement per line (their parser does not say which line is bad).
LINE_FORMATS = {"nt", "nquads"}

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def ontology_dir() -> Path:
    """The directory holding the ontology files.

    ``$MBKG_ONTOLOGY_DIR`` when set, else ``ontology/`` at the top of the
    repository (next to the ``kg`` package).
    """
    override = os.environ.get(ONTOLOGY_DIR_ENV)
    if override:
        return Path(override)
    return Path(kg.__file__).resolve().parent.parent / "ontology"


def _load_ttl(name: str) -> Graph:
    path = ontology_dir() / name
    if not path.is_file():
        raise NotFoundError(f"ontology file not found (set {ONTOLOGY_DIR_ENV} to its directory)", path=path)
    return _parse_cached(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _parse_cached(path: str, mtime_ns: int) -> Graph:
    # Keyed by modification time so that an edited file is read again.
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of syntax error
        raise InputError(f"cannot parse ontology file: {_one_line(exc)}", path=path) from exc
    return graph


def load_ontology() -> Graph:
    """The ontology (``mbkg.ttl``): classes, properties and the class hierarchy.

    The graph is shared between calls: copy it before changing it.

    Example
    -------
    >>> from kg.namespace import MB
    >>> from rdflib import RDFS
    >>> (MB.RecordLabel, RDFS.subClassOf, MB.Organization) in load_ontology()
    True
    """
    return _load_ttl("mbkg.ttl")


def load_shapes() -> Graph:
    """The SHACL shapes (``shapes.ttl``). Shared between calls: copy before changing."""
    return _load_ttl("shapes.ttl")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus_node: Node
    path: str | None  # the property, as a prefixed name where one is bound
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: Node | None = None  # the offending value, where there is one
    shape: str | None = None  # the shape that reported it

    def describe(self, graph: Graph | None = None) -> str:
        """``focus [path]: message (value: ...)``, IRIs shortened with ``graph``'s prefixes."""
        focus = _short(self.focus_node, graph)
        where = f" {self.path}" if self.path else ""
        shown = ""
        if self.value is not None and self.value != self.focus_node:
            shown = f" (value: {_short(self.value, graph)})"
        return f"{focus}{where}: {self.message}{shown}"

    def text(self, graph: Graph | None = None) -> str:
        """One line: ``Severity: focus [path]: message (value: ...)``."""
        return f"{self.severity}: {self.describe(graph)}"


@dataclass
class ValidationReport:
    """What :func:`validate` found.

    ``conforms`` is False when there is at least one result of severity
    ``Violation``; warnings are listed in ``violations`` too.
    """

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    graph: Graph | None = field(default=None, repr=False, compare=False)  # for prefixed names

    @property
    def errors(self) -> list[Violation]:
        """The results of severity ``Violation``."""
        return [v for v in self.violations if v.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        """The results of severity ``Warning`` or ``Info``."""
        return [v for v in self.violations if v.severity != "Violation"]

    def text(self) -> str:
        """A plain-text summary: a verdict line, then one line per result."""
        n_err, n_warn = len(self.errors), len(self.warnings)
        verdict = "conforms" if self.conforms else "does not conform"
        head = f"Graph {verdict}: {n_err} violation{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"
        return "\n".join([head, *(f"  {v.text(self.graph)}" for v in self.violations)])


def validate(graph: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Check ``graph`` against the SHACL shapes.

    Parameters
    ----------
    graph
        The data. A :class:`~rdflib.Dataset` (as in graph.trig) is checked as
        the union of its graphs: a fact's triples sit in a named graph while
        its sentences sit in the default graph, and the shapes need both.
        The graph is not changed.
    shapes
        SHACL shapes; default :func:`load_shapes`.

    Returns
    -------
    ValidationReport
        Results sorted by severity, focus node and path.
    """
    data = _as_graph(graph)
    shapes = load_shapes() if shapes is None else shapes
    _conforms, results, _text = shacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=load_ontology(),
        inference="none",
        allow_warnings=True,
        advanced=False,
    )
    violations = sorted(_results(results, data), key=_sort_key)
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations, graph=data)


#: Above this many triples, a build checks a sample of the sentences and articles (see
#: :func:`validation_sample`); ``kg validate`` always checks everything.
BUILD_FULL_CHECK_LIMIT = 60_000
SAMPLE_SIZE = 1_000


def validation_sample(graph: Graph, *, limit: int = BUILD_FULL_CHECK_LIMIT, size: int = SAMPLE_SIZE) -> Graph:
    """The part of a large graph that a build checks.

    Every entity and every binary fact is kept; of the fact and position nodes, a
    deterministic sample of ``size`` is kept with everything they point to (their
    sentences, those sentences' articles). Each kept node keeps all its triples, so
    the sample is checked by the same shapes with the same results as the whole
    graph would give for those nodes. Graphs of at most ``limit`` triples are
    returned as they are; ``kg validate`` always checks a whole file.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph()
    >>> validation_sample(g) is g
    True
    """
    if len(graph) <= limit:
        return graph
    fact_classes = (MB.Partnership, MB.LicensingAgreement, MB.Settlement, MB.Agreement, MB.Dispute,
                    MB.Acquisition, MB.Position)
    facts = sorted({n for cls in fact_classes for n in graph.subjects(RDF.type, cls)}, key=str)
    sampled_facts = set(facts[:: max(1, len(facts) // size)])
    provenance = {n for cls in (MB.Sentence, MB.Article) for n in graph.subjects(RDF.type, cls)}
    keep: set = set(sampled_facts)
    for fact in sampled_facts:
        for sentence in graph.objects(fact, MB.evidence):
            keep.add(sentence)
            keep.update(graph.objects(sentence, MB.inArticle))
    skipped = (set(facts) | provenance) - keep
    sample = Graph()
    for triple in graph:
        if triple[0] not in skipped:
            sample.add(triple)
    return sample


def read_graph(path: str | Path) -> Graph:
    """Parse an RDF file, choosing the parser by suffix (.ttl, .trig, .nt, .nq, .jsonld, .rdf).

    Raises
    ------
    kg.errors.InputError
        The file is missing, unreadable, of an unknown kind or not valid RDF;
        the message names the file and, where the parser gives it, the line.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"unknown RDF file type {path.suffix or '(none)'!r}; expected one of {known}", path=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    graph: Graph = Dataset() if fmt in DATASET_FORMATS else Graph()
    try:
        with _quiet_literals():
            graph.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib raises many kinds of syntax error
        line = _error_line(exc)
        if line is None and fmt in LINE_FORMATS:
            line = _first_bad_line(data, fmt)
        raise InputError(f"not valid {fmt}: {_parser_message(exc)}", path=path, line=line) from exc
    return graph


def validate_file(path: str | Path, shapes: str | Path | None = None) -> ValidationReport:
    """Read an RDF file (see :func:`read_graph`) and :func:`validate` it.

    ``shapes``: another shapes file (Turtle or any format :func:`read_graph` reads).
    """
    shapes_graph = _as_graph(read_graph(shapes)) if shapes is not None else None
    return validate(read_graph(graph_file_in(path)), shapes_graph)


def graph_file_in(path: str | Path) -> Path:
    """``path`` itself, or for an output directory of ``kg build`` the graph file in it.

    A build writes graph.trig (facts with their assertion graphs) and graph.ttl;
    graph.trig is preferred because it also carries the provenance.

    Raises
    ------
    kg.errors.InputError
        ``path`` is a directory holding neither file.
    """
    path = Path(path)
    if not path.is_dir():
        return path
    for name in ("graph.trig", "graph.ttl"):
        if (path / name).is_file():
            return path / name
    raise InputError("is a directory without graph.trig or graph.ttl (run kg build first)", path=path)


# --- helpers ----------------------------------------------------------------


@contextmanager
def _quiet_literals():
    """Silence rdflib's traceback for ill-typed literals: the shapes report them."""
    logger = logging.getLogger("rdflib.term")
    disabled = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = disabled


def _as_graph(graph: Graph) -> Graph:
    """A plain Graph: the union of a dataset's graphs, or the graph itself."""
    if not isinstance(graph, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph in rdflib 7
        return graph
    union = Graph()
    for prefix, ns in graph.namespaces():
        union.bind(prefix, ns, override=False)
    for context in graph.contexts():  # named graphs and the default graph
        for triple in context.triples((None, None, None)):
            union.add(triple)
    return union


def _results(results: Graph, data: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        shape = results.value(result, SH.sourceShape)
        found.append(Violation(
            focus_node=results.value(result, SH.focusNode),
            path=_path_text(results, path, data) if path is not None else None,
            message=str(message) if message is not None else "constraint violated",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=results.value(result, SH.value),
            shape=_short(shape, data) if isinstance(shape, URIRef) else None,
        ))
    return found


def _path_text(results: Graph, path: Node, data: Graph) -> str:
    """A SHACL path as text: a prefixed name, ``^p`` for inverse, ``p/q`` for sequences."""
    if isinstance(path, URIRef):
        return _short(path, data)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(results, inverse, data)
    if results.value(path, RDF.first) is not None:
        return "/".join(_path_text(results, p, data) for p in Collection(results, path))
    return "(complex path)"


def _short(node: Node | None, graph: Graph | None) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        # For display only: "res:fact/ab12" reads better than the full IRI,
        # even though it is not a valid Turtle prefixed name.
        iri, best = str(node), ("", "")
        for prefix, ns in graph.namespaces() if graph is not None else ():
            if iri.startswith(str(ns)) and len(str(ns)) > len(best[1]) and len(iri) > len(str(ns)):
                best = (prefix, str(ns))
        return f"{best[0]}:{iri[len(best[1]):]}" if best[1] else f"<{iri}>"
    if isinstance(node, Literal):
        return node.n3(graph.namespace_manager if graph is not None else None)
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _sort_key(v: Violation) -> tuple:
    return (_SEVERITY_ORDER.get(v.severity, 9), str(v.focus_node), v.path or "", v.message, str(v.value))


def _parser_message(exc: BaseException) -> str:
    """The parser's complaint, without the copy of the whole input notation3 adds."""
    why, text, pos = getattr(exc, "_why", None), getattr(exc, "_str", None), getattr(exc, "_i", None)
    if isinstance(why, str) and isinstance(text, bytes) and isinstance(pos, int):
        near = text[max(0, pos - 30):pos + 30].decode("utf-8", "replace")
        return f"bad syntax ({why}) near {' '.join(near.split())!r}"
    return _one_line(exc)


def _first_bad_line(data: bytes, fmt: str) -> int | None:
    """Parse a line-based file line by line to find the first bad line (error path only)."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith(b"#"):
            continue
        try:
            (Dataset() if fmt in DATASET_FORMATS else Graph()).parse(data=line + b"\n", format=fmt)
        except Exception:
            return number
    return None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("..." if len(text) > 300 else "")


def _error_line(exc: BaseException) -> int | None:
    """The line number a parser error names, where it names one."""
    for attr in ("lines", "line", "lineno"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            # notation3's BadSyntax counts lines from 0
            return value + 1 if attr == "lines" else value
    import re

    match = re.search(r"\bline (\d+)", str(exc))
    return int(match.group(1)) if match else None
