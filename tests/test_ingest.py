"""Tests of kg.ingest: real files in tmp_path, no mocks.

Every test that feeds a bad input also feeds good ones in the same call and checks that
the bad one produced exactly one skipped report naming it and that the good ones were read.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest import InputReport, doc_id_for, iter_input_files, read_documents
from kg.model import Document

SEEDS = Path("/work/shared/seeds")
WIKINEWS = Path("/work/shared/corpora/wikinews-2019-2020/articles.jsonl")

ARTICLE = (
    "Hungary will not take part in the new NATO mission for Ukraine, Prime Minister Viktor "
    "Orbán said on Wednesday after he met the secretary general of the alliance in Budapest. "
    "He added that his country would not block the decision of the other allies either, and "
    "that no Hungarian funds would be used to support the mission in any way.\n"
)
OTHER_ARTICLE = (
    "The foreign ministers of the European Union met in Brussels on Monday to discuss the "
    "next package of sanctions against Russia. Several of them said that they expected an "
    "agreement before the end of the month, but that there were still a number of open "
    "questions about the details.\n"
)


# --------------------------------------------------------------------------- helpers


def read_all(*paths: Path | str, **kwargs: object) -> tuple[list[Document], list[InputReport]]:
    """Read everything; return the documents and the reports."""
    reports: list[InputReport] = []
    documents = list(read_documents(list(paths), on_report=reports.append, **kwargs))  # type: ignore[arg-type]
    return documents, reports


def assert_one_skipped(reports: list[InputReport], source: Path | str, reason_part: str) -> InputReport:
    """Exactly one report names ``source``; it is a skip whose reason contains ``reason_part``."""
    mine = [r for r in reports if r.source == str(source)]
    assert len(mine) == 1, mine
    report = mine[0]
    assert report.status == "skipped"
    assert reason_part in report.reason, report.reason
    assert "\n" not in report.reason
    assert report.doc_id is None
    return report


def assert_read(documents: list[Document], reports: list[InputReport], *sources: Path | str) -> None:
    """Each of ``sources`` was read into a Document and reported ok with its id."""
    by_source = {d.source: d for d in documents}
    for source in sources:
        assert str(source) in by_source, (source, reports)
        ok = [r for r in reports if r.source == str(source)]
        assert len(ok) == 1 and ok[0].status == "ok" and ok[0].doc_id == by_source[str(source)].id


@pytest.fixture
def good(tmp_path: Path) -> tuple[Path, Path]:
    """Two good articles around the bad one (sorted names: a_..., z_...)."""
    first = tmp_path / "a_good.txt"
    last = tmp_path / "z_good.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    last.write_text(OTHER_ARTICLE, encoding="utf-8")
    return first, last


def check_bad_file(tmp_path: Path, good: tuple[Path, Path], bad: Path, reason_part: str) -> InputReport:
    """Read a folder with ``bad`` between two good files, in one call, and check both."""
    documents, reports = read_all(tmp_path)
    report = assert_one_skipped(reports, bad, reason_part)
    assert_read(documents, reports, *good)
    assert len(reports) == 3
    return report


# --------------------------------------------------------------------------- bad bytes


def test_empty_file_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_empty.txt"
    bad.write_bytes(b"")
    check_bad_file(tmp_path, good, bad, "empty")


def test_whitespace_only_file_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_blank.txt"
    bad.write_bytes(b"  \n\t\r\n   \n")
    check_bad_file(tmp_path, good, bad, "empty")


def test_pdf_named_txt_is_skipped_as_binary(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_report.txt"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    report = check_bad_file(tmp_path, good, bad, "binary file (PDF), not text")
    assert report.reason == "binary file (PDF), not text"


def test_png_named_txt_is_skipped_as_binary(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    check_bad_file(tmp_path, good, bad, "binary file (PNG), not text")


def test_nul_bytes_are_skipped_as_binary(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_nul.txt"
    bad.write_bytes(b"Hello\x00\x00world " * 20)
    check_bad_file(tmp_path, good, bad, "binary file")


def test_invalid_utf8_that_fits_no_encoding_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_garbage.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)) * 4)
    check_bad_file(tmp_path, good, bad, "not valid UTF-8")


# --------------------------------------------------------------------------- decoding


def test_cp1252_text_is_decoded_right(tmp_path: Path, good: tuple[Path, Path]) -> None:
    text = (
        "Hungary’s foreign minister Péter Szijjártó said on Tuesday that “Hungary will not "
        "take part” in the mission – and Viktor Orbán added that the café in Málaga was not "
        "the place to decide it.\r\nThe crème of the alliance met later in the week.\r\n"
    )
    path = tmp_path / "m_cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, path)
    document = next(d for d in documents if d.source == str(path))
    assert "Orbán" in document.text and "Szijjártó" in document.text
    assert "“Hungary will not take part”" in document.text and "Hungary’s" in document.text
    assert "café" in document.text and "crème" in document.text
    assert document.text == text.replace("\r\n", "\n")
    assert next(r for r in reports if r.source == str(path)).encoding == "cp1252"


def test_utf16_with_bom_is_decoded(tmp_path: Path, good: tuple[Path, Path]) -> None:
    path = tmp_path / "m_utf16.txt"
    path.write_bytes(ARTICLE.replace("Hungary", "Magyarország").encode("utf-16"))  # with BOM
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, path)
    document = next(d for d in documents if d.source == str(path))
    assert document.text.startswith("Magyarország will not") and "\ufeff" not in document.text
    assert next(r for r in reports if r.source == str(path)).encoding == "utf-16"


def test_utf8_bom_crlf_and_nfc_are_normalised(tmp_path: Path, good: tuple[Path, Path]) -> None:
    decomposed = ARTICLE.replace("Orbán", "Orba\u0301n").replace("\n", "\r\n") + "Last line.\rEnd."
    path = tmp_path / "m_bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + decomposed.encode("utf-8"))
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, path)
    document = next(d for d in documents if d.source == str(path))
    assert document.text == ARTICLE + "Last line.\nEnd."
    assert document.id == doc_id_for(ARTICLE + "Last line.\nEnd.")


def test_large_file_is_read_quickly(tmp_path: Path, good: tuple[Path, Path]) -> None:
    path = tmp_path / "m_large.txt"
    paragraph = ARTICLE.encode("utf-8")
    copies = 50_000_000 // len(paragraph) + 1
    with open(path, "wb") as handle:  # written in chunks, never held as one string
        for _ in range(copies // 1000):
            handle.write(paragraph * 1000)
        handle.write(paragraph * (copies % 1000))
    size = path.stat().st_size
    assert size >= 50_000_000
    started = time.perf_counter()
    reports: list[InputReport] = []
    count = 0
    for document in read_documents([tmp_path], on_report=reports.append):
        count += 1
        if document.source == str(path):
            assert len(document.text.encode("utf-8")) == size
            assert document.text.startswith(ARTICLE)
        del document
    assert time.perf_counter() - started < 8
    assert count == 3 and [r.status for r in reports] == ["ok", "ok", "ok"]


def test_file_over_max_bytes_is_skipped_naming_size_and_limit(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_big.txt"
    bad.write_text(ARTICLE * 10, encoding="utf-8")
    size = bad.stat().st_size
    documents, reports = read_all(tmp_path, max_bytes=1000)
    report = assert_one_skipped(reports, bad, "too large")
    assert f"{size:,}" in report.reason and "1,000" in report.reason
    assert_read(documents, reports, *good)


# --------------------------------------------------------------------------- formats


def test_seed_style_header_gives_date_url_title_and_body_start(tmp_path: Path, good: tuple[Path, Path]) -> None:
    url = "https://example.com/2024/06/hungary-nato.html"
    path = tmp_path / "m_header.txt"
    path.write_text(f" date 2024-06-12 {url}\n\nHungary Will Not Fund the Mission\n\n{ARTICLE}", encoding="utf-8")
    byline = tmp_path / "m_byline.txt"
    byline.write_text(f" date 2023-10-19 Oleg Davigora19:20, 19.10.23\n\n{ARTICLE}", encoding="utf-8")
    bad = tmp_path / "m_header_only.txt"
    bad.write_text(f"date 2024-06-12 {url}\n", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, path, byline)
    assert_one_skipped(reports, bad, "no text after the header")
    header = next(d for d in documents if d.source == str(path))
    assert (header.date, header.url, header.title) == ("2024-06-12", url, "Hungary Will Not Fund the Mission")
    assert header.text.startswith(" date 2024-06-12 https://")  # text keeps the header
    assert header.text[: header.body_start].rstrip().endswith(url)
    assert url not in header.text[header.body_start :]
    with_byline = next(d for d in documents if d.source == str(byline))
    assert (with_byline.date, with_byline.url, with_byline.title) == ("2023-10-19", None, None)
    assert with_byline.text[with_byline.body_start :].startswith("Oleg Davigora19:20")
    plain = next(d for d in documents if d.source == str(good[0]))
    assert (plain.date, plain.url, plain.title, plain.body_start) == (None, None, None, 0)


def test_markdown_front_matter_heading_and_date(tmp_path: Path, good: tuple[Path, Path]) -> None:
    front = tmp_path / "m_front.md"
    front.write_text(
        '---\ntitle: "Hungary: no funds for the mission"\ndate: 2024-06-12\n'
        "url: https://example.com/a\ntags: [nato]\n---\n# Another heading\n\n" + ARTICLE,
        encoding="utf-8",
    )
    plain = tmp_path / "m_plain.markdown"
    plain.write_text("# Hungary stays out #\n\n*Published 2024-03-02*\n\n" + ARTICLE, encoding="utf-8")
    bad = tmp_path / "m_front_only.md"
    bad.write_text("---\ntitle: Nothing here\n---\n\n", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, front, plain)
    assert_one_skipped(reports, bad, "no text after the header")
    with_front = next(d for d in documents if d.source == str(front))
    assert (with_front.title, with_front.date, with_front.url) == (
        "Hungary: no funds for the mission",
        "2024-06-12",
        "https://example.com/a",
    )
    assert with_front.text.startswith("---\ntitle:")
    assert with_front.text[with_front.body_start :].startswith("# Another heading")
    without = next(d for d in documents if d.source == str(plain))
    assert (without.title, without.date, without.url, without.body_start) == ("Hungary stays out", "2024-03-02", None, 0)


HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Hungary will not fund NATO mission | Example News</title>
<meta name="date" content="2024-06-12">
<meta property="og:title" content="Hungary will not fund NATO mission">
<meta property="og:url" content="https://example.com/news/hungary-nato">
<script>var trackingSecret = "SCRIPTSECRET"; window.dataLayer = [];</script>
<style>body { font-family: sans-serif; } .STYLESECRET {}</style>
</head><body>
<nav><ul><li><a href="/">Home NAVSECRET</a></li><li><a href="/world">World NAVSECRET</a></li>
<li><a href="/sport">Sport NAVSECRET</a></li></ul></nav>
<article><h1>Hungary will not fund NATO mission</h1>
<p>Hungary will not take part in the new NATO mission for Ukraine, Prime Minister Viktor Orbán
said on Wednesday after he met the secretary general of the alliance in Budapest.</p>
<script>document.write("SCRIPTSECRET2");</script>
<p>Jens Stoltenberg said that Hungary would not block the decision of the other allies either,
and that no Hungarian funds would be used to support the mission in any way.</p>
<p>The summit in Washington next month is expected to agree a long-term financial pledge for
military support to Ukraine, diplomats said.</p></article>
<footer><p>Copyright FOOTERSECRET 2024. All rights reserved. Contact us. Privacy policy.</p></footer>
</body></html>
"""


