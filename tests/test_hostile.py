"""Hostile text through the real ``kg build``, each output read back by a real consumer.

One folder of articles whose names, titles and sentences hold quotes ``'`` ``"``,
backslashes, newlines inside JSON strings, ``<script>alert(1)</script>``,
``<img src=x onerror=…>``, a Cypher injection (``"}); MATCH (n) DETACH DELETE n; //``),
Turtle delimiters (``> . ; , @prefix``), CSV delimiters (``,`` ``;`` ``"`` CR LF), a
right-to-left override (U+202E) and a zero-width space (U+200B) — in file names, JSON Lines
ids and titles, an HTML title, a Markdown front matter title, and the article text (so
in entity labels and evidence) — is built once by ``kg build … --format nt --format
jsonld`` in a subprocess. Then:

* graph.ttl, graph.nt and graph.jsonld parse in rdflib and pyoxigraph, hold the same
  triples (``rdflib.compare.isomorphic``) and give back every document name and title
  exactly as newskg read it;
* statements.jsonl is JSON, and every statement's evidence is its document's text between
  its offsets;
* neo4j/*.csv parse with the csv module to the values of the RDF and of statements.jsonl,
  and import.cypher holds none of the hostile strings (values only through ``LOAD CSV``);
* graph.html, opened from disk in headless Chromium with the network blocked, shows the
  names as text, and no script of the data runs (no dialog, the flag the payloads would set
  stays unset) while every node and edge is shown in the details panel and the tooltip;
* graph.gexf validates against the GEXF 1.3 XSD and graph.graphml reads in networkx and
  igraph, with the same labels as the RDF.

The exporter test files test the same exporters on hand-built graphs; these go through the
whole pipeline.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
KG_BIN = Path(sys.executable).parent / "kg"
KG_CMD = [str(KG_BIN)] if KG_BIN.exists() else [sys.executable, "-m", "kg"]
GEXF_XSD = Path("/work/shared/schemas/gexf-1.3/gexf.xsd")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
RDFS_LABEL = rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#label")
DCTERMS = "http://purl.org/dc/terms/"
KGR = "https://w3id.org/newskg/id/"

# The payloads. Each, if it ever ran as code, would set window.__kg_pwned or open a dialog.
SCRIPT = "<script>window.__kg_pwned=1;alert(1)</script>"
IMG = "<img src=x onerror=\"window.__kg_pwned=2;alert(2)\">"
CYPHER = '"}); MATCH (n) DETACH DELETE n; //'
TURTLE = "> . ; , @prefix evil: <http://evil.example/> ."
RTL, ZW = "\u202e", "\u200b"
ACME = f'Acme "Defense"; Corp\\ {SCRIPT}'
HOSTILE_MARKERS = ("__kg_pwned", "alert(", "onerror", "DETACH DELETE", "@prefix evil", "evil.example", RTL, ZW,
                   "Acme", "O'Brien", "Back\\slash")

ARTICLE = f"""{ACME} refused to fund Hungary, the company said on Monday.

{ACME} will not fund Poland, according to a statement.

Officials at {CYPHER} Holdings said Germany would block France.

Prefix> ; , @prefix Industries will not support Italy.

Hungary will not support Italy, said the group @prefix evil: <http://evil.example/> ; , > in a statement.

Comma, Semicolon; "Quote" Ltd refused to fund Spain.\r\nCarriage Return Group said Austria would block Greece.

Ahmed {RTL}Rtl Industries said Turkey would block Greece.

Zero{ZW}Width Holdings will not fund Austria.

O'Brien & Sons said Portugal would not support Ireland, {IMG} officials added.

