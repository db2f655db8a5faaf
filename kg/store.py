"""The on-disk Oxigraph store, fast serialisation, and conversions to pyoxigraph.

``kg build`` keeps the dataset (``graph.trig``) in an Oxigraph store in
``DIR/store`` so ``kg query`` and ``kg serve`` answer at once without parsing
the TriG again. Oxigraph parses, stores, queries and writes RDF in Rust, which
is tens of times faster than rdflib at a million triples (see
``benchmarks/bench_sparql.py``).

Choice of store (automatic, see :func:`open_store`): when ``DIR/store`` exists
it is opened read-only on disk; when only ``DIR/graph.trig`` exists (a copied
graph) it is parsed into an in-memory store with the same layout, which takes
about 4 s per million triples.

Layout of the store (see :func:`query_options`): its *default graph* is the
merged graph, every triple of every graph once (facts, provenance, articles,
sentences), and its named graphs are the assertion graphs of graph.trig. So a
plain pattern sees each triple once, ``GRAPH ?g`` still finds the assertion a
fact came from, and ``oxigraph serve`` serves the merged graph as its default
graph as it is. The store marks this layout with an empty named graph,
:data:`LAYOUT_GRAPH`. (graph.trig itself keeps only the provenance in its
default graph: :func:`open_dataset` gives that shape back, for ``kg push``.)

``kg build`` writes the store with :func:`build_store`, straight from its
in-memory dataset: the quads, then the named graphs' triples into the default
graph, go to Oxigraph's bulk loader as N-Quads/N-Triples that Oxigraph itself
wrote, so no term passes through Python and graph.trig is not parsed again
(about 1.2 million quads and 8 s at a million-quad dataset; the layout before,
with the merged graph as a named graph beside the dataset, took 2 million
quads and 19 s).

Every write is all or nothing: :func:`build_store` and
:func:`load_dataset_into_store` build the new store in a temporary directory
beside the old one and swap the directories only once the load succeeded;
:func:`serialize_fast` writes a temporary file and renames it over the target.
"""
from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph

from kg.errors import InputError, NotFoundError, OutputError
from kg.fileio import atomic_path
from kg.namespace import MB_IRI, RESOURCE_IRI

#: Name of the store directory inside a data directory.
STORE_DIRNAME = "store"
#: Name of the dataset file inside a data directory.
TRIG_NAME = "graph.trig"
#: Where stores built by mbkg before the current layout kept the merged graph (a named
#: graph beside the dataset); :func:`query_options` still reads such stores.
MERGED_GRAPH = RESOURCE_IRI + "graph/merged"
#: An empty named graph that marks the current layout: the default graph is the merged
#: graph (each triple once) and the other named graphs are the assertion graphs.
LAYOUT_GRAPH = RESOURCE_IRI + "graph/default-is-merged"

#: Prefixes bound in every file mbkg writes (and known to ``kg query``).
PREFIXES: dict[str, str] = {
    "mb": MB_IRI,
    "res": RESOURCE_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
}

#: What :func:`serialize_fast` and :func:`to_oxigraph` accept.
Source = Union[ox.Store, ox.Dataset, Graph, str, os.PathLike]

_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "n-triples": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "n-quads": ox.RdfFormat.N_QUADS,
}


# --- opening ------------------------------------------------------------


def query_options(store: ox.Store) -> dict[str, Any]:
    """How to query ``store`` so that plain patterns see every triple once, by its layout.

    - A store built by mbkg (:func:`build_store`, :func:`load_dataset_into_store`, marked
      by :data:`LAYOUT_GRAPH`): its default graph is already the merged graph, so no
      option (``{}``); ``GRAPH ?g`` reaches the assertion graphs.
    - A store built by an older mbkg, with the merged graph as the named graph
      :data:`MERGED_GRAPH`: that graph as the default graph.
    - Anything else (graph.trig loaded as it is): Oxigraph's union default graph, which
      keeps one copy of a triple per graph holding it (joins multiply the copies).

    Examples
    --------
    >>> query_options(ox.Store())
    {'use_default_graph_as_union': True}
    """
    if is_merged_layout(store):
        return {}
    merged = ox.NamedNode(MERGED_GRAPH)
    if store.contains_named_graph(merged):
        return {"default_graph": merged}
    return {"use_default_graph_as_union": True}


def is_merged_layout(store: ox.Store) -> bool:
    """Whether ``store``'s default graph is the merged graph (see :func:`query_options`)."""
    return store.contains_named_graph(ox.NamedNode(LAYOUT_GRAPH))


