"""Read news articles from files and folders: the only place in newskg that reads input files.

``read_documents`` turns files and folders of ``.txt``, ``.md``/``.markdown``,
``.html``/``.htm`` and ``.jsonl`` into :class:`~kg.model.Document` objects, one at a time.
Every input (and every JSON Lines record) produces exactly one :class:`InputReport`: ``ok``
with the document id, or ``skipped`` with a one-line reason. A bad input never raises and
never stops the others.

``Document.text`` is the decoded text (newlines normalised to ``\\n``, Unicode to NFC) and
nothing else: every character offset in the project points into it.

The same text arriving under two names gives two Documents with the same ``id``; merging
them (and recording both names) is the build's job, not this module's.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(
    ...     " date 2024-06-12 https://example.com/a\\n\\nHungary will not block the plan, "
    ...     "but it will not take part in it either, the prime minister said on Wednesday "
    ...     "in a speech to the members of the parliament in Budapest.\\n", encoding="utf-8")
    >>> _ = (folder / "b.pdf.txt").write_bytes(b"%PDF-1.7 ...")
    >>> reports = []
    >>> docs = list(read_documents([folder], on_report=reports.append))
    >>> [(d.name, d.date, d.url) for d in docs]
    [('a.txt', '2024-06-12', 'https://example.com/a')]
    >>> [(r.status, r.reason) for r in reports]
    [('ok', ''), ('skipped', 'binary file (PDF), not text')]
    >>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import codecs
import configparser
import datetime as dt
import errno
import hashlib
import itertools
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

import charset_normalizer

from kg.errors import InputError
from kg.model import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "InputReport",
    "doc_id_for",
    "iter_input_files",
    "read_documents",
]

SUPPORTED_SUFFIXES: Final[tuple[str, ...]] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
"""File suffixes read as articles (matched case-insensitively)."""

DEFAULT_MAX_BYTES: Final = 200_000_000

# Magic numbers of common binary formats that end up in article folders.
_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"PK\x03\x04", "ZIP/DOCX"),
    (b"PK\x05\x06", "ZIP/DOCX"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office/OLE"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
)
# Checked longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Declared charsets that browsers (WHATWG) read as windows-1252.
_CP1252_ALIASES: Final = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"})

_HEADER_RE: Final = re.compile(
    r"(?:[ \t]*\n)*[ \t]*(?i:date)[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])"
    r"(?:[ \t]+(https?://\S+))?[ \t]*"
)
_FRONT_MATTER_RE: Final = re.compile(r"---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEY_RE: Final = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_MD_HEADING_RE: Final = re.compile(r"^[ ]{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_DATE_RE: Final = re.compile(
    r"[\W_]*(?:published|posted|updated|date)(?:[ \t]+on)?[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})(?!\d)",
    re.IGNORECASE,
)
_HTML_CHARSET_RE: Final = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_NON_SPACE_RE: Final = re.compile(r"\S")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
# one valid multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates)
_UTF8_MULTIBYTE_RE: Final = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTES: Final = bytes(range(0x80, 0x100))
_WIDE_CODECS: Final = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
_LINE_BREAK_RE: Final = re.compile(r"\s*[\r\n]+\s*")

_TITLE_MAX_CHARS: Final = 200
_LANG_MIN_WORDS: Final = 30
_LANG_SAMPLE_WORDS: Final = 2000
_LANG_MIN_STOP_SHARE: Final = 0.12
_SNIFF_BYTES: Final = 8192
_DETECT_SAMPLE_BYTES: Final = 2_000_000
_HASH_CHUNK: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class InputReport:
    """What happened to one input file, folder entry or JSON Lines record.

    Attributes:
        source: the path as given or found (``dir/a.txt``); ``feed.jsonl:12`` for a record.
        status: ``"ok"`` or ``"skipped"``.
        reason: one line saying why a skipped input was skipped (empty when ok).
        doc_id: the id of the Document read from it (ok only).
        encoding: the encoding the bytes were decoded with, where there were bytes to decode.

    Example:
        >>> InputReport("a.pdf", "skipped", "binary file (PDF), not text").doc_id is None
        True
    """

    source: str
    status: str
    reason: str = ""
    doc_id: str | None = None
    encoding: str | None = None


def doc_id_for(text: str) -> str:
    """Return the stable id of a text: ``doc-`` + the first 16 hex digits of its SHA-1.

    The SHA-1 is taken over ``text.strip()`` encoded as UTF-8, so leading and trailing
    whitespace do not change the id. Long texts are hashed in chunks (no second copy).

    Args:
        text: the document text.

    Returns:
        The id, e.g. ``doc-1f8ac10f23c5b5bc``.

    Example:
        >>> doc_id_for("Hello.") == doc_id_for("  Hello.\\n")
        True
        >>> len(doc_id_for("Hello.")), doc_id_for("Hello.")[:4]
        (20, 'doc-')
    """
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    digest = hashlib.sha1(usedforsecurity=False)
    for pos in range(start, end, _HASH_CHUNK):
        digest.update(text[pos : min(pos + _HASH_CHUNK, end)].encode("utf-8", "surrogatepass"))
    return "doc-" + digest.hexdigest()[:16]


# --------------------------------------------------------------------------- finding files


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputReport]:
    """Expand files and folders into the candidate article files, in a deterministic order.

    Folders are walked recursively, entries sorted by name; symbolic links are followed,
    but a link back into an enclosing folder is reported once as a loop and not entered,
    and a folder reached a second time (through another link) is reported and not read
    again. Hidden files and folders (name starting with ``.``) inside folders are left out
    silently, as are files of unsupported types found in folders, a folder's README/LICENSE
    files, and the ``statements.jsonl`` and ``graph.html`` of a newskg output folder (one
    that holds a ``build-report.json``: ``kg build .`` run twice must not read its own outputs).

    Args:
        paths: files and folders, as given on the command line.

    Yields:
        A :class:`~pathlib.Path` for every candidate file with a supported suffix
        (``SUPPORTED_SUFFIXES``), or a skipped :class:`InputReport` for a path that does not
        exist, cannot be listed or accessed, is a broken link or a link loop, is not a
        regular file, or is an explicitly named file of an unsupported type.

    Example:
        >>> list(iter_input_files(["no/such/file.txt"]))
        [InputReport(source='no/such/file.txt', status='skipped', reason='does not exist', doc_id=None, encoding=None)]
    """
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        status = _stat(path)
        if isinstance(status, str):
            yield _skipped(path, status)
        elif stat.S_ISDIR(status.st_mode):
            yield from _walk(path, status, frozenset(), seen_dirs)
        elif not stat.S_ISREG(status.st_mode):
            yield _skipped(path, "not a regular file")
        elif _is_supported(path):
            yield path
        else:
            suffix = path.suffix or "(no suffix)"
            yield _skipped(path, f"unsupported file type {suffix}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")


def _walk(
    folder: Path,
    folder_stat: os.stat_result,
    ancestors: frozenset[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
) -> Iterator[Path | InputReport]:
    """Yield the candidate files under one folder (see :func:`iter_input_files`).

    Depth first, entries in name order; iterative (a stack of open folders), so that no
    nesting depth can exhaust Python's recursion limit.
    """
    stack: list[tuple[Path, Iterator[str], frozenset[tuple[int, int]]]] = []
    frame = yield from _open_folder(folder, folder_stat, ancestors, seen_dirs)
    if frame is not None:
        stack.append(frame)
    while stack:
        parent, names, inside = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        if name.startswith(".") or _is_project_doc(name):
            continue
        child = parent / name
        status = _stat(child)
        if isinstance(status, str):
            yield _skipped(child, status)
        elif stat.S_ISDIR(status.st_mode):
            frame = yield from _open_folder(child, status, inside, seen_dirs)
            if frame is not None:
                stack.append(frame)
        elif _is_supported(child):
            if stat.S_ISREG(status.st_mode):
                yield child
            else:
                yield _skipped(child, "not a regular file")


def _open_folder(
    folder: Path,
    folder_stat: os.stat_result,
    ancestors: frozenset[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
) -> Iterator[InputReport]:
    """Enter a folder for :func:`_walk`: yield why it is not read, or return ``(folder, names, ancestors)``."""
    key = (folder_stat.st_dev, folder_stat.st_ino)
    if key in ancestors:
        yield _skipped(folder, "symbolic link loop (points back to an enclosing folder)")
        return None
    if key in seen_dirs:
        yield _skipped(folder, "folder already read through another path")
        return None
    seen_dirs.add(key)
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError as err:
        yield _skipped(folder, f"cannot list folder: {_os_reason(err)}")
        return None
    if _BUILD_MARKER in names:  # an earlier `kg build --out` inside the inputs: its outputs are no articles
        names = [name for name in names if name not in _BUILD_OUTPUTS]
    return folder, iter(names), ancestors | {key}


def _stat(path: Path) -> os.stat_result | str:
    """Return the stat of ``path`` (following links), or the reason it cannot be had."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "does not exist"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot access: {_os_reason(err)}"


