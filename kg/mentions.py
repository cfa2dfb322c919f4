"""Mentions in one document: named entities, known names, references and initiatives.

:class:`MentionIndex` is built once per document from its parsed segments. It answers one
question for the extractor — *which entity does this token stand for?* — through
:meth:`MentionIndex.ref`, which handles:

* named entities typed by spaCy and corrected with the gazetteer and whole-document
  evidence (a surname tagged ORG once and PERSON five times is a person);
* metonymy and demonyms ("Budapest refused", "the Kremlin", "Hungarian funds" -> the state),
  while a capital after a locative preposition stays a Place ("talks in Beijing");
* partial and misspelt names within the document ("Orban", "Orbag" -> "Viktor Orban");
* pronouns and definite descriptions ("he", "the country", "the alliance", "the Hungarian
  leader"), first person inside quotes (the quote's speaker);
* initiatives: noun phrases headed by a mission/aid/sanctions/war … noun, with anaphors
  ("these efforts") linked to the most recent one.

Keys are local canonical strings: ``state:HU``, ``org:nato``, ``org:n:<name>``,
``person:<name>``, ``place:<name>``, ``init:<label>``; :mod:`kg.resolve` merges them
across documents.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, Known, normalize
from kg.lexicon import Lexicon, word_groups, word_list, word_table

__all__ = ["Ref", "MentionIndex", "person_key", "strip_titles"]

# word classes, read from kg/data/words.toml [mentions], where each is explained
LOCATIVE_PREPS = word_list("mentions", "locative_preps")
PLACE_PREPS = word_list("mentions", "place_preps")
PLACE_VERBS = word_list("mentions", "place_verbs")
PLACE_NOUNS = word_list("mentions", "place_nouns")
TOWN_KINDS = word_list("mentions", "town_kinds")
DRAWING = word_list("extract", "drawing")  # verbs that draw a reaction ("drew criticism from …")
PURCHASING = word_list("extract", "purchasing")  # verbs of buying ("buy jets from Washington")
PERSONAL = word_table("mentions", "personal")
NEUTER = word_list("mentions", "neuter")
CLAIM_NOUNS = word_list("mentions", "claim_nouns")
PRESS_GATHERINGS = word_list("mentions", "press_gatherings")
PRESS_WORDS = word_list("mentions", "press_words")
OUTCOME_WORDS = word_list("mentions", "outcome_words")
BALLOT_HEADS = word_list("mentions", "ballot_heads")
DENYING = word_list("mentions", "denying")
BLOC_NAME_WORDS = word_list("mentions", "bloc_name_words")
COUNTED_BODIES = word_list("mentions", "counted_bodies")
MEMBER_COUNT_WORDS = word_list("mentions", "member_count_words")
PLURAL = word_list("mentions", "plural")
DONE_TO_TEXTS = word_list("mentions", "done_to_texts")
INSTITUTIONS = word_list("mentions", "institutions")
ORG_AGENTS = word_list("mentions", "org_agents")
ORG_WATCHERS = word_list("mentions", "org_watchers")
ORG_KINDS = word_list("mentions", "org_kinds")
ARMED_MEMBERS = word_list("mentions", "armed_members")
PARTY_MEMBERS = word_list("mentions", "party_members")
GENERIC_BODY_WORDS = word_list("mentions", "generic_body_words")
ORG_ORGANS = word_list("mentions", "org_organs")
MILITARY_BRANCHES = ("navy", "army", "military", "air force", "coast guard", "armed forces", "marines",
                     "border guard", "border guards", "forces",
                     # and the departments that act for the state ("the U.S. Treasury")
                     "treasury", "state department", "foreign ministry", "ministry of foreign affairs",
                     "foreign office", "defence ministry", "defense ministry", "defense department",
                     "ministry of defence", "ministry of defense", "finance ministry", "commerce department",
                     "interior ministry", "justice department", "government")
FORMER_WORDS = word_list("mentions", "former_words")
KNOWN_OFFICE_TITLES = word_groups("mentions", "known_office_titles")
CREDIT_WORDS = word_list("mentions", "credit_words")
PLATFORMS = word_list("mentions", "platforms")
NAME_PARTICLES = word_list("mentions", "name_particles")
SEATED_BODIES = word_list("mentions", "seated_bodies")
SEATED_PEOPLE = word_list("mentions", "seated_people")
NATION_FELLOWS = word_list("mentions", "nation_fellows")
GROUP_STATES = word_list("mentions", "group_states")
GROUP_PERSONS = word_list("mentions", "group_persons")
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "neither": 2, "either": 2}
SIDES = word_list("mentions", "sides")
RELATIVES = word_list("mentions", "relatives")
FIRST_SINGULAR = word_list("mentions", "first_singular")
FIRST_PLURAL = word_list("mentions", "first_plural")
DEMONSTRATIVES = word_list("mentions", "demonstratives")
ACTOR_TYPES = {"State", "Organization", "Person"}
MILITARY_ALLIANCES = word_list("mentions", "military_alliances")
REGION_WORDS = word_list("mentions", "region_words")
OWNED_BODIES = word_list("mentions", "owned_bodies")
ONE_PER_STORY = word_list("mentions", "one_per_story")
GENERIC_HEADS = word_list("mentions", "generic_heads")
OWNED_BIDS = word_list("mentions", "owned_bids")
MISSION_CREWS = word_list("mentions", "mission_crews")
MISSION_CREW_MODIFIERS = word_list("mentions", "mission_crew_modifiers")
NAMED_PLAN_HEADS = word_list("mentions", "named_plan_heads")
COMPANY_KINDS = word_list("mentions", "company_kinds")
ARMED_GROUP_HEADS = word_list("mentions", "armed_group_heads")
STATE_FORCE_WORDS = word_list("mentions", "state_force_words")
PERSON_ONLY_TITLES = word_list("mentions", "person_only_titles")
ORG_NAME_WORDS = word_list("mentions", "org_name_words")
# an acronym the model did not tag may name a body ("the FLNKS") … unless it is one of these
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{2,7}$")
ROMAN = re.compile(r"^[IVXLC]+$")
NOT_BODIES = word_list("mentions", "not_bodies")
HONORIFICS = word_list("mentions", "honorifics")
CIVIL_ARMY_NOUNS = word_list("mentions", "civil_army_nouns")
RULING_BODIES = word_list("mentions", "ruling_bodies")
SEIZURES = word_list("mentions", "seizures")
ARMED_GROUP_WORDS = word_list("mentions", "armed_group_words")


@dataclass(frozen=True, slots=True)
class Ref:
    """What a token stands for: an entity key, its type and the surface text."""

    key: str
    type: str
    text: str
    via: str = "name"  # name | capital | demonym | pronoun | description | initiative


def strip_titles(name: str, titles: frozenset[str]) -> str:
    """Drop leading titles and trailing possessives from a person's name.

    Example:
        >>> strip_titles("Prime Minister Viktor Orban’s", frozenset({"prime", "minister"}))
        'Viktor Orban'
    """
    words = name.replace("’s", "").replace("'s", "").split()
    while words and normalize(words[0]) in titles:
        words.pop(0)
    while words and normalize(words[-1]) in titles and not words[-1][:1].isupper():
        words.pop()  # ("Hun Sen", "Martin Luther King" end in a name, not a title)
    return " ".join(w.strip("()[],") for w in words).strip()


def _widen_name(ent: Span, gazetteer: Gazetteer, titles: frozenset[str], offices: frozenset[str]) -> Span:
    """A person's name the model cut short, widened to the capitalised words it hangs on or that
    hang on it: "Ursula von" + "der Leyen", "Choe Son" + "Hui", "Mahamat" + "Idriss Deby"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if all(normalize(t.text) in titles for t in ent):
        return ent  # a title the model took for a name ("Sheikh"), left as it was

    def namelike(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and normalize(tok.text) not in titles \
            and gazetteer.lookup(tok.text) is None and tok.ent_type_ in {"", "PERSON", "GPE", "ORG"}
    # the full name of a known leader or minister, however the model cut it ("Ursula von" + "der Leyen")
    known = next((n for n in (3, 2, 1) if end + n <= len(doc) and doc[end + n - 1].text[:1].isupper()
                  and _known_person(doc[start:end + n].text, gazetteer)), 0)
    if known:
        return Span(doc, start, end + known, label="PERSON")
    while end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in NAME_PARTICLES and nxt.text.islower() and end + 1 < len(doc) and namelike(doc[end + 1]) \
                and any(doc[i].head.i == end + 1 for i in range(start, end)):
            end += 2  # "Ursula von" + "der Leyen"
        elif namelike(nxt) and any(doc[i].head.i == end and doc[i].dep_ == "compound" for i in range(start, end)) \
                and nxt.lower_ not in CREDIT_WORDS and not (end + 1 < len(doc) and doc[end + 1].text == ":"):
            end += 1  # "Choe Son" + "Hui"
        elif namelike(nxt) and nxt.ent_type_ == "" and nxt.dep_ == "compound" and nxt.head.i == end + 1 \
                and namelike(doc[end + 1]) and doc[end + 1].ent_type_ == "" \
                and any(doc[i].head.i == end + 1 and doc[i].dep_ == "compound" for i in range(start, end)):
            end += 2  # "Mohammed bin Abdulrahman" + "Al Thani", both hung on the last word
        else:
            break
    while start > 1:
        prv = doc[start - 1]
        if namelike(prv) and prv.ent_type_ == "" and prv.dep_ == "compound" and start <= prv.head.i < end \
                and prv.lower_ not in offices and (normalize(doc[start - 2].text) in titles
                                                   or doc[start - 2].lower_ in offices):
            # "President" + "Mahamat" + "Idriss Deby", "his counterpart" + "Taye" + "Atske Selassie"
            # (not "Trade Commissioner" + "X")
            start -= 1
        elif namelike(prv) and prv.dep_ == "compound" and start <= prv.head.i < end and prv.lower_ not in offices \
                and doc[start - 2].text in {",", "("}:
            start -= 1  # "…, Pavan" + "Kumar Rai": a first name the model took for a place
        else:
            break
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")


def _titled_name(ent: Span, titles: frozenset[str], gazetteer: Gazetteer) -> Span | None:
    """A person's name the model cut short and tagged as a body or place: the capitalised words
    before it, untagged, with a title before them ("Foreign Minister Olushegun Adjadi Bakari",
    with only "Bakari" an ORG). None when the words before are not such a name, or the whole is
    a name the gazetteer knows.

    Example:
        >>> import spacy
        >>> from kg.gazetteer import load_gazetteer
        >>> words = ["Foreign", "Minister", "Olushegun", "Adjadi", "Bakari", "spoke"]
        >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, ents=["O", "O", "O", "O", "B-ORG", "O"])
        >>> for t in doc[:5]: t.pos_ = "PROPN"
        >>> _titled_name(doc.ents[0], frozenset({"minister"}), load_gazetteer())
        Olushegun Adjadi Bakari
    """
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and doc[start - 1].lower_ not in titles:
        start -= 1
    if start == ent.start or start == 0 or doc[start - 1].lower_ not in titles or len(ent) > 2 \
            or not 2 <= ent.end - start <= 4 or any(not t.is_title for t in ent):
        return None
    name = doc[start : ent.end]
    return None if gazetteer.lookup(name.text) is not None or gazetteer.lookup(ent.text) is not None else name


def _titled(ent: Span, titles: frozenset[str], offices: frozenset[str], full: bool) -> bool:
    """Whether a proper name has a title before it ("Minister X"), or, for a full name (``full``),
    an office in apposition ("Vassily Nebenzia, Russia's U.N. ambassador", "Greenland's premier,
    Mute Egede"): a person's, whatever the model tagged it.

    Example:
        >>> from kg.nlp import load_nlp
        >>> doc = load_nlp()("Frederiksen hosted Greenland's premier, Mute Egede, for talks.")
        >>> _titled(doc[6:8], frozenset(), frozenset({"premier"}), True)
        True
    """
    root = ent.root
    if root.pos_ != "PROPN":
        return False
    if ent.start > 0 and normalize(ent.doc[ent.start - 1].text) in titles:
        return True
    return full and (any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in offices for c in root.children)
                     or (root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in offices))