def store_path(data_dir: str | os.PathLike) -> Path:
    """The store directory of a data directory (``DIR/store``)."""
    return Path(data_dir) / STORE_DIRNAME


def open_store(data_dir: str | os.PathLike, *, read_only: bool = True) -> ox.Store:
    """Open the graph built in ``data_dir`` as a pyoxigraph store.

    Parameters
    ----------
    data_dir
        A directory written by ``kg build`` (holding ``store/`` and/or
        ``graph.trig``), or a store directory itself.
    read_only
        Open the on-disk store read-only (the default), so several readers
        (``kg query``, ``kg serve``) can share it. ``False`` opens it for
        writing, which takes RocksDB's lock.

    Returns
    -------
    pyoxigraph.Store
        The on-disk store when ``DIR/store`` exists; otherwise an in-memory
        store parsed from ``DIR/graph.trig``, given the store's layout (the
        merged graph as its default graph, see :func:`query_options`).

    Raises
    ------
    NotFoundError
        When ``data_dir`` holds neither a store nor ``graph.trig``.
    InputError
        When the store or ``graph.trig`` cannot be read.

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> _ = open(f"{d}/graph.trig", "w").write("<urn:g> { <urn:a> <urn:p> <urn:b> }")
    >>> count_quads(open_store(d))
    {'quads': 2, 'default': 1, 'named_graphs': 1}
    """
    root = Path(data_dir)
    candidates = [store_path(root), root]
    for candidate in candidates:
        if (candidate / "CURRENT").is_file():  # a RocksDB directory
            try:
                return ox.Store.read_only(str(candidate)) if read_only else ox.Store(str(candidate))
            except OSError as exc:
                raise InputError(f"cannot open the store: {exc}", path=candidate) from exc
    trig = root / TRIG_NAME
    if trig.is_file():
        store = _parse_trig(trig)
        _merge_into_default(store, store)  # the store's layout, so answers match those of DIR/store
        return store
    raise NotFoundError(f"no graph in {root}: run `kg build` first")


