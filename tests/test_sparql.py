"""Tests of kg.sparql, ``kg query``, ``kg serve`` and the queries in ``queries/``, with real tools.

* the ten ``queries/*.rq`` run on the example graph (built once per session), on a graph of
  two short articles written here (built once per module with the real model) and on a
  small hand-written graph in the contract's shape, where their exact answers are known;
* ``kg query`` through typer's CliRunner: table, CSV, JSON, ASK, CONSTRUCT, query files and
  stdin, the ``--store`` folder (reused while graph.ttl is unchanged, reloaded when it
  changes), and the errors (exit code 2, a message that says what to do);
* ``kg serve`` end to end: the real Oxigraph server in a subprocess, queried over HTTP with
  urllib (SPARQL 1.1 Protocol), read-only, loopback only, bounded query time, stopped with
  SIGTERM and Ctrl-C, leaving no process and no temporary store behind;
* graph.ttl parses with rdflib and pyoxigraph, and N-Triples / JSON-LD give the same triples.
"""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GraphError, KGError
from kg.sparql import MARKER, QueryError, format_result, open_store, run_query, serve, store_is_current

ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = ROOT / "queries"
QUERIES = sorted(QUERIES_DIR.glob("*.rq"))
DOCS = ROOT / "docs" / "queries.md"
KG_BIN = Path(sys.executable).parent / "kg"
KG_CMD = [str(KG_BIN)] if KG_BIN.exists() else [sys.executable, "-m", "kg"]

ALLOWED_NAMESPACES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "kgr": "https://w3id.org/newskg/id/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
}
# queries whose data the example corpus has (the extractor finds leaders, Wikidata links,
# attributed and negative intended statements in it); the others must run without error
MUST_HAVE_ROWS_ON_EXAMPLES = {"02", "04", "05", "06", "07", "08", "09", "10"}

runner = CliRunner()

