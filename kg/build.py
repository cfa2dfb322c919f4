"""``kg build``: ingest → nlp → extract → resolve → graph → export, streaming.

Documents flow from the readers through ``nlp.pipe`` one batch at a time; each parsed
document is reduced at once to a small :class:`~kg.resolve.DocResult` (no spaCy objects are
kept), so memory grows with the graph, not with the corpus. Progress is reported through
an ``on_progress(stage, message)`` callback; the library never prints.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from kg.gazetteer import load_gazetteer
from kg.graph import build_graph
from kg.ingest import InputReport, read_documents
from kg.lexicon import load_lexicon
from kg.model import Document
from kg.nlp import iter_parsed, load_nlp
from kg.resolve import DocResult, analyze_document, resolve

__all__ = ["BuildResult", "build", "iter_doc_results", "build_graph_from_inputs"]

ProgressCallback = Callable[[str, dict], None]


@dataclass
class BuildResult:
    """What a build produced: the graph, the files and every input's status."""

    graph: nx.MultiDiGraph
    files: list[Path] = field(default_factory=list)
    reports: list[InputReport] = field(default_factory=list)
    documents: int = 0

    @property
    def skipped(self) -> list[InputReport]:
        return [r for r in self.reports if r.status == "skipped"]


def _dedupe(documents: Iterable[Document], reports: list[InputReport]) -> Iterator[Document]:
    """Merge documents with the same text (same id): one document, every name recorded."""
    seen: dict[str, int] = {}
    for doc in documents:
        if doc.id in seen:
            reports.append(InputReport(doc.source, "duplicate", f"same text as document {doc.id}", doc.id))
            continue
        seen[doc.id] = 1
        yield doc


def iter_doc_results(documents: Iterable[Document], *, model: str | None = None,
                     batch_size: int = 32) -> Iterator[DocResult]:
    """Parse and analyse documents in a stream, one :class:`DocResult` per document.

    Example:
        >>> d = Document("doc-1", "a.txt", "Hungary refused to fund the mission.")
        >>> [len(r.statements) >= 0 for r in iter_doc_results([d])]
        [True]
    """
    nlp = load_nlp(model)
    gaz, lex = load_gazetteer(), load_lexicon()
    current: Document | None = None
    segments: list = []
    for doc, seg in iter_parsed(documents, nlp, batch_size=batch_size):
        if current is not None and seg.document.id != current.id:
            yield analyze_document(current, segments, gaz, lex)
            segments = []
        current = seg.document
        segments.append((doc, seg.offset))
    if current is not None:
        yield analyze_document(current, segments, gaz, lex)


def build_graph_from_inputs(
    inputs: Iterable[str | os.PathLike],
    *,
    model: str | None = None,
    on_progress: ProgressCallback | None = None,
    reports: list[InputReport] | None = None,
    results_hook: Callable[[DocResult], None] | None = None,
) -> nx.MultiDiGraph:
    """Read, parse, extract and resolve: the graph of some inputs (no files written).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_text("Hungary will not fund the NATO mission in Ukraine.")
        >>> G = build_graph_from_inputs([p])
        >>> sorted({d["label"] for _, _, d in G.edges(data=True)})
        ['does not fund']
    """
    reports = reports if reports is not None else []
    names: dict[str, list[str]] = {}

    def on_report(report: InputReport) -> None:
        reports.append(report)
        if on_progress:
            on_progress("input", {"report": report})

    def documents() -> Iterator[Document]:
        for doc in read_documents(inputs, on_report=on_report):
            names.setdefault(doc.id, []).append(doc.name)
            yield doc

    results: list[DocResult] = []
    for result in iter_doc_results(_dedupe(documents(), reports), model=model):
        results.append(result)
        if results_hook:
            results_hook(result)
        if on_progress:
            on_progress("document", {"document": result.document, "statements": len(result.statements)})
    # every name the same text arrived under
    results = [replace(r, document=replace(r.document, names=tuple(sorted(set(names.get(r.document.id, [])))))
                       ) for r in results]
    if on_progress:
        on_progress("resolve", {"documents": len(results)})
    entities, statements, docs = resolve(results, load_gazetteer())
    return build_graph(entities, statements, docs)


def build(
    inputs: Iterable[str | os.PathLike],
    out: str | os.PathLike = "exports",
    *,
    model: str | None = None,
    formats: Iterable[str] | None = None,
    on_progress: ProgressCallback | None = None,
) -> BuildResult:
    """Build the graph of some inputs and write every output into ``out``.

    Args:
        inputs: files or folders of .txt/.md/.html/.jsonl.
        out: the output folder (created).
        model: a spaCy pipeline name (default: en_core_web_sm, then its PyPI copy).
        formats: extra formats beyond the contract's (``nt``, ``jsonld``).
        on_progress: ``callback(stage, info)`` for progress display.

    Returns:
        A :class:`BuildResult` with the graph, the files written and the input reports.
    """
    from kg.export import write_all

    reports: list[InputReport] = []
    G = build_graph_from_inputs(inputs, model=model, on_progress=on_progress, reports=reports)
    out = Path(out)
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
    report_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files.append(report_path)
    return BuildResult(graph=G, files=files, reports=reports, documents=len(G.graph.get("documents", {})))
