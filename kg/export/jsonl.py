"""``statements.jsonl``: one statement a line, with labels, evidence and provenance."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import networkx as nx

from kg.graph import document_of, iter_statements

__all__ = ["generate_jsonl", "write_jsonl"]


def generate_jsonl(G: nx.MultiDiGraph) -> Iterator[str]:
    """Yield one JSON line per statement.

    Example:
        >>> list(generate_jsonl(nx.MultiDiGraph(documents={})))
        []
    """
    for sid, u, v, data in iter_statements(G):
        doc = document_of(G, data["doc"])
        att = data.get("attributed_to")
        row = {
            "id": sid,
            "subject": u,
            "subject_label": G.nodes[u]["label"],
            "subject_type": G.nodes[u]["type"],
            "relation": data["relation"],
            "label": data["label"],
            "object": v,
            "object_label": G.nodes[v]["label"],
            "object_type": G.nodes[v]["type"],
            "polarity": data["polarity"],
            "modality": data["modality"],
            "attributed_to": att,
            "attributed_to_label": G.nodes[att]["label"] if att and att in G else None,
            "evidence": data["evidence"],
            "start": data["start"],
            "end": data["end"],
            "trigger": data.get("trigger", ""),
            "date": data.get("date"),
            "document": data["doc"],
            "document_name": doc.get("name"),
            "document_date": doc.get("date"),
        }
        yield json.dumps(row, ensure_ascii=False, sort_keys=False)


def write_jsonl(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``statements.jsonl`` line by line."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in generate_jsonl(G):
            fh.write(line + "\n")
