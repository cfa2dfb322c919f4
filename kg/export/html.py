"""Interactive HTML view of the graph: one self-contained page that opens offline from disk.

The page draws the graph with vis-network, the library pyvis bundles, but uses none of
pyvis' page template or ``add_node``/``add_edge`` machinery, which have known traps:

* the template loads Bootstrap (and, unless ``cdn_resources="in_line"``, vis-network)
  from a CDN, so the page is blank offline;
* ``heading`` is raw HTML, ``select_menu`` writes node ids unescaped and a ``title``
  containing ``"href"`` is rendered as HTML: an entity named
  ``<img src=x onerror=...>`` runs script on hover;
* ``add_edge``/``from_nx`` are quadratic (tens of seconds for 30,000 edges) and a page with
  physics on never settles for a few thousand nodes.

Here the vis-network JS and CSS files shipped inside the pyvis package are inlined, the
graph travels as JSON inside a ``<script type="application/json">`` block (``<``, ``>``,
``&`` and every non-ASCII character escaped, so no text can close the tag), and a small
fixed script builds the view: tooltips, the details panel, filters and the legend are
written with ``textContent`` only, never ``innerHTML``. A Content-Security-Policy allows
only the page's own two scripts (by hash) and no network access at all.

Layout is computed in Python (deterministic: fixed seed, rounded positions) and physics
is switched off above :data:`PHYSICS_MAX_NODES` nodes, so large graphs draw at once.
The same graph always gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.errors import ExportError, MissingExtraError
from kg.model import ENTITY_TYPES, MODALITIES

__all__ = ["PHYSICS_MAX_NODES", "POLARITY_STYLES", "TYPE_STYLES", "build_view_data", "to_html", "write_html"]

PHYSICS_MAX_NODES = 300
"""Above this many nodes ``physics=None`` (auto) turns physics off."""

EXACT_REPULSION_MAX_NODES = 200
"""Up to this many nodes the layout computes every pairwise repulsion; above, a sample."""

LAYOUT_SEED = 42
CANVAS_SPACING = 170
"""The ideal length of an edge, in vis-network canvas units."""

TYPE_STYLES: dict[str, dict[str, str]] = {
    "State": {"color": "#4e79a7", "shape": "dot"},
    "Organization": {"color": "#f28e2b", "shape": "square"},
    "Person": {"color": "#59a14f", "shape": "triangle"},
    "Initiative": {"color": "#b07aa1", "shape": "diamond"},
    "Place": {"color": "#9c9c9c", "shape": "hexagon"},
}
"""Colour and vis-network shape of each entity type."""

UNKNOWN_TYPE_STYLE: dict[str, str] = {"color": "#d4a017", "shape": "star"}

POLARITY_STYLES: dict[str, dict[str, Any]] = {
    "positive": {"color": "#2e7d32", "dashes": False},
    "negative": {"color": "#d62728", "dashes": True},
}
"""Edge colour and dashing by polarity: negative statements are red and dashed."""

_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)\s*[#@]\s*sourceMappingURL=.*$", re.MULTILINE)
_QID = re.compile(r"^Q[1-9][0-9]*$")


def write_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str] | IO[Any],
    *,
    title: str = "newskg graph",
    physics: bool | None = None,
) -> None:
    """Write the graph as one self-contained, offline HTML page.

    Args:
        G: a graph following the schema of :mod:`kg.graph`.
        path: a file name, or an open text or binary file.
        title: the page title (shown as text, never as HTML).
        physics: run vis-network's physics in the browser; ``None`` (auto) turns it on
            for graphs of at most :data:`PHYSICS_MAX_NODES` nodes.

    Raises:
        MissingExtraError: pyvis (which ships vis-network) is not installed.
        ExportError: the file cannot be written.

    Example:
        >>> import tempfile
        >>> out = Path(tempfile.mkdtemp()) / "graph.html"
        >>> write_html(nx.MultiDiGraph(documents={}), out)
        >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    page = to_html(G, title=title, physics=physics)
    data = page.encode("utf-8", errors="replace")
    try:
        if isinstance(path, io.TextIOBase):
            path.write(page)
        elif hasattr(path, "write"):
            path.write(data)
        else:
            Path(path).write_bytes(data)
    except OSError as err:
        raise ExportError(f"cannot write the HTML graph to {str(path)!r}: {err}",
                          hint="check that the folder exists and is writable") from err


