"""Property-based tests: whatever the text, every output of a build stays valid.

Hypothesis writes articles made of template sentences ("X will not fund Y.", "X said Y
would block Z.", …) whose names are drawn from real names, hostile fragments (quotes,
backslashes, ``<script>``, Turtle and CSV delimiters, RTL and zero-width characters, CR LF)
and arbitrary Unicode text (control characters included), mixed with random Unicode
sentences. Each example is written as a ``.txt`` file (UTF-8, or cp1252/UTF-16 where it
fits) and as a JSON Lines record, built through the library
(:func:`kg.build.build_graph_from_inputs`: ingest, spaCy, extraction, resolution) and
written with :func:`kg.export.write_all` (every exporter, plus N-Triples and JSON-LD).
Then:

* graph.ttl and graph.nt parse in rdflib and pyoxigraph and are isomorphic;
* graph.gexf validates against the GEXF 1.3 XSD; graph.graphml parses in networkx;
* neo4j/*.csv parse with the csv module to exactly the rows the exporter meant to write;
* graph.html has no ``<script`` or ``</script`` beyond those of the page itself;
* statements.jsonl lines are JSON and every statement's ``text[start:end] == evidence``.

The default run is small (25 examples). A longer session:
``NEWSKG_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_fuzz.py -q``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

GEXF_XSD = Path("/work/shared/schemas/gexf-1.3/gexf.xsd")
MAX_EXAMPLES = int(os.environ.get("NEWSKG_FUZZ_EXAMPLES", "25"))

REAL_NAMES = ["Hungary", "Poland", "NATO", "the European Union", "Viktor Orbán", "Ukraine", "Japan",
              "the United Nations", "Péter Szijjártó", "Germany", "the World Bank", "Kenya"]
HOSTILE = ['"', "'", "\\", "\\n", "\\u0041", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           '"}); MATCH (n) DETACH DELETE n; //', "> . ; , @prefix x: <http://e/> .", ",", ";", '""', "\r\n", "\r",
           "\u202e", "\u200b", "\u2028", "\ufeff", "\x00", "\x1b[31m", "&amp;", "]]>", "--", "\t", "\ufffe", "𝔘"]
TEMPLATES = ["{0} will not fund {1}.", "{0} said {1} would block {2}.", "{0} refused to take part in {1}.",
             "{0} agreed to cooperate with {1} on {2}.", "{0} criticised {1} for the attack on {2}.",
             "{0} will provide military aid to {1}, {2} said on Monday.", "{0} is a member of {1}.",
             "{0}, the leader of {1}, met {2} in {1}."]

names = st.one_of(
    st.sampled_from(REAL_NAMES),
    st.text(min_size=1, max_size=25),
    st.builds(lambda a, b, c: f"{a}{b}{c}", st.sampled_from(REAL_NAMES), st.sampled_from(HOSTILE),
              st.text(max_size=8)),
    st.builds(lambda h, a: f"{h} {a}", st.sampled_from(HOSTILE), st.sampled_from(REAL_NAMES)),
)
templated = st.builds(lambda t, a, b, c: t.format(a, b, c), st.sampled_from(TEMPLATES), names, names, names)
sentences = st.one_of(
    templated, templated, templated,
    st.text(max_size=80),
    st.sampled_from(HOSTILE),
)
articles = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps)),
    st.lists(sentences, min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", " ", "\n", "\n\n", "\r\n", ""]), min_size=8, max_size=8),
)
encodings = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16"])


_schema = None


def gexf_schema():
    global _schema
    if _schema is None:
        from lxml import etree

        _schema = etree.XMLSchema(etree.parse(str(GEXF_XSD))) if GEXF_XSD.is_file() else False
    return _schema


_baseline: tuple[int, int] | None = None


def script_tags(page: str) -> tuple[int, int]:
    lower = page.lower()
    return lower.count("<script"), lower.count("</script")


def baseline_script_tags() -> tuple[int, int]:
    """``<script`` / ``</script`` in the page of an empty graph: the page's own (vis-network has some in its code)."""
    global _baseline
    if _baseline is None:
        from kg.export.html import to_html

        _baseline = script_tags(to_html(nx.MultiDiGraph(documents={})))
    return _baseline


def check_build(folder: Path, out: Path, *, events: bool = False) -> None:
    """Build the inputs in ``folder`` through the library, write every output, check each."""
    from kg.build import build_graph_from_inputs
    from kg.export import write_all
    from kg.export.neo4j import (
        _NODE_FIELDS,
        _RELATIONSHIP_FIELDS,
        NODE_COLUMNS,
        RELATIONSHIP_COLUMNS,
        _cell,
        node_rows,
        relationship_rows,
    )
    from kg.ingest import read_documents

    G = build_graph_from_inputs([folder])
    write_all(G, out, formats=["nt", "jsonld"])

    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    nt = rdflib.Graph().parse(out / "graph.nt", format="nt")
    assert rdflib.compare.isomorphic(ttl, nt)
    rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        assert len(set(ox.parse(path=str(out / name), format=fmt))) == len(ttl)

    from lxml import etree

    schema = gexf_schema()
    gexf = etree.parse(str(out / "graph.gexf"))
    if schema:
        assert schema.validate(gexf), schema.error_log
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes()

    for file, fields, columns, rows in (("nodes.csv", _NODE_FIELDS, NODE_COLUMNS, node_rows(G)),
                                        ("relationships.csv", _RELATIONSHIP_FIELDS, RELATIONSHIP_COLUMNS,
                                         relationship_rows(G))):
        with open(out / "neo4j" / file, encoding="utf-8", newline="") as handle:
            parsed = list(csv.reader(handle))
        assert tuple(parsed[0]) == columns
        assert parsed[1:] == [[_cell(row.get(key), kind) for _, key, kind in fields] for row in rows]

    page = (out / "graph.html").read_text(encoding="utf-8")
    assert script_tags(page) == baseline_script_tags()

    if events:  # hypothesis statistics (--hypothesis-show-statistics)
        event(f"documents: {len(G.graph['documents'])}, statements: {min(G.number_of_edges(), 3)}+")
    texts = {d.id: d.text for d in read_documents([folder])}
    jsonl = (out / "statements.jsonl").read_text(encoding="utf-8")
    lines = jsonl.split("\n")
    assert lines[-1] == ""
    statements = [json.loads(line) for line in lines[:-1]]
    assert len(statements) == len(jsonl.splitlines()) == G.number_of_edges()  # one line, whoever splits it
    for s in statements:
        assert texts[s["document"]][s["start"]:s["end"]] == s["evidence"]


