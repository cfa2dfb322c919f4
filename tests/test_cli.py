"""Tests of the ``kg`` command line through typer's CliRunner on ``kg.cli.app``.

Exit codes (kg/cli.py): 0 success; 1 a build finished but skipped some inputs; 2 usage or
input errors; 3 a build produced no document at all. Messages go to stderr; summaries and
JSON to stdout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS_GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"

ARTICLE = (
    " date 2024-06-12 https://news.example.org/hungary-nato\n\n"
    "Hungary will not fund the NATO mission for Ukraine\n\n"
    "Hungary will not fund the new NATO mission for Ukraine, Prime Minister Viktor Orbán said on "
    "Wednesday. He added that Budapest would not block the decision of the other allies either. "
    "NATO Secretary General Jens Stoltenberg met Orbán in Budapest and said the alliance accepted "
    "the position.\n"
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"

# the options each command must name in its --help (contract.md and the CLI's own docs)
HELP_OPTIONS = {
    "build": ["--out", "--model", "--format", "--quiet"],
    "query": ["--graph", "--format", "--store"],
    "eval": ["--graph", "--json", "--details"],
    "serve": ["--graph", "--port", "--host", "--timeout"],
}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def flat(text: str) -> str:
    """Output with rich's line wrapping undone (for message checks)."""
    return " ".join(text.split())


def invoke(runner: CliRunner, *args: str):
    return runner.invoke(app, list(args), terminal_width=200, env={"COLUMNS": "200", "NO_COLOR": "1"})


# --------------------------------------------------------------------------- help, version


@pytest.mark.parametrize("command", sorted(HELP_OPTIONS))
def test_help_of_every_command(runner, command: str) -> None:
    result = invoke(runner, command, "--help")
    assert result.exit_code == 0, result.output
    for option in HELP_OPTIONS[command]:
        assert option in result.stdout, (command, option)
    assert f"kg {command}" in result.stdout  # the usage line


def test_top_level_help_lists_the_commands(runner) -> None:
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    for command in HELP_OPTIONS:
        assert command in result.stdout
    assert "--version" in result.stdout


