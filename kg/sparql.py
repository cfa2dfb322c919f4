"""SPARQL over a built graph: an embedded pyoxigraph store, and a real HTTP endpoint.

* :func:`open_store` loads ``graph.ttl`` into pyoxigraph (in memory, or persisted in a
  folder with ``store=`` so a large graph is loaded once and reused).
* :func:`run_query` runs a SELECT/ASK/CONSTRUCT and returns plain Python rows.
* :func:`serve` starts the Oxigraph server (PyPI ``oxigraph``) read-only on 127.0.0.1.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.errors import GraphError, KGError, MissingExtraError, choices_message
from kg.vocab import PREFIXES

__all__ = ["QueryResult", "open_store", "run_query", "format_result", "serve", "oxigraph_binary", "PREFIX_HEADER"]

PREFIX_HEADER = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
OUTPUT_FORMATS = ("table", "csv", "json")


@dataclass
class QueryResult:
    """Variables and rows of a SELECT (``boolean`` for ASK, ``triples`` for CONSTRUCT)."""

    variables: list[str]
    rows: list[dict[str, str | None]]
    boolean: bool | None = None


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def open_store(graph: str | os.PathLike, store: str | os.PathLike | None = None):
    """A pyoxigraph Store holding ``graph`` (reloaded only when the file changed).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
        >>> _ = p.write_text("<http://a> <http://b> <http://c> .")
        >>> len(open_store(p))
        1
    """
    import pyoxigraph as ox

    graph = Path(graph)
    if not graph.is_file():
        raise GraphError(f"graph {str(graph)!r} not found",
                         hint="run 'kg build INPUT --out DIR' and pass --graph DIR/graph.ttl")
    fmt = ox.RdfFormat.from_extension(graph.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    if store is None:
        st = ox.Store()
        st.bulk_load(path=str(graph), format=fmt)
        return st
    store = Path(store)
    store.mkdir(parents=True, exist_ok=True)
    marker = store / "newskg-source.txt"
    st = ox.Store(str(store))
    if not marker.exists() or marker.read_text(encoding="utf-8") != _stamp(graph):
        st.clear()
        st.bulk_load(path=str(graph), format=fmt)
        st.flush()
        marker.write_text(_stamp(graph), encoding="utf-8")
    return st


def _term(term) -> str | None:
    if term is None:
        return None
    return term.value


def run_query(graph: str | os.PathLike, query: str, *, store: str | os.PathLike | None = None) -> QueryResult:
    """Run SPARQL (the project's prefixes are predeclared) and return the rows.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
        >>> _ = p.write_text('<http://a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .')
        >>> run_query(p, "SELECT ?l WHERE { ?s rdfs:label ?l }").rows
        [{'l': 'A'}]
    """
    import pyoxigraph as ox

    st = open_store(graph, store)
    text = query if query.lstrip().upper().startswith("PREFIX") and "kg:" in query.split("{")[0] else PREFIX_HEADER + query
    try:
        result = st.query(text)
    except SyntaxError as exc:
        raise KGError(f"SPARQL syntax error: {exc}", hint="check the query; prefixes kg:, kgr:, rdfs:, skos:, dcterms:, prov:, schema: are predeclared") from exc
    if isinstance(result, bool) or isinstance(result, ox.QueryBoolean):
        return QueryResult(["result"], [{"result": str(bool(result)).lower()}], bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [{v: _term(sol[v]) for v in variables} for sol in result]
        return QueryResult(variables, rows)
    rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value} for t in result]
    return QueryResult(["subject", "predicate", "object"], rows)


def format_result(result: QueryResult, fmt: str = "csv") -> str:
    """Render a result as CSV or JSON (tables are drawn by the CLI).

    Example:
        >>> format_result(QueryResult(["a"], [{"a": "x"}]), "json")
        '[{"a": "x"}]'
    """
    if fmt == "json":
        return json.dumps(result.rows, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=result.variables, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in result.rows)
        return buf.getvalue()
    raise KGError(choices_message("format", fmt, OUTPUT_FORMATS))


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (from the PyPI package ``oxigraph``)."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise MissingExtraError("oxigraph", "serve")
    return found


def serve(graph: str | os.PathLike, *, port: int = 7878, host: str = "127.0.0.1", location: str | os.PathLike | None = None,
          timeout_s: int = 30) -> subprocess.Popen:
    """Load the graph and start a read-only SPARQL 1.1 endpoint; returns the server process.

    The endpoint is ``http://HOST:PORT/query``; updates are refused (read-only server) and
    each query is bounded by ``timeout_s`` seconds.
    """
    graph = Path(graph)
    if not graph.is_file():
        raise GraphError(f"graph {str(graph)!r} not found", hint="run 'kg build' first or pass --graph")
    binary = oxigraph_binary()
    location = Path(location) if location else Path(tempfile.mkdtemp(prefix="kg-serve-"))
    load = subprocess.run([binary, "load", "--location", str(location), "--file", str(graph)],
                          capture_output=True, text=True)
    if load.returncode != 0:
        raise KGError(f"oxigraph could not load {str(graph)!r}: {load.stderr.strip()[-500:]}")
    return subprocess.Popen([binary, "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
                             "--timeout-s", str(timeout_s)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
