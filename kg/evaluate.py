"""``kg eval``: precision, recall and F1 of a built graph against gold facts.

The gold format and the matching rules are those of ``relations.md``:

* an extracted entity matches a gold entity when its label or an alias equals the gold
  name or an alias (case-insensitive, without accents, without a leading "the"); for an
  Initiative a label containing every stem of ``terms`` also matches;
* a fact is matched by a statement of the same document with matching subject, the same
  relation, matching object and the same polarity (``"A|B"`` alternatives and ``any_of``
  alternative facts accepted); modality is scored on matched facts;
* each fact counts once per document; precision counts extracted statements deduplicated
  per document by subject, relation, object and polarity.

A *polarity flip* is an extracted statement that would match a gold fact but for its
polarity — the worst error the extractor can make.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import GoldError, GraphError
from kg.gazetteer import normalize

__all__ = ["Extracted", "EvalReport", "load_gold", "load_extracted", "evaluate"]


@dataclass(frozen=True)
class Extracted:
    """One deduplicated extracted statement of a document."""

    doc: str
    subject: str
    relation: str
    object: str
    polarity: str
    modality: str
    subject_names: frozenset[str]
    object_names: frozenset[str]
    evidence: str = ""


@dataclass
class Counts:
    tp_facts: int = 0
    facts: int = 0
    tp_extracted: int = 0
    extracted: int = 0
    modality_ok: int = 0
    flips: int = 0

    @property
    def precision(self) -> float:
        return self.tp_extracted / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_facts / self.facts if self.facts else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_ok / self.tp_facts if self.tp_facts else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "facts": self.facts, "matched_facts": self.tp_facts, "extracted": self.extracted,
            "correct_extracted": self.tp_extracted, "polarity_flips": self.flips,
            "modality_accuracy": round(self.modality_accuracy, 4),
        }


@dataclass
class EvalReport:
    """Overall, per-relation and per-document figures, and the itemised errors."""

    overall: Counts = field(default_factory=Counts)
    by_relation: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_document: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)
    flips: list[dict] = field(default_factory=list)
    modality_errors: list[dict] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "by_relation": {k: v.as_dict() for k, v in sorted(self.by_relation.items())},
            "by_document": {k: v.as_dict() for k, v in sorted(self.by_document.items())},
            "misses": self.misses, "extras": self.extras, "flips": self.flips,
            "modality_errors": self.modality_errors, "missing_documents": self.missing_documents,
        }


def _norm(name: str) -> str:
    return normalize(name)


def load_gold(path: str | os.PathLike) -> list[dict]:
    """Read and check a gold file (a JSON list of ``{"doc", "entities", "facts"}``).

    Raises:
        GoldError: naming the record and field that is wrong.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldError(f"gold file {str(path)!r} not found", hint="give the path of a gold .json file") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"gold file {str(path)!r} is not valid JSON: {exc}") from exc
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    if not isinstance(data, list):
        raise GoldError(f"gold file {str(path)!r} must hold a JSON list of document records")
    for i, rec in enumerate(data):
        if not isinstance(rec, dict) or "doc" not in rec or "facts" not in rec:
            raise GoldError(f"gold record {i} needs 'doc' and 'facts' (see relations.md)")
        for j, fact in enumerate(rec["facts"]):
            missing = [k for k in ("s", "r", "o", "polarity") if k not in fact]
            if missing:
                raise GoldError(f"gold record {rec['doc']!r} fact {j} lacks {', '.join(missing)}")
    return data


def load_extracted(graph: str | os.PathLike) -> dict[str, list[Extracted]]:
    """Statements of a built ``graph.ttl``, per document identifier (and alternate names)."""
    import pyoxigraph as ox

    path = Path(graph)
    if not path.is_file():
        raise GraphError(f"graph {str(path)!r} not found", hint="run 'kg build INPUT --out DIR' first, then pass --graph DIR/graph.ttl")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"cannot read graph {str(path)!r}: {exc}") from exc
    names: dict[str, set[str]] = defaultdict(set)
    q_names = """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"""
    for row in store.query(q_names):
        names[row["e"].value].add(row["n"].value)
    q = """
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX schema: <https://schema.org/>
        SELECT ?doc ?name ?s ?r ?o ?pol ?mod ?ev WHERE {
          ?st a kg:Statement ; kg:subject ?s ; kg:relation ?r ; kg:object ?o ;
              kg:polarity ?pol ; kg:modality ?mod ; kg:evidence ?ev ; prov:wasDerivedFrom ?doc .
          { ?doc dcterms:identifier ?name } UNION { ?doc schema:alternateName ?name }
        }"""
    out: dict[str, dict[tuple, Extracted]] = defaultdict(dict)
    local = lambda node: node.value.rsplit("#", 1)[-1]  # noqa: E731
    for row in store.query(q):
        e = Extracted(
            doc=row["name"].value, subject=row["s"].value, relation=local(row["r"]), object=row["o"].value,
            polarity=local(row["pol"]).lower(), modality=local(row["mod"]).lower(),
            subject_names=frozenset(names[row["s"].value]), object_names=frozenset(names[row["o"].value]),
            evidence=row["ev"].value)
        key = (e.subject, e.relation, e.object, e.polarity)
        previous = out[e.doc].get(key)
        # keep one per key; prefer a stable choice (by modality then evidence)
        if previous is None or (e.modality, e.evidence) < (previous.modality, previous.evidence):
            out[e.doc][key] = e
    return {doc: sorted(v.values(), key=lambda e: (e.subject, e.relation, e.object, e.polarity))
            for doc, v in out.items()}


