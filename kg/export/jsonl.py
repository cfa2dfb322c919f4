"""``statements.jsonl``: one statement a line, with labels, evidence and provenance.

UTF-8, one JSON object per ``\\n``-terminated line; every character that any common reader
takes for a line end (``\\u2028``, ``\\u2029``, ``\\x85``, ``\\x1c``–``\\x1e``) is escaped, so
``text.splitlines()`` gives the statements too.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

import networkx as nx

from kg.graph import document_of, iter_statements

__all__ = ["generate_jsonl", "write_jsonl"]

# Characters json.dumps(ensure_ascii=False) leaves raw that str.splitlines() (and JavaScript
# before ES2019) take for line ends: escaped, so that one statement is always one line.
_LINE_BREAKS = re.compile("[\x1c\x1d\x1e\x85\u2028\u2029]")


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
        line = json.dumps(row, ensure_ascii=False, sort_keys=False)
        if _LINE_BREAKS.search(line):
            line = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
        yield line


def write_jsonl(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``statements.jsonl`` line by line."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in generate_jsonl(G):
            fh.write(line + "\n")