Back\\slash Partners, led by "Mad" Max O'Neil, refused to fund Belgium.
"""

RECORDS = [
    {"id": ACME, "title": f"{CYPHER} {TURTLE} {IMG} {RTL}evil{ZW}",
     "url": "javascript:window.__kg_pwned=3", "date": "2024-06-12",
     "text": f'{ACME} refused to fund Hungary.\nThe "group" said:\r\n\t{IMG} Germany would block France; '
             f'officials said "no" \\n \\" \\u0041.'},
    {"id": 'multi\nline, "name"; with\ttab and \\ backslash', "title": 'He said "yes"\r\nand \'no\'',
     "url": 'https://example.org/a?b="c"&d=<e>',
     "text": f"Poland will not fund the mission in Ukraine, {CYPHER} officials said.\r\n"
             f"Hungary agreed to cooperate with Slovakia on energy, {SCRIPT} the ministry said."},
]

HTML_INPUT = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Acme &quot;Defense&quot; &lt;script&gt;window.__kg_pwned=4&lt;/script&gt; &#x202E;news</title></head>
<body><article><h1>Acme &quot;Defense&quot; &lt;script&gt;window.__kg_pwned=4&lt;/script&gt;</h1>
<p>Canada will not fund the project of Mexico, the minister said on Tuesday in Ottawa after the talks.</p>
<p>The minister added that &lt;img src=x onerror=alert(5)&gt; Canada would block the tariffs on Mexico.</p>
</article></body></html>
"""

MARKDOWN_INPUT = f"""---
title: '{CYPHER} and "quotes" \\ {IMG}'
date: 2024-03-02
url: "https://example.org/md?x=1&y=<2>"
---

# Heading with {SCRIPT}

Japan agreed to cooperate with the Philippines on maritime security, the ministry said on Friday.
"""

FILE_NAMES = {  # file name -> content
    f'Acme "Defense"; Corp\\ {IMG.replace("/", "")}.txt': "Brazil will not support the plan of Argentina, "
                                                             "the president said.\n",
    f"{TURTLE.replace('/', '')} ; , {RTL}{ZW}.txt": "Kenya agreed to cooperate with Ethiopia on trade, "
                                                     "officials said.\n",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    (folder / "hostile article.txt").write_text(ARTICLE, encoding="utf-8", newline="")
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    (folder / "page.html").write_text(HTML_INPUT, encoding="utf-8")
    (folder / "front matter.md").write_text(MARKDOWN_INPUT, encoding="utf-8")
    for name, text in FILE_NAMES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder.parent / "out"
    run = subprocess.run([*KG_CMD, "build", str(folder), "--out", str(out), "--format", "nt", "--format", "jsonld",
                          "-q"], check=False, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "COLUMNS": "1000"}, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr

    from kg.ingest import read_documents

    documents = {d.id: d for d in read_documents([folder])}
    statements = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    return folder, out, documents, statements


@pytest.fixture(scope="module")
def rdf(hostile):
    _, out, _, _ = hostile
    return {fmt: rdflib.Graph().parse(out / f"graph.{fmt}", format={"ttl": "turtle", "nt": "nt",
                                                                     "jsonld": "json-ld"}[fmt])
            for fmt in ("ttl", "nt", "jsonld")}


def _labels(graph: rdflib.Graph) -> dict[str, str]:
    return {str(s).removeprefix(KGR): str(o) for s, o in graph.subject_objects(RDFS_LABEL)}


# --------------------------------------------------------------------------- the payloads got in


def test_the_hostile_strings_reach_every_output(hostile, rdf):
    _, out, documents, statements = hostile
    names = {d.name for d in documents.values()}
    assert ACME in names and RECORDS[1]["id"] in names
    assert f'Acme "Defense"; Corp\\ {IMG.replace("/", "")}.txt' in names
    labels = set(_labels(rdf["ttl"]).values())
    assert any(c in label for label in labels for c in "'\"@&" + RTL + ZW), labels  # labels with hostile characters
    evidence = " ".join(s["evidence"] for s in statements)
    for marker in (CYPHER, "@prefix", RTL, ZW, "O'Brien", '"Quote"'):
        assert marker in evidence, marker
    for rel in ("graph.ttl", "graph.nt", "graph.jsonld", "statements.jsonl", "graph.html", "graph.gexf",
                "graph.graphml", "neo4j/relationships.csv"):
        assert "DETACH DELETE" in (out / rel).read_text(encoding="utf-8"), rel


# --------------------------------------------------------------------------- RDF


def test_rdf_parses_in_rdflib_and_pyoxigraph_and_round_trips(hostile, rdf):
    _, out, _, _ = hostile
    ttl, nt, jsonld = rdf["ttl"], rdf["nt"], rdf["jsonld"]
    assert len(ttl) > 100
    assert rdflib.compare.isomorphic(ttl, nt)
    assert rdflib.compare.isomorphic(ttl, jsonld)
    for fmt, ox_format in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                           ("jsonld", ox.RdfFormat.JSON_LD)):
        triples = list(ox.parse(path=str(out / f"graph.{fmt}"), format=ox_format))
        assert len(set(triples)) == len(ttl), fmt
    # rdflib and Oxigraph read the same strings out of the Turtle
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    ox_labels = {q.subject.value.removeprefix(KGR): q.object.value
                 for q in store.quads_for_pattern(None, ox.NamedNode(str(RDFS_LABEL)), None)}
    assert ox_labels == _labels(ttl)


