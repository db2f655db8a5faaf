"""kg push into a real Oxigraph server on loopback, then kg query --endpoint on it."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest_oxigraph import free_port, oxigraph_server, sample_dir  # noqa: F401
from kg.errors import EndpointError
from kg.push import push
from kg.query import run_query, run_saved
from kg.store import count_quads, open_dataset

pytestmark = pytest.mark.server
KG = [sys.executable, "-m", "kg.cli"]
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def remote_counts(base):
    return (run_query(base + "/query", COUNT_ALL).rows[0][0], run_query(base + "/query", COUNT_GRAPHS).rows[0][0])


@pytest.mark.parametrize("mode", ["graphs", "dataset", "auto"])
def test_push_then_query_counts_equal(sample_dir, oxigraph_server, mode):
    local = count_quads(open_dataset(sample_dir))  # graph.trig, not the store's merged default graph
    report = push(sample_dir, oxigraph_server + "/store", mode=mode)
    assert report.triples == local["quads"]
    assert remote_counts(oxigraph_server) == (local["quads"], local["named_graphs"])
    if mode == "graphs":
        assert report.requests == local["named_graphs"] + 1  # + the default graph
    # pushing again adds nothing new: the same triples
    push(sample_dir, oxigraph_server + "/store", mode=mode)
    assert remote_counts(oxigraph_server)[0] == local["quads"]


def test_saved_queries_answer_the_same_on_the_endpoint(sample_dir, oxigraph_server):
    push(sample_dir, oxigraph_server + "/store")
    # a plain Oxigraph server has no union default graph: the provenance query uses GRAPH and the
    # default graph, which is where the sample keeps assertion metadata, so it answers the same.
    args = {"claimantName": "Drake", "respondentName": "Universal Music Group"}
    remote = run_saved(oxigraph_server + "/query", "who-sued-whom", bindings=args)
    local = run_saved(sample_dir, "who-sued-whom", bindings=args)
    assert remote.rows == local.rows and len(remote) == 2


def test_cli_push_and_query_endpoint(sample_dir, oxigraph_server):
    done = subprocess.run([*KG, "push", "--endpoint", oxigraph_server + "/store", "--data", str(sample_dir)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "pushed" in done.stdout and oxigraph_server in done.stdout
    out = subprocess.run([*KG, "query", COUNT_ALL, "--endpoint", oxigraph_server + "/query", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    n = int(json.loads(out)["results"]["bindings"][0]["n"]["value"])
    assert n == len(open_dataset(sample_dir))


def test_unreachable_endpoint_names_url_and_reason(sample_dir):
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(EndpointError, match=rf"cannot reach {url}: .*refused"):
        push(sample_dir, url)
    query_url = url.replace("/store", "/query")
    with pytest.raises(EndpointError, match=rf"cannot reach {query_url}: .*refused"):
        run_query(query_url, "ASK {}")
    done = subprocess.run([*KG, "query", "ASK {}", "--endpoint", query_url], capture_output=True, text=True)
    assert done.returncode == 6 and query_url in done.stderr and "Traceback" not in done.stderr


def test_http_errors_name_the_status(sample_dir, oxigraph_server):
    with pytest.raises(EndpointError, match=r"answered HTTP 404"):
        push(sample_dir, oxigraph_server + "/nothere", mode="graphs")
    with pytest.raises(EndpointError, match="not an http"):
        push(sample_dir, "ftp://example.org/store")


def test_endpoint_syntax_error_has_line_and_column(oxigraph_server):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match=r"line 3, column \d+: undeclared prefix"):
        run_query(oxigraph_server + "/query", "SELECT ?s WHERE {\n ?s ?p ?o .\n ?s foo:bar ?o .\n}")
