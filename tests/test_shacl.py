"""SHACL: the graphs ``kg build`` writes validate against ``ontology/shapes.ttl``.

Validated with pyshacl exactly as ontology/README.md tells users to: the shapes as the
shapes graph, ``ontology/kg.ttl`` as the ontology graph (pyshacl mixes it into the data
graph, so that ``sh:class kg:Entity`` accepts a ``kg:State`` and the direct-triple
constraint can read the property pairs), no extra inference. Zero violations, for:

* the bundled examples (``examples/``, built by the ``examples_build`` fixture);
* the shared seed articles (``seeds_build``; skipped when ../shared/seeds is absent);
* a graph built from hostile text (quotes, backslashes, markup, RTL and zero-width
  characters in names, titles and evidence), and the same graph with a direct triple
  removed is reported, so that "conforms" is not vacuous.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
KG = "https://w3id.org/newskg/ontology#"

HOSTILE_TEXT = """Acme "Defense" <script>alert(1)</script>\\ news

Prefix> ; , @prefix Industries will not support Italy.

O'Brien & Sons said Portugal would not support Ireland, <img src=x onerror=alert(1)> officials added.

Ahmed \u202eRtl Industries said Turkey would block Greece.

Zero\u200bWidth Holdings will not fund Austria.

Officials at "}); MATCH (n) DETACH DELETE n; // Holdings said Germany would block France.
"""


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def validate(data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return conforms, text


def test_examples_graph_conforms(examples_build, shapes, ontology):
    data = rdflib.Graph().parse(examples_build.graph_ttl, format="turtle")
    assert len(data) > 100
    conforms, text = validate(data, shapes, ontology)
    assert conforms, text


def test_seeds_graph_conforms(seeds_build, shapes, ontology):
    data = rdflib.Graph().parse(seeds_build.graph_ttl, format="turtle")
    conforms, text = validate(data, shapes, ontology)
    assert conforms, text


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory) -> rdflib.Graph:
    from kg.build import build_graph_from_inputs
    from kg.export.rdf import write_rdf

    folder = tmp_path_factory.mktemp("shacl-hostile")
    (folder / 'Acme "Defense" <b>.txt').write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        '{"id": "x\\"y\\\\z <script>", "title": "\\u202etitle\\u200b \\" \\\\", "url": "javascript:alert(1)", '
        '"date": "2024-02-30", "text": "Hungary will not fund the NATO mission in Ukraine, Viktor Orb\\u00e1n said."}\n',
        encoding="utf-8")
    G = build_graph_from_inputs([folder])
    assert G.number_of_edges() >= 3
    write_rdf(G, folder / "graph.ttl", "ttl")
    return rdflib.Graph().parse(folder / "graph.ttl", format="turtle")


def test_hostile_graph_conforms(hostile_graph, shapes, ontology):
    conforms, text = validate(hostile_graph, shapes, ontology)
    assert conforms, text


def test_a_missing_direct_triple_is_reported(hostile_graph, shapes, ontology):
    broken = rdflib.Graph()
    for triple in hostile_graph:
        broken.add(triple)
    direct = [(s, p, o) for s, p, o in broken if str(p).startswith(KG) and str(p)[len(KG):][:1].islower()
              and str(p)[len(KG):] not in {"subject", "object", "relation", "polarity", "modality", "attributedTo",
                                            "evidence", "startChar", "endChar", "trigger", "mentionedIn"}]
    assert direct
    broken.remove(direct[0])
    conforms, text = validate(broken, shapes, ontology)
    assert not conforms and "Violation" in text