def test_document_names_and_titles_come_back_exactly(hostile, rdf):
    _, _, documents, _ = hostile
    graph = rdf["ttl"]
    for doc in documents.values():
        node = rdflib.URIRef(KGR + doc.id)
        assert str(graph.value(node, rdflib.URIRef(DCTERMS + "identifier"))) == doc.name
        if doc.title:
            assert str(graph.value(node, rdflib.URIRef(DCTERMS + "title"))) == doc.title
    titles = {str(t) for t in graph.objects(None, rdflib.URIRef(DCTERMS + "title"))}
    assert " ".join(RECORDS[0]["title"].split()) in titles
    assert any("<script>window.__kg_pwned=4</script>" in t for t in titles)  # the HTML title, unescaped once
    # a URL that is an IRI stays one; one that is not becomes a literal, never broken Turtle
    urls = {str(u) for u in graph.objects(None, rdflib.URIRef("https://schema.org/url"))}
    assert "javascript:window.__kg_pwned=3" in urls and RECORDS[1]["url"] in urls


def test_statements_jsonl_is_json_and_offsets_point_at_the_evidence(hostile):
    _, _, documents, statements = hostile
    assert statements
    for s in statements:
        text = documents[s["document"]].text
        assert text[s["start"]:s["end"]] == s["evidence"], s["id"]


# --------------------------------------------------------------------------- Neo4j


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_neo4j_csv_parses_back_to_the_same_values(hostile, rdf):
    _, out, documents, statements = hostile
    labels = _labels(rdf["ttl"])
    nodes = _csv_rows(out / "neo4j" / "nodes.csv")
    assert {n["id:ID"]: n["label"] for n in nodes} == labels
    by_id = {s["id"]: s for s in statements}
    rels = _csv_rows(out / "neo4j" / "relationships.csv")
    assert sorted(r["id"] for r in rels) == sorted(by_id)
    for row in rels:
        s = by_id[row["id"]]
        assert row["evidence"] == s["evidence"]
        assert row["document"] == s["document_name"] == documents[s["document"]].name
        assert (row[":START_ID"], row[":END_ID"]) == (s["subject"], s["object"])
        assert (int(row["start:int"]), int(row["end:int"])) == (s["start"], s["end"])
    assert any("\n" in r["document"] for r in rels)  # a quoted multi-line field came back whole


def test_import_cypher_holds_no_data(hostile, rdf):
    _, out, documents, statements = hostile
    cypher = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    for marker in HOSTILE_MARKERS:
        assert marker not in cypher, marker
    values = set(_labels(rdf["ttl"]).values()) | {s["evidence"] for s in statements} | {
        d.name for d in documents.values()}
    for value in values:
        if len(value) > 12:
            assert value not in cypher, value
    body = "\n".join(line for line in cypher.splitlines() if not line.startswith("//"))
    literals = set(re.findall(r"'([^']*)'", body))
    assert literals <= {"file:///nodes.csv", "file:///relationships.csv", "", ";"} | {
        row[":TYPE"] for row in _csv_rows(out / "neo4j" / "relationships.csv")} | {
        "Entity", "State", "Organization", "Person", "Initiative", "Place"}, literals
    assert '"' not in body


# --------------------------------------------------------------------------- GEXF and GraphML