# The files of a newskg output folder (found by its build-report.json) that have an article
# suffix: `kg build . ` run twice must not read its own statements and graph page.
_BUILD_MARKER: Final = "build-report.json"
_BUILD_OUTPUTS: Final[frozenset[str]] = frozenset({"statements.jsonl", "graph.html"})
_PROJECT_DOCS: Final[frozenset[str]] = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice"})


def _is_project_doc(name: str) -> bool:
    """A folder's own documentation (README.md, LICENSE.txt …), not an article."""
    return name.split(".", 1)[0].lower() in _PROJECT_DOCS


def _is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _skipped(source: Path | str, reason: str, encoding: str | None = None) -> InputReport:
    return InputReport(source=_path_text(source), status="skipped", reason=_one_line(reason), encoding=encoding)


def _path_text(path: Path | str) -> str:
    """A path (or file name) as text that every output can encode.

    A name that is not valid UTF-8 on disk (``caf\\xe9.txt`` written by a Latin-1 system)
    reaches Python with lone surrogates (``surrogateescape``), which no UTF-8 file, RDF
    literal or JSON output can hold: each undecodable byte becomes U+FFFD.

    Example:
        >>> _path_text(Path(os.fsdecode(b"caf\\xe9.txt"))), _path_text("ok/é.txt")
        ('caf\ufffd.txt', 'ok/é.txt')
    """
    text = str(path)
    if not _SURROGATE_RE.search(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeError:  # surrogates that did not come from undecodable bytes
        return _SURROGATE_RE.sub("\ufffd", text)


def _one_line(reason: str) -> str:
    """A reason on one line (a library's error message may span several)."""
    return _LINE_BREAK_RE.sub(" ", reason).strip() if "\n" in reason or "\r" in reason else reason


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()


# --------------------------------------------------------------------------- reading


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_report: Callable[[InputReport], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Stream the Documents of files and folders of articles.

    Every input file, every folder problem (see :func:`iter_input_files`) and every JSON
    Lines record produces exactly one :class:`InputReport` through ``on_report``, sent
    before the Document is yielded. Nothing here raises for a bad input: it is reported
    as skipped and the next input is read.

    Duplicates are not merged here: the same text under two names gives two Documents
    with equal ``id`` (the build merges them and records both names).

    Args:
        paths: files and folders of ``.txt``, ``.md``, ``.markdown``, ``.html``, ``.htm``
            and ``.jsonl``.
        on_report: called with the report of every input; reports are dropped if None.
        max_bytes: larger files are skipped (for ``.jsonl``, larger records; the file itself
            is streamed line by line).

    Yields:
        One Document per article read.

    Example:
        >>> reports = []
        >>> list(read_documents(["missing.txt"], on_report=reports.append))
        []
        >>> reports[0].reason
        'does not exist'
    """
    report = on_report if on_report is not None else _ignore
    html_config: list[configparser.ConfigParser] = []  # built on the first HTML file
    for item in iter_input_files(paths):
        if isinstance(item, InputReport):
            report(item)
            continue
        outcomes = (
            _read_jsonl(item, max_bytes)
            if item.suffix.lower() == ".jsonl"
            else iter((_read_article(item, max_bytes, html_config),))
        )
        for outcome, document in outcomes:
            report(outcome)
            if document is not None:
                yield document


def _ignore(_report: InputReport) -> None:
    """Drop a report (the default ``on_report``)."""


_Outcome = tuple[InputReport, Document | None]


def _read_article(path: Path, max_bytes: int, html_config: list[configparser.ConfigParser]) -> _Outcome:
    """Read one .txt/.md/.html file into a Document, or say why it was skipped."""
    encoding: str | None = None
    try:
        text, encoding = _read_text(path, max_bytes)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            if not html_config:
                html_config.append(_trafilatura_config(max_bytes))
            document = _html_document(text, path, html_config[0])
        elif suffix in (".md", ".markdown"):
            document = _markdown_document(text, path)
        else:
            document = _text_document(text, path)
        _check_content(document.text, document.body_start)
    except InputError as err:
        return _skipped(path, str(err), encoding), None
    except Exception as err:  # noqa: BLE001 - a bug or library failure on one file must not stop the build
        return _skipped(path, f"unexpected error: {type(err).__name__}: {err}", encoding), None
    return InputReport(_path_text(path), "ok", doc_id=document.id, encoding=encoding), document


def _read_text(path: Path, max_bytes: int) -> tuple[str, str]:
    """Read and decode one file; the bytes are released on return."""
    data = _read_bytes(path, max_bytes)
    declared = _declared_html_charset(data) if path.suffix.lower() in (".html", ".htm") else None
    return _decode(data, declared)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Return the file's bytes, refusing files over ``max_bytes``."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(_too_large(size, max_bytes))
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError("cannot read: permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read: {_os_reason(err)}") from None
    if len(data) > max_bytes:  # grew while we looked
        raise InputError(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to normalised text; return ``(text, encoding)``.

    Order: binary check, byte-order mark, strict UTF-8, a charset declared by HTML,
    UTF-8 with a few stray bytes (read as windows-1252; encoding ``utf-8+cp1252``), then
    charset-normalizer (preferring windows-1252 where it fits as well as the best).
    """
    kind = _binary_kind(data)
    if kind is not None:
        raise InputError(f"binary file ({kind}), not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data.decode(codec)), codec
            except UnicodeDecodeError:
                raise InputError(f"not valid {codec.upper()} despite its byte-order mark") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _normalise(data.decode(declared)), declared
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_utf8(data):
        # UTF-8 with a few stray bytes (a pasted windows-1252 quote, a truncated
        # character): decoding the whole file as a legacy codepage would turn every
        # correct "Orbán" into "OrbĂˇn"; keep the UTF-8 and read only the bad bytes as cp1252
        return _normalise(data.decode("utf-8", _CP1252_FALLBACK)), "utf-8+cp1252"
    encoding = _guess_encoding(_detection_sample(data))
    if encoding is not None:
        try:
            return _normalise(data.decode(encoding)), encoding
        except UnicodeDecodeError:  # the sample fitted, the rest does not: look at it all
            encoding = _guess_encoding(data) if len(data) > _DETECT_SAMPLE_BYTES else None
    if encoding is None:
        raise InputError("not valid UTF-8 and no other text encoding fits")
    return _normalise(data.decode(encoding)), encoding


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 are still UTF-8 text with a few bad bytes.

    True when the valid multi-byte UTF-8 sequences outnumber the bytes that fit none: text
    in a single-byte codepage almost never forms valid sequences by chance.

    Example:
        >>> _mostly_utf8("Orbán and Szijjártó: “no”".encode() + "“no”".encode("cp1252"))
        True
        >>> _mostly_utf8("Orbán".encode("cp1252"))
        False
    """
    rest, valid = _UTF8_MULTIBYTE_RE.subn(b"", data)
    invalid = len(rest) - len(rest.translate(None, _HIGH_BYTES))
    return valid > 0 and invalid <= valid


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte read as windows-1252 (U+FFFD where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", "replace"), err.end


_CP1252_FALLBACK: Final = "newskg-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _detection_sample(data: bytes) -> bytes:
    """The first ~2 MB of ``data``, cut after a newline, for encoding detection."""
    if len(data) <= _DETECT_SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _DETECT_SAMPLE_BYTES)
    return data[: cut + 1] if cut > 0 else data


def _binary_kind(data: bytes) -> str | None:
    """Name the binary format the bytes start with, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _guess_encoding(data: bytes) -> str | None:
    """Ask charset-normalizer; take windows-1252 if it decodes about as cleanly as the best."""
    # UTF-16/32 without a byte-order mark would put NUL bytes in any text with ASCII in it,
    # and such files were refused before: a guess of UTF-16/32 here is always mojibake
    matches = charset_normalizer.from_bytes(data, cp_exclusion=_WIDE_CODECS)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if ("cp1252" == match.encoding or "cp1252" in match.could_be_from_charset) and (
            match.chaos <= best.chaos + 0.1
        ):
            return "cp1252"
    return best.encoding


def _declared_html_charset(data: bytes) -> str | None:
    """Return the Python codec of an HTML ``<meta charset>`` near the top, if any."""
    found = _HTML_CHARSET_RE.search(data, 0, 4096)
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    if label in _CP1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _normalise(text: str) -> str:
    """Normalise newlines to ``\\n`` and Unicode to NFC (no copy when already so)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _check_content(text: str, body_start: int) -> None:
    """Raise InputError for an empty or non-English text."""
    first = _NON_SPACE_RE.search(text)  # a search, not strip(): no copy of a long text
    if first is None:
        raise InputError("empty")
    if first.start() < body_start and _NON_SPACE_RE.search(text, body_start) is None:
        raise InputError("empty: no text after the header")
    words = [m.group().lower() for m in itertools.islice(_WORD_RE.finditer(text, body_start), _LANG_SAMPLE_WORDS)]
    if len(words) < _LANG_MIN_WORDS:
        return
    stop_words = _english_stop_words()
    share = sum(word in stop_words for word in words) / len(words)
    if share < _LANG_MIN_STOP_SHARE:
        raise InputError(
            f"not English ({share:.0%} of the first {len(words)} words are English stop words; "
            f"English text has at least {_LANG_MIN_STOP_SHARE:.0%})"
        )


def _english_stop_words() -> Collection[str]:
    """spaCy's English stop words (imported on first use; the pipeline loads spaCy anyway)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return STOP_WORDS


# --------------------------------------------------------------------------- formats


def _text_document(text: str, path: Path) -> Document:
    """A .txt article, with the seed-style header ``date YYYY-MM-DD [URL]`` when present."""
    date, url, body_start, title_from = _parse_header(text)
    return Document(
        id=doc_id_for(text),
        name=_path_text(path.name),
        text=text,
        title=_title_at(text, title_from),
        date=date,
        url=url,
        source=_path_text(path),
        names=(_path_text(path.name),),
        body_start=body_start,
    )


def _parse_header(text: str) -> tuple[str | None, str | None, int, int]:
    """Return ``(date, url, body_start, end_of_header_line)`` of a seed-style header.

    ``body_start`` is right after the date (and URL), past spaces: the rest of that line
    (a title or byline) is content. Without a header: ``(None, None, 0, 0)``.
    """
    found = _HEADER_RE.match(text)
    date = _iso_date(found.group(1)) if found else None
    if found is None or date is None:
        return None, None, 0, 0
    line_end = text.find("\n", found.end())
    return date, found.group(2), found.end(), len(text) if line_end < 0 else line_end + 1


def _title_at(text: str, start: int) -> str | None:
    """The first non-blank line from ``start`` if it looks like a title, else None.

    A title is short (under 200 characters) and has no final period. Long lines are
    not copied (a 50 MB one-line file costs nothing here).
    """
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos > 4 * _TITLE_MAX_CHARS:
            return None
        line = text[pos:end].strip()
        if line:
            return line if len(line) < _TITLE_MAX_CHARS and not line.endswith(".") else None
        pos = end + 1
    return None


def _markdown_document(text: str, path: Path) -> Document:
    """A Markdown article: YAML front matter, first ``# heading``, a date in the first lines."""
    meta: dict[str, object] = {}
    body_start = 0
    front = _FRONT_MATTER_RE.match(text)
    if front is not None:
        meta = _front_matter(front.group(1) or "")
        body_start = front.end()
    title = _meta_str(meta.get("title"))
    if title is None:
        heading = _MD_HEADING_RE.search(text, body_start)
        title = heading.group(1).strip() if heading else None
    date = _iso_date(meta.get("date"))
    if date is None:
        date = _markdown_date(text, body_start)
    url = _meta_str(meta.get("url"))
    return Document(
        id=doc_id_for(text),
        name=_path_text(path.name),
        text=text,
        title=title,
        date=date,
        url=url if url and url.startswith(("http://", "https://")) else None,
        source=_path_text(path),
        names=(_path_text(path.name),),
        body_start=body_start,
    )


def _front_matter(block: str) -> dict[str, object]:
    """Parse front matter with PyYAML if installed, else as simple ``key: value`` lines."""
    try:
        import yaml
    except ImportError:
        yaml = None
    if yaml is not None:
        try:
            loaded = yaml.safe_load(block)
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            return {str(key).lower(): value for key, value in loaded.items()}
    return {
        key.lower(): value.strip("\"'")
        for key, value in _FRONT_MATTER_KEY_RE.findall(block)
    }


def _markdown_date(text: str, start: int) -> str | None:
    """A date like ``Published 2024-03-02`` or ``Date: 2024-03-02`` in the first 5 lines."""
    pos = start
    for _ in range(5):
        if pos > len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        found = _MD_DATE_RE.match(text, pos, end)
        if found and (date := _iso_date(found.group(1))):
            return date
        pos = end + 1
    return None


def _html_document(html: str, path: Path, config: configparser.ConfigParser) -> Document:
    """An HTML page: the main text and metadata as trafilatura extracts them (no network)."""
    import trafilatura  # imported on the first HTML file only

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, config=config
    )
    raw_text = getattr(extracted, "text", None) if extracted is not None else None
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise InputError("no article text found in HTML")
    text = _normalise(raw_text)
    url = _meta_str(getattr(extracted, "url", None))
    return Document(
        id=doc_id_for(text),
        name=_path_text(path.name),
        text=text,
        title=_meta_str(getattr(extracted, "title", None)),
        date=_iso_date(getattr(extracted, "date", None)),
        url=url if url and url.startswith(("http://", "https://")) else None,
        source=_path_text(path),
        names=(_path_text(path.name),),
    )


def _trafilatura_config(max_bytes: int) -> configparser.ConfigParser:
    """Trafilatura's default configuration, with its size limit raised to ``max_bytes``."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    return config


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[_Outcome]:
    """One outcome per line of a JSON Lines file (one outcome for the file if unreadable)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            problem = _jsonl_head_problem(head)
            if problem:
                yield _skipped(path, problem), None
                return
            handle.seek(0)
            lines = 0
            for lineno, line in enumerate(_capped_lines(handle, max_bytes), start=1):
                lines += 1
                source = f"{_path_text(path)}:{lineno}"
                if line is None:
                    yield _skipped(source, _too_large_line(max_bytes)), None
                    continue
                if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8) :]
                yield _jsonl_record(line, path, lineno)
            if lines == 0:
                yield _skipped(path, "empty"), None
    except OSError as err:
        reason = "cannot read: permission denied" if isinstance(err, PermissionError) else f"cannot read: {_os_reason(err)}"
        yield _skipped(path, reason), None


