"""Bad input and faults, end to end through the real ``kg build`` (no mocks of the pipeline).

* A folder mixing good articles with every kind of bad input (empty, blank, a PDF and a PNG
  named ``.txt``, invalid UTF-8, Latin-1, cp1252, UTF-16 with a BOM, UTF-8 with stray
  cp1252 bytes, a 100,000-character sentence, HTML full of scripts and navigation, broken
  JSON Lines, German, a symbolic-link loop, a link to itself, names with spaces,
  non-ASCII and undecodable bytes, the same article under two names) is built once by the
  ``kg`` command in a subprocess; the tests read what it wrote: exit code, stderr,
  ``build-report.json`` and the outputs.
* Exit codes: 1 when something was skipped, 0 when not, 3 when nothing could be read.
* Faults: ``SIGINT`` (Ctrl-C to the whole process group, as a terminal sends it) while the
  progress shows ``extracting`` keeps the previous exports; a writer that crashes (a full
  disk, injected by replacing one writer) keeps them too and leaves no staging folder.
* Determinism: two builds in two processes with different ``PYTHONHASHSEED`` write the same
  bytes, every file.
* A 50 MB article (``@pytest.mark.slow``: run with ``NEWSKG_SLOW=1``).

``kg serve`` (loopback only, SPARQL Update refused, query time bounded) is covered in
tests/test_sparql.py (``test_kg_serve_end_to_end``, ``test_serve_bounds_query_time_and_reuses_its_store``).
"""

from __future__ import annotations

import concurrent.futures
import errno
import json
import os
import pty
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
KG_BIN = Path(sys.executable).parent / "kg"
KG_CMD = [str(KG_BIN)] if KG_BIN.exists() else [sys.executable, "-m", "kg"]
# Ctrl-C must reach `kg` even when the tests run in a background job (SIGINT ignored there):
# a small launcher restores SIGINT, then becomes `kg` (same pid). Not preexec_fn: unsafe with threads.
LAUNCH = [sys.executable, "-c",
          "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"]
CONTRACT_FILES = (
    "graph.ttl", "graph.html", "graph.gexf", "graph.graphml", "neo4j/nodes.csv",
    "neo4j/relationships.csv", "neo4j/import.cypher", "statements.jsonl", "build-report.json",
)
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
# wide enough that rich never wraps a message (the 80-column default is tested separately)
WIDE = {"COLUMNS": "1000"}

runner = CliRunner()
slow = pytest.mark.skipif(os.environ.get("NEWSKG_SLOW") != "1", reason="slow: set NEWSKG_SLOW=1 to run")


# --------------------------------------------------------------------------- helpers