def to_html(G: nx.MultiDiGraph, *, title: str = "newskg graph", physics: bool | None = None) -> str:
    """The HTML page of :func:`write_html`, as a string.

    Example:
        >>> page = to_html(nx.MultiDiGraph(documents={}), title="<b>x</b>")
        >>> "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page, "<script src" in page
        (True, False)
    """
    vis_js, vis_css = _vis_assets()
    data = build_view_data(G, physics=physics)
    scripts = {"VIS_JS": vis_js, "APP_JS": _APP_JS}
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_csp_hash(s) for s in scripts.values()),
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    escaped_title = html.escape(title, quote=True)
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": escaped_title,
        "VIS_CSS": vis_css,
        "APP_CSS": _APP_CSS,
        "HEADER": _header_html(data, escaped_title),
        "LEGEND": _legend_html(data),
        "DATA": _json_for_script(data),
        **scripts,
    }
    return re.sub(r"@([A-Z_]+)@", lambda m: parts[m.group(1)], _PAGE)


def build_view_data(G: nx.MultiDiGraph, *, physics: bool | None = None) -> dict[str, Any]:
    """The JSON document the page is built from: nodes, aggregated edges, documents.

    Parallel statements with the same (subject, object, relation, polarity) become one
    edge that lists every statement.

    Example:
        >>> G = nx.MultiDiGraph(documents={})
        >>> G.add_node("a", label="A", type="State", aliases=[], wikidata=None, documents=[])
        >>> for k in ("s1", "s2"):
        ...     _ = G.add_edge("a", "a", key=k, relation="Fund", polarity="negative",
        ...                modality="intended", label="does not fund", evidence=k, doc="d")
        >>> edge = build_view_data(G)["edges"][0]
        >>> edge["count"], edge["display"]
        (2, 'does not fund (intended) ×2')
    """
    nodes = sorted(G.nodes)
    use_physics = len(nodes) <= PHYSICS_MAX_NODES if physics is None else bool(physics)
    positions = _layout(G, nodes)
    node_items = [_node_item(G, n, positions[n]) for n in nodes]
    edge_items = _edge_items(G)
    documents = [
        {
            "id": str(doc_id),
            "name": str(meta.get("name") or doc_id),
            "names": [str(x) for x in meta.get("names") or []],
            "title": meta.get("title"),
            "date": meta.get("date"),
            "url": meta.get("url"),
        }
        for doc_id, meta in sorted(G.graph.get("documents", {}).items(), key=lambda kv: str(kv[0]))
    ]
    return {
        "physics": use_physics,
        "large": len(nodes) > PHYSICS_MAX_NODES,
        "statements": G.number_of_edges(),
        "types": _type_summary(node_items),
        "polarities": _polarity_summary(edge_items),
        "relations": _relation_summary(edge_items),
        "documents": documents,
        "nodes": node_items,
        "edges": edge_items,
    }


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped in the pyvis package, ready to inline."""
    try:
        import pyvis
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise MissingExtraError("pyvis", "html") from err
    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    candidates = sorted(
        (d for d in lib.glob("vis-9*") if (d / "vis-network.min.js").is_file()),
        key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)),
    )
    if not candidates:
        raise ExportError(f"vis-network not found under {lib}", hint="reinstall pyvis")
    js = (candidates[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    css = (candidates[-1] / "vis-network.css").read_text(encoding="utf-8")
    js = _SCRIPT_END.sub(r"<\\/\1", _SOURCE_MAP.sub("", js))
    css = _SOURCE_MAP.sub("", css).replace("</", "<\\/")
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    Example:
        >>> _json_for_script({"a": "</script>\\u2028"})
        '{"a":"\\\\u003c/script\\\\u003e\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _node_item(G: nx.MultiDiGraph, node: Hashable, xy: tuple[int, int]) -> dict[str, Any]:
    attrs = G.nodes[node]
    wikidata = _text(attrs.get("wikidata"))
    return {
        "id": str(node),
        "label": str(attrs.get("label") or node),
        "type": str(attrs.get("type") or "Unknown"),
        "aliases": [str(a) for a in attrs.get("aliases") or []],
        "wikidata": wikidata,
        "wikidata_ok": bool(wikidata and _QID.match(wikidata)),
        "documents": [str(d) for d in attrs.get("documents") or []],
        "degree": G.degree(node),
        "x": xy[0],
        "y": xy[1],
    }


def _modality_rank(modality: str) -> tuple[int, str]:
    return (MODALITIES.index(modality) if modality in MODALITIES else len(MODALITIES), modality)


def _edge_items(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Aggregate statements into one visual edge per (subject, object, relation, polarity)."""
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    labels: dict[tuple[str, str, str, str], str] = {}
    for u, v, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: str(e[2])):
        group = (str(u), str(v), str(attrs.get("relation", "")), str(attrs.get("polarity", "positive")))
        labels.setdefault(group, str(attrs.get("label") or attrs.get("relation") or ""))
        said_by = attrs.get("attributed_to")
        groups[group].append({
            "id": str(key),
            "evidence": str(attrs.get("evidence") or ""),
            "doc": _text(attrs.get("doc")),
            "date": _text(attrs.get("date")),
            "modality": str(attrs.get("modality") or "asserted"),
            "attributed_to": _text(said_by),
            "said_by": (str(G.nodes[said_by].get("label") or said_by) if said_by in G else _text(said_by)),
            "trigger": str(attrs.get("trigger") or ""),
            "start": attrs.get("start"),
            "end": attrs.get("end"),
        })
    items: list[dict[str, Any]] = []
    pair_index: dict[tuple[str, str], int] = defaultdict(int)
    for number, group in enumerate(sorted(groups)):
        u, v, relation, polarity = group
        statements = groups[group]
        modalities = sorted({s["modality"] for s in statements}, key=_modality_rank)
        display = labels[group]
        if modalities != ["asserted"]:
            display += " (" + "/".join(modalities) + ")"
        if len(statements) > 1:
            display += f" \u00d7{len(statements)}"
        pair = (min(u, v), max(u, v))
        index = pair_index[pair]
        pair_index[pair] += 1
        items.append({
            "id": f"e{number}",
            "from": u,
            "to": v,
            "relation": relation,
            "polarity": polarity,
            "label": labels[group],
            "display": display,
            "modalities": modalities,
            "asserted": "asserted" in modalities,
            "count": len(statements),
            "documents": sorted({s["doc"] for s in statements if s["doc"] is not None}),
            "curve": _curve(index, reverse=(u, v) != pair),
            "statements": statements,
        })
    return items


