"""Plain data classes that flow through the pipeline.

ingest -> :class:`Document`; nlp + extract -> :class:`Mention` and :class:`Statement`
(with raw mention references); resolve -> :class:`Entity`; graph -> networkx.

Every class is a frozen dataclass (hashable, comparable, picklable for worker processes)
so the same objects travel unchanged through multiprocessing and dask.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES: tuple[str, ...] = ("State", "Organization", "Person", "Initiative", "Place")
POLARITIES: tuple[str, ...] = ("positive", "negative")
MODALITIES: tuple[str, ...] = ("asserted", "intended", "possible", "obligated")


@dataclass(frozen=True, slots=True)
class Document:
    """One input article.

    Attributes:
        id: stable identifier, ``doc-`` + 16 hex digits of the SHA-1 of the text.
        name: the input file's name (``dcterms:identifier``); for a JSONL record its ``id``.
        text: the source text; every character offset in the project points into it.
        title: the title where the input gives one.
        date: ISO date (``YYYY-MM-DD``) where the input gives one.
        url: the article's address where the input gives one.
        source: the path it was read from (``file.jsonl:LINE`` for JSONL records).
        names: every name this same text arrived under (duplicates are merged).
        body_start: offset where the article body starts (after a seed-style header line).

    Example:
        >>> Document(id="doc-0", name="a.txt", text="Hi.").date is None
        True
    """

    id: str
    name: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str = ""
    names: tuple[str, ...] = ()
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names (or refers to) an entity.

    ``text`` is the surface form, ``start``/``end`` character offsets in ``Document.text``,
    ``type`` the entity type guessed for it, ``key`` the canonical key the resolver
    assigned (e.g. ``state:HU``) or ``""`` before resolution.
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing, merged across all documents.

    Example:
        >>> Entity(id="hungary", label="Hungary", type="State").wikidata is None
        True
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """One extracted stance or act: ``subject -relation-> object``.

    ``subject``, ``object`` and ``attributed_to`` are entity ids. ``evidence`` is the
    sentence it came from and ``Document.text[start:end] == evidence``.

    Example:
        >>> s = Statement(id="stmt-1", doc_id="doc-0", subject="hungary", relation="Fund",
        ...               object="ukraine", polarity="negative", modality="intended",
        ...               evidence="Hungary will not fund Ukraine.", start=0, end=30)
        >>> s.polarity
        'negative'
    """

    id: str
    doc_id: str
    subject: str
    relation: str
    object: str
    polarity: str
    modality: str
    evidence: str
    start: int
    end: int
    attributed_to: str | None = None
    date: str | None = None
    trigger: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())
