"""SPARQL over a built graph: an embedded pyoxigraph store, and a real HTTP endpoint.

* :func:`open_store` loads ``graph.ttl`` into pyoxigraph (in memory, or persisted in a
  folder with ``store=`` so a large graph is loaded once and reused while it is unchanged).
* :func:`run_query` runs a SELECT / ASK / CONSTRUCT / DESCRIBE and returns plain Python rows;
  :func:`format_result` renders them as CSV or JSON.
* :func:`serve` starts the Oxigraph server (PyPI ``oxigraph``) read-only on 127.0.0.1 and
  returns once the endpoint answers; :class:`SparqlServer` stops it and removes its
  temporary database.

The project's prefixes (``kg:``, ``kgr:``, ``rdfs:``, ``skos:``, ``owl:``, ``xsd:``,
``prov:``, ``dcterms:``, ``schema:``, ``rdf:``) are predeclared for :func:`run_query`; a
query's own ``PREFIX`` declarations take precedence. The HTTP endpoint predeclares nothing:
queries sent to it declare their prefixes (the files in ``queries/`` do).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from kg.errors import GraphError, KGError, MissingExtraError, choices_message
from kg.vocab import PREFIXES

__all__ = [
    "MARKER",
    "PREFIX_HEADER",
    "QueryError",
    "QueryResult",
    "SparqlServer",
    "format_result",
    "open_store",
    "oxigraph_binary",
    "oxigraph_version",
    "run_query",
    "serve",
    "store_is_current",
]

PREFIX_HEADER = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
OUTPUT_FORMATS = ("table", "csv", "json")
MARKER = "newskg-store.json"
"""File written into a persisted store folder: which graph file (path, size, mtime, inode)
it holds and which Oxigraph version wrote it."""

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
_UPDATE_RE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_PROLOGUE_RE = re.compile(r"^(?:#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>|\s)*", re.IGNORECASE)
_DECLARED_RE = re.compile(r"\bPREFIX\s+([A-Za-z][\w.\-]*)?\s*:\s*<", re.IGNORECASE)
_ERROR_AT_RE = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


class QueryError(KGError):
    """A SPARQL query cannot be parsed or run (a user error: exit code 2 on the command line)."""


@dataclass
class QueryResult:
    """Variables and rows of a query, every value a plain string (``None`` when unbound).

    ``kind`` is ``"select"``, ``"ask"`` (then ``boolean`` holds the answer and the one row is
    ``{"result": "true"}``) or ``"construct"`` (CONSTRUCT and DESCRIBE: one row per triple,
    with ``subject``, ``predicate``, ``object``). ``store_loaded`` tells whether the graph
    file was (re)loaded for this query (always true without a persisted store).
    """

    variables: list[str]
    rows: list[dict[str, str | None]]
    boolean: bool | None = None
    kind: str = "select"
    store_loaded: bool = True
    typed_rows: list[dict[str, Any]] | None = field(default=None, repr=False)


# --------------------------------------------------------------------------- the store

def oxigraph_version() -> str:
    """The version of pyoxigraph (the store format the embedded store writes)."""
    import pyoxigraph as ox

    return getattr(ox, "__version__", "unknown")


def _stamp(graph: Path) -> dict[str, Any]:
    st = graph.stat()
    return {"graph": str(graph.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _read_marker(store: Path) -> dict[str, Any] | None:
    try:
        return json.loads((store / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store_is_current(graph: str | os.PathLike, store: str | os.PathLike, version: str | None = None) -> bool:
    """Whether the persisted ``store`` folder holds the current ``graph`` file.

    The graph file is identified by its path, size, modification time and inode (``kg build``
    replaces files, so a rebuild always changes the inode); ``version`` (default: pyoxigraph's)
    must be the Oxigraph version that wrote the store.
    """
    marker = _read_marker(Path(store))
    if not marker:
        return False
    want = {**_stamp(Path(graph)), "oxigraph": version or oxigraph_version()}
    return all(marker.get(k) == v for k, v in want.items())


def _write_marker(graph: Path, store: Path, version: str) -> None:
    tmp = store / (MARKER + ".tmp")
    tmp.write_text(json.dumps({**_stamp(graph), "oxigraph": version}, indent=1), encoding="utf-8")
    os.replace(tmp, store / MARKER)


def _check_graph(graph: str | os.PathLike) -> Path:
    graph = Path(graph)
    if not graph.is_file():
        where = "is a folder" if graph.is_dir() else "not found"
        raise GraphError(f"graph {str(graph)!r} {where}",
                         hint="run 'kg build INPUT --out DIR' and pass --graph DIR/graph.ttl")
    return graph


def _check_store_folder(store: Path) -> None:
    """Refuse to write into a folder that is neither empty nor a store this tool made."""
    if store.exists() and not store.is_dir():
        raise KGError(f"store {str(store)!r} is a file, not a folder", hint="pass a folder for --store")
    if store.is_dir() and any(store.iterdir()) and not (store / MARKER).exists():
        raise KGError(f"store folder {str(store)!r} is not empty and was not made by newskg",
                      hint="pass a new or empty folder for --store; newskg clears it whenever the graph changes")


def _rdf_format(graph: Path):
    import pyoxigraph as ox

    return ox.RdfFormat.from_extension(graph.suffix.lstrip(".").lower()) or ox.RdfFormat.TURTLE


def _bulk_load(st, graph: Path) -> None:
    try:
        st.bulk_load(path=str(graph), format=_rdf_format(graph))
    except SyntaxError as exc:
        raise GraphError(f"graph {str(graph)!r} is not valid RDF: {exc}",
                         hint="rebuild it with 'kg build' (graph.ttl is Turtle)") from exc


def _open_store(graph: str | os.PathLike, store: str | os.PathLike | None = None):
    """``(Store, loaded)``: the store and whether the graph file was (re)loaded into it."""
    import pyoxigraph as ox

    graph = _check_graph(graph)
    if store is None:
        st = ox.Store()
        _bulk_load(st, graph)
        return st, True
    store = Path(store)
    _check_store_folder(store)
    if store_is_current(graph, store) and hasattr(ox.Store, "read_only"):
        try:
            return ox.Store.read_only(str(store)), False
        except OSError:
            pass  # damaged or half-written: rebuild it below
    store.mkdir(parents=True, exist_ok=True)
    try:
        st = ox.Store(str(store))
    except OSError as exc:
        raise KGError(f"cannot open the store {str(store)!r}: {exc}",
                      hint="another 'kg query --store' may be loading it; wait, or pass another folder") from exc
    (store / MARKER).unlink(missing_ok=True)  # an interrupted load leaves no valid marker
    st.clear()
    _bulk_load(st, graph)
    st.flush()
    _write_marker(graph, store, oxigraph_version())
    return st, True


def open_store(graph: str | os.PathLike, store: str | os.PathLike | None = None):
    """A pyoxigraph Store holding ``graph``.

    Without ``store`` the graph is loaded in memory. With ``store`` (a folder) it is loaded
    once into an on-disk store and reused, read-only, while the graph file is unchanged; a
    changed graph (e.g. rebuilt by ``kg build``) is reloaded.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
        >>> _ = p.write_text("<http://a> <http://b> <http://c> .")
        >>> len(open_store(p))
        1
    """
    return _open_store(graph, store)[0]


# --------------------------------------------------------------------------- queries

def _strip_comments_and_literals(query: str) -> str:
    """The query without comments, IRIs and string literals (for scanning prefixed names)."""
    out = re.sub(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                 r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', query)
    out = re.sub(r"<[^<>\"{}|^`\\\s]*>", "<>", out)
    return re.sub(r"#[^\n]*", "", out)


def _declared(query: str) -> set[str]:
    return {(m.group(1) or "") for m in _DECLARED_RE.finditer(_strip_comments_and_literals(query))}


def _undeclared(query: str, known: set[str]) -> list[str]:
    body = _strip_comments_and_literals(query)
    body = _DECLARED_RE.sub(" ", body)
    used = re.findall(r"(?<![\w?$:.\-])([A-Za-z][\w.\-]*)?:(?=[\w%\\]|\s|[;,.)\]}]|$)", body)
    seen: list[str] = []
    for p in used:
        p = p or ""
        if p not in known and p not in seen and p.lower() not in {"http", "https", "urn", "mailto"}:
            seen.append(p)
    return seen


def _syntax_error(query: str, exc: SyntaxError, known: set[str], line_shift: int = 0) -> QueryError:
    text = str(exc)
    known_list = ", ".join(f"{p}:" for p in PREFIXES)
    if _UPDATE_RE.match(_PROLOGUE_RE.sub("", query, count=1)):
        return QueryError("kg query only reads the graph: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…) "
                          "is not supported",
                          hint="change the articles and run 'kg build' again, or load graph.ttl into a store you own")
    missing = _undeclared(query, known)
    if "Prefix not found" in text and missing:
        return QueryError(f"SPARQL syntax error: unknown prefix {', '.join(p + ':' for p in missing)}",
                          hint=f"declare it with PREFIX, or use a predeclared one: {known_list}")
    m = _ERROR_AT_RE.search(text)
    where, detail = "", text.strip()
    if m:
        line, col = int(m.group(1)) - line_shift, int(m.group(2))
        detail = m.group(3).strip()
        lines = query.splitlines()
        where = f" at line {line}, column {col}"
        if 1 <= line <= len(lines):
            where += f" (near: {lines[line - 1].strip()[:100]!r})"
    # the expected-token list ends in long Unicode character classes: keep the words, or
    # the one explanation it may hold ("The SELECT contains a variable that is unbound")
    detail = re.sub(r"\s+", " ", detail)
    sentences = [a for a in re.split(r", |expected one of ", detail) if re.match(r"[A-Z][a-z]+ \w+ \w+", a)]
    if sentences:
        detail = sentences[0]
    if "[" in detail:
        detail = detail[: detail.index("[")].rstrip(" ,") + " …"
    return QueryError(f"SPARQL syntax error{where}: {detail}",
                      hint=f"check the query; predeclared prefixes: {known_list}")


def _term_value(term) -> str | None:
    if term is None:
        return None
    return term.value


def _typed_value(term) -> Any:
    """A JSON-friendly value: numbers and booleans as such, everything else as a string."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        try:
            if dt in _INTEGER_TYPES:
                return int(term.value)
            if dt in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
    return term.value


def _execute(st, query: str):
    """Run ``query`` with the project's prefixes predeclared; ``(result, line_shift)``."""
    missing = {p: ns for p, ns in PREFIXES.items() if p not in _declared(query)}
    try:
        return st.query(query, prefixes=missing), 0
    except TypeError:  # pyoxigraph < 0.5 has no prefixes=: declare them in the text
        header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in missing.items())
        return st.query(header + query), header.count("\n")