def test_html_main_text_without_scripts_nav_footer(tmp_path: Path, good: tuple[Path, Path]) -> None:
    page = tmp_path / "m_page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    bad = tmp_path / "m_menu.htm"
    bad.write_text(
        "<html><head><title>Loading</title><script>var x = 1;</script></head>"
        "<body><div id='app'>  </div><script>render('app');</script></body></html>",
        encoding="utf-8",
    )
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, page)
    assert_one_skipped(reports, bad, "no article text found in HTML")
    document = next(d for d in documents if d.source == str(page))
    for secret in ("SCRIPTSECRET", "NAVSECRET", "FOOTERSECRET", "STYLESECRET", "trackingSecret"):
        assert secret not in document.text
    assert "Prime Minister Viktor Orbán" in document.text.replace("\n", " ")
    assert "no Hungarian funds would be used" in document.text.replace("\n", " ")
    assert "long-term financial pledge" in document.text.replace("\n", " ")
    assert document.title == "Hungary will not fund NATO mission"
    assert document.date == "2024-06-12"
    assert document.url == "https://example.com/news/hungary-nato"
    assert document.id == doc_id_for(document.text) and document.name == "m_page.html"


def test_jsonl_bad_lines_are_skipped_and_good_line_read(tmp_path: Path, good: tuple[Path, Path]) -> None:
    feed = tmp_path / "m_feed.jsonl"
    lines = [
        '{"id": "broken", "text": "Hungary will not',  # 1: broken JSON
        json.dumps({"id": "no-text", "title": "A title"}),  # 2: missing text
        json.dumps({"id": "wrong-type", "text": ["a", "list"]}),  # 3: wrong type
        json.dumps({"id": "good-1", "title": "Hungary stays out", "date": "2024-06-12T09:00:00Z",
                    "url": "https://example.com/good", "text": ARTICLE}),  # 4: good
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, f"{feed}:4")
    assert_one_skipped(reports, f"{feed}:1", "line 1: broken JSON")
    assert_one_skipped(reports, f"{feed}:2", 'line 2: no "text"')
    assert_one_skipped(reports, f"{feed}:3", 'line 3: "text" is an array')
    assert len(reports) == 6 and len(documents) == 3
    record = next(d for d in documents if d.source == f"{feed}:4")
    assert (record.name, record.names, record.title, record.date, record.url) == (
        "good-1", ("good-1",), "Hungary stays out", "2024-06-12", "https://example.com/good")
    assert record.text == ARTICLE and record.body_start == 0


