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

    def pick(cls: str) -> tuple[str, str]:
        # Power law: low indices are the hubs (the UMGs and Spotifys of the news).
        pool = entities[cls]
        return pool[min(len(pool) - 1, int(rng.paretovariate(1.1)) - 1)]

    run = iri("run/bench")
    t(run, RDF_TYPE, f"<{MB}ExtractionRun>")
    t(run, f"{PROV}startedAtTime", lit("2025-01-01T00:00:00Z", "dateTime"))
    t(run, f"{MB}toolVersion", lit("0.1.0"))

    facts: list[tuple[str, list[str]]] = []  # n-ary fact IRI and its triples, for re-statement
    sample: dict[str, str] = {}
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
                    sample.setdefault("claimantName", c[1])
                    sample.setdefault("respondentName", r[1])
                    people = [c, r]
                elif kind == "Acquisition":
                    x, y = pick("RecordLabel"), pick(rng.choice(["RecordLabel", "Company"]))
                    triples += [f"{fact} <{MB}acquirer> {iri(x[0])} .", f"{fact} <{MB}acquiree> {iri(y[0])} ."]
                    label = f"{x[1]} acquires {y[1]}"
                    people = [x, y]
                else:
                    x, y = pick("RecordLabel"), pick(rng.choice(["Platform", "Platform", "Company"]))
                    triples += [f"{fact} <{MB}party> {iri(x[0])} .", f"{fact} <{MB}party> {iri(y[0])} ."]
                    label = f"{x[1]} and {y[1]} {kind.lower()}"
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
                mentioned.update({iri(x[0]), iri(y[0])})
                if prop == "worksFor":
                    pos = iri(f"position/{n_assert:x}")
                    t(pos, RDF_TYPE, f"<{MB}Position>")
                    t(pos, f"{MB}holder", iri(x[0]))
                    t(pos, f"{MB}positionIn", iri(y[0]))
                    t(pos, f"{MB}jobTitle", lit(rng.choice(TITLES)))
                    t(pos, f"{MB}evidence", ev)
            graphs.append(f"{g} {{\n" + "\n".join(body) + "\n}")
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
    os.replace(tmp, out)
    hub_label = entities["RecordLabel"][0][1]
    sample.update({
        "groupName": hub_label,
        "labelName": hub_label,
        "acquirerName": hub_label,
        "entityName": hub_label,
        "organizationName": hub_label,
        "whatName": entities["Platform"][0][1],
        "topicName": TOPICS[0],
        "kind": "dispute",
    })
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