def run_query(graph: str | os.PathLike, query: str, *, store: str | os.PathLike | None = None) -> QueryResult:
    """Run SPARQL on a built graph (the project's prefixes are predeclared) and return the rows.

    Args:
        graph: the graph file (``graph.ttl``; ``.nt`` and ``.jsonld`` work too).
        query: a SELECT, ASK, CONSTRUCT or DESCRIBE query.
        store: a folder to persist the loaded graph in (see :func:`open_store`).

    Raises:
        GraphError: the graph file is missing or not valid RDF.
        QueryError: the query is not valid SPARQL, or is an update.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
        >>> _ = p.write_text('<http://a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .')
        >>> run_query(p, "SELECT ?l WHERE { ?s rdfs:label ?l }").rows
        [{'l': 'A'}]
        >>> run_query(p, "ASK { ?s rdfs:label 'A' }").boolean
        True
    """
    import pyoxigraph as ox

    if not query or not query.strip():
        raise QueryError("the query is empty", hint="pass SPARQL text or the path of a .rq file")
    st, loaded = _open_store(graph, store)
    known = set(PREFIXES) | _declared(query)
    line_shift = 0
    try:
        result, line_shift = _execute(st, query)
        if isinstance(result, (bool, ox.QueryBoolean)):
            value = bool(result)
            return QueryResult(["result"], [{"result": str(value).lower()}], value, kind="ask",
                               store_loaded=loaded, typed_rows=[{"result": value}])
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows, typed = [], []
            for sol in result:
                rows.append({v: _term_value(sol[v]) for v in variables})
                typed.append({v: _typed_value(sol[v]) for v in variables})
            return QueryResult(variables, rows, store_loaded=loaded, typed_rows=typed)
        names = ["subject", "predicate", "object"]
        rows, typed = [], []
        for t in result:
            rows.append(dict(zip(names, (t.subject.value, t.predicate.value, t.object.value))))
            typed.append(dict(zip(names, (t.subject.value, t.predicate.value, _typed_value(t.object)))))
        return QueryResult(names, rows, kind="construct", store_loaded=loaded, typed_rows=typed)
    except SyntaxError as exc:
        raise _syntax_error(query, exc, known, line_shift) from exc
    except OSError as exc:
        raise QueryError(f"the query failed while reading the store: {exc}",
                         hint="rerun without --store, or delete the store folder to rebuild it") from exc