def test_gexf_validates_and_keeps_the_labels(hostile, rdf):
    _, out, documents, statements = hostile
    if not GEXF_XSD.is_file():
        pytest.skip(f"GEXF schema not found at {GEXF_XSD}")
    xmlschema = pytest.importorskip("xmlschema")
    from lxml import etree

    xmlschema.XMLSchema(str(GEXF_XSD)).validate(str(out / "graph.gexf"))
    assert etree.XMLSchema(etree.parse(str(GEXF_XSD))).validate(etree.parse(str(out / "graph.gexf")))
    ns = {"g": "http://gexf.net/1.3"}
    tree = etree.parse(str(out / "graph.gexf"))
    gexf_labels = {n.get("id"): n.get("label") for n in tree.iterfind(".//g:nodes/g:node", ns)}
    assert gexf_labels == _labels(rdf["ttl"])
    evidences = {a.get("value") for a in tree.iterfind(".//g:edge/g:attvalues/g:attvalue[@for='evidence']", ns)}
    assert evidences and evidences <= {s["evidence"] for s in statements}
    names = {a.get("value") for a in tree.iterfind(".//g:edge/g:attvalues/g:attvalue[@for='document']", ns)}
    assert names <= {d.name for d in documents.values()}
    assert any("\n" in n for n in names)  # an attribute with a newline came back with it


def test_graphml_reads_in_networkx_and_igraph(hostile, rdf):
    _, out, _, statements = hostile
    labels = _labels(rdf["ttl"])
    G = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert {n: d["label"] for n, d in G.nodes(data=True)} == labels
    assert {d["evidence"] for _, _, d in G.edges(data=True)} <= {s["evidence"] for s in statements}
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert dict(zip(g.vs["id"], g.vs["label"], strict=True)) == labels
    assert sorted(g.es["evidence"]) == sorted(d["evidence"] for _, _, d in G.edges(data=True))


# --------------------------------------------------------------------------- the page in a browser


def test_html_shows_the_names_as_text_and_runs_no_script(hostile, rdf):
    _, out, documents, _ = hostile
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    page_source = (out / "graph.html").read_text(encoding="utf-8")
    for payload in (SCRIPT, IMG, "<script>window.__kg_pwned=4", "<img src=x onerror=alert(5)>"):
        assert payload not in page_source  # never raw: the data travels escaped in a JSON block
    assert "javascript:" not in page_source.split("newskg-data")[0]
    dialogs: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.set_offline(True)
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto((out / "graph.html").as_uri())
            page.wait_for_function("() => window.newskg && newskg.ready", timeout=60_000)
            labels = _labels(rdf["ttl"])
            assert {n["id"]: n["label"] for n in page.evaluate("newskg.data.nodes")} == labels
            # every node and edge in the details panel and in the tooltip
            for node in labels:
                page.evaluate("(id) => newskg.showNode(id)", node)
                assert page.locator("#kg-details h3").text_content() == labels[node]
                page.evaluate("(id) => newskg.network.emit('hoverNode', {node: id, pointer: {DOM: {x: 20, y: 20}}})",
                              node)
            for edge in page.evaluate("newskg.data.edges.map(e => e.id)"):
                page.evaluate("(id) => newskg.showEdge(id)", edge)
                text = page.locator("#kg-details").text_content()
                evidences = page.evaluate("(id) => newskg.data.edges.find(e => e.id === id).statements"
                                          ".map(s => s.evidence)", edge)
                assert all(e in text for e in evidences)
                page.evaluate("(id) => newskg.network.emit('hoverEdge', {edge: id, pointer: {DOM: {x: 20, y: 20}}})",
                              edge)
            page.locator("#kg-documents summary").click()
            shown = page.locator("#kg-documents").text_content()
            for doc in documents.values():
                assert doc.name in shown
                if doc.title:
                    assert doc.title in shown
            page.wait_for_timeout(300)
            assert page.evaluate("typeof window.__kg_pwned") == "undefined"
            assert page.evaluate("document.querySelectorAll('script').length") == 3
            assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
            assert page.evaluate("[...document.querySelectorAll('a')].every(a => /^https?:/.test(a.href))")
        finally:
            browser.close()
    assert dialogs == []
    assert errors == []
    assert requests and all(url.startswith("file:") for url in requests), requests