# A graph in the exact shape of contract.md, so that each query's answer is known.
CONTRACT_TTL = """\
@prefix kg:      <https://w3id.org/newskg/ontology#> .
@prefix kgr:     <https://w3id.org/newskg/id/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <https://schema.org/> .

kgr:doc-1 a kg:Document ; dcterms:identifier "003_a.txt" ; dcterms:date "2024-06-12"^^xsd:date .
kgr:doc-2 a kg:Document ; dcterms:identifier "004_b.txt" ; dcterms:date "2024-09-30"^^xsd:date .
kgr:doc-3 a kg:Document ; dcterms:identifier "005_c.txt" ; dcterms:date "2024-10-02"^^xsd:date .

kgr:hungary a kg:State , schema:Country ; rdfs:label "Hungary" ; skos:altLabel "Budapest" , "Hungarian" ;
    owl:sameAs <http://www.wikidata.org/entity/Q28> ; kg:mentionedIn kgr:doc-1 , kgr:doc-2 .
kgr:slovakia a kg:State , schema:Country ; rdfs:label "Slovakia" ; kg:mentionedIn kgr:doc-3 .
kgr:ukraine a kg:State , schema:Country ; rdfs:label "Ukraine" ;
    owl:sameAs <http://www.wikidata.org/entity/Q212> ; kg:mentionedIn kgr:doc-3 .
kgr:nato a kg:Organization , schema:Organization ; rdfs:label "NATO" ;
    owl:sameAs <http://www.wikidata.org/entity/Q7184> ; kg:mentionedIn kgr:doc-3 .
kgr:nato-ukraine-mission a kg:Initiative ; rdfs:label "NATO Ukraine mission" ;
    kg:mentionedIn kgr:doc-1 , kgr:doc-2 , kgr:doc-3 .
kgr:viktor-orban a kg:Person , schema:Person ; rdfs:label "Viktor Orbán" ;
    owl:sameAs <http://www.wikidata.org/entity/Q57641> ; kg:mentionedIn kgr:doc-1 .
kgr:peter-szijjarto a kg:Person , schema:Person ; rdfs:label "Péter Szijjártó" ; kg:mentionedIn kgr:doc-2 .

kgr:stmt-1 a kg:Statement ; kg:subject kgr:hungary ; kg:relation kg:Fund ; kg:object kgr:nato-ukraine-mission ;
    kg:polarity kg:Negative ; kg:modality kg:Intended ; kg:attributedTo kgr:viktor-orban ;
    kg:evidence "no Hungarian funds will be used to support them" ; kg:trigger "funds" ;
    kg:startChar 10 ; kg:endChar 57 ; prov:wasDerivedFrom kgr:doc-1 ; dcterms:date "2024-06-12"^^xsd:date .
kgr:hungary kg:doesNotFund kgr:nato-ukraine-mission .

kgr:stmt-2 a kg:Statement ; kg:subject kgr:hungary ; kg:relation kg:Fund ; kg:object kgr:nato-ukraine-mission ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:attributedTo kgr:peter-szijjarto ;
    kg:evidence "Hungary will contribute to the mission after all" ;
    kg:startChar 0 ; kg:endChar 48 ; prov:wasDerivedFrom kgr:doc-2 ; dcterms:date "2024-09-30"^^xsd:date .
kgr:hungary kg:funds kgr:nato-ukraine-mission .

kgr:stmt-3 a kg:Statement ; kg:subject kgr:viktor-orban ; kg:relation kg:LeaderOf ; kg:object kgr:hungary ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:evidence "Prime Minister Viktor Orbán" ;
    kg:startChar 0 ; kg:endChar 27 ; prov:wasDerivedFrom kgr:doc-1 ; dcterms:date "2024-06-12"^^xsd:date .
kgr:viktor-orban kg:leads kgr:hungary .

kgr:stmt-4 a kg:Statement ; kg:subject kgr:peter-szijjarto ; kg:relation kg:OfficialOf ; kg:object kgr:hungary ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:evidence "Foreign Minister Péter Szijjártó" ;
    kg:startChar 0 ; kg:endChar 32 ; prov:wasDerivedFrom kgr:doc-2 ; dcterms:date "2024-09-30"^^xsd:date .
kgr:peter-szijjarto kg:officialOf kgr:hungary .

# no statement date: the document's date is used
kgr:stmt-5 a kg:Statement ; kg:subject kgr:slovakia ; kg:relation kg:Fund ; kg:object kgr:nato-ukraine-mission ;
    kg:polarity kg:Negative ; kg:modality kg:Asserted ; kg:evidence "Slovakia has not paid" ;
    kg:startChar 0 ; kg:endChar 21 ; prov:wasDerivedFrom kgr:doc-3 .
kgr:slovakia kg:doesNotFund kgr:nato-ukraine-mission .

kgr:stmt-6 a kg:Statement ; kg:subject kgr:nato ; kg:relation kg:Support ; kg:object kgr:ukraine ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:evidence "NATO backs Ukraine" ;
    kg:startChar 0 ; kg:endChar 18 ; prov:wasDerivedFrom kgr:doc-3 ; dcterms:date "2024-10-02"^^xsd:date .
kgr:nato kg:supports kgr:ukraine .
"""