def _known_person(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is the full name of a leader or minister the tables know.

    Example:
        >>> from kg.gazetteer import load_gazetteer
        >>> _known_person("Giorgia Meloni", load_gazetteer()), _known_person("Meloni", load_gazetteer())
        (True, False)
    """
    if len(name.split()) < 2:
        return False
    norm = normalize(name)
    return norm in gazetteer.offices or norm in gazetteer.posts


def _named_place_tail(ent: Span) -> int | None:
    """Where a body's name ends when the model cut it before "in/for/to <place>" and an acronym
    in brackets follows the place: "the U.N. Support Mission in Libya (UNSMIL)" ends after
    "Libya" (the acronym names all of it), else None."""
    doc = ent.doc
    i = ent.end
    if i + 4 >= len(doc) or doc[i].lower_ not in {"in", "for", "to", "on"} or doc[i + 1].ent_type_ not in {"GPE", "LOC"} \
            or doc[i + 1].ent_iob_ != "B":
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and re.fullmatch(r"[A-Z][A-Za-z-]{2,}", doc[end + 1].text) and doc[end + 1].text[1:].isupper():
        return end
    return None


def person_key(name: str) -> str:
    """Canonical key of a person's name.

    Example:
        >>> person_key("Viktor Orbán")
        'person:viktor orban'
    """
    return "person:" + normalize(name)


@dataclass
class _Entry:
    ref: Ref
    sent: int  # sentence number within the document
    start: int  # document offset
    end: int
    plural: bool = False
    subject: bool = False
    head: str = ""  # head lemma of an initiative
    named: bool = False  # an initiative whose label names a known state or organisation
    venue: bool = False  # "in Spain": where something happens, not who acts
    conj: int = -1  # document offset of the first of the conjoined names it belongs to ("X and Y")
    generic: bool = False  # a bare plural initiative ("would not conclude trade deals"): deals in general
    between: bool = False  # one of the names after "between" ("talks between X and Y"): a side


@dataclass
class MentionIndex:
    """Mentions of one document, with the lookups the extractor needs."""

    gazetteer: Gazetteer
    lexicon: Lexicon
    doc_id: str = ""
    # (segment number, token index) -> Ref
    tokens: dict[tuple[int, int], Ref] = field(default_factory=dict)
    # all entries in document order
    entries: list[_Entry] = field(default_factory=list)
    # surface forms per key (for aliases)
    surfaces: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    types: dict[str, str] = field(default_factory=dict)
    # quote regions (start, end, speaker key or None) in document offsets
    quotes: list[tuple[int, int, str | None]] = field(default_factory=list)
    # initiative labels per key
    initiatives: dict[str, str] = field(default_factory=dict)
    _sent_of: list[list[int]] = field(default_factory=list)  # [segment][token] -> sentence number
    _sent_starts: list[int] = field(default_factory=list)  # document offset of each sentence
    _texts: list[tuple[int, str]] = field(default_factory=list)  # (offset, text) of each segment
    # the tokens of each segment, made once (spaCy makes a new Token object for every doc[i])
    _toks: list[list[Token]] = field(default_factory=list)
    _initiative_cache: dict[tuple[int, int], Ref | None] = field(default_factory=dict)
    bids: list[tuple[int, Ref]] = field(default_factory=list)  # (offset, owner) of "X's bid/accession"
    # (offset, lemma, owner) of "Algeria's foreign ministry", "Poland's parliament": whose "the ministry" is
    bodies: list[tuple[int, str, Ref | None]] = field(default_factory=list)
    # "the two governments", "both leaders", "neither country": (segment, token) -> the members
    groups: dict[tuple[int, int], tuple[Ref, ...]] = field(default_factory=dict)
    _most_memo: dict = field(default_factory=dict)
    _credit_sents: set[tuple[int, int]] = field(default_factory=set)  # (segment, sentence start) of credit lines
    # words of the titles a person was given in the document ("secretary", "general", "prime", "minister")
    person_titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    person_affils: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # state key -> the Organization its army is when the army is one side of a civil war
    armies: dict[str, str] = field(default_factory=dict)
    civil_sides: list[tuple[str, str]] = field(default_factory=list)  # (army key, armed group key)
    _offsets: dict[int, int] = field(default_factory=dict)
    home: str | None = None  # the state of the dateline, when the story has one

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, segments: list[tuple[Doc, int]], gazetteer: Gazetteer, lexicon: Lexicon,
              doc_id: str = "") -> "MentionIndex":
        """Index the mentions of a document given its parsed segments ``(Doc, offset)``."""
        texts = [doc.text for doc, _offset in segments]
        # ("Congo" is the state the story names by a name of its own)
        gazetteer = gazetteer.for_document(" ".join(texts))
        index = cls(gazetteer=gazetteer, lexicon=lexicon, doc_id=doc_id)
        titles = lexicon.words("roles", "titles")
        offices = titles | lexicon.words("roles", "leader") | lexicon.words("roles", "official") | {
            "speaker", "brigadier", "congressman", "congresswoman", "senator", "lawmaker", "mp", "executive",
            "administrator", "commander", "chief", "head", "officer", "marshal", "judge", "mayor", "governor"}
        raw: list[tuple[int, Span, str]] = []  # (segment, span, spaCy label)
        sent_no = 0
        for seg_no, (doc, offset) in enumerate(segments):
            index._offsets[seg_no] = offset
            index._texts.append((offset, texts[seg_no]))
            index._toks.append(list(doc))
            numbers = [0] * len(doc)
            index._sent_of.append(numbers)
            for sent in doc.sents:
                numbers[sent.start : sent.end] = [sent_no] * len(sent)
                index._sent_starts.append(offset + sent.start_char)
                if len(sent) < 15 and "|" in sent.text:
                    index._credit_sents.add((seg_no, sent.start))  # "Name | Getty Images"
                sent_no += 1
            widened_to = -1
            for ent in doc.ents:
                if ent.start < widened_to:
                    continue  # part of a name widened below ("Leyen" of "Ursula von der Leyen")
                if ent.label_ in {"GPE", "ORG", "NORP", "LOC", "FAC"} and _known_person(ent.text, gazetteer):
                    ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Giorgia Meloni" tagged a place
                elif ent.label_ in {"GPE", "ORG", "LOC", "FAC"} and (name := _titled_name(ent, titles, gazetteer)) is not None:
                    ent = Span(doc, name.start, name.end, label="PERSON")  # ("Minister Olushegun Adjadi Bakari")
                if ent.label_ == "PERSON":
                    ent = _widen_name(ent, gazetteer, titles, offices)
                    widened_to = ent.end
                elif ent.label_ == "ORG" and (tail := _named_place_tail(ent)) is not None:
                    # "the U.N. Support Mission in Libya (UNSMIL)": the place is part of the name
                    ent = Span(doc, ent.start, tail, label="ORG")
                    widened_to = ent.end
                elif ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].text[:1].isupper() and (
                        known := gazetteer.lookup(doc[ent.start : ent.end + 1].text)) is not None \
                        and known != gazetteer.lookup(ent.text):
                    # "the Greek Cypriot side": a demonym of two words, cut after the first
                    ent = Span(doc, ent.start, ent.end + 1, label="NORP")
                    widened_to = ent.end
                if ent.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}:
                    prev = raw[-1][1] if raw and raw[-1][0] == seg_no and raw[-1][2] == "PERSON" else None
                    if prev is not None and prev.end == ent.start and (ent.label_ == "PERSON" or (
                            prev[-1].lower_ in NAME_PARTICLES and len(ent) == 1 and ent.root.pos_ == "PROPN")):
                        # "Prince Abdulaziz" + "bin Salman": one name the model cut in two
                        raw[-1] = (seg_no, Span(doc, raw[-1][1].start, ent.end, label="PERSON"), "PERSON")
                        continue
                    if ent.label_ == "ORG" and ent.end < len(doc) and ent[-1].lower_ in PORTFOLIO_WORDS and (
                            doc[ent.end].lower_ in OFFICE_HEADS and (len(ent) >= 2 or gazetteer.lookup(ent.text) is None)
                            or doc[ent.end].lower_ == "leader" and ent[-1].lower_ == "supreme"):
                        # "Indian External Affairs Minister X", "EU Home Affairs Commissioner Y": the
                        # portfolio is no organisation; what stands before it still names the body
                        # ("International Development Minister X", "Supreme Leader X": nothing does)
                        end = ent.end
                        while end > ent.start and doc[end - 1].lower_ in PORTFOLIO_WORDS:
                            end -= 1
                        if end > ent.start:
                            known = gazetteer.lookup(doc[ent.start:end].text)
                            label = "NORP" if known is not None and known.type == "State" else "ORG"
                            raw.append((seg_no, Span(doc, ent.start, end, label=label), label))
                        continue
                    if len(ent) >= 2 and ent[-1].tag_ == "POS":
                        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "the Security Council's"
                    while len(ent) >= 2 and ent[-1].lower_ in {"of", "and", "the", "for", "in"}:
                        cut_of = ent[-1].lower_ == "of"
                        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Patrice Talon of" (Benin)
                        if cut_of and ent.label_ == "ORG" and len(ent) >= 2 and ent.end + 1 < len(doc) and all(
                                t.pos_ == "PROPN" and t.is_title for t in ent) and not {t.lower_ for t in ent} & ORG_NAME_WORDS \
                                and (k := gazetteer.lookup(doc[ent.end + 1].text)) is not None and k.type == "State":
                            ent = Span(doc, ent.start, ent.end, label="PERSON")  # a name "of <state>": its leader
                    if len(ent) >= 2 and ent[0].lower_ in PLATFORMS and ent.start > 0 and \
                            doc[ent.start - 1].lower_ in {"on", "via"}:
                        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "on Twitter West accused"
                    cut = next((t.i for t in ent[1:] if t.text == "("), None)
                    if cut is not None:
                        ent = Span(doc, ent.start, cut, label=ent.label_)  # "Allied Democratic Forces (ADF)"
                    cut = next((t.i for t in ent[1:] if t.like_num), None)
                    if cut is not None and (known := gazetteer.lookup(doc[ent.start:cut].text)) is not None:
                        # "to pay Paris 480 million pounds" tagged as one body: the name before the sum
                        label = "GPE" if known.type == "State" else "ORG"
                        ent = Span(doc, ent.start, cut, label=label)
                    raw.append((seg_no, ent, ent.label_))
        # "Spokesman Anatoly Glaz" tagged as a body is a titled person
        raw = [(s, e, "PERSON" if lab == "ORG" and len(e) >= 3 and e[0].lower_ in PERSON_ONLY_TITLES
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in e[1:])
                and not {t.lower_ for t in e} & ORG_NAME_WORDS and gazetteer.lookup(e.text) is None else lab)
               for s, e, lab in raw]
        # "Tigray People's Liberation Front" tagged as a person is an organisation
        raw = [(s, e, "ORG" if lab == "PERSON" and len(e) >= 2 and {t.lower_ for t in e} & ORG_NAME_WORDS
                and gazetteer.lookup(e.text) is None else lab) for s, e, lab in raw]
        # a single word tagged a place elsewhere and never part of a person's full name is that place
        places = Counter(e.text for _s, e, lab in raw if lab in {"GPE", "LOC"})
        persons = Counter(e.text for _s, e, lab in raw if lab == "PERSON")
        full = {w for _s, e, lab in raw if lab == "PERSON" and len(e) >= 2 for w in e.text.split()}
        raw = [(s, e, "GPE" if lab == "PERSON" and len(e) == 1 and places[e.text] > persons[e.text]
                and e.text not in full and not (e.start > 0 and e.doc[e.start - 1].lower_ in titles)
                else lab) for s, e, lab in raw]
        # a city the model took for a person or a body ("struck Kharkiv", "besieged El Fasher"), read
        # as a place all through the story when one of its mentions is one (or is tagged one)
        towns = _town_names(raw, gazetteer, titles, full, places)
        raw = [(s, e, "GPE" if lab in {"PERSON", "ORG"} and normalize(e.text) in towns and not (
            e.start > 0 and e.doc[e.start - 1].lower_ in titles) else lab) for s, e, lab in raw]
        # whole-document evidence about persons: full names and surnames
        person_names: dict[str, str] = {}  # normalised full name -> key
        for seg_no, ent, label in raw:
            if label == "PERSON" or (label in {"ORG", "GPE", "NORP", "LOC"} and len(ent) >= 2 and gazetteer.lookup(ent.text) is None
                                     and _titled(ent, titles, lexicon.offices(), True)):  # ("Greenland's premier, Mute Egede")
                name = strip_titles(ent.text, titles)
                if name and len(name.split()) >= 2:
                    person_names[normalize(name)] = person_key(name)
        surname_of: dict[str, set[str]] = defaultdict(set)
        family_first = lexicon.words("names", "family_first")
        for norm, key in person_names.items():
            if norm.split():
                surname_of[norm.split()[-1]].add(key)
                if norm.split()[0] in family_first:
                    surname_of[norm.split()[0]].add(key)  # "Wang Wentao … Wang said"
        # a second surname ("Wanda Vázquez Garced … Vázquez said") only where no last name matches
        second: dict[str, set[str]] = defaultdict(set)
        for norm, key in person_names.items():
            words = norm.split()
            if len(words) >= 3 and words[-2] not in NAME_PARTICLES:
                second[words[-2]].add(key)
        for word, keys in second.items():
            if word not in surname_of:
                surname_of[word] = keys
        for word in _namesakes(raw, titles, surname_of, gazetteer):
            del surname_of[word]  # "President Trump" … "Trump's niece Mary Trump": not the niece
        person_votes: Counter = Counter()
        for seg_no, ent, label in raw:
            if label == "PERSON":
                words = normalize(strip_titles(ent.text, titles)).split()
                if words:
                    person_votes[words[-1]] += 1
                    if words[0] in family_first and len(words) >= 2:
                        person_votes[words[0]] += 1
                    if len(words) >= 3 and words[-2] not in NAME_PARTICLES:
                        person_votes[words[-2]] += 1  # ("Pedro Sánchez Suárez … Sánchez")

        # "St Vincent and the Grenadines", "Bosnia and Herzegovina": known names the model cuts at "and"
        # (or at a number: "the Group of 20 summit", tagged "Group of" and "20"; or leaves untagged but
        # for a word inside: "Organization of American States" with only "American" a nationality)
        joined: list[tuple[int, Span, Known]] = []
        # the tagged spans over each token, (segment, token) -> [(start, end)], for the joins of "of" below
        tagged: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for s, e, _lab in raw:
            for j in range(e.start, e.end):
                tagged[(s, j)].append((e.start, e.end))
        for seg_no, (doc, _offset) in enumerate(segments):
            lowers = [t.lower_ for t in index._toks[seg_no]]
            for i, tok in enumerate(index._toks[seg_no]):
                if not tok.is_title:
                    continue
                for n in (8, 7, 6, 5, 4, 3):  # ("United Nations Educational, Scientific and Cultural Organization")
                    if i + n <= len(doc) and ("and" in lowers[i + 1 : i + n - 1] or "of" in lowers[i + 1 : i + n - 1] and (
                            index._toks[seg_no][i + n - 1].like_num or _tagged_inside(tagged, seg_no, i, i + n))):
                        span = doc[i : i + n]
                        known = gazetteer.lookup(span.text)
                        if known is not None:
                            joined.append((seg_no, span, known))
                            break
        if joined:
            cover = {(s, t.i) for s, span, _k in joined for t in span}
            raw = [(s, e, lab) for s, e, lab in raw if not any((s, t.i) in cover for t in e)]
            for s, span, known in joined:
                index._add(s, span, Ref(known.key, known.type, span.text, known.via))
        for seg_no, ent, label in raw:
            if index._add_listed(seg_no, ent, surname_of):
                continue  # "Mali, Burkina Faso" tagged as one organisation
            ref = index._classify(ent, label, titles, person_names, surname_of, person_votes, seg_no)
            if ref is None:
                continue
            if ref.type == "Person":
                # "King Mohammed VI" tagged whole: the title stays a title, for the person's role
                start = ent.start
                while start < ent.end - 1 and ent.doc[start].lower_ in titles:
                    start += 1
                ent = ent.doc[start : ent.end]
            index._add(seg_no, ent, ref)
        index._scan_known(segments)
        index._scan_leader_surnames(segments)
        index._scan_acronyms(segments)
        index._scan_titled_names(segments)
        index._find_quotes(segments)
        index._find_civil_armies(segments)
        # "Sweden's bid" … later "the bid": whose bid it was
        for seg_no, (_doc, offset) in enumerate(segments):
            for tok in index._toks[seg_no]:
                if tok.lemma_ in OWNED_BIDS:
                    owner = [c for c in tok.children if c.dep_ == "poss"]
                    ref = index.ref(owner[0], seg_no) if owner else None
                    if ref is not None and ref.type in ACTOR_TYPES:
                        index.bids.append((offset + tok.idx, ref))
                if tok.lemma_.lower() in OWNED_BODIES and tok.pos_ in {"NOUN", "PROPN"}:
                    # (an owner the index cannot tell is kept as None: "the ministry" is then unknown)
                    ref = index.modifier_ref(tok, seg_no)
                    index.bodies.append((offset + tok.idx, tok.lemma_.lower(),
                                         ref if ref is not None and ref.type in {"State", "Organization"} else None))
                if (seized := index._seized_state(tok, seg_no)) is not None:
                    # "soldiers seized power in Niger", "the coup in Niger": the junta is Niger's
                    index.bodies.append((offset + tok.idx, "junta", seized))
        # "the two governments", "both leaders": the last named states or persons
        for seg_no, toks in enumerate(index._toks):
            for tok in toks:
                members = index._group(tok, seg_no)
                if members:
                    index.groups[(seg_no, tok.i)] = members
        # every named initiative, so that "this war" / "these efforts" find their antecedent
        heads = lexicon.words("initiatives", "heads")
        for seg_no, toks in enumerate(index._toks):
            for tok in toks:
                if tok.lemma_.lower() in heads and (tok.pos_ == "NOUN" or (
                        tok.pos_ == "PROPN" and getattr(index.tokens.get((seg_no, tok.i)), "type", "Place") == "Place")):
                    # (a named dam is a project; "World Food Programme" is a body)
                    index.initiative(tok, seg_no)
        return index

    def _classify(self, ent: Span, label: str, titles, person_names, surname_of, person_votes,
                  seg_no: int = 0) -> Ref | None:
        text = ent.text.strip()
        if not text or self._in_credit_line(ent, seg_no):
            return None  # photo credits ("Name | Getty Images")
        if _office_word(ent):
            return None  # "State" in "Secretary of State", "Treasury" in "Treasury Secretary"
        known = self.gazetteer.lookup(text)
        if known is None and text.lower() in PLATFORMS:
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"on", "via", "through"}:
                return None  # "said on Twitter": the medium, no actor
            return Ref("org:n:" + normalize(text), "Organization", text)  # "Twitter" tagged a person
        if label == "ORG" and known is None and len(ent) == 1 and (text.islower() or (
                ent[0].is_sent_start and ent[0].lower_ in ORG_KINDS)):
            # "the Sri Lankan navy" with "navy" tagged alone, "Party leader X" opening a sentence:
            # a common noun, read as a description
            return None
        if label == "PERSON" and known is None and len(ent) == 1 and ent[0].tag_ == "JJ" and ent[0].is_sent_start:
            return None  # "Humanitarian aid to Gaza …": an adjective capitalised only by its place
        if label == "PERSON" and re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})+", text):
            label = "ORG"  # "ZANU-PF", "SPLM-IO" tagged PERSON: a hyphenated acronym is a body
        if label != "PERSON" and known is None and len(ent) >= 2 and ent[-1].lower_ in ORG_KINDS:
            # "the Mercosur bloc", "the BRICS group" tagged a place: the body its kind follows
            body = self.gazetteer.lookup(ent[:-1].text.removeprefix("the ").removeprefix("The "))
            if body is not None and body.type == "Organization":
                return Ref(body.key, body.type, text, body.via)
        if label != "PERSON" and known is not None:
            if known.via == "capital" and len(ent) >= 2 and (owner := self._state_owner(ent)) is not None \
                    and owner.key != known.key:
                return Ref(owner.key, "State", text, "demonym")  # "Britain's Treasury Department": Britain's
            return Ref(known.key, known.type, text, known.via)
        norm = normalize(strip_titles(text, titles))
        if not norm:
            return None
        last = norm.split()[-1]
        titled = _titled(ent, titles, self.lexicon.offices(), known is None and len(norm.split()) >= 2)
        # (a one-word name tagged a body or place that is the surname of the story's one person of
        # that name: "did not meet Egede" after "Greenland's premier, Mute Egede")
        surname = len(ent) == 1 and ent.root.pos_ == "PROPN" and known is None and len(surname_of.get(norm, ())) == 1
        if label == "PERSON" or (label in {"ORG", "GPE", "NORP", "LOC"} and (norm in person_names or titled or surname or (
                len(norm.split()) == 1 and person_votes.get(norm, 0) > 0))):
            if known is not None and label == "PERSON" and known.via in {"name", "alias", "capital", "demonym"}:
                # "Hungary", "Cape Verde", "Sri Lankan" mis-tagged PERSON
                return Ref(known.key, known.type, text, known.via)
            name = strip_titles(text, titles)
            if len(norm.split()) >= 2:
                return Ref(person_key(name), "Person", name)
            # a single name: link to a full name of the document with that surname
            keys = surname_of.get(last)
            if keys and len(keys) == 1:
                return Ref(next(iter(keys)), "Person", name)
            fuzzy = [k for s, ks in surname_of.items() for k in ks
                     if len(s) >= 5 and s[0] == last[0] and Levenshtein.distance(s, last) <= 1]
            if len(fuzzy) == 1:
                return Ref(fuzzy[0], "Person", name)
            firsts = {k for n, k in person_names.items() if len(n.split()) >= 2 and n.split()[0] == last}
            if label == "PERSON" and not keys and len(firsts) == 1:
                # a given name the story's one full name opens with: "Sheikh Mohammed" after "Sheikh
                # Mohammed bin Abdulrahman Al Thani", "Anwar" after "Anwar Ibrahim"
                return Ref(next(iter(firsts)), "Person", name)
            if label != "PERSON" and not (len(norm.split()) == 1 and not keys and person_votes.get(norm, 0) > 0):
                return None  # (a one-word name tagged a person elsewhere is that person: "Sheikh Hasina … Hasina")
            return Ref(person_key(name), "Person", name)
        if label in {"ORG", "NORP"}:
            # "the U.S. Navy", "Pakistan Army", "the Chinese Coast Guard": the state's forces
            words = text[4:] if text.lower().startswith("the ") else text
            for branch in MILITARY_BRANCHES:
                if words.lower().endswith(" " + branch):
                    state = self.gazetteer.lookup(words[: -len(branch) - 1])
                    if state is not None and state.type == "State":
                        return Ref(state.key, "State", text, "demonym")
        if label == "ORG":
            if ent.root.pos_ not in {"PROPN", "NOUN"}:
                return None
            name = text[4:] if text.lower().startswith("the ") else text
            owner = self._generic_body_owner(ent, name)
            if owner is not None:
                return Ref(owner.key, "State", text, "demonym")  # "Turkey's defence ministry": Turkey
            words = name.split()
            for cut in (1, 2):
                # "the U.S. Treasury Department": an office that acts for its own state
                lead, rest = self.gazetteer.lookup(" ".join(words[:cut])), self.gazetteer.lookup(" ".join(words[cut:]))
                if lead is not None and rest is not None and rest.via == "capital" and lead.key == rest.key \
                        and len(words) > cut + 1:
                    return Ref(lead.key, "State", text, "demonym")
            return Ref("org:n:" + normalize(name), "Organization", name)
        if label in {"GPE", "LOC", "FAC"}:
            name = text[4:] if text.lower().startswith("the ") else text
            if label == "FAC" and name.islower():
                return None  # "Indian missiles had hit mosques", tagged a facility: no name
            if len(ent) >= 2 and ent[-1].pos_ == "PROPN" and ent[-1].lower_ in NAMED_PLAN_HEADS:
                return None  # "the Belt and Road Initiative" tagged a place: a plan (named as one elsewhere)
            if len(ent) >= 2 and ent.root.pos_ == "NOUN" and ent.root.lemma_.lower() in {
                    "bloc", "alliance", "grouping", "partnership", "coalition", "organisation", "organization"}:
                return None  # "the Asia-Pacific trade bloc" tagged a place: a body, described
            root = ent.root
            if any(c.dep_ == "compound" and c.i < ent.start and c.lemma_.lower() in COMPANY_KINDS for c in root.children) \
                    or (root.dep_ == "appos" and root.head.lemma_.lower() in COMPANY_KINDS):
                # "state airline Belavia", "the miner, Minerven": a company the model took for a place
                return Ref("org:n:" + normalize(name), "Organization", name)
            return Ref("place:" + normalize(name), "Place", name)
        return None  # unknown NORP, EVENT

    def _generic_body_owner(self, ent: Span, name: str) -> Known | None:
        """The state whose possessive owns a body named only by its kind, else None.

        "Turkey's Defence Ministry", "Greece's foreign ministry", "China's coast guard": the
        state's own organ.
        """
        words = normalize(name).split()
        # ("China's coast guard", "Myanmar's navy": the state's own forces too)
        if not words or not (set(words) <= GENERIC_BODY_WORDS or " ".join(words) in MILITARY_BRANCHES) \
                or words == ["council"]:
            return None
        return self._state_owner(ent)

    def _state_owner(self, ent: Span) -> Known | None:
        """The state a possessive before a name gives it: "Turkey's" in "Turkey's Defence Ministry"."""
        owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
        if owner is None:
            return None
        span = next((e for e in ent.doc.ents if e.start <= owner.i < e.end), None)
        known = self.gazetteer.lookup(span.text if span is not None else owner.text)
        return known if known is not None and known.type == "State" else None

    def _add_listed(self, seg_no: int, ent: Span, surname_of: dict[str, set[str]] | None = None) -> bool:
        """Add the known names of an entity the model made of a list ("Mali, Burkina Faso"), or of
        the persons the story has named in full ("talks between Aliyev and Pashinyan", tagged as one
        organisation); ``False`` when it is not one."""
        if ("," not in ent.text and " and " not in ent.text) or self.gazetteer.lookup(ent.text) is not None:
            return False
        parts = []
        for m in re.finditer(r"[^,]+", ent.text):
            for piece in re.split(r"\s+and\s+", m.group()):
                word = piece.strip()
                if word:
                    start = ent.start_char + m.start() + m.group().index(piece) + (len(piece) - len(piece.lstrip()))
                    parts.append((word, start))
        def person(word: str) -> Known | None:
            keys = (surname_of or {}).get(normalize(word), set())
            return Known(next(iter(keys)), word, "Person", None) if len(keys) == 1 else None
        known = [(self.gazetteer.lookup(w) or person(w), w, s) for w, s in parts]
        if len(known) < 2 or any(k is None for k, _w, _s in known):
            return False
        for k, word, start in known:
            span = ent.doc.char_span(start, start + len(word))
            if span is not None:
                self._add(seg_no, span, Ref(k.key, k.type, word, k.via))
        return True

    def _in_credit_line(self, ent: Span, seg_no: int) -> bool:
        if not self._credit_sents:
            return False
        start = ent.start
        while start > 0 and not ent.doc[start].is_sent_start:
            start -= 1
            if ent.start - start > 15:
                return False
        return (seg_no, start) in self._credit_sents

    def _add(self, seg_no: int, span: Span, ref: Ref) -> None:
        offset = self._offsets[seg_no]
        if ref.type == "Person":
            titles = self.lexicon.words("roles", "titles")
            for tok in reversed(span.doc[max(span.start - 4, span.sent.start) : span.start]):
                if tok.pos_ in {"CCONJ", "VERB", "AUX", "ADP"} or (tok.is_punct and tok.text not in {"-", "."}):
                    break  # "with the Turkish leader and Ulf Kristersson": not Kristersson's titles
                if tok.lower_ in titles or tok.lower_ in {"secretary-general"}:
                    self.person_titles[ref.key].update(tok.lower_.split("-"))
                else:
                    known = self.gazetteer.lookup(tok.text)
                    if known is not None and tok.is_title:
                        self.person_affils[ref.key].add(known.key)  # "Hungarian Prime Minister X"
        for tok in span:
            self.tokens[(seg_no, tok.i)] = ref
        if ref.type in {"Person", "State", "Organization", "Place"} or ref.type == "Initiative":
            self.types.setdefault(ref.key, ref.type)
            if ref.via in {"name", "alias", "initiative", "capital", "demonym"}:
                self.surfaces[ref.key][ref.text] += 1
        root = span.root
        self.entries.append(_Entry(
            ref, self._sentence_no(seg_no, span.start), offset + span.start_char, offset + span.end_char,
            plural=root.tag_ in {"NNS", "NNPS"},
            subject=root.dep_ in {"nsubj", "nsubjpass"} or (  # ("X's prime minister, Name, said")
                root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}) or (
                # ("Niger's junta expelled …": the state acts through its rulers)
                root.dep_ == "poss" and ref.type == "State" and root.head.dep_ in {"nsubj", "nsubjpass"}
                and root.head.lemma_.lower() in RULING_BODIES) or (
                # ("The junta in Niger expelled …")
                root.dep_ == "pobj" and ref.type == "State" and root.head.lower_ == "in"
                and root.head.head.dep_ in {"nsubj", "nsubjpass"} and root.head.head.lemma_.lower() in RULING_BODIES),
            venue=root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near", "inside"},
            conj=_conj_anchor(root, offset),
            between=_after_between(root),
        ))

    def _scan_titled_names(self, segments: list[tuple[Doc, int]]) -> None:
        """Names the model did not tag, known to be persons by their title: "Olusegun Obasanjo,
        the AU envoy", "Envoy Jean Ndiaye" (two capitalised words at least)."""
        titles = self.lexicon.words("roles", "titles")
        offices = self.lexicon.offices()
        added = False
        for seg_no, (doc, _offset) in enumerate(segments):
            for tok in self._toks[seg_no]:
                if tok.pos_ != "PROPN" or not tok.is_title or (seg_no, tok.i) in self.tokens or tok.dep_ == "compound":
                    continue
                start = tok.i
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                        and doc[start - 1].head == tok and (seg_no, start - 1) not in self.tokens:
                    start -= 1
                chain = doc[start : tok.i + 1]
                k = 0
                while k < len(chain) and chain[k].lower_ in titles:
                    k += 1  # the title, if any, comes first ("Envoy Jean Ndiaye")
                span = chain[k:]
                if not 2 <= len(span) <= 4 or any(t.lower_ in titles for t in span):
                    continue
                if k > 0 and chain[k - 1].lower_ in HONORIFICS:
                    continue  # "Queen Victoria Market", "Prince Edward Island": often a place
                titled = k > 0 or any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in offices for c in tok.children)
                if not titled or self.gazetteer.lookup(span.text) is not None:
                    continue
                name = span.text
                self._add(seg_no, span, Ref(person_key(name), "Person", name))
                added = True
        if added:
            self.entries.sort(key=lambda e: (e.start, e.end))

    def _find_civil_armies(self, segments: list[tuple[Doc, int]]) -> None:
        """A state's army named with a non-state armed group is an actor of its own.

        In "Sudan's army and the paramilitary RSF signed a truce" the army is one side of a civil
        war, not the state; every "Sudan's army", "the Sudanese military", "the army" of the
        document then stands for one Organization. ("the army" with no country is the army named
        with its country elsewhere in the story, else the army of the state the story is about.)
        """
        found: list[tuple[int, Token, Ref | None]] = []
        home = self.dominant_state()
        bare_armies: list[tuple[int, Token]] = []
        for seg_no, toks in enumerate(self._toks):
            for tok in toks:
                if tok.lemma_.lower() not in CIVIL_ARMY_NOUNS or tok.pos_ != "NOUN":
                    continue
                owner = self.modifier_ref(tok, seg_no)
                found.append((seg_no, tok, owner))
                if owner is None and home is not None and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    bare_armies.append((seg_no, tok))  # (the story's state's, unless another's army is named)
                    continue
                self._civil_sides_of(tok, seg_no, owner)
        if not self.armies and home is not None:
            for seg_no, tok in bare_armies:
                self._civil_sides_of(tok, seg_no, Ref(home, "State", tok.text, "description"))
        if not self.armies:
            return
        only = next(iter(self.armies.values())) if len(set(self.armies.values())) == 1 else None
        owners: set[tuple[int, str]] = set()  # (offset, key) of "Sudan" in "Sudan's army": not a mention of its own
        for seg_no, tok, owner in found:
            if owner is not None:
                key = self.armies.get(owner.key) if owner.type == "State" else None
            else:
                bare = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                key = only if bare else None
            if key is None:
                continue
            self._add(seg_no, tok.doc[tok.i : tok.i + 1], Ref(key, "Organization", tok.text, "description"))
            if owner is None:
                continue
            left = min((t.i for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < tok.i
                        for t in c.subtree), default=tok.i)
            phrase = tok.doc[left : tok.i + 1].text
            self.types.setdefault(key, "Organization")
            self.surfaces[key][phrase] += 1
            offset = self._offsets[seg_no]
            owners.update((offset + t.idx, owner.key) for t in tok.doc[left : tok.i])
        self.entries = [e for e in self.entries if (e.start, e.ref.key) not in owners]
        self.entries.sort(key=lambda e: (e.start, e.end))

    def _civil_sides_of(self, tok: Token, seg_no: int, owner: Ref | None) -> None:
        """Record the state's army named by ``tok`` as one side against each armed group its
        sentence names."""
        if owner is None or owner.type != "State":
            return
        foes = {r.key for t in tok.sent if t.i != tok.i and self._armed_group(t, seg_no)
                for r in [self.ref(t, seg_no)]}
        for foe in sorted(foes):
            key = self.armies.setdefault(owner.key, "org:army-" + owner.key.removeprefix("state:").lower())
            if (key, foe) not in self.civil_sides:
                self.civil_sides.append((key, foe))

    def _armed_group(self, tok: Token, seg_no: int) -> bool:
        """Is ``tok`` a non-state armed group ("the paramilitary RSF", "Tigrayan rebels")?"""
        ref = self.ref(tok, seg_no)
        if ref is None or ref.type != "Organization" or self.gazetteer.is_bloc(ref.key):
            return False
        words = set(normalize(ref_label(self, ref)).split())
        mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
        return bool((words | mods) & ARMED_GROUP_WORDS)

    def _scan_known(self, segments: list[tuple[Doc, int]]) -> None:
        """Known names that spaCy did not tag (e.g. "Kremlin", "NATO" as a modifier)."""
        for seg_no, (doc, _offset) in enumerate(segments):
            toks, text = self._toks[seg_no], self._texts[seg_no][1]
            i = 0
            while i < len(doc):
                # ("al Qaeda", "al Shabaab": a name may open with a lowercase particle)
                particle = toks[i].lower_ in NAME_PARTICLES and toks[i].is_lower
                if (seg_no, i) in self.tokens or not (toks[i].is_title or toks[i].is_upper or particle) or toks[i].is_punct:
                    i += 1
                    continue
                hit = None
                for n in (4, 3, 2, 1) if not particle else (4, 3, 2):
                    if i + n > len(doc) or any((seg_no, j) in self.tokens for j in range(i, i + n)):
                        continue
                    last = toks[i + n - 1]
                    surface = text[toks[i].idx : last.idx + len(last.text)]  # (the span's text)
                    known = self.gazetteer.lookup(surface)
                    if known is not None and n == 1 and known.via == "demonym" and i > 0 and \
                            toks[i - 1].lower_ in REGION_WORDS:
                        break  # "Latin American", "South American": a region's, not a state's
                    if known is not None and (n > 1 or len(surface) > 1):
                        hit = (doc[i : i + n], known)
                        break
                if hit:
                    span, known = hit
                    self._add(seg_no, span, Ref(known.key, known.type, span.text, known.via))
                    i += len(span)
                else:
                    i += 1
        self.entries.sort(key=lambda e: (e.start, e.end))

    def _scan_leader_surnames(self, segments: list[tuple[Doc, int]]) -> None:
        """Known leaders named by a surname the model did not tag as a person ("Kenya's Ruto said",
        "Argentina's Milei", taken for a place), when only one known leader bears it and a state
        they led is named in the document."""
        states = {e.ref.key for e in self.entries if e.ref.type == "State"}
        # (a person the story names in full is who the surname stands for: "Volodymyr Zelenskiy …
        # Zelenskiy", in the story's spelling)
        named = {e.ref.key.split()[-1]: e.ref.key for e in self.entries if e.ref.type == "Person" and " " in e.ref.key}
        for seg_no, (doc, offset) in enumerate(segments):
            for tok in self._toks[seg_no]:
                if tok.pos_ != "PROPN" or not tok.is_title or len(tok.text) < 4 or tok.ent_type_ in {"DATE", "TIME"}:
                    continue
                surname = normalize(tok.text)
                full = self.gazetteer.surnames.get(surname)
                if full is None or not any(o.affiliation in states for o in self.gazetteer.offices.get(full, ())):
                    continue
                cur = self.tokens.get((seg_no, tok.i))
                if cur is not None:
                    if cur.type != "Place" or normalize(cur.text) != surname:
                        continue  # (only a one-word "place" the model made of the name is replaced)
                    start = offset + tok.idx
                    self.entries = [e for e in self.entries if not (e.start == start and e.ref.key == cur.key)]
                key = person_key(full)
                other = named.get(surname)
                if other is not None and self.gazetteer.offices.get(other.removeprefix("person:")) == \
                        self.gazetteer.offices.get(full):
                    key = other  # (the same leader in the story's spelling; not "Mary Trump" for "Trump")
                self._add(seg_no, doc[tok.i : tok.i + 1], Ref(key, "Person", tok.text, "name"))
        self.entries.sort(key=lambda e: (e.start, e.end))

    def _scan_acronyms(self, segments: list[tuple[Doc, int]]) -> None:
        """Acronyms the model did not tag, used as a body is: "The FLNKS rejected the change",
        "The UN force, UNFICYP, has patrolled …", "SDF commanders". An acronym in brackets
        after a name is that name ("Hayat Tahrir al-Sham (HTS)")."""
        agents = ORG_AGENTS | ORG_NAME_WORDS | {"force", "mission", "coalition", "leader", "leaders", "commander",
                                                "commanders", "spokesman", "spokeswoman", "chief", "head"}
        spelt: dict[str, Ref] = {}  # acronym -> the name it abbreviates

        def as_named(named: Ref, text: str) -> Ref:
            return Ref(named.key, named.type, text, "acronym")

        for seg_no, (doc, _offset) in enumerate(segments):
            for tok in self._toks[seg_no]:
                named = self.tokens.get((seg_no, tok.i - 2)) if tok.i >= 2 else None
                if named is not None and named.type == "Organization" and ACRONYM.match(tok.text) \
                        and doc[tok.i - 1].text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")" \
                        and self.tokens.get((seg_no, tok.i), named).key in {named.key, "org:n:" + normalize(tok.text)}:
                    spelt.setdefault(tok.text, named)
        if spelt:
            # every mention of the acronym, tagged or not, is the name's
            own = {"org:n:" + normalize(a): r for a, r in spelt.items()}
            for pos, r in list(self.tokens.items()):
                if r.key in own:
                    self.tokens[pos] = as_named(own[r.key], r.text)
            for e in self.entries:
                if e.ref.key in own:
                    e.ref = as_named(own[e.ref.key], e.ref.text)
        for seg_no, (doc, _offset) in enumerate(segments):
            for tok in self._toks[seg_no]:
                if (seg_no, tok.i) in self.tokens or tok.pos_ not in {"PROPN", "NOUN"} or not ACRONYM.match(tok.text) \
                        or tok.lower_ in NOT_BODIES or ROMAN.match(tok.text):
                    continue
                if tok.text in spelt:
                    self._add(seg_no, doc[tok.i : tok.i + 1], as_named(spelt[tok.text], tok.text))
                    continue
                sent = tok.sent
                if sum(t.is_upper for t in sent if t.is_alpha) * 2 > sum(t.is_alpha for t in sent):
                    continue  # a shouted headline
                org_like = (
                    any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
                    or tok.dep_ in {"nsubj", "nsubjpass", "poss"}
                    or (tok.dep_ == "appos" and tok.head.lemma_.lower() in agents)
                    or any(c.dep_ == "appos" and c.lemma_.lower() in agents for c in tok.children)
                    or (tok.dep_ == "compound" and tok.head.lemma_.lower() in agents | {"fighter", "troop", "soldier"}))
                if org_like:
                    self._add(seg_no, doc[tok.i : tok.i + 1], Ref("org:n:" + normalize(tok.text), "Organization",
                                                                  tok.text, "name"))
        self.entries.sort(key=lambda e: (e.start, e.end))

    def _find_quotes(self, segments: list[tuple[Doc, int]]) -> None:
        """Quoted regions and who said them (the subject of a speech verb next to the quote)."""
        speech = self.lexicon.words("speech", "verbs")
        for seg_no, (doc, offset) in enumerate(segments):
            text = self._texts[seg_no][1]
            for start, end in _quote_spans(text):
                speaker = None
                # a speech verb in the sentence where the quote ends, or the next one
                span = doc.char_span(end - 1, end, alignment_mode="expand")
                if span is None:
                    continue
                sent = span.sent
                candidates = list(sent)
                if sent.end < len(doc):
                    nxt = doc[sent.end].sent
                    if end >= sent.end_char - 2:
                        candidates += list(nxt)
                opening = doc.char_span(start, start + 1, alignment_mode="expand")
                if opening is not None and opening.sent.start != sent.start:
                    # "X told a news conference: “… . …”": the verb before a quote of several sentences
                    candidates += [t for t in opening.sent if t.idx < start]
                for tok in candidates:
                    if tok.lemma_ in speech and tok.pos_ == "VERB" and not (start <= tok.idx < end):
                        subj = [c for c in tok.children if c.dep_ == "nsubj"]
                        if subj:
                            ref = self.ref(subj[0], seg_no, resolve_quotes=False)
                            if ref is None or ref.type not in ACTOR_TYPES:
                                # "…,” Benin's president Patrice Talon said": the name in apposition to the title
                                ref = next((r for c in subj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                            if (r := self.ref(c, seg_no, resolve_quotes=False)) is not None
                                            and r.type == "Person"), ref)
                            if subj[0].lower_ in PERSONAL and tok.idx > end:
                                # "“… the minister has told us …,” he said": he is
                                # the one named before the quote, not a person the quote speaks of
                                ref = self._recent(offset + start, {"Person"}, max_back=40) or ref
                            if ref is not None and ref.type in ACTOR_TYPES:
                                speaker = ref.key
                                break
                if speaker is None and self.quotes and self.quotes[-1][2] is not None \
                        and text[:start].rstrip(" \t").endswith("\n") \
                        and text[end:].lstrip(" \t").startswith(("\n", "")) and (
                            end == len(text.rstrip()) or text[end:end + 1] in {"\n", ""}):
                    # a paragraph that is all quote goes on with the last speaker quoted
                    speaker = self.quotes[-1][2]
                # a quote whose speaker is named in neither sentence stays unattributed (None)
                self.quotes.append((offset + start, offset + end, speaker))

    # ------------------------------------------------------------------ lookups
    def sentence_of(self, tok: Token, seg_no: int) -> int:
        return self._sentence_no(seg_no, tok.i)

    def _sentence_no(self, seg_no: int, i: int) -> int:
        numbers = self._sent_of[seg_no] if seg_no < len(self._sent_of) else ()
        return numbers[i] if 0 <= i < len(numbers) else 0

    def sentence_tokens(self, sent: Span, seg_no: int) -> list[Token]:
        """The tokens of a sentence of segment ``seg_no``, as ``list(sent)`` gives them, but made
        once for the document (a loop over a span makes new Token objects every time)."""
        toks = self._toks[seg_no] if seg_no < len(self._toks) else []
        return toks[sent.start : sent.end] if toks and toks[0].doc is sent.doc else list(sent)

    def sentence_at(self, doc_offset: int) -> int:
        """The number of the sentence a document offset falls in."""
        return max(bisect.bisect_right(self._sent_starts, doc_offset) - 1, 0)

    def sentence_start(self, number: int) -> int:
        """The document offset where sentence ``number`` starts (the first sentence's for a number
        below 0), as :meth:`sentence_at` numbers them."""
        return self._sent_starts[max(number, 0)] if self._sent_starts else 0

    def speaker_at(self, doc_offset: int) -> str | None:
        """The speaker of the quotation that contains a document offset."""
        for start, end, speaker in self.quotes:
            if start <= doc_offset < end:
                return speaker
        return None

    def _recent(self, before: int, want: set[str], *, max_back: int = 6, sent: int | None = None,
                pred=None) -> Ref | None:
        # entries are sorted by position: walk back from ``before`` to the window's start
        for i in range(bisect.bisect_left(self.entries, before, key=_entry_start) - 1, -1, -1):
            entry = self.entries[i]
            if sent is not None and entry.sent < sent - max_back:
                break
            if entry.ref.type not in want or entry.ref.via == "pronoun":
                continue
            if pred is not None and not pred(entry):
                continue
            return entry.ref
        return None

    def _person_before(self, before: int, sent: int) -> bool:
        """Whether a person is named in sentence ``sent`` before a document offset."""
        i = bisect.bisect_left(self.entries, before, key=_entry_start) - 1
        while i >= 0 and self.entries[i].sent == sent:
            if self.entries[i].ref.type == "Person" and self.entries[i].ref.via != "pronoun":
                return True
            i -= 1
        return False

    def dominant_state(self) -> str | None:
        """The state most mentioned in the document when it clearly dominates."""
        counts = Counter(e.ref.key for e in self.entries if e.ref.type == "State")
        if not counts:
            return None
        ranked = counts.most_common(2)
        if self.home is not None and counts[self.home] >= 2 and (
                counts[self.home] >= 0.75 * ranked[0][1] or self._opens_with_home()):
            # the story is filed from there ("COLOMBO, March 21 –") and it is a main actor, or
            # the first state it names ("TEGUCIGALPA – Honduras cut ties with Taiwan …")
            return self.home
        (key, n), total = ranked[0], sum(counts.values())
        second = ranked[1][1] if len(ranked) > 1 else 0
        return key if n >= 3 and (n / total >= 0.35 or n >= 1.5 * second) else None

    def _opens_with_home(self) -> bool:
        """Is the first state the story names (headline or lead, not the dateline) its home?"""
        first = next((e for e in self.entries if e.ref.type == "State"
                      and not (e.ref.via == "capital" and e.ref.text.isupper())), None)
        return first is not None and first.ref.key == self.home

    def bodies_named_by(self, word: str) -> set[str]:
        """The bodies of the document whose name of two words or more ends with ``word``: what a
        title's bare "Commission spokeswoman" names after "the European Commission"."""
        return {key for key, names in self.surfaces.items() if self.types.get(key) == "Organization"
                and any(len(n.split()) > 1 and n.split()[-1].lower() == word for n in names)}

    def mention_count(self, key: str) -> int:
        """How often the document names an entity (memoised: named entities do not change)."""
        if "_counts" not in self._most_memo:
            self._most_memo["_counts"] = Counter(e.ref.key for e in self.entries)
        return self._most_memo["_counts"][key]

    def most_mentioned(self, want: set[str], pred=None) -> str | None:
        """The most mentioned entity of some types (memoised: named entities do not change)."""
        memo_key = (tuple(sorted(want)), getattr(pred, "__name__", pred))
        if memo_key not in self._most_memo:
            counts = Counter(e.ref.key for e in self.entries
                             if e.ref.type in want and (pred is None or pred(e.ref.key)))
            self._most_memo[memo_key] = counts.most_common(1)[0][0] if counts else None
        return self._most_memo[memo_key]

    def ref(self, tok: Token, seg_no: int, *, resolve_quotes: bool = True, actors: bool = False) -> Ref | None:
        """The entity a token stands for, or ``None``.

        Example: in "Budapest refused", ``ref(Budapest)`` is the State Hungary; in "talks
        in Beijing" the Place Beijing; "he" the last person mentioned.
        """
        offset = self._offsets.get(seg_no, 0)
        doc_pos = offset + tok.idx
        ref = self.tokens.get((seg_no, tok.i))
        if ref is not None:
            if ref.via == "capital" and tok.head.dep_ == "prep" and tok.dep_ == "pobj" \
                    and tok.head.lower_ in LOCATIVE_PREPS and not (
                        # ("recalled its ambassador from Addis Ababa", "drew criticism from Washington":
                        # from the state, not the city)
                        tok.head.lower_ == "from" and ("recall" in {tok.head.head.lemma_, tok.head.head.head.lemma_}
                                                       or tok.head.head.lemma_ in DRAWING
                                                       # ("buy F-16 jets from Washington": a seller)
                                                       or PURCHASING & {tok.head.head.lemma_, tok.head.head.head.lemma_})):
                span = self._span_of(tok, seg_no)
                return Ref("place:" + normalize(span), "Place", span, "capital")
            return ref
        lower = tok.lower_
        sent = self.sentence_of(tok, seg_no)
        if tok.tag_ == "WP$":
            # "Keir Starmer, whose party …": the one the relative clause is about
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and clause.head != tok:
                head = clause.head
                if head.dep_ == "appos" and head.pos_ == "NOUN":
                    head = head.head  # "Finland, a Nordic state whose bid …": Finland's
                return self.ref(head, seg_no, resolve_quotes=resolve_quotes, actors=actors)
            return None
        if tok.pos_ in {"PROPN", "NOUN"} and tok.is_title:
            person = self._surname(tok.text)
            if person is not None:
                return Ref(person, "Person", tok.text, "name")
        if tok.pos_ == "PRON" or lower in PERSONAL or lower in NEUTER or lower in PLURAL:
            if lower in FIRST_SINGULAR or lower in FIRST_PLURAL:
                if not resolve_quotes:
                    return None
                speaker = self.speaker_at(doc_pos)
                if speaker is None:
                    return None
                return Ref(speaker, self.types.get(speaker, "Person"), tok.text, "pronoun")
            judged = self._judged_in_saying(tok, seg_no)
            if judged is not None and ((lower in PERSONAL and judged.type == "Person") or (
                    lower in NEUTER and judged.type in {"State", "Organization"})):
                # "The United States condemned Russia, saying it had violated the ceasefire": Russia
                return Ref(judged.key, judged.type, tok.text, "pronoun")
            speaker_tok = self._speech_subject_token(tok)
            speaker = self.ref(speaker_tok, seg_no) if speaker_tok is not None else None
            if speaker is not None and (
                    (lower in PERSONAL and speaker.type == "Person")
                    or (lower in NEUTER and speaker.type in {"State", "Organization"})
                    # ("Ecuador's foreign minister said Peru had assured her …": the minister's state)
                    or (lower in PERSONAL and tok.dep_ in {"dobj", "dative"} and speaker.via == "description")
                    # ("The Houthis said they had attacked a US warship": one body named in the plural)
                    or (lower in {"they", "them", "their"} and speaker.type == "Organization"
                        and (speaker_tok.tag_ in {"NNPS", "NNS"} or speaker_tok.lower_.endswith("s"))
                        and not self.gazetteer.is_bloc(speaker.key) and not speaker_tok.conjuncts)):
                # "Cape Verde said it would …", "Scholz said he would …"
                return Ref(speaker.key, speaker.type, tok.text, "pronoun")
            kin = self._speech_subject_token(tok.head if tok.dep_ == "poss" else tok) if lower in PERSONAL else None
            if kin is not None and kin.pos_ == "NOUN" and kin.lemma_.lower() in RELATIVES and len(
                    {r.key for t in kin.subtree if (r := self.tokens.get((seg_no, t.i))) is not None}) <= 1:
                # (a son the story names is who speaks: "Haftar's son Saddam said his fighters …")
                return None  # "Khalifa Haftar's son said his fighters …": the son's, not his father's
            if lower in PERSONAL:
                person = self._fronted_subject(tok, seg_no, frozenset({"Person"}))
                if person is not None:
                    # "After Ruto met Museveni, he said …": the subject of the clause put before it
                    return Ref(person.key, "Person", tok.text, "pronoun")
                found = None
                if sent > 0 and (tok.i == tok.sent.start and tok.dep_ == "poss" or (
                        tok.dep_ in {"nsubj", "nsubjpass"} and not self._person_before(doc_pos, sent))):
                    # "Mickoski said … after meeting Michel. His party …": the last sentence's subject
                    # ("Polyanskiy dismissed Koury's remarks. He denied …": the subject, not the owner)
                    found = self._recent(doc_pos, {"Person"}, sent=sent, max_back=1,
                                         pred=lambda e: e.subject and e.sent == sent - 1)
                found = found or self._recent(doc_pos, {"Person"}, sent=sent, max_back=4)
                if found is None and speaker is not None and speaker.via == "description" and speaker.type == "State" \
                        and speaker_tok.lower_ in self.lexicon.office_heads():
                    # "Kenya's president said he would not attend": an office-holder the story names no
                    # one for, who acts for the state
                    return Ref(speaker.key, "State", tok.text, "pronoun")
                return Ref(found.key, "Person", tok.text, "pronoun") if found else None
            if lower in NEUTER:
                if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ == "be":
                    return None  # expletive "it is as if"
                claim = tok.head.head if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ in {"acl", "ccomp"} else None
                if claim is not None and claim.pos_ == "NOUN" and claim.lemma_.lower() in CLAIM_NOUNS \
                        and claim.dep_ == "dobj" and claim.head.lemma_.lower() in DENYING:
                    # "Egypt denied Ethiopia's claims that it was arming Somalia": the denier, whom
                    # the claim is about (not the claimant named last)
                    denier = next((r for c in claim.head.children if c.dep_ == "nsubj"
                                   if (r := self.tokens.get((seg_no, c.i))) is not None
                                   and r.type in {"State", "Organization"}), None)
                    if denier is not None:
                        return Ref(denier.key, denier.type, tok.text, "pronoun")
                if lower == "it" and tok.dep_ in {"dobj", "pobj"} and not actors:
                    # "opposed the scheme and called it a gimmick": the thing, not a country
                    found = self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=1)
                    if found:
                        return Ref(found.key, "Initiative", tok.text, "pronoun")
                if lower == "it" and tok.dep_ in {"dobj", "pobj"} and len(self._clause_subjects(tok, seg_no, whole=True)) >= 2:
                    # "Malaysia and Thailand opposed it": not one of the clause's own subjects, and,
                    # after a list of actors, too often a thing (the plan, the invasion) to guess
                    return None
                if lower == "its" and tok.dep_ == "poss":
                    # "Moscow's purchases of shells for its war": the owner of the phrase it sits in
                    node = tok.head
                    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
                        node = node.head.head
                        if (inner := self.tokens.get((seg_no, node.i))) is not None and inner.type in {"State", "Organization"}:
                            break  # "criticised Kyiv for its attacks": the nearer actor
                        owner = [r for c in node.children if c.dep_ == "poss" and c != tok
                                 if (r := self.tokens.get((seg_no, c.i))) is not None and r.type in {"State", "Organization"}]
                        if owner:
                            return Ref(owner[0].key, owner[0].type, tok.text, "pronoun")
                if lower == "its" and tok.dep_ == "poss" and tok.head.dep_ == "nsubj" and (
                        reported := [c for c in tok.head.head.children if c.dep_ == "ccomp" and c.i < tok.i]) and (
                        main := self._sole_subject(reported[0], tok, seg_no)) is not None:
                    # "Kenya will send troops to Haiti, its foreign minister said": the reporting
                    # clause's "its" is the reported clause's subject
                    return Ref(main.key, main.type, tok.text, "pronoun")
                if lower == "its" and tok.dep_ == "poss":
                    # "the League, which counts Somalia and Egypt among its members": what the
                    # relative clause it sits in describes
                    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                    if verb is not None and verb.dep_ == "relcl" and any(
                            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in verb.children):
                        ante = self.tokens.get((seg_no, verb.head.i))
                        if ante is not None and ante.type in {"State", "Organization"}:
                            return Ref(ante.key, ante.type, tok.text, "pronoun")
                if lower == "its" and tok.dep_ == "poss":
                    # "The union accused Norway of …, and its chief executive, X, called …": the
                    # subject of the clause the conjoined one joins
                    noun = tok.head
                    while noun.dep_ == "appos" and noun.head != noun:
                        noun = noun.head
                    # (or hung by the parser on the first verb as its conjunct)
                    first = noun.head.head if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.dep_ == "conj" else (
                        noun.head if noun.dep_ == "conj" and noun.head.pos_ == "VERB" and any(  # (with its own verb)
                            c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.i > noun.i
                            for x in (noun, *(a for a in noun.children if a.dep_ == "appos")) for c in x.children)
                        else None)
                    main = self._sole_subject(first, tok, seg_no) if first is not None else None
                    if main is not None:
                        return Ref(main.key, main.type, tok.text, "pronoun")
                if lower == "its" and tok.dep_ == "poss" and tok.head.dep_ == "dobj":
                    # "The Forum, whose leaders meet in the Cook Islands, urged its members": the
                    # verb's own subject, when no other actor stands between its clause and "its"
                    subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i
                                    and not any(x.dep_ == "conj" for x in c.children)), None)  # (not "X and Y")
                    main = self._sole_subject(tok.head.head, tok, seg_no) if subject is not None else None
                    if main is not None and not any(
                            (r := self.tokens.get((seg_no, t.i))) is not None and r.type in {"State", "Organization"}
                            for t in tok.doc[subject.right_edge.i + 1:tok.i]):
                        return Ref(main.key, main.type, tok.text, "pronoun")
                if lower == "it" and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in DONE_TO_TEXTS:
                    # "signed a border treaty, but it has never been ratified": the treaty, else
                    # nothing (no country is ratified)
                    found = self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=1)
                    return Ref(found.key, "Initiative", tok.text, "pronoun") if found else None
                if lower == "it" and (main := self._fronted_subject(tok, seg_no)) is not None:
                    # "Although Egypt criticized Israel, it sent aid to Gaza": the subject of the
                    # clause put before it, not that clause's object
                    return Ref(main.key, main.type, tok.text, "pronoun")
                if lower == "it" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ in {"relcl", "advcl", "conj"}:
                    # "the EU blacklisted Belavia, which it accused of …": the sentence's own subject
                    # (that of the verb the clause hangs in, when the parser made another the root:
                    # "Australia belongs to the pact with Britain, under which it will acquire …")
                    main = self._sole_subject(tok.sent.root, tok, seg_no)
                    if main is None and tok.head.dep_ == "relcl":
                        host = next((a for a in tok.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                        if host is not None and host.i < tok.i:
                            main = self._sole_subject(host, tok, seg_no)
                    if main is not None:
                        return Ref(main.key, main.type, tok.text, "pronoun")
                    if tok.head.dep_ == "conj" and tok.head.head == tok.sent.root and any(
                            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NN" and self.ref(c, seg_no) is None
                            for c in tok.sent.root.children):
                        # "The panel stopped short of …, and it did not accuse Chad": the panel, no actor
                        return None
                found = None
                if ((lower == "it" and tok.dep_ in {"nsubj", "nsubjpass"}) or (
                        # "Hezbollah has not fired at Israel since … Its leader, X, said": the subject's
                        lower == "its" and tok.dep_ == "poss" and tok.i == tok.sent.start)) and sent > 0 \
                        and not self._actor_before(doc_pos, sent):
                    # "Finland joined NATO after Russia's invasion of Ukraine … It is also negotiating":
                    # a sentence's subject "it" continues the last sentence's subject
                    found = self._recent(doc_pos, {"State", "Organization"}, sent=sent, max_back=1,
                                         pred=lambda e: e.subject and e.sent == sent - 1 and not e.plural)
                # (not what the apposition it sits in describes: "China and India, its two largest
                # creditors": another's creditors)
                described = self._described_by_apposition(tok, seg_no)
                if lower == "its" and tok.dep_ == "poss" and tok.head.dep_ in {"dobj", "pobj"} and len(
                        joint := self._clause_subjects(tok.head, seg_no)) >= 2:
                    # "Russia and China have blocked its admission": one thing's, not one of theirs (and
                    # an admission or bid is a state's: "Kosovo applied to join the UN … its admission")
                    described = described | joint
                    if tok.head.lemma_.lower() in OWNED_BIDS | {"participation"}:
                        # (not a reporter's: "Serbia said Russia and China have blocked its admission")
                        main, verb = None, tok.head.head
                        while verb.dep_ in {"advcl", "xcomp"} and verb.head != verb:
                            verb = verb.head  # the clause the one "its" sits in is said of
                            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                                main = self._sole_subject(verb, tok, seg_no, frozenset({"State"}))
                                break
                        if main is not None and main.key not in described:
                            # "Sweden, which applied alongside Finland, waits because Turkey and
                            # Hungary have not ratified its bid": the sentence's subject's
                            return Ref(main.key, "State", tok.text, "pronoun")
                        found = self._recent(doc_pos, {"State"}, sent=sent, max_back=3,
                                             pred=lambda e: e.ref.key not in described)
                        if found:
                            return Ref(found.key, "State", tok.text, "pronoun")
                apposed = any(k.startswith(("state:", "org:")) for k in described)
                if not found and (apposed or lower == "its" and tok.dep_ == "poss") and (
                        main := self._clause_subject(tok, seg_no)) is not None and main.key not in described and (
                        apposed or all(e.ref.via == "demonym" or e.ref.key == main.key
                                       or e.ref.type not in {"State", "Organization"}
                                       for e in self.entries if e.sent == sent and e.start < doc_pos)):
                    # the clause's subject: "weigh its relations with China, its largest trading partner"
                    # (the kingdom's), "Hamas used Iranian rockets in its attack on Israel" (Hamas's, not
                    # that of a demonym that only says whose the rockets were)
                    return Ref(main.key, main.type, tok.text, "pronoun")
                if lower == "it" and tok.dep_ == "dobj" and any(
                        c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(p.tag_ == "VBG" for p in c.children)
                        for c in tok.head.children):
                    # "Congo accused it of arming the M23", "blamed it for shelling …": one who acts,
                    # and not the verb's own subject ("itself" would be)
                    described = described | self._clause_subjects(tok, seg_no)
                found = found or self._recent(doc_pos, {"State", "Organization"}, sent=sent, max_back=3,
                                              pred=(lambda e: e.ref.key not in described) if described else None)
                return Ref(found.key, found.type, tok.text, "pronoun") if found else None
            if lower in PLURAL:
                if tok.dep_ in {"dobj", "pobj"} and not actors:
                    found = self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=2)
                    if found:
                        return Ref(found.key, "Initiative", tok.text, "pronoun")
                found = self._recent(doc_pos, {"State", "Organization"}, sent=sent, max_back=2,
                                     pred=lambda e: e.plural or self.gazetteer.is_bloc(e.ref.key))
                return Ref(found.key, found.type, tok.text, "pronoun") if found else None
            return None
        if tok.pos_ in {"NOUN", "PROPN"}:
            return self._description(tok, seg_no, doc_pos, sent)
        return None

    def _clause_subject(self, tok: Token, seg_no: int) -> Ref | None:
        """The one named state or body that is the subject of the nearest clause above ``tok``
        that has a subject ahead of it."""
        for verb in tok.ancestors:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
            if not subjects:
                continue
            if len(subjects) > 1 or subjects[0].conjuncts:
                return None
            r = self.ref(subjects[0], seg_no)
            return r if r is not None and r.type in {"State", "Organization"} else None
        return None

    def _described_by_apposition(self, tok: Token, seg_no: int) -> set[str]:
        """The entities an apposition that ``tok`` sits in describes, with their conjuncts:
        {China, India} for "its" in "China and India, its two largest creditors"."""
        return {r.key for a in tok.ancestors if a.dep_ == "appos" for x in (a.head, *a.head.conjuncts)
                for r in [self.tokens.get((seg_no, x.i))] if r is not None}

    def _actor_before(self, doc_pos: int, sent: int) -> bool:
        """Whether a state or organisation is named in sentence ``sent`` before ``doc_pos``."""
        end = bisect.bisect_left(self.entries, doc_pos, key=_entry_start)
        return any(e.sent == sent and e.start < doc_pos and e.ref.type in {"State", "Organization"}
                   for e in self.entries[max(0, end - 8):end])

    def _clause_subjects(self, tok: Token, seg_no: int, *, whole: bool = False) -> set[str]:
        """The entities the subject of the clause an object sits in names ("Malaysia and Thailand"
        for "Malaysia and Thailand opposed it"), which the object cannot be: the subjects and their
        conjuncts, or with ``whole`` all that their phrases name."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
                and verb.head != verb:
            verb = verb.head  # ("refused to recognise it", "met and praised it")
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # (the subjects themselves, not what their phrases name: "the envoy on Myanmar urged the military")
        return {r.key for s in subjects for t in (s.subtree if whole else (s, *s.conjuncts)) if t.i < tok.i
                if (r := self.tokens.get((seg_no, t.i))) is not None and r.via != "pronoun"}

    def _sole_subject(self, verb: Token, before: Token, seg_no: int,
                      types: frozenset[str] = frozenset({"State", "Organization"})) -> Ref | None:
        """The one state or body (or entity of ``types``) that is the named subject of ``verb``
        ahead of ``before``, if there is exactly one: what a later "it" or "its" in the sentence
        stands for."""
        found = [r for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < before.i
                 if (r := self.tokens.get((seg_no, c.i)) or self._ruler_owner(c, seg_no)) is not None
                 and r.type in types]
        return found[0] if len(found) == 1 else None

    def _fronted_subject(self, tok: Token, seg_no: int,
                         types: frozenset[str] = frozenset({"State", "Organization"})) -> Ref | None:
        """For a subject pronoun, the sole subject of the clause put before its verb ("Although
        Egypt criticized Israel, it …", "After Ruto met Museveni, he …"), else ``None``."""
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        fronted = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i]
        return self._sole_subject(fronted[-1], tok, seg_no, types) if fronted else None

    def _seized_state(self, tok: Token, seg_no: int) -> Ref | None:
        """The state in which ``tok`` says power was seized: "seized power in Niger", "the coup in
        Gabon", "Mali's coup", "a military takeover in Myanmar" (Niger, Gabon, Mali, Myanmar).
        """
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SEIZURES:
            where = [c for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < tok.i]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in {"seize", "take", "grab"} and any(
                c.dep_ == "dobj" and c.lower_ == "power" for c in tok.children):
            where = [p for c in tok.children if c.dep_ == "dobj" for g in c.children
                     if g.dep_ == "prep" and g.lower_ == "in" for p in g.children if p.dep_ == "pobj"]
        else:
            return None
        where += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        refs = [r for w in where if (r := self.ref(w, seg_no)) is not None and r.type == "State" and r.via != "pronoun"]
        return refs[0] if len(refs) == 1 else None

    def _ruler_owner(self, tok: Token, seg_no: int) -> Ref | None:
        """The state whose rulers a noun names: "Niger's junta", "the junta in Niger"."""
        if tok.lemma_.lower() not in RULING_BODIES:
            return None
        owners = [r for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "in"
                  for x in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                  if (r := self.tokens.get((seg_no, x.i))) is not None and r.type == "State"]
        return owners[0] if len(owners) == 1 else None

    def _pair_before(self, verb: Token, seg_no: int) -> tuple[Ref, ...]:
        """The two who met or dealt "with" each other in the clause a later one is joined to: the
        doer and the one "with" it ("Wang has held talks with Dombrovskis, but …"), else ().

        Example:
            >>> from kg.gazetteer import load_gazetteer
            >>> from kg.lexicon import load_lexicon
            >>> from kg.nlp import load_nlp
            >>> doc = load_nlp()("Egypt held talks with Ethiopia, but the two sides failed to agree.")
            >>> index = MentionIndex.build([(doc, 0)], load_gazetteer(), load_lexicon())
            >>> [r.key for r in index._pair_before(doc[10], 0)]
            ['state:EG', 'state:ET']
        """
        if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
            return ()
        head = verb.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        objs = [c for c in head.children if c.dep_ == "dobj"]
        objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # ("held several rounds of talks with X")
        withs = [p for h in [head, *objs] for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        if subj is None or len(withs) != 1 or subj.conjuncts or withs[0].conjuncts:
            return ()
        pair = tuple(r for t in (subj, withs[0]) if (r := self.tokens.get((seg_no, t.i))) is not None
                     and r.type in {"State", "Organization", "Person"} and r.via != "pronoun")
        return pair if len(pair) == 2 and pair[0].key != pair[1].key else ()

    def _group(self, tok: Token, seg_no: int) -> tuple[Ref, ...]:
        """The members of a counted plural description, e.g. "the two governments" after
        "Poland and Slovakia blocked …" is (Poland, Slovakia); "both leaders" the last two
        persons named; "neither country" two states. Entities named inside the clause's own
        subject ("French President X criticised the two governments") are not members."""
        # ("Neither would use force against the other": neither side)
        bare = (tok.lower_ == "both" or (tok.lower_ == "neither" and tok.dep_ == "nsubj")) \
            and tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and not any(tok.children)
        if tok.pos_ != "NOUN" and not bare:
            return ()
        lemma = "side" if bare else tok.lemma_.lower()  # ("urged both to show restraint": both sides)
        if lemma in GROUP_STATES:
            want = {"State", "Organization"} if lemma in SIDES else {"State"}
        elif lemma in GROUP_PERSONS:
            want = {"Person"}
        else:
            return ()
        words = {c.lower_ for c in tok.children if c.dep_ in {"det", "predet", "nummod", "preconj"}}
        n = 2 if bare else next((COUNTS[w] for w in words if w in COUNTS), 0)
        if not n and lemma in SIDES and tok.tag_ == "NNS" and words == {"the"} and not (
                lemma == "force" and any(c.dep_ == "compound" or c.lower_ == "armed" for c in tok.children)):
            # (not "the armed forces", "the security forces": a state's own)
            n = 2  # "the sides", "the parties": the two of the dispute
        if not n and tok.lower_ == "sides" and not words and tok.dep_ == "dobj" and tok.head.lemma_ == "take":
            n = 2  # "would not take sides": the two of the dispute
        # "Mali, Burkina Faso and Niger quit ECOWAS … urged the juntas to reconsider": all the states
        # just named together (not a number given)
        # (only the rulers: "the governments", "the countries" are as often others, named before)
        named_together = not n and lemma in {"junta", "regime"} and tok.tag_ == "NNS" and words == {"the"}
        if named_together:
            n = 2  # (two at least; the members are those of the list itself, read below)
        if not n or (n > 2 and "the" not in words and "all" not in words):
            return ()
        if not bare and (tok.tag_ == "NN") != bool(words & {"neither", "either", "each"}):
            return ()  # "both leaders" / "neither country": the number must agree
        verb = tok
        while verb.dep_ not in {"ROOT"} and verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        clauses = [verb]
        while (clauses[-1].dep_ in {"ccomp", "xcomp", "conj"} or (clauses[-1].dep_ == "advcl" and clauses[-1].tag_ == "VBG")) \
                and clauses[-1].head != clauses[-1] \
                and len(clauses) < 4 and lemma not in SIDES and not (
                    clauses[-1].dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clauses[-1].children)):
            clauses.append(clauses[-1].head)  # "X said both governments should …": not X ("both sides" may be)
        own = {r.key for v in clauses for c0 in v.children if c0.dep_ in {"nsubj", "nsubjpass"}
               and c0 != tok and not c0.is_ancestor(tok) for c in [c0, *c0.conjuncts]
               for t in [c, *(g for g in c.children if g.dep_ in {"compound", "amod", "poss", "nmod"})]
               if (r := self.tokens.get((seg_no, t.i))) is not None}
        root = tok.sent.root
        if root.i < tok.i and getattr(self.tokens.get((seg_no, root.i)), "type", None) == "Person":
            # "X, the head of the U.N. mission, called on both sides …" parsed with X as a verbless
            # root: X's own body is not a side
            own |= {r.key for t in root.subtree if t.i < tok.i and (r := self.tokens.get((seg_no, t.i))) is not None
                    and r.type == "Organization"}
        leaders = {"president", "prime", "premier", "chancellor", "leader", "king", "emir", "minister", "secretary"}
        speakers = [t for v in clauses[1:] for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
        own_states = list(dict.fromkeys(r.key for t in speakers if (r := self.tokens.get((seg_no, t.i))) is not None
                                        and r.type == "State"))
        if want == {"State"} and tok.dep_ in {"nsubj", "nsubjpass"} and len(clauses) > 1 and len(own_states) == n \
                and clauses[-1].lemma_.lower() in self.lexicon.words("speech", "verbs") and lemma not in {
                    "army", "force", "faction", "rival", "foe", "adversary", "enemy"}:
            # (not the sides of a fight: "both armies must let observers in, Chinese and U.S. envoys said")
            # "Greece's and Turkey's ministers said the two allies would …": the speakers' own countries
            return tuple(Ref(k, "State", tok.text, "description") for k in own_states)

        if lemma in SIDES and n == 2 and (pair := self._pair_before(verb, seg_no)):
            # "Wang has held several rounds of talks with Dombrovskis, but the two sides failed to
            # agree": the two who met in the clause before
            return pair

        def fits(entry: _Entry) -> bool:
            if entry.ref.type not in want or entry.ref.via == "pronoun" or entry.ref.key in own or entry.venue:
                return False
            if entry.ref.type == "Organization" and self.gazetteer.is_bloc(entry.ref.key):
                return False  # "both sides" of a conflict are not the bloc that mediates it
            if lemma in SIDES and entry.ref.key in self.armies:
                return False  # in a civil war the sides are the army and its foe, not the state
            if want == {"Person"} and lemma in {"leader", "president", "premier", "head"}:
                return bool(self.person_titles.get(entry.ref.key, set()) & leaders)
            if want == {"Person"} and lemma in {"minister", "counterpart"}:
                return bool(self.person_titles.get(entry.ref.key, set()) & {"minister", "secretary"})
            return True
        pos = self._offsets.get(seg_no, 0) + tok.idx
        sent = self.sentence_of(tok, seg_no)
        found: list[Ref] = []
        by_sentence: dict[int, list[Ref]] = defaultdict(list)
        by_conj: dict[int, list[Ref]] = defaultdict(list)
        betweens: set[int] = set()
        upto = bisect.bisect_left(self.entries, pos, key=_entry_start)
        for i in range(upto - 1, -1, -1):
            entry = self.entries[i]
            if entry.sent < sent - (15 if want == {"Person"} else 6):
                break
            if fits(entry):
                if all(r.key != entry.ref.key for r in by_sentence[entry.sent]):
                    by_sentence[entry.sent].append(entry.ref)
                if entry.conj >= 0 and all(r.key != entry.ref.key for r in by_conj[entry.conj]):
                    by_conj[entry.conj].append(entry.ref)
                if entry.conj >= 0 and entry.between:
                    betweens.add(entry.conj)
                if all(f.key != entry.ref.key for f in found):
                    found.append(entry.ref)
        before = [e for e in self.entries[:upto] if fits(e)] if want == {"Person"} or n == 2 else []
        if want == {"Person"}:
            # "both leaders", "the three leaders": the story's most named leaders so far
            text = "".join(t[: max(pos - o, 0)] for o, t in self._texts)
            # how often each is named so far, surnames included ("Pashinyan said …")
            counts = Counter({e.ref.key: len(re.findall(rf"\b{re.escape(e.ref.key.split()[-1])}\b", text, re.I))
                              for e in before})
            top = _clear_top(before, counts, n)
            if top:
                return top
        if named_together:
            joined = [c for c in by_conj if len(by_conj[c]) >= 2 and self.sentence_at(c) >= sent - 2]
            return tuple(by_conj[max(joined)][::-1]) if joined else ()
        # the last names joined by "and" that many ("Mali and Burkina Faso said …"), else the last
        # sentence naming that many ("Poland and Slovakia blocked …")
        for c in sorted(by_conj, reverse=True) if lemma not in SIDES else ():
            if len(by_conj[c]) == n and self.sentence_at(c) >= sent - 3:
                return tuple(by_conj[c][::-1])
        if lemma in SIDES and n == 2 and len(self.civil_sides) == 1:
            return tuple(Ref(k, "Organization", tok.text, "description") for k in self.civil_sides[0])
        if n == 2 and want == {"State"}:
            # "France froze support to Bangui … Relations have since thawed: … the two governments
            # signed a roadmap": the two named just before, in this or the last sentence
            near = [s for s in by_sentence if s >= sent - 1 and len(by_sentence[s]) == n]
            if near:
                return tuple(by_sentence[max(near)][::-1])
        if n == 2:
            # "the two sides", "the two governments": the story's two main actors so far, when two
            # stand out
            top = _clear_top(before, Counter(e.ref.key for e in before), n)
            if top:
                return top
        pairs = [c for c in by_conj if len(by_conj[c]) == 2 and self.sentence_at(c) >= sent - 6] if (
            lemma in SIDES and n == 2) else []
        if pairs and max(pairs) in betweens and not any(
                len(by_sentence[x]) == 2 for x in by_sentence if x > self.sentence_at(max(pairs))):
            # "a ceasefire between Congo and Rwanda … Qatar hosted the two sides": when no two stand
            # out, the last pair named as the two of something (not when another pair was named since:
            # "Trade between China and Australia fell. Australia and Japan signed a deal.")
            return tuple(by_conj[max(pairs)][::-1])
        for s in sorted(by_sentence, reverse=True):
            if len(by_sentence[s]) == n:
                return tuple(by_sentence[s][::-1])
        if want == {"Person"} or want == {"State"}:
            # else the last ones named, one by one (persons and states only: "both sides" needs
            # the two named together), unless one of them is named again later in the sentence:
            # "the three countries would no longer buy electricity from Russia" does not count
            # Russia among them, nor then the others named with it
            later = {e.ref.key for e in itertools.takewhile(lambda e: e.sent == sent,
                                                            itertools.islice(self.entries, upto, None))}
            picked = found[:n]
            return tuple(picked[::-1]) if len(found) >= n and not later & {r.key for r in picked} else ()
        return ()

    def salient_initiative(self, tok: Token, seg_no: int, heads: frozenset[str],
                           fits: Callable[[str], bool] | None = None) -> Ref | None:
        """The story's most named initiative with one of these heads so far ("the mission"),
        for acts whose object goes without saying: "Jamaica will contribute personnel"; with
        ``fits``, only one whose label it accepts."""
        pos = self._offsets.get(seg_no, 0) + tok.idx
        before = [e for e in self.entries[:bisect.bisect_left(self.entries, pos, key=_entry_start)]
                  if e.ref.type == "Initiative" and e.head in heads
                  and (fits is None or fits(self.initiatives.get(e.ref.key, e.ref.text)))]
        if not before:
            return None
        counts = Counter(e.ref.key for e in before)
        best = max(counts, key=lambda k: (counts[k], max(e.start for e in before if e.ref.key == k)))
        return next(e.ref for e in reversed(before) if e.ref.key == best)

    def group_before(self, tok: Token, seg_no: int) -> tuple[Ref, ...]:
        """The members of a counted group named in this or the previous sentence, for
        "urging them": "Blinken spoke with both leaders, urging them to …"."""
        sent = self.sentence_of(tok, seg_no)
        best: tuple[int, tuple[Ref, ...]] | None = None
        for (g_seg, g_i), members in self.groups.items():
            if g_seg == seg_no and g_i < tok.i and sent - self.sentence_of(tok.doc[g_i], seg_no) <= 1:
                if best is None or g_i > best[0]:
                    best = (g_i, members)
        return best[1] if best else ()

    def _known_titles(self, key: str) -> frozenset[str]:
        """The title words of a person's office in the leaders table, for a person the story gives
        no title ("Anwar Ibrahim" -> prime minister; "former" once the term is over)."""
        if not key.startswith("person:"):
            return frozenset()
        held = self.gazetteer.offices.get(key.removeprefix("person:"), ())
        states = [o for o in held if o.affiliation.startswith("state:")]
        if not states:
            return frozenset()
        last = max(states, key=lambda o: (o.end is None, o.end or 0, o.start))
        words = KNOWN_OFFICE_TITLES.get(last.office, frozenset())
        return words | ({"former"} if words and last.end is not None else set())

    def _titled_former(self, key: str) -> bool:
        """Whether the document gives a person a title as its former holder ("Former Kenyan
        president Uhuru Kenyatta")."""
        return bool(self.person_titles.get(key, set()) & FORMER_WORDS)

    def title_holder(self, tok: Token, seg_no: int, title: str, owner: str) -> Ref | None:
        """The person a bare title refers to ("the Hungarian prime minister"): the person the
        document gives that title with that state or organisation ("Hungarian Prime Minister X")."""
        pos = self._offsets.get(seg_no, 0) + tok.idx
        words = set(title.replace("-", " ").split())
        # ("the Kenyan president" is not "Former Kenyan president Uhuru Kenyatta")
        past = _said_former(tok)
        titled = [e for e in self.entries if e.ref.type == "Person" and e.ref.via != "pronoun"
                  and words <= self.person_titles.get(e.ref.key, set())
                  and owner in self.person_affils.get(e.ref.key, set())
                  and (past or not self._titled_former(e.ref.key))]
        if not titled:
            return None
        keys = {e.ref.key for e in titled}
        if len(keys) > 1:
            # more than one such person: only the nearest before will do
            before = [e for e in titled if e.start < pos]
            return before[-1].ref if before else None
        return titled[0].ref

    def recent_bid_owner(self, tok: Token, seg_no: int) -> Ref | None:
        """Whose "bid"/"accession" a bare "the bid" is: the last one named with its owner."""
        pos = self._offsets.get(seg_no, 0) + tok.idx
        before = [ref for at, ref in self.bids if at < pos]
        return before[-1] if before else None

    def recent_bloc(self, tok: Token, seg_no: int, max_back: int | None = None) -> Ref | None:
        """The alliance or bloc last named before a token (or the document's most named one);
        with ``max_back``, only one named within that many sentences."""
        doc_pos = self._offsets.get(seg_no, 0) + tok.idx
        found = self._recent(doc_pos, {"Organization"}, sent=self.sentence_of(tok, seg_no), max_back=max_back or 400,
                             pred=lambda e: self.gazetteer.is_bloc(e.ref.key))
        if found is not None or max_back is not None:
            return found
        key = self.most_mentioned({"Organization"}, pred=self.gazetteer.is_bloc)
        return Ref(key, "Organization", tok.text, "description") if key else None

    def opposition(self, state: str, text: str = "opposition") -> Ref:
        """A state's political opposition, an Organization of its own ("the opposition")."""
        key = "org:opposition-" + state.removeprefix("state:").lower()
        self.types.setdefault(key, "Organization")
        self.surfaces[key][f"{ref_label(self, Ref(state, 'State', state))} opposition"] += 1
        self.surfaces[key].setdefault("opposition", 0)  # an alias, never the label
        return Ref(key, "Organization", text, "description")

    def party(self, word: str) -> Ref:
        """The political party a title's party word names: "Labour" → the Labour Party,
        "Tory" → the Conservative Party, "Democrats" → the Democratic Party.

        >>> MentionIndex.party_name("Conservatives"), MentionIndex.party_name("Democrat")
        ('Conservative Party', 'Democratic Party')
        """
        name = self.party_name(word)
        key = "org:n:" + normalize(name)
        self.types.setdefault(key, "Organization")
        self.surfaces[key][name] += 1
        return Ref(key, "Organization", name, "description")

    @staticmethod
    def party_name(word: str) -> str:
        """The usual name of the party a party word stands for."""
        *first, word = word.split()
        if first:  # "Liberal Democrat", "Social Democratic": the last word names the party's kind
            return " ".join([*first, MentionIndex.party_name(word).removesuffix(" Party")]) + " Party"
        low = word.lower()
        if low.startswith("democrat"):
            return "Democratic Party"
        if low in {"tory", "tories"}:
            return "Conservative Party"
        return f"{low.removesuffix('s').title()} Party"  # ("Greens", "Conservatives")

    def recent_talks(self, tok: Token, seg_no: int) -> Ref | None:
        """The talks named last before a token, for "hosted earlier rounds"."""
        doc_pos = self._offsets.get(seg_no, 0) + tok.idx
        return self._recent(doc_pos, {"Initiative"}, sent=self.sentence_of(tok, seg_no), max_back=6,
                            pred=lambda e: _family(e.head) == "talks")

    def recent_court(self, tok: Token, seg_no: int) -> Ref | None:
        """The court named last before a token, for "the ruling", "the verdict"."""
        doc_pos = self._offsets.get(seg_no, 0) + tok.idx
        return self._recent(doc_pos, {"Organization"}, sent=self.sentence_of(tok, seg_no), max_back=6,
                            pred=lambda e: bool({"court", "tribunal"} & set(ref_label(self, e.ref).lower().split())))

    def recent_party(self, tok: Token, seg_no: int) -> Ref | None:
        """The political party named in the sentence or the one before, for "Party leader X"."""
        doc_pos = self._offsets.get(seg_no, 0) + tok.idx
        return self._recent(doc_pos, {"Organization"}, sent=self.sentence_of(tok, seg_no), max_back=1,
                            pred=lambda e: e.ref.key.endswith(" party"))

    def _surname(self, word: str) -> str | None:
        """The one person of the document whose surname this is ("Pashinyan")."""
        norm = normalize(word)
        family_first = self.lexicon.words("names", "family_first")

        def bears(key: str, second: bool) -> bool:
            words = key.removeprefix("person:").split()
            return len(words) >= 2 and (words[-1] == norm or (words[0] == norm and norm in family_first)) \
                if not second else len(words) >= 3 and words[-2] == norm
        for second in (False, True):  # a last name first; a second surname ("Vázquez Garced") after
            keys = {k for k, t in self.types.items() if t == "Person" and bears(k, second)}
            if keys:
                return next(iter(keys)) if len(keys) == 1 else None
        return None

    def _speech_subject(self, tok: Token, seg_no: int) -> Ref | None:
        """For a pronoun subject of a reported clause, the subject of the speech verb (and for the
        one told or assured in it: "Ecuador said Peru had assured it that …")."""
        speaker = self._speech_subject_token(tok)
        return self.ref(speaker, seg_no) if speaker is not None else None

    def _judged_in_saying(self, tok: Token, seg_no: int) -> Ref | None:
        """The one condemned or praised whom the subject pronoun of a "saying …" clause speaks of:
        "condemned Russia, saying it had attacked civilians" -> Russia."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ccomp" or any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.head.children):
            return None  # (what "it would" do is as often the speaker's own plan)
        say = tok.head.head
        if say.tag_ != "VBG" or say.dep_ != "advcl" or say.lemma_ not in self.lexicon.words("speech", "verbs"):
            return None
        trig = self.lexicon.verbs.get(say.head.lemma_)
        if trig is None or trig.relation not in {"Criticize", "Support"}:
            return None
        found = [r for c in say.head.children if c.dep_ == "dobj"
                 if (r := self.tokens.get((seg_no, c.i))) is not None and r.type in {"State", "Organization", "Person"}]
        return found[0] if len(found) == 1 else None

    def _speech_subject_token(self, tok: Token) -> Token | None:
        """The token of :meth:`_speech_subject`."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} and not (
                tok.dep_ in {"dobj", "dative"} and tok.head.lemma_ in {"assure", "reassure", "tell", "promise", "guarantee",
                                                                       "inform", "notify"}):
            return None
        gov = tok.head
        speech = self.lexicon.words("speech", "verbs")
        for _ in range(4):
            if gov.dep_ not in {"ccomp", "xcomp", "conj"} or gov.head == gov:
                return None
            gov = gov.head
            if gov.lemma_ in speech:
                subj = [c for c in gov.children if c.dep_ == "nsubj"]
                head = gov
                while not subj and head.dep_ in {"conj", "advcl"} and head.head != head:
                    # "Stockholm pledged … and said it would …", "the ministry said, adding that it …"
                    head = head.head
                    subj = [c for c in head.children if c.dep_ == "nsubj"]
                if subj and subj[0].lower_ not in set(PERSONAL) | NEUTER | PLURAL:
                    return subj[0]
                return None
        return None

    def _span_of(self, tok: Token, seg_no: int) -> str:
        ref = self.tokens.get((seg_no, tok.i))
        left, right = tok.i, tok.i
        doc = tok.doc
        while left - 1 >= 0 and self.tokens.get((seg_no, left - 1)) is ref:
            left -= 1
        while right + 1 < len(doc) and self.tokens.get((seg_no, right + 1)) is ref:
            right += 1
        return doc[left : right + 1].text

    def modifier_ref(self, tok: Token, seg_no: int) -> Ref | None:
        """A state/organisation that owns a noun: possessive, compound, demonym or "of X"."""
        def modifiers() -> Iterator[Token]:
            for c in tok.children:
                yield c
                if c.dep_ == "amod" and self.ref(c, seg_no) is None:
                    # ("current and former Thai officials", parsed with "Thai" a conjunct of "current")
                    yield from (x for x in c.conjuncts if x.i < tok.i)
        for child in modifiers():
            if child.dep_ in {"poss", "compound", "amod", "nmod"} or (child.dep_ == "conj" and child.head.dep_ == "amod"):
                ref = self.ref(child, seg_no)
                if ref is not None and ref.type in ACTOR_TYPES:
                    if ref.type == "State" and child.i > 0 and child.doc[child.i - 1].lower_ in REGION_WORDS \
                            and len(ref.text.split()) == 1:
                        continue  # "the South American country": a region's word, not the United States
                    return ref
            if child.dep_ == "amod" and child.lemma_ == "lead" and child.tag_ == "VBN" and child.i < tok.i:
                # "Hamas-led gunmen stormed southern Israel": the ones who lead them
                for leader in child.children:
                    ref = self.ref(leader, seg_no) if leader.i < child.i and leader.dep_ in {
                        "npadvmod", "compound", "nmod", "amod"} else None
                    if ref is not None and ref.type in ACTOR_TYPES:
                        return ref
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        ref = self.ref(pobj, seg_no)
                        if ref is not None and ref.type in {"State", "Organization"}:
                            return ref
                        if ref is None and pobj.lemma_.lower() in {"state", "government"} and pobj is not tok:
                            # "heads of state of ECOWAS": the body after "of state"
                            return self.modifier_ref(pobj, seg_no)
        return None

    def _seat_ref(self, tok: Token, seg_no: int) -> Ref | None:
        """The state a governing body sits in: "the government in Vienna", "the authorities in Kabul"."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    # the capital as the state itself, not the place ("talks in Vienna")
                    ref = self.tokens.get((seg_no, pobj.i)) if pobj.dep_ == "pobj" else None
                    if ref is not None and ref.type == "State":
                        return ref
                    if ref is not None and ref.type == "Place" and ref.via == "capital" and (
                            known := self.gazetteer.lookup(ref.text)) is not None and known.type == "State":
                        # ("the Taliban government in Kabul": the capital read as a place)
                        return Ref(known.key, "State", ref.text, "capital")
        return None

    def _description(self, tok: Token, seg_no: int, doc_pos: int, sent: int) -> Ref | None:
        lex = self.lexicon
        lemma = tok.lemma_.lower()
        text = tok.text
        det = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
        # "the Hungarian leader", "the Hungarian government", "alliance countries"
        owner = self.modifier_ref(tok, seg_no)
        if (owner is None or owner.type == "Organization") and (lemma in SEATED_BODIES or tok.lower_ in SEATED_PEOPLE):
            # ("officials in Bamako": Mali's; "the Taliban government in Kabul": Afghanistan's)
            owner = self._seat_ref(tok, seg_no) or owner
        if lemma == "force" and tok.tag_ == "NNS" and owner is None and "the" in det and any(
                c.lower_ == "armed" for c in tok.children):
            lemma = "military"  # "the armed forces" are the military (not "the two forces" of a war)
        phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ in {"compound", "amod"} and t.head == tok)
        phrase = f"{phrase} {lemma}".strip()
        nation = [r for c in tok.children if c.dep_ == "amod" and (r := self.ref(c, seg_no)) is not None
                  and r.type == "State" and r.via == "demonym"] if lemma in NATION_FELLOWS else []
        if len(nation) == 1 and tok.tag_ == "NNS" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            # "North Korea would stand with its Russian comrades", "its American allies": allies of
            # that nation (not "Hungary's allies", who are Hungary's)
            return Ref(nation[0].key, "State", text, "description")
        if lemma in {"ally", "partner"} and owner is not None and owner.type == "State" and any(
                c.dep_ == "poss" for c in tok.children):
            # "Hungary's NATO allies", "Hungary's allies": the alliance, not Hungary
            bloc = None
            for child in tok.children:
                if child.dep_ == "compound":
                    r = self.ref(child, seg_no)
                    if r is not None and r.type == "Organization":
                        bloc = r
            bloc = bloc or self.recent_bloc(tok, seg_no)
            return Ref(bloc.key, "Organization", text, "description") if bloc else None

        if owner is not None and owner.type == "Organization" and lemma in ORG_KINDS and tok.tag_ == "NN" and any(
                c.dep_ in {"compound", "nmod"} and self.tokens.get((seg_no, c.i)) == owner for c in tok.children):
            return Ref(owner.key, owner.type, text, "description")  # "the Five Eyes network"
        if owner is not None and owner.type == "Organization" and (tok.lower_ in ARMED_MEMBERS | ORG_WATCHERS or (
                lemma in ORG_ORGANS and tok.tag_ == "NN")):
            # "the M23 rebels" (not "Syrian rebels"), "U.N. investigators", "the IMF's executive board"
            return Ref(owner.key, owner.type, text, "description")
        if owner is not None and owner.type in {"Organization", "Person"} and tok.tag_ == "NNS" and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and (
                lemma in ARMED_MEMBERS or (owner.type == "Organization" and lemma in PARTY_MEMBERS)):
            # "his fighters would take part" (the leader of the armed group), "its lawmakers would not
            # take their seats" (the party's): members named by their owner's pronoun act for it
            return Ref(owner.key, owner.type, text, "description")
        kinds = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if lemma in lex.words("actors", "nouns") or tok.lower_ in lex.words("actors", "nouns") or \
                " ".join([*kinds, lemma]) in lex.words("actors", "nouns") or (  # ("the Indian air force")
                    kinds and " ".join([*kinds, tok.lower_]) in lex.words("actors", "nouns")) or (  # ("state media")
                    lemma in {"country", "nation", "member", "ally", "state"}):
            if owner is not None:
                if owner.type == "Organization" and lemma in {"country", "nation", "member", "ally", "state"}:
                    return Ref(owner.key, owner.type, text, "description")
                if owner.type == "Organization" and tok.lower_ in ORG_AGENTS:
                    return Ref(owner.key, owner.type, text, "description")  # "heads of state of ECOWAS"
                mods = {*kinds, *(c.lower_ for c in tok.children if c.dep_ == "amod")}
                if owner.type == "State" and "opposition" in mods:
                    # "Chad's main opposition party said it would boycott the vote": the opposition's
                    return self.opposition(owner.key, text)
                if owner.type == "State" and mods & {"rebel", "separatist", "insurgent", "dissident", "exile", "exiled"}:
                    return None  # "Myanmar's rebel forces", "Iran's exiled dissidents": not the state
                if owner.type == "State":
                    return Ref(owner.key, "State", text, "description")
                if owner.type == "Person" and lemma in {"government", "administration", "cabinet", "regime", "party",
                                                        "camp"}:
                    return Ref(owner.key, "Person", text, "description")  # "Maduro's government"
                if owner.type == "Person" and lemma in {"country", "nation"} and len(
                        homes := {k for k in self.person_affils.get(owner.key, ()) if k.startswith("state:")}) == 1:
                    # "Omani diplomat Salim al-Harthi said his country had sent relief": Oman
                    return Ref(next(iter(homes)), "State", text, "description")
        if lemma == "office" and owner is not None and owner.type == "Person" and tok.tag_ == "NN":
            # "Netanyahu's office accused …": the person's (a state's "Taiwan office" is no state)
            return Ref(owner.key, "Person", text, "description")
        if lemma in OWNED_BODIES and owner is None and "the" in det and tok.tag_ != "NNS":
            # "Algeria's foreign ministry … the ministry said": the same body ("the junta" is the
            # last one named with its country, however often it was called "the junta" since)
            named = [ref for at, lem, ref in self.bodies if lem == lemma and at < doc_pos
                     and (ref is not None or lemma not in ONE_PER_STORY)]
            if named and named[-1] is not None:
                return Ref(named[-1].key, named[-1].type, text, "description")
        if lemma in lex.words("actors", "person_descriptions") or phrase in lex.words("actors", "person_descriptions"):
            if det & {"a", "an"} and owner is not None and owner.type in {"State", "Organization"} and \
                    tok.tag_ == "NN" and not _said_former(tok):
                # "a Chinese foreign ministry spokesman urged …", "a senior U.S. official said": an
                # unnamed official acts for the state or body they serve
                return Ref(owner.key, owner.type, text, "description")
            if "the" in det or owner is not None:
                words = set(phrase.replace("-", " ").split()) - {"the"}
                # ("the Kenyan president" is not the former president named in the story)
                past = _said_former(tok)
                def titles_of(key: str) -> frozenset[str] | set[str]:
                    # the story's own titles, else the office the leaders table gives
                    return self.person_titles.get(key) or self._known_titles(key)

                def titled(e: _Entry) -> bool:
                    held = titles_of(e.ref.key)
                    # ("Bolsonaro met Milei. The former president said …": the one whose term is over)
                    known_current = not self.person_titles.get(e.ref.key) and held and "former" not in held
                    return words <= held and (past or not self._titled_former(e.ref.key)) and not (past and known_current)
                if owner is not None and owner.type in {"State", "Organization"} and any(
                        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in tok.children):
                    # "the ambassador of Turkey": a person given Turkey's title, not the last one named
                    found = self._recent(doc_pos, {"Person"}, sent=sent, max_back=40, pred=lambda e: titled(e) and (
                        owner.key in self.person_affils.get(e.ref.key, set())))
                    if found:
                        return Ref(found.key, "Person", text, "description")
                    # (no one given that title: an unnamed office acts for its state or body, as
                    # "a Chinese foreign ministry spokesman" does)
                    # ("the ambassador of Turkey" may be one of several; "its leader, X" is X)
                    unnamed = tok.tag_ == "NN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children) \
                        and not any(c.dep_ == "appos" for c in tok.children)
                    return Ref(owner.key, owner.type, text, "description") if unnamed else None
                # "the Secretary General" is the person titled so; else the last person named
                # (one that names its state or body is someone of theirs: "the UN envoy" is not the
                # AU's chairperson just named)
                said = words | (LEADER_WORDS if "leader" in words else set())  # ("the Ukrainian leader": its president)
                ours = (lambda e: (owner.key in self.person_affils.get(e.ref.key, set()) or (
                    e.ref.key not in self.person_affils and said & self.person_titles.get(e.ref.key, set())))
                    and (past or not self._titled_former(e.ref.key))) if (
                    owner is not None and owner.type in {"State", "Organization"}) else (lambda e: True)
                # (one still in office first: "Milei met Bolsonaro. The president said …" is Milei)
                current = lambda e: titled(e) and (past or "former" not in titles_of(e.ref.key))
                found = self._recent(doc_pos, {"Person"}, sent=sent, max_back=40, pred=current) or \
                    self._recent(doc_pos, {"Person"}, sent=sent, max_back=40, pred=titled) or \
                    self._recent(doc_pos, {"Person"}, sent=sent, max_back=8, pred=ours)
                if found:
                    return Ref(found.key, "Person", text, "description")
                if owner is not None and owner.type == "State" and owner.via == "demonym" and "the" in det \
                        and tok.tag_ == "NN" and not past and not any(c.dep_ == "appos" for c in tok.children):
                    # "The Slovenian foreign minister called on Israel …" with no one named so: an
                    # unnamed office acts for its state, as "a Chinese foreign ministry spokesman" does
                    return Ref(owner.key, "State", text, "description")
            return None
        # ("the rebels" by the word: its lemma is "rebel")
        if (lemma in ARMED_GROUP_HEADS or tok.lower_ in ARMED_GROUP_HEADS) and "the" in det and owner is None and (
                lemma not in {"group", "movement"} or any(c.dep_ in {"amod", "compound"} and c.lower_ in ARMED_GROUP_WORDS | {"militant", "armed"}
                                        for c in tok.children)):
            # "the paramilitary group", "the militia", "the rebels": the armed group named before
            # (not a body, and not a state's own forces: "the insurgents" after the Rwanda Defence Force)
            found = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=40,
                                 pred=lambda e: not self.gazetteer.is_bloc(e.ref.key) and not e.ref.key.startswith(
                                     "org:army-") and not (set(normalize(ref_label(self, e.ref)).split())
                                                           & (INSTITUTIONS | STATE_FORCE_WORDS | {"nations", "union"})))
            return Ref(found.key, "Organization", text, "description") if found else None
        if lemma == "opposition" and tok.dep_ != "compound" and (owner is None or owner.type == "State") and (
                owner is not None or "the" in det):
            # "the opposition", "Venezuela's opposition": the state's opposition, an actor of its own
            home = owner.key if owner is not None else self.dominant_state()
            return self.opposition(home, text) if home is not None else None
        if lemma in {"neighbour", "neighbor"} and owner is not None and owner.type == "State" and tok.tag_ == "NN":
            # "Russia posed no threat to its neighbour": the other state just named; with none
            # named in the sentence, the state the story is about or is filed from ("Petro said
            # Colombia would not break off relations with its neighbour" from CARACAS, after Brazil)
            other = lambda e: e.ref.key != owner.key
            home = self.dominant_state() or self.home  # (or where it is filed from: CARACAS)
            found = self._recent(doc_pos, {"State"}, sent=sent, max_back=0, pred=other) or (
                self._recent(doc_pos, {"State"}, sent=sent, max_back=12, pred=lambda e: e.ref.key == home)
                if home is not None and home != owner.key else None) or \
                self._recent(doc_pos, {"State"}, sent=sent, max_back=3, pred=other)
            return Ref(found.key, "State", text, "description") if found else None
        if lemma == "group" and tok.tag_ == "NNS":
            return None  # "militant groups", "aid groups": many groups are no bloc
        if lemma == "group" and det == {"the"} and owner is None and not any(
                c.dep_ in {"amod", "compound"} for c in tok.children):
            # "Israel Katz accused the group of violating the deal" after Hezbollah was named
            armed = {f"org:{i}" for i in lex.words("actors", "armed_groups")}
            found = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=3)
            if found is not None and found.key in armed:
                return Ref(found.key, "Organization", text, "description")
        if lemma in COUNTED_BODIES and tok.tag_ == "NN" and "the" in det and owner is None and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in MEMBER_COUNT_WORDS and any(
                    g.dep_ == "nummod" for g in c.children) for c in tok.children):
            # "the 15-member pact", "the 10-nation grouping" after "the Regional Comprehensive
            # Economic Partnership": a body counted by its members is the grouping named before
            bloc = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=40,
                                pred=lambda e: self.gazetteer.is_bloc(e.ref.key) or _named_grouping(e.ref.key))
            return Ref(bloc.key, "Organization", text, "description") if bloc else None
        if lemma in lex.words("actors", "bloc_descriptions") or phrase in lex.words("actors", "bloc_descriptions"):
            if owner is not None and owner.type == "Organization":
                return Ref(owner.key, owner.type, text, "description")
            if owner is not None and owner.type == "Person" and lemma in {"ally", "allies"}:
                return None  # "his former ally": a person's, not the bloc's
            if lemma == "coalition" and tok.dep_ == "compound" and tok.head.lemma_.lower() in {
                    "deal", "agreement", "pact", "accord", "government", "talks", "negotiations", "partner", "treaty"}:
                return None  # "struck a coalition deal with the VVD": a government's coalition, no bloc
            if "the" in det or lemma in {"ally", "allies"} or tok.dep_ == "compound" or not det:
                bloc = None
                if lemma in {"alliance", "ally", "allies"}:
                    # an alliance is a military one when the document names one
                    bloc = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=400,
                                        pred=lambda e: e.ref.key in MILITARY_ALLIANCES)
                if bloc is None and "the" in det and lemma in ORG_KINDS:
                    # "the coalition" after "the Global Coalition against Islamic State": the body
                    # whose name has that word, even one the gazetteer has no members for
                    bloc = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=40,
                                        pred=lambda e: lemma in e.ref.key.replace("-", " ").split())
                if bloc is None:
                    bloc = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=40,
                                        pred=lambda e: self.gazetteer.is_bloc(e.ref.key))
                if bloc is None and "the" in det and lemma == "bloc":
                    # "the Asia-Pacific trade bloc" after "the Regional Comprehensive Economic
                    # Partnership", which the gazetteer does not know: a body named as a grouping
                    bloc = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=6,
                                        pred=lambda e: _named_grouping(e.ref.key))
                if bloc is None and not det and phrase != lemma:
                    return None  # a headline's "Asian trade bloc": some bloc, not the document's main one
                if bloc is None:
                    key = self.most_mentioned({"Organization"}, pred=self.gazetteer.is_bloc)
                    if key is None:
                        return None
                    return Ref(key, "Organization", text, "description")
                return Ref(bloc.key, "Organization", text, "description")
            return None
        if lemma in INSTITUTIONS and "the" in det and owner is None:
            # "the council", "the commission", "the court": the body of that kind named before
            # (or whose known names have it: "UNRWA … the agency", the "Relief and Works Agency")
            found = self._recent(doc_pos, {"Organization"}, sent=sent, max_back=40,
                                 pred=lambda e: lemma in e.ref.key.replace("-", " ").split()
                                 or any(lemma in s.lower().split() for s in self.surfaces.get(e.ref.key, ()))
                                 or lemma in self.gazetteer.name_words.get(e.ref.key, ()))
            return Ref(found.key, "Organization", text, "description") if found else None
        if lemma in {"country", "nation"} and det & {"his", "her", "their", "our"} and owner is None \
                and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in lex.words("speech", "verbs") and (
                speaker := self._speech_subject(tok, seg_no)) is not None and speaker.type == "State":
            # "Serbia's president said his country would never …": the speaker's state, where the
            # speaker is no named person "his" could stand for
            return Ref(speaker.key, "State", text, "description")
        if lemma in lex.words("actors", "state_descriptions") and ("the" in det or "this" in det):
            kinds = set(lex.words("actors", f"{lemma}s"))  # "the kingdom": a monarchy named before
            # (not what the apposition it sits in describes: "China, the country's largest trading
            # partner" is Japan's partner, named before)
            described = self._described_by_apposition(tok, seg_no)
            if any(c.dep_ == "relcl" and c.i > tok.i + 1 and tok.doc[tok.i + 1].text != "," for c in tok.children) \
                    and tok.dep_ in {"dobj", "pobj"}:
                return None  # "criticized the country that attacked Sudan": one not named, not the last named
            if tok.dep_ in {"dobj", "pobj"}:
                described |= self._clause_subjects(tok, seg_no)  # ("Egypt criticized the country": not Egypt)
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "conj" and any(
                    c.dep_ == "cc" and c.lower_ in {"but", "yet", "whereas", "while"} for c in tok.head.head.children) \
                    and any(c.dep_ == "dobj" and c.lower_ in {"it", "them"} for c in tok.head.children):
                # "Thailand supports the plan, but the junta has rejected it": the other side of a
                # contrast over the same thing (not "Mali expelled French troops, but the junta kept …")
                described |= {r.key for c in tok.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                              if (r := self.tokens.get((seg_no, c.i))) is not None}
            region = self._region(tok)
            if region is not None:
                kinds = region & kinds if kinds else region  # "the Gulf state", "the island nation"
            pred = (lambda e: e.ref.key.removeprefix("state:") in kinds and e.ref.key not in described) if kinds else (
                (lambda e: e.ref.key not in described) if described else None)
            found = self._recent(doc_pos, {"State"}, sent=sent, max_back=6 if not kinds else 40, pred=pred)
            if lemma in RULING_BODIES and found is not None and found.via == "demonym":
                # "Niger expelled French troops, the junta said": the junta rules a state named, not
                # one whose troops were named
                ruled = self._recent(doc_pos, {"State"}, sent=sent, max_back=6, pred=lambda e: e.ref.via != "demonym" and (
                    pred is None or pred(e)))
                found = ruled or found
            if tok.dep_ in {"nsubj", "nsubjpass"} and sent > 0 and not self._actor_before(doc_pos, sent):
                # "Japan sanctioned Russia. The country also sanctioned Iran.": a sentence's subject
                # continues the last sentence's subject, as "it" does, when it fits
                found = self._recent(doc_pos, {"State"}, sent=sent, max_back=1, pred=lambda e: e.subject and e.sent == sent - 1
                                     and not e.plural and (pred is None or pred(e))) or found
            # (a bare "the country" only: "the self-governing Pacific nation" describes another)
            speaker = self._speech_subject(tok, seg_no) if lemma in {"country", "nation"} and not kinds and not any(
                c.dep_ in {"amod", "compound", "nmod"} for c in tok.children) else None
            if speaker is not None and speaker.type == "State" and speaker.key not in described:
                # "Malian officials said … that the country would take its complaint to the court":
                # the speakers' own country, though another was named since
                return Ref(speaker.key, "State", text, "description")
            home = self.dominant_state() if lemma in {"government", "administration", "military", "junta", "regime",
                                                      "generals"} and not kinds else None
            if found is not None and home is not None and found.key != home and self._recent(
                    doc_pos, {"State"}, sent=sent, max_back=6, pred=lambda e: e.ref.key == home) is not None:
                # "Michel urged the government to …" in a story about North Macedonia: its government,
                # though Bulgaria was named since
                return Ref(home, "State", text, "description")
            return Ref(found.key, "State", text, "description") if found else None
        return None

    def _region(self, tok: Token) -> frozenset[str] | None:
        """The ISO codes of the region or kind of state a description's modifier names ("the Gulf
        state", "the West African country", "the island nation"), if it names one."""
        regions = self.lexicon.groups("actors", "regions")
        for mod in tok.children:
            if mod.dep_ in {"compound", "amod", "nmod"} and mod.i < tok.i:
                words = " ".join(t.lower_ for t in mod.subtree)
                for key in (words, mod.lower_):
                    if key in regions:
                        return regions[key]
        return None

    def initiative(self, tok: Token, seg_no: int) -> Ref | None:
        """An Initiative named by the noun phrase headed by ``tok`` (or the one it refers to)."""
        if (seg_no, tok.i) not in self._initiative_cache:
            named = tok
            if tok.pos_ == "PROPN" and (seg_no, tok.i) not in self.tokens:
                # "the EU naval mission Aspides": the mission its name is set after
                named = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                              and c.lemma_.lower() in self.lexicon.words("initiatives", "heads")), tok)
            self._initiative_cache[(seg_no, tok.i)] = self._initiative(named, seg_no)
        return self._initiative_cache[(seg_no, tok.i)]

    def _initiative(self, tok: Token, seg_no: int) -> Ref | None:
        lex = self.lexicon
        lemma = tok.lemma_.lower()
        if lemma in OUTCOME_WORDS:
            return self._outcome(tok, seg_no)
        if lemma not in lex.words("initiatives", "heads") or (tok.pos_ not in {"NOUN", "PROPN"} and not (
                tok.tag_ == "VBZ" and tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}
                and any(c.dep_ == "det" for c in tok.children))):
            return None  # ("pulled out of the Nairobi talks": "talks" tagged a verb, placed as a noun)
        offset = self._offsets.get(seg_no, 0)
        doc_pos = offset + tok.idx
        sent = self.sentence_of(tok, seg_no)
        det = {c.lower_ for c in tok.children if c.dep_ == "det"}
        label = self._initiative_label(tok, seg_no)
        bare = normalize(label) in {normalize(lemma), normalize(tok.text)}
        if lemma == "attempt" and not bare and not any(_family(c.lemma_.lower()) == "coup" for c in tok.children):
            return None  # a "coup attempt" is one; "an attempt to mediate" is not
        if lemma == "fund" and (tok.tag_ in {"NNS", "NNPS"} or self.gazetteer.lookup(tok.text) is not None):
            return None  # "a climate fund" is one; "Hungarian funds" are money, "the Fund" the IMF
        if lemma in PRESS_GATHERINGS and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in PRESS_WORDS
                                             for c in tok.children):
            return None  # "told a news conference": where words are said, not a gathering one joins
        if lemma == "act" and tok.text != "Act":
            return None  # "the Expropriation Act" is a law; "an act of aggression" a deed
        if lemma == "forum" and tok.text[:1].isupper():
            return None  # "the 18-member Forum": a body (the Pacific Islands Forum), not a gathering
        if lemma == "duty" and (any(c.dep_ in {"poss", "acl"} for c in tok.children) or tok.tag_ != "NNS"):
            return None  # "the EV duties" are levies; "its duty to let people in" is an obligation
        own_coup = lemma == "coup" and bare and "the" in det and self.dominant_state() is not None
        # "will no longer take part in negotiations that only buy time", "refused to join talks":
        # talks one takes part in are the story's talks, though bare
        joined_talks = bare and not det and tok.tag_ == "NNS" and _family(lemma) == "talks" and (
            (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in {"take", "participate", "engage"})
            or (tok.dep_ == "dobj" and tok.head.lemma_ in {"join", "attend", "boycott", "quit"}))
        if (det & DEMONSTRATIVES or (bare and det & {"the", "any"}) or joined_talks) and lemma in lex.words("initiatives", "anaphors") | {
                lemma} and not own_coup:  # ("the coup" is the story's own, not one in a neighbour named before)
            family = _family(lemma)
            if lemma in {"initiative", "idea", "proposal"}:
                # "the initiative": the plan just named, of any kind (not "the decision": as often an
                # act of another kind, or of another, than the last plan named)
                recent = self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=1)
                if recent is not None:
                    return Ref(recent.key, "Initiative", tok.text, "description")
                same = lambda e: e.named  # noqa: E731
            else:
                same = lambda e: e.head == lemma or (family and _family(e.head) == family)  # noqa: E731
            # prefer an antecedent that names who and whom ("NATO support for Ukraine") over a bare one
            # ("the pact" is the pact named before, not a plan that names more)
            concluded = lemma in CONCLUDED and bool(det & {"the", "that", "this"})
            # ("the deal" is no deal in general: "would not conclude trade deals with either")
            singular = tok.tag_ == "NN"
            countable = lambda e: not (singular and e.generic)
            found = (self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=30,
                                  pred=lambda e: e.head == lemma and "the" in det and family in {"agreement", "talks", "exercise"}
                                  and lemma not in {"initiative", "idea", "proposal"} and countable(e))
                     # "the agreement", "that accord": a deal made before, not a plan named since
                     or (self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=30,
                                      pred=lambda e: e.head in CONCLUDED and countable(e)) if concluded else None)
                     # ("the mission" is the mission named last, not "foreign aid" of its family named since)
                     or (self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=6,
                                      pred=lambda e: e.head == lemma and countable(e)) if lemma not in ABSTRACT_HEADS else None)
                     or self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=30,
                                     pred=lambda e: same(e) and e.named and countable(e))
                     # ("condemned the uprising": a story has one coup, however far back it was named)
                     or (self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=30,
                                      pred=lambda e: _family(e.head) == "coup") if family == "coup" else None)
                     or self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=6,
                                     pred=lambda e: same(e) and countable(e)))
            if found is not None:
                # the anaphor is itself a mention: "the cessation … the agreement … the deal"
                # stays one chain however far it runs
                bisect.insort(self.entries, _Entry(found, sent, doc_pos, doc_pos + len(tok.text), head=lemma),
                              key=_entry_order)
                return Ref(found.key, "Initiative", tok.text, "description")
        sided = False  # (named after its two sides)
        spell = tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in SPELLS | {"round"}  # "after ten days of talks"
        if bare and ("the" in det or "any" in det or spell) and lemma in STORY_HEADS and tok.tag_ == STORY_HEADS[lemma][1]:
            # "the war", "the talks" with nothing named before: the story's own war or talks,
            # named after the state the story is about
            home = self.dominant_state()
            label = f"{ref_label(self, Ref(home, 'State', home))} {STORY_HEADS[lemma][0]}" if home is not None \
                else self._brokered_label(tok, seg_no)
            if not label:
                return None
        elif bare:
            label = self._brokered_label(tok, seg_no)
            if not label:
                label = self._parties_label(tok, seg_no)
                sided = bool(label)
            if not label:
                return None  # "the plan", "efforts": too vague to be a node of its own
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if lemma in GENERIC_HEADS and owners and len(label.split()) <= len(tok.text.split()) + 3 and not any(
                c.dep_ == "acl" for c in tok.children):  # ("X's plan to send …" is a plan of its own)
            owner = self.ref(owners[0], seg_no)
            if owner is not None and owner.type in ACTOR_TYPES and normalize(label) in {
                    normalize(f"{ref_label(self, owner)} {tok.text}"), normalize(f"{owners[0].text} {tok.text}")}:
                return owner  # "backs the bloc's efforts": a stance on the bloc
        key = "init:" + normalize(label)
        ref = Ref(key, "Initiative", label, "initiative")
        self.types.setdefault(key, "Initiative")
        self.surfaces[key][label] += 1
        raw = self._initiative_span(tok) if not bare else ""  # ("the war" names nothing of its own)
        if raw and normalize(raw) != normalize(label):
            self.surfaces[key][raw] += 1  # the words as written: an alias ("Sweden's NATO bid")
        if sided:
            # "signed a treaty": "treaty" names it too, but never as its label, which names its
            # sides (so counted as no naming: an alias only)
            self.surfaces[key][tok.text.lower()] += 0
        self.initiatives.setdefault(key, label)
        named = any(self.gazetteer.lookup(w) is not None for w in label.split())
        generic = tok.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)
        bisect.insort(self.entries, _Entry(ref, sent, doc_pos, doc_pos + len(tok.text), head=lemma, named=named,
                                           generic=generic), key=_entry_order)
        return ref

    def _outcome(self, tok: Token, seg_no: int) -> Ref | None:
        """ "would not recognise the result", "its outcome": the election named before, as the
        thing accepted or rejected (not "results" in general: "failed to deliver results")."""
        if tok.pos_ != "NOUN" or not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "any", "its", "their"}
                                         for c in tok.children):
            return None
        offset = self._offsets.get(seg_no, 0)
        doc_pos = offset + tok.idx
        sent = self.sentence_of(tok, seg_no)
        found = self._recent(doc_pos, {"Initiative"}, sent=sent, max_back=30, pred=lambda e: e.head in BALLOT_HEADS)
        if found is None:
            return None
        bisect.insort(self.entries, _Entry(found, sent, doc_pos, doc_pos + len(tok.text), head=tok.lemma_.lower()),
                      key=_entry_order)
        return Ref(found.key, "Initiative", tok.text, "description")

    def crew(self, tok: Token, seg_no: int, senders: list[Ref], purpose: Token | None = None) -> Ref | None:
        """A contingent sent on a mission of its own, as an Initiative: "100 civilian monitors",
        "a small team of observers", "its peacekeeping contingent" (plain "troops" are not one).

        The sender names it, so that one country's monitors are not another's; a ``purpose``
        clause it is sent with is part of its name ("Malaysia observers to monitor the truce").
        """
        found = self.initiative(tok, seg_no)
        if found is not None:
            return found  # "its peacekeeping contingent", "a standby force"
        members = [tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj")]
        crew = next((m for m in members if m.lemma_.lower() in MISSION_CREWS or any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in MISSION_CREW_MODIFIERS for c in m.children)), None)
        if crew is None or len(senders) != 1:
            return None
        drop = self.lexicon.words("initiatives", "drop_modifiers")
        words = [t.text for t in tok.subtree if t.i <= crew.i and not t.like_num and t.pos_ not in {"DET", "PRON", "ADV"}
                 and t.lower_ not in drop and t.dep_ not in {"poss", "case", "quantmod"}]
        if tok != crew and tok.i < crew.i:
            words = [w for w in words if w not in {t.text for t in tok.children if t.dep_ == "amod"}]
        label = f"{ref_label(self, senders[0])} {' '.join(words)}"
        if purpose is not None:
            span = purpose.doc[purpose.left_edge.i : purpose.right_edge.i + 1]  # "to monitor the truce"
            if len(span) <= 8:
                label += " " + " ".join(t.text for t in span if not t.is_punct)
        key = "init:" + normalize(label)
        self.types.setdefault(key, "Initiative")
        self.surfaces[key][label] += 1
        self.initiatives.setdefault(key, label)
        offset = self._offsets.get(seg_no, 0)
        bisect.insort(self.entries, _Entry(Ref(key, "Initiative", label, "initiative"), self.sentence_of(tok, seg_no),
                                           offset + tok.idx, offset + tok.idx + len(tok.text), head=crew.lemma_.lower()),
                      key=_entry_order)
        return Ref(key, "Initiative", label, "initiative")

    def _initiative_span(self, tok: Token) -> str:
        """The noun phrase as written, without a leading determiner or trailing clause."""
        # (a modifier's own words count: "Kenyan-led", "Multinational Security Support")
        left = min([t.left_edge.i for t in tok.lefts if t.dep_ not in {"det", "predet", "punct", "cc", "preconj"}]
                   + [tok.i])
        right = tok.i
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "to", "in", "against", "on", "of", "outside", "with"}:
                dates = [p.ent_type_ in {"DATE", "TIME"} for p in child.children if p.dep_ == "pobj"]
                if dates and all(dates):
                    break  # ("adopted a legally binding accord on Tuesday": the day is not the accord's)
                right = max(t.i for t in child.subtree)
                break
        while left < tok.i and (tok.doc[left].dep_ in {"det", "predet"} or tok.doc[left].is_punct):
            left += 1  # ("the AU's mediation effort" is written "AU's mediation effort")
        if right - left > 12:
            return ""
        return tok.doc[left : right + 1].text

    def _initiative_label(self, tok: Token, seg_no: int) -> str:
        drop = self.lexicon.words("initiatives", "drop_modifiers")
        words: list[tuple[int, str]] = []

        def add_modifiers(head: Token) -> None:
            for child in head.children:
                if child.i > head.i:
                    continue
                if child.dep_ == "nummod" and re.fullmatch(r"(19|20)\d\d", child.text):
                    words.append((child.i, child.text))  # "a 2016 ruling", "the 2015 nuclear deal"
                    continue
                if child.dep_ in {"compound", "amod", "nmod", "poss"}:
                    ref = self.ref(child, seg_no)
                    if ref is not None and ref.type in {"State", "Organization"}:
                        # "Russian draft", "Paris Agreement" keep their word; "NATO's support" loses
                        # the possessive
                        words.append((child.i, child.text if ref.via in {"demonym", "capital"} else ref_label(self, ref)))
                        continue
                    if child.lower_ in drop or child.pos_ in {"PRON", "DET"} or (
                            child.lower_ == "called" and any(g.lower_ == "so" for g in child.children)):
                        continue  # ("the so-called Tumaini talks")
                    if child.dep_ == "poss":
                        continue
                    add_modifiers(child)
                    # "Belt and Road Initiative": the words joined to a modifier are the name's too
                    words.extend((g.i, g.text) for g in child.children if g.dep_ in {"cc", "conj"} and child.i < g.i < head.i)
                    doc = child.doc
                    if child.i >= 2 and doc[child.i - 1].text == "-" and not doc[child.i - 1].whitespace_ \
                            and not doc[child.i - 2].whitespace_ and doc[child.i - 2].pos_ in {"PROPN", "NOUN", "ADJ", "NUM"}:
                        # "AU-brokered truce", "Saudi-led coalition": the prefix is part of the word
                        # (and not a word of its own as well: "high-level visits")
                        words[:] = [w for w in words if w[0] != child.i - 2]
                        words.append((child.i, f"{doc[child.i - 2].text}-{child.text}"))
                        continue
                    words.append((child.i, child.text))

        add_modifiers(tok)
        words.append((tok.i, tok.text))
        first = tok.head
        if tok.dep_ == "conj" and first.pos_ == "NOUN" and first.i < tok.i and \
                first.lemma_.lower() not in self.lexicon.words("initiatives", "heads") and \
                all(t.dep_ in {"cc", "compound", "amod"} for t in tok.doc[first.i + 1 : tok.i]):
            # "the EU's new migration and asylum pact": the parser heads it on "migration"
            add_modifiers(first)
            words.append((first.i, first.text))
            words.extend((t.i, t.text) for t in tok.doc[first.i + 1 : tok.i] if t.dep_ == "cc")
        preps = 0
        for child in tok.children:
            if preps >= 2:
                break
            if child.dep_ == "prep" and child.i > tok.i and child.lower_ == "between":
                # "the ceasefire between Israel and Hezbollah": the two parties name it
                parties = [p for c in child.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
                refs = [self.ref(p, seg_no) for p in parties]
                if len(refs) == 2 and all(r is not None and r.type in ACTOR_TYPES for r in refs) \
                        and refs[0].key != refs[1].key:
                    words.append((child.i, child.text))
                    words.append((parties[0].i, f"{ref_label(self, refs[0])} and {ref_label(self, refs[1])}"))
                    preps += 1
                continue
            if child.dep_ == "prep" and child.i > tok.i and child.lower_ in {
                    "for", "to", "in", "against", "on", "of", "outside", "with", "regarding", "concerning", "over"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                ref = self.ref(pobj, seg_no)
                if ref is not None and ref.type in {"State", "Organization", "Place"}:
                    words.append((child.i, child.text))
                    words.append((pobj.i, ref_label(self, ref)))
                    preps += 1
                    # "votes of the bloc concerning Serbia": the parser hangs the topic
                    # on the alliance
                    for sub in pobj.children:
                        if sub.dep_ == "prep" and sub.lower_ in {"regarding", "concerning", "on", "for", "to"}:
                            sobj = next((c for c in sub.children if c.dep_ == "pobj"), None)
                            sref = self.ref(sobj, seg_no) if sobj is not None else None
                            if sref is not None and sref.type in {"State", "Organization"} and preps < 2:
                                words.append((sub.i, sub.text))
                                words.append((sobj.i, ref_label(self, sref)))
                                preps += 1
                elif child.lower_ == "outside":
                    words.append((child.i, child.text))
                    words.extend((t.i, t.text) for t in pobj.subtree if t.lower_ not in drop and not t.is_punct)
                    preps += 1
        for acl in [c for c in tok.children if c.dep_ == "acl" and c.i > tok.i] if preps == 0 else []:
            # "the plan to send asylum seekers to Rwanda": where the plan sends them
            dest = next((p for c in acl.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
                         for p in c.children if p.dep_ == "pobj"), None)
            ref = self.ref(dest, seg_no) if dest is not None else None
            if ref is not None and ref.type == "State":
                words.append((dest.i - 1, "to"))
                words.append((dest.i, ref_label(self, ref)))
                preps += 1
        if preps == 0:
            # "NATO's support to Ukraine" with "to Ukraine" attached elsewhere by the parser: the
            # words right after the noun phrase still belong to it
            end = max(t.i for t in tok.subtree)
            doc = tok.doc
            if end + 2 < len(doc) and doc[end + 1].lower_ in {"to", "for", "in", "against"}:
                ref = self.ref(doc[end + 2], seg_no)
                if ref is not None and ref.type in {"State", "Organization"}:
                    words.append((end + 1, doc[end + 1].text))
                    words.append((end + 2, ref_label(self, ref)))
        words.sort()
        text = " ".join(w for _, w in words)
        return re.sub(r"\s+", " ", text).strip()

    def _brokered_label(self, tok: Token, seg_no: int) -> str:
        """A bare noun named by who brokered it: "a deal brokered by China" is the "China-brokered
        deal" (its first broker, when several are listed); "" when nobody is named."""
        for acl in tok.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in BROKERING:
                brokers = [r for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                           for r in [self.ref(p, seg_no)] if r is not None and r.type in ACTOR_TYPES]
                if brokers:
                    return f"{ref_label(self, brokers[0])}-{BROKERING[acl.lemma_]} {tok.text}"
        return ""

    def _parties_label(self, tok: Token, seg_no: int) -> str:
        """A bare agreement named by the two sides that conclude it: "Ethiopia and Somaliland signed
        a memorandum" is the "Ethiopia-Somaliland memorandum", and so is "Ethiopia signed a
        memorandum with Somaliland"; "" unless two states or bodies are named as its sides.
        """
        verb = tok.head
        if tok.lemma_.lower() not in CONCLUDED or tok.dep_ != "dobj" or verb.lemma_ not in CONCLUDING:
            return ""
        sides = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
        sides += [p for h in (verb, tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                  for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)]
        refs = [r for s in sides for r in [self.ref(s, seg_no)] if r is not None and r.type in {"State", "Organization"}]
        names = list(dict.fromkeys(ref_label(self, r) for r in refs))
        if len(names) != 2 or len(refs) != len(sides):
            return ""  # (one side unnamed, or a person: "Meloni signed a deal with Rama")
        return f"{names[0]}-{names[1]} {tok.text.lower()}"


LEADER_WORDS = word_list("mentions", "leader_words")
SPELLS = word_list("mentions", "spells")
HYPHEN_SUFFIXES = word_table("mentions", "hyphen_suffixes")
# of those, the ones that make a bare noun a thing of its own: "a deal brokered by China" is the
# "China-brokered deal"
BROKERING = {verb: word for word, verb in HYPHEN_SUFFIXES.items() if verb in word_list("mentions", "brokering")}
TALK_HEADS = word_list("mentions", "talk_heads")
CONCLUDED = word_list("mentions", "concluded")
CONCLUDING = word_list("mentions", "concluding")
_FAMILIES = {name: TALK_HEADS if name == "talks" else words
             for name, words in word_groups("mentions", "families").items()}


ABSTRACT_HEADS = word_list("mentions", "abstract_heads")

# bare anaphors that stand for the story's own war or talks: (label word, tag)
STORY_HEADS = {"war": ("war", "NN"), "conflict": ("war", "NN"), "talk": ("talks", "NNS"),
               "negotiation": ("talks", "NNS"), "coup": ("coup", "NN"), "ceasefire": ("ceasefire", "NN"),
               "truce": ("truce", "NN")}

OFFICE_HEADS = word_list("mentions", "office_heads")
PORTFOLIO_WORDS = word_list("mentions", "portfolio_words")
_DEPARTMENTS = word_list("mentions", "departments")


def _town_names(raw: list[tuple[int, Span, str]], gazetteer: Gazetteer, titles: frozenset[str],
                full: set[str], places: Counter) -> set[str]:
    """The normalised names of the cities among a story's persons and bodies: names in
    ``cities.tsv`` that the story uses as a place at least once, or tags a place at least as often.

    A name that is part of a person's full name in the story ("Kim" beside "Kim Jong Un"), or
    follows a title, stays a name; so does one only ever seen where a person or a body stands
    ("met Kennedy", "Trump attacked Kennedy"). The population is not weighed: a magazine named
    like a town after "in" ("wrote in Time") is read as the town.
    """
    others = Counter(e.text for _s, e, lab in raw if lab in {"PERSON", "ORG"})
    towns: set[str] = set()
    for _s, ent, label in raw:
        if label not in {"PERSON", "ORG"} or ent.text in full or (
                ent.start > 0 and ent.doc[ent.start - 1].lower_ in titles):
            continue
        norm = normalize(ent.text)
        if norm in towns or gazetteer.city(ent.text) is None:
            continue  # (a city's name is never a known state's or body's: see `_cities`)
        if places[ent.text] >= others[ent.text] or _place_context(ent):
            towns.add(norm)
    return towns


def _place_context(ent: Span) -> bool:
    """Whether a name stands where only a place can: after "in", "near", … ("fighting near
    Bakhmut"), as what a siege or a shelling is of or on ("the siege of El Fasher", "strikes on
    Kharkiv"), what was shelled or taken ("shelled Odesa"), or a city by its kind ("the city of
    Goma", "Bukavu, a town in the east")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # ("struck Kharkiv and Sumy")
    if any(c.dep_ == "appos" and c.lemma_.lower() in TOWN_KINDS for c in root.children):
        return True
    if root.dep_ in {"dobj", "nsubjpass"} and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in PLACE_VERBS
    if root.dep_ != "pobj":
        return False
    prep, head = root.head, root.head.head
    if prep.lower_ in PLACE_PREPS:
        return True
    if prep.lower_ == "of" and head.lemma_.lower() in TOWN_KINDS | PLACE_NOUNS:
        return True
    return prep.lower_ in {"on", "against"} and head.lemma_.lower() in PLACE_NOUNS


def _namesakes(raw: list[tuple[int, Span, str]], titles: frozenset[str], surname_of: dict[str, set[str]],
               gazetteer: Gazetteer) -> list[str]:
    """Surnames that stand for a known leader, not for the one full name the story gives with them.

    A surname the story uses alone at least twice before it first names someone else in full with
    it ("President Trump" … "Trump" … "his niece Mary Trump") is the known leader's; the later full
    name is a namesake, and the lone surname must not be linked to it. A story that names the
    leader in full, or no state that leader led, keeps its links.
    """
    found = []
    states = {k.key for _seg, ent, label in raw if label in {"GPE", "NORP"}
              and (k := gazetteer.lookup(ent.text)) is not None and k.type == "State"}
    for word, keys in surname_of.items():
        leader = gazetteer.surnames.get(word)
        if leader is None or len(keys) != 1 or person_key(leader) in keys or not any(
                o.affiliation in states for o in gazetteer.offices.get(leader, ())):
            continue  # (a leader of a state the story never names is no one it means)
        alone = 0
        for _seg, ent, label in raw:
            if label != "PERSON":
                continue
            words = normalize(strip_titles(ent.text, titles)).split()
            if not words or word not in words:
                continue
            if len(words) >= 2:
                break  # ("Li Qiang … Li": a family name first counts as named in full)
            alone += 1
        if alone >= 2:
            found.append(word)
    return found


def _office_word(ent: Span) -> bool:
    """Is an entity a department word inside an office title ("Secretary of State")?"""
    if len(ent) != 1 or ent.text.lower() not in _DEPARTMENTS:
        return False
    doc, i = ent.doc, ent.start
    before = doc[max(0, i - 2):i].text.lower()
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return before in {"secretary of", "minister of"} or after in {"secretary", "minister", "secretaries"}


def _clear_top(before: list[_Entry], counts: Counter, n: int) -> tuple[Ref, ...]:
    """The ``n`` keys that clearly lead ``counts`` (the n-th ahead of the next), as the refs they
    were first named with in ``before``; ``()`` when no ``n`` stand out."""
    ranked = [k for k, _ in counts.most_common()]
    if len(ranked) < n or (len(ranked) > n and counts[ranked[n - 1]] <= counts[ranked[n]]):
        return ()
    first: dict[str, Ref] = {}
    for e in before:
        if e.ref.key in ranked[:n]:
            first.setdefault(e.ref.key, e.ref)
    return tuple(first.values())


def _said_former(tok: Token) -> bool:
    """Whether a description says its office is a past one: "the former president", "the onetime envoy".

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("The former Kenyan president spoke.")
    >>> _said_former(doc[3]), _said_former(doc[0])
    (True, False)
    """
    return any(t.lower_ in FORMER_WORDS for t in tok.subtree if t.i < tok.i)


def _after_between(root: Token) -> bool:
    """Whether a name is one of those joined after "between": "a ceasefire between Congo and
    Rwanda" (the two sides of something).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Angola brokered a ceasefire between Congo and Rwanda.")
    >>> _after_between(doc[5]), _after_between(doc[7]), _after_between(doc[0])
    (True, True, False)
    """
    anchor = root
    while anchor.dep_ == "conj" and anchor.head != anchor:
        anchor = anchor.head
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "between"


def _conj_anchor(root: Token, offset: int) -> int:
    """Offset of the first conjunct of the coordination a mention's root is in, or -1."""
    def listed(t: Token) -> bool:
        # "Mali, Burkina Faso and Niger", parsed with the second name an apposition of the first
        # and the third its conjunct
        return t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN" and any(
            c.dep_ == "conj" for c in t.children)
    anchor = root
    while (anchor.dep_ == "conj" or listed(anchor)) and anchor.head != anchor:
        anchor = anchor.head
    if anchor == root and not any(c.dep_ == "conj" or listed(c) for c in root.children):
        return -1
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.lower_ in {"along", "together"}:
        return -1  # "Niger, along with Mali and Burkina Faso": a trio, not the pair "the two" means
    return offset + anchor.idx


