"""Tests of kg.export.gexf and kg.export.graphml.

GEXF is validated against the GEXF 1.3 XML Schema shipped in /work/shared/schemas (with
xmlschema and lxml; skipped when that folder is absent) and read back with lxml and
networkx; GraphML is read back with networkx and igraph, which must agree with each other
and with the graph. Hostile strings (quotes, backslashes, line breaks, control characters,
RTL and zero-width characters, injection attempts) must keep both files well-formed and
valid and come back unchanged but for the characters XML 1.0 forbids.
"""

from __future__ import annotations

import io
import random
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.export.gexf import (
    GEXF_NS,
    NEGATIVE_COLOR,
    TYPE_COLORS,
    aggregated_edges,
    generate_gexf,
    node_records,
    write_gexf,
    xml_text,
)
from kg.export.graphml import NODE_KEYS, generate_graphml, graphml_records, write_graphml
from kg.graph import build_graph
from kg.model import Document, Entity, Statement

GEXF_XSD = Path("/work/shared/schemas/gexf-1.3/gexf.xsd")
NS = {"g": GEXF_NS}

HOSTILE = [
    "He said \"no\", then 'yes' & <b>bold</b>",
    'back\\slash \\" and \\\\ end\\',
    "line1\nline2\r\nline3\rend",
    "a,b;c; d",
    '"}); MATCH (n) DETACH DELETE n; //',
    "]]> <!-- --> <?pi?> &amp; &#0;",
    "RTL \u202eevil\u202c \u200f\u05e9\u05dc\u05d5\u05dd zero\u200bwidth\u200d\ufeff",
    "  leading and trailing  ",
    "ctrl\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85 chars\ufffe\uffff\ud800 lone surrogate",
    "\ttab\tinside",
    "emoji \U0001f600 \U0001d518\U0001d52b",
]


def _entities() -> list[Entity]:
    return [
        Entity("hungary", "Hungary", "State", ("Budapest", "Hungarian"), "Q28", ("doc-a", "doc-b")),
        Entity("ukraine", "Ukraine", "State", (), "Q212", ("doc-a",)),
        Entity("nato", "NATO", "Organization", ("North Atlantic Alliance",), None, ("doc-a",)),
        Entity("orban", "Viktor Orbán", "Person", (), None, ("doc-a",)),
        Entity("mission", "NATO Ukraine mission", "Initiative", (), None, ("doc-b",)),
        Entity("brussels", "Brussels", "Place", (), None, ()),
    ]


def _statements() -> list[Statement]:
    return [
        Statement(
            "stmt-01",
            "doc-a",
            "hungary",
            "Fund",
            "mission",
            "negative",
            "intended",
            "Hungary will not fund the mission.",
            0,
            34,
            attributed_to="orban",
        ),
        Statement(
            "stmt-02",
            "doc-b",
            "hungary",
            "Fund",
            "mission",
            "negative",
            "asserted",
            "No Hungarian funds.",
            5,
            24,
            date="2024-05-30",
        ),
        Statement(
            "stmt-03",
            "doc-b",
            "hungary",
            "Fund",
            "mission",
            "positive",
            "possible",
            "Hungary might fund it after all.",
            30,
            61,
        ),
        Statement(
            "stmt-04",
            "doc-a",
            "nato",
            "Support",
            "ukraine",
            "positive",
            "asserted",
            'NATO supports Ukraine, "firmly".',
            40,
            71,
        ),
        Statement(
            "stmt-05", "doc-a", "orban", "LeaderOf", "hungary", "positive", "asserted", "Orbán leads Hungary.", 80, 100
        ),
        Statement(
            "stmt-06", "doc-b", "hungary", "Block", "nato", "positive", "possible", "Hungary may block NATO.", 110, 133
        ),
        Statement(
            "stmt-07", "doc-b", "hungary", "Block", "nato", "positive", "asserted", "Hungary blocks NATO.", 140, 160
        ),
        Statement(
            "stmt-08",
            "doc-a",
            "nato",
            "Meet",
            "hungary",
            "positive",
            "asserted",
            "NATO met Hungary in Brussels.",
            170,
            199,
        ),
    ]


def _documents() -> list[Document]:
    return [
        Document("doc-a", "001_a.txt", "a" * 300, date="2024-06-12"),
        Document("doc-b", "002_b.txt", "b" * 300),
    ]


def sample_graph(shuffle: int | None = None) -> nx.MultiDiGraph:
    ents, stmts, docs = _entities(), _statements(), _documents()
    if shuffle is not None:
        rng = random.Random(shuffle)
        for seq in (ents, stmts, docs):
            rng.shuffle(seq)
    return build_graph(ents, stmts, docs)