def open_dataset(data_dir: str | os.PathLike) -> ox.Store:
    """The dataset built in ``data_dir`` in graph.trig's shape: provenance in the default graph.

    What ``kg push`` sends. ``DIR/graph.trig`` is parsed into an in-memory store
    (about 3 s per million quads); without it, the on-disk store is copied into
    memory with its default graph cut back to the triples that are in no named
    graph (the merged graph, and the marker of :func:`query_options`, left out).

    Raises
    ------
    NotFoundError
        When ``data_dir`` holds neither ``graph.trig`` nor a store.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = load_dataset_into_store(b"<urn:a> <urn:p> <urn:c> . <urn:g> { <urn:a> <urn:p> <urn:b> }", d / "store")
    >>> count_quads(open_dataset(d))
    {'quads': 2, 'default': 1, 'named_graphs': 1}
    """
    root = Path(data_dir)
    if (root / TRIG_NAME).is_file():
        return _parse_trig(root / TRIG_NAME)
    store = open_store(root)
    if not is_merged_layout(store) and not store.contains_named_graph(ox.NamedNode(MERGED_GRAPH)):
        return store  # already graph.trig's shape
    out = ox.Store()
    out.bulk_load(input=store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS, lenient=True)
    out.clear_graph(ox.DefaultGraph())
    for marker in (LAYOUT_GRAPH, MERGED_GRAPH):
        out.remove_graph(ox.NamedNode(marker))
    if is_merged_layout(store):
        only_default = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
    else:  # an older store: its default graph is graph.trig's
        only_default = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    out.bulk_load(input=only_default.serialize(format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES,
                  lenient=True)
    return out


def _parse_trig(trig: Path) -> ox.Store:
    store = ox.Store()
    try:
        store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    except SyntaxError as exc:
        raise InputError(f"not valid TriG: {exc.msg}", path=trig, line=exc.lineno) from exc
    return store


# --- writing the store ----------------------------------------------------


def load_dataset_into_store(
    trig: bytes | str | os.PathLike, store_dir: str | os.PathLike, *, format: str = "trig",
) -> Path:
    """Replace the store in ``store_dir`` by the dataset in ``trig``, all or nothing.

    The store gets the layout of :func:`build_store`: the named graphs' triples are
    added to the default graph, which then holds every triple once.

    The new store is bulk-loaded into a temporary directory beside
    ``store_dir`` and swapped in by renaming only once it is complete, so a
    bad file or a full disk leaves the previous store as it was.

    Parameters
    ----------
    trig
        The dataset: TriG as ``bytes``, or the path of a TriG file (``str``
        or path-like). Other formats by ``format`` ("nquads", "turtle").
    store_dir
        Where the store goes (usually ``DIR/store``).
    format
        The serialisation of ``trig``.

    Returns
    -------
    Path
        ``store_dir``.

    Raises
    ------
    InputError
        When the data is not valid in that format (names the file).
    OutputError
        When the store cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()) / "store"
    >>> _ = load_dataset_into_store(b"<urn:g> { <urn:a> <urn:p> <urn:b> }", d)
    >>> count_quads(ox.Store.read_only(str(d)))
    {'quads': 2, 'default': 1, 'named_graphs': 1}
    """
    target = Path(store_dir)
    rdf_format = _rdf_format(format)
    is_path = not isinstance(trig, (bytes, bytearray))
    label = str(trig) if is_path else "<bytes>"
    if is_path and not Path(trig).is_file():
        raise InputError("no such dataset file", path=label)

    def fill(store: ox.Store) -> None:
        if is_path:
            store.bulk_load(path=str(trig), format=rdf_format)
        else:
            store.bulk_load(input=bytes(trig), format=rdf_format)
        _merge_into_default(store, store)

    try:
        return _fill_beside(target, fill)
    except SyntaxError as exc:
        raise InputError(f"not valid {format}: {exc.msg}", path=label, line=exc.lineno) from exc


def build_store(dataset: ox.Store, store_dir: str | os.PathLike) -> Path:
    """Write ``dataset`` (an in-memory store) as the on-disk store in ``store_dir``, default graph merged.

    What ``kg build`` does. The store holds the dataset's named graphs as they are,
    and a default graph with every triple of every graph once (the dataset's default
    graph plus the named graphs' triples; see :func:`query_options`), marked by the
    empty graph :data:`LAYOUT_GRAPH`. Both parts go to Oxigraph's bulk loader as
    N-Quads / N-Triples made by Oxigraph itself (``lenient``: the text is Oxigraph's
    own output, already valid), so no term passes through Python and nothing is
    parsed twice. As with :func:`load_dataset_into_store`, the store is built beside
    ``store_dir`` and swapped in only when complete.

    Parameters
    ----------
    dataset
        The dataset in graph.trig's shape (provenance in the default graph, one named
        graph per assertion), usually the in-memory store the build made.
    store_dir
        Where the store goes (usually ``DIR/store``).

    Returns
    -------
    Path
        ``store_dir``.

    Raises
    ------
    OutputError
        When the store cannot be written (the previous one is left as it was).

    Examples
    --------
    >>> import tempfile
    >>> ds = ox.Store()
    >>> ds.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.NamedNode("urn:b"), ox.NamedNode("urn:g")))
    >>> d = build_store(ds, Path(tempfile.mkdtemp()) / "store")
    >>> count_quads(ox.Store.read_only(str(d)))
    {'quads': 2, 'default': 1, 'named_graphs': 1}
    """
    def fill(store: ox.Store) -> None:
        store.bulk_load(input=dataset.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS, lenient=True)
        _merge_into_default(dataset, store)

    return _fill_beside(Path(store_dir), fill)


def _fill_beside(target: Path, fill: Callable[[ox.Store], None]) -> Path:
    """Build a store with ``fill(store)`` in a new directory beside ``target``, then swap it in.

    All or nothing: on any error the new directory is removed and ``target`` is left as
    it was (an ``OSError`` becomes an :class:`OutputError`).
    """
    tmp = _new_store_dir(target)
    try:
        store = ox.Store(str(tmp))
        fill(store)
        # one compaction merges the loads' files: 0.8 s at a million quads, and queries
        # that scan the default graph run 1.3 to 2.7 times faster
        store.optimize()
        store.flush()
        del store  # RocksDB closes its files before the rename
        gc.collect()
        _swap_dirs(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(f"cannot write the store: {exc}", path=target) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _merge_into_default(source: ox.Store, store: ox.Store) -> None:
    """Add the named graphs' triples of ``source`` to ``store``'s default graph; mark the layout.

    ``store`` already holds ``source``'s quads, so its default graph then holds every
    triple once. Only the named graphs' triples (a fifth of a build's quads) are loaded
    a second time: cheaper than loading the whole union (8 s instead of 11 s at a
    million quads). Oxigraph's ``CONSTRUCT`` emits each triple once.
    """
    named = source.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.bulk_load(input=named.serialize(format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES,
                    lenient=True)
    store.add_graph(ox.NamedNode(LAYOUT_GRAPH))


def _new_store_dir(target: Path) -> Path:
    """A new empty directory beside ``target`` to build a store in."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    except OSError as exc:
        raise OutputError(f"cannot create the store: {exc.strerror or exc}", path=target) from exc


def write_store(dataset_path_trig: str | os.PathLike, store_dir: str | os.PathLike) -> Path:
    """Build the store in ``store_dir`` from the TriG file ``dataset_path_trig``.

    Same as :func:`load_dataset_into_store` with a path; the build calls it
    after writing ``graph.trig``.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.trig").write_text("<urn:g> { <urn:a> <urn:p> <urn:b> }")
    >>> write_store(d / "graph.trig", d / "store").name
    'store'
    """
    return load_dataset_into_store(Path(dataset_path_trig), store_dir)


def _swap_dirs(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; an old ``target`` is removed only after the swap."""
    old: Path | None = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:  # put the previous store back
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- conversions ----------------------------------------------------------


def _to_ox_term(term: Any, cache: dict) -> Any:
    """An rdflib term as a pyoxigraph term (cached: graphs repeat their terms)."""
    found = cache.get(term)
    if found is not None:
        return found
    if isinstance(term, URIRef):
        out = ox.NamedNode(str(term))
    elif isinstance(term, BNode):
        out = ox.BlankNode(str(term))
    elif isinstance(term, Literal):
        if term.language:
            out = ox.Literal(str(term), language=term.language)
        elif term.datatype is not None:
            out = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        else:
            out = ox.Literal(str(term))
    else:
        raise InputError(f"cannot convert RDF term {term!r} to pyoxigraph")
    cache[term] = out
    return out


def _rdflib_quads(graph: Graph) -> Iterable[ox.Quad]:
    """The quads of an rdflib graph or dataset as pyoxigraph quads."""
    cache: dict = {}
    if isinstance(graph, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        default_ids = {DATASET_DEFAULT_GRAPH_ID, graph.default_context.identifier}
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            ident = getattr(ctx, "identifier", ctx)
            g = ox.DefaultGraph() if ident is None or ident in default_ids else _to_ox_term(ident, cache)
            yield ox.Quad(_to_ox_term(s, cache), _to_ox_term(p, cache), _to_ox_term(o, cache), g)
    else:
        for s, p, o in graph:
            yield ox.Quad(_to_ox_term(s, cache), _to_ox_term(p, cache), _to_ox_term(o, cache))


def oxigraph_inner(graph: Graph) -> ox.Store | None:
    """The pyoxigraph store behind an rdflib graph backed by oxrdflib, else ``None``."""
    inner = getattr(graph.store, "_inner", None)
    return inner if isinstance(inner, ox.Store) else None


def to_oxigraph(source: Source) -> ox.Store:
    """A pyoxigraph store holding ``source``.

    Parameters
    ----------
    source
        A pyoxigraph ``Store`` (returned as is), a pyoxigraph ``Dataset``, an
        rdflib ``Graph``/``Dataset`` (its pyoxigraph store when it is backed by
        oxrdflib, else its quads copied into an in-memory store), or a data
        directory (see :func:`open_store`).

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> len(to_oxigraph(g))
    1
    """
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, os.PathLike)):
        return open_store(source)
    store = ox.Store()
    if isinstance(source, ox.Dataset):
        store.extend(source)
        return store
    if isinstance(source, Graph):
        inner = oxigraph_inner(source)
        if inner is not None and (isinstance(source, ConjunctiveGraph) or len(source) == len(inner)):
            return inner
        store.bulk_extend(_rdflib_quads(source))
        return store
    raise InputError(f"cannot read a graph from {type(source).__name__}")


# --- serialisation ----------------------------------------------------------


def _rdf_format(format: str | ox.RdfFormat) -> ox.RdfFormat:
    if isinstance(format, ox.RdfFormat):
        return format
    try:
        return _FORMATS[format.lower()]
    except KeyError:
        raise OutputError(f"unknown RDF format {format!r}: use one of {', '.join(sorted(_FORMATS))}") from None


def union_ntriples(store: ox.Store, exclude_types: Iterable[str] = ()) -> bytes:
    """Every distinct triple of every graph of ``store``, as N-Triples.

    Oxigraph's ``CONSTRUCT`` emits each triple once, however many graphs hold
    it, and serialises in Rust: about 3 s at a million quads, where copying the
    triples through Python took three times as long.

    Parameters
    ----------
    store
        The dataset.
    exclude_types
        Leave out the triples whose subject has one of these classes (IRIs).

    Examples
    --------
    >>> s = ox.Store()
    >>> for g in ("urn:g1", "urn:g2"):
    ...     s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.NamedNode("urn:b"), ox.NamedNode(g)))
    >>> union_ntriples(s)
    b'<urn:a> <urn:p> <urn:b> .\\n'
    """
    return _union(store, exclude_types).serialize(format=ox.RdfFormat.N_TRIPLES)


def _union(store: ox.Store, exclude_types: Iterable[str]) -> ox.QueryTriples:
    """The distinct triples of every graph (see :func:`union_ntriples`), as Oxigraph's iterator."""
    # the class IRIs are written by pyoxigraph (validated and escaped), never pasted as given
    excluded = " ".join(str(ox.NamedNode(str(t))) for t in exclude_types)
    where = "?s ?p ?o"
    if excluded:
        where += f" FILTER NOT EXISTS {{ VALUES ?t {{ {excluded} }} ?s a ?t }}"
    return store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", use_default_graph_as_union=True)


def serialize_fast(
    source: Source,
    path: str | os.PathLike,
    format: str | ox.RdfFormat = "turtle",
    *,
    prefixes: dict[str, str] | None = None,
    exclude_types: Iterable[str] = (),
) -> Path:
    """Write ``source`` to ``path`` with Oxigraph's serialiser, atomically.

    Parameters
    ----------
    source
        A pyoxigraph ``Store``/``Dataset``, an rdflib ``Graph``/``Dataset``
        (fastest when backed by oxrdflib) or a data directory.
    path
        The file to write; written whole or not at all.
    format
        ``"turtle"`` (every graph merged into one: each distinct triple once),
        ``"trig"`` (the dataset, named graphs kept), ``"nt"`` or ``"nq"``.
    prefixes
        Prefixes to bind; :data:`PREFIXES` by default.
    exclude_types
        For triple formats: leave out the triples whose subject has one of
        these classes (IRIs), e.g. ``(MB.Assertion, MB.ExtractionRun)`` for
        ``graph.ttl``, which carries no run or assertion metadata.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        When the file cannot be written (the old file stays as it was).

    Examples
    --------
    >>> import tempfile
    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode(RESOURCE_IRI + "drake"), ox.NamedNode(MB_IRI + "signedTo"),
    ...               ox.NamedNode(RESOURCE_IRI + "omg"), ox.NamedNode(RESOURCE_IRI + "assertion/1")))
    >>> out = serialize_fast(s, Path(tempfile.mkdtemp()) / "graph.ttl", "turtle")
    >>> "res:drake mb:signedTo res:omg ." in out.read_text()
    True
    """
    target = Path(path)
    rdf_format = _rdf_format(format)
    bound = dict(PREFIXES if prefixes is None else prefixes)
    store = to_oxigraph(source)
    quad_format = rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=target) from exc
    with atomic_path(target) as tmp, open(tmp, "wb") as out:
        if quad_format:
            store.dump(out, rdf_format, prefixes=bound if rdf_format is ox.RdfFormat.TRIG else None)
        else:
            # Oxigraph's CONSTRUCT gives each triple once; its serialiser writes them
            # as they come (a subject's triples from several graphs may form several
            # blocks, which Turtle allows), in about 0.5 s at a million triples
            triples = _union(store, exclude_types)
            kwargs = {"prefixes": bound} if rdf_format is ox.RdfFormat.TURTLE else {}
            ox.serialize(triples, out, rdf_format, **kwargs)
        out.flush()
        os.fsync(out.fileno())
    return target


def count_quads(store: ox.Store) -> dict[str, int]:
    """How many triples each part of the store holds.

    Returns
    -------
    dict
        ``quads`` (all), ``default`` (triples in the default graph),
        ``named_graphs`` (number of named graphs, the layout's marker not counted).

    Examples
    --------
    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.NamedNode("urn:b"), ox.NamedNode("urn:g")))
    >>> count_quads(s)
    {'quads': 1, 'default': 0, 'named_graphs': 1}
    """
    row = next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))  # default graph only
    marker = ox.NamedNode(LAYOUT_GRAPH)
    graphs = sum(1 for g in store.named_graphs() if g != marker)
    return {"quads": len(store), "default": int(row["n"].value), "named_graphs": graphs}
