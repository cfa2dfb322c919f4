"""``kg build``: ingest → nlp → extract → resolve → graph → export, streaming.

Documents flow from the readers to the analysis in chunks; each parsed document is reduced
at once to a small :class:`~kg.resolve.DocResult` (no spaCy objects, and its text dropped
once the evidence sentences are cut out), so memory grows with the graph, not with the
corpus. The analysis runs in this process, in a pool of worker processes (``workers``) or
on dask.distributed (``engine="dask"``), see :mod:`kg.parallel`; results are merged in
input order, so every engine builds the same graph.

A build writes a cache into ``OUT/.kg-cache/`` (see :mod:`kg.cache`); ``update=True`` adds
new documents to the previous build of ``OUT`` without analysing the old ones again, and
keeps the entity (and so statement) ids the previous build published. A plain build never
reads the cache.

Progress is reported through an ``on_progress(stage, info)`` callback; the library never
prints. Stages: ``total`` (``documents``: the number of inputs counted beforehand, or None;
``cached``), ``input`` (``report``), ``document`` (``document``, ``statements``),
``resolve``, ``export``.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.ingest import InputReport, iter_input_files, read_documents
from kg.model import Document, Entity
from kg.resolve import DocResult

__all__ = ["BuildResult", "build", "build_graph_from_inputs", "count_inputs", "iter_doc_results"]

ProgressCallback = Callable[[str, dict], None]
# a larger input is skipped with a reason (a news article is well under 1 MB; raise it with
# --max-bytes for long reports or dumps)
DEFAULT_MAX_BYTES = 10_000_000
MAX_CHUNK_SIZE = 4


@dataclass
class BuildResult:
    """What a build produced: the graph, the files and every input's status."""

    graph: nx.MultiDiGraph
    files: list[Path] = field(default_factory=list)
    reports: list[InputReport] = field(default_factory=list)
    documents: int = 0
    cached: int = 0

    @property
    def skipped(self) -> list[InputReport]:
        return [r for r in self.reports if r.status == "skipped"]


def iter_doc_results(documents: Iterable[Document], *, model: str | None = None,
                     batch_size: int = 32) -> Iterator[DocResult]:
    """Parse and analyse documents in a stream, one :class:`DocResult` per document.

    Example:
        >>> d = Document("doc-1", "a.txt", "Hungary refused to fund the mission.")
        >>> [len(r.statements) >= 0 for r in iter_doc_results([d])]
        [True]
    """
    from kg.parallel import analyze_documents

    return analyze_documents(documents, model=model, batch_size=batch_size)


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                n += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 0
    return n + (last != b"\n")


def count_inputs(inputs: Iterable[str | os.PathLike]) -> int:
    """How many documents the inputs hold, cheaply: one per file, one per JSON Lines line.

    An upper bound (skipped files and blank lines count), for progress bars and ETAs.

    Example:
        >>> count_inputs(["no/such/file.txt"])
        0
    """
    n = 0
    for item in iter_input_files(inputs):
        if isinstance(item, InputReport):
            continue
        n += _count_lines(item) if item.suffix.lower() == ".jsonl" else 1
    return n


