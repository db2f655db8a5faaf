"""``kg push``: load the built dataset into any SPARQL 1.1 Graph Store Protocol endpoint.

Scale out from the laptop: Apache Jena Fuseki (``http://localhost:3030/ds/data``),
GraphDB (``http://localhost:7200/repositories/REPO/rdf-graphs/service``), Amazon
Neptune (``https://HOST:8182/sparql/gsp/``), QLever, or an Oxigraph server
(``http://localhost:7878/store``).

Two ways, chosen by ``mode``:

- ``graphs``: the Graph Store Protocol way that works everywhere: one request
  per graph, ``?default`` for the default graph and ``?graph=IRI`` for each
  named graph, bodies in N-Triples (``POST`` adds; ``PUT`` with ``replace``
  replaces each graph). Requests share one keep-alive connection.
- ``dataset``: one ``POST`` of the whole dataset as ``application/trig`` to
  the endpoint URL (Oxigraph, Fuseki and GraphDB accept it): much faster when
  there are thousands of assertion graphs.
- ``auto`` (the default) tries ``dataset`` and falls back to ``graphs`` when
  the store answers that it does not take datasets (HTTP 400, 405, 406, 415
  or 501).

What is sent is graph.trig (see :func:`kg.store.open_dataset`): its default graph holds
the provenance, its named graphs the assertions, as the Graph Store Protocol expects; the
on-disk store's default graph, the merged graph, is not sent.
"""
from __future__ import annotations

import http.client
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import EndpointError
from kg.store import open_dataset

MODES = ("auto", "graphs", "dataset")
_FALLBACK_STATUSES = {400, 405, 406, 415, 501}


@dataclass
class PushReport:
    """What :func:`push` sent."""

    endpoint: str
    mode: str
    triples: int
    graphs: int  # named graphs, plus the default graph when it is not empty
    requests: int
    seconds: float

    def summary(self) -> str:
        return (f"pushed {self.triples} triples in {self.graphs} graphs to {self.endpoint} "
                f"({self.mode}: {self.requests} requests, {self.seconds:.1f} s)")


class _HttpStatusError(EndpointError):
    def __init__(self, message: str, status: int):
        self.status = status
        super().__init__(message)


class _Connection:
    """One keep-alive HTTP connection to the endpoint's host, reopened when dropped."""

    def __init__(self, url: str, timeout: float):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EndpointError(f"not an http(s) Graph Store URL: {url}")
        self.url, self.parts, self.timeout = url, parts, timeout
        self.conn: http.client.HTTPConnection | None = None
        self.requests = 0

    def _open(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
        return cls(self.parts.hostname, self.parts.port, timeout=self.timeout)

    def send(self, method: str, query: str, body: bytes, ctype: str, what: str) -> None:
        path = self.parts.path or "/"
        existing = self.parts.query
        target = path + "?" + "&".join(q for q in (existing, query) if q) if (existing or query) else path
        headers = {"Content-Type": ctype, "Content-Length": str(len(body))}
        if self.parts.username:
            import base64

            token = base64.b64encode(f"{urllib.parse.unquote(self.parts.username)}:"
                                     f"{urllib.parse.unquote(self.parts.password or '')}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = self._open()
            try:
                self.conn.request(method, target, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read(4000).decode("utf-8", "replace")
                if response.will_close:
                    self.close()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()  # a dropped keep-alive connection: try once on a fresh one
                if attempt == 2:
                    raise EndpointError(f"cannot reach {self.url}: {exc}") from exc
            except TimeoutError as exc:
                self.close()
                raise EndpointError(f"{self.url} did not answer within {self.timeout:g} s ({what})") from exc
            except OSError as exc:
                self.close()
                raise EndpointError(f"cannot reach {self.url}: {exc.strerror or exc}") from exc
        self.requests += 1
        if response.status >= 400:
            first = text.strip().splitlines()[0][:300] if text.strip() else ""
            raise _HttpStatusError(
                f"{self.url} answered HTTP {response.status} {response.reason} to {method} {what}"
                + (f": {first}" if first else ""), response.status)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _push_graphs(store: ox.Store, conn: _Connection, replace: bool) -> int:
    method = "PUT" if replace else "POST"
    graphs = 0
    default = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    if default:
        conn.send(method, "default", default, "application/n-triples", "the default graph")
        graphs += 1
    for graph in store.named_graphs():
        body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        name = graph.value if isinstance(graph, ox.NamedNode) else str(graph)
        conn.send(method, "graph=" + urllib.parse.quote(name, safe=""), body, "application/n-triples",
                  f"graph <{name}>")
        graphs += 1
    return graphs


def push(
    data_dir: str | Path,
    endpoint: str,
    *,
    mode: str = "auto",
    replace: bool = False,
    timeout: float = 60.0,
) -> PushReport:
    """Load the graph built in ``data_dir`` into a Graph Store endpoint.

    Parameters
    ----------
    data_dir
        A directory written by ``kg build``.
    endpoint
        The Graph Store Protocol URL, e.g. ``http://localhost:7878/store``.
    mode
        ``"auto"``, ``"graphs"`` or ``"dataset"`` (see the module docstring).
    replace
        Replace what the store holds in each graph (``PUT``) instead of adding.
    timeout
        Seconds to wait for each request.

    Returns
    -------
    PushReport

    Raises
    ------
    EndpointError
        The endpoint cannot be reached or refuses the data (names the URL and
        the HTTP status).
    NotFoundError
        No graph in ``data_dir``.
    """
    if mode not in MODES:
        raise EndpointError(f"unknown push mode {mode!r}: use auto, graphs or dataset")
    # graph.trig's shape: provenance in the default graph, not the store's merged default graph
    store = open_dataset(data_dir)
    conn = _Connection(endpoint, timeout)
    started = time.perf_counter()
    used = mode
    try:
        if mode in ("auto", "dataset"):
            try:
                body = store.dump(format=ox.RdfFormat.TRIG)
                conn.send("PUT" if replace else "POST", "", body, "application/trig", "the dataset (TriG)")
                used = "dataset"
                n_graphs = sum(1 for _ in store.named_graphs()) + (1 if _has_default(store) else 0)
            except _HttpStatusError as exc:
                if mode == "dataset" or exc.status not in _FALLBACK_STATUSES:
                    raise
                used = "graphs"
        if used in ("graphs", "auto"):
            used = "graphs"
            n_graphs = _push_graphs(store, conn, replace)
    finally:
        conn.close()
    return PushReport(endpoint, used, len(store), n_graphs, conn.requests, time.perf_counter() - started)


def _has_default(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
