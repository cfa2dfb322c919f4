"""Scale: the multi-worker, Dask and incremental builds give the graph of the plain build.

Every build here is compared with one plain single-worker build of the same small corpus
(a few dev articles and the examples' JSON Lines feed): networkx ``graphs_equal`` (nodes,
edges and their data, graph attributes) and byte-equal graph.ttl and statements.jsonl.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.build import build, count_inputs
from kg.cache import CACHE_DIR, BuildCache
from kg.errors import KGError, MissingExtraError

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev" / "articles"
COMPARED = ("graph.ttl", "statements.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("scale")
    a, b = base / "A", base / "B"
    a.mkdir()
    b.mkdir()
    for name in ("a01_turkey-sweden-nato.txt", "a02_iran-oil-hormuz.txt", "a05_ecowas-niger.txt"):
        shutil.copy(DEV / name, a / name)
    for name in ("b01_eu-migration-pact.txt", "b03_ethiopia-tigray-peace.txt"):
        shutil.copy(DEV / name, b / name)
    shutil.copy(ROOT / "examples" / "feed.jsonl", b / "feed.jsonl")
    return {"A": a, "B": b, "base": base}


@pytest.fixture(scope="module")
def plain(corpus) -> dict:
    out = corpus["base"] / "plain"
    result = build([corpus["A"], corpus["B"]], out, workers=1)
    assert result.documents >= 6 and result.graph.number_of_edges() > 0
    return {"out": out, "graph": result.graph}


def assert_same_build(plain: dict, graph: nx.MultiDiGraph, out: Path) -> None:
    assert nx.utils.graphs_equal(plain["graph"], graph)
    assert sorted(graph.edges(keys=True, data=True)) == sorted(plain["graph"].edges(keys=True, data=True))
    for name in COMPARED:
        assert (out / name).read_bytes() == (plain["out"] / name).read_bytes(), name


def test_two_workers_build_the_same_graph(corpus, plain):
    out = corpus["base"] / "workers2"
    result = build([corpus["A"], corpus["B"]], out, workers=2, chunk_size=2, cache=False)
    assert_same_build(plain, result.graph, out)
    assert not (out / CACHE_DIR).exists()


def test_pool_is_spawn_safe(corpus):
    # the default start method on Linux is fork; the code must work the same under spawn
    from kg.ingest import read_documents
    from kg.parallel import iter_results

    docs = list(read_documents([corpus["A"]]))
    serial = list(iter_results(docs, workers=1))
    spawned = list(iter_results(docs, workers=2, chunk_size=1, start_method="spawn"))
    assert [r.document.id for r in spawned] == [d.id for d in docs]
    assert spawned == serial


def test_dask_build_is_the_same_graph(corpus, plain):
    pytest.importorskip("distributed")
    out = corpus["base"] / "dask"
    # engine="dask" without a scheduler: a LocalCluster of 2 worker processes, 1 thread each
    result = build([corpus["A"], corpus["B"]], out, engine="dask", workers=2, chunk_size=2, cache=False)
    assert_same_build(plain, result.graph, out)


def test_dask_missing_is_a_clear_error(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"newskg\[dask\]"):
        build([corpus["A"]], corpus["base"] / "nodask", engine="dask", cache=False)


def test_update_adds_documents_without_reprocessing(corpus, plain):
    out = corpus["base"] / "incremental"
    first = build([corpus["A"]], out)
    assert (out / CACHE_DIR / "manifest.json").is_file()
    analysed: list[str] = []
    second = build([corpus["B"]], out, update=True,
                   on_progress=lambda stage, info: analysed.append(info["document"].id) if stage == "document" else None)
    # only B's documents were analysed; A's came from the cache
    assert second.cached == first.documents
    assert set(analysed).isdisjoint(first.graph.graph["documents"])
    assert_same_build(plain, second.graph, out)

    # re-adding A changes nothing: every output (and the cache) byte for byte
    before = _snapshot(out)
    third = build([corpus["A"]], out, update=True)
    assert third.cached == second.documents
    assert _snapshot(out) == before


def test_update_keeps_published_entity_ids(corpus):
    out = corpus["base"] / "stable"
    build([corpus["A"]], out)
    stable = BuildCache(out, "").read_manifest()["stable_ids"]
    assert stable and all(isinstance(v, str) for v in stable.values())
    G = build([corpus["B"]], out, update=True).graph
    # every entity of the first build that is still published keeps its id
    assert set(stable.values()) <= set(G.nodes)


def test_update_reanalyses_old_documents_when_the_extractor_changes(corpus, plain, monkeypatch):
    import kg.cache

    out = corpus["base"] / "version"
    build([corpus["A"]], out)
    monkeypatch.setattr(kg.cache, "version_key", lambda model: "another-version")
    analysed: list[str] = []
    result = build([corpus["B"]], out, update=True,
                   on_progress=lambda stage, info: analysed.append(info["document"].id) if stage == "document" else None)
    assert result.cached == 0 and len(analysed) == result.documents  # A again, from the stored texts
    assert_same_build(plain, result.graph, out)
    assert {p.name for p in (out / CACHE_DIR / "results").iterdir()} == {"another-version"}


def test_update_without_cache_refuses(corpus):
    out = corpus["base"] / "nocache"
    build([corpus["A"]], out, cache=False)
    with pytest.raises(KGError, match="no build cache"):
        build([corpus["B"]], out, update=True)


def test_results_keep_no_text_and_inputs_are_counted(corpus):
    from kg.build import build_graph_from_inputs

    texts: list[str] = []
    build_graph_from_inputs([corpus["A"]], results_hook=lambda r: texts.append(r.document.text))
    assert texts and all(t == "" for t in texts)
    assert count_inputs([corpus["A"], corpus["B"]]) == 3 + 2 + 2  # feed.jsonl holds two records


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "build-report.json"}
