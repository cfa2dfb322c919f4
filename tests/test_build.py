"""End-to-end tests of ``kg build`` on the shared seed articles (real model, real text).

The seeds are built once per session (``seeds_build`` in conftest.py); these tests read
the files it wrote and check them against contract.md: every output exists, graph.ttl is
valid Turtle for rdflib and Oxigraph, every statement carries its provenance, its offsets
point at its evidence in the source text, and a second build (another process, another
hash seed) writes the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.gazetteer import load_gazetteer
from kg.ingest import doc_id_for, read_documents
from kg.vocab import PREFIXES, RELATIONS, direct_property

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CONTRACT_FILES = (
    "graph.ttl", "graph.html", "graph.gexf", "graph.graphml", "neo4j/nodes.csv",
    "neo4j/relationships.csv", "neo4j/import.cypher", "statements.jsonl", "build-report.json",
)
KG = PREFIXES["kg"]
KGR = PREFIXES["kgr"]
WIKIDATA = "http://www.wikidata.org/entity/"
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"shared seeds not found at {SEEDS}")


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def store(seeds_build) -> ox.Store:
    s = ox.Store()
    s.bulk_load(path=str(seeds_build.graph_ttl), format=ox.RdfFormat.TURTLE)
    return s


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """Run a SELECT and return rows of plain strings (None for unbound)."""
    result = store.query(SPARQL_PREFIXES + query)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(SPARQL_PREFIXES + query))


@pytest.fixture(scope="module")
def seed_documents():
    """The seed documents as the build reads them, by file name."""
    return {d.name: d for d in read_documents([SEEDS])}


@pytest.fixture(scope="module")
def statements(store) -> list[dict[str, str]]:
    rows = select(store, """
        SELECT ?st ?s ?r ?o ?pol ?mod ?ev ?start ?end ?doc ?name WHERE {
          ?st a kg:Statement ; kg:subject ?s ; kg:relation ?r ; kg:object ?o ; kg:polarity ?pol ;
              kg:modality ?mod ; kg:evidence ?ev ; kg:startChar ?start ; kg:endChar ?end ;
              prov:wasDerivedFrom ?doc .
          ?doc dcterms:identifier ?name .
        } ORDER BY ?st""")
    assert rows, "the seeds gave no statement at all"
    return rows


def entity_by_label(store: ox.Store, label: str) -> str:
    rows = select(store, f'SELECT ?e WHERE {{ ?e rdfs:label "{label}" }}')
    assert len(rows) == 1, (label, rows)
    return rows[0]["e"]


# --------------------------------------------------------------------------- files


def test_every_contract_file_is_written(seeds_build) -> None:
    for rel in CONTRACT_FILES:
        path = seeds_build.out / rel
        assert path.is_file(), rel
        assert path.stat().st_size > 0, rel
    assert {p.relative_to(seeds_build.out).as_posix() for p in seeds_build.result.files} >= set(CONTRACT_FILES)
    leftovers = [p.name for p in seeds_build.out.iterdir() if p.name.startswith(".kg-build-")]
    assert leftovers == [], "the staging folder was left behind"


def test_build_report_counts(seeds_build) -> None:
    report = json.loads((seeds_build.out / "build-report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 5 == seeds_build.result.documents
    assert [r["status"] for r in report["inputs"]] == ["ok"] * 5
    assert sorted(Path(r["source"]).name for r in report["inputs"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    lines = (seeds_build.out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert report["statements"] == len(lines) == seeds_build.graph.number_of_edges()
    assert report["entities"] == seeds_build.graph.number_of_nodes()


def test_graph_ttl_parses_with_rdflib_and_pyoxigraph(seeds_build, store) -> None:
    rdf_graph = rdflib.Graph()
    rdf_graph.parse(seeds_build.graph_ttl, format="turtle")
    assert len(rdf_graph) > 0
    assert len(rdf_graph) == len(store)
    statements = set(rdf_graph.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "Statement")))
    assert len(statements) == seeds_build.graph.number_of_edges()
    # the prefixes of the contract are bound in the file
    text = seeds_build.graph_ttl.read_text(encoding="utf-8")
    for prefix in ("kg", "kgr", "rdfs", "skos", "prov", "dcterms", "xsd", "schema", "owl"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}>" in text, prefix


# --------------------------------------------------------------------------- statements


def test_every_statement_has_the_contract_properties(store, seeds_build) -> None:
    missing = select(store, """
        SELECT ?st WHERE {
          ?st a kg:Statement .
          FILTER (NOT EXISTS { ?st kg:subject ?x1 } || NOT EXISTS { ?st kg:relation ?x2 }
               || NOT EXISTS { ?st kg:object ?x3 } || NOT EXISTS { ?st kg:polarity ?x4 }
               || NOT EXISTS { ?st kg:modality ?x5 } || NOT EXISTS { ?st kg:evidence ?x6 }
               || NOT EXISTS { ?st kg:startChar ?x7 } || NOT EXISTS { ?st kg:endChar ?x8 }
               || NOT EXISTS { ?st prov:wasDerivedFrom ?d . ?d a kg:Document ; dcterms:identifier ?n })
        }""")
    assert missing == []
    # ... and exactly one of each
    multi = select(store, """
        SELECT ?st ?p (COUNT(?v) AS ?n) WHERE {
          ?st a kg:Statement ; ?p ?v .
          VALUES ?p { kg:subject kg:relation kg:object kg:polarity kg:modality kg:evidence
                      kg:startChar kg:endChar prov:wasDerivedFrom }
        } GROUP BY ?st ?p HAVING (COUNT(?v) > 1)""")
    assert multi == []


def test_statement_values_are_from_the_vocabulary(statements) -> None:
    for row in statements:
        assert row["r"].removeprefix(KG) in RELATIONS, row["r"]
        assert row["pol"] in {KG + "Positive", KG + "Negative"}, row["pol"]
        assert row["mod"] in {KG + m for m in ("Asserted", "Intended", "Possible", "Obligated")}, row["mod"]
        assert row["s"].startswith(KGR) and row["o"].startswith(KGR)
        assert row["st"].startswith(KGR + "stmt-")
        assert row["doc"].startswith(KGR + "doc-")
        assert int(row["start"]) < int(row["end"])


def test_offsets_point_at_the_evidence_in_the_source(statements, seed_documents) -> None:
    for row in statements:
        document = seed_documents[row["name"]]
        start, end = int(row["start"]), int(row["end"])
        assert document.text[start:end] == row["ev"], (row["name"], start, end, row["ev"][:60])
        assert start >= document.body_start, "evidence taken from the seed header"
        assert row["doc"] == KGR + document.id == KGR + doc_id_for(document.text)


def test_statements_jsonl_agrees_with_the_source(seeds_build, seed_documents) -> None:
    lines = (seeds_build.out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        record = json.loads(line)
        document = seed_documents[record["document_name"]]
        assert record["document"] == document.id
        assert document.text[record["start"]:record["end"]] == record["evidence"]
        assert record["polarity"] in {"positive", "negative"}
        assert record["relation"] in RELATIONS


def test_direct_triples_match_the_statements(store, statements) -> None:
    expected = set()
    for row in statements:
        polarity = "positive" if row["pol"] == KG + "Positive" else "negative"
        prop = str(direct_property(row["r"].removeprefix(KG), polarity))
        expected.add((row["s"], prop, row["o"]))
        assert ask(store, f"ASK {{ <{row['s']}> <{prop}> <{row['o']}> }}"), (row["s"], prop, row["o"])
    direct = {KG + r.positive_property for r in RELATIONS.values()} | {KG + r.negative_property for r in RELATIONS.values()}
    values = " ".join(f"<{p}>" for p in sorted(direct))
    found = {(r["s"], r["p"], r["o"]) for r in select(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}")}
    assert found == expected, "a direct triple without its statement, or the other way round"


def test_negative_statements_use_the_negative_property(store) -> None:
    rows = select(store, """
        SELECT ?s ?r ?o WHERE { ?st kg:subject ?s ; kg:relation ?r ; kg:object ?o ; kg:polarity kg:Negative }""")
    assert rows, "the seeds should give negative statements (Hungary will not participate ...)"
    for row in rows:
        positive = KG + RELATIONS[row["r"].removeprefix(KG)].positive_property
        negative = KG + RELATIONS[row["r"].removeprefix(KG)].negative_property
        assert ask(store, f"ASK {{ <{row['s']}> <{negative}> <{row['o']}> }}")
        holds = ask(store, f"""ASK {{ ?st kg:subject <{row['s']}> ; kg:relation <{row['r']}> ;
                                   kg:object <{row['o']}> ; kg:polarity kg:Positive }}""")
        assert ask(store, f"ASK {{ <{row['s']}> <{positive}> <{row['o']}> }}") == holds


def test_seed_003_hungary_does_not_participate(store) -> None:
    """The headline fact of the seeds: negation must never be dropped."""
    hungary = entity_by_label(store, "Hungary")
    assert ask(store, f"ASK {{ <{hungary}> kg:doesNotParticipateIn ?x }}")
    assert not ask(store, f"""ASK {{ ?st kg:subject <{hungary}> ; kg:relation kg:Participate ;
                                   kg:polarity kg:Positive ; prov:wasDerivedFrom ?d .
                                   ?d dcterms:identifier "003_856fc3ee71b02177.txt" }}""")


# --------------------------------------------------------------------------- entities


def test_entities_have_label_type_and_documents(store, seeds_build) -> None:
    classes = " ".join(f"kg:{c}" for c in ("State", "Organization", "Person", "Initiative", "Place"))
    entities = select(store, f"SELECT DISTINCT ?e WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c }}")
    assert len(entities) == seeds_build.graph.number_of_nodes()
    unlabelled = select(store, f"""
        SELECT ?e WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c .
          FILTER (NOT EXISTS {{ ?e rdfs:label ?l }} || NOT EXISTS {{ ?e kg:mentionedIn ?d . ?d a kg:Document }}) }}""")
    assert unlabelled == []
    dangling = select(store, f"""
        SELECT DISTINCT ?e WHERE {{ ?st a kg:Statement ; kg:subject|kg:object|kg:attributedTo ?e .
          FILTER NOT EXISTS {{ VALUES ?c {{ {classes} }} ?e a ?c ; rdfs:label ?l }} }}""")
    assert dangling == []


def test_entities_are_mentioned_in_the_documents_of_their_statements(store) -> None:
    missing = select(store, """
        SELECT ?e ?doc WHERE { ?st kg:subject|kg:object ?e ; prov:wasDerivedFrom ?doc .
          FILTER NOT EXISTS { ?e kg:mentionedIn ?doc } }""")
    assert missing == []


def test_hungary_is_a_state_with_wikidata(store) -> None:
    hungary = entity_by_label(store, "Hungary")
    assert hungary == KGR + "hungary"
    assert ask(store, f"ASK {{ <{hungary}> a kg:State , schema:Country ; owl:sameAs <{WIKIDATA}Q28> }}")
    mentioned = select(store, f"SELECT ?name WHERE {{ <{hungary}> kg:mentionedIn ?d . ?d dcterms:identifier ?name }}")
    assert len(mentioned) == 5  # every seed names Hungary


@pytest.mark.parametrize(("label", "qid"), [("NATO", "Q7184"), ("Russia", "Q159"), ("Ukraine", "Q212"),
                                            ("United States", "Q30")])
def test_known_states_and_organisations_link_to_wikidata(store, label: str, qid: str) -> None:
    entity = entity_by_label(store, label)
    assert ask(store, f"ASK {{ <{entity}> owl:sameAs <{WIKIDATA}{qid}> }}")


def test_every_gazetteer_entity_links_to_wikidata(store) -> None:
    gaz = load_gazetteer()
    rows = select(store, """
        SELECT ?e ?label ?type ?same WHERE { ?e rdfs:label ?label ; a ?type .
          VALUES ?type { kg:State kg:Organization } OPTIONAL { ?e owl:sameAs ?same } }""")
    checked = 0
    for row in rows:
        known = gaz.lookup(row["label"])
        if known is None or known.label != row["label"] or known.wikidata is None:
            continue
        checked += 1
        assert row["same"] == WIKIDATA + known.wikidata, row
    assert checked >= 5


def test_no_capital_becomes_a_person(store) -> None:
    """Metonymy (relations.md): "Budapest", "Kiev", "Kyiv" in the seeds are states, never people."""
    gaz = load_gazetteer()
    people = select(store, "SELECT ?e ?label WHERE { ?e a kg:Person ; rdfs:label ?label }")
    wrong = [r["label"] for r in people if (k := gaz.lookup(r["label"])) is not None and k.type == "State"]
    assert wrong == []


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize(("name", "date"), [
    ("000_a48b494a6a92e30c.txt", "2024-05-25"),
    ("002_ca59ae6da1aa856b.txt", "2023-10-19"),
    ("003_856fc3ee71b02177.txt", "2024-06-12"),
    ("001_252892171782d48a.txt", None),  # no seed header
    ("004_e2759aae65346c9e.txt", None),
])
def test_documents_carry_the_header_date(store, name: str, date: str | None) -> None:
    rows = select(store, f"""SELECT ?doc ?date WHERE {{ ?doc a kg:Document ; dcterms:identifier "{name}" .
                                                     OPTIONAL {{ ?doc dcterms:date ?date }} }}""")
    assert len(rows) == 1
    assert rows[0]["date"] == date
    if date:
        assert ask(store, f'ASK {{ ?doc dcterms:identifier "{name}" ; dcterms:date "{date}"^^xsd:date }}')


def test_statements_inherit_the_document_date(store) -> None:
    undated = select(store, """
        SELECT ?st WHERE { ?st prov:wasDerivedFrom ?doc . ?doc dcterms:date ?d .
          FILTER NOT EXISTS { ?st dcterms:date ?any } }""")
    assert undated == []


# --------------------------------------------------------------------------- odd folders


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    """A folder with a seed under two names, another seed and a PDF named .txt."""
    from kg.build import build

    folder = tmp_path_factory.mktemp("mixed-in")
    shutil.copyfile(SEEDS / "003_856fc3ee71b02177.txt", folder / "a_original.txt")
    shutil.copyfile(SEEDS / "003_856fc3ee71b02177.txt", folder / "b_copy.txt")
    (folder / "c_broken.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    shutil.copyfile(SEEDS / "001_252892171782d48a.txt", folder / "d_other.txt")
    out = tmp_path_factory.mktemp("mixed-out")
    result = build([folder], out)
    s = ox.Store()
    s.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return folder, out, result, s


def test_duplicate_article_is_one_document_with_both_names(mixed_build) -> None:
    _, out, result, s = mixed_build
    rows = select(s, """SELECT ?doc ?id ?alt WHERE { ?doc a kg:Document ; dcterms:identifier ?id .
                                                    OPTIONAL { ?doc schema:alternateName ?alt } } ORDER BY ?id""")
    assert [(r["id"], r["alt"]) for r in rows] == [("a_original.txt", "b_copy.txt"), ("d_other.txt", None)]
    assert result.documents == 2
    doc = rows[0]["doc"].removeprefix(KGR)
    assert result.graph.graph["documents"][doc]["names"] == ["a_original.txt", "b_copy.txt"]
    # the copy's statements are not extracted twice
    records = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    keys = [(r["subject"], r["relation"], r["object"], r["polarity"], r["start"], r["end"], r["trigger"])
            for r in records]
    assert records and len(keys) == len(set(keys))
    assert {r["document_name"] for r in records} == {"a_original.txt", "d_other.txt"}


def test_duplicate_is_found_by_either_name_in_eval(mixed_build) -> None:
    from kg.evaluate import load_extracted

    _, out, _, _ = mixed_build
    extracted = load_extracted(out / "graph.ttl")
    def keys(name: str) -> list[tuple]:
        return [(e.subject, e.relation, e.object, e.polarity, e.modality) for e in extracted[name]]

    assert keys("a_original.txt") and keys("a_original.txt") == keys("b_copy.txt")


def test_bad_file_is_skipped_and_the_others_are_built(mixed_build) -> None:
    folder, out, result, s = mixed_build
    for rel in CONTRACT_FILES:
        assert (out / rel).is_file(), rel
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    by_name = defaultdict(list)
    for entry in report["inputs"]:
        by_name[Path(entry["source"]).name].append(entry)
    assert set(by_name) == {"a_original.txt", "b_copy.txt", "c_broken.txt", "d_other.txt"}
    (broken,) = by_name["c_broken.txt"]
    assert broken["status"] == "skipped"
    assert "binary" in broken["reason"] and "PDF" in broken["reason"]
    assert broken["doc_id"] is None
    assert [e["status"] for e in by_name["a_original.txt"]] == ["ok"]
    assert [e["status"] for e in by_name["d_other.txt"]] == ["ok"]
    assert "duplicate" in {e["status"] for e in by_name["b_copy.txt"]}
    assert [r.source for r in result.skipped] == [str(folder / "c_broken.txt")]
    names = {r["n"] for r in select(s, "SELECT ?n WHERE { ?st prov:wasDerivedFrom ?d . ?d dcterms:identifier ?n }")}
    assert names == {"a_original.txt", "d_other.txt"}


# --------------------------------------------------------------------------- determinism


def _tree(folder: Path) -> dict[str, bytes]:
    """Every output file (the build cache in .kg-cache/ is internal, pickled and not compared)."""
    files = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_file() and not rel.parts[0].startswith("."):
            files[rel.as_posix()] = p.read_bytes()
    return files


def test_outputs_are_byte_identical_across_builds(seeds_build, tmp_path) -> None:
    """Another process with another hash seed (set and dict orders differ) writes the same bytes."""
    out = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    run = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, seeds_build.inputs), "--out", str(out), "-q"],
                         env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    first, second = _tree(seeds_build.out), _tree(out)
    assert sorted(first) == sorted(second)
    assert set(CONTRACT_FILES) <= set(first)
    different = [name for name in first if first[name] != second[name]]
    assert different == []
