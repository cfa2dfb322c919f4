"""GraphML export, typed and flat, so that networkx, igraph, Gephi, yEd and Cytoscape read it alike.

Written with lxml rather than ``nx.write_graphml`` (which fails on ``None``, lists, sets
and tuples and infers types value by value). Every key is declared with a fixed
``attr.type`` and every node/edge carries every key of its kind: a missing value is
written as the empty string (GraphML readers disagree about absent data: networkx leaves
the attribute out, igraph fills in ``""``), lists are joined with ``"; "``.

Nodes (id = entity id): ``label``, ``type``, ``aliases`` (``"; "``), ``wikidata`` (strings),
``documents`` (int: how many documents mention it).

Edges: the same aggregation as the GEXF export (:func:`kg.export.gexf.aggregated_edges`,
where the choice is explained): one edge per ``(subject, object, relation, polarity)``,
``id`` the group's first statement id, with ``label``, ``relation``, ``polarity``,
``modality``, ``date``, ``document``, ``evidence``, ``attributed_to``, ``statements``
(ids joined with ``"; "``) as strings and ``weight`` (int: the number of statements).
``statements`` also identifies an edge for readers that lose GraphML edge ids (igraph
1.0 fills its ``id`` edge attribute with vertex ids). Another igraph 1.0 reader quirk: an
``&`` inside a node id comes back as ``&#38;`` (however it is escaped); entity ids are
slugs, so this does not arise with newskg graphs.

Characters XML 1.0 forbids are removed (see :func:`kg.export.gexf.xml_text`); the output is
byte-identical for the same graph.

Example:
    >>> from kg.model import Document, Entity, Statement
    >>> from kg.graph import build_graph
    >>> G = build_graph(
    ...     [Entity("hungary", "Hungary", "State"), Entity("ukraine", "Ukraine", "State")],
    ...     [Statement("stmt-1", "doc-1", "hungary", "Fund", "ukraine", "negative",
    ...                "intended", "Hungary will not fund Ukraine.", 0, 30)],
    ...     [Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")])
    >>> nx.read_graphml(__import__("io").BytesIO(generate_graphml(G))).edges["hungary", "ukraine"]["label"]
    'does not fund'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.export.gexf import ALIAS_SEPARATOR, aggregated_edges, node_records, xml_text

__all__ = ["EDGE_KEYS", "GRAPHML_NS", "NODE_KEYS", "generate_graphml", "graphml_records", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

# (attr.name, attr.type) in output order; key ids are "n_<name>" / "e_<name>".
NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("type", "string"),
    ("aliases", "string"),
    ("wikidata", "string"),
    ("documents", "int"),
)
EDGE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("relation", "string"),
    ("polarity", "string"),
    ("modality", "string"),
    ("date", "string"),
    ("document", "string"),
    ("evidence", "string"),
    ("attributed_to", "string"),
    ("statements", "string"),
    ("weight", "int"),
)


def _value(value: object, attr_type: str) -> str:
    """A GraphML data value: ints as decimals, lists joined, ``None`` as ``""``, text XML-safe.

    Example:
        >>> _value(["s1", "s2"], "string"), _value(None, "string"), _value(3, "int")
        ('s1; s2', '', '3')
    """
    if attr_type == "int":
        return str(int(value or 0))  # type: ignore[call-overload]
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(map(str, value)) if isinstance(value, (set, frozenset)) else list(map(str, value))
        value = ALIAS_SEPARATOR.join(items)
    return xml_text(value)


def graphml_records(G: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(nodes, edges)``: the typed values written, keyed by attribute name (plus ids, endpoints).

    What a GraphML reader gives back, which the tests compare readers against.

    Example:
        >>> graphml_records(nx.MultiDiGraph())
        ([], [])
    """
    nodes = [
        {"id": xml_text(r["id"]), **{name: _typed(r.get(name), t) for name, t in NODE_KEYS}} for r in node_records(G)
    ]
    edges = [
        {
            "id": xml_text(r["id"]),
            "source": xml_text(r["source"]),
            "target": xml_text(r["target"]),
            **{name: _typed(r.get(name), t) for name, t in EDGE_KEYS},
        }
        for r in aggregated_edges(G)
    ]
    return nodes, edges


def _typed(value: object, attr_type: str) -> int | str:
    """The value as read back: an int for ``int`` keys, else the string written.

    Example:
        >>> _typed(None, "string"), _typed(2, "int")
        ('', 2)
    """
    text = _value(value, attr_type)
    return int(text) if attr_type == "int" else text


def _q(tag: str) -> str:
    """A tag in the GraphML namespace.

    Example:
        >>> _q("key")
        '{http://graphml.graphdrawing.org/xmlns}key'
    """
    return f"{{{GRAPHML_NS}}}{tag}"


def generate_graphml(G: nx.MultiDiGraph) -> bytes:
    """The GraphML document (UTF-8 bytes) for the graph.

    Example:
        >>> generate_graphml(nx.MultiDiGraph()).splitlines()[0]
        b"<?xml version='1.0' encoding='UTF-8'?>"
    """
    from lxml import etree

    root = etree.Element(
        _q("graphml"),
        {f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION},
        nsmap={None: GRAPHML_NS, "xsi": XSI_NS},
    )
    for prefix, domain, keys in (("n", "node", NODE_KEYS), ("e", "edge", EDGE_KEYS)):
        for name, attr_type in keys:
            etree.SubElement(
                root,
                _q("key"),
                {"id": f"{prefix}_{name}", "for": domain, "attr.name": name, "attr.type": attr_type},
            )
    graph = etree.SubElement(root, _q("graph"), {"id": "G", "edgedefault": "directed"})
    nodes, edges = graphml_records(G)
    for record in nodes:
        node = etree.SubElement(graph, _q("node"), {"id": record["id"]})
        for name, _ in NODE_KEYS:
            etree.SubElement(node, _q("data"), {"key": f"n_{name}"}).text = str(record[name])
    for record in edges:
        edge = etree.SubElement(
            graph, _q("edge"), {"id": record["id"], "source": record["source"], "target": record["target"]}
        )
        for name, _ in EDGE_KEYS:
            etree.SubElement(edge, _q("data"), {"key": f"e_{name}"}).text = str(record[name])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the graph as GraphML to ``path`` (parent folders created).

    Example:
        >>> import tempfile, os
        >>> write_graphml(nx.MultiDiGraph(), os.path.join(tempfile.mkdtemp(), "graph.graphml")).name
        'graph.graphml'
    """
    target = Path(path)
    data = generate_graphml(G)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as err:
        raise ExportError(f"cannot write {str(target)!r}: {err.strerror or err}") from err
    return target