def _tagged_inside(tagged: dict[tuple[int, int], list[tuple[int, int]]], seg_no: int, start: int, end: int) -> bool:
    """Whether the model tagged a piece inside tokens ``start:end`` of a segment, but neither the
    whole nor a longer name running past it: "Organization of American States" with only
    "American" tagged (yes); "Republic of China" in "the People's Republic of China", "Republic of
    Congo" in "Democratic Republic of Congo" (no). Untagged names are `_scan_known`'s.

        >>> tagged = {(0, 2): [(2, 3)], (0, 6): [(5, 7)], (0, 7): [(5, 7)]}
        >>> _tagged_inside(tagged, 0, 0, 4), _tagged_inside(tagged, 0, 6, 9), _tagged_inside(tagged, 0, 2, 3)
        (True, False, False)
    """
    spans = {span for j in range(start, end) for span in tagged.get((seg_no, j), ())}
    return bool(spans) and (start, end) not in spans and all(start <= b and e <= end for b, e in spans)


def _named_grouping(key: str) -> bool:
    """Whether a body's key has a word of a grouping's name in it.

        >>> _named_grouping("org:n:regional-comprehensive-economic-partnership"), _named_grouping("org:un")
        (True, False)
    """
    return bool(set(key.replace("-", " ").split()) & BLOC_NAME_WORDS)


