"""Tests of kg.graph.build_graph: the attribute schema every exporter relies on.

The labels are checked against ``ontology/kg.ttl`` read directly with rdflib, not through
``kg.vocab``, so that a wrong label in the code and the same mistake in the vocabulary
module cannot agree with each other.
"""

from __future__ import annotations

import random

import networkx as nx
import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.graph import build_graph, document_of, iter_statements
from kg.model import Document, Entity, Statement
from kg.vocab import ontology_path

KG = Namespace("https://w3id.org/newskg/ontology#")

TEXT = (
    "Hungary will not fund the NATO mission for Ukraine, Viktor Orbán said. "
    "Jens Stoltenberg met Orbán in Budapest."
)
FUND = (0, TEXT.index(".") + 1)
MEET = (FUND[1] + 1, len(TEXT))


def _documents() -> list[Document]:
    return [
        Document("doc-b", "b.txt", TEXT, date="2024-06-12", title="Hungary and NATO", names=("b.txt", "b-copy.txt")),
        Document("doc-a", "a.txt", "Nothing happened.", names=("a.txt",)),
    ]


def _entities() -> list[Entity]:
    return [
        Entity("hungary", "Hungary", "State", aliases=("Budapest", "Hungary", "Hungarian"), wikidata="Q28",
               documents=("doc-b", "doc-b")),
        Entity("nato-mission", "NATO mission for Ukraine", "Initiative", documents=("doc-b",)),
        Entity("viktor-orban", "Viktor Orbán", "Person", aliases=("Orbán",), documents=("doc-b",)),
        Entity("jens-stoltenberg", "Jens Stoltenberg", "Person", documents=("doc-b",)),
        Entity("nato", "NATO", "Organization", wikidata="Q7184", documents=("doc-b", "doc-a")),
    ]


def _statements() -> list[Statement]:
    return [
        Statement("stmt-2", "doc-b", "hungary", "Fund", "nato-mission", "negative", "intended",
                  TEXT[FUND[0]:FUND[1]], *FUND, attributed_to="viktor-orban", trigger="fund"),
        Statement("stmt-1", "doc-b", "jens-stoltenberg", "Meet", "viktor-orban", "positive", "asserted",
                  TEXT[MEET[0]:MEET[1]], *MEET, date="2024-06-11", trigger="met"),
    ]


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return build_graph(_entities(), _statements(), _documents())


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    g.parse(ontology_path(), format="turtle")
    return g


def test_documents_metadata(G) -> None:
    docs = G.graph["documents"]
    assert list(docs) == ["doc-a", "doc-b"]
    assert docs["doc-b"] == {
        "name": "b.txt", "names": ["b-copy.txt", "b.txt"], "title": "Hungary and NATO",
        "date": "2024-06-12", "url": None, "source": "",
    }
    assert docs["doc-a"]["names"] == ["a.txt"]
    assert document_of(G, "doc-b")["name"] == "b.txt"
    assert document_of(G, "doc-x") == {}


def test_node_attributes(G) -> None:
    assert set(G.nodes) == {e.id for e in _entities()}
    hungary = G.nodes["hungary"]
    assert hungary == {
        "label": "Hungary", "type": "State", "aliases": ["Budapest", "Hungarian"],  # label not repeated
        "wikidata": "Q28", "documents": ["doc-b"],  # sorted, unique
    }
    assert G.nodes["nato"]["documents"] == ["doc-a", "doc-b"]
    assert G.nodes["nato-mission"]["wikidata"] is None
    assert G.nodes["jens-stoltenberg"]["aliases"] == []
    for _, data in G.nodes(data=True):
        assert set(data) == {"label", "type", "aliases", "wikidata", "documents"}


def test_edge_attributes(G) -> None:
    assert G.number_of_edges() == 2
    fund = G.edges["hungary", "nato-mission", "stmt-2"]
    assert fund == {
        "relation": "Fund", "polarity": "negative", "modality": "intended", "label": "does not fund",
        "evidence": "Hungary will not fund the NATO mission for Ukraine, Viktor Orbán said.",
        "start": FUND[0], "end": FUND[1], "doc": "doc-b",
        "date": "2024-06-12",  # the document's date, the statement having none
        "attributed_to": "viktor-orban", "trigger": "fund",
    }
    meet = G.edges["jens-stoltenberg", "viktor-orban", "stmt-1"]
    assert meet["label"] == "meets"
    assert meet["date"] == "2024-06-11"  # the statement's own date wins
    assert meet["attributed_to"] is None
    assert TEXT[meet["start"]:meet["end"]] == meet["evidence"]


