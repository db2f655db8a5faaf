"""How fast is the network analysis at 100,000 entities, and what does sampling buy?

Builds a synthetic fact graph directly in networkx, shaped like
:func:`kg.analyze.fact_graph` output (entities of every kind, agreements,
disputes and acquisitions as nodes with role edges, binary facts as edges,
about 1.2 facts per entity, parties drawn with power-law popularity: a few
hubs, as in the news), then times every analysis on it.

Side by side, on the same graphs:

* ``approximate`` betweenness (``k`` sampled sources: what ``analyze`` does
  above ``kg.analyze.APPROX_THRESHOLD`` nodes) against ``exact`` betweenness
  at a size where exact still finishes, with the ratio of times and how many
  of the exact top 20 the approximation finds;
* with ``--parallel``, betweenness through the nx-parallel backend when it is
  installed (``pip install nx-parallel``; optional, not a dependency).

Usage::

    .venv/bin/python benchmarks/bench_analyze.py [--entities 100000] [--exact-size 3000] [--parallel]

The budget: the whole ``analyze`` at 100,000 entities within a minute.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import analyze as an  # noqa: E402

RES = "https://w3id.org/mbkg/resource/"
ENTITY_MIX = {"Artist": 0.30, "Person": 0.25, "RecordLabel": 0.15, "Company": 0.10, "Work": 0.08,
              "Platform": 0.05, "Organization": 0.04, "Court": 0.02, "MediaOutlet": 0.01}
NARY_MIX = {"Partnership": 0.30, "LicensingAgreement": 0.20, "Settlement": 0.08, "Dispute": 0.30,
            "Acquisition": 0.12}
BINARY = {  # property: (subject kinds, object kinds)
    "worksFor": (("Person",), ("RecordLabel", "Company", "Organization")),
    "signedTo": (("Artist",), ("RecordLabel",)),
    "performedBy": (("Work",), ("Artist",)),
    "operates": (("Company",), ("Platform",)),
    "subsidiaryOf": (("RecordLabel", "Company"), ("RecordLabel", "Company")),
    "withdrewCatalogFrom": (("RecordLabel",), ("Platform",)),
}
ALLEGATIONS = ["copyright infringement", "defamation", "breach of contract", "unpaid royalties",
               "antitrust", "streaming fraud", "pay-for-play", "trademark"]
STATUSES = ["announced", "active", "expired", "settled", "dismissed", "pending", "completed"]


def synthetic_fact_graph(n_entities: int, facts_per_entity: float = 1.2, seed: int = 0) -> nx.MultiDiGraph:
    """A fact graph of ``n_entities`` entities, shaped like ours (see module doc)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(articles=n_entities // 4, sentences=n_entities)
    by_kind: dict[str, list[str]] = {k: [] for k in ENTITY_MIX}
    kinds = rng.choices(list(ENTITY_MIX), weights=list(ENTITY_MIX.values()), k=n_entities)
    for i, kind in enumerate(kinds):
        node = f"{RES}e{i}"
        G.add_node(node, label=f"{kind} {i}", kind=kind, kinds=[kind], aliases=[], node_type="entity")
        by_kind[kind].append(node)
    # Power-law popularity within each kind: the first few are the hubs.
    # Cumulative weights: choices() then bisects instead of summing every call.
    cum = {k: list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(ns)))) for k, ns in by_kind.items()}

    tails = {k: itertools.cycle(rng.sample(ns, len(ns))) for k, ns in by_kind.items() if ns}

    def pick(allowed: tuple[str, ...], tail: bool = False) -> str:
        """A popular entity, or with ``tail`` any entity alike (the long tail)."""
        kind = rng.choice([k for k in allowed if by_kind[k]])
        if tail:  # every entity in turn, so (almost) none is left out of every fact
            return next(tails[kind])
        return rng.choices(by_kind[kind], cum_weights=cum[kind])[0]

    n_facts = int(n_entities * facts_per_entity)
    n_nary = int(n_facts * 0.45)
    orgs = ("RecordLabel", "Company", "Platform", "Organization")
    for j in range(n_nary):
        kind = rng.choices(list(NARY_MIX), weights=list(NARY_MIX.values()))[0]
        fact = f"{RES}fact/{j:x}"
        dated = rng.random() < 0.8
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if dated else ""
        G.add_node(fact, label=f"{kind} {j}", kind=kind, kinds=[kind], aliases=[], node_type="fact",
                   date=date, status=rng.choice(STATUSES), topics=[], evidence=[], source_count=1,
                   allegations=rng.sample(ALLEGATIONS, rng.randint(1, 2)) if kind == "Dispute" else [])
        # One side popular, the other from the long tail: a small artist sues a
        # major, a major buys a small label, a platform licenses an indie.
        if kind == "Dispute":
            roles = [("claimant", pick(("Artist", *orgs), tail=True)), ("respondent", pick(orgs))]
        elif kind == "Acquisition":
            roles = [("acquirer", pick(("RecordLabel", "Company"))), ("acquiree", pick(orgs + ("Artist",), tail=True))]
        else:
            roles = [("party", pick(("RecordLabel",), tail=True)), ("party", pick(("Platform", "Company")))]
            if rng.random() < 0.2:
                roles.append(("party", pick(orgs)))
        for role, member in roles:
            if not G.has_edge(fact, member, key=role):
                G.add_edge(fact, member, key=role, kind=role, fact=fact, weight=1)
    for _ in range(n_facts - n_nary):
        prop = rng.choice(list(BINARY))
        subj, obj = BINARY[prop]
        u, v = pick(subj, tail=True), pick(obj)  # each person works for a (popular) employer, ...
        if u != v:
            G.add_edge(u, v, key=prop, kind=prop, fact="", weight=1,
                       **({"title": "chief executive"} if prop == "worksFor" else {}))
    return G


