"""kg serve: Oxigraph's server behind a small read-only front with an offline query page."""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from conftest_oxigraph import free_port, sample_dir, wait_for, write_sample  # noqa: F401
from kg.errors import NotFoundError, QueryError
from kg.query import run_query, run_saved
from kg.serve import _json_for_script, start_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(sample_dir):
    with start_server(sample_dir, port=0, timeout=5) as s:
        yield s


def post(url, data: bytes, ctype="application/x-www-form-urlencoded"):
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_serves_the_merged_graph_as_default_graph(server, sample_dir):
    remote = run_saved(server.url + "/query", "timeline")
    assert remote.rows == run_saved(sample_dir, "timeline").rows
    # each triple once: the union of graph.trig's graphs would count a fact once per article
    trig = ox.Store()
    trig.bulk_load(path=str(sample_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    distinct = len({(q.subject, q.predicate, q.object) for q in trig})
    assert distinct < len(trig)  # the sample states some facts in several graphs
    n = run_query(server.url + "/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert n == distinct
    # and GRAPH ?g still reaches every assertion graph
    graphs = run_query(server.url + "/query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs.rows[0][0] == sum(1 for _ in trig.named_graphs())
    # GET works too (SPARQL 1.1 Protocol)
    q = urllib.parse.quote("ASK { ?d a <https://w3id.org/mbkg/ontology#Dispute> }")
    req = urllib.request.Request(f"{server.url}/query?query={q}", headers={"Accept": "application/sparql-results+json"})
    assert json.loads(urllib.request.urlopen(req, timeout=10).read())["boolean"] is True


def test_refuses_updates(server, sample_dir):
    update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    status, body = post(server.url + "/update", update)
    assert 400 <= status < 500 and b"read-only" in body
    status, _ = post(server.url + "/store?default", b"<urn:a> <urn:b> <urn:c> .", "application/n-triples")
    assert 400 <= status < 500
    # and the backend itself is read-only too
    status, _ = post(server.backend_url + "/update", update)
    assert 400 <= status < 500
    assert run_query(server.url + "/query", "ASK { <urn:a> ?p ?o }").boolean is False


def test_query_page_is_offline_and_escapes_saved_queries(server):
    page = urllib.request.urlopen(server.url + "/", timeout=10).read().decode()
    assert "<form" in page and "fetch(\"query\"" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no CDN, nothing remote
    assert "who-sued-whom" in page and "/*SAVED_QUERIES*/" not in page
    assert ".innerHTML" not in page and "insertAdjacentHTML" not in page
    assert _json_for_script({"x": "</script><b>&"}) == '{"x": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'


def test_unknown_paths_404(server):
    try:
        urllib.request.urlopen(server.url + "/etc/passwd", timeout=10)
    except urllib.error.HTTPError as e:
        assert e.code == 404


def test_allow_updates_accepts_writes(tmp_path):
    data = write_sample(tmp_path)
    with start_server(data, port=0, allow_updates=True) as s:
        update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
        status, _ = post(s.url + "/update", update)
        assert status in (200, 204)
        assert run_query(s.url + "/query", "ASK { <urn:a> ?p ?o }").boolean is True


def test_serve_from_graph_trig_only_and_missing_graph(tmp_path):
    data = write_sample(tmp_path / "d", store=False)
    with start_server(data, port=0) as s:
        assert run_query(s.url + "/query", "ASK { ?d a mb:Dispute }").boolean is True
        temp = s.cleanup[0]
    assert not temp.exists()  # the temporary store is removed
    with pytest.raises(NotFoundError):
        start_server(tmp_path / "empty", port=0)


def test_endpoint_timeout(server):
    with pytest.raises(QueryError, match="timed out after 0.001 s"):
        run_query(server.url + "/query",
                  "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?o2 . ?c ?r ?o3 }", timeout=0.001)


def test_cli_serve_starts_and_stops(sample_dir):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--data", str(sample_dir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/", proc)
        assert run_query(f"http://127.0.0.1:{port}/query", "ASK { ?s ?p ?o }").boolean is True
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
    assert "serving" in out and f"127.0.0.1:{port}" in out
