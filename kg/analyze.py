"""Network analysis of the music-business graph.

Two networkx views of the merged RDF graph, and the analyses built on them:

- :func:`fact_graph`: a faithful, bipartite :class:`networkx.MultiDiGraph`.
  Entities and n-ary facts (agreements, disputes, acquisitions) are nodes; a
  fact points at its parties with one edge per role (``party``, ``claimant``,
  ...); binary facts (``worksFor``, ``signedTo``, ...) are typed edges between
  the two entities.
- :func:`party_graph`: an undirected :class:`networkx.Graph` of entities only,
  where every fact becomes a weighted edge between the parties it links. This
  is the view for centrality, communities and paths.

Every analysis is a plain function that takes the graph first: an rdflib
:class:`~rdflib.Graph` (the content of ``graph.ttl``) or the fact graph, so a
caller that already holds the networkx view does not convert twice.
:func:`analyze` runs them all and returns an :class:`Analysis` whose
:meth:`Analysis.to_json` is ``analysis.json``.

Example
-------
>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.namespace import MB, RES
>>> g = Graph()
>>> for key, name, cls in [("umg", "Universal Music Group", MB.RecordLabel), ("tiktok", "TikTok", MB.Platform)]:
...     _ = g.add((RES[key], RDF.type, cls)).add((RES[key], RDFS.label, Literal(name)))
>>> _ = g.add((RES["fact/1"], RDF.type, MB.LicensingAgreement))
>>> _ = g.add((RES["fact/1"], MB.party, RES.umg)).add((RES["fact/1"], MB.party, RES.tiktok))
>>> party_graph(g).edges[str(RES.umg), str(RES.tiktok)]["kind"]
'LicensingAgreement'
"""
from __future__ import annotations

import csv
import difflib
import io
import itertools
import os
import tempfile
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
import pathlib
from typing import Any, Iterable, Iterator, Literal as TypingLiteral

import networkx as nx
import pandas as pd
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

from kg.fileio import atomic_path
from kg.errors import InputError, NotFoundError, OutputError
from kg.namespace import MB, MB_IRI

__all__ = [
    "Analysis",
    "CentralityScore",
    "Community",
    "DisputePair",
    "Executive",
    "FactRow",
    "Path",
    "Sentence",
    "Step",
    "analyze",
    "betweenness_samples",
    "centrality",
    "communities",
    "deal_matrix",
    "deals",
    "dispute_network",
    "export",
    "fact_graph",
    "load_graph",
    "party_graph",
    "resolve_name",
    "shortest_connections",
    "summary",
    "timeline",
    "top_executives",
]

# --- vocabulary -------------------------------------------------------------

#: Entity classes, most specific first: a node's ``kind`` is the first it has
#: (a label that is also typed mb:Company reads as a RecordLabel).
ENTITY_KIND_PRIORITY: tuple[str, ...] = (
    "Artist", "Person", "Work", "Platform", "RecordLabel",
    "Court", "TradeBody", "MediaOutlet", "Regulator", "Company", "Organization",
)
#: n-ary fact classes, most specific first.
FACT_KIND_PRIORITY: tuple[str, ...] = (
    "Dispute", "Acquisition", "LicensingAgreement", "Settlement", "Partnership", "Agreement",
)
#: Agreement kinds (subclasses of mb:Agreement): the "deals" with acquisitions.
AGREEMENT_KINDS: tuple[str, ...] = ("Partnership", "LicensingAgreement", "Settlement", "Agreement")
DEAL_KINDS: tuple[str, ...] = (*AGREEMENT_KINDS, "Acquisition")

_ROLE_PREDICATES = (MB.party, MB.claimant, MB.respondent, MB.acquirer, MB.acquiree)
_BINARY_PREDICATES = (
    MB.worksFor, MB.signedTo, MB.performedBy, MB.operates, MB.subsidiaryOf, MB.withdrewCatalogFrom,
)
_ROLES = frozenset(("party", "claimant", "respondent", "acquirer", "acquiree"))
_BINARY = frozenset(
    ("worksFor", "signedTo", "performedBy", "operates", "subsidiaryOf", "withdrewCatalogFrom")
)
#: Betweenness is exact up to this many nodes, sampled (``k`` pivots) above it.
APPROX_THRESHOLD = 5_000
#: Most pivots sampled; fewer on big graphs (see :func:`betweenness_samples`).
BETWEENNESS_SAMPLES = 64
#: Edges visited by the sampled searches together (about 15 s of pure Python
#: here): a graph with m edges gets about this / m pivots, at least 16.
BETWEENNESS_BUDGET = 2_000_000


