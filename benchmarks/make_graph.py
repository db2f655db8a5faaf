"""Write a synthetic dataset shaped like the graphs ``kg build`` makes.

About 44 triples per article: the article and its mentions, three sentences,
two assertions (n-ary facts with roles, date, status, evidence and source
count, or binary facts), each in its own named graph with its metadata in the
default graph, plus job positions, a label hierarchy and entities whose
popularity follows a power law (a few hubs, as in the news). See
``docs/graph-shape.md``.

Usage::

    .venv/bin/python benchmarks/make_graph.py --triples 1000000 --out benchmarks/data/graph-1m.trig

Writes the TriG file and, beside it, ``<name>.params.json``: values for the
saved queries' parameters that exist in this graph (for bench_sparql.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

MB = "https://w3id.org/mbkg/ontology#"
RES = "https://w3id.org/mbkg/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"

TRIPLES_PER_ARTICLE = 44  # measured on the output; used to size the graph
ENTITY_KINDS = [  # (class, share, name pattern)
    ("Artist", 0.30, "Artist {}"),
    ("RecordLabel", 0.12, "Label {} Records"),
    ("Company", 0.10, "Company {} Inc"),
    ("Platform", 0.08, "Platform {}"),
    ("Person", 0.30, "Person {}"),
    ("Work", 0.10, "Song {}"),
]
ZIPF_S = 1.0  # exponent of the popularity law
MAX_SHARE = 0.02  # no entity gets more than this share of its class's picks (top entity: ~3% of facts)
TOPICS = ["AI-generated content", "royalties", "streaming fraud", "touring", "catalog sales", "copyright"]
ALLEGATIONS = ["defamation", "copyright infringement", "pay-for-play", "breach of contract", "unpaid royalties"]
STATUSES = ["announced", "active", "expired", "settled", "dismissed", "pending", "completed"]
TITLES = ["CEO", "chairman and CEO", "president", "CFO", "head of A&R", "general counsel"]
OUTLETS = ["NME", "Billboard", "Music Business Worldwide", "Reuters", "The Verge", "Rolling Stone"]


def iri(local: str) -> str:
    return f"<{RES}{local}>"


def lit(text: str, dtype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"^^<{XSD}{dtype}>" if dtype else "")


def _cum_weights(n: int, s: float, max_share: float) -> list[float]:
    """Cumulative Zipf weights 1/rank**s over ``n`` items, the top ones capped at ``max_share``."""
    w = [1.0 / (i + 1) ** s for i in range(n)]
    # water-filling: set the top k to the level T = max_share * total; find the k where it holds
    rest = sum(w)
    for k in range(n):
        if (k + 1) * max_share >= 1:
            w = [1.0] * n
            break
        level = max_share * rest / (1 - k * max_share)
        if w[k] <= level:
            w[:k] = [level] * k
            break
        rest -= w[k]
    else:  # too few items to cap: every one equal
        w = [1.0] * n
    out, acc = [], 0.0
    for x in w:
        acc += x
        out.append(acc)
    return out


def _median_of(keys: list[str], degree: dict[str, int]) -> str:
    """The key of median degree among ``keys`` (those with degree > 0)."""
    ranked = sorted((degree[k], k) for k in keys if degree.get(k, 0) > 0)
    return ranked[len(ranked) // 2][1]


def make_graph(target_triples: int, out: Path, seed: int = 7) -> dict:
    """Write about ``target_triples`` triples of TriG to ``out``; return the sample parameters."""
    rng = random.Random(seed)
    n_articles = max(10, target_triples // TRIPLES_PER_ARTICLE)
    n_entities = max(60, n_articles // 4)
    entities: dict[str, list[tuple[str, str]]] = {}
    default: list[str] = []
    graphs: list[str] = []

    def t(s: str, p: str, o: str) -> None:
        default.append(f"{s} <{p}> {o} .")

    for cls, share, pattern in ENTITY_KINDS:
        n = max(5, int(n_entities * share))
        entities[cls] = []
        for i in range(n):
            name = pattern.format(i)
            key = f"{cls.lower()}-{i}"
            entities[cls].append((key, name))
            t(iri(key), RDF_TYPE, f"<{MB}{cls}>")
            if cls == "RecordLabel":
                t(iri(key), RDF_TYPE, f"<{MB}Organization>")
            t(iri(key), RDFS_LABEL, lit(name))
            if rng.random() < 0.5:
                t(iri(key), SKOS_ALT, lit(name.split()[0][0] + str(i)))
    for i, topic in enumerate(TOPICS):
        t(iri(f"topic/t{i}"), RDF_TYPE, f"<{MB}Topic>")
        t(iri(f"topic/t{i}"), RDFS_LABEL, lit(topic))

    # Zipf popularity (low indices are the hubs: the UMGs and Spotifys of the news),
    # capped so no entity takes more than MAX_SHARE of its class's picks: news graphs
    # have hubs, but none that is in half of all facts.
    cum = {cls: _cum_weights(len(pool), ZIPF_S, MAX_SHARE) for cls, pool in entities.items()}
    degree: dict[str, int] = {}  # entity key -> picks (about: facts it takes part in)

    def pick(cls: str) -> tuple[str, str]:
        pool = entities[cls]
        chosen = rng.choices(pool, cum_weights=cum[cls])[0]
        degree[chosen[0]] = degree.get(chosen[0], 0) + 1
        return chosen

    run = iri("run/bench")
    t(run, RDF_TYPE, f"<{MB}ExtractionRun>")
    t(run, f"{PROV}startedAtTime", lit("2025-01-01T00:00:00Z", "dateTime"))
    t(run, f"{MB}toolVersion", lit("0.1.0"))

    roles: dict[str, Any] = {"dispute": [], "acquirer": set(), "dealer": set(), "subsidiaryOf": set(),
                             "worksFor": set(), "operates": set()}
    fact_count: dict[str, int] = {}  # entity IRI -> assertions involving it
    facts: list[tuple[str, list[str]]] = []  # n-ary fact IRI and its triples, for re-statement
    sample: dict[str, Any] = {}
    n_assert = 0
    for a in range(n_articles):
        art = iri(f"article/{a:016x}")
        year, month, day = 2020 + a % 6, 1 + a % 12, 1 + a % 28
        published = f"{year}-{month:02d}-{day:02d}"
        t(art, RDF_TYPE, f"<{MB}Article>")
        headline = f"Headline of article {a}"
        t(art, RDFS_LABEL, lit(headline))
        t(art, f"{MB}headline", lit(headline))
        t(art, f"{MB}url", lit(f"https://news.example/{a}", "anyURI"))
        t(art, f"{MB}source", lit(OUTLETS[a % len(OUTLETS)]))
        t(art, f"{MB}published", lit(published, "date"))
        if a % 5 == 0:
            t(art, f"{MB}about", iri(f"topic/t{a % len(TOPICS)}"))
        sentences = []
        for k in range(3):
            s = iri(f"sentence/{a:016x}/{k * 100}-{k * 100 + 90}")
            sentences.append(s)
            t(s, RDF_TYPE, f"<{MB}Sentence>")
            t(s, f"{MB}text", lit(f"Sentence {k} of article {a} says what happened."))
            t(s, f"{MB}startOffset", lit(str(k * 100), "integer"))
            t(s, f"{MB}endOffset", lit(str(k * 100 + 90), "integer"))
            t(s, f"{MB}inArticle", art)
        mentioned: set[str] = set()
        for j in range(2):
            n_assert += 1
            g = iri(f"assertion/{n_assert:x}")
            ev = sentences[j]
            body: list[str] = []
            roll = rng.random()
            if roll < 0.15 and facts:  # another article states a known fact
                fact, triples = facts[rng.randrange(len(facts))]
                body = list(triples)
                mentioned.update(x.split()[2] for x in triples if x.split()[1].endswith(("party>", "claimant>", "respondent>", "acquirer>", "acquiree>")))
                body.append(f"{fact} <{MB}evidence> {ev} .")
                body.append(f"{fact} <{MB}sourceCount> {lit('2', 'integer')} .")
            elif roll < 0.55:
                fact = iri(f"fact/{n_assert:x}")
                kind = rng.choice(["Dispute", "Partnership", "LicensingAgreement", "Settlement", "Acquisition"])
                triples = [f"{fact} <{RDF_TYPE}> <{MB}{kind}> ."]
                if kind == "Dispute":
                    c, r = pick(rng.choice(["Artist", "RecordLabel"])), pick(rng.choice(["RecordLabel", "Platform", "Company"]))
                    triples += [f"{fact} <{MB}claimant> {iri(c[0])} .", f"{fact} <{MB}respondent> {iri(r[0])} ."]
                    triples.append(f"{fact} <{MB}allegation> {lit(rng.choice(ALLEGATIONS))} .")
                    label = f"{c[1]} v. {r[1]}"
                    roles["dispute"].append((c, r))
                    people = [c, r]
                elif kind == "Acquisition":
                    x, y = pick("RecordLabel"), pick(rng.choice(["RecordLabel", "Company"]))
                    triples += [f"{fact} <{MB}acquirer> {iri(x[0])} .", f"{fact} <{MB}acquiree> {iri(y[0])} ."]
                    label = f"{x[1]} acquires {y[1]}"
                    roles["acquirer"].add(x)
                    people = [x, y]
                else:
                    x, y = pick("RecordLabel"), pick(rng.choice(["Platform", "Platform", "Company"]))
                    triples += [f"{fact} <{MB}party> {iri(x[0])} .", f"{fact} <{MB}party> {iri(y[0])} ."]
                    label = f"{x[1]} and {y[1]} {kind.lower()}"
                    roles["dealer"].add(x)
                    people = [x, y]
                mentioned.update(iri(p[0]) for p in people)
                triples.append(f"{fact} <{RDFS_LABEL}> {lit(label)} .")
                if rng.random() < 0.7:
                    triples.append(f"{fact} <{MB}date> {lit(published, 'date')} .")
                triples.append(f"{fact} <{MB}status> {lit(rng.choice(STATUSES))} .")
                if rng.random() < 0.3:
                    triples.append(f"{fact} <{MB}concerns> {iri(f'topic/t{rng.randrange(len(TOPICS))}')} .")
                facts.append((fact, triples))
                body = triples + [f"{fact} <{MB}evidence> {ev} .", f"{fact} <{MB}sourceCount> {lit('1', 'integer')} ."]
            else:
                prop, sc, oc = rng.choice([
                    ("signedTo", "Artist", "RecordLabel"), ("signedTo", "Artist", "RecordLabel"),
                    ("worksFor", "Person", "RecordLabel"), ("worksFor", "Person", "Company"),
                    ("performedBy", "Work", "Artist"), ("operates", "Company", "Platform"),
                    ("subsidiaryOf", "RecordLabel", "RecordLabel"), ("withdrewCatalogFrom", "RecordLabel", "Platform"),
                ])
                x, y = pick(sc), pick(oc)
                if prop == "subsidiaryOf":  # keep the hierarchy acyclic: small numbers own big ones
                    xi, yi = int(x[0].rsplit("-", 1)[1]), int(y[0].rsplit("-", 1)[1])
                    if xi == yi:
                        continue
                    if xi < yi:
                        x, y = y, x
                body = [f"{iri(x[0])} <{MB}{prop}> {iri(y[0])} ."]
                if prop in ("subsidiaryOf", "worksFor", "operates"):
                    roles[prop].add(y)
                mentioned.update({iri(x[0]), iri(y[0])})
                if prop == "worksFor":
                    pos = iri(f"position/{n_assert:x}")
                    t(pos, RDF_TYPE, f"<{MB}Position>")
                    t(pos, f"{MB}holder", iri(x[0]))
                    t(pos, f"{MB}positionIn", iri(y[0]))
                    t(pos, f"{MB}jobTitle", lit(rng.choice(TITLES)))
                    t(pos, f"{MB}evidence", ev)
            graphs.append(f"{g} {{\n" + "\n".join(body) + "\n}")
            # the entities this assertion involves, to check the hub share (reported, not written)
            involved = {tok for line in body for tok in line.split()[::2] if tok.startswith(f"<{RES}") and "/" not in tok[len(RES) + 1:]}
            for e in involved:
                fact_count[e] = fact_count.get(e, 0) + 1
            t(g, RDF_TYPE, f"<{MB}Assertion>")
            t(g, f"{MB}evidence", ev)
            t(g, f"{MB}inArticle", art)
            t(g, f"{PROV}wasGeneratedBy", run)
        for m in sorted(mentioned):
            t(art, f"{MB}mentions", m)

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(default))
        f.write("\n")
        f.write("\n".join(graphs))
        f.write("\n")
    os.chmod(tmp, 0o644)  # mkstemp makes 0600 files
    os.replace(tmp, out)
    # Sample parameters: ordinary entities (median degree among those in the role), not the
    # hubs, so the queries are timed on what a user typically asks about.
    names = {key: name for pool in entities.values() for key, name in pool}

    def median(found) -> str:
        return names[_median_of([k for k, _ in found], degree)]

    disputes = sorted(roles["dispute"], key=lambda cr: (cr[0][0], cr[1][0]))
    med = sorted(degree.values())[len(degree) // 2]
    c, r = min(disputes, key=lambda cr: (abs(degree[cr[0][0]] - med) + abs(degree[cr[1][0]] - med), cr[0][0], cr[1][0]))
    all_keys = [(k, n) for pool in entities.values() for k, n in pool]
    sample.update({
        "claimantName": c[1],
        "respondentName": r[1],
        "groupName": median(roles["subsidiaryOf"]),
        "labelName": median(roles["dealer"]),
        "acquirerName": median(roles["acquirer"]),
        "entityName": median(all_keys),
        "organizationName": median(roles["worksFor"]),
        "whatName": median(roles["operates"]),
        "topicName": TOPICS[0],
        "kind": "dispute",
    })
    n_graphs = len(graphs)
    top = sorted(fact_count.items(), key=lambda kv: -kv[1])[:3]
    sample["_stats"] = {
        "assertions": n_graphs,
        "entities": sum(len(p) for p in entities.values()),
        "median_degree": med,
        "top_entities_share_of_assertions": {e[len(RES) + 1:-1]: round(n / n_graphs, 4) for e, n in top},
        "degree_of_samples": {k: degree[next(key for key, n in all_keys if n == v)] for k, v in sample.items()
                              if isinstance(v, str) and v in names.values()},
    }
    params = out.with_suffix(".params.json")
    params.write_text(json.dumps(sample, indent=2))
    return sample


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "graph-1m.trig")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    make_graph(args.triples, args.out, args.seed)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
