"""The committed ``exports/`` folder is exactly what ``make demo`` (``kg build examples``) writes.

``exports/`` is output only: a change to the extractor, the resolver or an exporter that
changes the demo must come with a rebuilt ``exports/`` (run ``make demo`` and commit it).
The example gold (examples/gold.json) must also score on the fresh build.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_extracted, load_gold

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPORTS = ROOT / "exports"

# every output of the contract but build-report.json (which names the input paths as given)
COMPARED = (
    "graph.ttl",
    "statements.jsonl",
    "graph.gexf",
    "graph.graphml",
    "neo4j/nodes.csv",
    "neo4j/relationships.csv",
    "neo4j/import.cypher",
    "graph.html",
)


def _first_difference(committed: bytes, built: bytes, name: str) -> str:
    try:
        a, b = committed.decode("utf-8").splitlines(), built.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return f"{name}: binary contents differ"
    diff = list(difflib.unified_diff(a, b, f"exports/{name}", f"rebuilt/{name}", n=1, lineterm=""))
    return "\n".join(line[:200] for line in diff[:30])


def _outputs(folder: Path) -> set[str]:
    """Output files under ``folder`` (hidden ones, such as the build cache .kg-cache/, left out)."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def test_committed_exports_match_a_fresh_build(examples_build) -> None:
    if not EXPORTS.is_dir():
        pytest.fail("exports/ does not exist: run make demo and commit exports/")
    problems = []
    for name in COMPARED:
        committed_path = EXPORTS / name
        if not committed_path.is_file():
            problems.append(f"exports/{name} is missing")
            continue
        committed, built = committed_path.read_bytes(), (examples_build.out / name).read_bytes()
        if committed != built:
            problems.append(f"exports/{name} is stale:\n" + _first_difference(committed, built, name))
    stray = _outputs(EXPORTS) - _outputs(examples_build.out)
    if stray:
        problems.append(f"files in exports/ that the build no longer writes: {sorted(stray)}")
    assert not problems, "run make demo and commit exports/\n" + "\n".join(problems)


def test_every_example_is_read(examples_build) -> None:
    report = json.loads((examples_build.out / "build-report.json").read_text(encoding="utf-8"))
    assert [r for r in report["inputs"] if r["status"] != "ok"] == []
    names = sorted(d["name"] for d in examples_build.graph.graph["documents"].values())
    gold_docs = sorted(r["doc"] for r in load_gold(EXAMPLES / "gold.json"))
    assert names == gold_docs  # nine files and the two records of feed.jsonl
    assert len(names) == 11


def test_eval_of_the_examples_runs(examples_build) -> None:
    gold = load_gold(EXAMPLES / "gold.json")
    assert sum(len(r["facts"]) for r in gold) == 184  # as examples/README.md says
    report = evaluate(gold, load_extracted(examples_build.graph_ttl))
    assert report.missing_documents == []
    overall = report.as_dict()["overall"]
    assert overall["facts"] == 184
    assert overall["extracted"] > 0 and overall["matched_facts"] > 0
    assert set(report.by_document) == {r["doc"] for r in gold}
