"""Neo4j export: ``nodes.csv`` + ``relationships.csv`` (neo4j-admin format) and ``import.cypher``.

Files written by :func:`write_neo4j` into one directory:

``nodes.csv``
    Header ``id:ID,label,:LABEL,aliases:string[],wikidata,documents:string[],type``: the
    header format of ``neo4j-admin database import full``. ``:LABEL`` is ``Entity;<type>``
    (the common label ``Entity`` plus one label per entity type of :data:`kg.model.ENTITY_TYPES`).
``relationships.csv``
    Header ``:START_ID,:END_ID,:TYPE,id,relation,polarity,modality,label,evidence,start:int,
    end:int,document,date:date,attributed_to,doc_id,trigger``: one row per statement, its
    ``:TYPE`` the edge label in upper snake case from the ontology (``FUNDS``,
    ``DOES_NOT_FUND``: :func:`kg.vocab.neo4j_type`); ``document`` is the input file's name,
    ``doc_id`` the document's id (the ids in the nodes' ``documents``).
``import.cypher``
    Cypher for a running DBMS (``cypher-shell -f import.cypher`` once both CSV files are in
    its import directory): the ``Entity.id`` uniqueness constraint, then ``LOAD CSV`` +
    ``MERGE`` statements reading the two CSV files above.

CSV encoding: UTF-8, RFC 4180 quoting (csv module, ``QUOTE_MINIMAL``, a quote doubled,
``\\n`` line ends); values are written verbatim, so a value containing a line break is a
quoted multi-line field — pass ``--multiline-fields=true`` to neo4j-admin then (``LOAD CSV``
and Kùzu read them as they are). Arrays use neo4j-admin's default delimiter ``;`` (so the
files import without ``--array-delimiter``): an array element cannot contain it, so a ``;``
inside an alias is written as ``,`` — the only change made to any text (document ids, the
other array, are ``doc-<hex>``). A ``date`` that is not an ISO date (``YYYY-MM-DD``,
``YYYY-MM``, ``YYYY``: what Cypher's ``date()`` reads) is left out. An empty string and
``None`` are both written as an empty unquoted field, which every loader here reads as "no
property".

Why ``LOAD CSV`` rather than ``:param`` blocks in ``import.cypher``: no datum ever enters the
Cypher text, so the file is safe by construction whatever the articles contain — the only
tokens that vary are relationship types and labels, and those come from the ontology and
:data:`kg.model.ENTITY_TYPES` (checked against ``[A-Z][A-Z0-9_]*`` / the closed list before
being spelled), never from text. The same CSV files then feed neo4j-admin, ``LOAD CSV`` and
Kùzu, so what is tested is what is shipped. Every statement MERGEs on ``id`` and
SETs every property, so running the file twice leaves the database unchanged.
One caveat of ``LOAD CSV``: by default (``dbms.import.csv.legacy_quote_escaping=true``) it
reads ``\\"`` and ``\\\\`` inside a quoted field as escapes; the files are standard RFC 4180,
so when a value holds a backslash set ``dbms.import.csv.legacy_quote_escaping=false``
(neo4j-admin and Kùzu read them right by default). :func:`needs_rfc4180_quoting` tells.

:func:`push_neo4j` loads the same rows into a live DBMS through the official ``neo4j``
driver, as parameterised ``UNWIND $rows`` batches (same properties, labels and types).
:func:`generate_kuzu` gives the Kùzu (embedded openCypher) translation of ``import.cypher``
used by the tests: Kùzu has no multi-labels and wants tables declared first, so it gets one
``Entity`` node table (with ``type`` and ``labels`` properties) and one relationship table
per relationship type.

Example:
    >>> from kg.model import Document, Entity, Statement
    >>> from kg.graph import build_graph
    >>> G = build_graph(
    ...     [Entity("hungary", "Hungary", "State"), Entity("ukraine", "Ukraine", "State")],
    ...     [Statement("stmt-1", "doc-1", "hungary", "Fund", "ukraine", "negative",
    ...                "intended", "Hungary will not fund Ukraine.", 0, 30)],
    ...     [Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")])
    >>> generate_neo4j(G)["relationships.csv"].splitlines()[1][:40]
    'hungary,ukraine,DOES_NOT_FUND,stmt-1,Fun'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError, MissingExtraError
from kg.graph import document_of, iter_statements
from kg.model import ENTITY_TYPES
from kg.vocab import neo4j_type

__all__ = [
    "ARRAY_DELIMITER",
    "CYPHER_FILE",
    "NODES_FILE",
    "NODE_COLUMNS",
    "RELATIONSHIPS_FILE",
    "RELATIONSHIP_COLUMNS",
    "cypher_statements",
    "generate_kuzu",
    "generate_neo4j",
    "import_cypher",
    "needs_rfc4180_quoting",
    "node_rows",
    "nodes_csv",
    "push_batches",
    "push_neo4j",
    "push_statements",
    "relationship_rows",
    "relationships_csv",
    "write_neo4j",
]

NODES_FILE = "nodes.csv"
RELATIONSHIPS_FILE = "relationships.csv"
CYPHER_FILE = "import.cypher"
ARRAY_DELIMITER = ";"
ENTITY_LABEL = "Entity"
CONSTRAINT = f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE"

# (CSV header column, row key, kind); the kind drives CSV encoding and the Cypher that reads it.
_NODE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("id:ID", "id", "id"),
    ("label", "label", "string"),
    (":LABEL", "labels", "labels"),
    ("aliases:string[]", "aliases", "string[]"),
    ("wikidata", "wikidata", "string"),
    ("documents:string[]", "documents", "string[]"),
    ("type", "type", "string"),
)
_RELATIONSHIP_FIELDS: tuple[tuple[str, str, str], ...] = (
    (":START_ID", "source", "endpoint"),
    (":END_ID", "target", "endpoint"),
    (":TYPE", "type", "type"),
    ("id", "id", "id"),
    ("relation", "relation", "string"),
    ("polarity", "polarity", "string"),
    ("modality", "modality", "string"),
    ("label", "label", "string"),
    ("evidence", "evidence", "string"),
    ("start:int", "start", "int"),
    ("end:int", "end", "int"),
    ("document", "document", "string"),
    ("date:date", "date", "date"),
    ("attributed_to", "attributed_to", "string"),
    ("doc_id", "doc_id", "string"),
    ("trigger", "trigger", "string"),
)
NODE_COLUMNS: tuple[str, ...] = tuple(f[0] for f in _NODE_FIELDS)
RELATIONSHIP_COLUMNS: tuple[str, ...] = tuple(f[0] for f in _RELATIONSHIP_FIELDS)

_TYPE_RE = re.compile(r"[A-Z][A-Z0-9_]*")
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# --------------------------------------------------------------------------- rows


def _text(value: object) -> str | None:
    """A property value as text, ``None`` for ``None`` and ``""`` (written as "no property").

    Example:
        >>> _text(""), _text(None), _text(3)
        (None, None, '3')
    """
    if value is None:
        return None
    text = str(value)
    return text or None


def _array(values: Iterable[object]) -> list[str] | None:
    """An array property: non-empty strings, ``;`` replaced by ``,``; ``None`` when empty.

    Example:
        >>> _array(["a;b", "", "c"]), _array([])
        (['a,b', 'c'], None)
    """
    out = [str(v).replace(ARRAY_DELIMITER, ",") for v in values if v is not None and str(v)]
    return out or None


def _date(value: object) -> str | None:
    """An ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) as Cypher's ``date()`` reads it, else ``None``.

    Example:
        >>> _date("2024-06-12"), _date("2024-06"), _date("June 2024"), _date("2024-02-30")
        ('2024-06-12', '2024-06', None, None)
    """
    text = _text(value)
    match = _DATE_RE.fullmatch(text) if text else None
    if match is None:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return text


def _int(value: object) -> int | None:
    """An integer property (``None`` stays ``None``).

    Example:
        >>> _int("12"), _int(None)
        (12, None)
    """
    return None if value is None else int(value)


def _entity_type(node: str, value: object) -> str:
    """The entity type as a Neo4j label, checked against the closed list of the model.

    Example:
        >>> _entity_type("hungary", "State")
        'State'
    """
    if value not in ENTITY_TYPES:
        raise ExportError(
            f"entity {node!r} has type {value!r}, which is not a Neo4j label newskg knows",
            hint=f"entity types are {', '.join(ENTITY_TYPES)} (kg.model.ENTITY_TYPES)",
        )
    return str(value)


def _relationship_type(statement: str, relation: object, polarity: object) -> str:
    """The relationship type of a statement, from the ontology, checked to be a plain identifier.

    Example:
        >>> _relationship_type("stmt-1", "Fund", "negative")
        'DOES_NOT_FUND'
    """
    try:
        rel_type = neo4j_type(str(relation), str(polarity))
    except KeyError as err:
        raise ExportError(
            f"statement {statement!r} has relation {relation!r}, which ontology/kg.ttl does not declare"
        ) from err
    if not _TYPE_RE.fullmatch(rel_type):
        raise ExportError(f"relationship type {rel_type!r} (from ontology/kg.ttl) is not a plain identifier")
    return rel_type


def node_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per entity, sorted by id: the values every Neo4j/Kùzu output is made from.

    Keys: ``id``, ``label``, ``labels`` (``["Entity", type]``), ``aliases``, ``wikidata``,
    ``documents`` (list of doc ids), ``type``. Empty strings and lists are ``None``.

    Example:
        >>> G = nx.MultiDiGraph(); G.add_node("nato", label="NATO", type="Organization",
        ...     aliases=["North Atlantic;Alliance"], wikidata=None, documents=["doc-1"])
        >>> node_rows(G)[0]["labels"], node_rows(G)[0]["aliases"]
        (['Entity', 'Organization'], ['North Atlantic,Alliance'])
    """
    rows = []
    for node in sorted(G.nodes):
        data = G.nodes[node]
        entity_type = _entity_type(node, data.get("type"))
        rows.append(
            {
                "id": str(node),
                "label": _text(data.get("label")),
                "labels": [ENTITY_LABEL, entity_type],
                "aliases": _array(data.get("aliases") or ()),
                "wikidata": _text(data.get("wikidata")),
                "documents": _array(data.get("documents") or ()),
                "type": entity_type,
            }
        )
    return rows