def run_kg(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``kg ARGS`` in a subprocess (SIGINT restored, in case the tests run in a background job)."""
    return subprocess.run([*LAUNCH, *KG_CMD, *args], check=False, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every output file of a build (the internal cache in ``.kg-cache/`` left out)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).parts[0].startswith(".kg-cache")}


def check_outputs_parse(out: Path) -> None:
    """The exports of a build are complete and parse."""
    for rel in CONTRACT_FILES:
        assert (out / rel).is_file(), rel
    assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) > 0
    ox.Store().bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    from lxml import etree

    etree.parse(str(out / "graph.gexf"))
    etree.parse(str(out / "graph.graphml"))
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def no_staging_left(out: Path) -> bool:
    return not [p for p in out.iterdir() if p.name.startswith(".kg-build-")]


# plain English news sentences, for inputs that must be large but ordinary
_STATES = ["Hungary", "Poland", "Germany", "France", "Ukraine", "Italy", "Spain", "Austria", "Greece", "Turkey",
           "Japan", "Brazil", "Canada", "Mexico", "Kenya"]
_ORGS = ["NATO", "the European Union", "the United Nations", "the African Union", "the World Bank"]
_PEOPLE = ["Viktor Orban", "Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Fumio Kishida"]
_TEMPLATES = [
    "{a} will not fund {b}.",
    "{p} said {a} would block the new aid package for {b}.",
    "{a} agreed to cooperate with {b} on energy security.",
    "The minister said the talks in the capital had been constructive and that more meetings would follow.",
    "Officials from {a} met their counterparts from {b} on Tuesday.",
    "{a} refused to take part in the mission led by {o}.",
    "Analysts expect the decision to weigh on markets for several weeks.",
    "{p} criticised {o} for the delay.",
]


def english_text(size: int, seed: int = 0) -> str:
    """About ``size`` characters of paragraphs of plain English news sentences."""
    rng = random.Random(seed)
    paragraphs, n = [], 0
    while n < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            a, b = rng.sample(_STATES, 2)
            sentences.append(rng.choice(_TEMPLATES).format(a=a, b=b, o=rng.choice(_ORGS), p=rng.choice(_PEOPLE)))
        paragraphs.append(" ".join(sentences))
        n += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:size]


def long_sentence(size: int = 100_000, seed: int = 3) -> str:
    """One "sentence" of ``size`` characters: English words, a few names, no punctuation at all."""
    rng = random.Random(seed)
    common = ["the", "minister", "said", "that", "officials", "would", "not", "fund", "a", "plan", "for", "more",
              "aid", "and", "talks", "on", "trade", "with", "partners", "in", "the", "region", "after", "the",
              "meeting", "of", "leaders"]
    words: list[str] = []
    length = 0
    while length < size:
        words.append(rng.choice(("Hungary", "Poland", "NATO")) if rng.random() < 0.02 else rng.choice(common))
        length += len(words[-1]) + 1
    return " ".join(words)[:size]


# --------------------------------------------------------------------------- the mixed folder

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brazil hosts climate summit</title>
<script>var story = "Narnia will not fund Atlantis."; document.write(story);</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Atlantis blocks Narnia"}</script>
<style>body { color: #333 }</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/login">Sign in</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<script src="tracker.js"></script><noscript>Enable JavaScript to read Narnia news.</noscript>
<main><article><h1>Brazil hosts climate summit</h1>
<p>Brazil agreed to cooperate with Colombia on protecting the Amazon rainforest, President Luiz Inácio Lula da Silva
said on Monday at the summit in Belém, where leaders of eight countries met for two days.</p>
<p>Venezuela refused to take part in the talks, according to officials who spoke to reporters after the meeting.</p>
<script>window.alert("Atlantis attacks Narnia");</script>
<p>The leaders said they would meet again next year to review the progress of the plan and its funding.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Narnia wins the cup</a></li><li><a href="/b">Atlantis election</a></li></ul></aside>
<footer><nav><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></nav>
<script>document.cookie = "narnia=1";</script></footer></body></html>
"""

GERMAN = ("Die Regierung in Berlin hat am Mittwoch beschlossen, dass sie die Mission nicht finanzieren wird, weil "
          "die Kosten zu hoch sind und der Bundestag nicht zugestimmt hat. Der Kanzler sagte, man werde das später "
          "noch einmal prüfen, aber jetzt sei nicht die richtige Zeit dafür, und die Opposition kritisierte das.")

LATIN1_NAME = os.fsdecode(b"caf\xe9 latin1 name.txt")  # a name that is not UTF-8 on disk


def make_mixed_folder(folder: Path) -> dict[str, str]:
    """Write the mixed folder; return ``{file name: expected status}`` ("ok"/"skipped"/"dup")."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, status: str) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = status

    put("good plain.txt", "Hungary will not fund the NATO mission in Ukraine, Prime Minister Viktor Orbán said on "
                          "Wednesday. Poland agreed to cooperate with Germany on energy security.\n", "ok")
    put("Zürich – 日本 ĳ report.txt", "Japan will provide military aid to the Philippines, Defence Minister Minoru "
                                      "Kihara said on Tuesday.\n", "ok")
    put("cp1252.txt", "Szijjártó: “Hungary will block the sanctions”\n\nForeign Minister Péter Szijjártó said "
                      "Hungary would block the “new” sanctions against Russia.\n".encode("cp1252"), "ok")
    put("latin1.txt", "Müller and Gómez meet in Zürich\n\nChancellor Jürgen Müller said Austria would not block "
                      "the talks with Spain, Señor Gómez told reporters.\n".encode("latin-1"), "ok")
    put("utf16.txt", "Albares: España will not fund the project\n\nSpanish Foreign Minister José Manuel Albares said "
                     "Spain will not fund the project of Morocco.\n".encode("utf-16"), "ok")  # with a BOM
    put("stray bytes.txt", "Orbán’s veto\n\nPrime Minister Viktor Orbán said Hungary would block the aid, ".encode()
        + b"\x93without exception\x94 \xff.\n", "ok")  # UTF-8 with stray cp1252 bytes
    put("empty.txt", b"", "skipped")
    put("blank.txt", b"  \n\t\n   \r\n \xc2\xa0\n", "skipped")
    put("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "skipped")
    put("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06", "skipped")
    rng = random.Random(7)
    put("invalid utf8.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(4000)), "skipped")
    put("long sentence.txt", long_sentence(), "ok")
    put("page.html", HTML_PAGE, "ok")
    put("german.txt", GERMAN, "skipped")
    put("dup-a.txt", "Austria will not participate in the mission in Mali, the chancellor said.\n", "dup")
    put("dup b copy.txt", "Austria will not participate in the mission in Mali, the chancellor said.\n", "ok")
    put(LATIN1_NAME, "Italy agreed to cooperate with Tunisia on migration, officials said.\n", "ok")
    records = [
        json.dumps({"id": "feed-good", "title": "Kenya backs talks",
                    "text": "Kenya will support the peace talks in Sudan, the foreign ministry said.\nIt gave no date."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "nothing"}),
        json.dumps({"id": "wrong-type", "text": 42}),
        json.dumps({"id": "list-type", "text": ["Turkey", "Greece"]}),
        json.dumps([1, 2, 3]),
        "",
        json.dumps({"id": 7, "text": "Turkey agreed to cooperate with Greece on migration, officials said.",
                    "date": 20240612, "url": ["not", "a", "url"]}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    for lineno, status in enumerate(["ok", "skipped", "skipped", "skipped", "skipped", "skipped", "skipped", "ok"], 1):
        expect[f"feed.jsonl:{lineno}"] = status
    os.symlink(".", folder / "loop")  # a folder link back to its own folder
    expect["loop"] = "skipped"
    os.symlink("self.txt", folder / "self.txt")  # a link to itself
    expect["self.txt"] = "skipped"
    return expect


def _shown(name: str) -> str:
    """A file name as newskg reports it (undecodable bytes as U+FFFD)."""
    return os.fsencode(name).decode("utf-8", "replace")


class Mixed:
    def __init__(self, folder: Path, out: Path, run: subprocess.CompletedProcess, seconds: float,
                 expect: dict[str, str]):
        self.folder, self.out, self.run, self.seconds, self.expect = folder, out, run, seconds, expect
        self.report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
        self.graph = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
        self.ttl = (out / "graph.ttl").read_text(encoding="utf-8")

    def source(self, name: str) -> str:
        return _shown(str(self.folder / name))

    def statuses(self, name: str) -> list[str]:
        return [e["status"] for e in self.report["inputs"] if e["source"] == self.source(name)]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Mixed:
    folder = tmp_path_factory.mktemp("mixed") / "in"
    expect = make_mixed_folder(folder)
    out = folder.parent / "out"
    started = time.monotonic()
    run = run_kg("build", str(folder), "--out", str(out), env=WIDE, timeout=240)
    seconds = time.monotonic() - started
    assert (out / "build-report.json").is_file(), run.stderr
    return Mixed(folder, out, run, seconds, expect)


def test_mixed_folder_exits_1_and_writes_every_output(mixed):
    assert mixed.run.returncode == 1, mixed.run.stderr
    check_outputs_parse(mixed.out)
    assert no_staging_left(mixed.out)
    assert mixed.seconds < 240  # the 100,000-character sentence included


def test_report_lists_every_input_with_status_and_reason(mixed):
    inputs = mixed.report["inputs"]
    for entry in inputs:
        assert set(entry) >= {"source", "status", "reason", "doc_id"}
        assert entry["status"] in {"ok", "skipped", "duplicate"}
        if entry["status"] == "skipped":
            assert entry["reason"].strip() and "\n" not in entry["reason"], entry
            assert entry["doc_id"] is None
        else:
            assert re.fullmatch(r"doc-[0-9a-f]{16}", entry["doc_id"]), entry
    for name, status in mixed.expect.items():
        got = mixed.statuses(name)
        if status == "dup":  # read, then found to be the same text as another name
            assert "duplicate" in got, (name, got)
        else:
            assert got and got[-1] == status, (name, got)
    listed = {e["source"] for e in inputs}
    assert listed == {mixed.source(n) for n in mixed.expect}  # nothing more, nothing less
    assert mixed.report["documents"] == sum(1 for s in mixed.expect.values() if s == "ok")


@pytest.mark.parametrize("name, words", [
    ("empty.txt", "empty"), ("blank.txt", "empty"), ("scan.txt", "PDF"), ("photo.txt", "PNG"),
    ("invalid utf8.txt", "UTF-8"), ("german.txt", "not English"), ("loop", "loop"), ("self.txt", "loop"),
    ("feed.jsonl:2", "broken JSON"), ("feed.jsonl:3", '"text"'), ("feed.jsonl:4", "number"),
    ("feed.jsonl:5", "array"), ("feed.jsonl:6", "not a JSON object"), ("feed.jsonl:7", "empty"),
])
def test_reasons_say_what_is_wrong(mixed, name: str, words: str):
    (entry,) = [e for e in mixed.report["inputs"] if e["source"] == mixed.source(name)]
    assert words in entry["reason"], entry


def test_every_skipped_input_is_named_on_stderr_with_its_reason(mixed):
    lines = mixed.run.stderr.splitlines()
    skipped = [e for e in mixed.report["inputs"] if e["status"] == "skipped"]
    for entry in skipped:
        message = f"skipped {entry['source']}: {entry['reason']}"
        assert message in lines, (message, mixed.run.stderr)
    assert sum(1 for line in lines if line.startswith("skipped ")) == len(skipped)
    assert f"{len(skipped)} input(s) skipped" in mixed.run.stderr


def _documents(graph: rdflib.Graph) -> dict[str, set[str]]:
    """``{dcterms:identifier: {schema:alternateName…}}`` of every kg:Document."""
    out: dict[str, set[str]] = {}
    for doc, name in graph.subject_objects(rdflib.URIRef(DCTERMS + "identifier")):
        out[str(name)] = {str(a) for a in graph.objects(doc, rdflib.URIRef(SCHEMA + "alternateName"))}
    return out


def test_the_good_documents_are_all_in_the_outputs(mixed):
    docs = _documents(mixed.graph)
    names = set(docs) | {a for alts in docs.values() for a in alts}
    expected = {_shown(n) for n, s in mixed.expect.items() if s in ("ok", "dup") and not n.startswith("feed.jsonl")}
    expected |= {"feed-good", "7"}  # JSON Lines records are named by their "id"
    assert names == expected
    # the same names everywhere the outputs name documents
    html = (mixed.out / "graph.html").read_text(encoding="utf-8")
    for name in ("good plain.txt", "Zürich – 日本 ĳ report.txt", "feed-good"):
        assert name in html
    statements = [json.loads(x) for x in (mixed.out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"good plain.txt", "cp1252.txt", "utf16.txt"} <= {s["document_name"] for s in statements}
    for s in statements:  # provenance stays exact, whatever the encoding of the source
        assert s["end"] - s["start"] == len(s["evidence"])


def test_the_same_article_twice_is_one_document_with_both_names(mixed):
    docs = _documents(mixed.graph)
    assert docs["dup b copy.txt"] == {"dup-a.txt"}
    assert "dup-a.txt" not in docs
    ids = {e["doc_id"] for e in mixed.report["inputs"] if e["source"] in (mixed.source("dup-a.txt"),
                                                                          mixed.source("dup b copy.txt"))}
    assert len(ids) == 1


@pytest.mark.parametrize("name, encoding, text", [
    ("cp1252.txt", "cp1252", "Péter Szijjártó"),
    ("latin1.txt", "cp1252", "Jürgen Müller"),  # ISO-8859-1 is read as its superset windows-1252
    ("utf16.txt", "utf-16", "José Manuel Albares"),
    ("stray bytes.txt", "utf-8+cp1252", "Viktor Orbán"),
    ("Zürich – 日本 ĳ report.txt", "utf-8", "Minoru Kihara"),
])
def test_encodings_are_decoded_right(mixed, name: str, encoding: str, text: str):
    (entry,) = [e for e in mixed.report["inputs"] if e["source"] == mixed.source(name)]
    assert entry["status"] == "ok" and entry["encoding"] == encoding
    assert text in mixed.ttl  # the accented name survives into graph.ttl (a title, label or evidence)
    for mojibake in ("Ã", "Ă", "\ufffd"):
        assert mojibake not in "".join(str(o) for o in mixed.graph.objects() if text[:3] in str(o))


def test_cp1252_quotes_and_utf16_titles_reach_the_graph(mixed):
    titles = {str(t) for t in mixed.graph.objects(None, rdflib.URIRef(DCTERMS + "title"))}
    assert "Szijjártó: “Hungary will block the sanctions”" in titles
    assert "Albares: España will not fund the project" in titles
    assert "Müller and Gómez meet in Zürich" in titles


def test_html_scripts_and_navigation_are_not_article_text(mixed):
    from kg.ingest import read_documents

    (doc,) = read_documents([mixed.folder / "page.html"])
    assert "Lula da Silva" in doc.text and "Venezuela refused" in doc.text
    for junk in ("Narnia", "Atlantis", "document.write", "Subscribe now", "Privacy", "Cookies", "Sign in"):
        assert junk not in doc.text, junk
        assert junk not in mixed.ttl, junk
        assert junk not in (mixed.out / "statements.jsonl").read_text(encoding="utf-8"), junk


def test_a_file_name_that_is_not_utf8_is_kept_readably(mixed):
    shown = _shown(LATIN1_NAME)
    assert "\ufffd" in shown and shown in _documents(mixed.graph)
    assert mixed.statuses(LATIN1_NAME) == ["ok"]


def test_the_long_sentence_is_read(mixed):
    (entry,) = [e for e in mixed.report["inputs"] if e["source"] == mixed.source("long sentence.txt")]
    assert entry["status"] == "ok"
    assert "long sentence.txt" in _documents(mixed.graph)


def test_an_unreadable_file_is_skipped(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
    locked = folder / "locked.txt"
    locked.write_text("Poland will not fund the NATO mission in Ukraine.\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("chmod 000 does not stop this user (root) from reading")
        run = run_kg("build", str(folder), "--out", str(tmp_path / "out"), "-q", env=WIDE)
    finally:
        locked.chmod(0o644)
    assert run.returncode == 1
    assert f"skipped {locked}: cannot read: permission denied" in run.stderr.splitlines()


def _remove_chain(folder: Path) -> None:
    """Remove ``folder/d/d/…/x.txt`` bottom up: shutil.rmtree and os.walk recurse (and so
    pytest's own clean-up of old temporary folders would fail on it)."""
    path = folder
    while (path / "d").is_dir():
        path = path / "d"
    (path / "x.txt").unlink(missing_ok=True)
    while path != folder:
        path.rmdir()
        path = path.parent


def test_a_folder_nested_deeper_than_the_recursion_limit_is_read(tmp_path: Path):
    from kg.ingest import read_documents

    depth = sys.getrecursionlimit() + 100
    folder = tmp_path / "deep"
    folder.mkdir()
    try:
        path = folder
        for _ in range(depth):
            path = path / "d"
            path.mkdir()
        (path / "x.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
        reports: list = []
        docs = list(read_documents([folder], on_report=reports.append))
        assert [d.name for d in docs] == ["x.txt"] and [r.status for r in reports] == ["ok"]
    finally:
        _remove_chain(folder)


# --------------------------------------------------------------------------- exit codes


def test_nothing_readable_exits_3(tmp_path: Path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n")
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    run = run_kg("build", str(folder), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"), env=WIDE)
    assert run.returncode == 3, run.stderr
    lines = run.stderr.splitlines()
    for name, reason in (("empty.txt", "empty"), ("scan.txt", "binary file (PDF), not text")):
        assert f"skipped {folder / name}: {reason}" in lines
    assert f"skipped {tmp_path / 'missing.txt'}: does not exist" in lines
    assert "no document could be read" in run.stderr


def test_nothing_readable_keeps_the_previous_exports(tmp_path: Path):
    from kg.cli import app

    out = tmp_path / "out"
    good = tmp_path / "good.txt"
    good.write_text("Hungary will not fund the NATO mission in Ukraine, Viktor Orbán said.\n", encoding="utf-8")
    assert runner.invoke(app, ["build", str(good), "--out", str(out), "-q"]).exit_code == 0
    before = snapshot(out)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "--out", str(out), "-q"]).exit_code == 3
    assert snapshot(out) == before


def test_skip_messages_stay_on_one_line_at_the_default_width(tmp_path: Path):
    folder = tmp_path / "a folder with a rather long name to make the line long"
    folder.mkdir()
    (folder / "german article with a long file name.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "good.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    run = subprocess.run([*KG_CMD, "build", str(folder), "--out", str(tmp_path / "out"), "-q"], check=False,
                         capture_output=True, text=True, env=env, timeout=300)
    reason = next(e for e in json.loads((tmp_path / "out" / "build-report.json").read_text())["inputs"]
                  if e["status"] == "skipped")["reason"]
    assert f"skipped {folder / 'german article with a long file name.txt'}: {reason}" in run.stderr.splitlines()


def test_file_names_that_look_like_markup_are_printed_as_they_are(tmp_path: Path):
    from kg.cli import app

    folder = tmp_path / "in"
    (folder / "a[").mkdir(parents=True)
    (folder / "[bold]empty.txt").write_bytes(b"")
    (folder / "a[" / "b]empty.txt").write_bytes(b"")  # the path holds "[/b]"
    (folder / "good.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
    run = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "-q"], env=WIDE)
    assert run.exit_code == 1, run.output
    assert f"skipped {folder / '[bold]empty.txt'}: empty" in run.stderr.splitlines()
    assert f"skipped {folder / 'a[' / 'b]empty.txt'}: empty" in run.stderr.splitlines()


# --------------------------------------------------------------------------- determinism (and exit 0)


def test_same_input_gives_byte_identical_outputs_in_two_processes(tmp_path: Path):
    """Two processes, PYTHONHASHSEED 1 and 2 (other set and dict orders): every file byte for byte."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(EXAMPLES.iterdir()):
        if p.is_file() and p.suffix in {".txt", ".md", ".html", ".jsonl"}:
            (folder / p.name).write_bytes(p.read_bytes())
    (folder / "copy of 01.txt").write_bytes((EXAMPLES / "01_baltic_defence_pact.txt").read_bytes())
    (folder / "cp1252.txt").write_bytes("Foreign Minister Péter Szijjártó said Hungary would block the “new” "
                                        "sanctions against Russia.\n".encode("cp1252"))
    outs = [tmp_path / "out1", tmp_path / "out2"]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda a: run_kg("build", str(folder), "--out", str(a[0]), "--format", "nt",
                                              "--format", "jsonld", "-q", env={"PYTHONHASHSEED": a[1]}),
                             [(outs[0], "1"), (outs[1], "2")]))
    for run in runs:
        assert run.returncode == 0, run.stderr  # nothing skipped: exit 0
        assert "skipped" not in run.stderr
    first, second = snapshot(outs[0]), snapshot(outs[1])
    assert set(CONTRACT_FILES) | {"graph.nt", "graph.jsonld"} <= set(first)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    manifest = [json.loads((o / ".kg-cache" / "manifest.json").read_text()) for o in outs
                if (o / ".kg-cache" / "manifest.json").is_file()]
    if len(manifest) == 2:
        assert manifest[0] == manifest[1]


# --------------------------------------------------------------------------- interrupts and crashes


def test_ctrl_c_while_extracting_keeps_the_previous_exports(tmp_path: Path):
    out = tmp_path / "out"
    first = run_kg("build", str(EXAMPLES), "--out", str(out), "-q")
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    big = tmp_path / "big"
    big.mkdir()
    for i in range(48):  # enough for a pool of workers, each document a few seconds' work at most
        (big / f"article-{i:02d}.txt").write_text(english_text(3000, seed=100 + i), encoding="utf-8")

    master, slave = pty.openpty()  # a terminal, so that the progress bar is drawn as a user sees it
    proc = subprocess.Popen([*LAUNCH, *KG_CMD, "build", str(big), "--out", str(out)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, start_new_session=True,
                            env={**os.environ, "COLUMNS": "160"})
    os.close(slave)
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = None
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            screen = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))
            done = re.findall(r"extracting[^\n\r]*?(\d+)/48", screen)
            if done and 2 <= int(done[-1]) < 40:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        assert done, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))[-2000:]
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground process group
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    reader.join(5)
    os.close(master)
    stderr = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))
    assert code == 130, stderr[-2000:]
    # no worker, fork server or resource tracker of the build outlives it
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.1)
    assert not _group_alive(proc.pid)
    assert "interrupted" in stderr and "previous exports" in stderr
    assert snapshot(out) == before  # every file byte for byte, build-report.json included
    check_outputs_parse(out)
    assert no_staging_left(out)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.mark.parametrize("module, func, fault", [
    ("rdf", "write_rdf", "disk full"),         # the first writer
    ("neo4j", "write_neo4j", "disk full"),     # the last writer, a folder of three files
    ("graphml", "write_graphml", "ctrl-c"),    # Ctrl-C in the middle of the writing
])
def test_a_writer_that_fails_keeps_the_previous_exports(tmp_path: Path, monkeypatch, module: str, func: str,
                                                        fault: str):
    import importlib

    from kg.cli import app

    out = tmp_path / "out"
    good = tmp_path / "a.txt"
    good.write_text("Hungary will not fund the NATO mission in Ukraine, Viktor Orbán said.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(good), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    before = snapshot(out)

    target = importlib.import_module(f"kg.export.{module}")
    real = getattr(target, func)

    def broken(G, path, *args, **kwargs):
        real(G, path, *args, **kwargs)  # write it all, then truncate it: a half-written file
        written = [p for p in (Path(path).rglob("*") if Path(path).is_dir() else [Path(path)]) if p.is_file()]
        for p in written:
            p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
        if fault == "ctrl-c":
            raise KeyboardInterrupt
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(target, func, broken)
    other = tmp_path / "b.txt"
    other.write_text("Poland agreed to cooperate with Germany on energy security, Donald Tusk said.\n")
    result = runner.invoke(app, ["build", str(other), "--out", str(out), "-q"])
    if fault == "ctrl-c":
        assert result.exit_code == 130, result.output
        assert "previous exports" in result.stderr
    else:
        assert result.exit_code == 2, result.output
        assert "No space left on device" in result.stderr and "previous exports" in result.stderr
        assert {"rdf": "graph.ttl", "neo4j": "neo4j"}[module] in result.stderr
    assert snapshot(out) == before
    assert no_staging_left(out)
    monkeypatch.undo()
    check_outputs_parse(out)


def test_a_build_does_not_read_its_own_outputs(tmp_path: Path):
    """``kg build . --out exports`` run twice: the second run must not read exports/ as articles."""
    from kg.cli import app

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("01_baltic_defence_pact.txt", "02_japan_philippines_aid.txt", "feed.jsonl"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    out = folder / "exports"
    first = runner.invoke(app, ["build", str(folder), "--out", str(out), "-q"])
    assert first.exit_code == 0, first.output
    before = snapshot(out)
    again = runner.invoke(app, ["build", str(folder), "--out", str(out), "-q"])
    assert again.exit_code == 0, again.output  # statements.jsonl and graph.html were not read
    assert snapshot(out) == before


# --------------------------------------------------------------------------- a 50 MB article


def test_a_50_mb_file_is_skipped_with_its_size_by_default(tmp_path: Path):
    """By default a 50 MB input is no news article: it is skipped, saying how to raise the limit,
    and the rest of the batch is built."""
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "big.txt").open("w", encoding="utf-8") as fh:
        line = "The minister said the talks would continue next week in the capital.\n"
        fh.write(line * (50_000_000 // len(line) + 1))
    (folder / "small.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
    run = run_kg("build", str(folder), "--out", str(tmp_path / "out"), "-q", "-j", "1", timeout=300)
    assert run.returncode == 1, run.stderr
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    status = {Path(e["source"]).name: (e["status"], e["reason"]) for e in report["inputs"]}
    assert status["small.txt"][0] == "ok"
    assert status["big.txt"][0] == "skipped" and "too large" in status["big.txt"][1]
    assert "max_bytes" in status["big.txt"][1] or "max-bytes" in status["big.txt"][1]
    assert any("big.txt" in line and "too large" in line for line in run.stderr.splitlines())
    check_outputs_parse(tmp_path / "out")


@slow
@pytest.mark.slow
def test_a_50_mb_article(tmp_path: Path):
    """One 50 MB file of plain English paragraphs (with a small good one beside it).

    Timeout from NEWSKG_SLOW_TIMEOUT (seconds, default 3600); peak memory from the
    process's own rusage (a single document is analysed in the main process).
    """
    import resource

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(english_text(50_000_000, seed=1), encoding="utf-8")
    (folder / "small.txt").write_text("Hungary will not fund the NATO mission in Ukraine.\n")
    assert (folder / "big.txt").stat().st_size >= 50_000_000
    timeout = float(os.environ.get("NEWSKG_SLOW_TIMEOUT", "3600"))
    started = time.monotonic()
    run = run_kg("build", str(folder), "--out", str(tmp_path / "out"), "-q", "-j", "1", "--max-bytes", "60000000",
                 timeout=timeout)
    seconds = time.monotonic() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"50 MB build: {seconds:.0f} s, peak RSS {peak_mib:.0f} MiB")
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert [e["status"] for e in report["inputs"]] == ["ok", "ok"]
    check_outputs_parse(tmp_path / "out")
    assert peak_mib < 8 * 1024