def test_version(runner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newskg {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", __version__)


def test_unknown_command_is_a_usage_error(runner) -> None:
    result = invoke(runner, "frobnicate")
    assert result.exit_code == 2


# --------------------------------------------------------------------------- build


def test_build_prints_the_summary_and_exits_0(runner, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "hungary.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(runner, "build", str(inputs), "--out", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    summary = flat(result.stdout)
    assert re.search(rf"documents 1 entities {report['entities']} statements {report['statements']}", summary), summary
    assert report["statements"] > 0
    assert "Fund" in summary  # the table of statements by relation: "Hungary will not fund ..."
    assert "graph.ttl" in summary
    assert (out / "graph.ttl").is_file()


def test_build_quiet_prints_nothing(runner, tmp_path: Path) -> None:
    (tmp_path / "hungary.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "build", str(tmp_path / "hungary.txt"), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert (tmp_path / "out" / "statements.jsonl").is_file()


def test_build_exits_1_when_an_input_was_skipped(runner, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_hungary.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "b_scan.txt").write_bytes(PDF)
    out = tmp_path / "out"
    result = invoke(runner, "build", str(inputs), "--out", str(out))
    assert result.exit_code == 1, result.output
    stderr = flat(result.stderr)
    assert "b_scan.txt" in stderr and "binary file (PDF)" in stderr
    assert "build-report.json" in stderr
    assert "documents 1" in flat(result.stdout)
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    skipped = [r for r in report["inputs"] if r["status"] == "skipped"]
    assert [(Path(r["source"]).name, r["reason"]) for r in skipped] == [("b_scan.txt", "binary file (PDF), not text")]
    assert report["documents"] == 1


def test_build_exits_3_when_nothing_could_be_read(runner, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "scan.txt").write_bytes(PDF)
    (inputs / "empty.txt").write_text("  \n", encoding="utf-8")
    result = invoke(runner, "build", str(inputs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    stderr = flat(result.stderr)
    assert "no document could be read" in stderr
    assert "scan.txt" in stderr and "empty.txt" in stderr


def test_build_of_a_missing_path_exits_3(runner, tmp_path: Path) -> None:
    result = invoke(runner, "build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    assert "does not exist" in flat(result.stderr)


def test_build_unknown_format_exits_2(runner, tmp_path: Path) -> None:
    (tmp_path / "hungary.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(runner, "build", str(tmp_path / "hungary.txt"), "--out", str(tmp_path / "out"),
                    "--format", "xml", "-q")
    assert result.exit_code == 2, result.output
    assert "xml" in flat(result.stderr)


# --------------------------------------------------------------------------- eval


def test_eval_missing_gold_exits_2(runner, tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    result = invoke(runner, "eval", str(tmp_path / "no-gold.json"), "--graph", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2, result.output
    stderr = flat(result.stderr)
    assert "error:" in stderr and "no-gold.json" in stderr and "not found" in stderr
    assert result.stdout == ""


def test_eval_missing_graph_exits_2(runner, tmp_path: Path) -> None:
    result = invoke(runner, "eval", str(ROOT / "examples" / "gold.json"), "--graph", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2, result.output
    stderr = flat(result.stderr)
    assert "graph.ttl" in stderr and "not found" in stderr
    assert "kg build" in stderr  # tells the user what to do


def test_eval_broken_gold_exits_2(runner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('[{"doc": "a.txt", "facts": [{"s": "Hungary", "r": "Fund"}]}]', encoding="utf-8")
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    result = invoke(runner, "eval", str(gold), "--graph", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2, result.output
    stderr = flat(result.stderr)
    assert "'a.txt'" in stderr and "lacks o, polarity" in stderr


def test_eval_broken_graph_exits_2(runner, tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("this is not turtle {", encoding="utf-8")
    result = invoke(runner, "eval", str(ROOT / "examples" / "gold.json"), "--graph", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2, result.output
    assert "graph.ttl" in flat(result.stderr)


@pytest.mark.skipif(not SEEDS_GOLD.is_file(), reason="shared gold not found")
def test_eval_json_on_the_seeds(runner, seeds_build) -> None:
    result = invoke(runner, "eval", str(SEEDS_GOLD), "--graph", str(seeds_build.graph_ttl), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    overall = report["overall"]
    for key in ("precision", "recall", "f1", "polarity_flips", "modality_accuracy", "facts", "extracted"):
        assert key in overall, key
    assert 0 <= overall["precision"] <= 1 and 0 <= overall["recall"] <= 1 and 0 <= overall["f1"] <= 1
    assert isinstance(overall["polarity_flips"], int)
    assert set(report["by_document"]) == {r["doc"] for r in json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))}
    assert report["missing_documents"] == []


@pytest.mark.skipif(not SEEDS_GOLD.is_file(), reason="shared gold not found")
def test_eval_table_on_the_seeds(runner, seeds_build) -> None:
    result = invoke(runner, "eval", str(SEEDS_GOLD), "--graph", str(seeds_build.graph_ttl), "--details")
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert re.search(r"overall precision \d\.\d{3} recall \d\.\d{3} F1 \d\.\d{3}", text), text[-400:]
    assert "polarity flips" in text and "misses" in text


# --------------------------------------------------------------------------- query


def test_query_on_the_seeds(runner, seeds_build) -> None:
    query = "SELECT ?label WHERE { kgr:hungary rdfs:label ?label }"
    result = invoke(runner, "query", query, "--graph", str(seeds_build.graph_ttl), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Hungary" in result.stdout


def test_query_missing_graph_exits_2(runner, tmp_path: Path) -> None:
    result = invoke(runner, "query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2, result.output
    assert "graph.ttl" in flat(result.stderr)


def test_an_internal_error_exits_4_and_keeps_the_previous_exports(tmp_path, monkeypatch) -> None:
    """A bug (any unexpected exception) is not "some inputs skipped": exit 4, said plainly."""
    from typer.testing import CliRunner

    import kg.build
    from kg.cli import app

    (tmp_path / "a.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.build, "build", broken)  # fault injection, not a mock of what is tested
    result = CliRunner().invoke(app, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 4
    assert "internal error" in result.output and "RuntimeError: boom" in result.output
    assert not (tmp_path / "out").exists()
