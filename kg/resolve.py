"""From per-document results to one set of entities and statements.

:func:`analyze_document` is the per-document unit of work (picklable in and out, so it
runs in worker processes or on dask): mention index, statements, roles.
:func:`resolve` merges documents: one entity per real-world thing (partial names, accents
and misspellings of persons; initiatives that name the same effort), Wikidata links from
the gazetteer, roles turned into LeaderOf/OfficialOf statements, stable ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from kg.extract import RawStatement, Role, date_year, extract_sentences
from kg.gazetteer import Gazetteer, normalize
from kg.lexicon import Lexicon, word_list
from kg.mentions import MentionIndex
from kg.model import Document, Entity, Statement
from kg.nlp import dateline_place

__all__ = ["DocResult", "analyze_document", "resolve", "slugify", "statement_id"]

EXTRACTOR_VERSION = "1"
# word classes, read from kg/data/words.toml [resolve], where each is explained
AID_HEADS = word_list("resolve", "aid_heads")
WAR_HEADS = word_list("resolve", "war_heads")
# relations a person may hold to the state or body they lead or serve (all others are a misread
# of the sentence: a leader does not meet, allow, block or fund their own state)
SELF_RELATIONS = frozenset({"LeaderOf", "OfficialOf", "MemberOf"})
SANCTION_HEADS = word_list("resolve", "sanction_heads")


@dataclass(frozen=True)
class DocResult:
    """Everything one document contributed (no spaCy objects: safe to pickle)."""

    document: Document
    types: dict[str, str]
    surfaces: dict[str, dict[str, int]]
    statements: tuple[RawStatement, ...]
    roles: tuple[Role, ...]
    dominant_state: str | None = None
    evidence: dict[tuple[int, int], str] = field(default_factory=dict)


LOCAL_TITLES = word_list("resolve", "local_titles")
ORG_HEAD_TITLES = word_list("resolve", "org_head_titles")
SHARED_HEAD_TITLES = word_list("resolve", "shared_head_titles")
OFFICIAL_TITLES = word_list("resolve", "official_titles")
# title prefixes of offices outside the state's own ("opposition leader", "party leader")
FACTION_PREFIXES = ("opposition ", "party ", "body ")
VAGUE_HEAD_TITLES = word_list("resolve", "vague_head_titles")


SPOKES = word_list("resolve", "spokes")
HOSTILE = frozenset({"Criticize", "Attack", "Sanction", "Oppose", "Threaten"})


def analyze_document(document: Document, segments: list[tuple[Doc, int]], gazetteer: Gazetteer,
                     lexicon: Lexicon) -> DocResult:
    """Mentions, statements and roles of one parsed document.

    Args:
        document: the document.
        segments: its parsed segments as ``(Doc, offset)`` in text order.
        gazetteer: known states and organisations.
        lexicon: the extraction lexicon.

    Example:
        >>> from kg.nlp import load_nlp, iter_parsed
        >>> from kg.gazetteer import load_gazetteer
        >>> from kg.lexicon import load_lexicon
        >>> d = Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")
        >>> segs = [(doc, seg.offset) for doc, seg in iter_parsed([d], load_nlp())]
        >>> r = analyze_document(d, segs, load_gazetteer(), load_lexicon())
        >>> [(s.subject, s.relation, s.object, s.polarity, s.modality) for s in r.statements]
        [('state:HU', 'Fund', 'state:UA', 'negative', 'intended')]
    """
    index = MentionIndex.build(segments, gazetteer, lexicon, document.id)
    place = dateline_place(document)
    known = index.gazetteer.lookup(place) if place else None
    index.home = known.key if known is not None and known.type == "State" else None
    statements, roles = extract_sentences(segments, index, lexicon, document.date)
    evidence = {}
    for s in (*statements, *roles):
        evidence[(s.start, s.end)] = document.text[s.start : s.end]
    used = {k for s in statements for k in (s.subject, s.object, s.attributed_to) if k}
    used |= {k for r in roles for k in (r.person, r.affiliation) if k}
    types = {k: t for k, t in index.types.items() if k in used or t != "Initiative"}
    # a state or body the gazetteer knows, read off a word the mentions did not index ("The
    # U.N.-backed government" in a story that never names the U.N. otherwise): a node all the same
    types.update({k: gazetteer.by_key[k].type for k in sorted(used) if k not in types and k in gazetteer.by_key})
    surfaces = {k: dict(v) for k, v in index.surfaces.items() if k in types}
    return DocResult(
        document=document,
        types=types,
        surfaces=surfaces,
        statements=tuple(dict.fromkeys(statements)),
        roles=tuple(roles),
        dominant_state=index.dominant_state(),
        evidence=evidence,
    )


def merge_parts(parts: list[DocResult]) -> DocResult:
    """One result from the results of consecutive windows of one long document.

    A very long document is analysed a window of segments at a time (references do not
    cross windows), so memory stays bounded; this puts the pieces back together.

    Example:
        >>> d = Document("doc-1", "a.txt", "x")
        >>> merge_parts([DocResult(d, {"state:HU": "State"}, {"state:HU": {"Hungary": 1}}, (), ()),
        ...              DocResult(d, {}, {"state:HU": {"Hungary": 2}}, (), ())]).surfaces
        {'state:HU': {'Hungary': 3}}
    """
    if len(parts) == 1:
        return parts[0]
    types: dict[str, str] = {}
    surfaces: dict[str, Counter] = defaultdict(Counter)
    evidence: dict[tuple[int, int], str] = {}
    states: Counter = Counter()
    for part in parts:
        for key, t in part.types.items():
            types.setdefault(key, t)
        for key, forms in part.surfaces.items():
            surfaces[key].update(forms)
        evidence.update(part.evidence)
        if part.dominant_state:
            states[part.dominant_state] += 1
    return DocResult(
        document=parts[0].document,
        types=types,
        surfaces={k: dict(v) for k, v in surfaces.items()},
        statements=tuple(dict.fromkeys(s for p in parts for s in p.statements)),
        roles=tuple(r for p in parts for r in p.roles),
        dominant_state=states.most_common(1)[0][0] if states else None,
        evidence=evidence,
    )


def slugify(label: str) -> str:
    """An IRI-safe, readable id from a label.

    Example:
        >>> slugify("Viktor Orbán")
        'viktor-orban'
        >>> slugify("NATO support for Ukraine")
        'nato-support-for-ukraine'
    """
    text = anyascii(unicodedata.normalize("NFC", label)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].strip("-") or "entity"


def statement_id(doc_id: str, subject: str, relation: str, obj: str, polarity: str, start: int,
                 end: int, trigger: str) -> str:
    """A stable statement id from what the statement says and where.

    Example:
        >>> statement_id("doc-1", "hungary", "Fund", "ukraine", "negative", 0, 30, "fund")[:5]
        'stmt-'
    """
    raw = "|".join((doc_id, subject, relation, obj, polarity, str(start), str(end), trigger))
    return "stmt-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _person_parts(key: str) -> list[str]:
    return key.removeprefix("person:").split()


def _merge_persons(keys: Iterable[str]) -> dict[str, str]:
    """Map person keys to a representative: full names agree on surname and first name
    (up to a letter: Victor/Viktor), single names join the one full name that fits."""
    keys = sorted(set(keys))
    full = [k for k in keys if len(_person_parts(k)) >= 2]
    single = [k for k in keys if len(_person_parts(k)) == 1]
    parent: dict[str, str] = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # the representative is the shorter (two-part) name, then alphabetical
            keep, drop = sorted((ra, rb), key=lambda k: (len(_person_parts(k)) != 2, k))
            parent[drop] = keep

    by_last: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_last[_person_parts(k)[-1]].append(k)
    for group in by_last.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                fa, fb = _person_parts(a)[0], _person_parts(b)[0]
                if fa == fb or (len(fa) > 3 and Levenshtein.distance(fa, fb) <= 1):
                    union(a, b)
    for k in single:
        name = _person_parts(k)[0]
        roots = {find(f) for f in by_last.get(name, [])}
        if not roots and len(name) >= 5:
            roots = {find(f) for last, fs in by_last.items() for f in fs
                     if last[0] == name[0] and len(last) >= 5 and Levenshtein.distance(last, name) <= 1}
        if len(roots) == 1:
            union(k, next(iter(roots)))
    return {k: find(k) for k in keys}


def _initiative_signature(label: str, gazetteer: Gazetteer) -> tuple | None:
    words = normalize(label).split()
    known = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            hit = gazetteer.names.get(" ".join(words[i : i + n]))
            if hit is not None:
                known.add(hit.key)
                i += n
                break
        else:
            i += 1
    heads = set(words)
    heads |= {w[:-1] for w in words if w.endswith("s")}
    for cls, group in (("aid", AID_HEADS), ("war", WAR_HEADS), ("sanction", SANCTION_HEADS)):
        if heads & group:
            if cls == "aid" and "outside" in words:
                return None
            return (cls, frozenset(known)) if known else None
    return None


def _pick_label(surfaces: Counter, type_: str) -> str:
    def score(item: tuple[str, int]) -> tuple:
        text, count = item
        n = len(text.split())
        accented = text != anyascii(text)
        if type_ == "Person":
            return (n == 2, n >= 2, count, accented, -len(text), text)
        return (count, -len(text), text)

    return max(surfaces.items(), key=score)[0]


def _known_leader(gazetteer: Gazetteer, person: str, role: Role, doc_year: int | None = None) -> str | None:
    """What the leaders table says a titled person leads, for a title that fits the office.

    Example: "President Xi Jinping" (2023) -> ``state:CN``; "Secretary General Mark Rutte"
    -> ``org:nato``; "President Ursula von der Leyen" -> ``org:european-commission``.
    """
    if role.title.startswith(FACTION_PREFIXES):
        return None  # (an opposition's or a party's leader is no head of what the table lists)
    year = _role_year(role) or doc_year
    kind = True if role.title in ORG_HEAD_TITLES else None if role.title in SHARED_HEAD_TITLES else False
    # a surname alone only under a title that names the office ("President Ruto", not "the head of Jesus")
    return gazetteer.led_by(person.removeprefix("person:"), year, organisation=kind,
                            surname=role.title not in VAGUE_HEAD_TITLES)


def _known_official(gazetteer: Gazetteer, person: str, role: Role, doc_year: int | None = None) -> str | None:
    """Which state the officials table says a minister or spokesperson serves, for a title that
    fits ("Foreign Minister Wang Yi" -> ``state:CN``); a surname alone only under a full title."""
    if role.title not in OFFICIAL_TITLES:
        return None
    return gazetteer.serves(person.removeprefix("person:"), _role_year(role) or doc_year,
                            surname=role.title not in {"minister", "secretary"})


def _table_affiliation(gazetteer: Gazetteer, person: str, role: Role, doc_year: int | None = None) -> str | None:
    """What the leaders table (for a LeaderOf) or the officials table (for an OfficialOf) gives
    a titled person, if anything ("Prime Minister James Marape" -> ``state:PG``), in the year of
    the sentence's own date, else of the document's ("Secretary-General Antonio Guterres" in 2024:
    the United Nations, not the refugee agency he led until 2015)."""
    return (_known_leader if role.relation == "LeaderOf" else _known_official)(gazetteer, person, role, doc_year)


def _role_year(role: Role) -> int | None:
    """The year of the sentence (or document) a title was read in, if known."""
    return date_year(role.date)


def resolve(results: Iterable[DocResult], gazetteer: Gazetteer,
            stable_ids: dict[str, str] | None = None) -> tuple[list[Entity], list[Statement], list[Document]]:
    """Merge per-document results into entities, statements and documents.

    Args:
        results: one :class:`DocResult` per (distinct) document.
        gazetteer: known states and organisations (labels and Wikidata ids).
        stable_ids: entity key -> id from an earlier build, kept unchanged (``--update``).

    Returns:
        ``(entities, statements, documents)``, each sorted by id.
    """
    results = list(results)
    types: dict[str, Counter] = defaultdict(Counter)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    mentioned: dict[str, set[str]] = defaultdict(set)
    for r in results:
        for key, t in r.types.items():
            types[key][t] += 1
            mentioned[key].add(r.document.id)
        for key, forms in r.surfaces.items():
            surfaces[key].update(forms)
    # 1. persons
    mapping: dict[str, str] = {k: k for k in types}
    mapping.update(_merge_persons(k for k in types if k.startswith("person:")))
    # 2. organisations by name variants ("Fidesz party" ~ "Fidesz")
    org_names = {k.removeprefix("org:n:"): k for k in types if k.startswith("org:n:")}
    for name, key in org_names.items():
        for suffix in (" party", " group", " movement"):
            if name.endswith(suffix) and name[: -len(suffix)] in org_names:
                mapping[key] = org_names[name[: -len(suffix)]]
    # 3. initiatives by what they are about
    signatures: dict[tuple, str] = {}
    for key in sorted(k for k in types if k.startswith("init:")):
        label = _pick_label(surfaces[key], "Initiative") if surfaces[key] else key[5:]
        sig = _initiative_signature(label, gazetteer)
        if sig is None:
            continue
        if sig in signatures:
            mapping[key] = signatures[sig]
        else:
            signatures[sig] = key

    def canon(key: str | None) -> str | None:
        if key is None:
            return None
        seen = set()
        while mapping.get(key, key) != key and key not in seen:
            seen.add(key)
            key = mapping[key]
        return key

    groups: dict[str, set[str]] = defaultdict(set)
    for key in types:
        groups[canon(key)].add(key)

    def known_node(key: str, doc_id: str) -> None:
        """A state or body the gazetteer knows, made a node of the document that gives it an office."""
        if key not in types:
            types[key][gazetteer.by_key[key].type] += 1
            groups[key].add(key)
        mentioned[key].add(doc_id)

    # roles -> statements (an unsaid affiliation comes from the person's other roles)
    person_affil: dict[tuple[str, str, bool], Counter] = defaultdict(Counter)
    for r in results:
        for role in r.roles:
            if role.affiliation:
                # (a party leader's party is no clue to the state a "Prime Minister X" leads)
                party = role.title == "party"
                person_affil[(canon(role.person), role.relation, party)][canon(role.affiliation)] += 1
    raw_by_doc: dict[str, list[RawStatement]] = defaultdict(list)
    for r in results:
        raw_by_doc[r.document.id].extend(r.statements)
        acts_on = {(s.subject, s.object) for s in r.statements}
        # who the story's state or its own people attack or criticise is not its leader ("Petro accused
        # Prime Minister Netanyahu of …" in a story about Colombia; its own officials may well be)
        home_side = {r.dominant_state} | {ro.person for ro in r.roles if ro.affiliation == r.dominant_state}
        opposed = {s.object for s in r.statements if s.subject in home_side and s.polarity == "positive"
                   and s.relation in HOSTILE}

        doc_year = date_year(r.document.date)
        for role in r.roles:
            affil = canon(role.affiliation) if role.affiliation else None
            if affil is not None and affil.startswith("state:") and role.polarity == "positive" and (
                    table := _table_affiliation(gazetteer, canon(role.person), role, doc_year)) is not None and \
                    table.startswith("state:") and table != affil and table in r.types:
                # the leaders and officials tables outrank a state read off the sentence: "Papua New
                # Guinea signed a deal with Australia …, a deal Prime Minister James Marape said …"
                # (PNG's, not Australia's)
                affil = table
            if affil is None:
                # a title that may belong to a state the story gives it (not a mayor's, not the opposition's)
                placeable = role.title not in LOCAL_TITLES and not role.title.startswith(FACTION_PREFIXES)
                known = person_affil.get((canon(role.person), role.relation, role.title == "party"))
                if known:
                    affil = sorted(known.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                elif led := _table_affiliation(gazetteer, canon(role.person), role, doc_year):
                    # "President Xi Jinping" or "Foreign Minister Wang Yi" in a story about Japan:
                    # China's, as the tables know
                    affil = led
                    known_node(led, r.document.id)  # (a state the story never names is still the office's)
                elif role.title in SPOKES and len(role.prev_subjects) == 1 and not role.national:
                    # "The Kremlin denied it. Spokesman Dmitry Peskov said …"
                    affil = canon(role.prev_subjects[0])
                elif len(role.spoken) == 1 and role.title not in LOCAL_TITLES:
                    # "Estonia is ready to close its crossings, Interior Minister X said"
                    affil = canon(role.spoken[0])
                elif role.turned_to and role.turned_to != r.dominant_state and not role.states and not role.national \
                        and not role.foreign and placeable:
                    # "Neighbouring Chile is taking a different path. President X announced …": the
                    # state the paragraph has just turned to, not the story's own
                    affil = canon(role.turned_to)
                elif r.dominant_state and not role.foreign and (role.person, r.dominant_state) not in acts_on \
                        and r.dominant_state not in role.unlike \
                        and not (role.relation == "LeaderOf" and role.person in opposed) and (role.national or (
                        placeable
                        and (not (own := [s for s in role.states if (role.person, s) not in acts_on])
                             or own[0] == r.dominant_state))):
                    # (a state the person visits, meets or acts on is no evidence of their own:
                    # "Prime Minister X, who visited Beijing")
                    # "government spokesman Zoltan Kovacs", "Prime Minister X" in a story about one state
                    affil = r.dominant_state
            if affil is None:
                continue
            if affil.startswith("person:"):
                # "the head of X's administration": an official of X's state when known
                leads = person_affil.get((canon(affil), "LeaderOf", False))
                affil = sorted(leads.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if leads else None
                if affil is None and role.national and r.dominant_state and not role.foreign:
                    # "Vice President Rosario Murillo, Ortega's wife and the government's chief
                    # spokeswoman": the government's is the story's state when the leader's is unknown
                    affil = r.dominant_state
            if affil is None:
                continue  # "sister of leader X" with X's country unsaid: not an office of a person
            raw_by_doc[r.document.id].append(RawStatement(
                subject=role.person, relation=role.relation, object=affil, polarity=role.polarity,
                modality=role.modality, start=role.start, end=role.end, date=role.date, trigger=role.title))
            if (state := gazetteer.state_of.get(affil)) is not None:
                # "CIA Director William Burns", "State Department spokesman Ned Price": an office of
                # the state the agency serves, too
                known_node(state, r.document.id)
                raw_by_doc[r.document.id].append(RawStatement(
                    subject=role.person, relation="OfficialOf", object=state, polarity=role.polarity,
                    modality=role.modality, start=role.start, end=role.end, date=role.date, trigger=role.title))

    # entities
    ids: dict[str, str] = {}
    used_ids: dict[str, str] = {}
    stable_ids = stable_ids or {}
    entity_rows = []
    for rep in sorted(groups, key=lambda k: (k not in stable_ids, k)):
        members = groups[rep]
        type_ = Counter({t: n for k in members for t, n in types[k].items()}).most_common(1)[0][0]
        if any(k.startswith("person:") for k in members):
            type_ = "Person"
        forms = Counter()
        for k in members:
            forms.update(surfaces.get(k, {}))
        known = gazetteer.by_key.get(rep)
        label = known.label if known else (_pick_label(forms, type_) if forms else rep.split(":")[-1])
        if rep in stable_ids:
            eid = stable_ids[rep]
        else:
            eid = slugify(label)
            if eid in used_ids and used_ids[eid] != rep:
                eid = f"{eid}-{type_.lower()}"
                n = 2
                while eid in used_ids:
                    eid = f"{slugify(label)}-{n}"
                    n += 1
        used_ids[eid] = rep
        for k in members:
            ids[k] = eid
        docs = set().union(*(mentioned[k] for k in members))
        aliases = sorted({f for f in forms if f != label and f.strip()})
        entity_rows.append((eid, label, type_, tuple(aliases), known.wikidata if known else None, tuple(sorted(docs)), rep))

    evidence_of = {r.document.id: r.evidence for r in results}
    id_type = {row[0]: row[2] for row in entity_rows}
    statements: dict[str, Statement] = {}
    claims: set[tuple] = set()
    referenced: dict[str, set[str]] = defaultdict(set)
    for doc_id, raws in raw_by_doc.items():
        # a leader or official asking their own state or body to act asks no one ("the bloc must …")
        # (and "the two countries should deepen ties", said by one of them, is an appeal to both)
        own = {(ids.get(canon(x.subject)), ids.get(canon(x.object))) for x in raws
               if x.relation in {"LeaderOf", "OfficialOf"} and x.polarity == "positive"}
        # (a state that leads a mission also takes part in it: only states and bodies are "own")
        own_body = {pair for pair in own if id_type.get(pair[1]) not in {"Initiative", "Place"}}
        selfish = {(x.start, x.trigger, ids.get(canon(x.subject))) for x in raws if x.relation == "Request"
                   and (ids.get(canon(x.subject)), ids.get(canon(x.object))) in own}
        for raw in raws:
            sid, oid = ids.get(canon(raw.subject)), ids.get(canon(raw.object))
            if sid is None or oid is None or sid == oid or (
                    raw.relation == "Request" and (raw.start, raw.trigger, sid) in selfish) or (
                    raw.relation not in SELF_RELATIONS | {"Request"} and (sid, oid) in own_body):
                continue  # nor does a leader meet, allow or block the state they lead: a misread
            att = canon(raw.attributed_to)
            attid = ids.get(att) if att else None
            stmt_id = statement_id(doc_id, sid, raw.relation, oid, raw.polarity, raw.start, raw.end, raw.trigger)
            claim = (doc_id, sid, raw.relation, oid, raw.polarity, raw.start, raw.end)
            if claim in claims:
                continue  # one claim of one sentence, however many words triggered it
            claims.add(claim)
            evidence = evidence_of[doc_id].get((raw.start, raw.end))
            statements[stmt_id] = Statement(
                id=stmt_id, doc_id=doc_id, subject=sid, relation=raw.relation, object=oid,
                polarity=raw.polarity, modality=raw.modality, evidence=evidence or "",
                start=raw.start, end=raw.end, attributed_to=attid,
                date=raw.date, trigger=raw.trigger)
            for k in (sid, oid, attid):
                if k:
                    referenced[k].add(doc_id)
    entities = []
    for eid, label, type_, aliases, wikidata, docs, rep in entity_rows:
        # initiatives and places only exist when a statement uses them
        if type_ in {"Initiative", "Place"} and eid not in referenced:
            continue
        entities.append(Entity(eid, label, type_, aliases, wikidata, tuple(sorted(set(docs) | referenced[eid]))))
    entities.sort(key=lambda e: e.id)
    documents = sorted({r.document.id: r.document for r in results}.values(), key=lambda d: d.id)
    return entities, sorted(statements.values(), key=lambda s: s.id), documents
