"""How long until the explorer page is usable, against pyvis's defaults?

Builds synthetic graphs shaped like ``graph.ttl`` (docs/graph-shape.md:
entities with power-law popularity, agreements/disputes/acquisitions as nodes
with role edges, binary facts, articles and sentences) with an exact number of
drawn nodes, writes the explorer with :func:`kg.visualize.render_explorer`,
opens it from file:// in headless Chromium (Debian's /usr/bin/chromium,
driven by Playwright, every non-file request aborted) and measures:

* ``build``: seconds to compute the page in Python (layout included);
* ``usable``: milliseconds from navigation start to the first drawn frame of
  the network (the page sets ``window.explorerReady`` on vis-network's first
  ``afterDrawing``; physics is off, so nothing moves after that);
* ``click``: milliseconds to select the most central node (neighbourhood
  highlight and side panel), and ``show all`` where the page is truncated.

Baseline, side by side: the same nodes and edges through pyvis with its
default settings (``Network()``, physics on, its own template, vis-network
inlined so the page works offline), timed to vis-network's
``stabilizationIterationsDone`` (pyvis hides its loading bar then), as
``usable``. The baseline is given ``--baseline-timeout`` seconds.

Usage::

    .venv/bin/python benchmarks/bench_explorer.py [--sizes 500 5000 20000] [--baseline-sizes 500 2000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespace import MB, RES  # noqa: E402
from kg.visualize import _payload, render_explorer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ENTITY_MIX = [(MB.Artist, 0.28, "Artist"), (MB.Person, 0.25, "Person"), (MB.RecordLabel, 0.15, "Label"),
              (MB.Company, 0.1, "Company"), (MB.Work, 0.1, "Song"), (MB.Platform, 0.07, "Platform"),
              (MB.Organization, 0.05, "Org")]
NARY = [(MB.Dispute, (MB.claimant, MB.respondent)), (MB.Partnership, (MB.party, MB.party)),
        (MB.LicensingAgreement, (MB.party, MB.party)), (MB.Settlement, (MB.party, MB.party)),
        (MB.Acquisition, (MB.acquirer, MB.acquiree))]
BINARY = [MB.worksFor, MB.signedTo, MB.performedBy, MB.operates, MB.subsidiaryOf, MB.withdrewCatalogFrom]


def synthetic_graph(n_nodes: int, seed: int = 7) -> Graph:
    """A graph.ttl-shaped graph with exactly ``n_nodes`` drawn nodes (70% entities, 30% n-ary facts)."""
    rng = random.Random(seed)
    g = Graph()
    n_facts = int(n_nodes * 0.3)
    n_entities = n_nodes - n_facts
    entities = []
    for i in range(n_entities):
        r, acc = rng.random(), 0.0
        for cls, share, word in ENTITY_MIX:
            acc += share
            if r < acc:
                break
        e = RES[f"e{i}"]
        entities.append(e)
        g.add((e, RDF.type, cls))
        g.add((e, RDFS.label, Literal(f"{word} {i}")))
        if rng.random() < 0.4:
            g.add((e, SKOS.altLabel, Literal(f"{word[0]}{i}")))
    n_articles = max(5, n_nodes // 10)
    articles = []
    for a in range(n_articles):
        art = RES[f"article/{a:016x}"]
        articles.append(art)
        g.add((art, RDF.type, MB.Article))
        g.add((art, MB.headline, Literal(f"Headline {a}")))
        g.add((art, RDFS.label, Literal(f"Headline {a}")))
        g.add((art, MB.url, Literal(f"https://news.example/{a}", datatype=XSD.anyURI)))
        g.add((art, MB.source, Literal(["NME", "Billboard", "Reuters"][a % 3])))
        g.add((art, MB.published, Literal(f"{2020 + a % 6}-{1 + a % 12:02d}-{1 + a % 28:02d}", datatype=XSD.date)))

    def pick() -> object:
        # Power law: low indices are the hubs.
        return entities[min(n_entities - 1, int(rng.paretovariate(0.9)) - 1 + rng.randrange(3))]

    def sentence(i: int, parties: list) -> object:
        art = articles[i % n_articles]
        s = RES[f"sentence/{str(art).rsplit('/', 1)[1]}/{i}-{i + 50}"]
        g.add((s, RDF.type, MB.Sentence))
        g.add((s, MB.text, Literal(" and ".join(str(g.value(p, RDFS.label)) for p in parties) + " made news.")))
        g.add((s, MB.inArticle, art))
        for p in parties:
            g.add((art, MB.mentions, p))
        return s

    for i in range(n_facts):
        cls, roles = NARY[i % len(NARY)]
        f = RES[f"fact/{i:x}"]
        a, b = pick(), entities[rng.randrange(n_entities)]
        g.add((f, RDF.type, cls))
        g.add((f, RDFS.label, Literal(f"Fact {i}")))
        g.add((f, roles[0], a))
        g.add((f, roles[1], b))
        g.add((f, MB.date, Literal(f"{2020 + i % 6}-{1 + i % 12:02d}", datatype=XSD.gYearMonth)))
        g.add((f, MB.evidence, sentence(i, [a, b])))
        g.add((f, MB.sourceCount, Literal(1 + i % 3)))
    for i in range(n_entities // 2):
        s, o = entities[rng.randrange(n_entities)], pick()
        if s != o:
            g.add((s, BINARY[i % len(BINARY)], o))
            sentence(n_facts + i, [s, o])
    return g


def _browser():
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    return pw, pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def _open(browser, path: Path, ready_js: str, timeout_s: float, init: str | None = None) -> tuple[object, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    if init:
        page.add_init_script(init)
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function(ready_js, timeout=timeout_s * 1000, polling=50)
    return page, page.evaluate("window.__usable || window.explorerReady")


def time_explorer(browser, graph: Graph, out: Path, max_nodes: int = 1500) -> dict:
    t0 = time.perf_counter()
    info = render_explorer(graph, out, max_nodes=max_nodes)
    build = time.perf_counter() - t0
    page, usable = _open(browser, out, "window.explorerReady !== undefined", 120)
    hub = page.evaluate("window.explorer.data.nodes[0].id")
    click = page.evaluate("""(id) => { const t = performance.now(); window.explorer.select(id);
                             return new Promise(r => requestAnimationFrame(() => r(performance.now() - t))); }""", hub)
    show_all = None
    if info.truncated:
        show_all = page.evaluate("""() => { const t = performance.now(); window.explorer.showAll();
                                    return new Promise(r => requestAnimationFrame(() => r(performance.now() - t))); }""")
    drawn = page.evaluate("window.network.body.data.nodes.length")
    page.close()
    return {"build_s": build, "usable_ms": usable, "click_ms": click, "show_all_ms": show_all,
            "drawn_at_open": info.nodes, "drawn_after_all": drawn, "size_mb": out.stat().st_size / 1e6}


# Hooks vis-network's stabilisation in a pyvis page (its `network` is a global).
_PYVIS_HOOK = """
(function () {
  const iv = setInterval(function () {
    if (window.network && window.network.on) {
      clearInterval(iv);
      window.network.once('stabilizationIterationsDone', function () { window.__usable = performance.now(); });
      window.network.once('stabilized', function () { window.__usable = window.__usable || performance.now(); });
    }
  }, 5);
})();
"""


def time_pyvis(browser, graph: Graph, out: Path, timeout_s: float) -> dict:
    from pyvis.network import Network

    t0 = time.perf_counter()
    data = _payload(graph, analysis=None, title=None, max_nodes=10**9, focus=None, fact_kinds=None,
                    date_from=None, date_to=None, provenance=None)
    net = Network(cdn_resources="in_line")  # pyvis defaults; in_line only so vis-network loads offline
    for n in data["nodes"]:
        net.add_node(n["id"], label=n["l"])
    for e in data["edges"]:
        net.add_edge(e["from"], e["to"], title=e["l"])
    net.write_html(str(out))
    build = time.perf_counter() - t0
    try:
        page, usable = _open(browser, out, "window.__usable !== undefined", timeout_s, init=_PYVIS_HOOK)
        page.close()
    except Exception as exc:  # timeout: report it, do not fail the run
        return {"build_s": build, "usable_ms": None, "error": type(exc).__name__}
    return {"build_s": build, "usable_ms": usable}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    ap.add_argument("--baseline-sizes", type=int, nargs="*", default=[500, 2000])
    ap.add_argument("--baseline-timeout", type=float, default=180)
    args = ap.parse_args(argv)
    pw, browser = _browser()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(set(args.sizes) | set(args.baseline_sizes)):
            g = synthetic_graph(n)
            mine = time_explorer(browser, g, Path(tmp) / f"explorer-{n}.html") if n in args.sizes else None
            base = time_pyvis(browser, g, Path(tmp) / f"pyvis-{n}.html", args.baseline_timeout) \
                if n in args.baseline_sizes else None
            rows.append((n, mine, base))
            _print_row(n, mine, base)
    browser.close()
    pw.stop()


def _print_row(n: int, mine: dict | None, base: dict | None) -> None:
    parts = [f"{n:>6} nodes"]
    if mine:
        parts.append(f"explorer: build {mine['build_s']:.2f} s, usable {mine['usable_ms']:.0f} ms, "
                     f"click {mine['click_ms']:.0f} ms, drawn {mine['drawn_at_open']}"
                     + (f", show all {mine['show_all_ms']:.0f} ms ({mine['drawn_after_all']} nodes)"
                        if mine["show_all_ms"] is not None else "")
                     + f", {mine['size_mb']:.1f} MB")
    if base:
        parts.append("pyvis defaults: " + (f"usable {base['usable_ms']:.0f} ms" if base["usable_ms"] is not None
                                           else f"not usable ({base['error']})"))
    if mine and base and base.get("usable_ms"):
        parts.append(f"ratio pyvis/explorer {base['usable_ms'] / mine['usable_ms']:.1f}x")
    print(" | ".join(parts), flush=True)


if __name__ == "__main__":
    main()
