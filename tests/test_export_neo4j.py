"""Tests of kg.export.neo4j against real tools.

* ``import.cypher`` and the driver statements go through Neo4j's own parser and semantic
  analysis (npm ``@neo4j-cypher/language-support``, run by ``tools/cypher-lint/lint.mjs``;
  skipped when node/npm are missing);
* the CSV files load into Kùzu (embedded openCypher, PyPI ``kuzu``) through the Kùzu
  translation of ``import.cypher``, twice, and what Kùzu answers is compared with networkx;
* hostile values go through the csv module and Kùzu unchanged.

``push_neo4j`` against a live DBMS runs only when ``NEWSKG_NEO4J_URI`` is set
(``NEWSKG_NEO4J_USER`` / ``NEWSKG_NEO4J_PASSWORD``, default ``neo4j``/``neo4j``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError, MissingExtraError
from kg.export import neo4j as nj
from kg.graph import build_graph
from kg.model import Document, Entity, Statement
from kg.vocab import neo4j_type

ROOT = Path(__file__).resolve().parent.parent
LINT_DIR = ROOT / "tools" / "cypher-lint"

with warnings.catch_warnings():  # the marker is not registered (no conftest): keep pytest quiet
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    NEO4J_MARK = pytest.mark.neo4j

HOSTILE = [
    "He said \"no\", then 'yes'",
    'back\\slash \\" and \\\\ end\\',
    "line1\nline2\r\nline3\rend",
    "a,b;c;;",
    '"}); MATCH (n) DETACH DELETE n; //',
    "'}) MATCH (n) DETACH DELETE n //",
    "RTL \u202eevil\u202c \u200f\u05e9\u05dc\u05d5\u05dd zero\u200bwidth\u200d\ufeff",
    "  leading and trailing  ",
    "\ttab\tinside",
    "emoji \U0001f600 \U0001d518\U0001d52b",
    "$rows {x: 1} `tick` \\u0041 :param",
]


# --------------------------------------------------------------------------- graphs


def _entities() -> list[Entity]:
    return [
        Entity("hungary", "Hungary", "State", ("Budapest", "Hungarian"), "Q28", ("doc-a", "doc-b")),
        Entity("ukraine", "Ukraine", "State", (), "Q212", ("doc-a",)),
        Entity("nato", "NATO", "Organization", ("North Atlantic; Alliance",), None, ("doc-a",)),
        Entity("orban", "Viktor Orbán", "Person", (), None, ("doc-a",)),
        Entity("mission", "NATO Ukraine mission", "Initiative", (), None, ("doc-b",)),
        Entity("brussels", "Brussels", "Place", (), None, ()),
    ]


def _statements() -> list[Statement]:
    return [
        # parallel statements: same subject, object, relation, polarity
        Statement(
            "stmt-01",
            "doc-a",
            "hungary",
            "Fund",
            "mission",
            "negative",
            "intended",
            "Hungary will not fund the mission.",
            0,
            34,
            attributed_to="orban",
        ),
        Statement(
            "stmt-02", "doc-b", "hungary", "Fund", "mission", "negative", "asserted", "No Hungarian funds.", 5, 24
        ),
        # both polarities of one relation between the same pair
        Statement(
            "stmt-03",
            "doc-b",
            "hungary",
            "Fund",
            "mission",
            "positive",
            "possible",
            "Hungary might fund it after all.",
            30,
            61,
            date="2024-07-01",
        ),
        Statement(
            "stmt-04",
            "doc-a",
            "nato",
            "Support",
            "ukraine",
            "positive",
            "asserted",
            'NATO supports Ukraine, "firmly".',
            40,
            71,
        ),
        Statement(
            "stmt-05", "doc-a", "orban", "LeaderOf", "hungary", "positive", "asserted", "Orbán leads Hungary.", 80, 100
        ),
        Statement(
            "stmt-06",
            "doc-b",
            "hungary",
            "Block",
            "nato",
            "positive",
            "possible",
            "Hungary may block NATO.",
            110,
            133,
            date="2024-06",
        ),
        Statement(
            "stmt-07",
            "doc-a",
            "nato",
            "Meet",
            "hungary",
            "positive",
            "asserted",
            "NATO met Hungary in Brussels.",
            140,
            169,
        ),
    ]


def _documents() -> list[Document]:
    return [
        Document("doc-a", "001_a.txt", "a" * 200, date="2024-06-12", names=("001_a.txt", "copy.txt")),
        Document("doc-b", "002_b.txt", "b" * 200),  # no date: statements without a date stay None
    ]


def sample_graph(shuffle: int | None = None) -> nx.MultiDiGraph:
    """The hand-made test graph; ``shuffle`` feeds the inputs in another order."""
    ents, stmts, docs = _entities(), _statements(), _documents()
    if shuffle is not None:
        rng = random.Random(shuffle)
        for seq in (ents, stmts, docs):
            rng.shuffle(seq)
    return build_graph(ents, stmts, docs)


def hostile_graph() -> nx.MultiDiGraph:
    """Entities and statements whose every text field is hostile."""
    ents = [Entity("evil,\"id;'", HOSTILE[4], "State", tuple(HOSTILE), "Q1", ("doc-h",))]
    ents += [Entity(f"e{i}", text, "Person", (text,), None, ("doc-h",)) for i, text in enumerate(HOSTILE)]
    stmts = [
        Statement(
            f"stmt-h{i:02d}",
            "doc-h",
            "evil,\"id;'",
            "Oppose",
            f"e{i}",
            "negative",
            "asserted",
            text,
            i,
            i + len(text),
            attributed_to=f"e{i}",
            trigger=text,
        )
        for i, text in enumerate(HOSTILE)
    ]
    docs = [Document("doc-h", HOSTILE[1] + ".txt", "x", date="2024-01-31")]
    return build_graph(ents, stmts, docs)


def _parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# --------------------------------------------------------------------------- CSV


def test_nodes_csv_header_and_rows() -> None:
    G = sample_graph()
    text = nj.nodes_csv(G)
    assert text.splitlines()[0] == "id:ID,label,:LABEL,aliases:string[],wikidata,documents:string[],type"
    rows = {r["id:ID"]: r for r in _parse_csv(text)}
    assert set(rows) == set(G.nodes)
    assert rows["hungary"][":LABEL"] == "Entity;State"
    assert rows["nato"][":LABEL"] == "Entity;Organization"
    assert rows["hungary"]["aliases:string[]"] == "Budapest;Hungarian"
    assert rows["nato"]["aliases:string[]"] == "North Atlantic, Alliance"  # ';' cannot be inside an element
    assert rows["hungary"]["documents:string[]"] == "doc-a;doc-b"
    assert rows["orban"]["wikidata"] == "" and rows["brussels"]["documents:string[]"] == ""
    assert rows["orban"]["label"] == "Viktor Orbán"


def test_relationships_csv_one_row_per_statement() -> None:
    G = sample_graph()
    text = nj.relationships_csv(G)
    assert text.splitlines()[0] == (
        ":START_ID,:END_ID,:TYPE,id,relation,polarity,modality,label,evidence,"
        "start:int,end:int,document,date:date,attributed_to,doc_id,trigger"
    )
    rows = {r["id"]: r for r in _parse_csv(text)}
    assert set(rows) == {k for _, _, k in G.edges(keys=True)}
    for u, v, k, d in G.edges(keys=True, data=True):
        row = rows[k]
        assert (row[":START_ID"], row[":END_ID"]) == (u, v)
        assert row[":TYPE"] == neo4j_type(d["relation"], d["polarity"])
        assert row["evidence"] == d["evidence"] and row["modality"] == d["modality"]
        assert (int(row["start:int"]), int(row["end:int"])) == (d["start"], d["end"])
        assert row["document"] == G.graph["documents"][d["doc"]]["name"]
        assert row["date:date"] == (d["date"] or "")
        assert row["attributed_to"] == (d["attributed_to"] or "")
    assert rows["stmt-01"][":TYPE"] == "DOES_NOT_FUND" and rows["stmt-03"][":TYPE"] == "FUNDS"
    assert rows["stmt-01"]["date:date"] == "2024-06-12"  # the document's date
    assert rows["stmt-02"]["date:date"] == ""  # undated document
    assert rows["stmt-06"]["date:date"] == "2024-06"  # a partial ISO date, as Cypher's date() reads it


def test_output_is_deterministic(tmp_path: Path) -> None:
    first = nj.write_neo4j(sample_graph(), tmp_path / "a")
    second = nj.write_neo4j(sample_graph(shuffle=7), tmp_path / "b")
    assert [p.name for p in first] == ["import.cypher", "nodes.csv", "relationships.csv"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes()
    assert not (tmp_path / "a" / "kuzu").exists()  # the Kùzu variant is not written by default


def test_hostile_values_survive_the_csv_module() -> None:
    G = hostile_graph()
    nodes = {r["id:ID"]: r for r in _parse_csv(nj.nodes_csv(G))}
    for row in nj.node_rows(G):
        parsed = nodes[row["id"]]
        assert parsed["label"] == row["label"] == G.nodes[row["id"]]["label"]
        cell = parsed["aliases:string[]"]
        assert (cell.split(";") if cell else None) == row["aliases"]
    rels = {r["id"]: r for r in _parse_csv(nj.relationships_csv(G))}
    for k, u, v, d in ((k, u, v, d) for u, v, k, d in G.edges(keys=True, data=True)):
        assert rels[k]["evidence"] == d["evidence"]
        assert rels[k]["trigger"] == d["trigger"]
        assert rels[k][":START_ID"] == u and rels[k][":END_ID"] == v
        assert rels[k]["document"] == HOSTILE[1] + ".txt"
    # aliases keep everything but the array delimiter
    evil = next(r for r in nj.node_rows(G) if r["id"] == "evil,\"id;'")
    assert evil["aliases"] == sorted(h.replace(";", ",") for h in set(HOSTILE) - {HOSTILE[4]})
    assert nj.needs_rfc4180_quoting(G) and not nj.needs_rfc4180_quoting(sample_graph())


def test_no_datum_enters_the_cypher() -> None:
    G = hostile_graph()
    text = nj.import_cypher(G) + "\n".join(nj.push_statements(G))
    assert "evil" not in text
    for _, data in G.nodes(data=True):
        assert data["label"] not in text
    for _, _, d in G.edges(data=True):
        assert d["evidence"] not in text
    assert "DETACH DELETE" not in text


def test_import_cypher_layout() -> None:
    G = sample_graph()
    statements = nj.cypher_statements(G)
    assert statements[0] == "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"
    types = sorted({neo4j_type(d["relation"], d["polarity"]) for _, _, d in G.edges(data=True)})
    assert [s.split("\n")[1] for s in statements[2:]] == [f"WITH row WHERE row.`:TYPE` = '{t}'" for t in types]
    assert all("MERGE" in s for s in statements[1:])
    assert nj.import_cypher(G).count(";\n") == len(statements)


def test_unknown_type_or_relation_is_an_export_error() -> None:
    G = nx.MultiDiGraph(documents={})
    G.add_node("x", label="X", type="Robot", aliases=[], wikidata=None, documents=[])
    with pytest.raises(ExportError, match="Robot"):
        nj.nodes_csv(G)
    G.nodes["x"]["type"] = "State"
    G.add_edge("x", "x", key="s", relation="Teleport", polarity="positive")
    with pytest.raises(ExportError, match="Teleport"):
        nj.relationships_csv(G)


def test_push_batches_cover_every_row() -> None:
    G = sample_graph()
    batches = nj.push_batches(G, batch_size=2)
    assert all(len(rows) <= 2 for _, rows in batches)
    sent = [row["id"] for _, rows in batches for row in rows]
    assert sorted(sent) == sorted(list(G.nodes) + [k for _, _, k in G.edges(keys=True)])
    assert {s for s, _ in batches} == set(nj.push_statements(G)[1:])


def test_push_neo4j_without_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "neo4j", None)  # import neo4j -> ImportError
    with pytest.raises(MissingExtraError, match="neo4j"):
        nj.push_neo4j(sample_graph(), "neo4j://localhost:7687", ("neo4j", "x"))


# --------------------------------------------------------------------------- Neo4j's parser


def _one_type_graph() -> nx.MultiDiGraph:
    """The sample graph cut down to one relationship type (the driver statements differ only by type)."""
    return build_graph(_entities(), [s for s in _statements() if s.relation == "Support"], _documents())


def _broken_statements() -> list[str]:
    good = nj.push_statements(_one_type_graph())[-1]
    return [
        good.replace("MERGE (s)-[r:", "MERGE (s)-[r:FUNDS|"),  # MERGE needs one type
        good.replace("AS row", "AS rows", 1),  # row no longer defined
        good[:-5],  # cut in the middle of an expression
        'MATCH (n) RETURN n"}); MATCH (n) DETACH DELETE n; //',  # an injection attempt
    ]


@pytest.fixture(scope="module")
def lint_results() -> dict[str, list[dict]]:
    """Diagnostics of Neo4j's parser (``tools/cypher-lint``) for every job, in one node run.

    Loading the parser takes seconds, so all the Cypher of this module is linted at once;
    ``tools/cypher-lint/node_modules`` is installed first when missing.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node/npm not found: cannot run Neo4j's Cypher parser (@neo4j-cypher/language-support)")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        command = "ci" if (LINT_DIR / "package-lock.json").is_file() else "install"
        done = subprocess.run(
            [npm, command, "--no-audit", "--no-fund"],
            check=False,
            cwd=LINT_DIR,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            pytest.skip(f"npm {command} failed in tools/cypher-lint: {done.stderr.strip()[-500:]}")
    jobs = {
        "import.cypher": {"script": nj.import_cypher(sample_graph())},
        "push": {"statements": nj.push_statements(_one_type_graph()), "parameters": {"rows": []}},
        "push, $rows undeclared": {"statements": nj.push_statements(_one_type_graph())[1:2]},
        "broken": {"statements": _broken_statements()},
    }
    done = subprocess.run(
        [node, str(LINT_DIR / "lint.mjs")],
        check=False,
        input=json.dumps({"jobs": list(jobs.values())}),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    return dict(zip(jobs, json.loads(done.stdout)))


def _errors(results: list[dict]) -> list[tuple[str, str]]:
    return [(r["statement"], d["message"]) for r in results for d in r["diagnostics"] if d["severity"] == "error"]


def test_import_cypher_passes_neo4j_parser(lint_results) -> None:
    results = lint_results["import.cypher"]
    assert _errors(results) == []
    # Neo4j's own splitter finds exactly our statements in the file
    statements = nj.cypher_statements(sample_graph())
    assert len(results) == len(statements)
    assert [r["statement"].strip().rstrip(";").splitlines()[-1] for r in results] == [
        s.splitlines()[-1] for s in statements
    ]


def test_push_statements_pass_neo4j_parser(lint_results) -> None:
    assert len(lint_results["push"]) == 3
    assert _errors(lint_results["push"]) == []
    # without $rows declared the linter complains: it really checks
    assert any("rows" in message for _, message in _errors(lint_results["push, $rows undeclared"]))


def test_broken_statements_are_reported(lint_results) -> None:
    results = lint_results["broken"]
    assert len(results) == len(_broken_statements())
    assert all(any(d["severity"] == "error" for d in r["diagnostics"]) for r in results), results


# --------------------------------------------------------------------------- Kùzu


def _kuzu_connect(path: Path):
    kuzu = pytest.importorskip("kuzu")
    db = kuzu.Database(str(path))
    return db, kuzu.Connection(db)


def _rows(conn, query: str) -> list[list]:
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def _load_into_kuzu(G: nx.MultiDiGraph, tmp_path: Path, times: int = 1):
    nj.write_neo4j(G, tmp_path / "neo4j")
    db, conn = _kuzu_connect(tmp_path / "kuzu.db")
    statements = nj.generate_kuzu(G, tmp_path / "neo4j")
    for _ in range(times):
        for statement in statements:
            conn.execute(statement)
    return db, conn


def _kuzu_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    parts = (text + "-01-01")[:10] if len(text) == 4 else (text + "-01" if len(text) == 7 else text)
    return dt.date.fromisoformat(parts)


def test_kuzu_loads_the_csv_twice_and_agrees_with_networkx(tmp_path: Path) -> None:
    G = sample_graph()
    _, conn = _load_into_kuzu(G, tmp_path, times=2)  # MERGE: the second run changes nothing

    assert _rows(conn, "MATCH (n:Entity) RETURN count(n)") == [[G.number_of_nodes()]]
    expected = Counter(neo4j_type(d["relation"], d["polarity"]) for _, _, d in G.edges(data=True))
    for rel_type, count in expected.items():
        assert _rows(conn, f"MATCH ()-[r:{rel_type}]->() RETURN count(r)") == [[count]], rel_type
    assert _rows(conn, "MATCH ()-[r]->() RETURN count(r)") == [[G.number_of_edges()]]

    # who does not fund whom
    kuzu_pairs = {tuple(r) for r in _rows(conn, "MATCH (a)-[:DOES_NOT_FUND]->(b) RETURN a.id, b.id")}
    nx_pairs = {(u, v) for u, v, d in G.edges(data=True) if (d["relation"], d["polarity"]) == ("Fund", "negative")}
    assert kuzu_pairs == nx_pairs == {("hungary", "mission")}

    # every 2-hop path, statement by statement
    kuzu_paths = sorted(
        tuple(r) for r in _rows(conn, "MATCH (a)-[r1]->(b)-[r2]->(c) RETURN a.id, r1.id, b.id, r2.id, c.id")
    )
    nx_paths = sorted((a, k1, b, k2, c) for a, b, k1 in G.edges(keys=True) for _, c, k2 in G.out_edges(b, keys=True))
    assert kuzu_paths == nx_paths and nx_paths

    # labels of the leaders of those who block someone (2 hops through typed tables)
    leaders = _rows(conn, "MATCH (p:Entity)-[:LEADS]->(s:Entity)-[:BLOCKS]->(t) RETURN p.label, s.type, t.id")
    assert leaders == [["Viktor Orbán", "State", "nato"]]


def test_kuzu_properties_equal_the_rows(tmp_path: Path) -> None:
    for G, sub in ((sample_graph(), "sample"), (hostile_graph(), "hostile")):
        (tmp_path / sub).mkdir()
        _, conn = _load_into_kuzu(G, tmp_path / sub)
        nodes = _rows(
            conn,
            "MATCH (n:Entity) RETURN n.id, n.label, n.labels, n.aliases, n.wikidata, n.documents, n.type ORDER BY n.id",
        )
        expected = [
            [r["id"], r["label"], r["labels"], r["aliases"], r["wikidata"], r["documents"], r["type"]]
            for r in sorted(nj.node_rows(G), key=lambda r: r["id"])
        ]
        assert sorted(nodes) == sorted(expected)
        keys = (
            "source",
            "target",
            "id",
            "relation",
            "polarity",
            "modality",
            "label",
            "evidence",
            "start",
            "end",
            "document",
            "date",
            "attributed_to",
            "doc_id",
            "trigger",
        )
        rels = _rows(
            conn,
            "MATCH (a)-[r]->(b) RETURN a.id, b.id, r.id, r.relation, r.polarity, r.modality, r.label, r.evidence, "
            "r.start, r.`end`, r.document, r.date, r.attributed_to, r.doc_id, r.trigger, label(r)",
        )
        expected_rels = [
            [r[k] if k != "date" else _kuzu_date(r[k]) for k in keys] + [r["type"]] for r in nj.relationship_rows(G)
        ]
        assert sorted(rels, key=lambda r: r[2]) == sorted(expected_rels, key=lambda r: r[2])


def test_kuzu_returns_hostile_values_unchanged(tmp_path: Path) -> None:
    G = hostile_graph()
    _, conn = _load_into_kuzu(G, tmp_path, times=2)
    evidence = {r[0]: r[1] for r in _rows(conn, "MATCH ()-[r:DOES_NOT_OPPOSE]->() RETURN r.id, r.evidence")}
    assert evidence == {k: d["evidence"] for _, _, k, d in G.edges(keys=True, data=True)}
    labels = {r[0]: r[1] for r in _rows(conn, "MATCH (n:Entity) RETURN n.id, n.label")}
    assert labels == {n: d["label"] for n, d in G.nodes(data=True)}
    assert set(labels.values()) >= set(HOSTILE)


# --------------------------------------------------------------------------- live Neo4j


@NEO4J_MARK
@pytest.mark.skipif(not os.environ.get("NEWSKG_NEO4J_URI"), reason="set NEWSKG_NEO4J_URI to test against a live Neo4j")
def test_push_neo4j_live() -> None:  # pragma: no cover - needs a DBMS
    pytest.importorskip("neo4j")
    from neo4j import GraphDatabase

    uri = os.environ["NEWSKG_NEO4J_URI"]
    auth = (os.environ.get("NEWSKG_NEO4J_USER", "neo4j"), os.environ.get("NEWSKG_NEO4J_PASSWORD", "neo4j"))
    G = sample_graph()
    for _ in range(2):
        assert nj.push_neo4j(G, uri, auth) == G.number_of_nodes() + G.number_of_edges()
    ids = sorted(G.nodes)
    with GraphDatabase.driver(uri, auth=auth) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n:Entity) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]->(:Entity) "
            "RETURN count(DISTINCT n) AS nodes, count(r) AS rels",
            ids=ids,
        )
        assert (records[0]["nodes"], records[0]["rels"]) == (G.number_of_nodes(), G.number_of_edges())
        records, _, _ = driver.execute_query(
            "MATCH (a:Entity:State)-[:DOES_NOT_FUND]->(b:Entity:Initiative) WHERE a.id IN $ids "
            "RETURN a.id AS a, b.id AS b",
            ids=ids,
        )
        assert {(r["a"], r["b"]) for r in records} == {("hungary", "mission")}
