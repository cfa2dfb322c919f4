"""GEXF 1.3 export for Gephi, valid against the GEXF 1.3 XML Schema (``gexf.xsd``).

Written with lxml rather than networkx's writer, which puts ``name=""`` on ``<graph>`` (no
GEXF schema allows it) and cannot type or order things as Gephi needs.

Nodes: one per entity, ``id`` the entity id, ``label`` its name; attributes ``type``,
``aliases`` (joined with ``"; "``), ``wikidata`` and ``documents`` (how many documents
mention it, an integer); a colour per entity type.

Edges: one per ``(subject, object, relation, polarity)``, aggregating the statements that
say the same thing (``weight`` = how many). Why aggregate rather than one edge per
statement: Gephi's importer merges parallel edges of the same kind by default anyway
(summing weights, keeping one edge's attributes), and degree, centrality and layout want
one weighted edge per stance; aggregating here makes that merge explicit and
deterministic. The other attributes are those of a representative statement — the
earliest dated one (ties and undated ones by statement id): ``modality``, ``date``,
``document`` (file name), ``evidence``, ``attributed_to``; ``statements`` lists the ids of
all of them (``"; "``), so nothing is lost. ``label`` and ``kind`` are the relation label
(``"does not fund"``); ``relation`` and ``polarity`` are attributes too, so Gephi can
partition and filter on type, relation, polarity and modality (all ``string``
attributes). Negative edges are red, positive ones grey.

The visualisation elements are written ``viz:color`` with ``viz`` bound to the GEXF
namespace: the 1.3 XSD (``viz.xsd`` has no target namespace and ``gexf.xsd`` declares
``color`` in the GEXF namespace) rejects them in ``http://gexf.net/1.3/viz`` — where the
1.3 RELAX NG schema wants them; no element can satisfy both, the XSD wins here. Gephi
reads them by local name and DOM readers looking for ``viz:color`` find them (networkx's
reader, which looks in ``…/1.3/viz``, ignores the colours).

Characters XML 1.0 forbids or discourages (control characters but tab/LF/CR: C0, DEL and
C1; U+FFFE/U+FFFF; lone surrogates) are removed from every value; everything else
round-trips (line breaks in attribute values are written as character references).
Output is byte-identical for the same graph.

Example:
    >>> from kg.model import Document, Entity, Statement
    >>> from kg.graph import build_graph
    >>> G = build_graph(
    ...     [Entity("hungary", "Hungary", "State"), Entity("ukraine", "Ukraine", "State")],
    ...     [Statement("stmt-1", "doc-1", "hungary", "Fund", "ukraine", "negative",
    ...                "intended", "Hungary will not fund Ukraine.", 0, 30)],
    ...     [Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")])
    >>> b'label="does not fund"' in generate_gexf(G)
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.graph import document_of, iter_statements

__all__ = [
    "GEXF_NS",
    "NEGATIVE_COLOR",
    "POSITIVE_COLOR",
    "TYPE_COLORS",
    "aggregated_edges",
    "generate_gexf",
    "node_records",
    "write_gexf",
    "xml_text",
]

GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
ALIAS_SEPARATOR = "; "

TYPE_COLORS: dict[str, tuple[int, int, int]] = {
    "State": (31, 119, 180),
    "Organization": (255, 127, 14),
    "Person": (44, 160, 44),
    "Initiative": (148, 103, 189),
    "Place": (140, 86, 75),
}
OTHER_COLOR = (127, 127, 127)
NEGATIVE_COLOR = (214, 39, 40)
POSITIVE_COLOR = (153, 153, 153)

# (attribute id = title, GEXF type) in output order.
NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("aliases", "string"),
    ("wikidata", "string"),
    ("documents", "integer"),
)
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("relation", "string"),
    ("polarity", "string"),
    ("modality", "string"),
    ("date", "string"),
    ("document", "string"),
    ("evidence", "string"),
    ("attributed_to", "string"),
    ("statements", "string"),
)

# Forbidden in XML 1.0 (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF) plus the
# controls it discourages (DEL and C1, U+007F-U+009F), which XML 1.1 readers refuse raw.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as text without the characters XML 1.0 forbids or discourages (``None`` gives ``""``).

    Removed: control characters but tab, LF and CR (C0, DEL, C1), lone surrogates, U+FFFE
    and U+FFFF. Everything else, RTL marks and zero-width characters included, is kept.

    Example:
        >>> xml_text("a\\x00b\\x1fc\\x85\\ufffe\\td")
        'abc\\td'
    """
    if value is None:
        return ""
    return _XML_INVALID.sub("", str(value))


