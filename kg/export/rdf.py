"""RDF: the graph as triples in the contract's vocabulary (Turtle, N-Triples, JSON-LD).

Triples are generated once (:func:`generate_triples`) and serialised by pyoxigraph, which
streams and is an order of magnitude faster than rdflib on large graphs; :func:`to_rdf`
gives an rdflib graph for tests and SHACL validation.

Notes:
    Each statement is a ``kg:Statement`` node and also one direct triple
    (``kgr:hungary kg:doesNotFund kgr:nato-ukraine-mission``). Literals are typed
    (``xsd:date``, ``xsd:integer``); strings are written as they are: pyoxigraph escapes
    quotes, backslashes and newlines.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from kg.graph import iter_statements
from kg.vocab import KG_NS, KGR, PREFIXES, direct_property, schema_class

__all__ = ["generate_triples", "write_rdf", "to_rdf", "FORMATS"]

FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = ox.NamedNode(_XSD + "date")
_INT = ox.NamedNode(_XSD + "integer")
_WIKIDATA = "http://www.wikidata.org/entity/"


def _n(ns: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(str(ns) + local)


def _kg(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(KG_NS) + local)


def _p(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + local)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    r"""Text an RDF literal can carry: C0 controls other than tab/newline dropped, lone
    surrogates (which no UTF-8 output can encode) replaced by U+FFFD.

    Example:
        >>> _clean("a\x00b\x1bc\td\n" + chr(0xD800)) == "abc\td\n\ufffd"
        True
    """
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def _date(value: str | None) -> ox.Literal | None:
    if value and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return ox.Literal(value, datatype=_DATE)
    return None


def generate_triples(G: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    """Yield every triple of the graph in a deterministic order.

    Example:
        >>> from kg.graph import build_graph
        >>> from kg.model import Entity
        >>> G = build_graph([Entity("hungary", "Hungary", "State", wikidata="Q28")], [], [])
        >>> sum(1 for _ in generate_triples(G))
        4
    """
    T = ox.Triple
    label, alt = _p("rdfs", "label"), _p("skos", "altLabel")
    for doc_id, meta in sorted(G.graph.get("documents", {}).items()):
        d = _n(KGR, doc_id)
        yield T(d, _RDF_TYPE, _kg("Document"))
        yield T(d, _p("dcterms", "identifier"), ox.Literal(_clean(meta["name"])))
        for other in meta.get("names", []):
            if other != meta["name"]:
                yield T(d, _p("schema", "alternateName"), ox.Literal(_clean(other)))
        if meta.get("title"):
            yield T(d, _p("dcterms", "title"), ox.Literal(_clean(meta["title"])))
        date = _date(meta.get("date"))
        if date is not None:
            yield T(d, _p("dcterms", "date"), date)
        if meta.get("url"):
            try:
                yield T(d, _p("schema", "url"), ox.NamedNode(meta["url"]))
            except ValueError:
                yield T(d, _p("schema", "url"), ox.Literal(_clean(meta["url"])))
    for node, data in sorted(G.nodes(data=True)):
        e = _n(KGR, node)
        yield T(e, _RDF_TYPE, _kg(data["type"]))
        sc = schema_class(data["type"])
        if sc is not None:
            yield T(e, _RDF_TYPE, ox.NamedNode(str(sc)))
        yield T(e, label, ox.Literal(_clean(data["label"])))
        for a in data.get("aliases", []):
            yield T(e, alt, ox.Literal(_clean(a)))
        if data.get("wikidata"):
            yield T(e, _p("owl", "sameAs"), ox.NamedNode(_WIKIDATA + data["wikidata"]))
        for doc_id in data.get("documents", []):
            yield T(e, _kg("mentionedIn"), _n(KGR, doc_id))
    for sid, u, v, data in iter_statements(G):
        s = _n(KGR, sid)
        yield T(s, _RDF_TYPE, _kg("Statement"))
        yield T(s, _kg("subject"), _n(KGR, u))
        yield T(s, _kg("relation"), _kg(data["relation"]))
        yield T(s, _kg("object"), _n(KGR, v))
        yield T(s, _kg("polarity"), _kg(data["polarity"].capitalize()))
        yield T(s, _kg("modality"), _kg(data["modality"].capitalize()))
        if data.get("attributed_to"):
            yield T(s, _kg("attributedTo"), _n(KGR, data["attributed_to"]))
        yield T(s, _kg("evidence"), ox.Literal(_clean(data["evidence"])))
        yield T(s, _kg("startChar"), ox.Literal(str(data["start"]), datatype=_INT))
        yield T(s, _kg("endChar"), ox.Literal(str(data["end"]), datatype=_INT))
        if data.get("trigger"):
            yield T(s, _kg("trigger"), ox.Literal(_clean(data["trigger"])))
        yield T(s, _p("prov", "wasDerivedFrom"), _n(KGR, data["doc"]))
        date = _date(data.get("date"))
        if date is not None:
            yield T(s, _p("dcterms", "date"), date)
        yield T(_n(KGR, u), ox.NamedNode(str(direct_property(data["relation"], data["polarity"]))), _n(KGR, v))


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike | IO[bytes] | None, fmt: str = "ttl") -> bytes | None:
    """Write the graph as Turtle (``ttl``), N-Triples (``nt``) or JSON-LD (``jsonld``).

    ``path=None`` returns the bytes (as ``Graph.serialize`` does).

    Example:
        >>> from kg.graph import build_graph
        >>> from kg.model import Entity
        >>> b"@prefix kg:" in write_rdf(build_graph([Entity("hungary", "Hungary", "State")], [], []), None)
        True
    """
    rdf_format = FORMATS[fmt]
    prefixes = PREFIXES if fmt == "ttl" else None
    out = path if path is None or hasattr(path, "write") else str(Path(path))
    triples = generate_triples(G)
    if fmt == "ttl" and out is None:
        body = ox.serialize(triples, None, rdf_format, prefixes=prefixes)
        return body
    return ox.serialize(triples, out, rdf_format, prefixes=prefixes)


def to_rdf(G: nx.MultiDiGraph):
    """The graph as an ``rdflib.Graph`` with the project's prefixes bound.

    Example:
        >>> from kg.graph import build_graph
        >>> len(to_rdf(build_graph([], [], [])))
        0
    """
    import rdflib

    rdf_graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        rdf_graph.bind(prefix, ns)
    rdf_graph.parse(data=write_rdf(G, None, "nt").decode("utf-8"), format="nt")
    return rdf_graph
