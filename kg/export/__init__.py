"""Exporters: functions from the graph to files, and :func:`write_all` for a build.

``EXPORTERS`` maps an output name to ``(relative path, writer)``; every writer takes
``(G, path)``. :func:`write_all` writes into a staging folder next to the output folder,
then moves each file into place with ``os.replace`` — an interrupted build leaves the
previous exports as they were.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from kg.errors import ExportError, choices_message

__all__ = ["EXPORTERS", "OPTIONAL", "write_all", "export"]


def _lazy(module: str, func: str, *args) -> Callable[[nx.MultiDiGraph, Path], None]:
    def writer(G: nx.MultiDiGraph, path: Path) -> None:
        getattr(importlib.import_module(f"kg.export.{module}"), func)(G, path, *args)

    writer.__name__ = f"{module}.{func}"
    return writer


EXPORTERS: dict[str, tuple[str, Callable[[nx.MultiDiGraph, Path], None]]] = {
    "ttl": ("graph.ttl", _lazy("rdf", "write_rdf", "ttl")),
    "jsonl": ("statements.jsonl", _lazy("jsonl", "write_jsonl")),
    "html": ("graph.html", _lazy("html", "write_html")),
    "gexf": ("graph.gexf", _lazy("gexf", "write_gexf")),
    "graphml": ("graph.graphml", _lazy("graphml", "write_graphml")),
    "neo4j": ("neo4j", _lazy("neo4j", "write_neo4j")),
}
OPTIONAL: dict[str, tuple[str, Callable[[nx.MultiDiGraph, Path], None]]] = {
    "nt": ("graph.nt", _lazy("rdf", "write_rdf", "nt")),
    "jsonld": ("graph.jsonld", _lazy("rdf", "write_rdf", "jsonld")),
}


def export(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str) -> None:
    """Write one format to one path.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
        >>> export(nx.MultiDiGraph(documents={}), p, "ttl"); p.exists()
        True
    """
    table = {**EXPORTERS, **OPTIONAL}
    if fmt not in table:
        raise ExportError(choices_message("format", fmt, sorted(table)))
    table[fmt][1](G, Path(path))


def write_all(G: nx.MultiDiGraph, out: str | os.PathLike, formats: Iterable[str] | None = None) -> list[Path]:
    """Write every contract output (plus optional ``formats``) into ``out`` atomically per file.

    Returns:
        The paths written, in a stable order.
    """
    out = Path(out)
    extra = list(formats or [])
    for fmt in extra:
        if fmt not in OPTIONAL and fmt not in EXPORTERS:
            raise ExportError(choices_message("format", fmt, sorted({**EXPORTERS, **OPTIONAL})))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create output folder {str(out)!r}: {exc.strerror}",
                          hint="choose another --out") from exc
    staging = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    written: list[Path] = []
    try:
        table = dict(EXPORTERS)
        table.update({f: OPTIONAL[f] for f in extra if f in OPTIONAL})
        for _name, (rel, writer) in table.items():
            target = staging / rel
            if rel == "neo4j":
                target.mkdir()
            writer(G, target)
        for _name, (rel, _writer) in table.items():
            src, dst = staging / rel, out / rel
            if src.is_dir():
                dst.mkdir(exist_ok=True)
                for f in sorted(src.iterdir()):
                    os.replace(f, dst / f.name)
                    written.append(dst / f.name)
            else:
                os.replace(src, dst)
                written.append(dst)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written
