"""Tests of ontology/kg.ttl (OWL 2) and ontology/shapes.ttl (SHACL).

Only rdflib, pyshacl and pyoxigraph are used: the ontology is checked as a file, on its
own, independently of the project's code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
KG_TTL = ROOT / "ontology" / "kg.ttl"
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
README = ROOT / "ontology" / "README.md"
RELATIONS_MD = Path("/work/shared/spec/relations.md")

KG = Namespace("https://w3id.org/newskg/ontology#")
KGR = Namespace("https://w3id.org/newskg/id/")
KGSH = Namespace("https://w3id.org/newskg/shapes#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
# a plain Namespace: rdflib's closed XSD namespace warns when pytest inspects it
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")

# relation -> PLOVER type ("-" where PLOVER has none), as in relations.md
FALLBACK_RELATIONS: dict[str, str] = {
    "Fund": "AID", "ProvideMilitaryAid": "AID", "ProvideAid": "AID",
    "Participate": "COOPERATE", "Block": "REJECT", "Support": "SUPPORT",
    "Oppose": "REJECT", "Allow": "CONCEDE", "Guarantee": "AGREE", "Agree": "AGREE",
    "Commit": "AGREE", "Meet": "CONSULT", "Criticize": "ACCUSE", "Sanction": "SANCTION",
    "Attack": "ASSAULT", "Threaten": "THREATEN", "Cooperate": "COOPERATE",
    "Request": "REQUEST", "MemberOf": "-", "LeaderOf": "-", "OfficialOf": "-",
}

# relation | positive label | negative label | positive property | negative property
NAMES = """
Fund | funds | does not fund | funds | doesNotFund
ProvideMilitaryAid | provides military aid to | does not provide military aid to | providesMilitaryAidTo | doesNotProvideMilitaryAidTo
ProvideAid | provides aid to | does not provide aid to | providesAidTo | doesNotProvideAidTo
Participate | participates in | does not participate in | participatesIn | doesNotParticipateIn
Block | blocks | does not block | blocks | doesNotBlock
Support | supports | does not support | supports | doesNotSupport
Oppose | opposes | does not oppose | opposes | doesNotOppose
Allow | allows | does not allow | allows | doesNotAllow
Guarantee | gives guarantees to | does not give guarantees to | guarantees | doesNotGuarantee
Agree | agrees with | does not agree with | agreesWith | doesNotAgreeWith
Commit | commits to | does not commit to | commitsTo | doesNotCommitTo
Meet | meets | does not meet | meets | doesNotMeet
Criticize | criticizes | does not criticize | criticizes | doesNotCriticize
Sanction | sanctions | does not sanction | sanctions | doesNotSanction
Attack | attacks | does not attack | attacks | doesNotAttack
Threaten | threatens | does not threaten | threatens | doesNotThreaten
Cooperate | cooperates with | does not cooperate with | cooperatesWith | doesNotCooperateWith
Request | requests | does not request | requests | doesNotRequest
MemberOf | is member of | is not member of | memberOf | notMemberOf
LeaderOf | leads | does not lead | leads | doesNotLead
OfficialOf | is official of | is not official of | officialOf | notOfficialOf
"""
EXPECTED_NAMES = {
    row[0]: row[1:]
    for row in (
        [cell.strip() for cell in line.split("|")] for line in NAMES.strip().splitlines()
    )
}

# property -> (domain, range) as the ontology must declare them
PROPERTY_SIGNATURES: dict[URIRef, tuple[URIRef, URIRef]] = {
    KG.subject: (KG.Statement, KG.Entity),
    KG.relation: (KG.Statement, KG.RelationType),
    KG.object: (KG.Statement, KG.Entity),
    KG.polarity: (KG.Statement, KG.Polarity),
    KG.modality: (KG.Statement, KG.Modality),
    KG.attributedTo: (KG.Statement, KG.Entity),
    KG.mentionedIn: (KG.Entity, KG.Document),
    KG.evidence: (KG.Statement, XSD.string),
    KG.startChar: (KG.Statement, XSD.integer),
    KG.endChar: (KG.Statement, XSD.integer),
    KG.trigger: (KG.Statement, XSD.string),
    KG.ploverType: (KG.RelationType, XSD.string),
    KG.positiveLabel: (KG.RelationType, XSD.string),
    KG.negativeLabel: (KG.RelationType, XSD.string),
    KG.positiveProperty: (KG.RelationType, OWL.ObjectProperty),
    KG.negativeProperty: (KG.RelationType, OWL.ObjectProperty),
}
OBJECT_PROPERTIES = {KG.subject, KG.relation, KG.object, KG.polarity, KG.modality,
                     KG.attributedTo, KG.mentionedIn}
DATATYPE_PROPERTIES = {KG.evidence, KG.startChar, KG.endChar, KG.trigger, KG.ploverType,
                       KG.positiveLabel, KG.negativeLabel}

ENTITY_CLASSES = {
    KG.State: SCHEMA.Country,
    KG.Organization: SCHEMA.Organization,
    KG.Person: SCHEMA.Person,
    KG.Initiative: None,
    KG.Place: SCHEMA.Place,
}
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                  RDF.Property)


def relations_from_spec() -> dict[str, str]:
    """The relation table of relations.md as {name: PLOVER}, or the hard-coded copy."""
    if not RELATIONS_MD.exists():
        return dict(FALLBACK_RELATIONS)
    text = RELATIONS_MD.read_text(encoding="utf-8")
    section = text.split("## Relation types", 1)[1].split("\n## ", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*\|[^|]*\|\s*([^|]*?)\s*\|", line)
        if m:
            found[m.group(1)] = m.group(2).split()[0] if m.group(2).split() else "-"
    assert len(found) >= 21, f"could not parse the relation table of {RELATIONS_MD}"
    return found


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def local(iri: URIRef) -> str:
    return str(iri)[len(str(KG)):]


def in_kg(node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(str(KG))


def declared(g: Graph, *types: URIRef) -> set[URIRef]:
    return {s for t in types for s in g.subjects(RDF.type, t) if isinstance(s, URIRef)}


# ---------------------------------------------------------------------------------------
# parsing and header


def test_kg_parses_with_rdflib(onto):
    assert len(onto) > 500


def test_kg_parses_with_pyoxigraph_and_agrees_with_rdflib(onto):
    triples = list(pyoxigraph.parse(path=str(KG_TTL), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(onto)
    store = pyoxigraph.Store()
    store.load(path=str(KG_TTL), format=pyoxigraph.RdfFormat.TURTLE)
    rows = list(store.query(
        "PREFIX kg: <https://w3id.org/newskg/ontology#> "
        "SELECT (COUNT(?r) AS ?n) WHERE { ?r a kg:RelationType }"))
    assert int(rows[0][0].value) == 21


def test_prefixes_are_declared():
    text = KG_TTL.read_text(encoding="utf-8")
    for prefix, ns in {
        "kg": "https://w3id.org/newskg/ontology#", "kgr": "https://w3id.org/newskg/id/",
        "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
        "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS),
        "schema": "https://schema.org/",
    }.items():
        assert re.search(rf"@prefix\s+{prefix}:\s+<{re.escape(ns)}>\s*\.", text), prefix


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, DCTERMS.title)
    assert onto.value(ONTOLOGY_IRI, DCTERMS.description)
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == "1.0.0"


# ---------------------------------------------------------------------------------------
# classes and individuals


def test_classes_and_their_superclasses(onto):
    classes = declared(onto, OWL.Class)
    for c in [KG.Entity, *ENTITY_CLASSES, KG.Statement, KG.Document, KG.RelationType,
              KG.Polarity, KG.Modality]:
        assert c in classes, c
    for c, schema_class in ENTITY_CLASSES.items():
        assert (c, RDFS.subClassOf, KG.Entity) in onto
        if schema_class is not None:
            assert (c, RDFS.subClassOf, schema_class) in onto
    assert (KG.Statement, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.Document, RDFS.subClassOf, SCHEMA.NewsArticle) in onto
    assert (KG.Document, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.RelationType, RDFS.subClassOf, SKOS.Concept) in onto


@pytest.mark.parametrize("cls, values", [
    (KG.Polarity, {"Positive": "positive", "Negative": "negative"}),
    (KG.Modality, {"Asserted": "asserted", "Intended": "intended",
                   "Possible": "possible", "Obligated": "obligated"}),
])
def test_polarity_and_modality_values(onto, cls, values):
    members = set(onto.subjects(RDF.type, cls))
    assert {local(m) for m in members} == set(values)
    for m in members:
        assert (m, RDF.type, OWL.NamedIndividual) in onto
        assert str(onto.value(m, RDFS.label)) == values[local(m)]
        assert onto.value(m, SKOS.definition)


# ---------------------------------------------------------------------------------------
# relation types


def test_relation_types_match_relations_md(onto):
    spec = relations_from_spec()
    rts = declared(onto, KG.RelationType)
    assert len(rts) == 21
    assert {local(r) for r in rts} == set(spec)
    assert set(spec) == set(EXPECTED_NAMES)


@pytest.mark.parametrize("name", sorted(EXPECTED_NAMES))
def test_relation_type_is_complete(onto, name):
    r = KG[name]
    pos_label, neg_label, pos_prop, neg_prop = EXPECTED_NAMES[name]
    assert (r, RDF.type, KG.RelationType) in onto
    assert (r, RDF.type, OWL.NamedIndividual) in onto
    label = onto.value(r, RDFS.label)
    assert label == Literal(re.sub(r"(?<!^)([A-Z])", r" \1", name).lower(), lang="en")
    assert onto.value(r, SKOS.prefLabel)
    definition = onto.value(r, SKOS.definition)
    assert definition and len(str(definition)) > 20

    plover = relations_from_spec()[name]
    expected_plover = "NONE" if plover == "-" else plover
    assert str(onto.value(r, KG.ploverType)) == expected_plover
    if expected_plover == "NONE":
        assert "PLOVER has no event type" in str(definition)

    assert str(onto.value(r, KG.positiveLabel)) == pos_label
    assert str(onto.value(r, KG.negativeLabel)) == neg_label
    assert onto.value(r, KG.positiveProperty) == KG[pos_prop]
    assert onto.value(r, KG.negativeProperty) == KG[neg_prop]
    assert len(set(onto.objects(r, KG.positiveProperty))) == 1
    assert len(set(onto.objects(r, KG.negativeProperty))) == 1

    for prop, plabel in ((KG[pos_prop], pos_label), (KG[neg_prop], neg_label)):
        assert (prop, RDF.type, OWL.ObjectProperty) in onto, prop
        assert str(onto.value(prop, RDFS.label)) == plabel
        assert onto.value(prop, SKOS.definition)
        assert onto.value(prop, RDFS.domain) == KG.Entity
        assert onto.value(prop, RDFS.range) == KG.Entity
        assert onto.value(prop, KG.relationType) == r


def test_direct_properties_are_distinct(onto):
    props = [p for r in declared(onto, KG.RelationType)
             for p in (onto.value(r, KG.positiveProperty), onto.value(r, KG.negativeProperty))]
    assert len(props) == len(set(props)) == 42


# ---------------------------------------------------------------------------------------
# properties


def test_property_kinds(onto):
    assert OBJECT_PROPERTIES <= declared(onto, OWL.ObjectProperty)
    assert DATATYPE_PROPERTIES <= declared(onto, OWL.DatatypeProperty)
    relation_type_props = {KG.positiveProperty, KG.negativeProperty, KG.relationType}
    assert relation_type_props <= declared(onto, OWL.AnnotationProperty, OWL.ObjectProperty)
    assert (KG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo) in onto


@pytest.mark.parametrize("prop", sorted(PROPERTY_SIGNATURES), ids=local)
def test_property_domain_and_range(onto, prop):
    domain, range_ = PROPERTY_SIGNATURES[prop]
    assert set(onto.objects(prop, RDFS.domain)) == {domain}
    assert set(onto.objects(prop, RDFS.range)) == {range_}


def test_every_object_and_datatype_property_has_domain_and_range(onto):
    for p in declared(onto, OWL.ObjectProperty, OWL.DatatypeProperty):
        assert onto.value(p, RDFS.domain) is not None, p
        assert onto.value(p, RDFS.range) is not None, p


def test_every_declared_term_has_label_and_definition(onto):
    terms = {t for t in declared(onto, OWL.Class, *PROPERTY_TYPES, OWL.NamedIndividual)
             if in_kg(t)}
    assert len(terms) > 21 + 42 + 10
    for t in terms:
        assert onto.value(t, RDFS.label) is not None, f"{t} has no rdfs:label"
        assert onto.value(t, SKOS.definition) is not None, f"{t} has no skos:definition"


def test_direct_property_labels_are_unique(onto):
    direct = {p for p in declared(onto, OWL.ObjectProperty) if onto.value(p, KG.relationType)}
    labels = [str(onto.value(p, RDFS.label)) for p in direct]
    assert len(labels) == len(set(labels)) == 42


# ---------------------------------------------------------------------------------------
# structural soundness


def test_no_iri_is_both_class_and_property(onto):
    classes = declared(onto, OWL.Class, RDFS.Class)
    props = declared(onto, *PROPERTY_TYPES)
    assert not classes & props
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert not declared(onto, a) & declared(onto, b), (a, b)


def test_individuals_are_not_classes_or_properties(onto):
    individuals = declared(onto, OWL.NamedIndividual)
    assert not individuals & declared(onto, OWL.Class, *PROPERTY_TYPES)
    for i in individuals:
        for t in onto.objects(i, RDF.type):
            assert t == OWL.NamedIndividual or t in declared(onto, OWL.Class) \
                or not in_kg(t), (i, t)


def test_superclasses_and_superproperties_are_known(onto):
    classes = declared(onto, OWL.Class)
    props = declared(onto, *PROPERTY_TYPES)
    for s, o in onto.subject_objects(RDFS.subClassOf):
        assert isinstance(o, URIRef), f"{s} rdfs:subClassOf a blank node"
        assert o in classes or not in_kg(o), (s, o)
        assert o not in props
    for s, o in onto.subject_objects(RDFS.subPropertyOf):
        assert isinstance(o, URIRef)
        assert o in props or not in_kg(o), (s, o)
        assert o not in classes


def test_every_kg_iri_used_is_declared(onto):
    known = declared(onto, OWL.Class, *PROPERTY_TYPES, OWL.NamedIndividual)
    used = {n for t in onto for n in t if in_kg(n)}
    assert used <= known, sorted(used - known)


def test_every_kg_iri_in_shapes_is_declared(onto, shapes):
    known = declared(onto, OWL.Class, *PROPERTY_TYPES, OWL.NamedIndividual)
    used = {n for t in shapes for n in t if in_kg(n)}
    assert used and used <= known, sorted(used - known)
    text = SHAPES_TTL.read_text(encoding="utf-8")
    in_queries = {KG[m] for m in re.findall(r"\bkg:(\w+)", text)}
    assert in_queries <= known, sorted(in_queries - known)


def test_domains_and_ranges_are_classes_or_datatypes(onto):
    classes = declared(onto, OWL.Class)
    for p in declared(onto, OWL.ObjectProperty):
        for o in onto.objects(p, RDFS.domain):
            assert o in classes, (p, o)
        for o in onto.objects(p, RDFS.range):
            assert o in classes, (p, o)
    for p in declared(onto, OWL.DatatypeProperty):
        for o in onto.objects(p, RDFS.range):
            assert str(o).startswith(str(XSD)), (p, o)


# ---------------------------------------------------------------------------------------
# SHACL


def test_shapes_parse_and_list_every_relation_type(onto, shapes):
    assert len(shapes) > 50
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape))
    targets = {t for s in shape_nodes for t in shapes.objects(s, SH.targetClass)}
    assert {KG.Statement, KG.Document, KG.Entity} <= targets
    relation_in = None
    for prop_shape in shapes.subjects(SH.path, KG.relation):
        relation_in = set(Collection(shapes, shapes.value(prop_shape, SH["in"])))
    assert relation_in == declared(onto, KG.RelationType)


def test_shapes_graph_is_valid_shacl(shapes, onto):
    """pyshacl checks the shapes graph against the SHACL-SHACL meta-shapes (meta_shacl)
    and raises if it is not a valid shapes graph."""
    conforms, _, text = validate(valid_graph(), shacl_graph=shapes, ont_graph=onto,
                                 meta_shacl=True)
    assert conforms, text


def valid_graph() -> Graph:
    """One document, two entities, one statement and its direct triple."""
    g = Graph()
    g.bind("kg", KG)
    g.bind("kgr", KGR)
    doc = KGR["doc-0123456789abcdef"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, DCTERMS.identifier, Literal("003_856fc3ee71b02177.txt")))
    g.add((doc, DCTERMS.date, Literal("2024-06-12", datatype=XSD.date)))
    g.add((doc, DCTERMS.title, Literal("Orbán: Hungary will not fund NATO's Ukraine mission")))
    g.add((doc, SCHEMA.url, URIRef("https://example.org/news/1")))

    hu, mission = KGR.hungary, KGR["nato-ukraine-mission"]
    g.add((hu, RDF.type, KG.State))
    g.add((hu, RDF.type, SCHEMA.Country))
    g.add((hu, RDFS.label, Literal("Hungary")))
    g.add((hu, SKOS.altLabel, Literal("Budapest")))
    g.add((hu, SKOS.altLabel, Literal("Hungarian")))
    g.add((hu, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q28")))
    g.add((hu, KG.mentionedIn, doc))
    g.add((mission, RDF.type, KG.Initiative))
    g.add((mission, RDFS.label, Literal("NATO Ukraine mission")))
    g.add((mission, KG.mentionedIn, doc))

    st = KGR["stmt-fedcba9876543210"]
    g.add((st, RDF.type, KG.Statement))
    g.add((st, KG.subject, hu))
    g.add((st, KG.relation, KG.Fund))
    g.add((st, KG.object, mission))
    g.add((st, KG.polarity, KG.Negative))
    g.add((st, KG.modality, KG.Intended))
    g.add((st, KG.evidence, Literal("no Hungarian funds will be used to support them")))
    g.add((st, KG.trigger, Literal("funds")))
    g.add((st, KG.startChar, Literal(1234)))
    g.add((st, KG.endChar, Literal(1281)))
    g.add((st, PROV.wasDerivedFrom, doc))
    g.add((st, DCTERMS.date, Literal("2024-06-12", datatype=XSD.date)))
    g.add((hu, KG.doesNotFund, mission))
    return g


def run_shacl(data: Graph, shapes: Graph, onto: Graph):
    conforms, results, text = validate(
        data, shacl_graph=shapes, ont_graph=onto, inference="none")
    return conforms, results, text


def reported(results: Graph, focus, component=None, path=None, constraint=None) -> bool:
    """Whether the report has a result for this focus node (and component, path, and
    SPARQL constraint, where given)."""
    for r in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(r, SH.focusNode) != focus:
            continue
        if constraint is not None and results.value(r, SH.sourceConstraint) != constraint:
            continue
        if component is not None and results.value(r, SH.sourceConstraintComponent) != component:
            continue
        if path is not None and results.value(r, SH.resultPath) != path:
            continue
        return True
    return False


def test_valid_graph_conforms(shapes, onto):
    conforms, _, text = run_shacl(valid_graph(), shapes, onto)
    assert conforms, text


def test_valid_graph_conforms_with_rdfs_inference(shapes, onto):
    conforms, _, text = validate(valid_graph(), shacl_graph=shapes, ont_graph=onto,
                                 inference="rdfs")
    assert conforms, text


STMT = KGR["stmt-fedcba9876543210"]


def drop_polarity(g: Graph) -> None:
    g.remove((STMT, KG.polarity, None))


def unknown_polarity(g: Graph) -> None:
    g.set((STMT, KG.polarity, KG.Maybe))


def offsets_reversed(g: Graph) -> None:
    g.set((STMT, KG.startChar, Literal(1300)))
    g.set((STMT, KG.endChar, Literal(1200)))


def entity_without_label(g: Graph) -> None:
    g.remove((KGR["nato-ukraine-mission"], RDFS.label, None))


def unknown_relation(g: Graph) -> None:
    g.set((STMT, KG.relation, KG.Likes))


def two_modalities(g: Graph) -> None:
    g.add((STMT, KG.modality, KG.Asserted))


def empty_evidence(g: Graph) -> None:
    g.set((STMT, KG.evidence, Literal("")))


def negative_start(g: Graph) -> None:
    g.set((STMT, KG.startChar, Literal(-1)))


def string_offset(g: Graph) -> None:
    g.set((STMT, KG.endChar, Literal("1281")))


def subject_not_entity(g: Graph) -> None:
    g.set((STMT, KG.subject, KGR["doc-0123456789abcdef"]))


def no_document(g: Graph) -> None:
    g.remove((STMT, PROV.wasDerivedFrom, None))


def bad_date(g: Graph) -> None:
    g.set((STMT, DCTERMS.date, Literal("12 June 2024")))


def document_without_identifier(g: Graph) -> None:
    g.remove((KGR["doc-0123456789abcdef"], DCTERMS.identifier, None))


def entity_not_mentioned(g: Graph) -> None:
    g.remove((KGR.hungary, KG.mentionedIn, None))


def bad_same_as(g: Graph) -> None:
    g.add((KGR.hungary, OWL.sameAs, URIRef("https://en.wikipedia.org/wiki/Hungary")))


def no_direct_triple(g: Graph) -> None:
    g.remove((KGR.hungary, KG.doesNotFund, None))


def wrong_direct_triple(g: Graph) -> None:
    g.remove((KGR.hungary, KG.doesNotFund, None))
    g.add((KGR.hungary, KG.funds, KGR["nato-ukraine-mission"]))


MISSION = KGR["nato-ukraine-mission"]
DOC = KGR["doc-0123456789abcdef"]
BREAKAGES = [
    (drop_polarity, STMT, SH.MinCountConstraintComponent, KG.polarity),
    (unknown_polarity, STMT, SH.InConstraintComponent, KG.polarity),
    (offsets_reversed, STMT, SH.SPARQLConstraintComponent, KGSH.OffsetOrderConstraint),
    (entity_without_label, MISSION, SH.MinCountConstraintComponent, RDFS.label),
    (unknown_relation, STMT, SH.InConstraintComponent, KG.relation),
    (two_modalities, STMT, SH.MaxCountConstraintComponent, KG.modality),
    (empty_evidence, STMT, SH.MinLengthConstraintComponent, KG.evidence),
    (negative_start, STMT, SH.MinInclusiveConstraintComponent, KG.startChar),
    (string_offset, STMT, SH.DatatypeConstraintComponent, KG.endChar),
    (subject_not_entity, STMT, SH.ClassConstraintComponent, KG.subject),
    (no_document, STMT, SH.MinCountConstraintComponent, PROV.wasDerivedFrom),
    (bad_date, STMT, SH.DatatypeConstraintComponent, DCTERMS.date),
    (document_without_identifier, DOC, SH.MinCountConstraintComponent, DCTERMS.identifier),
    (entity_not_mentioned, KGR.hungary, SH.MinCountConstraintComponent, KG.mentionedIn),
    (bad_same_as, KGR.hungary, SH.PatternConstraintComponent, OWL.sameAs),
    (no_direct_triple, STMT, SH.SPARQLConstraintComponent, KGSH.DirectTripleConstraint),
    (wrong_direct_triple, STMT, SH.SPARQLConstraintComponent, KGSH.DirectTripleConstraint),
]


@pytest.mark.parametrize("breakage, focus, component, where", BREAKAGES,
                         ids=[b[0].__name__ for b in BREAKAGES])
def test_each_breakage_is_reported(shapes, onto, breakage, focus, component, where):
    """`where` is the result path, or for SPARQL constraints the constraint node."""
    g = valid_graph()
    breakage(g)
    conforms, results, text = run_shacl(g, shapes, onto)
    assert not conforms
    if component == SH.SPARQLConstraintComponent:
        assert reported(results, focus, component, constraint=where), text
    else:
        assert reported(results, focus, component, where), text


def test_broken_graph_reports_every_violation(shapes, onto):
    """Statement without polarity, polarity kg:Maybe, startChar > endChar, entity without
    label: all in one graph, each reported."""
    g = valid_graph()
    st2 = KGR["stmt-2"]
    for p, o in g.predicate_objects(STMT):
        if p not in (KG.polarity, KG.startChar, KG.endChar):
            g.add((st2, p, o))
    g.remove((STMT, KG.polarity, None))                 # no polarity
    g.add((st2, KG.polarity, KG.Maybe))                 # not a polarity
    g.add((st2, KG.startChar, Literal(1300)))           # start after end
    g.add((st2, KG.endChar, Literal(1200)))
    g.remove((MISSION, RDFS.label, None))               # entity without label

    conforms, results, text = run_shacl(g, shapes, onto)
    assert not conforms
    assert reported(results, STMT, SH.MinCountConstraintComponent, KG.polarity), text
    assert reported(results, st2, SH.InConstraintComponent, KG.polarity), text
    assert reported(results, st2, SH.SPARQLConstraintComponent,
                    constraint=KGSH.OffsetOrderConstraint), text
    assert reported(results, MISSION, SH.MinCountConstraintComponent, RDFS.label), text
    # the valid parts of the graph are not reported
    assert not reported(results, KGR.hungary), text
    assert not reported(results, DOC), text


def test_entity_subclass_targets_work_without_ontology(shapes):
    """Entities are checked even when the ontology is not given as ont_graph."""
    g = valid_graph()
    g.remove((MISSION, RDFS.label, None))
    conforms, results, text = validate(g, shacl_graph=shapes, inference="none")
    assert not conforms
    assert reported(results, MISSION, SH.MinCountConstraintComponent, RDFS.label), text


# ---------------------------------------------------------------------------------------
# README


def test_readme_mentions_files_namespaces_and_document_metadata():
    text = README.read_text(encoding="utf-8")
    for needle in ("kg.ttl", "shapes.ttl", "https://w3id.org/newskg/ontology#",
                   "https://w3id.org/newskg/id/", "dcterms:identifier", "dcterms:title",
                   "dcterms:date", "schema:url", "pyshacl", "kg:doesNotFund"):
        assert needle in text, needle


def test_readme_example_is_a_valid_build_graph(shapes, onto):
    text = README.read_text(encoding="utf-8")
    examples = re.findall(r"```turtle\n(.*?)```", text, flags=re.S)
    assert examples
    data = Graph().parse(data=examples[0], format="turtle")
    assert (None, RDF.type, KG.Statement) in data
    conforms, _, report = run_shacl(data, shapes, onto)
    assert conforms, report
