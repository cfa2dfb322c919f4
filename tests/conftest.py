"""Shared fixtures: the real spaCy pipeline and the two corpora built once per session.

Building a corpus is the expensive step of the end-to-end tests (spaCy parses every
article), so each corpus is built exactly once, with the library's own ``kg.build.build``,
into a session temporary folder; tests only read what it wrote. No mocks: the fixtures
load the real model and run the real pipeline on real text.

* ``nlp``: ``kg.nlp.load_nlp()``, the default pipeline with the project's components.
* ``seeds_build``: ``../shared/seeds`` built into a temporary folder (skipped when the
  shared folder is not there, e.g. outside the project's workspace).
* ``examples_build``: ``examples/`` built the way ``make demo`` builds it (from the
  repository root, with the relative path ``examples``) so its outputs can be compared
  byte for byte with the committed ``exports/``.

Both build fixtures return a :class:`Built`. The names are deliberately specific so that
they cannot shadow the fixtures of other test modules (``news_graph``, ``good``, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@dataclass(frozen=True)
class Built:
    """One corpus built by ``kg.build.build``.

    Attributes:
        inputs: the input paths exactly as passed to ``build``.
        out: the output folder.
        result: the :class:`kg.build.BuildResult` (graph, files written, input reports).
    """

    inputs: tuple[Path, ...]
    out: Path
    result: object

    @property
    def graph_ttl(self) -> Path:
        return self.out / "graph.ttl"

    @property
    def graph(self):
        return self.result.graph  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline with the project's components (loaded once)."""
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``kg build ../shared/seeds --out TMP``, once per session."""
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds-build")
    result = build([SEEDS], out)
    return Built((SEEDS,), out, result)


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``kg build examples --out TMP`` from the repository root, as ``make demo`` runs it."""
    from kg.build import build

    out = tmp_path_factory.mktemp("examples-build")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)  # the same relative input path as `make demo`
        result = build([Path("examples")], out)
    return Built((Path("examples"),), out, result)
