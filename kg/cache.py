"""The build cache in ``OUT/.kg-cache/``: what ``kg build --update`` adds new documents to.

Layout (``FORMAT`` 1)::

    .kg-cache/
      manifest.json                 the last build: its documents in order (id + every name
                                    the text arrived under), the version key, and the entity
                                    ids it published (entity key -> id, for stable IRIs)
      documents/ab/doc-ab….pkl.gz   each document with its text (to re-analyse it when the
                                    model or the extractor changes)
      results/VERSION/ab/doc-ab….pkl  its DocResult (text left out), per version key

A DocResult is keyed by the document's content hash (``Document.id``) and by a *version
key*: the spaCy model's name and version, spaCy's version, newskg's version,
``kg.resolve.EXTRACTOR_VERSION``, and a hash of the lexicon/gazetteer data and of the source
of the per-document analysis (extract, mentions, resolve, nlp, gazetteer, lexicon, model). A
change to any of them makes the old results stale: ``--update`` re-analyses the old documents
from their stored text, and the results of other versions are pruned at the end of a build.

The cache holds pickles written by this program; like any pickle, never load one from a
source you do not trust.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from kg.model import Document, Entity
from kg.resolve import DocResult

__all__ = ["CACHE_DIR", "BuildCache", "entity_key_ids", "model_id", "strip_result", "version_key"]

CACHE_DIR = ".kg-cache"
FORMAT = 1
_ANALYSIS_MODULES = ("extract", "mentions", "resolve", "nlp", "gazetteer", "lexicon", "model")
_PROBE = "\x00probe:"


def model_id(model: str | None) -> str:
    """``name-version`` of the spaCy pipeline :func:`kg.nlp.load_nlp` would load, read from its
    ``meta.json`` without loading it (falls back to loading it).

    Example:
        >>> model_id(None).count("-") >= 1
        True
    """
    import spacy.util

    from kg.nlp import DEFAULT_MODELS, load_nlp, model_version

    for candidate in (model,) if model else DEFAULT_MODELS:
        try:
            if spacy.util.is_package(candidate):
                path = spacy.util.get_package_path(candidate)
            elif Path(candidate).is_dir():
                path = Path(candidate)
            else:
                continue
            meta = spacy.util.get_model_meta(path)
            return f"{candidate}:{meta.get('name', '?')}-{meta.get('version', '?')}"
        except Exception:  # noqa: BLE001 - unusual packaging: load it and ask
            break
    return model_version(load_nlp(model))


def _hash_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def version_key(model: str | None) -> str:
    """The key of everything that decides a DocResult besides the document text.

    Example:
        >>> len(version_key(None))
        16
    """
    import spacy

    import kg
    from kg.resolve import EXTRACTOR_VERSION

    root = Path(kg.__file__).resolve().parent
    data = [p for p in (root / "data").rglob("*") if p.is_file()]
    code = [root / f"{m}.py" for m in _ANALYSIS_MODULES if (root / f"{m}.py").is_file()]
    parts = {
        "model": model_id(model),
        "spacy": spacy.__version__,
        "newskg": kg.__version__,
        "extractor": EXTRACTOR_VERSION,
        "data": _hash_files(data),
        "code": _hash_files(code),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def strip_result(result: DocResult) -> DocResult:
    """The result without its document's text (nothing after the analysis reads it:
    evidence strings are already in ``result.evidence``).

    Example:
        >>> r = DocResult(Document("doc-1", "a.txt", "Some text."), {}, {}, (), ())
        >>> strip_result(r).document.text
        ''
    """
    if not result.document.text:
        return result
    return replace(result, document=replace(result.document, text=""))


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class BuildCache:
    """The cache folder of one output folder.

    Example:
        >>> import tempfile
        >>> c = BuildCache(tempfile.mkdtemp(), "v1")
        >>> d = Document("doc-00ff", "a.txt", "Hungary refused.")
        >>> r = DocResult(d, {"state:HU": "State"}, {}, (), ())
        >>> c.put(r)
        >>> c.get_result("doc-00ff").types, c.get_result("doc-00ff").document.text
        ({'state:HU': 'State'}, '')
        >>> c.get_document("doc-00ff").text
        'Hungary refused.'
    """

    def __init__(self, out: str | os.PathLike, version: str) -> None:
        self.root = Path(out) / CACHE_DIR
        self.version = version

    # -- paths
    def _doc_path(self, doc_id: str) -> Path:
        return self.root / "documents" / doc_id[4:6] / f"{doc_id}.pkl.gz"

    def _result_path(self, doc_id: str) -> Path:
        return self.root / "results" / self.version / doc_id[4:6] / f"{doc_id}.pkl"

    # -- documents and results
    def put(self, result: DocResult) -> None:
        """Store a result (without text) and its document (with text, names left out)."""
        document = replace(result.document, names=())
        doc_path = self._doc_path(document.id)
        if document.text and not doc_path.exists():
            _atomic_write(doc_path, gzip.compress(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL), 3))
        stripped = replace(result, document=replace(document, text=""))
        _atomic_write(self._result_path(document.id), pickle.dumps(stripped, protocol=pickle.HIGHEST_PROTOCOL))

    def get_result(self, doc_id: str) -> DocResult | None:
        """The cached result of a document for this version, or None (missing or unreadable)."""
        try:
            result = pickle.loads(self._result_path(doc_id).read_bytes())
        except Exception:  # noqa: BLE001 - a stale or damaged entry is a miss
            return None
        return result if isinstance(result, DocResult) and result.document.id == doc_id else None

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document with its text, or None."""
        try:
            document = pickle.loads(gzip.decompress(self._doc_path(doc_id).read_bytes()))
        except Exception:  # noqa: BLE001
            return None
        return document if isinstance(document, Document) and document.id == doc_id else None

    # -- the manifest of the last build
    def read_manifest(self) -> dict | None:
        """The last build's manifest, or None when there is none (or it is unreadable)."""
        try:
            manifest = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None

    def write_manifest(self, documents: list[tuple[str, list[str]]], stable_ids: dict[str, str]) -> None:
        """Record the build: documents ``(id, names)`` in order and the published entity ids;
        then drop cached entries this build does not use."""
        manifest = {
            "format": FORMAT,
            "version": self.version,
            "documents": [{"id": i, "names": sorted(set(n))} for i, n in documents],
            "stable_ids": dict(sorted(stable_ids.items())),
        }
        _atomic_write(self.root / "manifest.json",
                      (json.dumps(manifest, ensure_ascii=False, indent=0) + "\n").encode("utf-8"))
        self.prune({i for i, _ in documents})

    def prune(self, keep: set[str]) -> None:
        """Remove results of other versions, and documents/results not in ``keep``."""
        results = self.root / "results"
        if results.is_dir():
            for vdir in results.iterdir():
                if vdir.name != self.version:
                    shutil.rmtree(vdir, ignore_errors=True)
        for base in (self.root / "documents", results / self.version):
            if not base.is_dir():
                continue
            for sub in base.iterdir():
                for f in sub.iterdir() if sub.is_dir() else ():
                    doc_id = f.name.split(".", 1)[0]
                    if doc_id not in keep or f.name.startswith(".tmp-"):
                        f.unlink(missing_ok=True)


def entity_key_ids(results: list[DocResult], gazetteer, entities: list[Entity]) -> dict[str, str]:
    """Entity key -> published id of a resolved build (what ``resolve(stable_ids=…)`` takes).

    :func:`kg.resolve.resolve` does not return its key -> id mapping, so it is recovered
    from a second, *probe* run in which every key is given a sentinel stable id: an entity
    of the probe run then carries its representative key in its id, and matches the entity
    of the real run with the same label, type, aliases, Wikidata id and documents (only
    unambiguous matches are kept).
    """
    from kg.resolve import resolve

    keys = {k for r in results for k in r.types}
    probe = {k: _PROBE + k for k in keys}
    probe_entities, _, _ = resolve(results, gazetteer, probe)

    def signature(e: Entity) -> tuple:
        return (e.label, e.type, e.aliases, e.wikidata, e.documents)

    by_sig: dict[tuple, list[str]] = {}
    for e in entities:
        by_sig.setdefault(signature(e), []).append(e.id)
    mapping: dict[str, str] = {}
    for e in probe_entities:
        if not e.id.startswith(_PROBE):
            continue
        ids = by_sig.get(signature(e), [])
        if len(ids) == 1:
            mapping[e.id[len(_PROBE):]] = ids[0]
    return mapping
