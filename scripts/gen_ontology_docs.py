"""Generate ontology/README.md from the ontology's Turtle files.

Reads ``mbkg.ttl`` (header, classes, properties), ``alignments.ttl`` (mappings
to other vocabularies) and ``shapes.ttl`` (SHACL shapes) and writes one
Markdown page: the header, a table of classes, a table of properties and a
summary of the shapes. The output depends only on the files, so it can be
checked in CI.

Usage::

    python scripts/gen_ontology_docs.py            # (re)write ontology/README.md
    python scripts/gen_ontology_docs.py --check    # exit 1 if README.md is out of date

Example
-------
>>> text = render(Path("ontology"))          # doctest: +SKIP
>>> text.startswith("# mbkg")                # doctest: +SKIP
True
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, SKOS, VANN
from rdflib.term import Node

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
MB_IRI = "https://w3id.org/mbkg/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/mbkg/ontology")

#: How alignment predicates are shown, in this order.
ALIGNMENT_PREDICATES: list[tuple[URIRef, str]] = [
    (RDFS.subClassOf, "subClassOf"),
    (RDFS.subPropertyOf, "subPropertyOf"),
    (OWL.inverseOf, "inverseOf"),
    (SKOS.exactMatch, "exactMatch"),
    (SKOS.closeMatch, "closeMatch"),
    (SKOS.broadMatch, "broadMatch"),
    (SKOS.narrowMatch, "narrowMatch"),
    (SKOS.relatedMatch, "relatedMatch"),
]
PROPERTY_KINDS = {OWL.ObjectProperty: "object", OWL.DatatypeProperty: "datatype",
                  OWL.AnnotationProperty: "annotation"}


def load(path: Path) -> Graph:
    """Parse a Turtle file keeping only the prefixes it declares (for stable output)."""
    graph = Graph(bind_namespaces="none")
    graph.parse(path, format="turtle")
    return graph


class Names:
    """Shortens IRIs with the prefixes the ontology files declare."""

    def __init__(self, *graphs: Graph):
        self.prefixes: dict[str, str] = {}
        for graph in graphs:
            for prefix, ns in graph.namespaces():
                if prefix:
                    self.prefixes.setdefault(prefix, str(ns))

    def short(self, iri: Node) -> str:
        text = str(iri)
        best = max((ns for ns in self.prefixes.values() if text.startswith(ns) and len(text) > len(ns)),
                   key=len, default=None)
        if best is None:
            return f"<{text}>"
        prefix = next(p for p, ns in sorted(self.prefixes.items()) if ns == best)
        return f"{prefix}:{text[len(best):]}"

    def code(self, iri: Node) -> str:
        return f"`{self.short(iri)}`"

    def link(self, iri: Node) -> str:
        """A Markdown link for a foreign term, plain code for an mb: term."""
        if str(iri).startswith(MB_IRI):
            return self.code(iri)
        return f"[{self.short(iri)}]({iri})"


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def en(graph: Graph, subject: Node, predicate: URIRef) -> str:
    """The English (or untagged) value of ``predicate``, or ''."""
    values = sorted(graph.objects(subject, predicate), key=lambda v: (getattr(v, "language", None) != "en", str(v)))
    return str(values[0]) if values else ""


def mb_order(terms: list[URIRef]) -> list[URIRef]:
    """Terms in the order of kg.namespace.MB (grouped by meaning), the rest alphabetically."""
    sys.path.insert(0, str(ROOT))
    try:
        from kg.namespace import MB
        order = {name: i for i, name in enumerate(MB.__annotations__)}
    except Exception:  # the docs can still be written without the package
        order = {}
    finally:
        sys.path.pop(0)
    return sorted(terms, key=lambda t: (order.get(str(t)[len(MB_IRI):], len(order)), str(t)))


def datatype_text(graph: Graph, node: Node, names: Names) -> str:
    """A range: a named class or datatype, a union of datatypes, or an enumeration."""
    if isinstance(node, URIRef):
        return names.code(node)
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return " or ".join(names.code(m) for m in Collection(graph, union))
    one_of = graph.value(node, OWL.oneOf)
    if one_of is not None:
        return "one of " + ", ".join(f'"{m}"' for m in Collection(graph, one_of))
    return "(anonymous)"


def alignments(graph: Graph, term: URIRef, names: Names) -> str:
    parts = []
    for predicate, label in ALIGNMENT_PREDICATES:
        targets = sorted(graph.objects(term, predicate), key=str)
        if targets:
            parts.append(f"{label} " + ", ".join(names.link(t) for t in targets))
    return "; ".join(parts) or "—"


# --- sections -------------------------------------------------------------------


def header(ont: Graph, files: list[str]) -> list[str]:
    o = ONTOLOGY_IRI
    title = en(ont, o, DCTERMS.title) or "mbkg ontology"
    rows = [
        ("Ontology IRI", f"<{o}>"),
        ("Version", f"{ont.value(o, OWL.versionInfo)} (<{ont.value(o, OWL.versionIRI)}>)"),
        ("Namespace", f"`{ont.value(o, VANN.preferredNamespacePrefix)}:` "
                      f"<{ont.value(o, VANN.preferredNamespaceUri)}>"),
        ("Created", str(ont.value(o, DCTERMS.created))),
        ("License", f"<{ont.value(o, DCTERMS.license)}>"),
    ]
    lines = [
        f"# {title}",
        "",
        "<!-- Generated by scripts/gen_ontology_docs.py from the .ttl files in this directory; do not edit. -->",
        "",
        cell(en(ont, o, DCTERMS.description)),
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {cell(v)} |" for k, v in rows),
        "",
        "Files:",
        "",
        *files,
        "",
        "Regenerate this page with `make docs` (or `python scripts/gen_ontology_docs.py`);",
        "`python scripts/gen_ontology_docs.py --check` fails when it is out of date.",
        "",
    ]
    return lines


def classes(ont: Graph, align: Graph, names: Names) -> list[str]:
    terms = mb_order([t for t in ont.subjects(RDF.type, OWL.Class) if isinstance(t, URIRef)])
    lines = [
        "## Classes",
        "",
        "Superclasses are the `rdfs:subClassOf` axioms of mbkg.ttl (only between mb: classes);",
        "alignments come from alignments.ttl.",
        "",
        "| Class | Superclass | Label | Definition | Alignments |",
        "|---|---|---|---|---|",
    ]
    for t in terms:
        supers = ", ".join(names.code(s) for s in sorted(ont.objects(t, RDFS.subClassOf), key=str)) or "—"
        lines.append(f"| {names.code(t)} | {supers} | {cell(en(ont, t, RDFS.label))} | "
                     f"{cell(en(ont, t, SKOS.definition))} | {alignments(align, t, names)} |")
    return lines + [""]


def properties(ont: Graph, align: Graph, names: Names) -> list[str]:
    found = {t: kind for cls, kind in PROPERTY_KINDS.items() for t in ont.subjects(RDF.type, cls)
             if isinstance(t, URIRef)}
    lines = [
        "## Properties",
        "",
        "| Property | Kind | Domain | Range | Label | Definition | Alignments |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in mb_order(list(found)):
        domain = ", ".join(datatype_text(ont, d, names) for d in ont.objects(t, RDFS.domain)) or "—"
        rng = ", ".join(datatype_text(ont, r, names) for r in ont.objects(t, RDFS.range)) or "—"
        lines.append(f"| {names.code(t)} | {found[t]} | {cell(domain)} | {cell(rng)} | "
                     f"{cell(en(ont, t, RDFS.label))} | {cell(en(ont, t, SKOS.definition))} | "
                     f"{alignments(align, t, names)} |")
    return lines + [""]


def constraint_text(shapes: Graph, shape: Node, names: Names) -> str:
    """The constraints of one shape, briefly: "1..1, xsd:string, matches \\S"."""
    g, parts = shapes, []
    lo, hi = g.value(shape, SH.minCount), g.value(shape, SH.maxCount)
    if lo is not None or hi is not None:
        parts.append(f"count {lo if lo is not None else 0}..{hi if hi is not None else '*'}")
    simple = [
        (SH["class"], "class {}"), (SH.datatype, "datatype {}"), (SH.nodeKind, "node kind {}"),
        (SH.lessThan, "less than {}"), (SH.equals, "equals {}"), (SH.node, "conforms to {}"),
    ]
    for predicate, fmt in simple:
        for value in sorted(g.objects(shape, predicate), key=str):
            parts.append(fmt.format(names.code(value)))
    for predicate, fmt in [(SH.minInclusive, "≥ {}"), (SH.maxInclusive, "≤ {}"),
                           (SH.minExclusive, "> {}"), (SH.maxExclusive, "< {}"),
                           (SH.minLength, "length ≥ {}"), (SH.maxLength, "length ≤ {}")]:
        for value in g.objects(shape, predicate):
            parts.append(fmt.format(value))
    for value in g.objects(shape, SH.pattern):
        parts.append(f"matches `{value}`")
    for value in g.objects(shape, SH["in"]):
        parts.append("one of " + ", ".join(f'"{m}"' if isinstance(m, Literal) else names.short(m)
                                          for m in Collection(g, value)))
    for value in g.objects(shape, SH["or"]):
        members = [constraint_text(g, m, names) or "(any)" for m in Collection(g, value)]
        parts.append("either " + " or ".join(f"({m})" for m in members))
    if isinstance(shape, BNode):  # anonymous shapes are described inline; named ones get rows
        for nested in g.objects(shape, SH.property):
            parts.append(f"{path_text(g, g.value(nested, SH.path), names)}: {constraint_text(g, nested, names)}")
    return ", ".join(parts)


def path_text(shapes: Graph, path: Node | None, names: Names) -> str:
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return names.code(path)
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + path_text(shapes, inverse, names)
    return " / ".join(path_text(shapes, p, names) for p in Collection(shapes, path))


def targets_text(shapes: Graph, shape: Node, names: Names) -> str:
    parts = []
    classes_ = sorted(shapes.objects(shape, SH.targetClass), key=str)
    if classes_:
        parts.append("instances of " + ", ".join(names.code(c) for c in classes_))
    subjects = sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str)
    if subjects:
        parts.append("subjects of " + ", ".join(names.code(p) for p in subjects))
    objects = sorted(shapes.objects(shape, SH.targetObjectsOf), key=str)
    if objects:
        parts.append("objects of " + ", ".join(names.code(p) for p in objects))
    nodes = sorted(shapes.objects(shape, SH.targetNode), key=str)
    if nodes:
        parts.append("the nodes " + ", ".join(names.code(n) for n in nodes))
    return "; ".join(parts)


def shape_summary(shapes: Graph, names: Names) -> list[str]:
    node_shapes = sorted({s for s in shapes.subjects(RDF.type, SH.NodeShape)}
                         | {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                            for s in shapes.subjects(p, None)}, key=str)
    lines = [
        "## SHACL shapes",
        "",
        "`kg validate GRAPH_FILE` checks a graph against these shapes (`kg.validate`), with mbkg.ttl",
        "mixed in so that `sh:targetClass` and `sh:class` follow `rdfs:subClassOf`, and no inference.",
        "A Violation makes the graph fail (exit status 4); a Warning is reported only.",
        "",
        "| Shape | Focus nodes | Path | Constraint | Severity | Message |",
        "|---|---|---|---|---|---|",
    ]
    n_constraints = 0
    for node_shape in node_shapes:
        focus = targets_text(shapes, node_shape, names)
        rows = []
        own = constraint_text(shapes, node_shape, names)
        if own:
            rows.append((node_shape, "(the node)", own))
        for prop in sorted(shapes.objects(node_shape, SH.property), key=str):
            rows.append((prop, path_text(shapes, shapes.value(prop, SH.path), names),
                         constraint_text(shapes, prop, names)))
        for shape, path, constraint in rows:
            severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
            label = names.code(shape) if isinstance(shape, URIRef) else ""
            lines.append(f"| {cell(label)} | {cell(focus)} | {cell(path)} | {cell(constraint)} | {severity} | "
                         f"{cell(en(shapes, shape, SH.message))} |")
            n_constraints += 1
    return lines + ["", f"{len(node_shapes)} node shapes, {n_constraints} checks.", ""]


def render(directory: Path = ONTOLOGY_DIR) -> str:
    """The Markdown page for the ontology in ``directory``."""
    ont = load(directory / "mbkg.ttl")
    align = load(directory / "alignments.ttl")
    shapes = load(directory / "shapes.ttl")
    names = Names(ont, align, shapes)
    files = [
        "- `mbkg.ttl`: the ontology: classes, properties, the class hierarchy.",
        "- `alignments.ttl`: mappings to schema.org, FOAF, W3C ORG, PROV-O, the Music Ontology, NIF and Wikidata.",
        "- `shapes.ttl`: SHACL shapes that a built graph satisfies.",
    ]
    lines = header(ont, files) + classes(ont, align, names) + properties(ont, align, names)
    lines += shape_summary(shapes, names)
    return "\n".join(lines).rstrip("\n") + "\n"


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md is out of date; write nothing")
    parser.add_argument("--dir", type=Path, default=ONTOLOGY_DIR, help="ontology directory (default: %(default)s)")
    args = parser.parse_args(argv)
    target = args.dir / "README.md"
    text = render(args.dir)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            print(f"{target}: out of date; run: python scripts/gen_ontology_docs.py", file=sys.stderr)
            return 1
        print(f"{target}: up to date")
        return 0
    write_atomic(target, text)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