def write_inputs(folder: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    (folder / "article.txt").write_bytes(data)
    (folder / "feed.jsonl").write_text(json.dumps({"id": text[:40], "title": text[:60], "text": text}) + "\n",
                                       encoding="utf-8")


@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=MAX_EXAMPLES <= 25,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=articles, encoding=encodings)
def test_every_output_stays_valid(text: str, encoding: str):
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        write_inputs(folder, text, encoding)
        check_build(folder, out, events=True)


@pytest.mark.parametrize("text", [
    # found by the fuzzing sessions, kept as regressions
    'Hungary will not fund "Poland\\".\r\n\r\nAcme <script>alert(1)</script> said Japan would block \u202eNATO.',
    "\ufeffNATO\x00 will not fund Kenya\x1b[31m.\u2028Germany said Poland would block Japan.",
    "Viktor Orbán said Hungary would block Ukraine" + " and Poland" * 200,
    "Hungary will not fund\u2028Ukraine\x85 and Poland\u2029, Viktor Orbán said.",
])
def test_known_hard_texts(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        write_inputs(folder, text, "utf-8")
        check_build(folder, out)


def test_html_baseline_is_the_page_s_own_scripts():
    from kg.export.html import to_html

    page = to_html(nx.MultiDiGraph(documents={}))
    assert script_tags(page)[0] >= 3  # the JSON data block, vis-network, the app
    assert io.StringIO(page).read().rstrip().endswith("</html>")


# --------------------------------------------------------------------------- atheris (not run by pytest)


def _atheris_one_input(data: bytes) -> None:
    """One atheris input: bytes -> decoding -> a document of each format -> segments ->
    spaCy + extraction + resolution -> N-Triples, statements.jsonl and the CSV, checked."""
    import atheris

    from kg.errors import InputError
    from kg.export.jsonl import generate_jsonl
    from kg.export.neo4j import relationships_csv
    from kg.export.rdf import write_rdf
    from kg.gazetteer import load_gazetteer
    from kg.graph import build_graph
    from kg.ingest import _decode, _html_document, _markdown_document, _record_document, _text_document
    from kg.lexicon import load_lexicon
    from kg.nlp import iter_parsed, iter_segments, load_nlp
    from kg.resolve import analyze_document, resolve

    fdp = atheris.FuzzedDataProvider(data)
    kind = fdp.ConsumeIntInRange(0, 3)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if kind == 3:  # a JSON Lines record: the bytes as the "text" of one
            document = _record_document(json.dumps({"id": raw[:20].decode("latin-1"),
                                                    "text": raw.decode("utf-8", "replace")}).encode(),
                                        Path("f.jsonl"), 1)
        else:
            text, _ = _decode(raw, "cp1252" if kind == 2 else None)
            assert "\r" not in text
            make = {0: _text_document, 1: _markdown_document}.get(kind)
            if make is not None:
                document = make(text, Path("a.txt"))
            else:
                from kg.ingest import _trafilatura_config

                global _TRAFILATURA
                try:
                    config = _TRAFILATURA
                except NameError:
                    config = _TRAFILATURA = _trafilatura_config(10_000_000)
                document = _html_document(text, Path("a.html"), config)
    except InputError:
        return
    text = document.text
    blanked = " " * document.body_start + text[document.body_start:]
    segments = list(iter_segments(document, limit=300))  # small segments: the cutting is exercised too
    for seg in segments:
        assert len(seg.text) <= 300 and blanked[seg.offset:seg.offset + len(seg.text)] == seg.text
    parsed = [(doc, seg.offset) for doc, seg in iter_parsed([document], load_nlp())]
    result = analyze_document(document, parsed, load_gazetteer(), load_lexicon())
    entities, statements, docs = resolve([result], load_gazetteer())
    for s in statements:
        assert text[s.start:s.end] == s.evidence, (s, text)
    G = build_graph(entities, statements, docs)
    ox.parse(write_rdf(G, None, "nt"), format=ox.RdfFormat.N_TRIPLES)
    for line in generate_jsonl(G):
        json.loads(line)
        assert len(line.splitlines()) == 1
    rows = list(csv.reader(io.StringIO(relationships_csv(G), newline="")))
    assert len(rows) == G.number_of_edges() + 1


if __name__ == "__main__":  # python tests/test_fuzz.py [libFuzzer options], with atheris installed
    import importlib
    import sys

    import atheris

    with atheris.instrument_imports(include=["kg"]):
        for module in ("kg.ingest", "kg.nlp", "kg.mentions", "kg.extract", "kg.resolve", "kg.export.rdf",
                       "kg.export.jsonl", "kg.export.neo4j"):
            importlib.import_module(module)
    from kg.nlp import load_nlp

    load_nlp()
    atheris.Setup(sys.argv, _atheris_one_input)
    atheris.Fuzz()