def hostile_graph() -> nx.MultiDiGraph:
    ents = [Entity("evil\"<&>'", HOSTILE[4], "State", tuple(HOSTILE), "Q1", ("doc-h",))]
    ents += [Entity(f'e{i} "&<', text, "Person", (), None, ("doc-h",)) for i, text in enumerate(HOSTILE)]
    stmts = [
        Statement(
            f"stmt-h{i:02d}",
            "doc-h",
            "evil\"<&>'",
            "Oppose",
            f'e{i} "&<',
            "negative",
            "asserted",
            text,
            i,
            i + len(text),
            attributed_to=f'e{i} "&<',
        )
        for i, text in enumerate(HOSTILE)
    ]
    stmts += [  # a parallel one, so that the hostile evidence is also aggregated
        Statement("stmt-h99", "doc-h", "evil\"<&>'", "Oppose", 'e0 "&<', "negative", "intended", HOSTILE[8], 0, 1)
    ]
    return build_graph(ents, stmts, [Document("doc-h", HOSTILE[2] + ".txt", "x", date="2024-01-31")])


def graphs() -> list[nx.MultiDiGraph]:
    return [sample_graph(), hostile_graph(), nx.MultiDiGraph(documents={})]


@pytest.fixture(scope="module")
def gexf_schemas():
    """The GEXF 1.3 XSD loaded by xmlschema and by lxml (it imports its siblings)."""
    if not GEXF_XSD.is_file():
        pytest.skip(f"{GEXF_XSD} not found: the shared GEXF 1.3 schemas are not on this machine")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(GEXF_XSD)), etree.XMLSchema(etree.parse(str(GEXF_XSD)))


# --------------------------------------------------------------------------- aggregation


def test_aggregation_keeps_every_statement() -> None:
    G = sample_graph()
    edges = aggregated_edges(G)
    assert sum(e["weight"] for e in edges) == G.number_of_edges()
    assert sorted(k for e in edges for k in e["statements"]) == sorted(k for _, _, k in G.edges(keys=True))
    keys = Counter((e["source"], e["target"], e["relation"], e["polarity"]) for e in edges)
    assert set(keys.values()) == {1}
    funds = {e["polarity"]: e for e in edges if (e["source"], e["relation"]) == ("hungary", "Fund")}
    assert funds["negative"]["weight"] == 2 and funds["positive"]["weight"] == 1
    # the representative is the earliest dated statement: stmt-02 (2024-05-30) before stmt-01 (2024-06-12)
    neg = funds["negative"]
    assert (neg["id"], neg["date"], neg["evidence"], neg["document"]) == (
        "stmt-01",
        "2024-05-30",
        "No Hungarian funds.",
        "002_b.txt",
    )
    assert neg["label"] == "does not fund" and neg["statements"] == ["stmt-01", "stmt-02"]
    blocks = next(e for e in edges if e["relation"] == "Block")
    assert blocks["date"] is None and blocks["evidence"] == "Hungary may block NATO."  # undated: smallest id


def test_xml_text_strips_only_forbidden_characters() -> None:
    assert xml_text(HOSTILE[8]) == "ctrl chars lone surrogate"
    for text in HOSTILE[:8] + HOSTILE[9:]:
        assert xml_text(text) == text


# --------------------------------------------------------------------------- GEXF


@pytest.mark.parametrize("which", ["sample", "hostile", "empty"])
def test_gexf_validates_against_the_xsd(gexf_schemas, which: str) -> None:
    G = dict(zip(["sample", "hostile", "empty"], graphs()))[which]
    data = generate_gexf(G)
    by_xmlschema, by_lxml = gexf_schemas
    by_xmlschema.validate(io.BytesIO(data))  # raises with the reason when invalid
    assert by_lxml.validate(etree.fromstring(data)), by_lxml.error_log


def test_gexf_layout() -> None:
    root = etree.fromstring(generate_gexf(sample_graph()))
    assert root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    assert dict(graph.attrib) == {"mode": "static", "defaultedgetype": "directed", "idtype": "string"}
    assert "name" not in graph.attrib
    node_attrs = {a.get("title"): a.get("type") for a in graph.findall("g:attributes[@class='node']/g:attribute", NS)}
    edge_attrs = {a.get("title"): a.get("type") for a in graph.findall("g:attributes[@class='edge']/g:attribute", NS)}
    assert node_attrs == {"type": "string", "aliases": "string", "wikidata": "string", "documents": "integer"}
    assert {"relation", "polarity", "modality", "date", "document", "evidence"} <= set(edge_attrs)
    assert b"<viz:color " in generate_gexf(sample_graph())


