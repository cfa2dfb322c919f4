"""newskg: a knowledge graph of actors, states and stances from news articles.

The data flow is ingest → nlp → extract → resolve → graph → export:

>>> from kg import build_graph_from_inputs, write_all   # doctest: +SKIP
>>> G = build_graph_from_inputs(["examples/"])           # doctest: +SKIP
>>> write_all(G, "exports")                              # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "build_graph_from_inputs", "build_graph", "write_all", "read_documents"]


def __getattr__(name: str):
    # lazy: importing kg must stay cheap (the CLI loads spaCy only when it needs it)
    if name in {"build", "build_graph_from_inputs"}:
        from kg import build as _build

        return getattr(_build, name)
    if name == "build_graph":
        from kg.graph import build_graph

        return build_graph
    if name == "write_all":
        from kg.export import write_all

        return write_all
    if name == "read_documents":
        from kg.ingest import read_documents

        return read_documents
    raise AttributeError(name)