def test_edge_without_any_date() -> None:
    G = build_graph(_entities(), [Statement("stmt-9", "doc-a", "nato", "Meet", "hungary", "positive",
                                            "asserted", "Nothing happened.", 0, 17)], _documents())
    assert G.edges["nato", "hungary", "stmt-9"]["date"] is None


def test_documents_may_be_a_mapping() -> None:
    docs = {d.id: d for d in _documents()}
    assert nx.utils.graphs_equal(build_graph(_entities(), _statements(), docs),
                                 build_graph(_entities(), _statements(), _documents()))


@pytest.mark.parametrize("polarity", ["positive", "negative"])
def test_every_relation_is_labelled_from_the_ontology(ontology, polarity: str) -> None:
    relations = sorted(ontology.subjects(RDF.type, KG.RelationType))
    assert len(relations) >= 21
    label_property = KG.positiveLabel if polarity == "positive" else KG.negativeLabel
    entities = [Entity("a", "A", "State"), Entity("b", "B", "State")]
    statements = [
        Statement(f"stmt-{i:02d}", "doc-a", "a", str(rel).removeprefix(str(KG)), "b", polarity, "asserted",
                  "Nothing happened.", 0, 17)
        for i, rel in enumerate(relations)
    ]
    G = build_graph(entities, statements, _documents())
    for i, rel in enumerate(relations):
        expected = str(ontology.value(rel, label_property))
        assert G.edges["a", "b", f"stmt-{i:02d}"]["label"] == expected, rel


def test_spec_relations_exist_with_their_labels() -> None:
    G = build_graph([Entity("a", "A", "State"), Entity("b", "B", "Initiative")], [
        Statement("s1", "d", "a", "Participate", "b", "negative", "intended", "x", 0, 1),
        Statement("s2", "d", "a", "Block", "b", "negative", "asserted", "x", 0, 1),
        Statement("s3", "d", "a", "ProvideMilitaryAid", "b", "positive", "asserted", "x", 0, 1),
    ], [])
    labels = {k: d["label"] for _, _, k, d in G.edges(keys=True, data=True)}
    assert labels == {"s1": "does not participate in", "s2": "does not block", "s3": "provides military aid to"}


def test_order_is_deterministic_whatever_the_input_order() -> None:
    reference = build_graph(_entities(), _statements(), _documents())
    for seed in range(5):
        rng = random.Random(seed)
        ents, stmts, docs = _entities(), _statements(), _documents()
        for items in (ents, stmts, docs):
            rng.shuffle(items)
        G = build_graph(ents, stmts, docs)
        assert list(G.nodes(data=True)) == list(reference.nodes(data=True))
        assert list(G.edges(keys=True, data=True)) == list(reference.edges(keys=True, data=True))
        assert list(G.graph["documents"].items()) == list(reference.graph["documents"].items())
    assert list(reference.nodes) == sorted(reference.nodes)
    # networkx lists edges by source node (sorted), then by insertion (statement id)
    assert [k for _, _, k in reference.edges(keys=True)] == ["stmt-2", "stmt-1"]


def test_iter_statements_is_sorted_by_id(G) -> None:
    assert [(sid, u, v) for sid, u, v, _ in iter_statements(G)] == [
        ("stmt-1", "jens-stoltenberg", "viktor-orban"),
        ("stmt-2", "hungary", "nato-mission"),
    ]


def test_entities_without_statements_are_kept() -> None:
    G = build_graph([Entity("lonely", "Lonely", "Place")], [], [])
    assert list(G.nodes) == ["lonely"] and G.number_of_edges() == 0


@pytest.mark.parametrize("role", ["subject", "object"])
def test_unknown_entity_in_a_statement_raises(role: str) -> None:
    subject, obj = ("ghost", "hungary") if role == "subject" else ("hungary", "ghost")
    stmt = Statement("stmt-x", "doc-b", subject, "Fund", obj, "positive", "asserted", "x", 0, 1)
    with pytest.raises(ValueError, match="stmt-x.*ghost"):
        build_graph(_entities(), [stmt], _documents())


def test_unknown_attributed_to_raises() -> None:
    stmt = Statement("stmt-x", "doc-b", "hungary", "Fund", "nato", "positive", "asserted", "x", 0, 1,
                     attributed_to="ghost")
    with pytest.raises(ValueError, match="ghost"):
        build_graph(_entities(), [stmt], _documents())


def test_unknown_relation_raises() -> None:
    stmt = Statement("stmt-x", "doc-b", "hungary", "Befriend", "nato", "positive", "asserted", "x", 0, 1)
    with pytest.raises((KeyError, ValueError), match="Befriend"):
        build_graph(_entities(), [stmt], _documents())