def _curve(index: int, *, reverse: bool) -> list[Any] | None:
    """How the ``index``-th edge between the same two nodes bends, so none overlap.

    Example:
        >>> _curve(0, reverse=False), _curve(1, reverse=False), _curve(2, reverse=True)
        (None, ['curvedCW', 0.25], ['curvedCW', 0.25])
    """
    if index == 0:
        return None
    clockwise = (index % 2 == 1) != reverse
    return ["curvedCW" if clockwise else "curvedCCW", round(0.25 * ((index + 1) // 2), 2)]


def _type_summary(nodes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["type"]] += 1
    order = list(ENTITY_TYPES) + sorted(set(counts) - set(ENTITY_TYPES))
    return [
        {"type": t, "count": counts[t], **TYPE_STYLES.get(t, UNKNOWN_TYPE_STYLE)}
        for t in order
        if t in counts or t in TYPE_STYLES
    ]


def _polarity_summary(edges: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = defaultdict(int)
    for edge in edges:
        counts[edge["polarity"]] += edge["count"]
    order = list(POLARITY_STYLES) + sorted(set(counts) - set(POLARITY_STYLES))
    return [{"polarity": p, "count": counts[p], **POLARITY_STYLES.get(p, POLARITY_STYLES["positive"])}
            for p in order]


def _relation_summary(edges: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = defaultdict(int)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for edge in edges:
        counts[edge["relation"]] += edge["count"]
        labels[edge["relation"]][edge["polarity"]] = edge["label"]
    return [
        {"relation": r, "count": counts[r],
         "labels": [labels[r][p] for p in sorted(labels[r], key=lambda p: (p != "positive", p))]}
        for r in sorted(counts)
    ]


def _layout(G: nx.MultiDiGraph, nodes: Sequence[Hashable]) -> dict[Hashable, tuple[int, int]]:
    """Deterministic positions in vis-network canvas units (see :func:`_force_layout`).

    Without numpy, a sunflower spiral.
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0, 0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v})
    try:
        raw = [(p[0], p[1]) for p in _force_layout(n, pairs, seed=LAYOUT_SEED).tolist()]
    except ImportError:  # pragma: no cover - numpy comes with networkx' drawing extras
        raw = _spiral_layout(n)
    return dict(zip(nodes, _to_canvas(raw), strict=True))


def _spiral_layout(n: int) -> list[tuple[float, float]]:
    golden = math.pi * (3 - math.sqrt(5))
    return [(math.sqrt(i + 0.5) * math.cos(i * golden), math.sqrt(i + 0.5) * math.sin(i * golden))
            for i in range(n)]


def _force_layout(n: int, pairs: Sequence[tuple[int, int]], *, seed: int,
                  iterations: int = 150, samples: int = 16, gravity: float = 0.5,
                  attraction: float = 1.0):
    """Fruchterman-Reingold with linear gravity; returns an ``(n, 2)`` numpy array.

    Up to :data:`EXACT_REPULSION_MAX_NODES` nodes every pair repels; above, each node is
    repelled by ``samples`` random others, scaled up (as LargeVis/UMAP layouts do), so one
    iteration is linear in nodes + edges instead of quadratic. Gravity keeps isolated
    entities and small components at the rim of the main one; networkx' ``spring_layout``
    flings them far out and, after scaling, squeezes the main component into a dot (and
    above 500 nodes it needs scipy and is quadratic).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(n)
    edges = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    src, dst = edges[:, 0], edges[:, 1]
    exact = n <= EXACT_REPULSION_MAX_NODES
    self_index = np.arange(n)[:, None]
    start = math.sqrt(n) / 3
    for step in range(iterations):
        temperature = start * (1 - step / iterations) + 0.01
        if exact:
            dx = pos[:, 0, None] - pos[None, :, 0]
            dy = pos[:, 1, None] - pos[None, :, 1]
            inv = dx * dx + dy * dy + 1e-6
            np.reciprocal(inv, out=inv)
            np.fill_diagonal(inv, 0.0)
            disp = np.stack([(dx * inv).sum(axis=1), (dy * inv).sum(axis=1)], axis=1)
        else:
            others = rng.integers(0, n - 1, size=(n, samples))
            others += others >= self_index
            delta = pos[:, None, :] - pos[others]
            dist2 = np.einsum("nsk,nsk->ns", delta, delta) + 1e-6
            disp = (delta / dist2[..., None]).sum(axis=1) * ((n - 1) / samples)
        if len(src):
            delta = pos[src] - pos[dst]
            force = delta * attraction
            for k in range(2):
                disp[:, k] -= np.bincount(src, weights=force[:, k], minlength=n)
                disp[:, k] += np.bincount(dst, weights=force[:, k], minlength=n)
        disp -= gravity * pos
        length = np.sqrt(np.einsum("nk,nk->n", disp, disp)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return pos


def _to_canvas(raw: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Centre the layout (unit: the ideal edge length) and scale it to canvas units."""
    n = len(raw)
    cx = sum(x for x, _ in raw) / n
    cy = sum(y for _, y in raw) / n
    return [(round((x - cx) * CANVAS_SPACING), round((y - cy) * CANVAS_SPACING)) for x, y in raw]


def _header_html(data: dict[str, Any], escaped_title: str) -> str:
    docs = sorted(data["documents"], key=lambda d: (d["name"], d["id"]))
    n_nodes, n_docs = len(data["nodes"]), len(docs)
    counts = (f'<span id="kg-count-nodes">{n_nodes}</span> entit{"y" if n_nodes == 1 else "ies"} · '
              f'<span id="kg-count-statements">{data["statements"]}</span> '
              f'statement{"" if data["statements"] == 1 else "s"} · '
              f'<span id="kg-count-documents">{n_docs}</span> document{"" if n_docs == 1 else "s"}')
    items = []
    for doc in docs:
        bits = [f'<span class="kg-doc-name">{html.escape(doc["name"])}</span>']
        if doc["title"]:
            bits.append(f'<span class="kg-doc-title">{html.escape(str(doc["title"]))}</span>')
        if doc["date"]:
            bits.append(f'<time>{html.escape(str(doc["date"]))}</time>')
        url = str(doc["url"] or "")
        if re.match(r"^https?://", url, re.IGNORECASE):
            bits.append(f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer nofollow" '
                        f'target="_blank">source</a>')
        items.append(f'<li data-doc="{html.escape(doc["id"], quote=True)}">{" · ".join(bits)}</li>')
    doc_list = (f'<details id="kg-documents"><summary>Documents ({n_docs})</summary>'
                f'<ul>{"".join(items)}</ul></details>') if docs else ""
    return f'<h1 id="kg-title">{escaped_title}</h1><p class="kg-counts">{counts}</p>{doc_list}'


_SHAPE_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1.5 14.5,14 1.5,14"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "hexagon": '<polygon points="4,2 12,2 15.5,8 12,14 4,14 0.5,8"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
}


def _legend_html(data: dict[str, Any]) -> str:
    rows = []
    for t in data["types"]:
        svg = (f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" '
               f'fill="{html.escape(t["color"])}">{_SHAPE_SVG.get(t["shape"], _SHAPE_SVG["dot"])}</svg>')
        rows.append(f'<li>{svg} {html.escape(t["type"])}</li>')
    for p, style in POLARITY_STYLES.items():
        dash = ' stroke-dasharray="5,3"' if style["dashes"] else ""
        rows.append(f'<li><svg width="30" height="10" aria-hidden="true"><line x1="0" y1="5" x2="30" y2="5" '
                    f'stroke="{style["color"]}" stroke-width="2"{dash}/></svg> {p} statement</li>')
    rows.append('<li><svg width="30" height="10" aria-hidden="true"><line x1="0" y1="5" x2="30" y2="5" '
                'stroke="#2e7d32" stroke-opacity="0.45" stroke-width="2"/></svg> not asserted: '
                '(intended), (possible), (obligated)</li>')
    rows.append("<li>×N: N statements on one edge</li>")
    return f'<h2>Legend</h2><ul class="kg-legend">{"".join(rows)}</ul>'


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newskg">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>@APP_CSS@</style>
</head>
<body>
<header id="kg-header">@HEADER@</header>
<main id="kg-main">
<aside id="kg-controls">
<div class="kg-search">
<input id="kg-search" type="search" placeholder="Find an entity…" aria-label="Find an entity by name" autocomplete="off">
<button id="kg-search-go" type="button">Find</button>
<p id="kg-search-status" role="status"></p>
</div>
<p id="kg-status" role="status"></p>
<section class="kg-filter"><h2>Relations <span class="kg-all-none" data-group="relation"></span></h2><div id="kg-filter-relation"></div></section>
<section class="kg-filter"><h2>Polarity</h2><div id="kg-filter-polarity"></div></section>
<section class="kg-filter"><h2>Entity types <span class="kg-all-none" data-group="type"></span></h2><div id="kg-filter-type"></div></section>
<section class="kg-filter"><h2>Documents <span class="kg-all-none" data-group="document"></span></h2><div id="kg-filter-document"></div></section>
<label class="kg-check"><input type="checkbox" id="kg-hide-isolated"> hide entities without a visible statement</label>
<section id="kg-legend">@LEGEND@</section>
</aside>
<div id="kg-canvas-wrap"><div id="kg-network" role="img" aria-label="graph of entities and statements"></div><div id="kg-tooltip" hidden></div></div>
<aside id="kg-details" aria-live="polite"><p class="kg-hint">Hover or click an entity or an edge for details.</p></aside>
</main>
<noscript><p>This page needs JavaScript to draw the graph.</p></noscript>
<script type="application/json" id="newskg-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>@APP_JS@</script>
</body>
</html>
"""

_APP_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
#kg-header { padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }
#kg-header h1 { font-size: 18px; margin: 0 0 2px; overflow-wrap: anywhere; }
#kg-header .kg-counts { margin: 0; color: #555; }
#kg-documents ul { max-height: 25vh; overflow: auto; margin: 4px 0; padding-left: 20px; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-controls { width: 260px; overflow: auto; padding: 8px 10px; border-right: 1px solid #ddd; }
#kg-controls h2 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; color: #555; }
#kg-controls .kg-filter > div { max-height: 180px; overflow: auto; }
.kg-check { display: block; overflow-wrap: anywhere; }
.kg-check .kg-n { color: #888; }
.kg-all-none button { font-size: 11px; padding: 0 4px; margin-left: 2px; text-transform: none; }
.kg-search { display: flex; flex-wrap: wrap; gap: 4px; }
#kg-search { flex: 1; min-width: 0; }
#kg-search-status, #kg-status { margin: 2px 0; color: #555; font-size: 12px; width: 100%; }
#kg-canvas-wrap { flex: 1; position: relative; min-width: 0; }
#kg-network { position: absolute; inset: 0; }
#kg-tooltip { position: absolute; z-index: 10; max-width: 380px; padding: 6px 8px; background: #fff;
  border: 1px solid #aaa; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.2); pointer-events: none;
  font-size: 12px; overflow-wrap: anywhere; }
#kg-details { width: 340px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; overflow-wrap: anywhere; }
#kg-details h3 { font-size: 15px; margin: 4px 0; }
.kg-evidence { white-space: pre-wrap; margin: 4px 0; padding: 4px 8px; border-left: 3px solid #ccc; background: #f7f7f7; }
.kg-negative .kg-evidence { border-left-color: #d62728; }
.kg-meta { color: #555; font-size: 12px; margin: 0 0 8px; }
.kg-meta span + span::before { content: " · "; }
.kg-legend { list-style: none; padding: 0; margin: 0; }
.kg-legend li { display: flex; align-items: center; gap: 6px; }
.kg-hint { color: #777; }
dl.kg-props { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 4px 0; }
dl.kg-props dt { color: #555; } dl.kg-props dd { margin: 0; }
bdi { unicode-bidi: isolate; }
"""

# The page's only code. It reads the graph from the JSON block and never puts data into
# HTML: every string from the graph goes through textContent (inside <bdi>, so
# right-to-left and zero-width characters cannot reorder the surrounding text).
_APP_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("newskg-data").textContent);
  var api = { ready: false, stabilized: !data.physics, data: data, timings: { parsed: performance.now() - t0 } };
  window.newskg = api;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function bdi(text) { return el("bdi", text); }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function short(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  var docs = new Map(data.documents.map(function (d) { return [d.id, d]; }));
  var nodeInfo = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeInfo = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var typeStyle = new Map(data.types.map(function (t) { return [t.type, t]; }));
  var polStyle = new Map(data.polarities.map(function (p) { return [p.polarity, p]; }));

  function nodeLabel(id) { var n = nodeInfo.get(id); return n ? n.label : id; }
  function docName(id) { var d = docs.get(id); return d ? d.name : (id === null ? "unknown document" : id); }

  function visNode(n) {
    var s = typeStyle.get(n.type) || { color: "#d4a017", shape: "star" };
    return {
      id: n.id, label: short(n.label.replace(/\s+/g, " "), 60), shape: s.shape, x: n.x, y: n.y,
      value: n.degree + 1,
      color: { background: s.color, border: "#333", highlight: { background: s.color, border: "#000" },
               hover: { background: s.color, border: "#000" } }
    };
  }
  function visEdge(e) {
    var s = polStyle.get(e.polarity) || { color: "#2e7d32", dashes: false };
    var item = {
      id: e.id, from: e.from, to: e.to, label: short(e.display.replace(/\s+/g, " "), 80),
      dashes: s.dashes, width: 1 + Math.log2(e.count),
      color: { color: s.color, highlight: s.color, hover: s.color, opacity: e.asserted ? 1 : 0.45 }
    };
    if (e.curve) { item.smooth = { enabled: true, type: e.curve[0], roundness: e.curve[1] }; }
    return item;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var visibleNodes = new Set(nodeInfo.keys());
  var visibleEdges = new Set(edgeInfo.keys());
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
             scaling: { min: 8, max: 30 }, borderWidth: 1 },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, smooth: false, selectionWidth: 2,
             font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.large, hideEdgesOnZoom: data.large,
                   keyboard: false },
    physics: data.physics
      ? { enabled: true, solver: "barnesHut",
          barnesHut: { gravitationalConstant: -4000, centralGravity: 0.8, springLength: 140, avoidOverlap: 0.2 },
          stabilization: { enabled: true, iterations: 250, fit: true } }
      : { enabled: false }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  api.network = network; api.nodes = nodes; api.edges = edges; api.nodeView = nodeView; api.edgeView = edgeView;
  api.timings.network = performance.now() - t0;

  network.once("afterDrawing", function () {
    api.timings.drawn = performance.now() - t0;
    api.ready = true;
    document.body.setAttribute("data-ready", "1");
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      api.stabilized = true;
    });
  } else {
    network.once("afterDrawing", function () { network.fit(); });
  }

  // ---- details panel and tooltip -------------------------------------------------
  var details = document.getElementById("kg-details");
  var tooltip = document.getElementById("kg-tooltip");

  function statementBlock(s, polarity) {
    var box = el("div", null, "kg-statement kg-" + polarity);
    box.setAttribute("data-statement", s.id);
    box.appendChild(el("blockquote", null, "kg-evidence")).appendChild(bdi(s.evidence));
    var meta = el("p", null, "kg-meta");
    var doc = el("span", "in ");
    doc.appendChild(bdi(docName(s.doc)));
    meta.appendChild(doc);
    meta.appendChild(el("span", s.date ? s.date : "no date"));
    if (s.said_by !== null) {
      var who = el("span", "said by ");
      who.appendChild(bdi(s.said_by));
      meta.appendChild(who);
    }
    meta.appendChild(el("span", s.modality));
    if (s.trigger) { var trig = el("span", "trigger: "); trig.appendChild(bdi(s.trigger)); meta.appendChild(trig); }
    box.appendChild(meta);
    return box;
  }
  function edgeTitle(e) {
    var h = el("h3");
    h.appendChild(bdi(nodeLabel(e.from)));
    h.appendChild(document.createTextNode(" \u2014 "));
    h.appendChild(bdi(e.label));
    h.appendChild(document.createTextNode(" \u2192 "));
    h.appendChild(bdi(nodeLabel(e.to)));
    return h;
  }
  function edgeSummary(e) {
    return el("p", plural(e.count, "statement", "statements") + " \u00b7 " + e.polarity + " \u00b7 " +
              e.modalities.join(", "), "kg-meta");
  }
  function showEdge(id, target, limit) {
    var e = edgeInfo.get(id);
    if (!e) { return; }
    clear(target);
    target.appendChild(edgeTitle(e));
    target.appendChild(edgeSummary(e));
    var shown = limit ? e.statements.slice(0, limit) : e.statements;
    shown.forEach(function (s) { target.appendChild(statementBlock(s, e.polarity)); });
    if (shown.length < e.statements.length) {
      var more = e.statements.length - shown.length;
      target.appendChild(el("p", "\u2026 and " + more + " more: click the edge", "kg-hint"));
    }
    target.setAttribute("data-edge", id);
    target.removeAttribute("data-node");
  }
  function prop(dl, name, value) {
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) { dd.appendChild(value); } else { dd.appendChild(bdi(value)); }
    dl.appendChild(dd);
  }
  function showNode(id, target, brief) {
    var n = nodeInfo.get(id);
    if (!n) { return; }
    clear(target);
    target.appendChild(el("h3")).appendChild(bdi(n.label));
    var dl = el("dl", null, "kg-props");
    prop(dl, "type", n.type);
    prop(dl, "id", n.id);
    if (n.aliases.length) { prop(dl, "aliases", n.aliases.join("; ")); }
    if (n.wikidata) {
      var wd = document.createTextNode(n.wikidata);
      if (n.wikidata_ok && !brief) {
        wd = el("a", n.wikidata);
        wd.href = "https://www.wikidata.org/wiki/" + n.wikidata;
        wd.rel = "noopener noreferrer nofollow"; wd.target = "_blank";
      }
      prop(dl, "Wikidata", wd);
    }
    prop(dl, "statements", String(n.degree));
    target.appendChild(dl);
    if (n.documents.length) {
      target.appendChild(el("p", plural(n.documents.length, "document:", "documents:"), "kg-meta"));
      var ul = el("ul");
      n.documents.slice(0, brief ? 5 : n.documents.length).forEach(function (d) {
        var li = el("li"); li.appendChild(bdi(docName(d)));
        var doc = docs.get(d);
        if (doc && doc.date) { li.appendChild(document.createTextNode(" (" + doc.date + ")")); }
        ul.appendChild(li);
      });
      if (brief && n.documents.length > 5) { ul.appendChild(el("li", "\u2026")); }
      target.appendChild(ul);
    }
    target.setAttribute("data-node", id);
    target.removeAttribute("data-edge");
  }
  function placeTooltip(pointer) {
    tooltip.hidden = false;
    var wrap = tooltip.parentElement.getBoundingClientRect();
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    if (x + tooltip.offsetWidth > wrap.width) { x = Math.max(0, pointer.DOM.x - tooltip.offsetWidth - 14); }
    if (y + tooltip.offsetHeight > wrap.height) { y = Math.max(0, pointer.DOM.y - tooltip.offsetHeight - 14); }
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; clear(tooltip); }
  api.showEdge = function (id) { showEdge(id, details, 0); };
  api.showNode = function (id) { showNode(id, details, false); };

  network.on("hoverEdge", function (p) { showEdge(p.edge, tooltip, 3); placeTooltip(p.pointer); });
  network.on("hoverNode", function (p) { showNode(p.node, tooltip, true); placeTooltip(p.pointer); });
  network.on("blurEdge", hideTooltip);
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) { showNode(p.nodes[0], details, false); }
    else if (p.edges.length) { showEdge(p.edges[0], details, 0); }
  });

  // ---- filters -------------------------------------------------------------------
  var groups = {};
  function checkbox(group, value, text, count, box) {
    var label = el("label", null, "kg-check");
    var input = el("input");
    input.type = "checkbox"; input.checked = true; input.value = value;
    input.setAttribute("data-filter", group);
    input.addEventListener("change", applyFilters);
    label.appendChild(input);
    label.appendChild(document.createTextNode(" "));
    label.appendChild(bdi(text));
    label.appendChild(el("span", " (" + count + ")", "kg-n"));
    box.appendChild(label);
    (groups[group] = groups[group] || []).push(input);
  }
  var relBox = document.getElementById("kg-filter-relation");
  data.relations.forEach(function (r) { checkbox("relation", r.relation, r.labels.join(" / "), r.count, relBox); });
  var polBox = document.getElementById("kg-filter-polarity");
  data.polarities.forEach(function (p) { checkbox("polarity", p.polarity, p.polarity, p.count, polBox); });
  var typeBox = document.getElementById("kg-filter-type");
  data.types.forEach(function (t) { if (t.count) { checkbox("type", t.type, t.type, t.count, typeBox); } });
  var docBox = document.getElementById("kg-filter-document");
  var docCounts = new Map();
  data.edges.forEach(function (e) {
    e.statements.forEach(function (s) { docCounts.set(s.doc, (docCounts.get(s.doc) || 0) + 1); });
  });
  data.documents.slice().sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; })
    .forEach(function (d) {
      checkbox("document", d.id, d.date ? d.name + " (" + d.date + ")" : d.name, docCounts.get(d.id) || 0, docBox);
    });
  document.querySelectorAll(".kg-all-none").forEach(function (span) {
    var group = span.getAttribute("data-group");
    [["all", true], ["none", false]].forEach(function (spec) {
      var b = el("button", spec[0]);
      b.type = "button";
      b.addEventListener("click", function () {
        (groups[group] || []).forEach(function (i) { i.checked = spec[1]; });
        applyFilters();
      });
      span.appendChild(b);
    });
  });
  var hideIsolated = document.getElementById("kg-hide-isolated");
  hideIsolated.addEventListener("change", applyFilters);

  function checked(group) {
    return new Set((groups[group] || []).filter(function (i) { return i.checked; })
                                          .map(function (i) { return i.value; }));
  }
  function applyFilters() {
    var rel = checked("relation"), pol = checked("polarity"), types = checked("type"), docSel = checked("document");
    var allDocs = docSel.size === (groups.document || []).length;
    var typeOk = function (id) { var n = nodeInfo.get(id); return !!n && types.has(n.type); };
    var touched = new Set();
    visibleEdges = new Set();
    data.edges.forEach(function (e) {
      if (!rel.has(e.relation) || !pol.has(e.polarity) || !typeOk(e.from) || !typeOk(e.to)) { return; }
      if (!allDocs && !e.documents.some(function (d) { return docSel.has(d); })) { return; }
      visibleEdges.add(e.id); touched.add(e.from); touched.add(e.to);
    });
    visibleNodes = new Set();
    data.nodes.forEach(function (n) {
      if (!types.has(n.type)) { return; }
      if (hideIsolated.checked && !touched.has(n.id)) { return; }
      if (!allDocs && !touched.has(n.id) && !n.documents.some(function (d) { return docSel.has(d); })) { return; }
      visibleNodes.add(n.id);
    });
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
  }
  function updateStatus() {
    document.getElementById("kg-status").textContent = "showing " + nodeView.length + " of " +
      plural(data.nodes.length, "entity", "entities") + ", " + edgeView.length + " of " +
      plural(data.edges.length, "edge", "edges");
  }
  api.applyFilters = applyFilters;
  api.visibleCounts = function () { return { nodes: nodeView.length, edges: edgeView.length }; };
  updateStatus();

  // ---- search --------------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var searchStatus = document.getElementById("kg-search-status");
  var lastQuery = null, lastIndex = -1;
  function matches(q) {
    var ranked = [];
    data.nodes.forEach(function (n) {
      var label = n.label.toLowerCase(), rank = -1;
      if (label === q) { rank = 0; }
      else if (label.indexOf(q) === 0) { rank = 1; }
      else if (label.indexOf(q) >= 0) { rank = 2; }
      else if (n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) { rank = 3; }
      if (rank >= 0) { ranked.push([rank, n.label.length, n.id]); }
    });
    ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return ranked.map(function (r) { return r[2]; });
  }
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) { searchStatus.textContent = ""; return; }
    var all = matches(q);
    var found = all.filter(function (id) { return visibleNodes.has(id); });
    if (!found.length) {
      searchStatus.textContent = all.length ? "only hidden entities match (see the filters)" : "no entity matches";
      return;
    }
    lastIndex = q === lastQuery ? (lastIndex + 1) % found.length : 0;
    lastQuery = q;
    var id = found[lastIndex];
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2),
                        animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id, details, false);
    searchStatus.textContent = "match " + (lastIndex + 1) + " of " + found.length;
  }
  api.find = function (q) { search.value = q; find(); return network.getSelectedNodes(); };
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); find(); } });
  document.getElementById("kg-search-go").addEventListener("click", find);
})();
"""