def betweenness_samples(n_nodes: int, n_edges: int, k: int | None = None,
                        approx_threshold: int = APPROX_THRESHOLD) -> int | None:
    """How many pivots betweenness samples: ``None`` (exact) up to ``approx_threshold`` nodes.

    An explicit ``k`` is used as given (capped at ``n_nodes``). Otherwise each
    pivot costs one breadth-first search over all ``n_edges``, so the number
    shrinks as the graph grows, from :data:`BETWEENNESS_SAMPLES` to 16.

    Example
    -------
    >>> betweenness_samples(1_000, 3_000), betweenness_samples(10_000, 20_000), betweenness_samples(100_000, 130_000)
    (None, 64, 16)
    """
    if n_nodes <= approx_threshold:
        return None
    if k is None:
        k = max(16, min(BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // max(1, n_edges)))
    return min(k, n_nodes)


def _local(iri: Any) -> str:
    """The local name of an ``mb:`` term (``mb:Dispute`` -> ``"Dispute"``)."""
    s = str(iri)
    return s[len(MB_IRI):] if s.startswith(MB_IRI) else s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --- graph views --------------------------------------------------------------


def _role_edge(s: URIRef, p: URIRef, o: URIRef) -> dict[str, Any]:
    """Edge data for one role or binary triple (the converter's ``edge_attrs``)."""
    kind = _local(p)
    # n-ary facts keep their node's IRI on every role edge; binary facts have none.
    return {"key": kind, "kind": kind, "fact": "" if kind in _BINARY else str(s), "weight": 1}


def _text(graph: Graph, node: URIRef, pred: URIRef) -> str:
    value = graph.value(node, pred)
    return str(value) if value is not None else ""


def _labelled(graph: Graph, term: Any) -> str:
    """A literal's text, or the rdfs:label of a concept (allegations, topics)."""
    if isinstance(term, Literal):
        return str(term)
    label = graph.value(term, RDFS.label)
    return str(label) if label is not None else _local(term).replace("-", " ")


def fact_graph(graph: Graph) -> nx.MultiDiGraph:
    """The faithful, bipartite view: entities and n-ary facts as nodes.

    Parameters
    ----------
    graph : rdflib.Graph
        The merged graph (``graph.ttl``).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are IRI strings. Every node has ``label``, ``kind`` (its most
        specific class: ``RecordLabel``, ``Dispute``, ...), ``kinds`` (all of
        them), ``aliases`` and ``node_type`` (``"entity"`` or ``"fact"``).
        Fact nodes also carry ``date``, ``status``, ``allegations``,
        ``topics``, ``evidence`` (sentence IRIs), ``source_count`` and
        ``reported`` (earliest publication date of the articles stating it). Edges
        run as in RDF: fact -> party for a role (key and ``kind`` = role,
        ``fact`` = the fact's IRI), subject -> object for a binary fact (key
        and ``kind`` = property, ``fact`` = "" or, for ``worksFor``, the
        position node; ``title`` = the job title). Every edge has ``weight`` 1.
        ``G.graph`` holds ``articles`` and ``sentences`` (counts).

    Example
    -------
    >>> from rdflib import Graph
    >>> fact_graph(Graph()).number_of_nodes()
    0
    """
    # Only the fact triples go through rdflib's converter: labels, provenance
    # and articles would otherwise become nodes of their own.
    sub = Graph()
    for pred in (*_ROLE_PREDICATES, *_BINARY_PREDICATES):
        for s, p, o in graph.triples((None, pred, None)):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                sub.add((s, p, o))
    converted = rdflib_to_networkx_multidigraph(
        sub, edge_attrs=_role_edge, transform_s=str, transform_o=str
    )
    # Sorted, so node order (and with it seeded algorithms) does not depend on
    # the order triples were parsed in.
    G = nx.MultiDiGraph()
    G.add_nodes_from(sorted(converted.nodes))
    G.add_edges_from(sorted(converted.edges(keys=True, data=True), key=lambda e: e[:3]))

    fact_nodes = {str(s) for pred in _ROLE_PREDICATES for s in sub.subjects(pred, None)}
    entity_types = {MB[k] for k in ENTITY_KIND_PRIORITY}
    for s in graph.subjects(RDF.type, None, unique=True):
        if isinstance(s, URIRef) and any(t in entity_types for t in graph.objects(s, RDF.type)):
            G.add_node(str(s))  # isolated entities count too (summary, centrality)
    for node in G.nodes:
        iri = URIRef(node)
        kinds = sorted({_local(t) for t in graph.objects(iri, RDF.type) if str(t).startswith(MB_IRI)})
        attrs = G.nodes[node]
        attrs["label"] = _text(graph, iri, RDFS.label) or _local(iri)
        attrs["aliases"] = sorted(str(a) for a in graph.objects(iri, SKOS.altLabel))
        attrs["kinds"] = kinds
        if node in fact_nodes:
            attrs["node_type"] = "fact"
            attrs["kind"] = next((k for k in FACT_KIND_PRIORITY if k in kinds), "Fact")
            attrs["date"] = _text(graph, iri, MB.date)
            attrs["status"] = _text(graph, iri, MB.status)
            attrs["allegations"] = sorted(_labelled(graph, a) for a in graph.objects(iri, MB.allegation))
            attrs["topics"] = sorted(_labelled(graph, t) for t in graph.objects(iri, MB.concerns))
            attrs["evidence"] = sorted(str(e) for e in graph.objects(iri, MB.evidence))
            # When the news first carried it: the earliest publication date of
            # the articles whose sentences state it (timeline fallback).
            published = [str(d) for e in graph.objects(iri, MB.evidence)
                         for art in graph.objects(e, MB.inArticle) for d in graph.objects(art, MB.published)]
            attrs["reported"] = min(published, default="")
            count = graph.value(iri, MB.sourceCount)
            attrs["source_count"] = int(count) if count is not None else 0
        else:
            attrs["node_type"] = "entity"
            attrs["kind"] = next((k for k in ENTITY_KIND_PRIORITY if k in kinds), "Entity")

    # Job titles live on position nodes (W3C ORG pattern); put them on the
    # worksFor edge, and add the edge if only the position was recorded.
    for pos in sorted(graph.subjects(RDF.type, MB.Position, unique=True)):
        holder, org = graph.value(pos, MB.holder), graph.value(pos, MB.positionIn)
        if holder is None or org is None:
            continue
        u, v = str(holder), str(org)
        for n in (u, v):
            if n not in G:
                G.add_node(n, label=_text(graph, URIRef(n), RDFS.label) or _local(n), aliases=[],
                           kinds=[], kind="Entity", node_type="entity")
        data = G.get_edge_data(u, v, key="worksFor")
        if data is None:
            G.add_edge(u, v, key="worksFor", kind="worksFor", fact="", weight=1)
            data = G.edges[u, v, "worksFor"]
        titles = [t for t in (data.get("title", ""), _text(graph, pos, MB.jobTitle)) if t]
        data["title"] = "; ".join(dict.fromkeys(titles))
        data["fact"] = data["fact"] or str(pos)
        data.setdefault("evidence", [])
        data["evidence"] = sorted({*data["evidence"], *(str(e) for e in graph.objects(pos, MB.evidence))})

    G.graph["articles"] = len(set(graph.subjects(RDF.type, MB.Article)))
    G.graph["sentences"] = len(set(graph.subjects(RDF.type, MB.Sentence)))
    return G


def _participants(F: nx.MultiDiGraph, fact: str) -> dict[str, list[str]]:
    """Role -> entities of one fact node."""
    roles: dict[str, list[str]] = defaultdict(list)
    for _, target, kind in F.out_edges(fact, keys=True):
        roles[kind].append(target)
    return roles


def _pairs(kind: str, roles: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
    """Which parties of an n-ary fact it links (the collapsed edges)."""
    if kind == "Dispute":
        yield from itertools.product(roles.get("claimant", []), roles.get("respondent", []))
    elif kind == "Acquisition":
        yield from itertools.product(roles.get("acquirer", []), roles.get("acquiree", []))
    else:  # agreements: every pair of parties (and any other roles present)
        members = sorted({m for ms in roles.values() for m in ms})
        yield from itertools.combinations(members, 2)


def party_graph(graph: Graph | nx.MultiDiGraph) -> nx.Graph:
    """Entities only; every fact collapsed into a weighted edge between the parties.

    Parameters
    ----------
    graph : rdflib.Graph or networkx.MultiDiGraph
        The merged graph, or its :func:`fact_graph`.

    Returns
    -------
    networkx.Graph
        Undirected. Nodes are the entity nodes of the fact graph with their
        attributes. An edge links two entities that share at least one fact:
        ``weight`` is the number of facts, ``kinds`` their kinds (one entry
        per fact, e.g. ``["Dispute", "Dispute", "signedTo"]``), ``kind`` the
        distinct kinds joined with ``|``, ``facts`` the fact IRIs (``""`` for
        binary facts, which have no IRI of their own).

    Example
    -------
    >>> from rdflib import Graph
    >>> party_graph(Graph()).number_of_edges()
    0
    """
    F = _as_fact_graph(graph)
    P = nx.Graph(**F.graph)
    P.add_nodes_from((n, d) for n, d in F.nodes(data=True) if d.get("node_type") != "fact")

    def link(u: str, v: str, kind: str, fact: str) -> None:
        if u == v:
            return
        if P.has_edge(u, v):
            e = P.edges[u, v]
            e["weight"] += 1
            e["kinds"].append(kind)
            e["facts"].append(fact)
        else:
            P.add_edge(u, v, weight=1, kinds=[kind], facts=[fact])

    for node, data in F.nodes(data=True):
        if data.get("node_type") == "fact":
            for u, v in _pairs(data.get("kind", ""), _participants(F, node)):
                link(u, v, data.get("kind", "Fact"), node)
    for u, v, kind, data in F.edges(keys=True, data=True):
        if kind in _BINARY:
            link(u, v, kind, data.get("fact", ""))
    for _, _, e in P.edges(data=True):
        e["kind"] = "|".join(sorted(set(e["kinds"])))
    return P


def _as_fact_graph(graph: Graph | nx.MultiDiGraph) -> nx.MultiDiGraph:
    if isinstance(graph, nx.MultiDiGraph):
        return graph
    if isinstance(graph, Graph):
        return fact_graph(graph)
    raise TypeError(f"expected an rdflib Graph or a fact graph, got {type(graph).__name__}")


def _as_party_graph(graph: Graph | nx.Graph) -> nx.Graph:
    if isinstance(graph, nx.Graph) and not graph.is_directed() and not graph.is_multigraph():
        return graph
    return party_graph(graph)


# --- names ----------------------------------------------------------------------


def _name_index(G: nx.Graph) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """casefolded label -> nodes, casefolded alias -> nodes (entities only)."""
    labels: dict[str, list[str]] = defaultdict(list)
    aliases: dict[str, list[str]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        if data.get("node_type") == "fact":
            continue
        labels[str(data.get("label", "")).casefold()].append(node)
        for alias in data.get("aliases", ()):
            aliases[str(alias).casefold()].append(node)
    return labels, aliases


def resolve_name(graph: Graph | nx.Graph, name: str) -> str:
    """The node an entity name refers to, by label or alias, ignoring case.

    Parameters
    ----------
    graph : rdflib.Graph, fact graph or party graph
    name : str
        A canonical name (``rdfs:label``), any other form of it
        (``skos:altLabel``), or the entity's IRI.

    Returns
    -------
    str
        The entity's IRI.

    Raises
    ------
    NotFoundError
        No entity has that name (the message lists the closest names), or an
        alias names several entities and no label settles it.
    """
    G = graph if isinstance(graph, nx.Graph) else fact_graph(graph)
    if name in G and G.nodes[name].get("node_type") != "fact":
        return name
    labels, aliases = _name_index(G)
    key = " ".join(name.split()).casefold()
    for index in (labels, aliases):
        found = sorted(set(index.get(key, ())))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(f"{G.nodes[n]['label']} <{n}>" for n in found)
            raise NotFoundError(f"entity name {name!r} is ambiguous: it names {names}")
    shown = {k: G.nodes[ns[0]]["label"] for k, ns in labels.items()}
    shown.update({k: f"{k_alias} ({G.nodes[ns[0]]['label']})" for k, ns in aliases.items()
                  for k_alias in [next(a for a in G.nodes[ns[0]]["aliases"] if a.casefold() == k)]
                  if k not in shown})
    close = difflib.get_close_matches(key, list(shown), n=5, cutoff=0.5)
    hint = "; closest names: " + ", ".join(shown[c] for c in close) if close else ""
    raise NotFoundError(f"no entity named {name!r} in the graph{hint}")


# --- centrality and communities ---------------------------------------------------


@dataclass(frozen=True)
class CentralityScore:
    """How central one entity is in the party graph.

    ``degree`` counts distinct partners; ``degree_centrality``, ``pagerank``
    and ``betweenness`` are networkx's normalised scores.
    """

    node: str
    label: str
    kind: str
    degree: int
    degree_centrality: float
    pagerank: float
    betweenness: float


def centrality(
    graph: Graph | nx.Graph,
    *,
    top: int | None = None,
    by: TypingLiteral["pagerank", "degree", "betweenness"] = "pagerank",
    approx_threshold: int = APPROX_THRESHOLD,
    k: int | None = None,
    seed: int = 0,
    backend: str | None = None,
) -> list[CentralityScore]:
    """Degree, PageRank and betweenness centrality of every entity, ranked.

    Parameters
    ----------
    graph : rdflib.Graph, fact graph or party graph
    top : int, optional
        Keep the first ``top`` entities.
    by : {"pagerank", "degree", "betweenness"}
        The score to rank by (ties broken by the others, then by name).
    approx_threshold, k : int
        Above ``approx_threshold`` nodes, betweenness is estimated from ``k``
        sampled source nodes (seeded) instead of all of them; by default ``k``
        follows the graph's size (:func:`betweenness_samples`).
    seed : int
        Seed of the betweenness sample.
    backend : str, optional
        A networkx backend for betweenness, e.g. ``"parallel"`` when
        nx-parallel is installed.

    Returns
    -------
    list of CentralityScore

    Notes
    -----
    PageRank uses the edge weight (facts shared), so repeated partners count
    more. Betweenness ignores it: networkx reads a weight there as a distance,
    and more shared facts means closer, not farther.

    Example
    -------
    >>> import networkx as nx
    >>> star = nx.star_graph(4)
    >>> centrality(star, top=1)[0].node
    0
    """
    P = _as_party_graph(graph)
    if P.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(P)
    pagerank = nx.pagerank(P, weight="weight")
    n = P.number_of_nodes()
    sample = betweenness_samples(n, P.number_of_edges(), k, approx_threshold)
    kwargs = {"backend": backend} if backend else {}
    between = nx.betweenness_centrality(P, k=sample, seed=seed, weight=None, **kwargs)
    scores = [
        CentralityScore(
            node=node,
            label=str(P.nodes[node].get("label", node)),
            kind=str(P.nodes[node].get("kind", "")),
            degree=P.degree(node),
            degree_centrality=degree[node],
            pagerank=pagerank[node],
            betweenness=between[node],
        )
        for node in P.nodes
    ]
    order = {"pagerank": ("pagerank", "degree", "betweenness"),
             "degree": ("degree", "pagerank", "betweenness"),
             "betweenness": ("betweenness", "pagerank", "degree")}[by]
    scores.sort(key=lambda s: (*(-getattr(s, a) for a in order), s.label, str(s.node)))
    return scores[:top] if top is not None else scores


@dataclass(frozen=True)
class Community:
    """A group of entities more linked to each other than to the rest."""

    members: tuple[str, ...]  # node IRIs, most connected first
    labels: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.members)


def communities(graph: Graph | nx.Graph, *, seed: int = 0, min_size: int = 1) -> list[Community]:
    """Louvain communities of the party graph, largest first.

    Parameters
    ----------
    graph : rdflib.Graph, fact graph or party graph
    seed : int
        Louvain's seed: the same graph always gives the same communities.
    min_size : int
        Drop smaller communities (isolated entities form communities of 1).

    Returns
    -------
    list of Community
        Members of each are ordered by weighted degree, then name.

    Example
    -------
    >>> import networkx as nx
    >>> two = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3))
    >>> [c.size for c in communities(two)]
    [3, 3]
    """
    P = _as_party_graph(graph)
    if P.number_of_nodes() == 0:
        return []
    # Isolated entities are communities of their own whatever Louvain does;
    # leaving them out (on a copy: subgraph views are slow) saves a third of
    # the time on a big graph and changes nothing.
    linked = [n for n in P if P.degree(n)]
    core = P if len(linked) == len(P) else P.subgraph(linked).copy()
    found = nx.community.louvain_communities(core, weight="weight", seed=seed) if len(core) else []
    found += [{n} for n in P if not P.degree(n)]
    strength = dict(P.degree(weight="weight"))
    out = []
    for group in found:
        if len(group) < min_size:
            continue
        members = sorted(group, key=lambda n: (-strength[n], str(P.nodes[n].get("label", n)), str(n)))
        out.append(Community(tuple(members), tuple(str(P.nodes[n].get("label", n)) for n in members)))
    out.sort(key=lambda c: (-c.size, c.labels))
    return out


# --- facts: disputes, deals, executives, time -----------------------------------------


@dataclass(frozen=True)
class DisputePair:
    """Every dispute one claimant brought against one respondent."""

    claimant: str
    claimant_label: str
    respondent: str
    respondent_label: str
    count: int
    allegations: tuple[tuple[str, int], ...]  # (allegation, how many of the disputes), most first
    statuses: tuple[str, ...]
    facts: tuple[str, ...]


def dispute_network(graph: Graph | nx.MultiDiGraph) -> list[DisputePair]:
    """Who is in dispute with whom, how often, and over what.

    Parameters
    ----------
    graph : rdflib.Graph or fact graph

    Returns
    -------
    list of DisputePair
        One per (claimant, respondent), most disputes first. A dispute with
        two claimants counts once for each.
    """
    F = _as_fact_graph(graph)
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node, data in F.nodes(data=True):
        if data.get("kind") == "Dispute":
            for c, r in _pairs("Dispute", _participants(F, node)):
                grouped[c, r].append(node)
    out = []
    for (c, r), facts in grouped.items():
        alleg = Counter(a for f in facts for a in set(F.nodes[f].get("allegations", ())))
        statuses = sorted({F.nodes[f].get("status", "") for f in facts} - {""})
        out.append(DisputePair(
            c, F.nodes[c].get("label", c), r, F.nodes[r].get("label", r), len(facts),
            tuple(sorted(alleg.items(), key=lambda kv: (-kv[1], kv[0]))), tuple(statuses),
            tuple(sorted(facts)),
        ))
    out.sort(key=lambda d: (-d.count, d.claimant_label, d.respondent_label))
    return out


@dataclass(frozen=True)
class FactRow:
    """One n-ary fact as a table row."""

    fact: str
    kind: str
    label: str
    parties: tuple[str, ...]  # labels; for acquisitions, acquirer(s) first
    date: str
    status: str
    topics: tuple[str, ...]


def deals(graph: Graph | nx.MultiDiGraph, kinds: Iterable[str] = DEAL_KINDS) -> list[FactRow]:
    """Agreements and acquisitions, newest first (undated last).

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    kinds : iterable of str
        Fact kinds to list (default: the agreement kinds and Acquisition).
    """
    F = _as_fact_graph(graph)
    wanted = set(kinds)
    rows = []
    for node, data in F.nodes(data=True):
        if data.get("node_type") != "fact" or data.get("kind") not in wanted:
            continue
        roles = _participants(F, node)
        order = ("acquirer", "acquiree", "claimant", "respondent", "party")
        members = [m for r in (*order, *sorted(set(roles) - set(order))) for m in sorted(roles.get(r, []))]
        rows.append(FactRow(
            node, data["kind"], data.get("label", ""),
            tuple(F.nodes[m].get("label", m) for m in dict.fromkeys(members)),
            data.get("date", ""), data.get("status", ""), tuple(data.get("topics", ())),
        ))
    rows.sort(key=lambda r: (r.date == "", _neg_date(r.date), r.label, r.fact))
    return rows


def _neg_date(date: str) -> tuple[int, ...]:
    """Sort key putting later ISO dates first ("2021" after "2021-02")."""
    parts = [int(p) for p in date.split("-") if p.isdigit()] if date else []
    return tuple(-p for p in (parts + [0, 0, 0])[:3])


def deal_matrix(
    graph: Graph | nx.MultiDiGraph,
    kinds: Iterable[str] = AGREEMENT_KINDS,
    rows: str = "RecordLabel",
    columns: str = "Platform",
    top: int | None = None,
) -> pd.DataFrame:
    """How many agreements each record label has with each platform.

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    kinds : iterable of str
        Which facts count as deals (default: every kind of agreement).
    rows, columns : str
        Entity classes of the two axes (an entity counts under every class it has).
    top : int, optional
        Keep only the ``top`` labels and ``top`` platforms with the most deals
        (a dense table of every label by every platform is large on a big graph).

    Returns
    -------
    pandas.DataFrame
        Integer counts, index = label names, columns = platform names, both
        sorted by total then name; only labels and platforms with a deal.
    """
    F = _as_fact_graph(graph)
    wanted = set(kinds)
    counts: Counter[tuple[str, str]] = Counter()
    for node, data in F.nodes(data=True):
        if data.get("node_type") != "fact" or data.get("kind") not in wanted:
            continue
        members = {m for ms in _participants(F, node).values() for m in ms}
        for a, b in itertools.permutations(sorted(members), 2):
            if rows in F.nodes[a].get("kinds", ()) and columns in F.nodes[b].get("kinds", ()):
                counts[F.nodes[a]["label"], F.nodes[b]["label"]] += 1
    if not counts:
        return pd.DataFrame(dtype="int64")
    if top is not None:
        row_tot: Counter[str] = Counter()
        col_tot: Counter[str] = Counter()
        for (a, b), c in counts.items():
            row_tot[a] += c
            col_tot[b] += c
        best = lambda tot: {x for x, _ in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}  # noqa: E731
        keep_r, keep_c = best(row_tot), best(col_tot)
        counts = Counter({(a, b): c for (a, b), c in counts.items() if a in keep_r and b in keep_c})
        if not counts:
            return pd.DataFrame(dtype="int64")
    frame = pd.Series(counts).unstack(fill_value=0).astype("int64")
    r = frame.sum(axis=1).to_frame("n").assign(name=frame.index).sort_values(["n", "name"], ascending=[False, True])
    c = frame.sum(axis=0).to_frame("n").assign(name=frame.columns).sort_values(["n", "name"], ascending=[False, True])
    frame = frame.loc[r.index, c.index]
    frame.index.name, frame.columns.name = rows, columns
    return frame


@dataclass(frozen=True)
class Executive:
    """A person who works for an organisation, and how connected they are."""

    node: str
    label: str
    organizations: tuple[str, ...]  # labels
    titles: tuple[str, ...]
    degree: int  # distinct entities linked to them by any fact
    facts: int  # facts they take part in (weighted degree)


def top_executives(
    graph: Graph | nx.MultiDiGraph, n: int | None = 10, *, party: nx.Graph | None = None
) -> list[Executive]:
    """People with a ``worksFor`` fact or a position, most connected first.

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    n : int, optional
        Keep the first ``n`` (all with ``None``).
    party : networkx.Graph, optional
        The :func:`party_graph` of ``graph``, if already built.

    Returns
    -------
    list of Executive
        Ranked by distinct connections in the party graph, then by facts.
    """
    F = _as_fact_graph(graph)
    P = party if party is not None else party_graph(F)
    out = []
    for node, data in F.nodes(data=True):
        if data.get("kind") != "Person":
            continue
        jobs = [(v, d) for _, v, k, d in F.out_edges(node, keys=True, data=True) if k == "worksFor"]
        if not jobs:
            continue
        titles = [t for _, d in jobs for t in str(d.get("title", "")).split("; ") if t]
        out.append(Executive(
            node, data.get("label", node),
            tuple(sorted(F.nodes[v].get("label", v) for v, _ in jobs)),
            tuple(dict.fromkeys(titles)),
            P.degree(node), int(P.degree(node, weight="weight")),
        ))
    out.sort(key=lambda e: (-e.degree, -e.facts, e.label))
    return out[:n] if n is not None else out


def _period(date: str, freq: str) -> str | None:
    """``"2024-11-25"`` -> ``"2024Q4"`` or ``"2024-11"``; None when too coarse."""
    parts = date.split("-")
    if len(parts) < 2 or not parts[0].isdigit() or not parts[1][:2].isdigit():
        return None
    year, month = int(parts[0]), int(parts[1][:2])
    if not 1 <= month <= 12:
        return None
    return f"{year}Q{(month - 1) // 3 + 1}" if freq == "quarter" else f"{year}-{month:02d}"


def _when(data: dict[str, Any], freq: str, reported: bool) -> str | None:
    """The period a fact goes in: its own date; if it has none, when it was reported."""
    if data.get("date"):
        return _period(data["date"], freq)  # a year-only date stays out: too coarse
    return _period(data.get("reported", ""), freq) if reported else None


def timeline(
    graph: Graph | nx.MultiDiGraph,
    freq: TypingLiteral["quarter", "month"] = "quarter",
    *,
    reported: bool = True,
) -> pd.DataFrame:
    """How many facts of each kind fall in each quarter (or month).

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    freq : {"quarter", "month"}
    reported : bool
        Place a fact that has no ``mb:date`` at all by when it was first
        reported (the earliest ``mb:published`` of the articles stating it).
        A fact dated only by year stays out either way: placing a 2005 deal
        in the quarter it was mentioned would mislead.

    Returns
    -------
    pandas.DataFrame
        Index: periods (``"2024Q4"`` or ``"2024-11"``), every period from
        the first to the last, so gaps show as zeros; columns: fact kinds.
        Facts with no usable date are left out (see :func:`summary`,
        ``undated_facts``).
    """
    if freq not in ("quarter", "month"):
        raise ValueError(f"freq must be 'quarter' or 'month', not {freq!r}")
    F = _as_fact_graph(graph)
    counts: Counter[tuple[str, str]] = Counter()
    for _, data in F.nodes(data=True):
        if data.get("node_type") == "fact":
            period = _when(data, freq, reported)
            if period is not None:
                counts[period, data["kind"]] += 1
    if not counts:
        return pd.DataFrame(dtype="int64")
    frame = pd.Series(counts).unstack(fill_value=0).astype("int64")
    pfreq = "Q" if freq == "quarter" else "M"
    periods = pd.PeriodIndex([pd.Period(p, freq=pfreq) for p in frame.index])
    full = pd.period_range(periods.min(), periods.max(), freq=pfreq)
    names = [f"{p.year}Q{p.quarter}" if freq == "quarter" else f"{p.year}-{p.month:02d}" for p in full]
    frame = frame.reindex(names, fill_value=0)
    frame = frame[sorted(frame.columns)]
    frame.index.name = freq
    return frame


def summary(graph: Graph | nx.MultiDiGraph, *, party: nx.Graph | None = None) -> dict[str, Any]:
    """Counts: entities and facts by kind, articles, components.

    ``party``: the :func:`party_graph` of ``graph``, if already built.

    Returns
    -------
    dict
        ``entities``, ``entities_by_kind``, ``facts`` (n-ary facts plus binary
        fact edges), ``facts_by_kind``, ``articles``, ``sentences``,
        ``connected_entities`` (in at least one fact), ``components`` (of the
        party graph, ignoring isolated entities), ``largest_component``,
        ``undated_facts`` (n-ary facts the timeline leaves out: no date, or
        only a year), ``facts_placed_by_report`` (n-ary facts with no date
        that the timeline places by when they were reported).
    """
    F = _as_fact_graph(graph)
    P = party if party is not None else party_graph(F)
    ent = Counter(d.get("kind", "") for _, d in F.nodes(data=True) if d.get("node_type") != "fact")
    facts = Counter(d.get("kind", "") for _, d in F.nodes(data=True) if d.get("node_type") == "fact")
    facts.update(k for _, _, k in F.edges(keys=True) if k in _BINARY)
    connected = [c for c in nx.connected_components(P) if len(c) > 1]
    nary = [d for _, d in F.nodes(data=True) if d.get("node_type") == "fact"]
    undated = sum(1 for d in nary if _when(d, "month", True) is None)
    by_report = sum(1 for d in nary if not d.get("date") and _when(d, "month", True) is not None)
    return {
        "entities": sum(ent.values()),
        "entities_by_kind": dict(sorted(ent.items(), key=lambda kv: (-kv[1], kv[0]))),
        "facts": sum(facts.values()),
        "facts_by_kind": dict(sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "articles": int(F.graph.get("articles", 0)),
        "sentences": int(F.graph.get("sentences", 0)),
        "connected_entities": sum(len(c) for c in connected),
        "components": len(connected),
        "largest_component": max((len(c) for c in connected), default=0),
        "undated_facts": undated,
        "facts_placed_by_report": by_report,
    }


# --- paths -------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence that states a fact, and the article it is in."""

    text: str
    article: str
    headline: str
    url: str = ""


@dataclass(frozen=True)
class Step:
    """One hop of a path: the fact that links ``source`` to ``target``.

    ``fact`` is the fact node's IRI (or, for a job, the position node; ""
    for other binary facts); ``relation`` reads as a sentence fragment, e.g.
    ``"Drake (claimant) v. Universal Music Group (respondent): Dispute"``.
    ``sentences`` are the evidence; ``other_facts`` counts further facts
    linking the same two entities.
    """

    source: str
    source_label: str
    target: str
    target_label: str
    kind: str
    fact: str
    fact_label: str
    relation: str
    sentences: tuple[Sentence, ...]
    other_facts: int = 0


@dataclass(frozen=True)
class Path:
    """A chain of facts linking two entities."""

    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    steps: tuple[Step, ...]

    def __len__(self) -> int:
        return len(self.steps)

    def describe(self) -> str:
        """Plain text: the chain of names, then each step with its sentence."""
        lines = [" -> ".join(self.labels)]
        for i, step in enumerate(self.steps, 1):
            more = f" (+{step.other_facts} more)" if step.other_facts else ""
            lines.append(f"  {i}. {step.relation}{more}")
            for s in step.sentences[:2]:
                where = f"{s.headline}" + (f" <{s.url}>" if s.url else "")
                lines.append(f'     "{s.text}" ({where})' if s.text else f"     (mentioned together in: {where})")
        return "\n".join(lines)


def _sentences(graph: Graph, sentence_iris: Iterable[Any]) -> list[Sentence]:
    out = []
    for s in sorted({str(x) for x in sentence_iris}):
        iri = URIRef(s)
        article = graph.value(iri, MB.inArticle)
        headline = url = ""
        if article is not None:
            headline = _text(graph, article, MB.headline) or _text(graph, article, RDFS.label)
            url = _text(graph, article, MB.url)
        out.append(Sentence(_text(graph, iri, MB.text), str(article or ""), headline, url))
    return out


def _binary_sentences(graph: Graph, dataset: Dataset | None, s: str, p: str, o: str,
                      names: tuple[list[str], list[str]]) -> list[Sentence]:
    """Evidence of a binary triple: from its assertion graphs, else co-mentions."""
    triple = (URIRef(s), MB[p], URIRef(o))
    if dataset is not None:
        contexts = {c.identifier if isinstance(c, Graph) else c for *_, c in dataset.quads((*triple, None))}
        evidence = [e for c in contexts for *_, e, _ in dataset.quads((c, MB.evidence, None, None))]
        if evidence:
            return _sentences(dataset, evidence)
    # No assertion graph: sentences of articles mentioning both ends that name both.
    arts = set(graph.subjects(MB.mentions, triple[0])) & set(graph.subjects(MB.mentions, triple[2]))
    found: list[Sentence] = []
    for art in sorted(arts):
        candidates = _sentences(graph, graph.subjects(MB.inArticle, art))
        hits = [c for c in candidates
                if all(any(n.casefold() in c.text.casefold() for n in ns if n) for ns in names)]
        if hits:
            found.extend(hits)
        else:
            headline = _text(graph, art, MB.headline) or _text(graph, art, RDFS.label)
            found.append(Sentence("", str(art), headline, _text(graph, art, MB.url)))
    return found


def _step(graph: Graph, dataset: Dataset | None, F: nx.MultiDiGraph, P: nx.Graph, u: str, v: str) -> Step:
    """Describe the hop u -> v by its best-evidenced fact."""
    facts = P.edges[u, v]
    label = lambda n: str(F.nodes[n].get("label", n))  # noqa: E731
    names = lambda n: [label(n), *F.nodes[n].get("aliases", [])]  # noqa: E731
    options = []
    for kind, fact in zip(facts["kinds"], facts["facts"]):
        if kind in _BINARY:
            # Binary facts are directed: find which way round this one runs.
            s, o = (u, v) if F.has_edge(u, v, key=kind) else (v, u)
            data = F.edges[s, o, kind]
            sents = _sentences(graph, data.get("evidence", [])) or _binary_sentences(
                graph, dataset, s, kind, o, (names(s), names(o)))
            title = f" ({data['title']})" if data.get("title") else ""
            verb = {"worksFor": "works for", "signedTo": "is signed to", "performedBy": "is performed by",
                    "operates": "operates", "subsidiaryOf": "is part of",
                    "withdrewCatalogFrom": "withdrew its catalogue from"}[kind]
            relation = f"{label(s)}{title} {verb} {label(o)}"
            options.append((kind, fact, relation, relation, sents))
        else:
            fd = F.nodes[fact]
            roles = _participants(F, fact)
            role_of = lambda n: next((r for r, ms in roles.items() if n in ms), "party")  # noqa: E731
            when = f", {fd['date']}" if fd.get("date") else ""
            relation = (f"{label(u)} ({role_of(u)}) and {label(v)} ({role_of(v)}): "
                        f"{fd.get('kind')} \u201c{fd.get('label', '')}\u201d{when}")
            options.append((fd.get("kind", ""), fact, fd.get("label", ""), relation,
                            _sentences(graph, fd.get("evidence", []))))
    # Prefer the fact with a sentence that states it, then n-ary facts (they carry more).
    options.sort(key=lambda o: (not any(s.text for s in o[4]), o[0] in _BINARY, o[1]))
    kind, fact, fact_label, relation, sents = options[0]
    return Step(u, label(u), v, label(v), kind, fact, fact_label, relation, tuple(sents), len(options) - 1)


def _detour(P: nx.Graph, nodes: list[str]) -> bool:
    """Whether two consecutive hops ride one fact that links their ends directly.

    A three-party deal links every pair of its parties; the path
    ``A -> B -> C`` through that one deal only restates ``A -> C``.
    """
    for u, v, w in zip(nodes, nodes[1:], nodes[2:]):
        if P.has_edge(u, w):
            shared = set(P.edges[u, v]["facts"]) & set(P.edges[v, w]["facts"]) & set(P.edges[u, w]["facts"])
            if shared - {""}:
                return True
    return False


def shortest_connections(
    graph: Graph,
    a: str,
    b: str,
    k: int = 3,
    *,
    dataset: Dataset | None = None,
) -> list[pathlib.Path]:
    """The ``k`` shortest chains of facts linking two entities.

    Parameters
    ----------
    graph : rdflib.Graph
        The merged graph (``graph.ttl``): it holds the sentences.
    a, b : str
        Entity names (label or alias, any case) or IRIs.
    k : int
        How many paths, shortest first (fewest facts; ties in a stable order).
    dataset : rdflib.Dataset, optional
        ``graph.trig``: gives the sentences of binary facts (worksFor, ...),
        which have no node of their own. Without it those steps cite the
        sentences of articles that mention both ends.

    Returns
    -------
    list of Path
        Empty when the two are not connected.

    Raises
    ------
    NotFoundError
        An unknown name (the message lists the closest names).

    Example
    -------
    >>> from rdflib import Graph, Literal, RDF, RDFS
    >>> from kg.namespace import MB, RES
    >>> g = Graph()
    >>> for key, name in [("a", "Alpha Records"), ("b", "Beta")]:
    ...     _ = g.add((RES[key], RDF.type, MB.RecordLabel)).add((RES[key], RDFS.label, Literal(name)))
    >>> _ = g.add((RES.a, MB.subsidiaryOf, RES.b))
    >>> shortest_connections(g, "alpha records", "BETA")[0].steps[0].relation
    'Alpha Records is part of Beta'
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    F = fact_graph(graph)
    source, target = resolve_name(F, a), resolve_name(F, b)
    if source == target:
        return []
    P = party_graph(F)
    found: list[list[str]] = []
    try:
        # Candidates in order of length; a few spares for the detours dropped below.
        for nodes in itertools.islice(nx.shortest_simple_paths(P, source, target), 20 * k):
            if len(found) >= k and len(nodes) > len(found[-1]):
                break  # k found, and every tie of the last length too
            if not _detour(P, nodes):
                found.append(nodes)
    except nx.NetworkXNoPath:
        return []
    label = lambda n: str(F.nodes[n].get("label", n)).casefold()  # noqa: E731
    found = sorted(found, key=lambda ns: (len(ns), [label(n) for n in ns]))[:k]
    paths = []
    for nodes in found:
        steps = tuple(_step(graph, dataset, F, P, u, v) for u, v in itertools.pairwise(nodes))
        paths.append(Path(tuple(nodes), tuple(str(F.nodes[n].get("label", n)) for n in nodes), steps))
    return paths


# --- the whole analysis -------------------------------------------------------------


def _records(frame: pd.DataFrame) -> dict[str, dict[str, int]]:
    """A count table as {row: {column: n}}, zeros left out."""
    return {str(r): {str(c): int(v) for c, v in row.items() if v} for r, row in frame.iterrows()}


@dataclass
class Analysis:
    """Everything :func:`analyze` found; :meth:`to_json` is ``analysis.json``."""

    summary: dict[str, Any]
    centrality: list[CentralityScore]
    communities: list[Community]
    disputes: list[DisputePair]
    deals: list[FactRow]
    deal_matrix: pd.DataFrame
    executives: list[Executive]
    timeline: pd.DataFrame
    parameters: dict[str, Any] = field(default_factory=dict)
    #: Edges among the ranked entities, (u, v, weight, kind): the map drawn in the report.
    core: list[tuple[str, str, int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (only str, int, float, list, dict)."""
        return {
            "summary": self.summary,
            "parameters": self.parameters,
            "centrality": [asdict(c) for c in self.centrality],
            "communities": [
                {"size": c.size, "members": [{"node": n, "label": lab} for n, lab in zip(c.members, c.labels)]}
                for c in self.communities
            ],
            "disputes": [
                {**asdict(d), "allegations": dict(d.allegations), "statuses": list(d.statuses),
                 "facts": list(d.facts)}
                for d in self.disputes
            ],
            "deals": [{**asdict(r), "parties": list(r.parties), "topics": list(r.topics)} for r in self.deals],
            "deal_matrix": _records(self.deal_matrix),
            "executives": [
                {**asdict(e), "organizations": list(e.organizations), "titles": list(e.titles)}
                for e in self.executives
            ],
            "timeline": {
                "freq": self.parameters.get("timeline_freq", "quarter"),
                "periods": _records(self.timeline),
            },
            "core": [{"source": u, "target": v, "weight": w, "kind": k} for u, v, w, k in self.core],
        }


def analyze(
    graph: Graph | nx.MultiDiGraph,
    *,
    top: int = 15,
    seed: int = 0,
    freq: TypingLiteral["quarter", "month"] = "quarter",
    approx_threshold: int = APPROX_THRESHOLD,
    k: int | None = None,
    backend: str | None = None,
) -> Analysis:
    """Run every analysis on the graph.

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    top : int
        How many entities to keep in the centrality ranking (and executives).
    seed : int
        Seed for Louvain and sampled betweenness.
    freq : {"quarter", "month"}
        Timeline buckets.
    approx_threshold, k, backend
        See :func:`centrality`.

    Returns
    -------
    Analysis

    Example
    -------
    >>> from rdflib import Graph
    >>> analyze(Graph()).to_json()["summary"]["entities"]
    0
    """
    F = _as_fact_graph(graph)
    P = party_graph(F)
    n = P.number_of_nodes()
    sample = betweenness_samples(n, P.number_of_edges(), k, approx_threshold)
    ranked = centrality(P, top=top, approx_threshold=approx_threshold, k=k, seed=seed, backend=backend)
    core = P.subgraph(s.node for s in ranked)
    return Analysis(
        summary=summary(F, party=P),
        centrality=ranked,
        communities=communities(P, seed=seed, min_size=2),
        disputes=dispute_network(F),
        deals=deals(F),
        deal_matrix=deal_matrix(F, top=max(top, 30)),
        executives=top_executives(F, n=top, party=P),
        timeline=timeline(F, freq=freq),
        parameters={
            "seed": seed,
            "top": top,
            "timeline_freq": freq,
            "betweenness": "exact" if sample is None else f"approximate ({sample} sampled sources)",
        },
        core=sorted((*sorted((u, v)), int(d["weight"]), d["kind"]) for u, v, d in core.edges(data=True)),
    )


# --- loading and exporting ------------------------------------------------------------


def load_graph(data_dir: str | pathlib.Path, *, dataset: bool = True) -> tuple[Graph, Dataset | None]:
    """The graph built in ``data_dir``: ``graph.ttl``, and the dataset beside it.

    Parameters
    ----------
    data_dir : path
        A directory written by ``kg build``.
    dataset : bool
        Also open the dataset (the provenance of binary facts, for
        :func:`shortest_connections`): the Oxigraph store ``DIR/store`` when
        it is there (opened read-only through oxrdflib: nothing is parsed),
        else ``DIR/graph.trig`` parsed with rdflib, else ``None``.

    Returns
    -------
    (rdflib.Graph, rdflib.Dataset or None)

    Raises
    ------
    NotFoundError
        ``data_dir`` holds no ``graph.ttl`` (run ``kg build`` first).
    InputError
        A file that does not parse.
    """
    data_dir = pathlib.Path(data_dir)
    ttl = data_dir / "graph.ttl"
    if not ttl.is_file():
        raise NotFoundError("no built graph here (graph.ttl missing); run `kg build` first", path=data_dir)
    graph = Graph()
    try:
        graph.parse(ttl, format="turtle")
    except Exception as exc:  # rdflib raises many kinds
        raise InputError(f"cannot parse Turtle: {' '.join(str(exc).split())}", path=ttl) from exc
    if not dataset:
        return graph, None
    if (data_dir / "store" / "CURRENT").is_file():
        from oxrdflib import OxigraphStore

        from kg.store import open_store

        return graph, Dataset(store=OxigraphStore(store=open_store(data_dir)))
    trig = data_dir / "graph.trig"
    if not trig.is_file():
        return graph, None
    ds = Dataset()
    try:
        ds.parse(trig, format="trig")
    except Exception as exc:
        raise InputError(f"cannot parse TriG: {' '.join(str(exc).split())}", path=trig) from exc
    return graph, ds


def _flat(value: Any) -> str | int | float | bool:
    """An attribute GraphML/GEXF/CSV can hold: lists joined with '|', None as ''."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "|".join(str(v) for v in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _flat_graph(G: nx.Graph) -> nx.Graph:
    """A copy with every attribute flattened (writers reject lists and None)."""
    H = G.__class__()
    H.graph.update({k: _flat(v) for k, v in G.graph.items()})
    H.add_nodes_from((n, {k: _flat(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((u, v, key, {k: _flat(x) for k, x in d.items()})
                         for u, v, key, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, {k: _flat(x) for k, x in d.items()}) for u, v, d in G.edges(data=True))
    # Uniform attribute sets: GraphML/GEXF declare each key with one type, and
    # Gephi shows missing values as blanks anyway.
    for items in (H.nodes.values(), [d for *_, d in H.edges(data=True)]):
        keys = {k: type(v) for d in items for k, v in d.items()}
        for d in items:
            for key, typ in keys.items():
                d.setdefault(key, typ())
    return H


def _atomic(path: pathlib.Path, write: Any) -> None:
    """Call ``write(tmp_path)`` then move the result over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        write(str(tmp))


def export(
    graph: Graph | nx.MultiDiGraph,
    fmt: TypingLiteral["graphml", "gexf", "csv"],
    out: str | pathlib.Path,
    *,
    view: TypingLiteral["fact", "party"] = "fact",
) -> list[pathlib.Path]:
    """Write a networkx view of the graph for Gephi and other tools.

    Parameters
    ----------
    graph : rdflib.Graph or fact graph
    fmt : {"graphml", "gexf", "csv"}
        GraphML and GEXF via networkx's writers. CSV: ``out`` is a directory
        that gets ``nodes.csv`` (``id``, ``label``, ``kind``, ...) and
        ``edges.csv`` (``source``, ``target``, ``key``, ``kind``, ``weight``,
        ...), the column names Gephi's spreadsheet import recognises.
    out : path
    view : {"fact", "party"}
        The bipartite fact graph (faithful; the default) or the party graph.

    Returns
    -------
    list of Path
        The files written (each written whole or not at all).

    Notes
    -----
    List attributes (aliases, kinds, fact IRIs) are joined with ``|``;
    missing values are written as empty strings.
    """
    F = _as_fact_graph(graph)
    G = F if view == "fact" else party_graph(F) if view == "party" else None
    if G is None:
        raise ValueError(f"view must be 'fact' or 'party', not {view!r}")
    H = _flat_graph(G)
    out = pathlib.Path(out)
    try:
        if fmt == "graphml":
            _atomic(out, lambda tmp: nx.write_graphml(H, tmp))
            return [out]
        if fmt == "gexf":
            _atomic(out, lambda tmp: nx.write_gexf(H, tmp))
            return [out]
        if fmt == "csv":
            if out.exists() and not out.is_dir():
                raise OutputError("CSV export writes a directory (nodes.csv, edges.csv), but this is a file",
                                  path=out)
            node_keys = sorted({k for _, d in H.nodes(data=True) for k in d} - {"label", "kind"})
            edge_keys = sorted({k for *_, d in H.edges(data=True) for k in d} - {"kind", "weight"})
            nodes_buf = io.StringIO(newline="")
            w = csv.writer(nodes_buf)
            w.writerow(["id", "label", "kind", *node_keys])
            for n, d in H.nodes(data=True):
                w.writerow([n, d.get("label", ""), d.get("kind", ""), *(d.get(k, "") for k in node_keys)])
            edges_buf = io.StringIO(newline="")
            w = csv.writer(edges_buf)
            key_col = ["key"] if H.is_multigraph() else []
            w.writerow(["source", "target", *key_col, "kind", "weight", *edge_keys])
            edges = H.edges(keys=True, data=True) if H.is_multigraph() else ((u, v, None, d) for u, v, d in H.edges(data=True))
            for u, v, key, d in edges:
                w.writerow([u, v, *([key] if key_col else []), d.get("kind", ""), d.get("weight", 1),
                            *(d.get(k, "") for k in edge_keys)])
            written = []
            for name, buf in (("nodes.csv", nodes_buf), ("edges.csv", edges_buf)):
                target = out / name
                _atomic(target, lambda tmp, b=buf: pathlib.Path(tmp).write_text(b.getvalue(), encoding="utf-8", newline=""))
                written.append(target)
            return written
    except OSError as exc:
        raise OutputError(f"cannot write {fmt}: {exc.strerror or exc}", path=out) from exc
    raise ValueError(f"format must be graphml, gexf or csv, not {fmt!r}")