def _jsonl_head_problem(head: bytes) -> str | None:
    """Why a JSON Lines file cannot be read, judged from its first bytes, or None."""
    kind = _binary_kind(head)
    if kind is not None:
        return f"binary file ({kind}), not text"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "JSON Lines must be UTF-8, found UTF-16/32"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    return None


def _too_large_line(max_bytes: int) -> str:
    return f"record too large: over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"


def _capped_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Yield the file's lines (without the newline); None for a line over ``max_bytes``."""
    readline = handle.readline
    while True:
        line = readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line.rstrip(b"\r\n")


def _jsonl_record(line: bytes, path: Path, lineno: int) -> _Outcome:
    """Turn one JSON Lines record into a Document, or say why it was skipped."""
    source = f"{_path_text(path)}:{lineno}"
    try:
        document = _record_document(line, path, lineno)
        _check_content(document.text, 0)
    except InputError as err:
        return _skipped(source, f"line {lineno}: {err}"), None
    except Exception as err:  # noqa: BLE001 - one odd record must not stop the file
        return _skipped(source, f"line {lineno}: unexpected error: {type(err).__name__}: {err}"), None
    return InputReport(source, "ok", doc_id=document.id, encoding="utf-8"), document


def _record_document(line: bytes, path: Path, lineno: int) -> Document:
    """Parse one record ``{"id", "title", "date", "url", "text"}``."""
    if not line.strip():
        raise InputError("empty line")
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8 (JSON Lines must be UTF-8)") from None
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as err:
        raise InputError(f"broken JSON ({err.msg}, column {err.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {_json_type(record)}")
    if "text" not in record:
        raise InputError('no "text" field')
    raw_text = record["text"]
    if not isinstance(raw_text, str):
        raise InputError(f'"text" is {_json_type(raw_text)}, not a string')
    if not raw_text.strip():
        raise InputError('empty "text"')
    text = _normalise(_SURROGATE_RE.sub("\ufffd", raw_text))
    name = _record_name(record.get("id")) or f"{_path_text(path.name)}:{lineno}"
    url = _meta_str(record.get("url"))
    return Document(
        id=doc_id_for(text),
        name=name,
        text=text,
        title=_meta_str(record.get("title")),
        date=_iso_date(record.get("date")),
        url=url,
        source=f"{_path_text(path)}:{lineno}",
        names=(name,),
    )


def _record_name(value: object) -> str | None:
    """A record's id as a name: a non-empty string, or a number made a string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return _normalise(_SURROGATE_RE.sub("\ufffd", value.strip()))
    return None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


# --------------------------------------------------------------------------- small values


def _meta_str(value: object) -> str | None:
    """A metadata string, stripped and NFC-normalised; None for anything else or blank."""
    if not isinstance(value, str) or not value.strip():
        return None
    return unicodedata.normalize("NFC", _SURROGATE_RE.sub("\ufffd", " ".join(value.split())))


def _iso_date(value: object) -> str | None:
    """Return ``YYYY-MM-DD`` if ``value`` is (or starts with) a valid ISO date, else None.

    Example:
        >>> _iso_date("2024-06-12T10:00:00Z"), _iso_date("2024-13-01"), _iso_date(20240612)
        ('2024-06-12', None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    head = value.strip()[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", head):
        return None
    try:
        return dt.date.fromisoformat(head).isoformat()
    except ValueError:
        return None