ARTICLES = {
    "a1.txt": "date 2024-06-12 https://example.org/news/1\n\n"
              "Hungary will not fund the NATO mission in Ukraine, Prime Minister Viktor Orbán said on Wednesday.\n",
    "a2.txt": "date 2024-09-30 https://example.org/news/2\n\n"
              "Hungary will fund the NATO mission in Ukraine, Foreign Minister Péter Szijjártó said on Monday.\n",
}


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def examples_out(tmp_path_factory) -> Path:
    """The bundled examples built once (with N-Triples and JSON-LD)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("examples-build")
    build([ROOT / "examples"], out, formats=["nt", "jsonld"])
    return out


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory) -> Path:
    """graph.ttl of two short articles with non-ASCII names, built with the real model."""
    from kg.build import build_graph_from_inputs
    from kg.export import export

    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    G = build_graph_from_inputs([folder])
    path = folder / "graph.ttl"
    export(G, path, "ttl")
    return path


@pytest.fixture(scope="module")
def contract_graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("contract") / "graph.ttl"
    path.write_text(CONTRACT_TTL, encoding="utf-8")
    return path


def query_text(number: str) -> str:
    (path,) = [q for q in QUERIES if q.name.startswith(number + "_")]
    return path.read_text(encoding="utf-8")


def select(graph: Path, number: str, *, replace: tuple[str, str] | None = None) -> list[dict]:
    text = query_text(number)
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    return run_query(graph, text).rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- the query files

def test_ten_numbered_query_files():
    assert [q.name[:3] for q in QUERIES] == [f"{i:02d}_" for i in range(1, 11)]
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        assert text.startswith("# "), f"{q.name}: starts with a comment saying what it does"
        declared = dict(re.findall(r"^PREFIX\s+(\w+):\s*<([^>]+)>", text, re.MULTILINE))
        for prefix, ns in declared.items():
            assert ALLOWED_NAMESPACES.get(prefix) == ns, f"{q.name}: {prefix}: <{ns}> is not the contract's"
        # every IRI written out is a declared namespace or Wikidata's
        for iri in re.findall(r"<([^>\s]+)>", text):
            assert iri in declared.values() or iri.startswith("http://www.wikidata.org/entity/"), (q.name, iri)


@pytest.mark.parametrize("path", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_files_are_self_contained(path: Path):
    """They declare their prefixes: they run as they are on any SPARQL endpoint (no predeclared prefixes)."""
    result = ox.Store().query(path.read_text(encoding="utf-8"))
    assert isinstance(result, ox.QuerySolutions)
    assert list(result) == []


@pytest.mark.parametrize("path", QUERIES, ids=[q.stem for q in QUERIES])
def test_queries_run_on_the_examples(examples_out: Path, path: Path):
    result = run_query(examples_out / "graph.ttl", path.read_text(encoding="utf-8"))
    assert result.kind == "select" and result.variables
    if path.name[:2] in MUST_HAVE_ROWS_ON_EXAMPLES:
        assert result.rows, f"{path.name} returns no row on the examples"
    for row in result.rows:
        assert set(row) == set(result.variables)


def test_queries_on_two_articles(small_graph: Path):
    refusals = select(small_graph, "01")
    assert [(r["refuser"], r["modality"], r["saidBy"], r["date"], r["document"]) for r in refusals] == [
        ("Hungary", "Intended", "Viktor Orbán", "2024-06-12", "a1.txt")]
    assert "NATO mission" in refusals[0]["target"]
    changes = select(small_graph, "03")
    assert [(r["date"], r["polarity"]) for r in changes] == [("2024-06-12", "Negative"), ("2024-09-30", "Positive")]
    people = {r["person"] for r in select(small_graph, "04")}
    assert people == {"Viktor Orbán", "Péter Szijjártó"}
    assert [r["subject"] for r in select(small_graph, "05")] == ["Hungary"]
    stances = select(small_graph, "02", replace=('"United States"', '"HUNGARY"'))
    assert [(r["relation"], r["polarity"]) for r in stances] == [("Fund", "Negative"), ("Fund", "Positive")]


def test_queries_on_the_contract_graph(contract_graph: Path):
    g = contract_graph
    rows = select(g, "01")
    assert [(r["refuser"], r["target"], r["modality"], r["saidBy"], r["date"], r["document"]) for r in rows] == [
        ("Hungary", "NATO Ukraine mission", "Intended", "Viktor Orbán", "2024-06-12", "003_a.txt"),
        ("Slovakia", "NATO Ukraine mission", "Asserted", None, "2024-10-02", "005_c.txt"),  # the document's date
    ]
    assert rows[0]["refuserIri"] == "https://w3id.org/newskg/id/hungary"

    # one state, found by an alias in any case
    rows = select(g, "02", replace=('"United States"', '"hungarian"'))
    assert [(r["state"], r["date"], r["relation"], r["polarity"], r["modality"], r["saidBy"]) for r in rows] == [
        ("Hungary", "2024-06-12", "Fund", "Negative", "Intended", "Viktor Orbán"),
        ("Hungary", "2024-09-30", "Fund", "Positive", "Asserted", "Péter Szijjártó"),
    ]
    assert select(g, "02") == []  # no United States in this graph

    rows = select(g, "03")
    assert [(r["subject"], r["relation"], r["object"], r["date"], r["polarity"]) for r in rows] == [
        ("Hungary", "Fund", "NATO Ukraine mission", "2024-06-12", "Negative"),
        ("Hungary", "Fund", "NATO Ukraine mission", "2024-09-30", "Positive"),
    ]

    rows = select(g, "04")
    assert [(r["person"], r["polarity"]) for r in rows] == [("Péter Szijjártó", "Positive"), ("Viktor Orbán", "Negative")]

    rows = select(g, "05")
    assert [(r["subject"], r["relation"], r["saidBy"], r["trigger"]) for r in rows] == [
        ("Hungary", "Fund", "Viktor Orbán", "funds")]

    rows = select(g, "06")
    assert [(r["person"], r["role"], r["of"], r["ofType"], r["statements"], r["firstReported"]) for r in rows] == [
        ("Viktor Orbán", "leads", "Hungary", "State", "1", "2024-06-12"),
        ("Péter Szijjártó", "official of", "Hungary", "State", "1", "2024-09-30"),
    ]

    rows = select(g, "07")
    assert [(r["actor"], r["statements"], r["counterparts"]) for r in rows[:2]] == [
        ("Hungary", "4", "3"), ("NATO Ukraine mission", "3", "2")]

    rows = select(g, "08")
    assert {r["initiative"] for r in rows} == {"NATO Ukraine mission"}
    assert sorted(r["subject"] for r in rows) == ["Hungary", "Hungary", "Slovakia"]

    rows = {r["entity"]: r for r in select(g, "09")}
    assert (rows["Hungary"]["documents"], rows["Hungary"]["firstDate"], rows["Hungary"]["lastDate"]) == (
        "2", "2024-06-12", "2024-09-30")
    assert rows["NATO Ukraine mission"]["documents"] == "3"
    assert set(rows["Hungary"]["files"].split(", ")) == {"003_a.txt", "004_b.txt"}

    rows = select(g, "10")
    assert {(r["entity"], r["qid"]) for r in rows} == {
        ("Hungary", "Q28"), ("Ukraine", "Q212"), ("NATO", "Q7184"), ("Viktor Orbán", "Q57641")}
    assert all(r["wikidata"] == "http://www.wikidata.org/entity/" + r["qid"] for r in rows)


def test_docs_show_every_query():
    text = DOCS.read_text(encoding="utf-8")
    for q in QUERIES:
        body = q.read_text(encoding="utf-8").strip()
        assert body in text, f"docs/queries.md does not show {q.name} as it is"
        assert f"kg query queries/{q.name} --graph exports/graph.ttl" in text
        assert f"query@queries/{q.name}" in text  # the curl line
    assert "kg serve" in text


# --------------------------------------------------------------------------- library

def test_run_query_predeclares_prefixes_and_keeps_the_query_s_own(contract_graph: Path):
    assert run_query(contract_graph, "ASK { kgr:hungary kg:doesNotFund ?x }").boolean is True
    # a query declaring one prefix still gets the others; its own declaration wins
    text = "PREFIX kg: <https://w3id.org/newskg/ontology#>\nSELECT ?l WHERE { kgr:hungary rdfs:label ?l }"
    assert run_query(contract_graph, text).rows == [{"l": "Hungary"}]
    own = "PREFIX kg: <http://example.org/other#>\nASK { ?s kg:doesNotFund ?o }"
    assert run_query(contract_graph, own).boolean is False
    # comments and BASE before the prologue
    text = "# who?\nBASE <https://w3id.org/newskg/id/>\nSELECT ?l WHERE { <hungary> rdfs:label ?l }"
    assert run_query(contract_graph, text).rows == [{"l": "Hungary"}]


def test_run_query_kinds_and_formats(contract_graph: Path):
    construct = run_query(contract_graph, "CONSTRUCT { ?s kg:doesNotFund ?o } WHERE { ?s kg:doesNotFund ?o }")
    assert construct.kind == "construct" and construct.variables == ["subject", "predicate", "object"]
    assert len(construct.rows) == 2
    describe = run_query(contract_graph, "DESCRIBE kgr:viktor-orban")
    assert describe.kind == "construct" and any(r["object"] == "Viktor Orbán" for r in describe.rows)
    count = run_query(contract_graph, "SELECT ?n ?x ?b ?u WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } "
                                      "BIND(1.5 AS ?x) BIND(true AS ?b) OPTIONAL { ?n kg:none ?u } }")
    assert json.loads(format_result(count, "json")) == [{"n": 119, "x": 1.5, "b": True, "u": None}]
    assert format_result(count, "csv") == "n,x,b,u\n119,1.5,true,\n"
    ask = run_query(contract_graph, "ASK { ?s a kg:Person }")
    assert json.loads(format_result(ask, "json")) == {"boolean": True}
    with pytest.raises(KGError, match="invalid format 'xml'"):
        format_result(ask, "xml")


@pytest.mark.parametrize("query, message", [
    ("SELECT ?s WHERE { ?s ?p }", r"SPARQL syntax error at line 1"),
    ("SELECT ?s\nWHERE { ?s foo:bar ?o }", r"unknown prefix foo:"),
    ("INSERT DATA { kgr:a kg:funds kgr:b }", r"only reads the graph"),
    ("PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", r"only reads the graph"),
    ("   ", r"the query is empty"),
])
def test_run_query_errors_say_what_to_do(contract_graph: Path, query: str, message: str):
    with pytest.raises(QueryError, match=message) as info:
        run_query(contract_graph, query)
    assert info.value.hint


def test_run_query_graph_errors(tmp_path: Path):
    with pytest.raises(GraphError, match="not found") as info:
        run_query(tmp_path / "missing.ttl", "ASK {}")
    assert "kg build" in info.value.hint
    bad = tmp_path / "bad.ttl"
    bad.write_text("kgr:x kg:y .", encoding="utf-8")
    with pytest.raises(GraphError, match="not valid RDF"):
        run_query(bad, "ASK {}")


# --------------------------------------------------------------------------- kg query

def test_cli_table_csv_json(examples_out: Path):
    graph = str(examples_out / "graph.ttl")
    q = str(QUERIES_DIR / "10_wikidata_links.rq")
    table = runner.invoke(app, ["query", q, "--graph", graph])
    assert table.exit_code == 0, table.output
    assert "qid" in table.stdout and "Q" in table.stdout
    assert re.search(r"\d+ row\(s\)", table.stderr)

    as_csv = runner.invoke(app, ["query", q, "--graph", graph, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert as_csv.stdout.splitlines()[0] == "entity,type,qid,wikidata"
    assert rows and all(r["qid"].startswith("Q") for r in rows)

    as_json = runner.invoke(app, ["query", q, "--graph", graph, "-f", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.stdout)
    assert [r["qid"] for r in data] == [r["qid"] for r in rows]

    inline = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }", "-g", graph, "-f", "json"])
    assert inline.exit_code == 0 and json.loads(inline.stdout)[0]["n"] > 0


def test_cli_ask_construct_and_stdin(contract_graph: Path):
    g = str(contract_graph)
    ask = runner.invoke(app, ["query", "ASK { kgr:hungary kg:doesNotFund ?x }", "-g", g])
    assert ask.exit_code == 0 and ask.stdout.strip() == "true"
    construct = runner.invoke(app, ["query", "CONSTRUCT WHERE { ?s kg:leads ?o }", "-g", g, "-f", "csv"])
    assert construct.exit_code == 0
    leads = ("https://w3id.org/newskg/id/viktor-orban,https://w3id.org/newskg/ontology#leads,"
             "https://w3id.org/newskg/id/hungary")
    assert construct.stdout.splitlines() == ["subject,predicate,object", leads]
    stdin = runner.invoke(app, ["query", "-", "-g", g, "-f", "json"], input=query_text("10"))
    assert stdin.exit_code == 0 and len(json.loads(stdin.stdout)) == 4


def test_cli_errors_exit_2(contract_graph: Path, tmp_path: Path):
    g = str(contract_graph)
    bad = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s ?p }", "-g", g])
    assert bad.exit_code == 2
    assert "SPARQL syntax error at line 1" in bad.stderr and "Traceback" not in bad.output
    bad_file = tmp_path / "bad.rq"
    bad_file.write_text("PREFIX kg: <https://w3id.org/newskg/ontology#>\nSELECT ?x WHERE {\n  ?x kg:funds\n}\n")
    bad = runner.invoke(app, ["query", str(bad_file), "-g", g])
    assert bad.exit_code == 2 and "SPARQL syntax error at line 4" in bad.stderr
    prefix = runner.invoke(app, ["query", "SELECT * WHERE { ?s wd:P31 ?o }", "-g", g])
    assert prefix.exit_code == 2 and "unknown prefix wd:" in prefix.stderr
    update = runner.invoke(app, ["query", "DELETE WHERE { ?s ?p ?o }", "-g", g])
    assert update.exit_code == 2 and "only reads the graph" in update.stderr
    missing_file = runner.invoke(app, ["query", "queries/nope.rq", "-g", g])
    assert missing_file.exit_code == 2 and "query file 'queries/nope.rq' not found" in missing_file.stderr
    missing_graph = runner.invoke(app, ["query", "ASK {}", "-g", str(tmp_path / "none.ttl")])
    assert missing_graph.exit_code == 2 and "kg build" in missing_graph.stderr
    bad_format = runner.invoke(app, ["query", "ASK {}", "-g", g, "-f", "xml"])
    assert bad_format.exit_code == 2


def test_store_is_persisted_reused_and_reloaded(tmp_path: Path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(CONTRACT_TTL, encoding="utf-8")
    store = tmp_path / "store"
    q = "SELECT ?l WHERE { kgr:viktor-orban rdfs:label ?l }"

    first = runner.invoke(app, ["query", q, "-g", str(graph), "--store", str(store), "-f", "json"])
    assert first.exit_code == 0, first.output
    assert "loaded" in first.stderr and json.loads(first.stdout) == [{"l": "Viktor Orbán"}]
    marker = store / MARKER
    assert marker.is_file() and store_is_current(graph, store)
    stamp = marker.read_text(encoding="utf-8")

    second = runner.invoke(app, ["query", q, "-g", str(graph), "--store", str(store), "-f", "json"])
    assert second.exit_code == 0 and "reused store" in second.stderr
    assert json.loads(second.stdout) == [{"l": "Viktor Orbán"}]
    assert marker.read_text(encoding="utf-8") == stamp
    assert run_query(graph, q, store=store).store_loaded is False

    # the stamp is path, size, mtime and inode: an in-place edit that keeps all four is not
    # seen (proof that the store is not reloaded), touching the file reloads it
    st = graph.stat()
    graph.write_text(CONTRACT_TTL.replace("Viktor Orbán", "Viktor Orbàn"), encoding="utf-8")
    os.utime(graph, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert run_query(graph, q, store=store).rows == [{"l": "Viktor Orbán"}]
    os.utime(graph, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    result = run_query(graph, q, store=store)
    assert result.store_loaded is True and result.rows == [{"l": "Viktor Orbàn"}]

    # a rebuild replaces the file (new inode): reloaded, and the old triples are gone
    new = tmp_path / "new.ttl"
    new.write_text(CONTRACT_TTL.replace("Viktor Orbán", "V. Orbán"), encoding="utf-8")
    os.replace(new, graph)
    third = runner.invoke(app, ["query", q, "-g", str(graph), "--store", str(store), "-f", "json"])
    assert "loaded" in third.stderr and json.loads(third.stdout) == [{"l": "V. Orbán"}]
    assert len(open_store(graph, store)) == len(open_store(graph))


def test_store_refuses_a_foreign_folder(contract_graph: Path, tmp_path: Path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    result = runner.invoke(app, ["query", "ASK {}", "-g", str(contract_graph), "--store", str(folder)])
    assert result.exit_code == 2 and "not made by newskg" in result.stderr
    assert (folder / "notes.txt").read_text() == "keep me"


# --------------------------------------------------------------------------- kg serve

def _http(url: str, *, accept: str, data: bytes | None = None, content_type: str | None = None):
    headers = {"Accept": accept}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
    with urllib.request.urlopen(request, timeout=20) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), resp.read()


def _readline(stream, timeout: float) -> str:
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).decode("utf-8")
    except queue.Empty:
        return ""


def _start_kg_serve(graph: Path, port: int, tmp: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(tmp), "COLUMNS": "200"}
    # Ctrl-C must reach it even when the tests run in a background job (SIGINT ignored there):
    # a small launcher restores SIGINT, then becomes `kg serve` (same pid)
    launcher = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    cmd = [*KG_CMD, "serve", "--graph", str(graph), "--port", str(port), *extra]
    with open(tmp / "serve.err", "wb") as errors:
        return subprocess.Popen([sys.executable, "-c", launcher, *cmd], stdout=subprocess.PIPE, stderr=errors, env=env)


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout:
        proc.stdout.close()
    return proc.returncode


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["terminate", "ctrl-c"])
def test_kg_serve_end_to_end(small_graph: Path, tmp_path: Path, stop_signal: int):
    port = free_port()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = _start_kg_serve(small_graph, port, tmp)
    children: list[psutil.Process] = []
    try:
        line = _readline(proc.stdout, 60)
        assert line.strip() == f"SPARQL endpoint: http://127.0.0.1:{port}/query", (line, (tmp / "serve.err").read_text())
        endpoint = f"http://127.0.0.1:{port}/query"
        children = psutil.Process(proc.pid).children(recursive=True)
        assert [c.name() for c in children] == ["oxigraph"]
        assert [p.name for p in tmp.iterdir() if p.name.startswith("kg-serve-")]  # its temporary store

        # answers at once (the URL is printed only when it does): SELECT as SPARQL JSON results
        select_q = query_text("01")
        status, ctype, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": select_q}),
                                    accept="application/sparql-results+json")
        assert status == 200 and "sparql-results+json" in ctype
        bindings = json.loads(body.decode("utf-8"))["results"]["bindings"]
        assert [b["refuser"]["value"] for b in bindings] == ["Hungary"]
        assert bindings[0]["saidBy"]["value"] == "Viktor Orbán"

        # CONSTRUCT as Turtle: no charset in the Content-Type, the bytes are UTF-8
        construct = "CONSTRUCT WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        status, ctype, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": construct}),
                                    accept="text/turtle")
        assert status == 200 and ctype.startswith("text/turtle")
        assert "Péter Szijjártó".encode() in body
        labels = {str(o) for o in rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle").objects()}
        assert {"Viktor Orbán", "Péter Szijjártó", "Hungary"} <= labels

        # POST with a form body (as curl --data-urlencode sends it), CSV results
        status, _, body = _http(endpoint, accept="text/csv", content_type="application/x-www-form-urlencoded",
                                data=urllib.parse.urlencode({"query": query_text("04")}).encode("utf-8"))
        assert status == 200 and body.decode("utf-8").splitlines()[0].startswith("person,date,subject")

        # updates are refused, and the data is unchanged
        for data, ctype in ((b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
                            (b"CLEAR ALL", "application/sparql-update")):
            with pytest.raises(urllib.error.HTTPError) as info:
                _http(f"http://127.0.0.1:{port}/update", accept="*/*", data=data, content_type=ctype)
            assert info.value.code == 403
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        _, _, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": count}),
                           accept="application/sparql-results+json")
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(open_store(small_graph))

        # loopback only
        listening = [c.laddr for c in children[0].net_connections("tcp") if c.status == psutil.CONN_LISTEN]
        assert listening and all(addr.ip == "127.0.0.1" and addr.port == port for addr in listening)
        others = [a.address for addrs in psutil.net_if_addrs().values() for a in addrs
                  if a.family == socket.AF_INET and not a.address.startswith("127.")]
        for address in others:
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=2).close()

        # stopped cleanly: exit code 0, no server process, no temporary store
        assert _stop(proc, stop_signal) == 0
        assert "stopping" in (tmp / "serve.err").read_text()
        for child in children:
            assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE
        assert not [p for p in tmp.iterdir() if p.name.startswith("kg-serve-")]
    finally:
        _stop(proc, signal.SIGKILL)
        for child in children:
            if child.is_running():
                child.kill()


def test_kg_serve_port_in_use(small_graph: Path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--graph", str(small_graph), "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr and "--port" in result.stderr


def test_kg_serve_missing_graph(tmp_path: Path):
    result = runner.invoke(app, ["serve", "--graph", str(tmp_path / "graph.ttl"), "--port", str(free_port())])
    assert result.exit_code == 2 and "kg build" in result.stderr


def test_serve_bounds_query_time_and_reuses_its_store(small_graph: Path, tmp_path: Path):
    store = tmp_path / "server-store"
    with serve(small_graph, port=0, timeout_s=1, location=store) as server:
        assert server.triples == len(open_store(small_graph))
        assert server.host == "127.0.0.1" and server.port > 0
        # a cross product of 66^4 rows is cancelled after about a second
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        started = time.monotonic()
        try:
            _, _, body = _http(server.url + "?" + urllib.parse.urlencode({"query": slow}),
                               accept="application/sparql-results+json")
            text = body.decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            text = exc.read().decode("utf-8", "replace")
        assert time.monotonic() - started < 10
        assert "cancelled" in text or "timeout" in text.lower()
    assert server.proc.poll() is not None
    assert store_is_current(small_graph, store, _oxigraph_cli_version())
    stamp = (store / MARKER).read_text()
    with serve(small_graph, port=0, location=store) as again:  # no reload: same marker, same data
        assert again.triples == server.triples
    assert (store / MARKER).read_text() == stamp and store.is_dir()


def _oxigraph_cli_version() -> str:
    from kg.sparql import oxigraph_binary

    return subprocess.run([oxigraph_binary(), "--version"], capture_output=True, text=True, check=False).stdout.split()[-1]


# --------------------------------------------------------------------------- RDF files

@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_graph_parses_with_rdflib_and_pyoxigraph_and_other_formats_agree(examples_out: Path):
    ttl = rdflib.Graph().parse(examples_out / "graph.ttl", format="turtle")
    assert len(ttl) > 0
    assert len(open_store(examples_out / "graph.ttl")) == len(ttl)
    nt = rdflib.Graph().parse(examples_out / "graph.nt", format="nt")
    jsonld = rdflib.Graph().parse(examples_out / "graph.jsonld", format="json-ld")
    assert len(nt) == len(ttl) == len(jsonld)
    assert rdflib.compare.isomorphic(nt, ttl) and rdflib.compare.isomorphic(jsonld, ttl)
    # and the same answers from the N-Triples file
    q = query_text("10")
    assert run_query(examples_out / "graph.nt", q).rows == run_query(examples_out / "graph.ttl", q).rows
