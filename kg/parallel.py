"""Engines that run the per-document work (spaCy parse + :func:`~kg.resolve.analyze_document`).

Three engines, one contract: documents go in as a stream, :class:`~kg.resolve.DocResult`
objects come out **in input order**, so the graph resolved from them is the same whichever
engine produced them.

* ``serial``: ``nlp.pipe`` in this process (``workers == 1``; no pool).
* ``local``: a :mod:`multiprocessing` pool, spawn-safe (``fork`` on Linux when the parent
  runs no other thread, else ``forkserver``, which imports spaCy and this package once, in
  the server, else ``spawn``). Every worker loads the spaCy model once, in the
  pool initializer; documents travel in chunks (one task per chunk), and at most a few
  chunks per worker are in flight, so memory stays bounded however long the input is.
* ``dask``: the same chunks as tasks on :mod:`dask.distributed` (a ``LocalCluster`` by
  default, or the scheduler at ``scheduler``). The task function loads the model lazily,
  once per worker process (:func:`kg.nlp.load_nlp` is cached), so a cluster needs nothing
  but this package installed on every worker. dask is the optional extra ``newskg[dask]``.

Example:
    >>> from kg.model import Document
    >>> docs = [Document("doc-1", "a.txt", "Hungary refused to fund the mission.")]
    >>> [r.document.id for r in iter_results(docs, workers=1)]
    ['doc-1']
"""

from __future__ import annotations

import itertools
import multiprocessing
import sys
import threading
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError, MissingExtraError
from kg.gazetteer import load_gazetteer
from kg.lexicon import load_lexicon
from kg.model import Document
from kg.nlp import iter_parsed, load_nlp
from kg.resolve import DocResult, analyze_document, merge_parts

__all__ = ["ENGINES", "AnalysisFailure", "analyze_batch", "analyze_documents", "chunked", "iter_results"]

ENGINES: tuple[str, ...] = ("local", "dask")
DEFAULT_CHUNK_SIZE = 4
DEFAULT_BATCH_SIZE = 32
# a document longer than this is analysed a window of segments at a time (bounded memory)
WINDOW_CHARS = 150_000
# chunks in flight per worker: enough to keep every worker busy past a slow document (results
# are yielded in order), few enough to bound memory
IN_FLIGHT_PER_WORKER = 8


@dataclass(frozen=True)
class AnalysisFailure:
    """A document whose analysis raised: the build reports it as skipped and goes on."""

    document: Document
    error: str


def analyze_documents(documents: Iterable[Document], *, model: str | None = None,
                      batch_size: int = DEFAULT_BATCH_SIZE,
                      keep_going: bool = False) -> Iterator[DocResult | AnalysisFailure]:
    """Parse and analyse documents in a stream in this process, one result per document.

    The spaCy model, gazetteer and lexicon are loaded once per process (cached).
    A document whose body is blank gives no result (it has nothing to parse). With
    ``keep_going``, a document whose analysis raises gives an :class:`AnalysisFailure`
    instead of stopping the stream.
    """
    nlp = load_nlp(model)
    gaz, lex = load_gazetteer(), load_lexicon()

    def one(document: Document, segments: list) -> DocResult | AnalysisFailure:
        if not keep_going:
            return analyze_document(document, segments, gaz, lex)
        try:
            return analyze_document(document, segments, gaz, lex)
        except Exception as exc:  # noqa: BLE001 - one document must not stop a long build
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return AnalysisFailure(document, f"{type(exc).__name__}: {exc} "
                                             f"(at {Path(where.filename).name}:{where.lineno})")

    current: Document | None = None
    segments: list = []
    parts: list = []  # results of the windows of a very long document
    chars = 0

    def finish(document: Document, segs: list, done: list):
        result = one(document, segs)
        if not done:
            return result
        if isinstance(result, AnalysisFailure):
            return result
        bad = next((p for p in done if isinstance(p, AnalysisFailure)), None)
        return bad if bad is not None else merge_parts([*done, result])

    for doc, seg in iter_parsed(documents, nlp, batch_size=batch_size):
        if current is not None and seg.document.id != current.id:
            yield finish(current, segments, parts)
            segments, parts, chars = [], [], 0
        elif current is not None and chars >= WINDOW_CHARS:
            # a very long document is analysed a window at a time, so that its parsed
            # segments never all sit in memory (references do not cross windows)
            parts.append(one(current, segments))
            segments, chars = [], 0
        current = seg.document
        segments.append((doc, seg.offset))
        chars += len(seg.text)
    if current is not None:
        yield finish(current, segments, parts)


