"""Time the HTML export of a random 5,000-node / 10,000-statement graph, then the browser.

Prints how long ``write_html`` takes, and how long headless Chromium needs until the
network is drawn (``window.newskg.ready``, set on vis-network's first ``afterDrawing``)
and answers a click on a node (the details panel shows it).

Run: ``PYTHONPATH=. python benchmarks/bench_html.py [--nodes 5000] [--edges 10000]``
(needs Chromium at /usr/bin/chromium, or --chromium PATH, and playwright).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.export.html import write_html
from kg.graph import build_graph
from kg.model import ENTITY_TYPES, Document, Entity, Statement
from kg.vocab import RELATIONS

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def random_graph(n_nodes: int, n_edges: int, *, n_docs: int = 50, seed: int = 1):
    """A reproducible random graph in the schema of kg.graph."""
    rng = random.Random(seed)
    docs = [Document(f"doc-{i:04d}", f"{i:04d}.txt", "x", date=f"2024-01-{1 + i % 28:02d}") for i in range(n_docs)]
    entities = [Entity(f"e{i:05d}", f"Entity {i}", rng.choice(ENTITY_TYPES),
                       documents=(rng.choice(docs).id,)) for i in range(n_nodes)]
    relations = sorted(RELATIONS)
    statements = []
    for i in range(n_edges):
        u, v = rng.sample(range(n_nodes), 2)
        statements.append(Statement(
            f"stmt-{i:06d}", rng.choice(docs).id, entities[u].id, rng.choice(relations), entities[v].id,
            rng.choice(("positive", "negative")), rng.choice(("asserted", "asserted", "intended")),
            f"Entity {u} did something to Entity {v} (statement {i}).", 0, 10,
            attributed_to=entities[rng.randrange(n_nodes)].id if rng.random() < 0.3 else None))
    return build_graph(entities, statements, docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path, default=None)
    args = parser.parse_args()

    G = random_graph(args.nodes, args.edges)
    out = Path(tempfile.mkdtemp()) / "graph.html"
    t0 = time.perf_counter()
    write_html(G, out)
    t_write = time.perf_counter() - t0
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} statements; "
          f"HTML {out.stat().st_size / 1e6:.1f} MB")
    print(f"write_html: {t_write:.2f} s")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
        t0 = time.perf_counter()
        page.goto(out.as_uri())
        page.wait_for_function("() => window.newskg && window.newskg.ready", timeout=120_000, polling=20)
        t_drawn = time.perf_counter() - t0
        node_id = page.evaluate("newskg.data.nodes[0].id")
        pos = page.evaluate(
            """(id) => { const n = newskg.network; n.moveTo({position: n.getPositions([id])[id], scale: 1});
                          const p = n.canvasToDOM(n.getPositions([id])[id]);
                          const r = document.getElementById('kg-network').getBoundingClientRect();
                          return [r.left + p.x, r.top + p.y]; }""", node_id)
        t1 = time.perf_counter()
        page.mouse.click(*pos)
        page.wait_for_function("(id) => document.getElementById('kg-details').getAttribute('data-node') === id",
                               arg=node_id, timeout=60_000, polling=10)
        t_click = time.perf_counter() - t1
        counts = page.evaluate("newskg.visibleCounts()")
        timings = page.evaluate("newskg.timings")
        load = page.evaluate("performance.getEntriesByType('navigation')[0].domInteractive")
        if args.screenshot:
            page.evaluate("newskg.network.fit()")
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.screenshot))
        browser.close()
    print(f"browser: drawn after {t_drawn:.2f} s ({counts['nodes']} nodes, {counts['edges']} edges); "
          f"click -> details in {t_click * 1000:.0f} ms; interactive after {t_drawn + t_click:.2f} s")
    print(f"  in the page: HTML parsed at {load:.0f} ms, then JSON parsed +{timings['parsed']:.0f} ms, "
          f"network built +{timings['network']:.0f} ms, first frame drawn +{timings['drawn']:.0f} ms")
    if errors:
        print("page errors:", errors)


if __name__ == "__main__":
    main()
