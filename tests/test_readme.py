"""The README is part of the product: its first commands, its queries and its outputs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands_and_they_exist_in_the_makefile() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_shows_each_of_the_ten_queries_verbatim() -> None:
    queries = sorted((ROOT / "queries").glob("*.rq"))
    assert len(queries) == 10
    for q in queries:
        assert q.read_text(encoding="utf-8").rstrip("\n") in README, q.name


def test_readme_documents_every_output_and_command() -> None:
    for name in ("graph.ttl", "graph.html", "graph.gexf", "graph.graphml", "nodes.csv", "relationships.csv",
                 "import.cypher", "statements.jsonl", "build-report.json", "kg build", "kg query", "kg eval",
                 "kg serve", "--workers", "--engine dask", "--update"):
        assert name in README, name
    assert (ROOT / "docs" / "graph.png").is_file()
