"""Shared fixtures of the store, query, serve and push tests.

A small hand-made dataset shaped as ``docs/graph-shape.md`` says (built with
rdflib, serialised to TriG, loaded into a store), whose answers are known, and
a real Oxigraph server started on loopback.

Import what you need in a test module::

    from conftest_oxigraph import sample_dir, oxigraph_server  # noqa: F401
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import PROV

from kg.namespace import MB, RES
from kg.store import write_store

# Articles: key -> (headline, source, published, url)
ARTICLES = {
    "a1": ("Drake sues Universal Music Group over 'Not Like Us'", "NME", "2025-01-15", "https://example.com/drake-umg"),
    "a2": ("Drake files amended complaint against UMG", "Billboard", "2025-01-20", "https://example.com/drake-amended"),
    "a3": ("UMG and TikTok strike a new licensing deal", "Music Business Worldwide", "2024-05-01", None),
    "a4": ("Universal pulls its music from TikTok", "The Verge", "2024-02-01", "https://example.com/umg-tiktok"),
    "a5": ("UMG and Amazon expand partnership to tackle AI-generated content", "Reuters", "2024-10-01", None),
    "a6": ("Labels sue AI music generator Suno", "Rolling Stone", "2024-06-24", None),
}
# Entities: key -> (label, classes, alt labels)
ENTITIES = {
    "universal-music-group": ("Universal Music Group", ("RecordLabel", "Company"), ("UMG", "Universal")),
    "republic-records": ("Republic Records", ("RecordLabel",), ()),
    "interscope-geffen-am": ("Interscope Geffen A&M", ("RecordLabel",), ("IGA",)),
    "interscope-records": ("Interscope Records", ("RecordLabel",), ()),
    "sony-music": ("Sony Music Entertainment", ("RecordLabel",), ("Sony Music",)),
    "downtown-music": ("Downtown Music", ("Company",), ()),
    "drake": ("Drake", ("Artist",), ()),
    "kendrick-lamar": ("Kendrick Lamar", ("Artist",), ()),
    "taylor-swift": ("Taylor Swift", ("Artist",), ()),
    "not-like-us": ("Not Like Us", ("Work",), ()),
    "bytedance": ("ByteDance", ("Company",), ()),
    "tiktok": ("TikTok", ("Platform",), ()),
    "amazon": ("Amazon", ("Company",), ()),
    "amazon-music": ("Amazon Music", ("Platform",), ()),
    "spotify": ("Spotify", ("Platform", "Company"), ()),
    "suno": ("Suno", ("Platform",), ()),
    "lucian-grainge": ("Lucian Grainge", ("Person",), ()),
    "daniel-ek": ("Daniel Ek", ("Person",), ()),
}
TOPICS = {"ai-generated-content": "AI-generated content", "royalties": "royalties"}

# n-ary facts: key -> (class, roles, attributes, articles that state it)
NARY = {
    "f1": ("Dispute", {"claimant": ["drake"], "respondent": ["universal-music-group"]},
           {"label": "Drake v. Universal Music Group", "date": "2025-01-15", "status": "pending",
            "allegation": ["defamation", "pay-for-play"]}, ["a1", "a2"]),
    "f2": ("LicensingAgreement", {"party": ["universal-music-group", "tiktok"]},
           {"label": "UMG-TikTok licensing agreement", "date": "2024-05-01", "status": "announced",
            "concerns": ["royalties"]}, ["a3"]),
    "f3": ("Partnership", {"party": ["universal-music-group", "amazon"]},
           {"label": "UMG-Amazon partnership", "status": "announced",
            "concerns": ["ai-generated-content"]}, ["a5"]),  # no date: dated by its article
    "f4": ("Dispute", {"claimant": ["universal-music-group", "sony-music"], "respondent": ["suno"]},
           {"label": "Labels v. Suno", "date": "2024-06-24", "status": "pending",
            "allegation": ["copyright infringement"], "concerns": ["ai-generated-content"]}, ["a6"]),
    "f5": ("Acquisition", {"acquirer": ["universal-music-group"], "acquiree": ["downtown-music"]},
           {"label": "UMG acquires Downtown Music", "date": "2024-12-09", "status": "announced"}, ["a5"]),
}
# binary facts: (subject, property, object, articles)
BINARY = [
    ("universal-music-group", "withdrewCatalogFrom", "tiktok", ["a4"]),
    ("drake", "signedTo", "republic-records", ["a1"]),
    ("kendrick-lamar", "signedTo", "interscope-records", ["a1"]),
    ("taylor-swift", "signedTo", "republic-records", ["a2"]),
    ("republic-records", "subsidiaryOf", "universal-music-group", ["a2"]),
    ("interscope-records", "subsidiaryOf", "interscope-geffen-am", ["a1"]),
    ("interscope-geffen-am", "subsidiaryOf", "universal-music-group", ["a1"]),
    ("bytedance", "operates", "tiktok", ["a3"]),
    ("amazon", "operates", "amazon-music", ["a5"]),
    ("not-like-us", "performedBy", "kendrick-lamar", ["a1"]),
    ("lucian-grainge", "worksFor", "universal-music-group", ["a3", "a4"]),
    ("daniel-ek", "worksFor", "spotify", ["a6"]),
]
# facts only the learned relation model read: assertion name -> its probability (mb:confidence)
LEARNED = {"f3": 0.81, "taylor-swift-signedTo-republic-records": 0.72}
POSITIONS = [("p1", "lucian-grainge", "universal-music-group", "chairman and CEO", ["a3", "a4"]),
             ("p2", "daniel-ek", "spotify", "CEO", ["a6"])]


def article_iri(key: str) -> URIRef:
    return RES[f"article/{key:0>16}"]


def sample_dataset() -> Dataset:
    """The hand-made dataset, as the build would write it to ``graph.trig``."""
    ds = Dataset()
    for prefix, ns in (("mb", str(MB)), ("res", str(RES)), ("skos", str(SKOS)), ("prov", str(PROV))):
        ds.bind(prefix, ns)
    d = ds.default_context
    run = RES["run/r1"]
    d.add((run, RDF.type, MB.ExtractionRun))
    d.add((run, PROV.startedAtTime, Literal("2025-02-01T10:00:00", datatype=XSD.dateTime)))
    d.add((run, MB.toolVersion, Literal("0.1.0")))
    for key, (label, classes, alts) in ENTITIES.items():
        e = RES[key]
        for c in classes:
            d.add((e, RDF.type, MB[c]))
        d.add((e, RDFS.label, Literal(label)))
        for alt in alts:
            d.add((e, SKOS.altLabel, Literal(alt)))
    for key, label in TOPICS.items():
        d.add((RES[f"topic/{key}"], RDF.type, MB.Topic))
        d.add((RES[f"topic/{key}"], RDFS.label, Literal(label)))
    mentions: dict[str, set[str]] = {a: set() for a in ARTICLES}
    sentence_no: dict[str, int] = {a: 0 for a in ARTICLES}

    def sentence(article: str, text: str) -> URIRef:
        n = sentence_no[article]
        sentence_no[article] += 1
        start, end = n * 200, n * 200 + len(text)
        s = RES[f"sentence/{article:0>16}/{start}-{end}"]
        d.add((s, RDF.type, MB.Sentence))
        d.add((s, MB.text, Literal(text)))
        d.add((s, MB.startOffset, Literal(start)))
        d.add((s, MB.endOffset, Literal(end)))
        d.add((s, MB.inArticle, article_iri(article)))
        return s

    def assertion(name: str, article: str, s: URIRef):
        g = RES[f"assertion/{name}-{article}"]
        d.add((g, RDF.type, MB.Assertion))
        d.add((g, MB.evidence, s))
        d.add((g, MB.inArticle, article_iri(article)))
        d.add((g, PROV.wasGeneratedBy, run))
        if name in LEARNED:
            d.add((g, MB.confidence, Literal(Decimal(str(LEARNED[name])))))
        return ds.graph(g)

    for key, (cls, roles, attrs, arts) in NARY.items():
        fact = RES[f"fact/{key}"]
        names = [ENTITIES[e][0] for es in roles.values() for e in es]
        for art in arts:
            s = sentence(art, f"In {art}: {attrs['label']} ({', '.join(names)}).")
            g = assertion(key, art, s)
            g.add((fact, RDF.type, MB[cls]))
            g.add((fact, RDFS.label, Literal(attrs["label"])))
            for role, ents in roles.items():
                for e in ents:
                    g.add((fact, MB[role], RES[e]))
                    mentions[art].add(e)
            if "date" in attrs:
                g.add((fact, MB.date, Literal(attrs["date"], datatype=XSD.date)))
            g.add((fact, MB.status, Literal(attrs["status"])))
            for a in attrs.get("allegation", []):
                g.add((fact, MB.allegation, Literal(a)))
            for t in attrs.get("concerns", []):
                g.add((fact, MB.concerns, RES[f"topic/{t}"]))
            g.add((fact, MB.evidence, s))
            g.add((fact, MB.sourceCount, Literal(len(arts))))
            if key in LEARNED:
                g.add((fact, MB.confidence, Literal(Decimal(str(LEARNED[key])))))
    for subj, prop, obj, arts in BINARY:
        for art in arts:
            s = sentence(art, f"In {art}: {ENTITIES[subj][0]} {prop} {ENTITIES[obj][0]}.")
            g = assertion(f"{subj}-{prop}-{obj}", art, s)
            g.add((RES[subj], MB[prop], RES[obj]))
            mentions[art].update((subj, obj))
    for key, holder, org, title, arts in POSITIONS:
        pos = RES[f"position/{key}"]
        d.add((pos, RDF.type, MB.Position))
        d.add((pos, MB.holder, RES[holder]))
        d.add((pos, MB.positionIn, RES[org]))
        d.add((pos, MB.jobTitle, Literal(title)))
        d.add((pos, MB.sourceCount, Literal(len(arts))))
        for art in arts:
            d.add((pos, MB.evidence, sentence(art, f"In {art}: {ENTITIES[holder][0]} is {title} of {ENTITIES[org][0]}.")))
    for key, (headline, source, published, url) in ARTICLES.items():
        a = article_iri(key)
        d.add((a, RDF.type, MB.Article))
        d.add((a, RDFS.label, Literal(headline)))
        d.add((a, MB.headline, Literal(headline)))
        d.add((a, MB.source, Literal(source)))
        d.add((a, MB.published, Literal(published, datatype=XSD.date)))
        if url:
            d.add((a, MB.url, Literal(url, datatype=XSD.anyURI)))
        for e in sorted(mentions[key]):
            d.add((a, MB.mentions, RES[e]))
    d.add((article_iri("a5"), MB.about, RES["topic/ai-generated-content"]))
    return ds


def write_sample(directory: Path, *, store: bool = True) -> Path:
    """Write ``graph.trig`` (and ``store/``) of the sample dataset into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    trig = directory / "graph.trig"
    sample_dataset().serialize(trig, format="trig")
    if store:
        write_store(trig, directory / "store")
    return directory


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory) -> Path:
    """A data directory holding the sample dataset as ``kg build`` leaves it (read-only use)."""
    return write_sample(tmp_path_factory.mktemp("sample"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    exe = Path(sys.executable).parent / "oxigraph"
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server binary is not installed")
    return found


def wait_for(url: str, proc: subprocess.Popen | None = None, timeout: float = 20.0) -> None:
    """Wait until ``url`` answers an HTTP request (any status)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real, empty, read-write Oxigraph server on loopback; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


__all__ = ["sample_dataset", "write_sample", "sample_dir", "oxigraph_server", "free_port", "wait_for",
           "oxigraph_binary", "ENTITIES", "ARTICLES"]
