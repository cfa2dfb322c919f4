"""Tests of kg.export.html: the page's bytes, then the page itself in a real Chromium.

The browser tests open the written file from disk with every non-``file:`` request
aborted, and fail on any page error, console error or request leaving the page. They are
skipped only when Chromium (``/usr/bin/chromium``) or playwright is missing; CI has both.

Note: the page's Content-Security-Policy forbids eval, so ``wait_for_function`` is given
arrow functions (Playwright evals plain expressions in the page).
"""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export.html import PHYSICS_MAX_NODES, build_view_data, to_html, write_html
from kg.graph import build_graph
from kg.model import Document, Entity, Statement

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

EVIL_LABEL = '<img src=x onerror="window.__pwned=1">'
CLOSER_LABEL = "</script><script>window.__pwned=3</script>"
WEIRD_LABEL = 'Quote " back\\slash\nnew\u2028line \u202eRTL\u200b zero'
EVIL_EVIDENCE = '<script>window.__pwned=2</script> may criticise NATO <img src=y onerror="window.__pwned=4">'
CLOSER_EVIDENCE = "They met in </script> city\u2028 with a \\ backslash."


def _documents() -> list[Document]:
    return [
        Document("doc-1", "a.txt", "…", title="NATO summit", date="2024-06-12", url="https://example.org/a"),
        Document("doc-2", "b.txt", "…", title="<i>Second</i>"),
    ]


def _entities() -> list[Entity]:
    both = ("doc-1", "doc-2")
    return [
        Entity("hungary", "Hungary", "State", aliases=("Budapest",), wikidata="Q28", documents=both),
        Entity("ukraine", "Ukraine", "State", wikidata="Q212", documents=both),
        Entity("nato", "NATO", "Organization", wikidata="Q7184", documents=both),
        Entity("mission", "NATO's Ukraine support mission", "Initiative", documents=both),
        Entity("orban", "Viktor Orbán", "Person", aliases=("Orban",), documents=("doc-1",)),
        Entity("evil", EVIL_LABEL, "Organization", documents=("doc-1",)),
        Entity("closer", CLOSER_LABEL, "Place", documents=("doc-2",)),
        Entity("weird", WEIRD_LABEL, "Person", documents=("doc-2",)),
        Entity("lonely", "Beijing", "Place"),
    ]


def _statements() -> list[Statement]:
    def st(sid, doc, subj, rel, obj, pol, mod, ev, **kw):
        return Statement(sid, doc, subj, rel, obj, pol, mod, ev, 0, len(ev), **kw)

    return [
        st("s1", "doc-1", "hungary", "Fund", "mission", "negative", "intended",
           "No Hungarian funds will be used to support the mission.", attributed_to="orban", trigger="funds"),
        st("s2", "doc-2", "hungary", "Fund", "mission", "negative", "asserted",
           "Hungary will not pay for the mission."),
        st("s3", "doc-1", "hungary", "Block", "ukraine", "positive", "asserted", "Hungary blocked Ukraine's bid."),
        st("s4", "doc-2", "nato", "Support", "ukraine", "positive", "asserted", "NATO supports Ukraine."),
        st("s5", "doc-1", "evil", "Criticize", "nato", "positive", "possible", EVIL_EVIDENCE),
        st("s6", "doc-2", "weird", "Meet", "closer", "positive", "asserted", CLOSER_EVIDENCE),
        st("s7", "doc-1", "orban", "Support", "hungary", "positive", "asserted", "Orbán backs Hungary."),
        st("s8", "doc-1", "nato", "Fund", "ukraine", "positive", "asserted", "NATO funds Ukraine."),
    ]


@pytest.fixture(scope="module")
def news_graph() -> nx.MultiDiGraph:
    """9 entities (one isolated), 8 statements aggregated into 7 edges, 2 documents."""
    return build_graph(_entities(), _statements(), _documents())


def _data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.DOTALL)
    assert match, "no data block"
    return json.loads(match.group(1))