def analyze_batch(documents: list[Document], model: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE, keep_going: bool = False) -> list[DocResult | AnalysisFailure]:
    """The task of the pool and of dask: the results of one chunk of documents, in order.

    Runs in a worker process; the model is loaded on the first call there and kept.
    """
    return list(analyze_documents(documents, model=model, batch_size=batch_size, keep_going=keep_going))


def _init_worker(model: str | None) -> None:
    """Pool initializer: load the model, gazetteer and lexicon once per worker process."""
    load_nlp(model)
    load_gazetteer()
    load_lexicon()


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last one shorter), read lazily.

    Example:
        >>> list(chunked(range(5), 2))
        [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _ordered(chunks: Iterable[list[Document]], submit: Callable[[list[Document]], Any],
             get: Callable[[Any], list[DocResult]], window: int) -> Iterator[DocResult]:
    """Submit chunks with at most ``window`` in flight; yield their results in input order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from get(pending.popleft())
    while pending:
        yield from get(pending.popleft())


def iter_results(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    start_method: str | None = None,
    keep_going: bool = False,
) -> Iterator[DocResult | AnalysisFailure]:
    """The :class:`DocResult` of every document, in input order, from the chosen engine.

    Args:
        documents: a stream of documents (read lazily, a few chunks ahead of the workers).
        model: the spaCy pipeline (see :func:`kg.nlp.load_nlp`).
        workers: processes for the ``local`` engine (1: in this process, no pool); for
            ``dask`` without a scheduler, the workers of the LocalCluster.
        engine: ``"local"`` (this machine) or ``"dask"`` (dask.distributed).
        scheduler: a dask scheduler address (``tcp://host:8786``); None starts a LocalCluster.
        chunk_size: documents per task (default 4).
        batch_size: ``nlp.pipe`` batch size inside a worker.
        keep_going: yield an :class:`AnalysisFailure` for a document whose analysis
            raises, instead of raising.
        start_method: the multiprocessing start method of the local pool (default: ``fork``
            on Linux when no other thread runs, else ``forkserver``, else ``spawn``; the
            code is spawn-safe: workers get everything through the initializer and tasks).

    Raises:
        MissingExtraError: engine ``dask`` without dask.distributed installed.
    """
    if engine not in ENGINES:
        from kg.errors import choices_message

        raise KGError(choices_message("engine", engine, ENGINES))
    chunk_size = max(1, chunk_size or DEFAULT_CHUNK_SIZE)
    if engine == "dask":
        yield from _dask_results(documents, model=model, workers=workers, scheduler=scheduler,
                                 chunk_size=chunk_size, batch_size=batch_size, keep_going=keep_going)
        return
    if workers <= 1:
        yield from analyze_documents(documents, model=model, batch_size=batch_size, keep_going=keep_going)
        return
    ctx = _context(start_method)
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model,))
    try:
        yield from _ordered(
            chunked(documents, chunk_size),
            lambda chunk: pool.apply_async(analyze_batch, (chunk, model, batch_size, keep_going)),
            lambda res: res.get(),
            window=workers * IN_FLIGHT_PER_WORKER,
        )
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _context(start_method: str | None):
    """The pool's multiprocessing context.

    Default: ``fork`` on Linux when this process runs no other thread (the workers start at
    once, with spaCy and this package already imported); else ``forkserver`` with this
    module preloaded in the server (imports done once), else ``spawn``. A plain ``fork``
    with other threads running could copy a lock some thread holds, so it is never chosen then.
    """
    if start_method is None:
        methods = multiprocessing.get_all_start_methods()
        if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
            start_method = "fork"
        else:
            start_method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        ctx.set_forkserver_preload(["kg.parallel"])
    return ctx


def _dask_results(documents: Iterable[Document], *, model: str | None, workers: int, scheduler: str | None,
                  chunk_size: int, batch_size: int, keep_going: bool) -> Iterator[DocResult | AnalysisFailure]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise MissingExtraError("dask[distributed]", "dask") from exc

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise KGError(f"cannot reach the dask scheduler at {scheduler!r}: {exc}",
                          hint="start one with 'dask scheduler' and pass its tcp://HOST:8786 address") from exc
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        threads = sum(client.nthreads().values()) or max(1, workers)
        run = uuid.uuid4().hex[:12]
        counter = itertools.count()
        yield from _ordered(
            chunked(documents, chunk_size),
            lambda chunk: client.submit(analyze_batch, chunk, model, batch_size, keep_going,
                                        key=f"kg-analyze-{run}-{next(counter)}", pure=False),
            lambda future: future.result(),
            window=threads * IN_FLIGHT_PER_WORKER,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