def test_jsonl_odd_field_types_are_coerced_or_ignored(tmp_path: Path, good: tuple[Path, Path]) -> None:
    feed = tmp_path / "m_odd.jsonl"
    records = [
        {"id": 42, "title": 7, "date": "12/06/2024", "url": ["x"], "text": ARTICLE},
        {"id": "", "title": None, "date": 20240612, "text": OTHER_ARTICLE},
        [1, 2, 3],
        {"id": "empty", "text": "   "},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, f"{feed}:1", f"{feed}:2")
    assert_one_skipped(reports, f"{feed}:3", "not a JSON object")
    assert_one_skipped(reports, f"{feed}:4", 'empty "text"')
    assert_one_skipped(reports, f"{feed}:5", "empty line")
    first = next(d for d in documents if d.source == f"{feed}:1")
    assert (first.name, first.title, first.date, first.url) == ("42", None, None, None)
    second = next(d for d in documents if d.source == f"{feed}:2")
    assert (second.name, second.date) == ("m_odd.jsonl:2", None)


def test_non_english_text_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_french.txt"
    bad.write_text(
        "Le Premier ministre hongrois Viktor Orbán a déclaré mercredi que la Hongrie ne "
        "participerait pas à la nouvelle mission de l'OTAN en Ukraine. Il a ajouté que son pays "
        "ne bloquerait pas non plus la décision des alliés, mais qu'aucun fonds hongrois ne "
        "serait utilisé pour soutenir cette mission. Le secrétaire général de l'Alliance, Jens "
        "Stoltenberg, a salué cette position lors d'une conférence de presse à Budapest.\n",
        encoding="utf-8",
    )
    report = check_bad_file(tmp_path, good, bad, "not English (")
    assert "stop words" in report.reason


