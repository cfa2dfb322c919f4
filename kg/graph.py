"""The one in-memory model every exporter writes from: a networkx ``MultiDiGraph``.

Schema (exporters rely on exactly this):

``G.graph``
    ``"documents"``: ``{doc_id: {"name", "names", "title", "date", "url", "source"}}``
    (``names`` is a list: every file name the same text arrived under; ``date``/``title``/
    ``url`` may be ``None``).

Nodes: one per :class:`~kg.model.Entity`, keyed by the entity id (a slug such as
``"hungary"``, also the tail of its IRI ``kgr:hungary``). Attributes:
    ``label`` (str), ``type`` (one of ``State Organization Person Initiative Place``),
    ``aliases`` (sorted list of str, may be empty), ``wikidata`` (``"Q28"`` or ``None``),
    ``documents`` (sorted list of doc ids that mention it).

Edges: one per :class:`~kg.model.Statement`, ``(subject, object, key=statement id)``.
Attributes:
    ``relation`` (e.g. ``"Fund"``), ``polarity`` (``"positive"``/``"negative"``),
    ``modality`` (``asserted intended possible obligated``), ``label`` (the direct label,
    ``"funds"`` or ``"does not fund"``), ``evidence`` (the sentence), ``start``/``end``
    (offsets of the evidence in the document text), ``doc`` (doc id), ``date`` (the
    statement's date: an explicit date of its sentence, else the document's, else ``None``),
    ``attributed_to`` (entity id or ``None``), ``trigger`` (the word that triggered it).

Every node and edge is added in sorted order so that every export is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from kg.model import Document, Entity, Statement
from kg.vocab import relation_label

__all__ = ["build_graph", "iter_statements", "document_of"]


def build_graph(
    entities: Iterable[Entity],
    statements: Iterable[Statement],
    documents: Iterable[Document] | Mapping[str, Document],
) -> nx.MultiDiGraph:
    """Assemble the graph from resolved entities and statements.

    Args:
        entities: every entity the statements name (others are kept too).
        statements: extracted statements whose subject/object/attributed_to are entity ids.
        documents: the documents they came from.

    Returns:
        A ``MultiDiGraph`` following the schema of this module's docstring.

    Example:
        >>> from kg.model import Document, Entity, Statement
        >>> G = build_graph(
        ...     [Entity("hungary", "Hungary", "State", wikidata="Q28"), Entity("ukraine", "Ukraine", "State")],
        ...     [Statement("stmt-1", "doc-1", "hungary", "Fund", "ukraine", "negative", "intended",
        ...                "Hungary will not fund Ukraine.", 0, 30)],
        ...     [Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")])
        >>> G.edges["hungary", "ukraine", "stmt-1"]["label"]
        'does not fund'
    """
    docs = documents.values() if isinstance(documents, Mapping) else documents
    G = nx.MultiDiGraph()
    G.graph["documents"] = {
        d.id: {
            "name": d.name,
            "names": sorted(set(d.names) | {d.name}),
            "title": d.title,
            "date": d.date,
            "url": d.url,
            "source": d.source,
        }
        for d in sorted(docs, key=lambda d: d.id)
    }
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(
            e.id,
            label=e.label,
            type=e.type,
            aliases=sorted(set(e.aliases) - {e.label}),
            wikidata=e.wikidata,
            documents=sorted(set(e.documents)),
        )
    for s in sorted(statements, key=lambda s: s.id):
        for node in (s.subject, s.object, s.attributed_to):
            if node is not None and node not in G:
                raise ValueError(f"statement {s.id} names unknown entity {node!r}")
        doc_date = G.graph["documents"].get(s.doc_id, {}).get("date")
        G.add_edge(
            s.subject,
            s.object,
            key=s.id,
            relation=s.relation,
            polarity=s.polarity,
            modality=s.modality,
            label=relation_label(s.relation, s.polarity),
            evidence=s.evidence,
            start=s.start,
            end=s.end,
            doc=s.doc_id,
            date=s.date or doc_date,
            attributed_to=s.attributed_to,
            trigger=s.trigger,
        )
    return G


def iter_statements(G: nx.MultiDiGraph):
    """Yield ``(statement_id, subject, object, attrs)`` in a stable order.

    Example:
        >>> list(iter_statements(nx.MultiDiGraph()))
        []
    """
    for u, v, k, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        yield k, u, v, data


def document_of(G: nx.MultiDiGraph, doc_id: str) -> dict:
    """The metadata dict of one document of the graph (empty dict when unknown).

    Example:
        >>> document_of(nx.MultiDiGraph(documents={}), "doc-x")
        {}
    """
    return G.graph.get("documents", {}).get(doc_id, {})