def _read_gexf(data: bytes) -> tuple[dict[str, dict], dict[str, dict]]:
    """Nodes and edges of a GEXF document as plain dicts, read with lxml."""
    root = etree.fromstring(data)
    graph = root.find("g:graph", NS)
    types = {
        (a.getparent().get("class"), a.get("id")): a.get("type") for a in graph.iterfind("g:attributes/g:attribute", NS)
    }

    def values(el, cls):
        out = {}
        for v in el.iterfind("g:attvalues/g:attvalue", NS):
            out[v.get("for")] = int(v.get("value")) if types[(cls, v.get("for"))] == "integer" else v.get("value")
        color = el.find("g:color", NS)
        out["color"] = tuple(int(color.get(c)) for c in "rgb")
        return out

    nodes = {n.get("id"): {"label": n.get("label"), **values(n, "node")} for n in graph.iterfind("g:nodes/g:node", NS)}
    edges = {
        e.get("id"): {
            "source": e.get("source"),
            "target": e.get("target"),
            "label": e.get("label"),
            "weight": float(e.get("weight")),
            **values(e, "edge"),
        }
        for e in graph.iterfind("g:edges/g:edge", NS)
    }
    return nodes, edges


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_gexf_round_trip(which: str) -> None:
    G = sample_graph() if which == "sample" else hostile_graph()
    nodes, edges = _read_gexf(generate_gexf(G))
    assert set(nodes) == {xml_text(n) for n in G.nodes}
    for record in node_records(G):
        node = nodes[xml_text(record["id"])]
        assert node["label"] == xml_text(record["label"])
        assert node["type"] == record["type"] and node["documents"] == record["documents"]
        assert node.get("aliases") == (xml_text(record["aliases"]) if record["aliases"] else None)
        assert node.get("wikidata") == record["wikidata"]
        assert node["color"] == TYPE_COLORS[record["type"]]
    for record in aggregated_edges(G):
        edge = edges[record["id"]]
        assert (edge["source"], edge["target"]) == (xml_text(record["source"]), xml_text(record["target"]))
        assert edge["weight"] == record["weight"] and edge["label"] == record["label"]
        for name in ("relation", "polarity", "modality", "date", "document", "evidence", "attributed_to"):
            assert edge.get(name) == (xml_text(record[name]) if record[name] else None), name
        assert edge["statements"] == "; ".join(record["statements"])
        assert (edge["color"] == NEGATIVE_COLOR) == (record["polarity"] == "negative")
    assert len(edges) == len(aggregated_edges(G))


def test_gexf_reads_back_in_networkx(tmp_path: Path) -> None:
    G = sample_graph()
    H = nx.read_gexf(write_gexf(G, tmp_path / "graph.gexf"), node_type=str)
    assert set(H.nodes) == set(G.nodes)
    assert H.nodes["hungary"]["label"] == "Hungary" and H.nodes["hungary"]["type"] == "State"
    assert H.nodes["hungary"]["documents"] == 2
    pairs = Counter((u, v) for u, v in H.edges())
    assert pairs == Counter((e["source"], e["target"]) for e in aggregated_edges(G))
    weights = sorted(d["weight"] for *_, d in H.edges(data=True))
    assert weights == sorted(e["weight"] for e in aggregated_edges(G))


def test_gexf_is_deterministic(tmp_path: Path) -> None:
    assert generate_gexf(sample_graph()) == generate_gexf(sample_graph(shuffle=3))
    a = write_gexf(sample_graph(), tmp_path / "a" / "graph.gexf").read_bytes()
    b = write_gexf(sample_graph(shuffle=5), tmp_path / "b" / "graph.gexf").read_bytes()
    assert a == b


# --------------------------------------------------------------------------- GraphML


def _via_networkx(path: Path) -> tuple[dict[str, dict], list[dict]]:
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.is_directed()
    nodes = {n: dict(d) for n, d in H.nodes(data=True)}
    edges = [{"id": k, "source": u, "target": v, **d} for u, v, k, d in H.edges(keys=True, data=True)]
    return nodes, edges


def _igraph_id(text: str) -> str:
    """Undo igraph 1.0's reading of ``&`` in XML attributes (node ids) as ``&#38;``.

    A reader bug (libxml2 SAX without entity substitution), whatever the writer does:
    ``&amp;``, ``&#38;`` and ``&#x26;`` all come back as ``&#38;``. Only ids are affected
    (data values are element text), and newskg's entity ids are slugs without ``&``.
    """
    return text.replace("&#38;", "&")