def test_german_text_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_german.txt"
    bad.write_text(
        "Der ungarische Ministerpräsident Viktor Orbán hat am Mittwoch erklärt, dass sich Ungarn "
        "nicht an der neuen Mission der NATO in der Ukraine beteiligen werde. Sein Land werde die "
        "Entscheidung der Verbündeten aber auch nicht blockieren, und es würden keine ungarischen "
        "Gelder für die Unterstützung dieser Mission verwendet.\n",
        encoding="utf-8",
    )
    check_bad_file(tmp_path, good, bad, "not English (")


def test_short_text_is_not_language_checked(tmp_path: Path, good: tuple[Path, Path]) -> None:
    short = tmp_path / "m_short.txt"
    short.write_text("Orbán à Bruxelles.\n", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, short)


# --------------------------------------------------------------------------- files and folders


def test_unreadable_file_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_secret.txt"
    bad.write_text(ARTICLE, encoding="utf-8")
    bad.chmod(0)
    try:
        if os.access(bad, os.R_OK):
            pytest.skip("chmod 000 does not stop this user (root) from reading")
        check_bad_file(tmp_path, good, bad, "cannot read: permission denied")
    finally:
        bad.chmod(0o644)


def test_unlistable_folder_is_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    bad = tmp_path / "m_locked"
    bad.mkdir()
    (bad / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    bad.chmod(0)
    try:
        if os.access(bad, os.R_OK):
            pytest.skip("chmod 000 does not stop this user (root) from listing")
        check_bad_file(tmp_path, good, bad, "cannot list folder: permission denied")
    finally:
        bad.chmod(0o755)


def test_symlink_loop_is_reported_once_and_not_followed(tmp_path: Path, good: tuple[Path, Path]) -> None:
    sub = tmp_path / "m_sub"
    sub.mkdir()
    (sub / "inner.txt").write_text(ARTICLE.replace("Wednesday", "Thursday"), encoding="utf-8")
    loop = sub / "up"
    loop.symlink_to("..", target_is_directory=True)  # m_sub/up -> the folder holding m_sub
    started = time.perf_counter()
    documents, reports = read_all(tmp_path)
    assert time.perf_counter() - started < 5
    assert_one_skipped(reports, loop, "symbolic link loop")
    assert_read(documents, reports, *good, sub / "inner.txt")
    assert len(reports) == 4


def test_link_to_itself_and_broken_link_are_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    selfish = tmp_path / "m_self.txt"
    selfish.symlink_to(selfish.name)
    broken = tmp_path / "m_broken.txt"
    broken.symlink_to("does-not-exist.txt")
    documents, reports = read_all(tmp_path)
    assert_one_skipped(reports, selfish, "symbolic link loop")
    assert_one_skipped(reports, broken, "broken symbolic link")
    assert_read(documents, reports, *good)
    documents, reports = read_all(good[0], broken, good[1])  # named explicitly
    assert_one_skipped(reports, broken, "broken symbolic link")
    assert_read(documents, reports, *good)


def test_missing_path_and_unsupported_suffix_are_skipped(tmp_path: Path, good: tuple[Path, Path]) -> None:
    missing = tmp_path / "m_missing.txt"
    pdf = tmp_path / "m_report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    documents, reports = read_all(good[0], missing, pdf, good[1])
    assert_one_skipped(reports, missing, "does not exist")
    assert_one_skipped(reports, pdf, "unsupported file type .pdf")
    assert_read(documents, reports, *good)
    assert len(reports) == 4
    # in a folder, unsupported and hidden files are left out silently
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert [r.source for r in reports] == [str(good[0]), str(good[1])]


def test_names_with_spaces_and_non_ascii(tmp_path: Path, good: tuple[Path, Path]) -> None:
    folder = tmp_path / "m Über uns"
    folder.mkdir()
    path = folder / "Nachrichten für Sie ü.TXT"
    path.write_text(OTHER_ARTICLE.replace("Monday", "Friday"), encoding="utf-8")
    bad = folder / "leer ü.txt"
    bad.write_text("", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, path)
    assert_one_skipped(reports, bad, "empty")
    document = next(d for d in documents if d.source == str(path))
    assert document.name == "Nachrichten für Sie ü.TXT" and document.names == (document.name,)


def test_same_article_under_two_names_gives_equal_ids(tmp_path: Path, good: tuple[Path, Path]) -> None:
    copy = tmp_path / "m_copy.txt"
    copy.write_text("\n\n" + ARTICLE + "\n  ", encoding="utf-8")  # same text, other whitespace
    bad = tmp_path / "m_empty.txt"
    bad.write_text(" ", encoding="utf-8")
    documents, reports = read_all(tmp_path)
    assert_read(documents, reports, *good, copy)
    assert_one_skipped(reports, bad, "empty")
    first = next(d for d in documents if d.source == str(good[0]))
    second = next(d for d in documents if d.source == str(copy))
    assert first.id == second.id and first.name != second.name


def test_folder_walk_is_sorted_and_recursive(tmp_path: Path) -> None:
    for relative in ("b/z.txt", "b/a.md", "a.txt", "c/d/e.txt", "b/notes.pdf"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    found = list(iter_input_files([tmp_path, tmp_path / "nope"]))
    expected = [tmp_path / "a.txt", tmp_path / "b/a.md", tmp_path / "b/z.txt", tmp_path / "c/d/e.txt"]
    assert found[:-1] == expected
    assert found[-1] == InputReport(str(tmp_path / "nope"), "skipped", "does not exist")


# --------------------------------------------------------------------------- ids


def test_doc_id_for_format() -> None:
    assert doc_id_for(" Hello.\n") == "doc-" + hashlib.sha1(b"Hello.").hexdigest()[:16]


@given(st.text())
def test_doc_id_for_matches_the_plain_definition(text: str) -> None:
    expected = hashlib.sha1(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]
    assert doc_id_for(text) == "doc-" + expected


# --------------------------------------------------------------------------- shared corpora

SEED_EXPECTED = {
    "000_a48b494a6a92e30c.txt": ("2024-05-25", "https://sputnikglobe.com/"),
    "001_252892171782d48a.txt": (None, None),
    "002_ca59ae6da1aa856b.txt": ("2023-10-19", None),
    "003_856fc3ee71b02177.txt": ("2024-06-12", None),
    "004_e2759aae65346c9e.txt": (None, None),
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="/work/shared/seeds is absent")
def test_seed_files_read_with_their_headers(tmp_path: Path) -> None:
    missing = tmp_path / "m_missing.txt"
    documents, reports = read_all(SEEDS, missing)
    assert_one_skipped(reports, missing, "does not exist")
    by_name = {d.name: d for d in documents}
    assert sorted(by_name) == sorted(SEED_EXPECTED)
    for name, (date, url_start) in SEED_EXPECTED.items():
        document = by_name[name]
        assert document.date == date, name
        if url_start is None:
            assert document.url is None, name
        else:
            assert document.url is not None and document.url.startswith(url_start), name
        assert document.text == (SEEDS / name).read_text(encoding="utf-8")
        assert document.id == doc_id_for(document.text)
    seed0 = by_name["000_a48b494a6a92e30c.txt"]
    assert seed0.title is not None and seed0.title.startswith("Hungary’s Bid to ‘Redefine’ NATO Status")
    assert "sputnikglobe" not in seed0.text[seed0.body_start :]
    seed2 = by_name["002_ca59ae6da1aa856b.txt"]
    assert seed2.text[seed2.body_start :].lstrip().startswith("Oleg Davigora")
    assert by_name["001_252892171782d48a.txt"].body_start == 0


@pytest.mark.skipif(not WIKINEWS.is_file(), reason="the wikinews corpus is absent")
def test_wikinews_jsonl_reads_295_documents(tmp_path: Path) -> None:
    missing = tmp_path / "m_missing.jsonl"
    documents, reports = read_all(WIKINEWS, missing)
    assert_one_skipped(reports, missing, "does not exist")
    assert len(documents) == 295
    assert all(d.date is not None and len(d.date) == 10 for d in documents)
    assert all(d.id == doc_id_for(d.text) and d.id.startswith("doc-") for d in documents)
    assert len({d.id for d in documents}) == 295
    assert documents[0].source == f"{WIKINEWS}:1" and documents[-1].source == f"{WIKINEWS}:295"
    assert documents[0].name == documents[0].names[0] != ""
    assert sum(r.status == "ok" for r in reports) == 295 and len(reports) == 296