def _random_graph(n_nodes: int, n_edges: int, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    docs = [Document(f"doc-{i}", f"{i}.txt", "x") for i in range(3)]
    types = ("State", "Organization", "Person", "Initiative", "Place")
    entities = [Entity(f"n{i:05d}", f"Node {i}", types[i % 5], documents=(docs[i % 3].id,)) for i in range(n_nodes)]
    statements = []
    for i in range(n_edges):
        u, v = rng.sample(range(n_nodes), 2)
        statements.append(Statement(f"s{i:06d}", docs[i % 3].id, entities[u].id, "Support", entities[v].id,
                                    rng.choice(("positive", "negative")), "asserted", f"ev {i}", 0, 4))
    return build_graph(entities, statements, docs)


# ---------------------------------------------------------------------------------------
# The page's bytes
# ---------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text of its <style> blocks."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.css: list[str] = []
        self.scripts: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if self.tags and self.lasttag == "style":
            self.css.append(data)
        elif self.tags and self.lasttag == "script":
            self.scripts.append(data)

    def ours(self, page: str) -> str:
        """The page without vis-network's (minified, third-party) JS and CSS."""
        (vis_js,) = [s for s in self.scripts if "vis.Network" not in s and "visjs" in s]
        (vis_css,) = [s for s in self.css if "div.vis-network" in s]
        return page.replace(vis_js, "").replace(vis_css, "")


def test_page_loads_nothing_from_outside(news_graph):
    page = to_html(news_graph)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b[^>]*\bhref\s*=", page, re.IGNORECASE)
    tags = _Tags(page)
    loading = [(t, a) for t, a in tags.tags if t != "a" and ({"src", "href", "srcset", "data", "action"} & set(a))]
    assert loading == []
    assert not any(t in {"link", "img", "iframe", "embed", "object", "source", "base"} for t, _ in tags.tags)
    assert [a.get("type") for t, a in tags.tags if t == "script"] == ["application/json", None, None]
    css = "".join(tags.css)
    assert "vis-network" in css and not re.search(r"@import|url\(\s*(?!['\"]?data:)", css, re.IGNORECASE)
    assert not re.search(r"sourceMappingURL", page)
    assert "visjs" in page and "vis.Network" in page  # vis-network's code is inlined, and used
    ours = tags.ours(page).lower()
    assert "cdn" not in ours and "bootstrap" not in ours
    # the only addresses: the document's link and the Wikidata link built on click
    assert set(re.findall(r"https?://[^\s\"'<]*", ours)) == {"https://example.org/a", "https://www.wikidata.org/wiki/"}
    (csp,) = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "http" not in csp


def test_data_cannot_escape_its_script_block(news_graph):
    titled = to_html(news_graph, title=CLOSER_LABEL)
    assert titled.count("</script>") == 3 and "</script><script>" not in titled
    page = to_html(news_graph)
    tags = _Tags(page)
    assert [t for t, _ in tags.tags].count("script") == 3
    assert page.count("</script>") == 3
    data_block = re.search(r'id="newskg-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert not set(data_block) & set("<>&\u2028\u2029") and data_block.isascii()
    ours = tags.ours(page).replace(data_block, "")
    for raw in ("onerror", "__pwned", "\u2028", "\u2029", "\u202e"):
        assert raw not in ours
    data = _data_block(page)
    assert {n["id"]: n["label"] for n in data["nodes"]} == {
        e.id: e.label for e in _entities()}
    evidence = {s["id"]: s["evidence"] for e in data["edges"] for s in e["statements"]}
    assert evidence["s5"] == EVIL_EVIDENCE and evidence["s6"] == CLOSER_EVIDENCE


def test_title_is_escaped(news_graph):
    page = to_html(news_graph, title='<b onclick="x()">Hungary & "NATO"</b>')
    escaped = "&lt;b onclick=&quot;x()&quot;&gt;Hungary &amp; &quot;NATO&quot;&lt;/b&gt;"
    assert f"<title>{escaped}</title>" in page
    assert f'<h1 id="kg-title">{escaped}</h1>' in page
    assert "&lt;i&gt;Second&lt;/i&gt;" in page  # a document title in the header list


def test_same_graph_gives_the_same_bytes(news_graph):
    ents, stmts, docs = _entities(), _statements(), _documents()
    for items in (ents, stmts, docs):
        random.Random(7).shuffle(items)
    shuffled = build_graph(ents, stmts, docs)
    assert to_html(news_graph) == to_html(news_graph) == to_html(shuffled)
    big = _random_graph(450, 700)  # above the exact-repulsion threshold: sampled layout
    assert to_html(big) == to_html(_random_graph(450, 700))


def test_parallel_statements_are_aggregated(news_graph):
    data = build_view_data(news_graph)
    assert len(data["nodes"]) == 9 and len(data["edges"]) == 7 and data["statements"] == 8
    (fund,) = [e for e in data["edges"] if (e["from"], e["to"], e["relation"]) == ("hungary", "mission", "Fund")]
    assert fund["count"] == 2 and [s["id"] for s in fund["statements"]] == ["s1", "s2"]
    assert fund["label"] == "does not fund" and fund["polarity"] == "negative"
    assert fund["display"] == "does not fund (asserted/intended) \u00d72"
    assert fund["documents"] == ["doc-1", "doc-2"]
    assert fund["statements"][0]["said_by"] == "Viktor Orbán"
    (crit,) = [e for e in data["edges"] if e["relation"] == "Criticize"]
    assert crit["display"] == "criticizes (possible)" and crit["asserted"] is False
    relations = {r["relation"]: (r["labels"], r["count"]) for r in data["relations"]}
    assert relations["Fund"] == (["funds", "does not fund"], 3)


def test_physics_is_automatic_by_size(news_graph):
    assert build_view_data(news_graph)["physics"] is True
    assert build_view_data(news_graph, physics=False)["physics"] is False
    big = _random_graph(PHYSICS_MAX_NODES + 1, 400)
    data = build_view_data(big)
    assert data["physics"] is False and data["large"] is True
    assert build_view_data(big, physics=True)["physics"] is True
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) > 0.95 * len(data["nodes"])  # spread out, not piled on a few points


def test_write_html_targets(news_graph, tmp_path):
    write_html(news_graph, tmp_path / "a.html")
    write_html(news_graph, str(tmp_path / "b.html"))
    text, binary = io.StringIO(), io.BytesIO()
    write_html(news_graph, text)
    write_html(news_graph, binary)
    expected = to_html(news_graph)
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == expected
    assert (tmp_path / "b.html").read_bytes() == expected.encode("utf-8")
    assert text.getvalue() == expected and binary.getvalue() == expected.encode("utf-8")
    with pytest.raises(ExportError):
        write_html(news_graph, tmp_path / "missing" / "dir" / "c.html")


def test_empty_graph():
    page = to_html(nx.MultiDiGraph(documents={}))
    data = _data_block(page)
    assert data["nodes"] == [] and data["edges"] == [] and data["documents"] == []


# ---------------------------------------------------------------------------------------
# The page in Chromium
# ---------------------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium not installed at {CHROMIUM}")

_NODE_POINT = """(id) => {
  const net = newskg.network, r = document.getElementById('kg-network').getBoundingClientRect();
  const d = net.canvasToDOM(net.getPositions([id])[id]);
  return net.getNodeAt(d) === id ? [r.left + d.x, r.top + d.y] : null;
}"""
# A point on the edge where vis-network finds this edge and no node.
_EDGE_POINT = """(id) => {
  const net = newskg.network, r = document.getElementById('kg-network').getBoundingClientRect();
  const edge = net.body.edges[id];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const d = net.canvasToDOM(edge.edgeType.getPoint(t));
    if (d.x < 2 || d.y < 2 || d.x > r.width - 2 || d.y > r.height - 2) continue;
    if (net.getNodeAt(d) === undefined && net.getEdgeAt(d) === id) return [r.left + d.x, r.top + d.y];
  }
  return null;
}"""
_EDGE_ID = """([from, to, relation]) => newskg.data.edges.find(
  e => e.from === from && e.to === to && e.relation === relation).id"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened from disk, with what went wrong on it."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []


@pytest.fixture
def open_page(browser, tmp_path) -> Iterator:
    contexts = []

    def _open(G: nx.MultiDiGraph, *, wait_stable: bool = True, timeout: float = 30_000, **kwargs) -> Opened:
        path = tmp_path / f"graph{len(contexts)}.html"
        write_html(G, path, **kwargs)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.set_offline(True)
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)
        page.on("pageerror", lambda err: opened.errors.append(f"pageerror: {err}"))
        page.on("console", lambda msg: opened.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        page.on("request", lambda req: opened.requests.append(req.url))
        page.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
        page.goto(path.as_uri())
        condition = "newskg.ready && newskg.stabilized" if wait_stable else "newskg.ready"
        page.wait_for_function(f"() => window.newskg && {condition}", timeout=timeout)
        return opened

    yield _open
    for context in contexts:
        context.close()


def _counts(page) -> tuple[int, int]:
    c = page.evaluate("newskg.visibleCounts()")
    return c["nodes"], c["edges"]


def _assert_clean(opened: Opened) -> None:
    assert opened.errors == []
    assert opened.requests and all(url.startswith("file:") for url in opened.requests), opened.requests
    assert opened.page.evaluate("typeof window.__pwned") == "undefined"


@needs_chromium
def test_renders_nodes_and_edges(news_graph, open_page):
    opened = open_page(news_graph, physics=False)
    page = opened.page
    assert page.evaluate("[newskg.nodes.length, newskg.edges.length]") == [9, 7]
    assert _counts(page) == (9, 7)
    assert page.evaluate("Object.keys(newskg.network.body.nodes).length") >= 9  # drawn by vis
    assert page.evaluate("newskg.nodes.get('closer').label") == CLOSER_LABEL
    assert page.evaluate("newskg.nodes.get('nato').shape") == "square"
    fund = page.evaluate(_EDGE_ID, ["hungary", "mission", "Fund"])
    edge = page.evaluate("(id) => newskg.edges.get(id)", fund)
    assert edge["dashes"] is True and edge["color"]["color"] == "#d62728"
    assert edge["label"] == "does not fund (asserted/intended) \u00d72"
    assert page.locator("#kg-count-nodes").text_content() == "9"
    assert page.locator("#kg-count-statements").text_content() == "8"
    assert "<i>Second</i>" in page.locator("#kg-documents").text_content()
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    _assert_clean(opened)


@needs_chromium
def test_physics_settles_then_stops(news_graph, open_page):
    opened = open_page(news_graph)  # 9 nodes: physics on (auto)
    page = opened.page
    assert page.evaluate("newskg.data.physics") is True
    assert page.evaluate("newskg.network.physics.physicsEnabled") is False  # switched off once stable
    _assert_clean(opened)


@needs_chromium
def test_filters_hide_and_show(news_graph, open_page):
    opened = open_page(news_graph, physics=False)
    page = opened.page

    def box(group: str, value: str):
        return page.locator(f'input[data-filter="{group}"][value="{value}"]')

    box("relation", "Fund").uncheck()
    assert _counts(page) == (9, 5)
    box("relation", "Fund").check()
    box("polarity", "negative").uncheck()
    assert _counts(page) == (9, 6)
    box("polarity", "negative").check()
    box("type", "Organization").uncheck()  # NATO and the <img> organisation
    assert _counts(page) == (7, 4)
    box("type", "Organization").check()
    box("document", "doc-1").uncheck()  # only b.txt: three edges, six entities
    assert _counts(page) == (6, 3)
    box("document", "doc-1").check()
    assert _counts(page) == (9, 7)
    page.locator("#kg-hide-isolated").check()
    assert _counts(page) == (8, 7)
    page.locator("#kg-hide-isolated").uncheck()
    page.locator('.kg-all-none[data-group="relation"] button', has_text="none").click()
    assert _counts(page) == (9, 0)
    page.locator('.kg-all-none[data-group="relation"] button', has_text="all").click()
    assert _counts(page) == (9, 7)
    assert page.locator("#kg-status").text_content() == "showing 9 of 9 entities, 7 of 7 edges"
    _assert_clean(opened)


@needs_chromium
def test_search_focuses_a_node(news_graph, open_page):
    opened = open_page(news_graph, physics=False)
    page = opened.page
    search = page.locator("#kg-search")
    for query, expected in (("orb", "orban"), ("BUDAPEST", "hungary"), ("ukr", "ukraine"), ("onerror", "evil")):
        search.fill(query)
        search.press("Enter")
        assert page.evaluate("newskg.network.getSelectedNodes()") == [expected], query
        assert page.locator("#kg-details").get_attribute("data-node") == expected
    page.wait_for_timeout(400)  # the focus animation
    view = page.evaluate("newskg.network.getViewPosition()")
    node = page.evaluate("newskg.network.getPositions(['evil']).evil")
    assert abs(view["x"] - node["x"]) < 2 and abs(view["y"] - node["y"]) < 2
    assert page.locator("#kg-details h3").text_content() == EVIL_LABEL
    search.fill("no such entity")
    search.press("Enter")
    assert page.locator("#kg-search-status").text_content() == "no entity matches"
    _assert_clean(opened)


@needs_chromium
def test_edge_shows_its_evidence(news_graph, open_page):
    opened = open_page(news_graph, physics=False)
    page = opened.page
    fund = page.evaluate(_EDGE_ID, ["hungary", "mission", "Fund"])
    point = page.evaluate(_EDGE_POINT, fund)
    assert point, "no clickable point on the edge"
    page.mouse.move(*point)
    tooltip = page.locator("#kg-tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.get_attribute("data-edge") == fund
    assert "No Hungarian funds will be used" in tooltip.text_content()
    page.mouse.click(*point)
    details = page.locator("#kg-details")
    assert details.get_attribute("data-edge") == fund
    text = details.text_content()
    for expected in ("Hungary", "does not fund", "NATO's Ukraine support mission", "2 statements",
                     "No Hungarian funds will be used to support the mission.", "in a.txt", "2024-06-12",
                     "said by Viktor Orbán", "intended", "Hungary will not pay for the mission.", "in b.txt",
                     "no date"):
        assert expected in text, expected
    _assert_clean(opened)


@needs_chromium
def test_hostile_names_stay_text(news_graph, open_page):
    opened = open_page(news_graph, physics=False)
    page = opened.page
    node_ids = page.evaluate("newskg.data.nodes.map(n => n.id)")
    edge_ids = page.evaluate("newskg.data.edges.map(e => e.id)")
    details, tooltip = page.locator("#kg-details"), page.locator("#kg-tooltip")
    for node in node_ids:
        point = page.evaluate(_NODE_POINT, node)
        assert point, f"node {node} is hidden under another"
        page.mouse.move(*point)
        tooltip.wait_for(state="visible")
        page.mouse.click(*point)
        assert details.get_attribute("data-node") == node
    for edge in edge_ids:
        point = page.evaluate(_EDGE_POINT, edge)
        assert point, f"edge {edge} has no free point"
        page.mouse.move(0, 0)
        page.mouse.move(*point)
        tooltip.wait_for(state="visible")
        assert tooltip.get_attribute("data-edge") == edge
        page.mouse.click(*point)
        assert details.get_attribute("data-edge") == edge
    evil_edge = page.evaluate(_EDGE_ID, ["evil", "nato", "Criticize"])
    page.evaluate("(id) => newskg.showEdge(id)", evil_edge)
    assert EVIL_EVIDENCE in details.text_content()
    assert page.locator("#kg-details blockquote").first.text_content() == EVIL_EVIDENCE
    weird_edge = page.evaluate(_EDGE_ID, ["weird", "closer", "Meet"])
    page.evaluate("(id) => newskg.showEdge(id)", weird_edge)
    assert page.locator("#kg-details h3 bdi").nth(0).text_content() == WEIRD_LABEL
    assert page.locator("#kg-details h3 bdi").nth(2).text_content() == CLOSER_LABEL
    assert page.locator("#kg-details blockquote").first.text_content() == CLOSER_EVIDENCE
    page.evaluate("newskg.showNode('evil')")
    assert page.locator("#kg-details h3").text_content() == EVIL_LABEL
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    _assert_clean(opened)


@needs_chromium
def test_large_graph_renders(open_page):
    G = _random_graph(1000, 2000)
    edges = build_view_data(G)["edges"]
    negative = sum(1 for e in edges if e["polarity"] == "negative")
    opened = open_page(G, timeout=60_000)
    page = opened.page
    assert page.evaluate("newskg.data.physics") is False
    assert _counts(page) == (1000, len(edges))
    page.locator('input[data-filter="polarity"][value="negative"]').uncheck()
    assert _counts(page) == (1000, len(edges) - negative)
    _assert_clean(opened)
