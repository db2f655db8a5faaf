"""The explorer page in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Every test opens the page from a file:// URL with every other request aborted
and recorded. Run with ``pytest -m browser``; skipped when Chromium is missing
(``make test`` installs it).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rdflib import Literal

from kg.namespace import MB, RES
from kg.visualize import render_explorer
from test_visualize import HOSTILE, build_graph, expected_counts

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DISPUTE = str(RES["fact/d15b"])


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (make browser) to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    pw = sync_api.sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield b
    b.close()
    pw.stop()


class Opened:
    """A page opened from file:// with outside requests aborted, and what it tried and said."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
            else:
                self.blocked.append(url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        try:
            self.page.wait_for_function("window.explorerReady !== undefined", timeout=15000)
            self.ready = True
        except Exception:  # a broken page: let the test say what went wrong (e.g. injected script ran)
            self.ready = False

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def click_node(self, node_id: str) -> None:
        """A real mouse click where the node is drawn."""
        x, y = self.js("""(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);
                          const r = document.getElementById('kg-network').getBoundingClientRect();
                          return [r.left + p.x, r.top + p.y]; }""", node_id)
        self.page.mouse.click(x, y)

    def panel_text(self) -> str:
        return self.page.inner_text("#kg-panel")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser, tmp_path):
    pages = []

    def _open(graph=None, **options) -> Opened:
        path = tmp_path / f"graph{len(pages)}.html"
        render_explorer(graph if graph is not None else build_graph(), path, **options)
        opened = Opened(browser, path)
        pages.append(opened)
        if not opened.ready:
            assert opened.js("window.__pwned") is None, "a script from the data ran"
            pytest.fail(f"the page did not draw: {opened.errors}")
        return opened

    yield _open
    for p in pages:
        p.close()


def test_page_loads_offline_and_makes_no_outside_request(open_page):
    page = open_page()
    assert page.blocked == []
    assert page.requests and all(u.startswith(("file:", "data:")) for u in page.requests), page.requests
    assert page.errors == []
    assert page.js("typeof window.network.body") == "object"
    assert page.page.title().startswith("Music-business knowledge graph — 2 articles, 11 entities, 9 facts")


def test_drawn_nodes_and_edges_equal_the_graph(open_page):
    g = build_graph()
    page = open_page(g)
    n_nodes, n_edges = expected_counts(g)
    assert page.js("window.network.body.data.nodes.length") == n_nodes
    assert page.js("window.network.body.data.edges.length") == n_edges
    # and they are on the canvas, not only in the DataSet
    assert page.js("Object.keys(window.network.getPositions()).length") == n_nodes
    assert page.page.is_hidden("#kg-banner")


def test_clicking_a_dispute_shows_its_sentence_and_source(open_page):
    page = open_page()
    page.click_node(DISPUTE)
    page.page.wait_for_selector("#kg-panel[data-node]")
    assert page.js("document.getElementById('kg-panel').dataset.node") == DISPUTE
    text = page.panel_text()
    assert "Drake v. Universal Music Group" in text
    assert "Drake filed a petition against Universal Music Group alleging defamation." in text
    assert "Drake sues Universal Music Group over diss track" in text and "NME, 2024-11-25" in text
    assert "Stated by 2 sources" in text and "claimant: Drake" in text and "pending" in text
    assert page.js("document.querySelector('#kg-panel a.kg-headline').href") == "https://www.nme.com/news/drake-umg"
    # The click highlights the neighbourhood: the dispute's parties stay, the rest dims.
    opacity = page.js("""() => Object.fromEntries(Object.entries(network.body.nodes)
                         .map(([id, n]) => [id, n.options.opacity]))""")
    assert opacity[str(RES.drake)] == 1 and opacity[str(RES["universal-music-group"])] == 1
    assert opacity[str(RES.bytedance)] < 0.5
    # Clicking the background clears the panel and the highlight.
    box = page.page.query_selector("#kg-network").bounding_box()
    page.page.mouse.click(box["x"] + 5, box["y"] + 5)
    assert page.js("document.getElementById('kg-panel').dataset.node") is None
    assert page.js(f"network.body.nodes['{RES.bytedance}'].options.opacity") == 1


def test_clicking_an_entity_lists_its_facts_and_binary_sentences(open_page):
    page = open_page()
    page.click_node(str(RES["lucian-grainge"]))
    text = page.panel_text()
    assert "Lucian Grainge" in text and "works for (chairman and CEO)" in text
    assert "Lucian Grainge, chairman and CEO of UMG, welcomed the deal." in text
    page.js("(id) => window.explorer.select(id)", str(RES.drake))
    text = page.panel_text()
    assert "Also known as: Aubrey Graham; Drizzy" in text
    assert "Drake, who is signed to Republic Records" in text  # found by co-mention, and said so
    assert "the graph records no sentence for this fact" in text


