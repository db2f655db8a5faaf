"""``kg serve``: the graph over the SPARQL 1.1 Protocol, with a query page that works offline.

Design: the SPARQL server is Oxigraph's own (``oxigraph serve-read-only``
from the ``oxigraph`` package, started on a free loopback port) on the store as
it is: a build's store keeps the merged graph (every triple once) as its default
graph and the assertion graphs as named graphs (see :func:`kg.store.query_options`),
so queries over HTTP see what ``kg query`` sees. (A store built by an older mbkg,
with the merged graph as a named graph, is served with the union default graph, as
before: rebuild it to count each triple once.) In front of it a small stdlib
``http.server`` on ``--host``/``--port`` (127.0.0.1:7878 by default):

- ``GET /`` serves ``kg/templates/query.html``: a form that POSTs to
  ``/query`` and shows the results as a table, all inline (no CDN; Oxigraph's
  own page loads YASGUI from one). Result text is put in the page with
  ``textContent``, never as HTML.
- ``GET``/``POST /query`` and ``GET /store`` are forwarded to Oxigraph as they
  are (SPARQL 1.1 Protocol and Graph Store Protocol reads).
- ``/update`` and writes to ``/store`` are refused with HTTP 403, unless
  ``--allow-updates``, which starts ``oxigraph serve`` (read-write) instead.

The store is ``DIR/store``; when a build left only ``graph.trig``, a store
is loaded into a temporary directory that is removed on exit. A query that
runs past ``--timeout`` is stopped by Oxigraph (``--timeout-s``).
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg.errors import EndpointError, NotFoundError, OutputError
from kg.store import STORE_DIRNAME, TRIG_NAME, is_merged_layout, load_dataset_into_store

TEMPLATE = Path(__file__).parent / "templates" / "query.html"
_MAX_BODY = 16 * 1024 * 1024  # a query or Graph Store upload larger than this is refused
_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
                "proxy-authenticate", "proxy-authorization", "content-length", "server", "date"}


def oxigraph_executable() -> str:
    """The ``oxigraph`` server binary installed beside this Python (the ``oxigraph`` package)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise NotFoundError("the oxigraph server is not installed: `pip install oxigraph` (it ships with mbkg)")
    return found


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _json_for_script(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` can end it early."""
    return (json.dumps(value, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def query_page(*, allow_updates: bool = False) -> bytes:
    """The offline query page with the saved queries embedded."""
    from kg.query import saved_queries

    saved = [
        {"name": q.name, "description": q.description, "text": q.text, "params": q.params}
        for q in saved_queries().values()
    ]
    html = TEMPLATE.read_text(encoding="utf-8")
    html = html.replace("/*SAVED_QUERIES*/[]", _json_for_script(saved))
    html = html.replace("/*READ_ONLY*/true", "false" if allow_updates else "true")
    return html.encode("utf-8")


@dataclass
class Server:
    """A running ``kg serve``: the front's URL, and what to stop."""

    url: str
    backend_url: str
    process: subprocess.Popen
    httpd: ThreadingHTTPServer
    thread: threading.Thread
    cleanup: list[Path] = field(default_factory=list)

    def close(self) -> None:
        """Stop the front and the Oxigraph process; remove a temporary store."""
        self.httpd.shutdown()
        self.httpd.server_close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for path in self.cleanup:
            shutil.rmtree(path, ignore_errors=True)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_handler(backend: str, allow_updates: bool, page: bytes):
    class Handler(BaseHTTPRequestHandler):
        server_version = "mbkg"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet: one line per error only
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8",
                  headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its own timeout): nothing to tell it

        def _refuse(self) -> None:
            self._send(403, b"read-only endpoint: updates are refused (start kg serve with --allow-updates)\n")

        def _route(self) -> None:
            path = self.path.split("?", 1)[0]
            write = self.command in ("POST", "PUT", "DELETE", "PATCH")
            if path in ("/", "/index.html") and self.command in ("GET", "HEAD"):
                self._send(200, page, "text/html; charset=utf-8",
                           {"Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; "
                            "style-src 'unsafe-inline'; connect-src 'self'"})
            elif path == "/query" and self.command in ("GET", "POST", "HEAD"):
                self._forward()
            elif path == "/update" or (path == "/store" and write):
                self._forward() if allow_updates else self._refuse()
            elif path == "/store" and self.command in ("GET", "HEAD"):
                self._forward()
            else:
                self._send(404, b"not found: use / (query page), /query (SPARQL) or /store (Graph Store)\n")

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self._send(413, b"request too large\n")
                return
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
            request = urllib.request.Request(backend + self.path, data=body, method=self.command, headers=headers)
            try:
                with urllib.request.urlopen(request) as response:
                    status, payload, rh = response.status, response.read(), response.headers
            except urllib.error.HTTPError as exc:
                status, payload, rh = exc.code, exc.read(), exc.headers
            except OSError as exc:
                # Oxigraph drops the connection of a query that ran past --timeout-s.
                self._send(504, f"the SPARQL server gave no answer (query past the time limit?): {exc}\n".encode())
                return
            extra = {k: v for k, v in rh.items() if k.lower() not in _HOP_HEADERS | {"content-type"}}
            self._send(status, payload, rh.get("Content-Type", "application/octet-stream"), extra)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _route

    return Handler


def _store_location(data_dir: Path, cleanup: list[Path]) -> Path:
    store = data_dir / STORE_DIRNAME
    if (store / "CURRENT").is_file():
        return store
    trig = data_dir / TRIG_NAME
    if trig.is_file():
        tmp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        cleanup.append(tmp)
        return load_dataset_into_store(trig, tmp / STORE_DIRNAME)
    raise NotFoundError(f"no graph in {data_dir}: run `kg build` first")


def _default_is_merged(location: Path) -> bool:
    """Whether the store at ``location`` has the merged graph as its default graph."""
    store = ox.Store.read_only(str(location))
    try:
        return is_merged_layout(store)
    finally:
        del store  # RocksDB closes its files before Oxigraph's server opens them


def start_server(
    data_dir: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_updates: bool = False,
    timeout: float | None = None,
    wait: float = 30.0,
) -> Server:
    """Start Oxigraph on the graph of ``data_dir`` and the front on ``host:port``.

    Parameters
    ----------
    data_dir
        A directory written by ``kg build``.
    host, port
        Where the front listens (``port=0`` picks a free port).
    allow_updates
        Serve read-write: accept ``/update`` and Graph Store writes.
    timeout
        Seconds after which Oxigraph stops a query.
    wait
        Seconds to wait for Oxigraph to answer.

    Returns
    -------
    Server
        Call ``close()`` (or use it in a ``with``) to stop both.

    Raises
    ------
    NotFoundError
        No graph in ``data_dir``, or no oxigraph binary.
    OutputError
        The port is taken.
    EndpointError
        Oxigraph did not start.
    """
    cleanup: list[Path] = []
    location = _store_location(Path(data_dir), cleanup)
    backend_port = _free_port()
    cmd = [oxigraph_executable(), "serve" if allow_updates else "serve-read-only",
           "--location", str(location), "--bind", f"127.0.0.1:{backend_port}"]
    if not _default_is_merged(location):
        cmd.append("--union-default-graph")
    if timeout:
        cmd += ["--timeout-s", str(max(1, int(round(timeout))))]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    backend = f"http://127.0.0.1:{backend_port}"
    try:
        _wait_until_up(backend, proc, wait)
        handler = _make_handler(backend, allow_updates, query_page(allow_updates=allow_updates))
        try:
            httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise OutputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        httpd.daemon_threads = True
    except BaseException:
        proc.terminate()
        proc.wait()
        for path in cleanup:
            shutil.rmtree(path, ignore_errors=True)
        raise
    thread = threading.Thread(target=httpd.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    shown = f"[{host}]" if ":" in host else host
    return Server(f"http://{shown}:{httpd.server_address[1]}", backend, proc, httpd, thread, cleanup)


def _wait_until_up(url: str, proc: subprocess.Popen, wait: float) -> None:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            raise EndpointError(f"the oxigraph server stopped at start: {err.splitlines()[-1] if err else proc.returncode}")
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise EndpointError(f"the oxigraph server did not answer at {url} within {wait:g} s")


def serve(
    data_dir: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_updates: bool = False,
    timeout: float | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted (Ctrl-C); see :func:`start_server`."""
    with start_server(data_dir, host=host, port=port, allow_updates=allow_updates, timeout=timeout) as server:
        mode = "read-write" if allow_updates else "read-only"
        announce(f"serving {data_dir} ({mode}) at {server.url}/  (SPARQL: {server.url}/query); Ctrl-C stops")
        try:
            while server.thread.is_alive() and server.process.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            announce("stopped")
            return
        if server.process.poll() is not None:
            raise EndpointError(f"the oxigraph server stopped (exit status {server.process.returncode})")