def _representative(statements: list[tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]]:
    """The statement that speaks for an aggregated edge: earliest dated, then smallest id.

    Example:
        >>> _representative([("s2", {"date": "2024-01-02"}), ("s1", {"date": None})])[0]
        's2'
    """
    return min(statements, key=lambda s: (s[1].get("date") is None, s[1].get("date") or "", s[0]))


def aggregated_edges(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The statements grouped by ``(subject, object, relation, polarity)``, sorted by that key.

    Each record: ``id`` (the smallest statement id of the group), ``source``, ``target``,
    ``relation``, ``polarity``, ``label``, ``weight`` (statements in the group),
    ``statements`` (their sorted ids), and ``modality``, ``date``, ``document`` (file
    name), ``evidence``, ``attributed_to`` of the representative statement (may be ``None``).

    Example:
        >>> G = nx.MultiDiGraph(documents={})
        >>> for k in ("s1", "s2"):
        ...     _ = G.add_edge("a", "b", key=k, relation="Fund", polarity="negative", label="does not fund",
        ...                    modality="asserted", evidence=k, doc=None, date=None, attributed_to=None)
        >>> [(e["id"], e["weight"], e["statements"]) for e in aggregated_edges(G)]
        [('s1', 2, ['s1', 's2'])]
    """
    groups: dict[tuple[str, str, str, str], list[tuple[str, dict[str, Any]]]] = {}
    for key, u, v, data in iter_statements(G):
        group = (str(u), str(v), str(data.get("relation")), str(data.get("polarity")))
        groups.setdefault(group, []).append((str(key), data))
    records = []
    for (u, v, relation, polarity), statements in sorted(groups.items()):
        _, rep = _representative(statements)
        ids = sorted(k for k, _ in statements)
        doc_id = rep.get("doc")
        records.append(
            {
                "id": ids[0],
                "source": u,
                "target": v,
                "relation": relation,
                "polarity": polarity,
                "label": rep.get("label"),
                "weight": len(statements),
                "statements": ids,
                "modality": rep.get("modality"),
                "date": rep.get("date"),
                "document": document_of(G, doc_id).get("name") if doc_id else None,
                "evidence": rep.get("evidence"),
                "attributed_to": rep.get("attributed_to"),
            }
        )
    return records


def node_records(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One flat record per entity, sorted by id: ``id label type aliases wikidata documents``.

    ``aliases`` is joined with ``"; "`` (``None`` when there is none); ``documents`` is the
    number of documents that mention the entity.

    Example:
        >>> G = nx.MultiDiGraph(); G.add_node("hu", label="Hungary", type="State",
        ...     aliases=["Budapest", "Magyarország"], wikidata="Q28", documents=["d1", "d2"])
        >>> node_records(G)[0]["aliases"], node_records(G)[0]["documents"]
        ('Budapest; Magyarország', 2)
    """
    out = []
    for node in sorted(G.nodes, key=str):
        data = G.nodes[node]
        aliases = [str(a) for a in data.get("aliases") or () if a is not None and str(a)]
        out.append(
            {
                "id": str(node),
                "label": data.get("label"),
                "type": data.get("type"),
                "aliases": ALIAS_SEPARATOR.join(aliases) or None,
                "wikidata": data.get("wikidata"),
                "documents": len(data.get("documents") or ()),
            }
        )
    return out


def _q(tag: str) -> str:
    """A tag in the GEXF namespace.

    Example:
        >>> _q("node")
        '{http://gexf.net/1.3}node'
    """
    return f"{{{GEXF_NS}}}{tag}"


def _attributes_block(parent: Any, cls: str, attributes: Iterable[tuple[str, str]]) -> None:
    """``<attributes class=… mode="static">`` declaring each attribute (id = title)."""
    from lxml import etree

    block = etree.SubElement(parent, _q("attributes"), {"class": cls, "mode": "static"})
    for name, gexf_type in attributes:
        etree.SubElement(block, _q("attribute"), {"id": name, "title": name, "type": gexf_type})


def _attvalues(parent: Any, record: dict[str, Any], attributes: Iterable[tuple[str, str]]) -> None:
    """``<attvalues>`` with one ``<attvalue>`` per attribute that has a value (``None`` is left out)."""
    from lxml import etree

    values = etree.SubElement(parent, _q("attvalues"))
    for name, _ in attributes:
        value = record.get(name)
        if isinstance(value, list):
            value = ALIAS_SEPARATOR.join(map(str, value))
        if value is None or value == "":
            continue
        etree.SubElement(values, _q("attvalue"), {"for": name, "value": xml_text(value)})


def _color(parent: Any, rgb: tuple[int, int, int]) -> None:
    """A ``color`` element (serialised as ``viz:color``)."""
    from lxml import etree

    r, g, b = rgb
    etree.SubElement(parent, _q("color"), {"r": str(r), "g": str(g), "b": str(b)})


def generate_gexf(G: nx.MultiDiGraph) -> bytes:
    """The GEXF 1.3 document (UTF-8 bytes) for the graph.

    Example:
        >>> generate_gexf(nx.MultiDiGraph()).splitlines()[0]
        b"<?xml version='1.0' encoding='UTF-8'?>"
    """
    from lxml import etree

    root = etree.Element(
        _q("gexf"),
        {"version": "1.3", f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION},
        nsmap={None: GEXF_NS, "viz": GEXF_NS, "xsi": XSI_NS},
    )
    meta = etree.SubElement(root, _q("meta"))
    etree.SubElement(meta, _q("creator")).text = "newskg"
    etree.SubElement(meta, _q("description")).text = (
        "Actors, states and stances extracted from news articles; one edge per "
        "(subject, object, relation, polarity), weight = number of statements."
    )
    graph = etree.SubElement(root, _q("graph"), {"mode": "static", "defaultedgetype": "directed", "idtype": "string"})
    _attributes_block(graph, "node", NODE_ATTRIBUTES)
    _attributes_block(graph, "edge", EDGE_ATTRIBUTES)

    records = node_records(G)
    nodes = etree.SubElement(graph, _q("nodes"), {"count": str(len(records))})
    for record in records:
        node = etree.SubElement(nodes, _q("node"), {"id": xml_text(record["id"]), "label": xml_text(record["label"])})
        _attvalues(node, record, NODE_ATTRIBUTES)
        _color(node, TYPE_COLORS.get(str(record["type"]), OTHER_COLOR))

    edge_records = aggregated_edges(G)
    edges = etree.SubElement(graph, _q("edges"), {"count": str(len(edge_records))})
    for record in edge_records:
        label = xml_text(record["label"])
        edge = etree.SubElement(
            edges,
            _q("edge"),
            {
                "id": xml_text(record["id"]),
                "source": xml_text(record["source"]),
                "target": xml_text(record["target"]),
                "label": label,
                "kind": label,
                "weight": str(record["weight"]),
            },
        )
        _attvalues(edge, record, EDGE_ATTRIBUTES)
        _color(edge, NEGATIVE_COLOR if record["polarity"] == "negative" else POSITIVE_COLOR)

    text = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    # Every literal "<" of the serialisation starts a tag (values are escaped), so this
    # only renames the color elements: same namespace, written with the viz prefix.
    return text.replace(b"<color ", b"<viz:color ")


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the graph as GEXF 1.3 to ``path`` (parent folders created).

    Example:
        >>> import tempfile, os
        >>> write_gexf(nx.MultiDiGraph(), os.path.join(tempfile.mkdtemp(), "graph.gexf")).name
        'graph.gexf'
    """
    target = Path(path)
    data = generate_gexf(G)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as err:
        raise ExportError(f"cannot write {str(target)!r}: {err.strerror or err}") from err
    return target