def test_a_fact_only_the_learned_model_read_says_so(open_page):
    from decimal import Decimal

    g = build_graph()
    g.add((RES["fact/d15b"], MB.confidence, Literal(Decimal("0.83"))))
    page = open_page(g)
    page.click_node(DISPUTE)
    page.page.wait_for_selector("#kg-panel[data-node]")
    assert "Read by the learned relation model, not by a rule (probability 0.83)" in page.panel_text()
    page.js("(id) => window.explorer.select(id)", str(RES["lucian-grainge"]))
    assert "learned relation model" not in page.panel_text()


def test_clicking_an_edge_shows_its_fact(open_page):
    page = open_page()
    edge = page.js("""() => window.explorer.data.edges.find(e => e.k === 'claimant').id""")
    page.js("(id) => window.explorer.selectEdge(id)", edge)
    assert page.js("network.getSelectedEdges()") == [edge]
    text = page.panel_text()
    assert "claimant" in text and "Drake filed a petition" in text


def test_search_finds_an_entity_by_alias(open_page):
    page = open_page()
    page.page.fill("#kg-search", "drizzy")
    results = page.page.inner_text("#kg-results")
    assert "Drake" in results and "(Drizzy)" in results
    page.page.click("#kg-results button")
    assert page.js("network.getSelectedNodes()") == [str(RES.drake)]
    assert page.page.inner_text("#kg-panel h2") == "Drake"
    page.page.fill("#kg-search", "SDNY")
    assert "Southern District of New York" in page.page.inner_text("#kg-results")
    page.page.fill("#kg-search", "zzz-nothing")
    assert page.page.inner_text("#kg-results") == "No match"


def test_kind_and_date_filters_hide_nodes(open_page):
    page = open_page()
    hidden = "(id) => !!network.body.data.nodes.get(id).hidden"
    page.page.uncheck(".kg-legend input[value='Dispute']")
    assert page.js(hidden, DISPUTE) is True
    page.page.check(".kg-legend input[value='Dispute']")
    assert page.js(hidden, DISPUTE) is False
    page.page.fill("#kg-from", "2025-01-01")
    page.page.dispatch_event("#kg-from", "change")
    assert page.js(hidden, DISPUTE) is True  # filed 2024-11-25
    assert page.js(hidden, str(RES.tiktok)) is False  # mentioned 2025-01-26
    page.page.click("#kg-reset")
    assert page.js(hidden, DISPUTE) is False


def test_big_graph_opens_on_the_centre_and_shows_more(open_page):
    page = open_page(max_nodes=5)
    assert page.js("window.network.body.data.nodes.length") == 5
    assert "showing the 5 most central" in page.page.inner_text("#kg-banner")
    page.page.click("#kg-more")
    assert page.js("window.network.body.data.nodes.length") == 10
    page.page.click("#kg-all")
    assert page.js("window.network.body.data.nodes.length") == 14
    assert page.js("window.network.body.data.edges.length") == 12
    assert "Showing all 14 nodes" in page.page.inner_text("#kg-banner")


def test_hostile_graph_runs_nothing_and_shows_text_literally(open_page):
    page = open_page(build_graph(hostile=True), title=HOSTILE)
    assert page.js("window.__pwned") is None
    page.click_node(DISPUTE)
    page.page.fill("#kg-search", "Aubrey")
    page.page.click("#kg-results button")
    page.js("(id) => window.explorer.select(id)", DISPUTE)
    page.page.wait_for_timeout(100)  # give an onerror handler time to fire
    assert page.js("window.__pwned") is None
    text = page.panel_text()
    assert "Drake v. Universal Music Group" + HOSTILE.strip() in text.replace("\n", "")
    assert "<script>window.__pwned=1</script>" in page.page.inner_text("#kg-title")
    assert page.page.query_selector_all("#kg-panel img, #kg-panel script, #kg-header img") == []
    # The javascript: URL of the first article never becomes a link.
    hrefs = page.js("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs)
    assert page.blocked == []


def _synthetic_graph(n: int):
    bench = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_explorer.py"
    spec = importlib.util.spec_from_file_location("bench_explorer", bench)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.synthetic_graph(n)


@pytest.mark.slow
def test_5000_nodes_usable_within_5_seconds(open_page):
    page = open_page(_synthetic_graph(5000))
    usable_ms = page.js("window.explorerReady")  # from navigation start to the first drawn frame
    assert usable_ms < 5000, usable_ms
    assert page.js("window.network.body.data.nodes.length") == 1500
    # A click on the biggest hub (neighbourhood, panel) stays interactive.
    took = page.js("""() => { const t = performance.now(); window.explorer.select(window.explorer.data.nodes[0].id);
                       return performance.now() - t; }""")
    assert took < 1500, took
    assert page.js("window.explorer.data.meta.total") == 5000