def _doc_key(name: str) -> str:
    return Path(name).name


def _entity_matcher(record: dict):
    ents = {e["name"]: e for e in record.get("entities", [])}

    def matches(gold_names: str, extracted_names: frozenset[str]) -> bool:
        ext = {_norm(n) for n in extracted_names}
        for alt in gold_names.split("|"):
            alt = alt.strip()
            ent = ents.get(alt, {"name": alt, "aliases": [], "terms": [], "type": ""})
            gold = {_norm(ent["name"])} | {_norm(a) for a in ent.get("aliases", [])}
            if ext & gold:
                return True
            terms = [t.lower() for t in ent.get("terms", []) if t]
            if ent.get("type") == "Initiative" and terms:
                for n in ext:
                    if all(t in n for t in terms):
                        return True
        return False

    return matches


def _fact_alternatives(fact: dict) -> list[dict]:
    return [fact, *fact.get("any_of", [])]


def evaluate(gold: list[dict], extracted: dict[str, list[Extracted]]) -> EvalReport:
    """Score extracted statements against gold records.

    Example:
        >>> gold = [{"doc": "a.txt", "entities": [{"name": "Hungary", "type": "State", "aliases": []},
        ...          {"name": "Ukraine", "type": "State", "aliases": []}],
        ...          "facts": [{"s": "Hungary", "r": "Fund", "o": "Ukraine", "polarity": "negative",
        ...                     "modality": "intended"}]}]
        >>> ext = {"a.txt": [Extracted("a.txt", "h", "Fund", "u", "positive", "intended",
        ...                            frozenset({"Hungary"}), frozenset({"Ukraine"}))]}
        >>> r = evaluate(gold, ext)
        >>> r.overall.tp_facts, r.overall.flips
        (0, 1)
    """
    report = EvalReport()
    by_name = {_doc_key(k): v for k, v in extracted.items()}
    for record in gold:
        doc = _doc_key(record["doc"])
        stmts = by_name.get(doc, [])
        if doc not in by_name:
            report.missing_documents.append(doc)
        matches = _entity_matcher(record)
        dc = report.by_document[doc]

        def fits(fact: dict, e: Extracted, *, polarity: bool = True) -> bool:
            return (e.relation == fact["r"] and (not polarity or e.polarity == fact["polarity"])
                    and matches(fact["s"], e.subject_names) and matches(fact["o"], e.object_names))

        matched_ext: set[int] = set()
        for fact in record["facts"]:
            alts = _fact_alternatives(fact)
            hits = [i for i, e in enumerate(stmts) if any(fits(a, e) for a in alts)]
            rc = report.by_relation[fact["r"]]
            for c in (report.overall, dc, rc):
                c.facts += 1
            if hits:
                matched_ext.update(hits)
                mod_ok = any(stmts[i].modality == a.get("modality", "asserted") for i in hits for a in alts
                             if fits(a, stmts[i]))
                for c in (report.overall, dc, rc):
                    c.tp_facts += 1
                    c.modality_ok += int(mod_ok)
                if not mod_ok:
                    report.modality_errors.append({"doc": doc, **_fact_row(fact),
                                                   "extracted_modality": stmts[hits[0]].modality})
            else:
                report.misses.append({"doc": doc, **_fact_row(fact)})
        for i, e in enumerate(stmts):
            rc = report.by_relation[e.relation]
            for c in (report.overall, dc, rc):
                c.extracted += 1
            if i in matched_ext:
                for c in (report.overall, dc, rc):
                    c.tp_extracted += 1
                continue
            flipped = [f for f in record["facts"] for a in _fact_alternatives(f) if fits(a, e, polarity=False)]
            row = {"doc": doc, "s": sorted(e.subject_names)[0] if e.subject_names else e.subject,
                   "r": e.relation, "o": sorted(e.object_names)[0] if e.object_names else e.object,
                   "polarity": e.polarity, "modality": e.modality, "evidence": e.evidence}
            if flipped:
                for c in (report.overall, dc, rc):
                    c.flips += 1
                report.flips.append({**row, "gold_evidence": flipped[0].get("evidence", "")})
            else:
                report.extras.append(row)
    return report


def _fact_row(fact: dict) -> dict:
    return {k: fact.get(k) for k in ("s", "r", "o", "polarity", "modality", "evidence")}