def timed(label: str, fn, results: dict):
    """Run ``fn``; record wall time, print wall and CPU time (CPU time is what
    to compare on a busy machine: other processes inflate wall time)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    results[label] = time.perf_counter() - start
    print(f"  {label:<34} {results[label]:8.2f} s wall {time.process_time() - cpu:8.2f} s CPU", flush=True)
    return value


def run(n: int, k: int | None, exact_size: int, parallel: bool) -> None:
    print(f"synthetic fact graph, {n:,} entities")
    t: dict[str, float] = {}
    F = timed("build fact graph (networkx)", lambda: synthetic_fact_graph(n), t)
    facts = sum(1 for _, d in F.nodes(data=True) if d["node_type"] == "fact")
    print(f"  -> {F.number_of_nodes():,} nodes ({facts:,} fact nodes), {F.number_of_edges():,} edges")
    P = timed("party_graph", lambda: an.party_graph(F), t)
    print(f"  -> party graph: {P.number_of_nodes():,} nodes, {P.number_of_edges():,} edges")
    pivots = an.betweenness_samples(P.number_of_nodes(), P.number_of_edges(), k)
    timed(f"centrality (betweenness k={pivots})", lambda: an.centrality(P, top=20, k=k), t)
    timed("communities (louvain)", lambda: an.communities(P, min_size=2), t)
    timed("dispute_network", lambda: an.dispute_network(F), t)
    timed("deal_matrix (top 30)", lambda: an.deal_matrix(F, top=30), t)
    timed("top_executives", lambda: an.top_executives(F, party=P), t)
    timed("timeline (quarter)", lambda: an.timeline(F), t)
    timed("summary", lambda: an.summary(F, party=P), t)
    whole = timed("analyze (everything, end to end)", lambda: an.analyze(F, k=k), t)
    print(f"  analyze: {whole.parameters['betweenness']}; budget 60 s -> "
          f"{'within' if t['analyze (everything, end to end)'] <= 60 else 'OVER'} budget")
    a, b = whole.centrality[0], whole.communities[0]
    print(f"  most central: {a.label} ({a.degree} partners); largest community: {b.size} entities")

    print(f"\nbetweenness side by side, {exact_size:,} entities (party graph)")
    small = an.party_graph(synthetic_fact_graph(exact_size, seed=1))
    s: dict[str, float] = {}
    exact = timed("exact (baseline)", lambda: nx.betweenness_centrality(small), s)
    top_exact = set(sorted(exact, key=exact.get, reverse=True)[:20])
    for pivots in sorted({k or an.BETWEENNESS_SAMPLES, 16}, reverse=True):
        label = f"approximate (k={pivots})"
        approx = timed(label, lambda: nx.betweenness_centrality(small, k=pivots, seed=0), s)
        top_approx = set(sorted(approx, key=approx.get, reverse=True)[:20])
        print(f"    ratio to exact: {s[label] / s['exact (baseline)']:.3f} of the time; "
              f"top-20 overlap with exact: {len(top_exact & top_approx)}/20")
    if parallel:
        try:
            import nx_parallel  # noqa: F401
        except ImportError:
            print("  nx-parallel is not installed: `pip install nx-parallel` to compare")
        else:
            timed("exact, nx-parallel backend", lambda: nx.betweenness_centrality(small, backend="parallel"), s)
            print(f"  ratio parallel/serial: {s['exact, nx-parallel backend'] / s['exact (baseline)']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--k", type=int, default=None, help="betweenness pivots (default: by size)")
    parser.add_argument("--exact-size", type=int, default=3_000, help="size for exact vs approximate")
    parser.add_argument("--parallel", action="store_true", help="also try the nx-parallel backend")
    args = parser.parse_args()
    run(args.entities, args.k, args.exact_size, args.parallel)


if __name__ == "__main__":
    main()