def _via_igraph(path: Path) -> tuple[dict[str, dict], list[dict]]:
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.is_directed()
    ids = [_igraph_id(v["id"]) for v in g.vs]
    nodes = {ids[v.index]: {k: val for k, val in v.attributes().items() if k != "id"} for v in g.vs}
    edges = []
    for e in g.es:
        attrs = {k: val for k, val in e.attributes().items() if k != "id"}  # igraph 1.0 fills "id" with vertex ids
        edges.append({"source": ids[e.source], "target": ids[e.target], **attrs})
    return nodes, edges


def _typed(record: dict, keys) -> dict:
    return {name: record[name] for name, _ in keys}


@pytest.mark.parametrize("which", ["sample", "hostile", "empty"])
def test_graphml_reads_back_identically_in_networkx_and_igraph(tmp_path: Path, which: str) -> None:
    G = dict(zip(["sample", "hostile", "empty"], graphs()))[which]
    path = write_graphml(G, tmp_path / "graph.graphml")
    expected_nodes, expected_edges = graphml_records(G)
    nx_nodes, nx_edges = _via_networkx(path)
    ig_nodes, ig_edges = _via_igraph(path)

    # nodes: same ids, same typed values, in both readers
    expected = {r["id"]: _typed(r, NODE_KEYS) for r in expected_nodes}
    assert nx_nodes == expected
    assert {n: {k: (int(v) if k == "documents" else v) for k, v in d.items()} for n, d in ig_nodes.items()} == expected
    assert set(expected) == {xml_text(n) for n in G.nodes}
    if which == "sample":  # slug ids: igraph's ids need no repair at all
        igraph = pytest.importorskip("igraph")
        assert sorted(igraph.Graph.Read_GraphML(str(path)).vs["id"]) == sorted(G.nodes)

    # edges: networkx keeps the ids; igraph is compared by endpoints + values ("statements" identifies them)
    assert sorted(nx_edges, key=lambda e: e["id"]) == sorted(expected_edges, key=lambda e: e["id"])
    assert all(isinstance(e["weight"], int) for e in nx_edges)
    without_id = [{k: v for k, v in e.items() if k != "id"} for e in expected_edges]
    as_ig = [{k: (int(v) if k == "weight" else v) for k, v in e.items()} for e in ig_edges]
    assert sorted(as_ig, key=lambda e: e["statements"]) == sorted(without_id, key=lambda e: e["statements"])


def test_graphml_agrees_with_the_graph(tmp_path: Path) -> None:
    G = sample_graph()
    nodes, edges = _via_networkx(write_graphml(G, tmp_path / "graph.graphml"))
    assert set(nodes) == set(G.nodes)
    for n, d in G.nodes(data=True):
        assert nodes[n]["label"] == d["label"] and nodes[n]["type"] == d["type"]
        assert nodes[n]["wikidata"] == (d["wikidata"] or "")
        assert nodes[n]["aliases"] == "; ".join(d["aliases"])
        assert nodes[n]["documents"] == len(d["documents"])
    assert sum(e["weight"] for e in edges) == G.number_of_edges()
    by_statement = {k: e for e in edges for k in e["statements"].split("; ")}
    for u, v, k, d in G.edges(keys=True, data=True):
        e = by_statement[k]
        assert (e["source"], e["target"], e["relation"], e["polarity"], e["label"]) == (
            u,
            v,
            d["relation"],
            d["polarity"],
            d["label"],
        )
    assert by_statement["stmt-01"]["attributed_to"] == "" and by_statement["stmt-01"]["date"] == "2024-05-30"


def test_graphml_hostile_is_well_formed_and_unchanged(tmp_path: Path) -> None:
    G = hostile_graph()
    data = generate_graphml(G)
    etree.fromstring(data)  # well-formed
    nodes, edges = _via_networkx(write_graphml(G, tmp_path / "h.graphml"))
    assert {n: d["label"] for n, d in nodes.items()} == {
        xml_text(n): xml_text(d["label"]) for n, d in G.nodes(data=True)
    }
    evidence = {e["statements"]: e["evidence"] for e in edges}
    assert set(evidence.values()) == {xml_text(h) for h in HOSTILE}
    assert evidence["stmt-h00; stmt-h99"] == HOSTILE[0]  # aggregated: equally dated, smallest id speaks
    assert "line1\nline2\r\nline3\rend" in evidence.values()  # \r survives as a character reference


def test_graphml_is_deterministic(tmp_path: Path) -> None:
    assert generate_graphml(sample_graph()) == generate_graphml(sample_graph(shuffle=11))
    a = write_graphml(sample_graph(), tmp_path / "a.graphml").read_bytes()
    b = write_graphml(sample_graph(shuffle=2), tmp_path / "b.graphml").read_bytes()
    assert a == b