def relationship_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per statement, sorted by statement id.

    Keys: ``source``, ``target`` (entity ids), ``type`` (the relationship type), then the
    relationship's properties ``id relation polarity modality label evidence start end
    document date attributed_to doc_id trigger`` (``document`` is the input file's name).

    Example:
        >>> G = nx.MultiDiGraph(documents={"doc-1": {"name": "a.txt"}})
        >>> G.add_edge("hu", "ua", key="stmt-1", relation="Fund", polarity="positive",
        ...     modality="asserted", label="funds", evidence="Hungary funds Ukraine.", start=0,
        ...     end=22, doc="doc-1", date=None, attributed_to=None, trigger="funds")
        'stmt-1'
        >>> row = relationship_rows(G)[0]; row["type"], row["document"], row["date"]
        ('FUNDS', 'a.txt', None)
    """
    rows = []
    for key, u, v, data in iter_statements(G):
        doc_id = _text(data.get("doc"))
        rows.append(
            {
                "source": str(u),
                "target": str(v),
                "type": _relationship_type(key, data.get("relation"), data.get("polarity")),
                "id": str(key),
                "relation": _text(data.get("relation")),
                "polarity": _text(data.get("polarity")),
                "modality": _text(data.get("modality")),
                "label": _text(data.get("label")),
                "evidence": _text(data.get("evidence")),
                "start": _int(data.get("start")),
                "end": _int(data.get("end")),
                "document": _text(document_of(G, doc_id).get("name")) if doc_id else None,
                "date": _date(data.get("date")),
                "attributed_to": _text(data.get("attributed_to")),
                "doc_id": doc_id,
                "trigger": _text(data.get("trigger")),
            }
        )
    return rows


# --------------------------------------------------------------------------- CSV


def _cell(value: object, kind: str) -> str:
    """One CSV cell: arrays joined with ``;``, ``None`` empty, the rest as text.

    Example:
        >>> _cell(["Entity", "State"], "labels"), _cell(None, "string"), _cell(7, "int")
        ('Entity;State', '', '7')
    """
    if value is None:
        return ""
    if kind in ("labels", "string[]"):
        return ARRAY_DELIMITER.join(value)  # type: ignore[arg-type]
    return str(value)


def _csv(fields: Sequence[tuple[str, str, str]], rows: Iterable[Mapping[str, Any]]) -> str:
    """Rows as RFC 4180 CSV text with the header of ``fields``.

    Example:
        >>> _csv((("id:ID", "id", "id"), ("label", "label", "string")), [{"id": "a", "label": "b, c"}])
        'id:ID,label\\na,"b, c"\\n'
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow([column for column, _, _ in fields])
    for row in rows:
        writer.writerow([_cell(row.get(key), kind) for _, key, kind in fields])
    return buffer.getvalue()


def nodes_csv(G: nx.MultiDiGraph) -> str:
    """The text of ``nodes.csv``.

    Example:
        >>> nodes_csv(nx.MultiDiGraph())
        'id:ID,label,:LABEL,aliases:string[],wikidata,documents:string[],type\\n'
    """
    return _csv(_NODE_FIELDS, node_rows(G))


def relationships_csv(G: nx.MultiDiGraph) -> str:
    """The text of ``relationships.csv``.

    Example:
        >>> relationships_csv(nx.MultiDiGraph()).startswith(":START_ID,:END_ID,:TYPE,id,")
        True
    """
    return _csv(_RELATIONSHIP_FIELDS, relationship_rows(G))


def needs_rfc4180_quoting(G: nx.MultiDiGraph) -> bool:
    """Whether a value holds a backslash, which ``LOAD CSV`` only reads right with
    ``dbms.import.csv.legacy_quote_escaping=false`` (neo4j-admin and Kùzu need nothing).

    Example:
        >>> needs_rfc4180_quoting(nx.MultiDiGraph())
        False
    """
    return "\\" in nodes_csv(G) or "\\" in relationships_csv(G)


# --------------------------------------------------------------------------- Cypher


def _backtick(name: str) -> str:
    """A Cypher identifier, in backticks (a backtick inside doubled) unless it is a plain name.

    Example:
        >>> _backtick("start:int"), _backtick("end")
        ('`start:int`', 'end')
    """
    if _IDENT_RE.fullmatch(name):
        return name
    return "`" + name.replace("`", "``") + "`"


def _csv_read(column: str, kind: str) -> str:
    """The Cypher expression reading one column of a ``LOAD CSV`` ``row`` as its property value.

    Example:
        >>> _csv_read("start:int", "int")
        'toInteger(row.`start:int`)'
    """
    ref = f"row.{_backtick(column)}"
    if kind == "int":
        return f"toInteger({ref})"
    if kind == "date":
        return f"CASE {ref} WHEN '' THEN null ELSE date({ref}) END"
    if kind == "string[]":
        return f"CASE {ref} WHEN '' THEN null ELSE split({ref}, '{ARRAY_DELIMITER}') END"
    return f"CASE {ref} WHEN '' THEN null ELSE {ref} END"


def _param_read(key: str, kind: str) -> str:
    """The Cypher expression reading one key of an ``UNWIND $rows AS row`` row.

    Example:
        >>> _param_read("date", "date")
        'CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END'
    """
    ref = f"row.{_backtick(key)}"
    if kind == "date":
        return f"CASE WHEN {ref} IS NULL THEN null ELSE date({ref}) END"
    return ref


def _set_clause(var: str, assignments: Sequence[tuple[str, str]]) -> str:
    """``SET var.p = expr, …`` over ``(property, expression)`` pairs.

    Example:
        >>> _set_clause("n", [("label", "row.label")])
        'SET n.label = row.label'
    """
    return "SET " + ",\n    ".join(f"{var}.{_backtick(prop)} = {expr}" for prop, expr in assignments)


def _label_clauses() -> str:
    """Cypher that gives ``n`` the label of ``row.type`` (and drops the other type labels).

    Labels cannot be parameters in Cypher, so there is one ``FOREACH`` per entity type of
    the model, each spelling a label of the closed list :data:`kg.model.ENTITY_TYPES`.

    Example:
        >>> _label_clauses().splitlines()[1]
        "FOREACH (_ IN CASE WHEN row.type = 'State' THEN [1] ELSE [] END | SET n:State)"
    """
    types = [_entity_type("?", t) for t in ENTITY_TYPES]
    lines = ["REMOVE n:" + ":".join(_backtick(t) for t in types)]
    lines += [f"FOREACH (_ IN CASE WHEN row.type = '{t}' THEN [1] ELSE [] END | SET n:{_backtick(t)})" for t in types]
    return "\n".join(lines)


Reader = Callable[[str, str, str], str]


def _from_csv(column: str, key: str, kind: str) -> str:
    """:data:`Reader` for ``LOAD CSV`` rows (by CSV column).

    Example:
        >>> _from_csv("end:int", "end", "int")
        'toInteger(row.`end:int`)'
    """
    return _csv_read(column, kind)


def _from_param(column: str, key: str, kind: str) -> str:
    """:data:`Reader` for ``UNWIND $rows`` rows (by row key).

    Example:
        >>> _from_param("end:int", "end", "int")
        'row.end'
    """
    return _param_read(key, kind)


def _node_properties(read: Reader) -> list[tuple[str, str]]:
    """``(property, expression)`` of every node property but ``id`` (the MERGE key) and labels.

    Example:
        >>> [p for p, _ in _node_properties(_from_param)]
        ['label', 'aliases', 'wikidata', 'documents', 'type']
    """
    return [(key, read(column, key, kind)) for column, key, kind in _NODE_FIELDS if kind not in ("id", "labels")]


def _relationship_properties(read: Reader) -> list[tuple[str, str]]:
    """``(property, expression)`` of every relationship property but ``id`` (the MERGE key).

    Example:
        >>> [p for p, _ in _relationship_properties(_from_param)][:3]
        ['relation', 'polarity', 'modality']
    """
    return [
        (key, read(column, key, kind))
        for column, key, kind in _RELATIONSHIP_FIELDS
        if kind not in ("id", "endpoint", "type")
    ]


def _relationship_types(G: nx.MultiDiGraph) -> list[str]:
    """The relationship types of the graph's statements, sorted.

    Example:
        >>> _relationship_types(nx.MultiDiGraph())
        []
    """
    return sorted({row["type"] for row in relationship_rows(G)})


def cypher_statements(G: nx.MultiDiGraph) -> list[str]:
    """The statements of ``import.cypher`` (without their ``;``), in order.

    The uniqueness constraint first, then one ``LOAD CSV``/``MERGE`` over ``nodes.csv``,
    then one per relationship type over ``relationships.csv`` (a relationship type cannot
    be a parameter, so each statement spells one, taken from the ontology).

    Example:
        >>> cypher_statements(nx.MultiDiGraph())[0]
        'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'
    """
    statements = [
        CONSTRAINT,
        "\n".join(
            [
                f"LOAD CSV WITH HEADERS FROM 'file:///{NODES_FILE}' AS row",
                f"MERGE (n:{ENTITY_LABEL} {{id: row.`id:ID`}})",
                _set_clause("n", _node_properties(_from_csv)),
                _label_clauses(),
            ]
        ),
    ]
    for rel_type in _relationship_types(G):
        statements.append(
            "\n".join(
                [
                    f"LOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS_FILE}' AS row",
                    f"WITH row WHERE row.`:TYPE` = '{rel_type}'",
                    f"MATCH (s:{ENTITY_LABEL} {{id: row.`:START_ID`}})",
                    f"MATCH (o:{ENTITY_LABEL} {{id: row.`:END_ID`}})",
                    f"MERGE (s)-[r:{_backtick(rel_type)} {{id: row.id}}]->(o)",
                    _set_clause("r", _relationship_properties(_from_csv)),
                ]
            )
        )
    return statements


_CYPHER_HEADER = f"""\
// newskg: Neo4j import of the knowledge graph (generated; do not edit).
//
// Either bulk-import the CSV files into a new, empty database:
//   neo4j-admin database import full --nodes={NODES_FILE} --relationships={RELATIONSHIPS_FILE} \\
//     --multiline-fields=true <database>
// or load them into a running DBMS with this file: copy {NODES_FILE} and
// {RELATIONSHIPS_FILE} into its import directory, then run
//   cypher-shell -f {CYPHER_FILE}
// (the files are RFC 4180 CSV: if a value holds a backslash, set
//  dbms.import.csv.legacy_quote_escaping=false for LOAD CSV to read it unchanged).
// Every statement MERGEs on id: running this file again changes nothing.
"""


def import_cypher(G: nx.MultiDiGraph) -> str:
    """The text of ``import.cypher``: a comment header, then the statements, each ending in ``;``.

    Example:
        >>> import_cypher(nx.MultiDiGraph()).count(";\\n")
        2
    """
    return _CYPHER_HEADER + "\n" + "".join(s + ";\n\n" for s in cypher_statements(G)).rstrip("\n") + "\n"


def generate_neo4j(G: nx.MultiDiGraph) -> dict[str, str]:
    """The three files as ``{file name: text}`` (what :func:`write_neo4j` writes).

    Example:
        >>> sorted(generate_neo4j(nx.MultiDiGraph()))
        ['import.cypher', 'nodes.csv', 'relationships.csv']
    """
    return {
        NODES_FILE: nodes_csv(G),
        RELATIONSHIPS_FILE: relationships_csv(G),
        CYPHER_FILE: import_cypher(G),
    }


def write_neo4j(G: nx.MultiDiGraph, directory: str | Path) -> list[Path]:
    """Write ``nodes.csv``, ``relationships.csv`` and ``import.cypher`` into ``directory``.

    Args:
        G: the graph (schema of :mod:`kg.graph`).
        directory: created if missing; existing files of the same names are replaced.

    Returns:
        The paths written, sorted.

    Example:
        >>> import tempfile
        >>> [p.name for p in write_neo4j(nx.MultiDiGraph(), tempfile.mkdtemp())]
        ['import.cypher', 'nodes.csv', 'relationships.csv']
    """
    out = Path(directory)
    files = generate_neo4j(G)
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in sorted(files):
            path = out / name
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(files[name])
            paths.append(path)
    except OSError as err:
        raise ExportError(f"cannot write the Neo4j files into {str(out)!r}: {err.strerror or err}") from err
    return paths


# --------------------------------------------------------------------------- live DBMS


def _node_push_statement() -> str:
    """The parameterised node statement of :func:`push_neo4j`.

    Example:
        >>> _node_push_statement().splitlines()[0]
        'UNWIND $rows AS row'
    """
    return "\n".join(
        [
            "UNWIND $rows AS row",
            f"MERGE (n:{ENTITY_LABEL} {{id: row.id}})",
            _set_clause("n", _node_properties(_from_param)),
            _label_clauses(),
        ]
    )


def _relationship_push_statement(rel_type: str) -> str:
    """The parameterised statement of :func:`push_neo4j` for one relationship type.

    Example:
        >>> _relationship_push_statement("FUNDS").splitlines()[3]
        'MERGE (s)-[r:FUNDS {id: row.id}]->(o)'
    """
    if not _TYPE_RE.fullmatch(rel_type):
        raise ExportError(f"relationship type {rel_type!r} is not a plain identifier")
    return "\n".join(
        [
            "UNWIND $rows AS row",
            f"MATCH (s:{ENTITY_LABEL} {{id: row.source}})",
            f"MATCH (o:{ENTITY_LABEL} {{id: row.target}})",
            f"MERGE (s)-[r:{_backtick(rel_type)} {{id: row.id}}]->(o)",
            _set_clause("r", _relationship_properties(_from_param)),
        ]
    )


def push_statements(G: nx.MultiDiGraph) -> list[str]:
    """Every statement :func:`push_neo4j` sends (constraint, nodes, one per relationship type).

    Example:
        >>> len(push_statements(nx.MultiDiGraph()))
        2
    """
    return [CONSTRAINT, _node_push_statement()] + [_relationship_push_statement(t) for t in _relationship_types(G)]


def push_batches(G: nx.MultiDiGraph, batch_size: int = 1000) -> list[tuple[str, list[dict[str, Any]]]]:
    """``(statement, rows)`` pairs: the node batches, then the relationship batches by type.

    Example:
        >>> push_batches(nx.MultiDiGraph())
        []
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    pairs: list[tuple[str, list[dict[str, Any]]]] = []
    nodes = node_rows(G)
    for i in range(0, len(nodes), batch_size):
        pairs.append((_node_push_statement(), nodes[i : i + batch_size]))
    rels = relationship_rows(G)
    for rel_type in _relationship_types(G):
        of_type = [r for r in rels if r["type"] == rel_type]
        for i in range(0, len(of_type), batch_size):
            pairs.append((_relationship_push_statement(rel_type), of_type[i : i + batch_size]))
    return pairs


def _run_batch(tx: Any, statement: str, rows: list[dict[str, Any]]) -> None:
    """Run one parameterised batch in a managed transaction."""
    tx.run(statement, rows=rows).consume()


def push_neo4j(
    G: nx.MultiDiGraph,
    uri: str,
    auth: tuple[str, str] | None,
    *,
    database: str | None = None,
    batch_size: int = 1000,
) -> int:
    """Load the graph into a running Neo4j with the official driver (idempotent: ``MERGE`` on id).

    Values only travel as query parameters (``UNWIND $rows``); the statement text holds
    nothing but the ontology's relationship types and the model's labels.

    Args:
        G: the graph.
        uri: e.g. ``"neo4j://localhost:7687"``.
        auth: ``(user, password)``, or ``None`` for a DBMS without authentication.
        database: the database name (the DBMS default when ``None``).
        batch_size: rows per transaction.

    Returns:
        The number of rows sent (entities + statements).

    Raises:
        MissingExtraError: the ``neo4j`` package is not installed.

    Example:
        >>> push_neo4j(G, "neo4j://localhost:7687", ("neo4j", "secret"))  # doctest: +SKIP
        3
    """
    try:
        from neo4j import GraphDatabase
    except ImportError as err:
        raise MissingExtraError("neo4j", "neo4j") from err
    batches = push_batches(G, batch_size)
    with GraphDatabase.driver(uri, auth=auth) as driver, driver.session(database=database) as session:
        session.run(CONSTRAINT).consume()
        for statement, rows in batches:
            session.execute_write(_run_batch, statement, rows)
    return sum(len(rows) for _, rows in batches)


# --------------------------------------------------------------------------- Kùzu


def _kuzu_string(text: str) -> str:
    """A Kùzu string literal (Kùzu reads only ``\\\\``, ``\\'`` and ``\\"`` as escapes).

    Example:
        >>> _kuzu_string("/tmp/it's")
        "'/tmp/it\\\\'s'"
    """
    if any(ch in text for ch in "\n\r\x00"):
        raise ExportError(f"path {text!r} cannot be written in a Kùzu statement")
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


_KUZU_TYPES = {
    "id": "STRING",
    "string": "STRING",
    "labels": "STRING[]",
    "string[]": "STRING[]",
    "int": "INT64",
    "date": "DATE",
}
_KUZU_CSV_OPTIONS = "(header=true, parallel=false, delim=',', quote='\"', escape='\"', auto_detect=false)"


def _kuzu_ident(name: str) -> str:
    """A Kùzu identifier, always in backticks (Kùzu reserves more words than Neo4j, e.g. ``end``).

    Example:
        >>> _kuzu_ident("end")
        '`end`'
    """
    return "`" + name.replace("`", "``") + "`"


def _kuzu_set(var: str, assignments: Sequence[tuple[str, str]]) -> str:
    """``SET var.`p` = expr, …`` for Kùzu.

    Example:
        >>> _kuzu_set("r", [("end", "v_end")])
        'SET r.`end` = v_end'
    """
    return "SET " + ",\n    ".join(f"{var}.{_kuzu_ident(prop)} = {expr}" for prop, expr in assignments)


def _kuzu_read(var: str, kind: str) -> str:
    """The Kùzu expression reading one ``LOAD WITH HEADERS`` column (all read as STRING).

    Example:
        >>> _kuzu_read("v_start", "int")
        'CAST(v_start AS INT64)'
    """
    if kind == "int":
        return f"CAST({var} AS INT64)"
    if kind in ("labels", "string[]"):
        return f"CASE WHEN {var} IS NULL THEN NULL ELSE string_split({var}, '{ARRAY_DELIMITER}') END"
    if kind == "date":  # Cypher's date('2024-06') is 2024-06-01; Kùzu wants the full form
        return (
            f"CASE WHEN {var} IS NULL THEN NULL WHEN size({var}) = 4 THEN date({var} + '-01-01') "
            f"WHEN size({var}) = 7 THEN date({var} + '-01') ELSE date({var}) END"
        )
    return var


def _kuzu_load(fields: Sequence[tuple[str, str, str]], path: Path) -> str:
    """``LOAD WITH HEADERS (v_… STRING, …) FROM '<path>' (options)``: every column as text.

    Example:
        >>> _kuzu_load((("id:ID", "id", "id"),), Path("/x/nodes.csv")).split(" FROM ")[0]
        'LOAD WITH HEADERS (v_id STRING)'
    """
    columns = ", ".join(f"v_{key} STRING" for _, key, _ in fields)
    return f"LOAD WITH HEADERS ({columns}) FROM {_kuzu_string(path.as_posix())} {_KUZU_CSV_OPTIONS}"


def generate_kuzu(G: nx.MultiDiGraph, csv_directory: str | Path) -> list[str]:
    """Kùzu statements that load ``nodes.csv``/``relationships.csv`` of ``csv_directory``.

    The translation of ``import.cypher`` for Kùzu: ``CREATE NODE TABLE Entity`` (id primary
    key; ``labels`` and ``type`` stand in for Neo4j's labels), one ``CREATE REL TABLE`` per
    relationship type of the graph, then ``LOAD WITH HEADERS … MERGE … SET`` statements,
    so that running them twice changes nothing. Not written by :func:`write_neo4j`.

    Example:
        >>> generate_kuzu(nx.MultiDiGraph(), "/tmp/x")[0].split("(")[0]
        'CREATE NODE TABLE IF NOT EXISTS Entity'
    """
    directory = Path(csv_directory).resolve()
    node_columns = ", ".join(
        f"{_kuzu_ident(key)} {_KUZU_TYPES[kind]}" + (" PRIMARY KEY" if kind == "id" else "")
        for _, key, kind in _NODE_FIELDS
    )
    rel_columns = ", ".join(
        f"{_kuzu_ident(key)} {_KUZU_TYPES[kind]}"
        for _, key, kind in _RELATIONSHIP_FIELDS
        if kind not in ("endpoint", "type")
    )
    rel_types = _relationship_types(G)
    statements = [f"CREATE NODE TABLE IF NOT EXISTS {ENTITY_LABEL}({node_columns})"]
    statements += [
        f"CREATE REL TABLE IF NOT EXISTS {_kuzu_ident(t)}(FROM {ENTITY_LABEL} TO {ENTITY_LABEL}, {rel_columns})"
        for t in rel_types
    ]
    node_set = [(key, _kuzu_read(f"v_{key}", kind)) for _, key, kind in _NODE_FIELDS if kind != "id"]
    statements.append(
        "\n".join(
            [
                _kuzu_load(_NODE_FIELDS, directory / NODES_FILE),
                f"MERGE (n:{ENTITY_LABEL} {{id: v_id}})",
                _kuzu_set("n", node_set),
            ]
        )
    )
    rel_set = [
        (key, _kuzu_read(f"v_{key}", kind))
        for _, key, kind in _RELATIONSHIP_FIELDS
        if kind not in ("id", "endpoint", "type")
    ]
    for rel_type in rel_types:
        statements.append(
            "\n".join(
                [
                    _kuzu_load(_RELATIONSHIP_FIELDS, directory / RELATIONSHIPS_FILE),
                    f"WITH * WHERE v_type = '{rel_type}'",
                    f"MATCH (s:{ENTITY_LABEL} {{id: v_source}}), (o:{ENTITY_LABEL} {{id: v_target}})",
                    f"MERGE (s)-[r:{_kuzu_ident(rel_type)} {{id: v_id}}]->(o)",
                    _kuzu_set("r", rel_set),
                ]
            )
        )
    return statements