def format_result(result: QueryResult, fmt: str = "csv") -> str:
    """Render a result as CSV or JSON (tables are drawn by the CLI).

    CSV has a header row of the variables; unbound values are empty. JSON is a list of
    objects, one per row (numbers and booleans typed, unbound values ``null``); an ASK gives
    ``{"boolean": true}``.

    Example:
        >>> format_result(QueryResult(["a"], [{"a": "x"}]), "json")
        '[{"a": "x"}]'
        >>> format_result(QueryResult(["a", "b"], [{"a": "x", "b": None}]), "csv")
        'a,b\\nx,\\n'
    """
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"boolean": bool(result.boolean)})
        return json.dumps(result.typed_rows if result.typed_rows is not None else result.rows, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=result.variables, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in result.rows)
        return buf.getvalue()
    raise KGError(choices_message("format", fmt, OUTPUT_FORMATS))


# --------------------------------------------------------------------------- the endpoint

def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (from the PyPI package ``oxigraph``)."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise MissingExtraError("oxigraph", "serve")
    return found


def _binary_version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.strip().split()[-1] if out.strip() else "unknown"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _check_port_free(host: str, port: int) -> None:
    """Raise a KGError when ``host:port`` cannot be bound (in use, or not a local address)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise KGError(f"cannot resolve the address {host!r}: {exc.strerror}", hint="use --host 127.0.0.1") from exc
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        if os.name != "nt":  # like the server: allow TIME_WAIT, refuse a live listener
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                raise KGError(f"port {port} on {host} is already in use",
                              hint=f"stop what uses it, or choose another port, e.g. --port {port + 1}, "
                                   "or --port 0 for any free one") from exc
            raise KGError(f"cannot listen on {host}:{port}: {exc.strerror}",
                          hint="use --host 127.0.0.1 and a port above 1024") from exc


def _free_port(host: str) -> int:
    family = socket.getaddrinfo(host, 0, type=socket.SOCK_STREAM)[0][0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM if the kg process dies without cleaning up."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class SparqlServer:
    """A running read-only Oxigraph server; :meth:`stop` (or ``with``) ends it and cleans up.

    Attributes:
        url: the SPARQL 1.1 Protocol query endpoint (``http://127.0.0.1:PORT/query``).
        base_url: the server root (a query web UI).
        triples: how many triples the endpoint holds (counted when it first answered).
    """

    def __init__(self, proc: subprocess.Popen, host: str, port: int, location: Path, workdir: Path | None,
                 log: Path, timeout_s: int) -> None:
        self.proc = proc
        self.host = host
        self.port = port
        self.location = location
        self.workdir = workdir  # temporary folder we own (store and log), removed on stop
        self.log = log
        self.timeout_s = timeout_s
        # a wildcard address is reached (and probed) through loopback
        reach = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
        self.base_url = f"http://{_url_host(reach)}:{port}"
        self.url = self.base_url + "/query"
        self.triples: int | None = None

    def log_tail(self, chars: int = 800) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace").strip()[-chars:]
        except OSError:
            return ""

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until the endpoint answers a query (the triple count), or raise KGError."""
        probe = self.url + "?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        request = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                tail = self.log_tail()
                self.stop()
                raise KGError(f"the Oxigraph server stopped while starting (exit code {self.proc.returncode})"
                              + (f": {tail}" if tail else ""), hint="check --host and --port, or see the message above")
            try:
                with urllib.request.urlopen(request, timeout=2) as resp:
                    data = json.loads(resp.read().decode("utf-8"))
                self.triples = int(data["results"]["bindings"][0]["n"]["value"])
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError, KeyError, IndexError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise KGError(f"the SPARQL endpoint did not answer within {timeout:.0f} s",
                              hint="the graph may be very large; try again with --store DIR to load it once")
            time.sleep(0.1)

    def wait(self) -> int:
        """Wait until the server exits by itself; its exit code."""
        return self.proc.wait()

    def stop(self, grace: float = 5.0) -> None:
        """Terminate the server (kill after ``grace`` seconds) and remove its temporary store."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(graph: str | os.PathLike, *, port: int = 7878, host: str = "127.0.0.1",
          location: str | os.PathLike | None = None, timeout_s: int = 30, ready_timeout: float = 60.0) -> SparqlServer:
    """Load the graph and start a read-only SPARQL 1.1 endpoint; returns once it answers.

    The endpoint is ``http://HOST:PORT/query`` (SPARQL 1.1 Protocol: GET or POST; results as
    JSON, XML, CSV, TSV; graphs as Turtle, N-Triples, RDF/XML…). Updates are refused (the
    server is read-only) and each query is bounded by ``timeout_s`` seconds.

    Args:
        graph: the built ``graph.ttl``.
        port: the TCP port (``0``: any free port; see :attr:`SparqlServer.port`).
        host: the address to bind, loopback by default.
        location: a folder to keep the server's database in, reused while the graph is
            unchanged; by default a temporary folder, removed by :meth:`SparqlServer.stop`.
        timeout_s: seconds a query may run.
        ready_timeout: seconds to wait for the endpoint to answer.

    Raises:
        KGError: the graph is missing or invalid, the port is in use, or the server fails.
    """
    graph = _check_graph(graph)
    if timeout_s < 1:
        raise KGError(f"invalid timeout {timeout_s}", hint="give a number of seconds >= 1")
    if not 0 <= port <= 65535:
        raise KGError(f"invalid port {port}", hint="choose a port between 1024 and 65535 (0: any free port)")
    binary = oxigraph_binary()
    port = _free_port(host) if port == 0 else port
    _check_port_free(host, port)

    workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        if location is None:
            store = workdir / "store"
            store.mkdir()
        else:
            store = Path(location)
            _check_store_folder(store)
        version = _binary_version(binary)
        if not (location is not None and store_is_current(graph, store, version)):
            if (store / MARKER).exists():  # ours, but for another graph: start afresh
                shutil.rmtree(store)
            store.mkdir(parents=True, exist_ok=True)
            fmt = _rdf_format(graph).file_extension
            load = subprocess.run([binary, "load", "--location", str(store), "--file", str(graph), "--format", fmt],
                                  capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
            if load.returncode != 0:
                msg = (load.stderr or load.stdout).strip()[-600:]
                raise GraphError(f"oxigraph could not load {str(graph)!r}: {msg}",
                                 hint="rebuild the graph with 'kg build'")
            if location is not None:
                _write_marker(graph, store, version)
        log = workdir / "server.log"
        with open(log, "wb") as log_file:
            proc = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(store), "--bind", f"{_url_host(host)}:{port}",
                 "--timeout-s", str(timeout_s)],
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                # preexec_fn is unsafe with threads: only in a single-threaded process (the CLI)
                preexec_fn=(_die_with_parent if sys.platform.startswith("linux") and threading.active_count() == 1  # noqa: PLW1509
                            else None),
            )
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    server = SparqlServer(proc, host, port, store, workdir, log, timeout_s)
    try:
        server.wait_ready(ready_timeout)
    except BaseException:
        server.stop()
        raise
    return server