def _auto_workers(total: int | None) -> int:
    """All cores, but no more than one per 8 documents (a pool costs a model load per worker)."""
    cores = os.cpu_count() or 1
    return max(1, min(cores, total // 8)) if total is not None else cores


@dataclass
class _Run:
    graph: nx.MultiDiGraph
    results: list[DocResult]
    entities: list[Entity]
    cached: int


def _run(
    inputs: Iterable[str | os.PathLike],
    *,
    model: str | None,
    on_progress: ProgressCallback | None,
    reports: list[InputReport],
    results_hook: Callable[[DocResult], None] | None = None,
    workers: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
    cache=None,
    write_cache: bool = True,
    update: bool = False,
    out: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> _Run:
    from kg.cache import strip_result
    from kg.gazetteer import load_gazetteer
    from kg.graph import build_graph
    from kg.parallel import AnalysisFailure, iter_results
    from kg.resolve import resolve

    inputs = list(inputs)
    total = count_inputs(inputs) if (on_progress or workers != 1) else None
    if workers is None:
        workers = _auto_workers(total) if engine == "local" else (os.cpu_count() or 1)
    if chunk_size is None:
        n = max(1, workers)
        chunk_size = max(1, min(MAX_CHUNK_SIZE, math.ceil((total or 0) / (n * 4)))) if total else MAX_CHUNK_SIZE

    # the previous build (--update): its documents, in order, with their names and results
    results: dict[str, DocResult | None] = {}
    names: dict[str, set[str]] = {}
    stable_ids: dict[str, str] | None = None
    stale: list[Document] = []
    if update:
        manifest = cache.read_manifest() if cache is not None else None
        if manifest is None:
            if out is not None and (out / "graph.ttl").exists():
                raise KGError(f"no build cache in {str(out)!r} to update",
                              hint="build all the inputs once without --update (the cache is kept in OUT/.kg-cache)")
        else:
            stable_ids = dict(manifest.get("stable_ids", {}))
            for entry in manifest["documents"]:
                doc_id = entry["id"]
                names[doc_id] = set(entry.get("names", ()))
                hit = cache.get_result(doc_id)
                if hit is not None:
                    results[doc_id] = hit
                    continue
                document = cache.get_document(doc_id)
                if document is None:
                    raise KGError(f"the build cache in {str(cache.root)!r} has lost document {doc_id}",
                                  hint="rebuild from all the inputs without --update")
                results[doc_id] = None
                stale.append(document)
    previous = set(results)
    cached = len(results) - len(stale)
    if on_progress:
        on_progress("total", {"documents": (total or 0) + len(stale) if total is not None else None,
                              "cached": cached})

    def on_report(report: InputReport) -> None:
        reports.append(report)
        if on_progress:
            on_progress("input", {"report": report})

    def documents() -> Iterator[Document]:
        yield from stale
        for doc in read_documents(inputs, on_report=on_report, max_bytes=max_bytes):
            known = doc.id in names
            names.setdefault(doc.id, set()).add(doc.name)
            if known:
                # the same text again: one document, every name recorded
                reason = (f"already in the build (document {doc.id})" if doc.id in previous
                          else f"same text as document {doc.id}")
                reports.append(InputReport(doc.source, "duplicate", reason, doc.id))
                continue
            if update and cache is not None:
                hit = cache.get_result(doc.id)  # analysed by an interrupted --update
                if hit is not None:
                    results[doc.id] = hit
                    continue
            results[doc.id] = None
            yield doc

    for result in iter_results(documents(), model=model, workers=workers, engine=engine, scheduler=scheduler,
                               chunk_size=chunk_size, keep_going=True):
        if isinstance(result, AnalysisFailure):
            # a bug or library failure on one document must not stop the build: reported, left out
            del results[result.document.id]
            on_report(InputReport(result.document.source, "skipped", f"analysis failed: {result.error}",
                                  result.document.id))
            if on_progress:
                on_progress("document", {"document": result.document, "statements": 0})
            continue
        if cache is not None and write_cache:
            cache.put(result)
        result = strip_result(result)
        results[result.document.id] = result
        if results_hook:
            results_hook(result)
        if on_progress:
            on_progress("document", {"document": result.document, "statements": len(result.statements)})
    # every name the same text arrived under (blank documents give no result)
    final = [replace(r, document=replace(r.document, names=tuple(sorted(names.get(r.document.id, ())))))
             for r in results.values() if r is not None]
    results.clear()
    if on_progress:
        on_progress("resolve", {"documents": len(final)})
    gazetteer = load_gazetteer()
    entities, statements, docs = resolve(final, gazetteer, stable_ids)
    G = build_graph(entities, statements, docs)
    return _Run(G, final, entities, cached)


def build_graph_from_inputs(
    inputs: Iterable[str | os.PathLike],
    *,
    model: str | None = None,
    on_progress: ProgressCallback | None = None,
    reports: list[InputReport] | None = None,
    results_hook: Callable[[DocResult], None] | None = None,
    workers: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> nx.MultiDiGraph:
    """Read, parse, extract and resolve: the graph of some inputs (no files written).

    ``workers``, ``engine`` and ``scheduler`` are those of :func:`build`.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_text("Hungary will not fund the NATO mission in Ukraine.")
        >>> G = build_graph_from_inputs([p])
        >>> sorted({d["label"] for _, _, d in G.edges(data=True)})
        ['does not fund']
    """
    reports = reports if reports is not None else []
    return _run(inputs, model=model, on_progress=on_progress, reports=reports, results_hook=results_hook,
                workers=workers, engine=engine, scheduler=scheduler).graph


def build(
    inputs: Iterable[str | os.PathLike],
    out: str | os.PathLike = "exports",
    *,
    model: str | None = None,
    formats: Iterable[str] | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    update: bool = False,
    cache: bool = True,
    chunk_size: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> BuildResult:
    """Build the graph of some inputs and write every output into ``out``.

    Args:
        inputs: files or folders of .txt/.md/.html/.jsonl.
        out: the output folder (created).
        model: a spaCy pipeline name (default: en_core_web_sm, then its PyPI copy).
        formats: extra formats beyond the contract's (``nt``, ``jsonld``).
        on_progress: ``callback(stage, info)`` for progress display.
        workers: processes that parse and extract (1: this process, no pool; None: all
            cores, at most one per 8 documents). For ``engine="dask"`` without a
            scheduler, the workers of the LocalCluster.
        engine: ``"local"`` or ``"dask"`` (dask.distributed; ``pip install newskg[dask]``).
        scheduler: the address of a running dask scheduler (default: a LocalCluster).
        update: add the inputs to the previous build in ``out`` (its cache); the old
            documents are not analysed again and published entity ids stay the same.
        cache: keep ``out/.kg-cache`` up to date (needed by a later ``update``).
        chunk_size: documents per worker task (default: a few tasks per worker, at most 4).

    Returns:
        A :class:`BuildResult` with the graph, the files written and the input reports.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Hungary will not fund the NATO mission in Ukraine.")
        >>> r = build([folder / "a.txt"], folder / "out")
        >>> r.documents, (folder / "out" / ".kg-cache" / "manifest.json").exists()
        (1, True)
    """
    from kg.cache import BuildCache, entity_key_ids, version_key
    from kg.export import write_all
    from kg.gazetteer import load_gazetteer

    out = Path(out)
    reports: list[InputReport] = []
    store = BuildCache(out, version_key(model)) if (cache or update) else None
    run = _run(inputs, model=model, on_progress=on_progress, reports=reports, workers=workers, engine=engine,
               max_bytes=max_bytes,
               scheduler=scheduler, chunk_size=chunk_size, cache=store, write_cache=cache, update=update, out=out)
    G = run.graph
    if not G.graph.get("documents"):
        # nothing could be read: the previous exports stay exactly as they were
        return BuildResult(graph=G, files=[], reports=reports, documents=0, cached=run.cached)
    if on_progress:
        on_progress("export", {"out": str(out)})
    files = write_all(G, out, formats=formats)
    report_path = out / "build-report.json"
    report = {
        "inputs": [
            {"source": r.source, "status": r.status, "reason": r.reason, "doc_id": r.doc_id, "encoding": r.encoding}
            for r in reports
        ],
        "documents": len(G.graph.get("documents", {})),
        "entities": G.number_of_nodes(),
        "statements": G.number_of_edges(),
    }
    if update:
        report["update"] = {"cached_documents": run.cached}
    partial = report_path.with_name(f".{report_path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, report_path)  # atomic, as every other output
    files.append(report_path)
    if store is not None and cache:
        store.write_manifest([(r.document.id, list(r.document.names)) for r in run.results],
                             entity_key_ids(run.results, load_gazetteer(), run.entities))
    return BuildResult(graph=G, files=files, reports=reports, documents=len(G.graph.get("documents", {})),
                       cached=run.cached)