def _family(lemma: str) -> str | None:
    """Which family of initiatives a head noun belongs to ("deal" ~ "agreement")."""
    for name, members in _FAMILIES.items():
        if lemma in members:
            return name
    return None


def _entry_start(entry: _Entry) -> int:
    return entry.start


def _entry_order(entry: _Entry) -> tuple[int, int]:
    return entry.start, entry.end


def ref_label(index: MentionIndex, ref: Ref) -> str:
    """A readable name for a reference inside a label ("NATO", "Ukraine")."""
    known = index.gazetteer.by_key.get(ref.key)
    if known is not None:
        return known.label
    return ref.text


def _quote_spans(text: str, shortest: int = 15) -> list[tuple[int, int]]:
    """Spans of quotations (marks included) of at least ``shortest`` characters.

    A straight mark opens after a space or a line start and closes after a word, so the
    short quote in ``of acting "in bad faith". … said "under blackmail"`` never pairs its
    closing mark with the next quote's opening one.

    Example:
        >>> _quote_spans('He said "in bad faith" and "we will not reopen the border," he said.')
        [(27, 59)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in re.finditer(r"[“”\"]", text):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening = ch == "“" or (ch == '"' and (before.isspace() or before in "([—–-") and not after.isspace())
        if opening:
            opened = i  # (an earlier mark left open is dropped)
        elif opened is not None:
            spans.append((opened, i + 1))
            opened = None
    return [(s, e) for s, e in spans if e - s - 2 >= shortest]
