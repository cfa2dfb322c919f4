"""The project's vocabulary, read from ``ontology/kg.ttl`` — its single source.

Relation types, their labels (``"funds"`` / ``"does not fund"``), PLOVER types and direct
properties are never spelled in code: they come from the ontology, and ``KG`` is an rdflib
``DefinedNamespace`` generated from it (``_fail = True``: a typo raises).

Example:
    >>> RELATIONS["Fund"].negative_label
    'does not fund'
    >>> str(KG.doesNotFund)
    'https://w3id.org/newskg/ontology#doesNotFund'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace, SKOS

__all__ = [
    "KG",
    "KGR",
    "KG_NS",
    "PREFIXES",
    "RELATIONS",
    "RelationType",
    "ontology_path",
    "relation_label",
    "direct_property",
    "neo4j_type",
    "schema_class",
]

KG_NS = Namespace("https://w3id.org/newskg/ontology#")
KGR = Namespace("https://w3id.org/newskg/id/")
PREFIXES: dict[str, str] = {
    "kg": str(KG_NS),
    "kgr": str(KGR),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}


@dataclass(frozen=True, slots=True)
class RelationType:
    """One of the relation types of the ontology (``kg:Fund`` …)."""

    name: str
    label: str
    definition: str
    plover: str
    positive_label: str
    negative_label: str
    positive_property: str
    negative_property: str


def ontology_path() -> Path:
    """Where ``kg.ttl`` is: inside the installed package, else the source checkout's ``ontology/``.

    Example:
        >>> ontology_path().name
        'kg.ttl'
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology" / "kg.ttl", here.parent / "ontology" / "kg.ttl"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("ontology/kg.ttl not found; reinstall newskg (pip install -e .)")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    g = Graph()
    g.parse(ontology_path(), format="turtle")
    return g


def _local(uri: URIRef) -> str:
    return str(uri).removeprefix(str(KG_NS))


@lru_cache(maxsize=1)
def _relations() -> dict[str, RelationType]:
    g = _ontology()
    out: dict[str, RelationType] = {}
    for rel in sorted(g.subjects(RDF.type, KG_NS.RelationType)):
        def one(pred: URIRef) -> str:
            value = g.value(rel, pred)
            if value is None:
                raise ValueError(f"ontology/kg.ttl: {rel} lacks {pred}")
            return str(value)

        name = _local(rel)
        out[name] = RelationType(
            name=name,
            label=one(RDFS.label),
            definition=one(SKOS.definition),
            plover=one(KG_NS.ploverType),
            positive_label=one(KG_NS.positiveLabel),
            negative_label=one(KG_NS.negativeLabel),
            positive_property=_local(URIRef(one(KG_NS.positiveProperty))),
            negative_property=_local(URIRef(one(KG_NS.negativeProperty))),
        )
    return out


def _terms() -> list[str]:
    g = _ontology()
    return sorted({_local(s) for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG_NS))})


RELATIONS: dict[str, RelationType] = _relations()

KG = type(
    "KG",
    (DefinedNamespace,),
    {"_NS": KG_NS, "_fail": True, "__annotations__": {t: URIRef for t in _terms()}},
)


@lru_cache(maxsize=1)
def _schema_classes() -> dict[str, str]:
    g = _ontology()
    out = {}
    for cls in g.subjects(RDFS.subClassOf, KG_NS.Entity):
        for sup in g.objects(cls, RDFS.subClassOf):
            if str(sup).startswith(PREFIXES["schema"]):
                out[_local(cls)] = str(sup)
    return out


def schema_class(entity_type: str) -> URIRef | None:
    """The schema.org class an entity type is also typed with (``None`` for Initiative).

    Example:
        >>> str(schema_class("State"))
        'https://schema.org/Country'
    """
    iri = _schema_classes().get(entity_type)
    return URIRef(iri) if iri else None


def relation_label(relation: str, polarity: str) -> str:
    """The edge label for a relation and polarity.

    Example:
        >>> relation_label("Participate", "negative")
        'does not participate in'
    """
    rel = RELATIONS[relation]
    return rel.positive_label if polarity == "positive" else rel.negative_label


def direct_property(relation: str, polarity: str) -> URIRef:
    """The direct property (``kg:funds`` / ``kg:doesNotFund``) for a relation and polarity.

    Example:
        >>> direct_property("Fund", "negative") == KG.doesNotFund
        True
    """
    rel = RELATIONS[relation]
    return KG_NS[rel.positive_property if polarity == "positive" else rel.negative_property]


def neo4j_type(relation: str, polarity: str) -> str:
    """The Neo4j relationship type: the edge label in upper snake case.

    Example:
        >>> neo4j_type("Fund", "negative")
        'DOES_NOT_FUND'
    """
    return "_".join(relation_label(relation, polarity).upper().split())
