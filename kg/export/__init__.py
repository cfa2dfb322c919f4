"""Exporters: functions from the graph to files, and :func:`write_all` for a build.

``EXPORTERS`` maps an output name to ``(relative path, writer)``; every writer takes
``(G, path)``. :func:`write_all` writes into a staging folder inside the output folder
(``.kg-build-*``), then moves each file into place with ``os.replace`` — an interrupted
build, or a writer that fails (full disk, a bug), leaves the previous exports as they were
and removes the staging folder; a failing writer is reported as an :class:`ExportError`
naming the output.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from kg.errors import ExportError, KGError, choices_message

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
    try:
        staging = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    except OSError as exc:
        raise ExportError(f"cannot write into output folder {str(out)!r}: {exc.strerror or exc}",
                          hint="choose another --out") from exc
    written: list[Path] = []
    try:
        table = dict(EXPORTERS)
        table.update({f: OPTIONAL[f] for f in extra if f in OPTIONAL})
        for rel, writer in table.values():
            target = staging / rel
            try:
                if rel == "neo4j":
                    target.mkdir()
                writer(G, target)
            except KGError as exc:
                raise ExportError(f"{exc.message}; the previous exports in {str(out)!r} were kept",
                                  hint=exc.hint) from exc
            except Exception as exc:  # a full disk or an exporter bug: say which output, keep the old ones
                raise ExportError(f"writing {rel} failed ({type(exc).__name__}: {exc}); "
                                  f"the previous exports in {str(out)!r} were kept") from exc
        for rel, _writer in table.values():
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
