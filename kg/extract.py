"""Statements from parsed sentences: dependency walkers driven by the lexicon.

For every trigger (a verb or noun of ``kg/data/lexicon.toml``) the walker finds the
subject and object on the spaCy parse (active, passive, control and raising verbs,
conjunctions, relative clauses, possessives, light verbs) and reads the clause around it:

* polarity — ``not``/``n't``/``never``/``no longer``, ``neither … nor``, ``no X``,
  ``without``, negating control verbs and nouns ("refused to", "refusal to", "unable to",
  "ruled out", "has yet to"); a negated negator is positive ("did not rule out");
* modality — auxiliaries and governing verbs (will/plans → intended, may/exploring →
  possible, must/required → obligated; "unlikely to" is negative and possible);
* attribution — "X said (that) …", "according to X", and quotations with their speaker;
  statements under an uncertain speech act ("declined to say whether") are dropped.

Roles come from titles and appositions ("NATO Secretary General Jens Stoltenberg",
"X, the foreign minister of Y"). Everything here is pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import normalize
from kg.lexicon import THEME_RELATIONS, Lexicon, Trigger, word_list, word_table
from kg.mentions import (
    ACTOR_TYPES,
    GENERIC_BODY_WORDS,
    HYPHEN_SUFFIXES,
    OWNED_BIDS,
    SPELLS,
    TALK_HEADS,
    MentionIndex,
    Ref,
)
from kg.mentions import _family as _family_of

__all__ = ["RawStatement", "Role", "extract_sentences", "Context", "date_year"]

SUBJ_DEPS = {"nsubj", "csubj"}
PASS_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
# word classes, read from kg/data/words.toml [extract], where each is explained
OBJECT_CONTROL = word_list("extract", "object_control")
STATIVE_PASSIVE = word_list("extract", "stative_passive")
ACT_LIGHT_VERBS = word_list("extract", "act_light_verbs")
LIGHT_VERBS = word_list("extract", "light_verbs")
REVERSING_LIGHT = word_list("extract", "reversing_light")
REVERSING_PHRASAL = word_list("extract", "reversing_phrasal")
FRACTIONS = word_list("extract", "fractions")
JOINED_IN = word_list("extract", "joined_in")
EXPECTING = word_list("extract", "expecting")
ADMITTING = word_list("extract", "admitting")
GIFT_KINDS = word_list("extract", "gift_kinds")
DEBTS = word_list("extract", "debts")
COPULAS = word_list("extract", "copulas")
FORMER_WORDS = word_list("extract", "former_words")
ADVISING = word_list("extract", "advising")
MANDATIVE = word_list("extract", "mandative")
BONDS = word_list("extract", "bonds")
PAYING_AGENTS = word_list("extract", "paying_agents")
ARMING_GIFTS = word_list("extract", "arming_gifts")
PAID_NOUNS = word_list("extract", "paid_nouns")
REVERSED_PLANS = word_list("extract", "reversed_plans")
# acts a later "X denies this" can answer
DENIABLE_ACTS = frozenset({"ProvideMilitaryAid", "Fund", "ProvideAid", "Attack", "Sanction", "Block", "Allow",
                           "Cooperate", "Participate", "Support"})
PENDING_MEMBERSHIP = word_list("extract", "pending_membership")
POSTPONING = word_list("extract", "postponing")
DELIVERING = word_list("extract", "delivering")
ARRIVING_GOODS = word_list("extract", "arriving_goods")
FALSE_WORDS = word_list("extract", "false_words")
EVIDENCE_NOUNS = word_list("extract", "evidence_nouns")
PAST_OFFICE_WORDS = word_list("extract", "past_office_words")
HEDGES = word_list("extract", "hedges")
COMING_WORDS = word_list("extract", "coming_words")
ASPIRING_WORDS = word_list("extract", "aspiring_words")
PARTITIVES = word_list("extract", "partitives")
SEIZING = word_list("extract", "seizing")
PRICE_WORDS = word_list("extract", "price_words")
LOADS = word_list("extract", "loads")
BUILT_WORKS = word_list("extract", "built_works")
# object types a relation never takes: one sanctions, attacks or works with someone, not "oil
# sales" or "a five-day war"; one takes part in an effort or a body, not in a person or a country
REFUSED_OBJECTS = {"Sanction": {"Initiative"}, "Attack": {"Initiative"}, "Cooperate": {"Initiative"},
                   "Participate": {"Person", "State", "Place"}}  # ("refused to withdraw its troops from Gaza": no effort)
ADDRESSABLE = word_list("extract", "addressable")
SHIPPED = word_list("extract", "shipped")
MADE = word_list("extract", "made")
RETALIATING = word_list("extract", "retaliating")
TOPIC_VERBS = word_list("extract", "topic_verbs")
WITH_NOUNS = word_list("extract", "with_nouns")
BATCHES = word_list("extract", "batches")
CLAIMING = word_list("extract", "claiming")
CLAIMED_CREDIT = word_list("extract", "claimed_credit")
REMOVING = word_list("extract", "removing")
FALL_NOUNS = word_list("extract", "fall_nouns")
FORCING = word_list("extract", "forcing")
GIVING_DATIVE = word_list("extract", "giving_dative")
GIVING_TO_APPOSED = GIVING_DATIVE | word_list("extract", "giving_to_apposed")
EARMARKING = word_list("extract", "earmarking")
CLAUSE_TIMES = word_list("extract", "clause_times")
SELLING_NOUNS = word_list("extract", "selling_nouns")
PARTING_ORDERS = word_list("extract", "parting_orders")
LEADING_TITLES = word_list("extract", "leading_titles")
ALLEGATIONS = word_list("extract", "allegations")
TEXTS = word_list("extract", "texts")
VERBAL_ATTACKS = word_list("extract", "verbal_attacks")
MEDIA = word_list("extract", "media")
UNPAID = word_list("extract", "unpaid")
NATURAL_FORCES = word_list("extract", "natural_forces")
LAWS = word_list("extract", "laws")
RECONSIDERING = word_list("extract", "reconsidering")
AGREEMENT_NOUNS = word_list("extract", "agreement_nouns")
ACTOR_OBJECTS = {"Request", "Meet", "Guarantee", "MemberOf", "LeaderOf", "OfficialOf", "Sanction"}
STANCE_RELATIONS = {"Criticize", "Oppose", "Support", "Block", "Threaten", "Attack", "Sanction", "Agree", "Cooperate",
                    "Allow", "Request", "Meet"}
SYMMETRIC = {"Agree", "Meet", "Cooperate"}
# stances voiced "from" someone ("criticism from Washington") and what draws them on a thing
VOICED_STANCES = frozenset({"Oppose", "Criticize", "Support"})
DRAWING = word_list("extract", "drawing")
RECEIVING = word_list("extract", "receiving")
SOUR = word_list("extract", "sour")
STAFF_TITLES = word_list("extract", "staff_titles")
BODY_HEAD_TITLES = word_list("extract", "body_head_titles")
STAFF_MODIFIERS = word_list("extract", "staff_modifiers")
STATE_BODY_WORDS = word_list("extract", "state_body_words")
PARTY_WORDS = word_list("extract", "party_words")
UNNAMED_BODIES = word_list("extract", "unnamed_bodies")
FACTION_TITLE_WORDS = word_list("extract", "faction_title_words")
CAUSE_TITLE_WORDS = word_list("extract", "cause_title_words")
SOLDIERS = word_list("extract", "soldiers")
JOINT_ACTIVITIES = word_list("extract", "joint_activities")
SOURING = word_list("extract", "souring")
LEADABLE = word_list("extract", "leadable")
HYPHEN_ACTS = word_table("extract", "hyphen_acts")
ANSWERS = word_list("extract", "answers")
ASKED_NOUNS = word_list("extract", "asked_nouns")
ACCEPTING = word_list("extract", "accepting")
PLEDGING = word_list("extract", "pledging")
DISCLOSING = word_list("extract", "disclosing")
REPORTED_CLAIMS = ALLEGATIONS | word_list("extract", "reported_claims")
DENIED_CLAIMS = word_list("extract", "denied_claims")
DENIALS = word_list("extract", "denials")
JOIN_WISHES = word_list("extract", "join_wishes")
PORTIONS = word_list("extract", "portions")
MISSION_HEADS = word_list("extract", "mission_heads")
WATCHERS = word_list("extract", "watchers")
BORDER_CLOSING = word_list("extract", "border_closing")
WATCHING = word_list("extract", "watching")
VOTES = word_list("extract", "votes")
MILITARY_RANKS = word_list("extract", "military_ranks")
GATHERINGS = TALK_HEADS | word_list("extract", "gatherings")
ALLEGING = word_list("extract", "alleging")
CESSATIONS = word_list("extract", "cessations")
LICENCES = word_list("extract", "licences")
REVOKING = word_list("extract", "revoking")
GRANTING = word_list("extract", "granting")
BORDER_NOUNS = word_list("extract", "border_nouns")
PARTNER_NOUNS = word_list("extract", "partner_nouns")
PAYING_FOR = word_list("extract", "paying_for")
PURPOSE_VERBS = word_list("extract", "purpose_verbs")
BUILDING_UP = PURPOSE_VERBS | word_list("extract", "building_up")
TRADE_NOUNS = word_list("extract", "trade_nouns")
VOTING = word_list("extract", "voting")
AGENT_NOUNS = word_list("extract", "agent_nouns")
LEADER_TITLE_WORDS = word_list("extract", "leader_title_words")
CURRENCIES = word_list("extract", "currencies")
NOUN_MODALITY = word_table("extract", "noun_modality")
PLEDGE_FRAMES = word_list("extract", "pledge_frames")
DISPUTED = word_list("extract", "disputed")
RULINGS = word_list("extract", "rulings")
LISTING = word_list("extract", "listing")
DEFERRING = word_list("extract", "deferring")
REBUILDING = word_list("extract", "rebuilding")
RESTRICTIVE = word_list("extract", "restrictive")
FIGURATIVE_FIGHTS = word_list("extract", "figurative_fights")
DEFERRED_MEASURES = word_list("extract", "deferred_measures")
DELISTING = word_list("extract", "delisting")
BLACKLIST_WORDS = word_list("extract", "blacklist_words")
DESIGNATING = word_list("extract", "designating")
FORGIVING = word_list("extract", "forgiving")
RULED_BODIES = word_list("extract", "ruled_bodies")
ARMED_NOUNS = word_list("extract", "armed_nouns")
MUTUAL_FIGHTS = word_list("extract", "mutual_fights")
PHASE_VERBS = word_list("extract", "phase_verbs")
UNDER_MEASURE_VERBS = word_list("extract", "under_measure_verbs")
FIGHTING_SIDES = ARMED_NOUNS | SOLDIERS | word_list("extract", "fighting_sides")
GO_BETWEENS = word_list("extract", "go_betweens")
COOPERATION_KINDS = word_list("extract", "cooperation_kinds")
JUDGING_VERBS = word_list("extract", "judging_verbs")
UNMAKING = word_list("extract", "unmaking")
LAPSING = word_list("extract", "lapsing")
APPEALING = word_list("extract", "appealing")
FACT_STANCES = word_list("extract", "fact_stances")
DRAWING_CLOSER = word_list("extract", "drawing_closer")
GRIEVANCES = word_list("extract", "grievances")
SAFEGUARDS = word_list("extract", "safeguards")
PRESENCES = word_list("extract", "presences")
ADVOCATING = word_list("extract", "advocating")
PARTING_INTRANSITIVE = word_list("extract", "parting_intransitive")
DONE_TO_OTHERS = word_list("extract", "done_to_others")
CIVILIAN_TRAINEES = word_list("extract", "civilian_trainees")
INCLINATIONS = word_list("extract", "inclinations")
ASKING_FOR = word_list("extract", "asking_for")
PROCEDURE_NOUNS = word_list("extract", "procedure_nouns")
REVERSALS = word_list("extract", "reversals")
PURCHASING = word_list("extract", "purchasing")
SIGNING = word_list("extract", "signing")
LENDING = word_list("extract", "lending")
SELLING = word_list("extract", "selling")
PACT_NOUNS = word_list("extract", "pact_nouns")
PACT_VERBS = word_list("extract", "pact_verbs") | UNMAKING
CONDUCTED = word_list("extract", "conducted")
CUTTING = word_list("extract", "cutting")
CUT_GOODS = word_list("extract", "cut_goods")
TRADE_VERBS = word_list("extract", "trade_verbs")
ENERGY_GOODS = word_list("extract", "energy_goods")
TRADE_GOODS = ENERGY_GOODS | word_list("extract", "trade_goods")
TRADE_GOODS_BLOCKERS = word_list("extract", "trade_goods_blockers")
SENT_PEOPLE = word_list("extract", "sent_people")
AIRLINE_WORDS = word_list("extract", "airline_words")
DEFIED = word_table("extract", "defied")
BIDDINGS = word_table("extract", "biddings")
AVERTING = word_list("extract", "averting")
FEARED_BY = word_list("extract", "feared_by")
PREVENTING = word_list("extract", "preventing")
PURSUITS = word_list("extract", "pursuits")
ASPIRATIONS = word_list("extract", "aspirations")
INTENT_NOUNS = word_table("extract", "intent_nouns")
FINDING_VERBS = word_list("extract", "finding_verbs")
CONFIRMING_VERBS = word_list("extract", "confirming_verbs")
SETTLED = word_list("extract", "settled_adjectives")
UNSETTLED = word_list("extract", "unsettled_adjectives")
SOUGHT = word_list("extract", "seeking_verbs")
AID_RELATIONS = frozenset({"ProvideAid", "ProvideMilitaryAid", "Fund"})
COUNTED_BY = word_list("extract", "counted_by")
PRAISING = word_list("extract", "praising")
DEFENDING = word_list("extract", "defending")
GIFT_NOUNS = word_list("extract", "gift_nouns")
CHAIRS = word_list("extract", "chairs")
HOSTING = word_list("extract", "hosting")
# of those, the verbs that preside over a gathering and so take part in it ("chaired the talks";
# a mediator or broker of talks is not thereby a party to them)
CONVENING = HOSTING - {"mediate", "broker"} | {"co-chair"}
UNITS = word_list("extract", "units")
GARRISONS = SOLDIERS | UNITS | word_list("extract", "garrisons")
ATTENDING = word_list("extract", "attending")
ARRIVING = word_list("extract", "arriving")
CALLS = word_list("extract", "calls")
THREAT_NOUNS = word_list("extract", "threat_nouns")
THREATENED_MEASURES = word_list("extract", "threatened_measures")
OWN_FORCES = word_list("extract", "own_forces")
# what the last act of a kind is called after "since" ("has not fired since a rocket volley")
SINCE_ACTS = {**{w: {"Attack"} for w in word_list("extract", "since_attacks")},
              **{w: {"Meet"} for w in word_list("extract", "since_meetings")}}
VIOLATING = word_list("extract", "violating")
DISCREDITING = word_list("extract", "discrediting")
# event nouns named after the verb of the act they point back at ("the shelling": "shelled")
ACT_VERBS = word_table("extract", "act_verbs")
INTERCEPTED = word_list("extract", "intercepted")
ORG_KIND_WORDS = word_list("extract", "org_kind_words")
# a veto or ban lifted undoes the acts of these relations
LIFTED_OWN = {**{w: {"Block"} for w in word_list("extract", "lifted_blocks")},
              **{w: {"Sanction"} for w in word_list("extract", "lifted_sanctions")}}
ALLOWED_AGENTS = word_list("extract", "allowed_agents")
RESTRICTION_NOUNS = word_list("extract", "restriction_nouns")
TREATY_NAMES = word_list("extract", "treaty_names")
OBLIGATION_SPEECH = word_list("extract", "obligation_speech")
OBLIGATION_MODALS = word_list("extract", "obligation_modals")
PEACE_FORCES = word_list("extract", "peace_forces")
BORDER_CHECKING = word_list("extract", "border_checking")
NAMING_VERBS = word_list("extract", "naming_verbs")
DESCRIBING_VERBS = word_list("extract", "describing_verbs")
EVENT_NOUNS = word_list("extract", "event_nouns")
SPEECH_NOUNS = word_list("extract", "speech_nouns")
# event nouns that point back only at acts of some kinds ("condemned the raid": the last attack)
ACT_KINDS = {"veto": {"Block"}, "raid": {"Attack"}, "strike": {"Attack"}, "strikes": {"Attack"},
             "incursion": {"Attack"}, "killing": {"Attack"}, "seizure": {"Attack"}, "breach": {"Attack"},
             "deployment": {"ProvideMilitaryAid", "Participate", "Attack"}, "measure": {"Sanction", "Block"},
             "closure": {"Sanction", "Block"}, "closures": {"Sanction", "Block"}, "invasion": {"Attack"},
             "withdrawal": {"Participate", "MemberOf", "Commit", "Agree"}, "pullout": {"Participate", "MemberOf"},
             "exit": {"Participate", "MemberOf", "Commit", "Agree"},
             "suspension": {"Fund", "ProvideAid", "ProvideMilitaryAid", "Participate", "Cooperate", "Agree", "Allow"},
             "shelling": {"Attack"}, "bombing": {"Attack"}, "bombardment": {"Attack"}, "airstrike": {"Attack"},
             "airstrikes": {"Attack"}, "assassination": {"Attack"}, "annexation": {"Attack"}, "downing": {"Attack"},
             "expulsion": {"Cooperate"}, "expulsions": {"Cooperate"}}
UNDOING_EVENTS = word_list("extract", "undoing_events")
CLAIM_NOUNS = word_table("extract", "claim_nouns")
CLAIM_RELATIONS = frozenset(CLAIM_NOUNS.values())
SOLIDARITY = word_list("extract", "solidarity")  # ("stood in solidarity with", "in a show of support for")
SHOWS = word_list("extract", "shows")
PHONING = word_list("extract", "phoning")
SETTLEMENTS = word_list("extract", "settlements")
LEAD_EVENTS = word_list("extract", "lead_events")
VOICING = word_list("extract", "voicing")
REMARKS = word_list("extract", "remarks")
SENT_BY_ORIGIN = word_list("extract", "sent_by_origin")
DESCRIBING = word_list("extract", "describing")
LEAD_ACTS = frozenset({"ProvideMilitaryAid", "ProvideAid", "Fund", "Sanction", "Block", "Allow", "Cooperate",
                       "MemberOf", "Participate"})
EVENT_RELATIONS = frozenset({"Block", "Sanction", "Attack", "ProvideMilitaryAid", "ProvideAid", "Fund", "Allow",
                             "Participate", "Agree", "Commit", "Threaten", "Guarantee"})
DUES = word_list("extract", "dues")
FOUNDING = word_list("extract", "founding")
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "oprd", "acomp"})
LED_PEOPLE = word_list("extract", "led_people")
CREEDS = word_list("extract", "creeds")
ENVOYS = word_list("extract", "envoys")
EXPELLED_ENVOYS = ENVOYS | word_list("extract", "expelled_envoys")
EMBASSIES = word_list("extract", "embassies")
HOSTILE_EXCHANGES = word_list("extract", "hostile_exchanges")
# relations whose object is acted against, never given anything
HOSTILE_RELATIONS = frozenset({"Attack", "Sanction", "Threaten", "Criticize", "Oppose", "Block"})
# relations of a stance one may back away from ("its objection to", "its veto of")
RETRACTABLE_STANCES = frozenset({"Oppose", "Block", "Support", "Criticize"})
DELEGATIONS = word_list("extract", "delegations")
STATIVE_ADJECTIVES = word_table("extract", "stative_adjectives")
MONTHS = ("january february march april may june july august september october november december").split()


@dataclass(frozen=True, slots=True)
class RawStatement:
    """A statement before cross-document resolution: entity keys, not ids."""

    subject: str
    relation: str
    object: str
    polarity: str
    modality: str
    start: int
    end: int
    attributed_to: str | None = None
    date: str | None = None
    trigger: str = ""


@dataclass
class Context:
    """What the clause around a trigger says: negations, modality, speaker."""

    negations: int = 0
    modality: str | None = None
    speaker: Token | None = None
    drop: bool = False
    hypothetical: bool = False

    def take(self, above: Context, modality: str | None) -> None:
        """Fold in the context of the verb a plan hangs on: its negations, its drop, and its
        modality and speaker where this one has none (else ``modality``, the plan's own)."""
        self.drop = self.drop or above.drop
        self.negations += above.negations
        self.modality = self.modality or above.modality or modality
        self.speaker = self.speaker or above.speaker


class _Act(NamedTuple):
    """An act the walker has emitted, remembered for the nouns that point back at it ("condemned
    the move", "followed suit", a closure "on the border")."""

    start: int  # the document offset of its sentence
    relation: str
    doers: tuple[str, ...]  # subject keys
    main: bool  # told in a main clause
    objects: tuple[str, ...]  # whom it acts on (none named for "a drone strike killed …")
    past: bool  # dated to a year before the story's
    polarity: str
    lemma: str  # its trigger's lemma
    own_subject: bool  # its clause has a subject of its own (not a participle's: "the coalition fighting X")


@dataclass
class _Walker:
    lex: Lexicon
    index: MentionIndex
    seg_no: int
    offset: int
    doc_date: str | None
    out: list[RawStatement] = field(default_factory=list)
    # acts emitted so far, for "condemned the move"
    acts: list[_Act] = field(default_factory=list)
    # aid acts, for "the deliveries": (sentence start, recipients)
    gifts: list[tuple[int, tuple[Ref, ...]]] = field(default_factory=list)
    # what a body voted on, for "China abstained", "neither used its veto": (sentence start, initiatives)
    votes: list[tuple[int, tuple[Ref, ...]]] = field(default_factory=list)
    # what actors said against, asked of or offered others, for "rejected the accusations", "the
    # demand", "the offer": (sentence start, relation or "Offer", subject keys, object keys)
    claims: list[tuple[int, str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    # per sentence (by its first token), the claims in it that someone denies: (claim noun, its
    # head, the deniers' keys), read once for every statement of the sentence
    denials: dict[int, tuple[tuple[Token, Token, frozenset[str]], ...]] = field(default_factory=dict)
    # the offices found in the document so far ("Colombian President Gustavo Petro"), so that a
    # later "Petro" answers for Colombia
    roles: list[Role] = field(default_factory=list)

    # ---------------------------------------------------------------- context
    def _words(self, section: str, key: str) -> frozenset[str]:
        return self.lex.words(section, key)

    def _attack_noun(self, tok: Token) -> bool:
        """Whether a noun names an attack ("strikes", "invasion", "shelling")."""
        trig = self.lex.nouns.get(tok.lemma_.lower())
        return trig is not None and trig.relation == "Attack"

    def _aux_modality(self, tok: Token) -> str | None:
        if tok.dep_ == "ROOT" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i
                                                           for c in tok.children) and any(
                c.dep_ in SUBJ_DEPS and c.i < tok.i for c in tok.children):
            return "intended"  # a headline's "Germany to send tanks to Ukraine": what is to come
        for child in tok.children:
            if child.dep_ not in {"aux", "auxpass"}:
                continue
            low = child.lower_
            if low in self._words("modality", "intended_aux") or child.lemma_ in {"will", "shall"}:
                return "intended"
            if low in self._words("modality", "possible_aux"):
                return "possible"
            if low in self._words("modality", "obligated_aux"):
                return "obligated"
            if low == "going" or (child.lemma_ == "be" and any(c.lower_ == "going" for c in tok.children)):
                return "intended"
        return None

    def _own_negations(self, tok: Token, *, skip_preconj: bool = False) -> int:
        n = 0
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" and low in {"not", "n't", "never", "no", "nt", "n’t"}:
                if low == "not" and child.i + 1 < len(tok.doc) and tok.doc[child.i + 1].lower_ in {
                        "just", "only", "merely", "simply"}:
                    continue  # "not just criticized Israel but also suspended trade": it did criticize
                if child.i > tok.i and child.i + 1 < len(tok.doc) and (
                        _contrast_not(tok.doc[child.i + 1]) == child or _theme_not(tok.doc[child.i + 1]) == child
                        or _not_but_first(tok.doc[child.i + 1]) == child):
                    continue  # "sent troops to Somalia, not to Sudan", "sent aid, not weapons": only those are denied
                if any(a.dep_ == "aux" and a.i < child.i and any(c.dep_ == "cc" and c.lower_ == "or" for c in a.children)
                       for a in tok.children):
                    continue  # "Ethiopia may or may not attack Eritrea": it may
                n += 1
            elif child.dep_ == "preconj" and low == "neither" and not skip_preconj:
                n += 1
            elif child.dep_ == "advmod" and low == "longer" and any(c.lower_ == "no" for c in child.children):
                n += 1
            elif child.dep_ == "advmod" and low in {"almost", "nearly"} and child.i < tok.i and tok.pos_ == "VERB" \
                    and tok.lemma_ in self.lex.verbs:
                n += 1  # "Israel almost attacked Iran in 2012", "nearly joined OPEC+": it did not
                # (not "nearly doubled its aid": the aid is given)
            elif child.dep_ == "advmod" and low in {"never", "seldom", "rarely", "hardly", "scarcely"}:
                n += 1  # ("seldom agrees with X", "has rarely criticised Y": as good as never)
            elif child.dep_ == "prep" and low in {"at", "under", "in", "by", "on"} and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in NO_WAY_NOUNS and _det_negations([p]) for p in child.children):
                n += 1  # "at no point", "under no circumstances", "in no way", "by no means"
            elif child.dep_ == "advmod" and low in {"once", "ever", "more"} and any(
                    c.lower_ in ({"not"} if low == "once" else {"hardly", "scarcely", "barely"} if low == "ever" else {"no"})
                    for c in child.children):
                n += 1  # "not once has China condemned", "hardly ever supports", "will no more send"
            elif child.dep_ in {"cc", "preconj"} and low == "nor" and child.i < tok.i:
                n += 1  # "nor will the territory be used"
            elif child.dep_ in {"aux", "auxpass"} and child.i < tok.i and not any(
                    c.dep_ == "cc" and child.i < c.i < tok.i for c in (*tok.children, *child.children)):
                # "did not, however, oppose …": the parser may hang the "not" on the auxiliary
                # (not that of the first of two joined auxiliaries, "cannot and will not allow")
                n += sum(1 for g in child.children if g.dep_ == "neg" and g.lower_ in {"not", "n't", "never", "nt", "n’t"})
        return n

    def context(self, trig: Token) -> Context:
        """Climb from a trigger through control verbs, conjunctions and speech verbs."""
        ctx = Context()
        lex = self.lex
        neg_control = self._words("negators", "control")
        neg_adj = self._words("negators", "adjectives")
        neg_nouns = self._words("negators", "nouns")
        uncertain = self._words("negators", "uncertain")
        speech = self._words("speech", "verbs")
        cur = trig
        prev: Token | None = None
        frozen: int | None = None  # negation count fixed at an adjunct boundary
        via_conj = False
        conj_shares = True
        aux_shared = False  # a conjunct that shares the auxiliaries, if not the negation ("but")
        steps = 0
        while steps < 12:
            steps += 1
            marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if "whether" in marks or ("if" in marks and cur.dep_ == "ccomp"):
                ctx.drop = True  # "declined to say whether it would …": nothing is said
                break
            if any(c.dep_ == "advcl" and (any(m.lower_ in {"if", "unless"} for m in c.children if m.dep_ == "mark")
                                          or _unmarked_condition(c)) and not any(
                    e.lower_ == "even" for e in c.children if e.dep_ == "advmod")  # ("even if": it holds anyway)
                   for c in cur.children) or _conditioned(cur):
                ctx.hypothetical = True  # "Washington would lift sanctions if …", "Should China invade, …"
            if cur.tag_ == "VBN" and (not via_conj or conj_shares) and any(
                    c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "'d"} for c in cur.children) and any(
                    c.dep_ == "aux" and c.lemma_ == "have" for c in cur.children):
                ctx.hypothetical = True  # "would have vetoed the package had it not been amended": it was not
            if cur.dep_ in {"advcl", "ccomp", "acl"} and cur.head.i < cur.i and (
                    (cur.head.lower_ == "long" and any(g.lower_ == "as" for g in cur.head.children)) or (
                    cur.head.lower_ in {"provided", "providing", "condition", "event"} and _conditioned(cur.head.head))):
                ctx.drop = True  # the condition itself: "as long as the UN pays", "provided that Khartoum pays"
                break
            if cur.dep_ == "advcl" and (marks & {"if", "unless", "until", "before", "lest"} or _unmarked_condition(cur) or (
                    cur.head.lower_ == "were" and _unmarked_condition(cur.head))) and not (
                    marks == {"before"} and _told_in_past(cur) and _told_in_past(cur.head)):
                # the condition itself is not asserted ("until Russia ends its war"); "the talks
                # collapsed before Russia attacked Ukraine", all in the past, did happen (not
                # "demanded that the EU reopen talks before his country approved …")
                ctx.drop = True
                break
            if _rather_than(cur):
                ctx.negations += 1  # "abstained rather than veto the resolution": no veto
            if not via_conj or conj_shares:
                ctx.negations += self._own_negations(cur, skip_preconj=via_conj)
                # "Neither Egypt nor Jordan will accept refugees": the subject's "neither" denies the act
                # and so does "no"/"none" before an active subject ("No EU country will send troops",
                # "no South Korean soldiers would join the war"), unless it is the trigger or the
                # noun climbed from, which its own walker reads ("No sanctions remain in force")
                args = [sj for sj in cur.children if sj.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
                if any(any(c.dep_ == "neg" for c in sj.children) and any(
                        c.dep_ == "det" and c.lower_ in {"all", "every", "each"} for c in sj.children) for sj in args):
                    ctx.drop = True  # "Not all EU members back sanctions": some do, some do not; the bloc neither
                    break
                ctx.negations += _neither_nor(args) or _det_negations(
                    [sj for sj in args if sj.dep_ in SUBJ_DEPS and sj.i != trig.i and (prev is None or sj.i != prev.i)])
                if ctx.modality is None:
                    ctx.modality = self._aux_modality(cur)
                if ctx.modality is None and cur.tag_ in {"VB", "VBN"} and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and (
                        (cur.dep_ == "xcomp" and cur.head.lemma_ == "be" and not any(
                            c.dep_ in {"acomp", "attr", "expl"} for c in cur.head.children))
                        or any(c.dep_ in SUBJ_DEPS for c in cur.children) and (cur.dep_ == "ROOT" or (
                            cur.dep_ == "ccomp" and cur.head.i > cur.i))):  # (a headline's, before its "minister says")
                    # "Modi is to meet Ishiba on Friday", "Japan was to have sanctioned Iran", the
                    # headline's "Saudi Arabia to join BRICS, minister says": to come (or planned)
                    ctx.modality = "intended"
                for child in cur.children if not via_conj else ():  # "is unlikely to", "has yet to"
                    if (prev is not None and child.i == prev.i) or child.i == trig.i:
                        continue  # already counted on the way up
                    if child.dep_ in {"acomp", "advmod"} and child.lower_ in neg_adj:
                        ctx.negations += 1
                    if child.dep_ == "advmod" and child.lower_ in HEDGES:
                        ctx.modality = "possible"  # "Iran was likely supplying …", "allegedly supplied …"
                    if child.dep_ in {"acomp", "oprd"} and child.lemma_ in self._words("modality", "negative_possible"):
                        ctx.negations += 1
                        ctx.modality = ctx.modality or "possible"
                    elif child.dep_ == "acomp" and child.lemma_ in self._words("modality", "possible_heads"):
                        ctx.modality = ctx.modality or "possible"
                    if child.dep_ == "advmod" and child.lower_ == "yet" and cur.lemma_ in {"have", "be"} and cur != trig:
                        ctx.negations += 1
                    if child.dep_ == "prep" and child.lower_ == "according" and ctx.speaker is None:
                        for to in child.children:
                            for pobj in to.children:
                                if pobj.dep_ == "pobj":
                                    ctx.speaker = pobj
            elif aux_shared and ctx.modality is None:
                ctx.modality = self._aux_modality(cur)  # "will fund but not arm Ukraine": "will" is both's
            if ctx.speaker is None:
                # "Kenya will support Somalia, President William Ruto said, and …": the parenthetical speaker
                ctx.speaker = next((g for c in cur.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech
                                    and not self._own_negations(c) for g in c.children if g.dep_ in SUBJ_DEPS), None)
            head = cur.head
            dep = cur.dep_
            if head == cur:
                break
            if dep == "advcl" and head.pos_ == "ADJ" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
                dep = "ccomp"  # "found it unlikely that Egypt would send troops", the clause hung on "unlikely"
            if dep in {"relcl", "advcl"} and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
                    and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children):
                dep = "acl"  # "there are no plans for Japan to send troops": the plan's content, as "no plan to send"
            if cur.tag_ == "VBG" and dep in {"ccomp", "xcomp", "advcl", "pcomp"} and trig == cur and (
                    opposer := head if dep != "pcomp" else head.head) is not None and (
                    opposer.lemma_.lower() in neg_control | {"opposed"}) and not any(
                    c.dep_ in {"aux", "auxpass", "mark"} for c in cur.children) and (  # (not "denied that Moscow was arming …")
                    any(c.dep_ in {"nsubj", "poss"} for c in cur.children) or (
                        dep == "advcl" and cur.i > 0 and cur.doc[cur.i - 1].dep_ == "pobj"
                        and cur.doc[cur.i - 1].head.head == head)):
                # "opposed the United States sending troops", "objected to Turkey joining the EU"
                # (the parser's "to Turkey" + "joining"): another's act, only opposed
                ctx.drop = True
                break
            if dep == "conj":
                # "will neither block nor participate": the conjunct shares the head's auxiliaries
                own_subject = any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS for c in cur.children)
                own_aux = any(c.dep_ in {"aux", "auxpass"} for c in cur.children)
                ccs = [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < cur.i]
                if "nor" in ccs:
                    ctx.negations += 1
                if own_subject:
                    # "said Finland had refused to talk and that Russia posed no threat": a reported
                    # clause of its own, under the speech verb only
                    verb = next((a for a in cur.ancestors if a.lemma_.lower() in speech), None)
                    top = next((a for a in [cur, *cur.ancestors] if verb is not None and a.head == verb), None)
                    if top is not None and top.i < verb.i and any(
                            t.text in {";", ":"} for t in cur.doc[top.right_edge.i : verb.i]):
                        verb = None  # a clause before a semicolon is not what the later verb says
                    if verb is not None and verb == head:
                        break  # "the Kremlin denied X, and Peskov accused Y": beside the speech verb, not said by it
                    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS] if verb is not None else []
                    if subj and ctx.speaker is None:
                        ctx.speaker = subj[0]
                    if verb is not None and verb.lemma_ == "deny":
                        ctx.negations += 1  # "denied that it had blocked A and that it had shelled B"
                    elif verb is not None and self._own_negations(verb):
                        ctx.drop = True  # "did not say that … and that …"
                    break
                aux_shared = not own_subject and not own_aux and "but" in ccs and cur.tag_ == "VB" and _can_share_aux(head, cur)
                # ("abstained rather than veto": "abstain" is not veto's; "no longer felt bound by the
                # deal and accused the army": a clause complete before "and" keeps its negation)
                conj_shares = not own_subject and not own_aux and "but" not in ccs and _can_share_aux(head, cur) \
                    and not _rather_than(cur) and not _complete_before(head, cur)
                via_conj = True
                if (target := _beyond_subordinate(cur)) is not None:
                    # "said it would act if Russia did not withdraw and urged NATO to help": "urged" is
                    # the main clause's, outside the condition (as in `subject_of`), and outside what
                    # was said when it cannot share that clause's auxiliaries either
                    if target.dep_ == "ccomp" and target.head.pos_ == "VERB" and (
                            not _can_share_aux(target, cur) or (cur.lemma_ in APPEALING and target.head.lemma_ in speech)):
                        target = target.head
                    prev, cur = cur, target
                    continue
                if not own_subject and not own_aux and not _can_share_aux(head, cur) and head.dep_ == "ccomp" \
                        and head.head.pos_ == "VERB" and head.head.i < head.i and cur.tag_ in {"VB", "VBP", "VBD", "VBZ"}:
                    # "deny that they are blocking aid and blame U.N. agencies": "blame" goes with
                    # "deny", not inside what is denied
                    prev, cur = cur, head.head
                    continue
                if not own_subject and (target := _beyond_embedded(cur)) is not None:
                    # "accused allies of refusing to help and urged London to act": "urged" goes with
                    # "accused" (as in `subject_of`), not inside the gerund ("refusing" is not its
                    # negation); it shares the main verb's negation only as a conjunct would
                    conj_shares = "but" not in ccs and _can_share_aux(target, cur)
                    prev, cur = cur, target
                    continue
                if not own_subject and _finite_beside_infinitive(cur):
                    # "denies backing the rebels and accuses Kinshasa …": a finite verb cannot share
                    # the infinitive's slot; it goes with "denies", not inside what is denied (and
                    # shares its negation only as a conjunct would: "had never refused … and blamed")
                    conj_shares = "but" not in ccs and _can_share_aux(head.head, cur)
                    prev, cur = cur, head.head
                    continue
                prev, cur = cur, head
                continue
            via_conj = False
            conj_shares = True
            aux_shared = False
            if dep == "xcomp" and (plan := self._object_purpose(cur)) is not None:
                head, dep = plan, "acl"  # (the parser's xcomp for "block NATO's mission to support X")
            elif dep in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
                    and self._abandoning(head) and (plan := next((
                        c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == cur.left_edge.i
                        and c.lemma_.lower() in self._words("negators", "abandoned_plans")), None)) is not None:
                head, dep = plan, "acl"  # "walked back its pledge to let US forces use the bases", parsed so
            if dep in {"acl", "ccomp"} and cur.i > head.i and head.lemma_.lower() in REPORTED_CLAIMS \
                    and head.dep_ == "nsubj" and head.head.lemma_ in COPULAS | {"prove", "turn"} and any(
                        c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in FALSE_WORDS for c in [
                            *head.head.children, *(g for x in head.head.children if x.dep_ == "xcomp" for g in x.children)]):
                # "the claim that Iran supplied missiles is false", "rumours that … proved wrong": denied
                # (a negated one, "is not false", says too little)
                if self._own_negations(head.head):
                    ctx.drop = True
                else:
                    ctx.negations += 1
                break
            if dep == "pcomp" and head.lower_ == "against" and head.head.lemma_ in ADVISING \
                    and any(c.dep_ == "dobj" for c in head.head.children):
                ctx.drop = True  # "warned the Philippines against joining the drills": advice to another, no act
                break
            if (dep in {"acl", "ccomp"} or (dep == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                   for c in cur.children))) \
                    and cur.i > head.i and head.lemma_.lower() in REPORTED_CLAIMS and head.pos_ == "NOUN" \
                    and (denier := _claim_denier(head)) is not None:
                # "rejected claims that it had attacked X", "dismissed reports that …": denied (also
                # the claims of "denied and condemned claims that …", hung on the second verb, "rejected
                # as false claims that …", "brushed aside reports that …", "no truth to reports that …")
                subj = [c for c in denier.children if c.dep_ in SUBJ_DEPS]
                if subj and ctx.speaker is None:
                    ctx.speaker = subj[0]
                if self._own_negations(denier) or self._withheld(denier) or any(
                        c.lemma_.lower() in CONFIRMING_VERBS for c in denier.conjuncts):
                    # "did not deny reports that …", "neither confirmed nor denied reports that …": neither said nor denied
                    ctx.drop = True
                else:
                    ctx.negations += 1
                break
            if dep in {"acl", "ccomp", "relcl"} and head.lemma_.lower() in REPORTED_CLAIMS and head.dep_ == "pobj" \
                    and head.head.lower_ in {"on", "about"} and head.head.head.lemma_ in {"comment", "speculate"}:
                ctx.drop = True  # "declined to comment on reports that Egypt had armed the army": unconfirmed
                break
            if dep in {"acl", "ccomp"} and cur.i > head.i and head.lemma_.lower() in REPORTED_CLAIMS \
                    and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in CONFIRMING_VERBS and (
                        self._own_negations(head.head) or self._withheld(head.head)):
                # ("reports that … could not be verified")
                ctx.drop = True  # "could not / refused to confirm reports that Egypt armed the RSF": unconfirmed
                break
            if dep in {"acl", "ccomp"} and cur.i > head.i and head.lemma_.lower() in ALLEGATIONS and head.pos_ == "NOUN" \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
                # (the noun only: "Iran claimed that Israel had attacked Syria" is said, as "said that" is)
                ctx.drop = True  # "faced / did not respond to accusations that it supports M23": alleged only
                break
            if dep == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in cur.children) and (
                    head.lemma_ in {"call", "push", "press", "lobby", "appeal", "campaign", "wait"}
                    or getattr(lex.verbs.get(head.lemma_.lower()), "relation", None) == "Request"):
                ctx.drop = True  # "called for the sanctions to be lifted": asked for, not done (nor refused)
                break
            if dep in {"xcomp", "advcl"} and cur.tag_ == "VB" and head.lemma_ in PAYING_AGENTS | ARMING_GIFTS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.children) \
                    and any(c.lemma_.lower() in PAID_NOUNS or self.refs(c, actors_only=True) for c in _receivers(head, cur)):
                ctx.drop = True  # "(did not) fund Hamas to attack Israel": the paid one's purpose, not told as done
                break
            # (the purpose the trigger itself is, of a verb with no actor object whose purpose it
            # might be: not "did not send drones to Russia to help it attack Kyiv", "did not fund
            # Hamas to attack Israel")
            if dep == "advcl" and cur is trig and cur.tag_ == "VB" and head.pos_ in {"VERB", "AUX"} \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.children) \
                    and not any(c.dep_ in SUBJ_DEPS | {"mark"} for c in cur.children) \
                    and not self._others_purpose(head) and (self._own_negations(head) or not (
                        # (an infinitive the parser hung as an adjunct of a control verb is read below)
                        head.lemma_.lower() in neg_control | self._words("modality", "intended_heads")
                        or self._controlled_adjunct(cur))):
                # "will not cut its output to comply with its quota": the purpose of an act not done
                # is not pursued by it (the head's "not" is counted on the way up); "refused to send
                # troops to fight Russia", "will send instructors to train Lebanese troops", "has not
                # ruled out sending engineers to train them": the purpose shares its act's fate
                prev, cur = cur, head
                continue
            if dep in {"xcomp", "pcomp"} or (dep == "acl" and head.pos_ in {"NOUN", "ADJ"}) or (
                    dep == "advcl" and cur.tag_ == "VBG" and not any(c.dep_ == "mark" for c in cur.children)
                    and head.lemma_ in {"rule", "stop", "avoid"}) or (
                    # "has refused since 2011 to let …": the parser hangs the infinitive as an adjunct
                    dep == "advcl" and cur.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
                    and (head.lemma_.lower() in neg_control or head.lemma_.lower() in self._words("modality", "intended_heads")
                         and not any(c.dep_ == "dobj" for c in head.children)  # ("pledged $200m to support": a purpose)
                         or self._controlled_adjunct(cur))):
                # ("press Israel to halt them" parsed as a purpose clause: Israel is pressed to halt them)
                hl = head.lemma_.lower()
                if dep == "acl" and cur.tag_ == "VBN" and frozen is None and any(c.dep_ == "agent" for c in cur.children):
                    # "The treaty text, initialled by the two ministers, has not been signed": done by
                    # them, whatever befell the text since
                    frozen = ctx.negations
                request = lex.verbs.get(hl)
                if request is not None and request.relation in {"Request", "Allow"} and dep in {"xcomp", "ccomp", "advcl"} \
                        and hl != "seek":  # ("sought to join" is trying, not asking another)
                    ctx.drop = True  # "asked to join", "allow X to use": asked for or permitted, not done
                    break
                if hl in ADVISING and dep == "xcomp" and any(c.dep_ == "dobj" for c in head.children):
                    ctx.drop = True  # "warned Iraq not to join the coalition": advice to Iraq, not Iran's act
                    break
                if request is not None and request.relation == "Criticize" and dep == "xcomp" and cur.tag_ == "VBG":
                    ctx.drop = True  # "condemned shelling by the army": the critic did not shell
                    break
                if dep == "acl" and head.pos_ == "NOUN" and hl in ASKED_NOUNS and cur.tag_ == "VB":
                    # "declined / turned down a request to send missiles": not sent; "accepted a
                    # request to send troops": to be sent; "received / is weighing a request to …",
                    # "did not reject a request to …", "declined to comment on a request to …": not
                    # done, nor refused; "Israel's request to attack Hamas": its wish (or what it asked
                    # of another: when it is answered, whose act it is is not told)
                    answer = "reject" if _turned_down(head.head) else head.head.lemma_.lower()
                    owned = any(c.dep_ == "poss" for c in head.children)
                    # ("has yet to accept the invitation to join BRICS": not answered yet)
                    answered = head.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"} and not self._own_negations(head.head) \
                        and not (head.head.pos_ in {"VERB", "AUX"} and self.context(head.head).negations % 2)
                    if owned and cur.lemma_ == "join":
                        pass  # ("Finland's request to join NATO": asked for membership, read with "join")
                    elif owned and not (answered and answer in ANSWERS | ACCEPTING):
                        ctx.modality = ctx.modality or "intended"
                    elif answered and not owned and answer in ANSWERS - ACCEPTING:
                        ctx.negations += 1
                    elif answered and not owned and answer in ACCEPTING:
                        ctx.modality = ctx.modality or "intended"
                    else:
                        ctx.drop = True
                        break
                if dep == "advcl" and hl in {"stop", "halt", "cease", "quit", "delay", "postpone", "defer"} and any(
                        c.dep_ == "dobj" for c in head.children) and not self._controlled_adjunct(cur):
                    # "stopped arms exports to Saudi Arabia to punish Riyadh": the purpose of stopping
                    # something, or (as the parser may hang it) what is stopped: which, the parse does
                    # not tell ("refused Kyiv's request to …" misparsed stays a refusal)
                    ctx.drop = True
                    break
                if hl in neg_control and cur.tag_ == "VBG" and any(c.dep_ in {"nsubj", "poss"} for c in cur.children):
                    ctx.drop = True  # "opposed the United States sending troops": another's act, only opposed
                    break
                if hl in neg_control and cur.tag_ == "VBG" and _reverses(cur):
                    ctx.drop = True  # "opposed lifting sanctions on Syria": they stay, but whose they are is not said
                    break
                if hl in neg_control or hl in neg_adj or hl in neg_nouns:
                    ctx.negations += 1
                elif dep == "xcomp" and head.pos_ == "ADJ" and any(
                        c.dep_ == "advmod" and c.lower_ == "too" for c in head.children):
                    ctx.negations += 1  # "is too cautious to arm Ukraine"
                denied_noun = dep == "acl" and head.pos_ == "NOUN" and (any(
                    c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in head.children) or (
                    # "has shown little willingness to sanction Russia": next to none
                    head.lemma_.lower() in INCLINATIONS
                    and any(c.dep_ in {"amod", "det"} and c.lower_ in {"little", "scant", "scarce"} for c in head.children)
                )) and not any(
                    t.text == ":" for t in cur.doc[head.i : cur.i])  # (a headline's label: "No deal: Egypt rejects …")
                if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() == "doubt" and not denied_noun \
                        and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
                    ctx.drop = True  # "there are doubts that Iran will pay", "Many doubt that …" (parsed so): doubted
                    break
                if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in {"doubt", "question"}:
                    pass  # "there is no doubt that Russia attacked Ukraine": it did
                elif denied_noun and head.lemma_.lower() in EVIDENCE_NOUNS:
                    ctx.drop = True  # "there is no evidence that Iran armed the Houthis": not shown either way
                    break
                elif denied_noun:
                    ctx.negations += 1  # "had no obligation to implement it", "no plan to send troops"
                    if trig.lemma_ in uncertain or any(t.lemma_ in uncertain for t in _between(trig, head)):
                        ctx.drop = True
                elif dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in self._words("negators", "abandoned_plans") \
                        and (head.dep_ in {"dobj", "nsubjpass"} and self._abandoning(head.head) or (
                            # "backed away from plans to sanction Iran", "reneged on its pledge to …"
                            head.dep_ == "pobj" and head.head.dep_ == "prep"
                            and self._is_phrasal_negator(_phrase_verb(head.head), head.head))) and not self._others_plan(head):
                    # "has scrapped plans to buy jets from France", "plans to send troops were shelved",
                    # "abandoned its bid to join the EU": undone ("did not drop its plan to …" keeps it)
                    # (and whatever the undoing verb's own clause says of it: "refused to abandon its plan",
                    # "denied it had scrapped the plan", "could back away from it")
                    undoer = head.head if head.dep_ != "pobj" else _phrase_verb(head.head)
                    ctx.take(self.context(undoer), INTENT_NOUNS.get(head.lemma_))
                    ctx.negations += 1
                    # ("rejected calls to back away from its plan", "resisted pressure to walk back its
                    # pledge": another's wish, refused or not, says too little of the plan)
                    ctx.drop = ctx.drop or (undoer.dep_ in {"acl", "relcl"} and undoer.head.pos_ == "NOUN"
                                            and any(c.dep_ == "aux" and c.lower_ == "to" for c in undoer.children))
                elif dep == "acl" and head.pos_ == "NOUN" and (carrier := _carried_on(head)) is not None:
                    # "will not press ahead with its plan to annex the West Bank": as the carrying on fares
                    ctx.take(self.context(carrier), INTENT_NOUNS.get(head.lemma_))
                elif dep == "acl" and head.lemma_ in INTENT_NOUNS and head.dep_ == "dobj" and not self._others_plan(head) and (
                        denied := self._own_negations(head.head) or int(head.head.lemma_.lower() in DENIALS)):
                    # "has not announced any plan to leave the bloc", "denied any plan to attack X",
                    # "rejected any intention to leave": no such plan
                    ctx.negations += denied
                    ctx.modality = ctx.modality or INTENT_NOUNS[head.lemma_]
                elif hl in self._words("modality", "negative_possible"):
                    ctx.negations += 1
                    ctx.modality = ctx.modality or "possible"
                if self._is_phrasal_negator(head, cur):
                    ctx.negations += 1
                    if self._negator_denied(head):
                        ctx.modality = ctx.modality or "possible"
                    elif hl in {"rule", "exclude"}:
                        ctx.modality = ctx.modality or "intended"  # "ruled out sending": will not send
                if hl == "threaten" and self._own_negations(head):
                    ctx.drop = True  # "did not threaten to cut its aid": the aid is neither cut nor kept
                    break
                if _nobody_expects(head):
                    ctx.drop = True  # "nobody expects China to invade Taiwan": no one's expectation
                    break
                if ctx.modality is None:
                    if hl in self._words("modality", "intended_heads"):
                        ctx.modality = "intended"
                    elif hl in self._words("modality", "possible_heads"):
                        ctx.modality = "possible"
                    elif hl in self._words("modality", "obligated_heads") and head.pos_ != "NOUN" and not (
                            # (not the noun: "the Africa Corps, a force run by Russia's defence ministry")
                            hl == "have" and (self._own_negations(head) or any(c.lower_ == "yet" for c in head.children))) \
                            and not (hl in {"force", "compel"} and _done_passive(head)):
                        # ("Ghana was forced to withdraw its troops": it did withdraw them)
                        ctx.modality = "obligated"
                if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in {"without", "instead"}:
                    if head.lower_ == "without" and _rarely_without(head.head):
                        break  # "hardly a week passes without Israel striking Syria": it strikes, often
                    ctx.negations += 1
                noun = head.head
                if dep == "pcomp" and head.lower_ == "of" and noun.pos_ == "NOUN" and noun.lemma_ in INTENT_NOUNS:
                    # "had no intention of attacking X": the holder's intent, denied by "no"
                    if any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in noun.children):
                        ctx.negations += 1
                    # "played down / dismissed / ruled out the possibility of attacking Ethiopia": denied too
                    # ("did not rule out the possibility": possible; the verb's own "not", counted
                    # above it, undoes the dismissal instead of the act)
                    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in DENIALS | {"downplay"} or any(
                            c.dep_ == "prt" and f"{noun.head.lemma_.lower()} {c.lower_}" in {"play down", "rule out"}
                            for c in noun.head.children)):
                        ctx.negations += 1 - 2 * (self._own_negations(noun.head) % 2)
                    ctx.modality = ctx.modality or INTENT_NOUNS[noun.lemma_]
                    if noun.dep_ in {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
                        prev, cur = noun, noun.head
                        continue
                    break
                if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in {"before", "until"}:
                    finite = _governing_verb(head)
                    while finite.dep_ in {"xcomp", "conj"} and finite.head != finite:
                        finite = finite.head
                    if not _told_in_past(finite):
                        # "must consult Canberra before inviting foreign forces" (as a "before"
                        # clause); a past "served … before rejoining Parliament" did happen
                        ctx.drop = True
                        break
                if dep == "pcomp" and head.dep_ == "prep":
                    verb = _governing_verb(head)
                    if head.lower_ == "to" and verb.lemma_ in ADMITTING and self._own_negations(verb):
                        ctx.drop = True  # "has never admitted to supporting M23": not said, not denied
                        break
                    if head.lower_ == "of" and verb.lemma_ in ALLEGING:
                        if (accused := _accused(cur)) is not None and not self._own_negations(verb) and any(
                                r.key in self._denied_by(trig.sent, trig) for r in self.refs(accused, actors_only=True)):
                            # "accuses Rwanda of backing the M23, a charge Kigali denies": the accused's
                            # denial is on the record (negated where the denier is the accused, below)
                            break
                        if not self._told_accusation(verb, cur, trig):
                            ctx.drop = True  # "accused Kyiv of shelling the plant": alleged, not established
                            break
                        # "U.N. experts accuse Uganda of arming the M23": the act as the accuser tells it
                        ctx.speaker = ctx.speaker or next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
                        break
                    if (head.lower_ in {"from", "of"} or head.lower_ == "in" and verb.lemma_ == "fail") and not any(
                            c.dep_ in {"advmod", "mark"} and c.lower_ in CLAUSE_TIMES for c in cur.children) and (
                            # ("talks that the US pulled out of when it quit the agency": a time, hung
                            # on "of" by the parser, is no act pulled out of)
                            verb.lemma_ in neg_control | {"abstain", "refrain"}
                                                          or self._is_phrasal_negator(verb, head)
                                                          or _kept_from(head) is not None):
                        ctx.negations += 1  # "refrained from sending", "stopped short of endorsing"
                    elif head.lower_ == "against" or (head.lower_ == "to" and (head.head.lower_ in {
                            "opposed", "averse", "resistant", "hostile"} or head.head.lemma_ == "object")):
                        if any(c.dep_ in {"nsubj", "poss"} for c in cur.children):
                            ctx.drop = True  # "objected to Turkey joining the EU": Turkey's act, only opposed
                            break
                        ctx.negations += 1  # "is against sending weapons", "is opposed to arming Ukraine"
                    elif ((head.lower_ == "to" and head.head.lemma_ in {"commit", "committed", "dedicate", "dedicated"}) or (
                            head.lower_ == "on" and head.head.lemma_ == "plan")) and ctx.modality is None:
                        # "has committed to sending air defence systems", "plans on leaving the EU": to come
                        ctx.modality = "intended"
                    elif head.lower_ == "to" and head.head.lower_ == "close" and verb.lemma_ in {"come", "get", "draw"}:
                        ctx.negations += 1  # "came close to joining the EU": it did not join
                        frozen = ctx.negations if frozen is None else frozen  # (nor if it did not come close)
                    elif head.lower_ == "in" and verb.lemma_ in JOINED_IN:
                        pass  # "will not join Saudi Arabia in sanctioning Qatar": under its negation
                    elif head.lower_ not in {"without", "instead"} and frozen is None:
                        # "failed to honour the deal by refusing to let X run": an adjunct is not
                        # under the negation of the verb it modifies (its modality still applies:
                        # "will take a leading role in providing …")
                        frozen = ctx.negations
                    prev, cur = cur, verb
                    continue
                prev, cur = cur, head
                continue
            if dep in {"acomp", "attr", "oprd"} and head.lemma_ in COPULAS | {"seem", "appear", "stay", "look", "feel"}:
                prev, cur = cur, head  # "Beijing was not opposed to …": the copula carries the negation
                continue
            if dep in {"dobj", "attr"} and prev is not None and prev.dep_ == "acl" and cur.pos_ == "NOUN" \
                    and cur.lemma_ in INTENT_NOUNS and head.lemma_ == "have" and not self._own_negations(head):
                # "the Kremlin said Russia had no plans to attack Moldova": the plan is as its holder's
                # clause is told (the "no" is counted on the plan; a "not" on "have" is already the
                # plan's denial, counted there: "did not have any plans to …")
                prev, cur = cur, head
                continue
            if dep in {"dobj", "nsubjpass"} and prev is trig and trig.dep_ == "acl" and cur.lemma_.lower() in TEXTS \
                    and head.pos_ == "VERB":
                # "was unlikely to pass a resolution censuring Iran": as the text fares, so does its stance
                kept = lex.verbs.get(head.lemma_.lower())
                if kept is not None and kept.relation in {"Block", "Oppose"}:
                    ctx.drop = True  # "vetoed a resolution condemning X": the vetoer condemned no one
                    break
                prev, cur = cur, head
                continue
            if dep == "dobj" and self._is_phrasal_negator(head, cur):
                ctx.negations += 1
                if self._negator_denied(head):
                    ctx.modality = ctx.modality or "possible"  # "did not / refused to rule out sending"
                elif head.lemma_ in {"rule", "exclude"}:
                    ctx.modality = ctx.modality or "intended"  # "ruled out sending": will not send
                prev, cur = cur, head
                continue
            if dep in {"ccomp", "parataxis"} or (dep == "advcl" and head.lemma_ in speech and not any(
                    c.dep_ == "mark" for c in cur.children)):  # ("deny X, although Putin has pledged …": not denied)
                if cur.i < head.i and any(t.text in {";", ":"} for t in cur.doc[cur.right_edge.i:head.i]):
                    break  # "A did X; officials denied Y": a clause before a semicolon is not what they denied
                hl = head.lemma_.lower()
                said = next((t for t in cur.doc[head.i + 1 : cur.i] if dep == "ccomp" and hl not in speech
                             and t.pos_ == "VERB" and t.dep_ in {"xcomp", "pcomp"} and t.lemma_.lower() in speech | FINDING_VERBS
                             and head.is_ancestor(t) and not any(c.dep_ in {"ccomp", "dobj"} for c in t.children)), None)
                if said is not None and (self._withheld(said) or self._own_negations(said)):
                    # "stopped short of concluding that the UAE had violated the embargo", with the
                    # clause hung on "stopped": what was not concluded is neither said nor denied
                    ctx.drop = True
                    break
                if cur.i < head.i and hl not in speech and not self._is_make_clear(head) and any(
                        c.dep_ in SUBJ_DEPS for c in cur.children) and any(c.dep_ in SUBJ_DEPS for c in head.children):
                    # "Hamas has demanded X, conditions Netanyahu has rejected": two clauses the parser
                    # nested; what Netanyahu rejected does not deny what Hamas demanded
                    break
                request = lex.verbs.get(hl)
                if request is not None and request.relation in {"Request", "Allow"}:
                    ctx.drop = True  # "demanded that the EU reopen talks": asked for, not done
                    break
                if hl in MANDATIVE and cur.i > head.i and _subjunctive(cur):
                    # "proposed that Hungary impose sanctions", "insisted that Kyiv not be invited": a
                    # clause in the bare form after a verb of proposing is what one wants, not what is
                    # done ("suggested that Hungary imposes sanctions" is told, as "said" is)
                    ctx.drop = True
                    break
                if _nobody_expects(head):
                    ctx.drop = True  # "nobody expects China to invade Taiwan": no one's expectation
                    break
                if hl in FINDING_VERBS and hl not in speech and cur.i > head.i and (any(
                        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "may", "might", "could"} for c in head.children)
                        or head.dep_ == "xcomp" and head.head.lemma_.lower() in SOUGHT):
                    ctx.drop = True  # "sought to prove that …", "it will be proven that …": not (yet) found
                    break
                if hl in speech or self._is_make_clear(head) or (hl in FINDING_VERBS and cur.i > head.i):
                    if cur.i < head.i and any(c.dep_ in SUBJ_DEPS | {"dobj"} and (c.lemma_.lower() in ALLEGATIONS or any(
                            g.dep_ == "compound" and g.lemma_.lower() in ALLEGATIONS for g in c.children))
                                              for c in head.children):
                        # "accuses X of harbouring rebels, a charge Abidjan denies": the accusation
                        # stands (also with "a charge Kigali" parsed as one subject)
                        break
                    subj = [c for c in head.children if c.dep_ in SUBJ_DEPS]
                    if hl == "deny":
                        if any(c.lemma_ == "confirm" for c in head.conjuncts):
                            ctx.drop = True  # "neither confirmed nor denied that …": nothing is said
                            break
                        if self._withheld(head):
                            ctx.drop = True  # "refused / failed to deny that …", "stopped short of denying": not denied
                            break
                        if not (self._own_negations(head) or _nobody(subj)):
                            ctx.negations += 1  # (not "did not deny that …", "no one / few deny that …": so it is)
                    # (a clause told, not an infinitive: "failed to mention X's opposition to the ban to slow Y")
                    told = any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children) or (
                        any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS for c in cur.children)
                        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children))
                    if hl != "deny" and (self._own_negations(head) or _nobody(subj) or (told and self._withheld(head))):
                        # "did not say that …", "nobody believes that …", "refused to say that …",
                        # "stopped short of saying that …"
                        ctx.drop = True
                    if subj and ctx.speaker is None:
                        ctx.speaker = subj[0]
                    break
                doubters = [c for c in head.children if c.dep_ in SUBJ_DEPS or (
                    c.dep_ == "amod" and c.lower_ == "few" and c.i < head.i)]  # ("Few doubt …" misparsed)
                if hl in self._words("modality", "negative_possible") and _nobody(doubters):
                    # "nobody doubts that Qatar funds Hamas", "few doubt that …": so it is ("no one",
                    # whose "no" the clause counts, takes this doubt's negation to undo it)
                    ctx.negations += 1 if _det_negations(doubters) else 0
                elif hl in self._words("modality", "negative_possible"):
                    ctx.negations += 1  # "called it unlikely that the EU would finance it"
                    ctx.modality = "possible"
                elif hl in self._words("modality", "possible_heads") | {"hint", "signal", "suggest"}:
                    # ("considered it likely that Egypt would send troops": may, the "would" only its tense;
                    # not "discussed why he decided to join": his decision stays intended)
                    ctx.modality = "possible" if ctx.modality is None or (
                        ctx.modality == "intended" and head.pos_ == "ADJ") else ctx.modality
                elif hl in COPULAS and cur.i > head.i and any(c.dep_ == "acomp" and c.lower_ in FALSE_WORDS
                                                              for c in head.children):
                    ctx.negations += 1  # "said it was false that it had attacked Eritrea"
                elif hl in {"aware", "sure", "certain", "convinced"} and head.dep_ == "acomp" and (
                        self._own_negations(head.head) or self._own_negations(head)):
                    ctx.drop = True  # "said he was not aware that Uganda had deployed troops": no denial
                    break
                elif cur.i > head.i and head.tag_ == "VBN" and head.lower_ in SETTLED and self._own_negations(head) \
                        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children):
                    ctx.drop = True  # "it is not known that Qatar funds Hamas": not told
                    break
                elif hl in COPULAS and cur.i > head.i and any(
                        c.dep_ == "acomp" and (c.lower_ in UNSETTLED or c.lower_ in SETTLED and (
                            self._own_negations(head) or self._own_negations(c))) for c in head.children):
                    ctx.drop = True  # "it is not clear / unclear that the UAE armed the RSF": not told
                    break
                if self._is_phrasal_negator(head, cur):
                    # "ruled out that Egypt would send troops": it will not; "did not rule out that …": it may
                    ruler = [c for c in head.children if c.dep_ in SUBJ_DEPS]
                    nobody = _nobody(ruler) and not _det_negations(ruler)
                    if not nobody:
                        ctx.negations += 1  # ("nobody / few ruled out that …": it may; "no one" counts its own "no")
                    if self._negator_denied(head) or _nobody(ruler):
                        # ("did not rule out that Iran would attack": may, not will)
                        ctx.modality = "possible" if ctx.modality in {None, "intended"} else ctx.modality
                elif hl in COPULAS and any(c.dep_ == "acomp" and c.lemma_ in self._words("modality", "possible_heads")
                                           for c in head.children):
                    # "it is possible / unlikely that Turkey will join": may (the copula's "unlikely"
                    # is counted as a negation with the copula's own words)
                    ctx.modality = "possible"
                if hl in neg_control:
                    ctx.negations += 1
                if ctx.modality is None and hl in {"expect", "hope", "plan", "intend"}:
                    ctx.modality = "intended"
                prev, cur = cur, head
                continue
            if dep == "advcl" and head.lemma_ in ALLEGING and cur.tag_ == "VBG":
                ctx.drop = True  # "accused X of trying …, threatening to …": part of the allegation
                break
            if dep == "advcl":
                marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
                if marks & {"if", "unless", "whether"}:
                    ctx.hypothetical = True
                break
            if dep == "relcl":
                if head.lemma_ == "way" and _det_negations([head]) and not any(c.dep_ == "prep" for c in head.children):
                    ctx.negations += 1  # "there was no way it would attack Ethiopia": it would not
                if any(c.dep_ == "amod" and c.lower_ == "last" for c in head.children) and any(
                        c.dep_ == "aux" and c.lower_ in {"would", "will", "'d"} for c in (*cur.children, *head.head.children)):
                    # "Egypt is the last country that would fund Hamas", "Ghana would be the last
                    # country to send troops": it would not
                    ctx.negations += 1
                    ctx.modality = ctx.modality or "intended"
                break
            break
        if frozen is not None:
            ctx.negations = frozen
        return ctx

    def _abandoning(self, verb: Token) -> bool:
        """Whether a verb undoes what its object plans: "scrapped", "shelved", "called off"."""
        words = self._words("negators", "abandoning")
        lemma = verb.lemma_.lower()
        if lemma in words:
            return True
        return any(c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in words for c in verb.children)

    def _others_plan(self, noun: Token) -> bool:
        """Whether a plan belongs to someone other than the one whose verb governs it: "will not
        block the EU's plan to fund Ukraine" denies no funding ("has not announced any plan to
        leave", "rejected its own plan to …" are the subject's)."""
        owners = [r.key for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"
                  for r in self.refs(c, actors_only=True)]
        # ("rejected the EU plan to fund Ukraine", "a Hungarian plan": the owner named before the noun)
        owners += [r.key for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i
                   and (r := self.index.ref(c, self.seg_no)) is not None and r.type in {"State", "Organization"}]
        if not owners:
            return False
        subjects = {r.key for r in self.subject_refs(noun.head)}
        return not subjects & set(owners)

    def _withheld(self, verb: Token) -> bool:
        """Whether a verb of saying or finding is one its subject refused or failed to do: "refused
        to say that …", "stopped short of concluding that …", "could not establish that …" (what
        follows is then neither said nor denied).

        >>> from kg.lexicon import load_lexicon
        >>> from kg.nlp import load_nlp
        >>> w = _Walker.__new__(_Walker); w.lex = load_lexicon()
        >>> doc = load_nlp()("The panel stopped short of saying that the UAE armed the RSF.")
        >>> w._withheld(doc[5])
        True
        """
        node = verb
        for _ in range(4):
            if node.dep_ == "acl" and node.head.lemma_.lower() in self._words("negators", "nouns") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return True  # ("the panel's refusal to conclude that …")
            if node.dep_ == "xcomp" or node.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and node.head.lemma_.lower() in \
                    self._words("negators", "control"):  # ("the monitors hesitated to conclude", parsed as advcl)
                gov = node.head
                if gov.lemma_.lower() in self._words("negators", "control") | set(self._words("negators", "adjectives")) \
                        and self._own_negations(gov):
                    return False  # ("did not refuse to say that …", "was not reluctant to conclude": said)
                if gov.lemma_.lower() in self._words("negators", "control") | set(self._words("negators", "adjectives")) | {"able"} and (
                        gov.lemma_.lower() != "able" or self._own_negations(gov)):
                    return True  # ("refused to say", "was not able to establish", "was reluctant to conclude")
            elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
                gov = node.head.head
                gov = gov.head if gov.dep_ == "advmod" else gov  # ("stopped short of", "of" hung on "short")
                if self._is_phrasal_negator(gov, node.head) or gov.lemma_.lower() in self._words("negators", "control"):
                    # ("stopped short of saying", "refrained from concluding"; not "did not stop short of saying")
                    return not self._own_negations(gov)
            else:
                return False
            if self._own_negations(gov):
                return True  # ("did not want to say")
            node = gov
        return False

    def _is_phrasal_negator(self, head: Token, child: Token) -> bool:
        """"ruled out sending", "stopped short of", "distanced itself from"."""
        if head.lemma_.lower() in self._words("negators", "clausal"):
            return child.pos_ in {"VERB", "AUX"} and child.dep_ in {"ccomp", "xcomp", "dobj"}  # ("excluded attacking")
        for phrase in self._words("negators", "phrasal"):
            words = phrase.split()
            if head.lemma_ != words[0] or child.dep_ == "prep" and child.i < head.i:
                continue  # (a phrase before the verb is none of its complements: "Under the agreement, … will withdraw from …")
            rest = {c.lower_ for c in head.children if c.dep_ in {"prt", "prep", "advmod", "acomp", "dobj", "dative"}}
            # the particles right after the verb, however the parser hung them ("pulled out of")
            rest |= {t.lower_ for t in head.doc[head.i + 1 : head.i + len(words) + 2]}
            if all(w in rest or w == "from" and any(c.lower_ == "from" for c in head.subtree) for w in words[1:]):
                return True
        return False

    def _told_accusation(self, verb: Token, gerund: Token, trig: Token) -> bool:
        """Whether the act an accusation names (by the gerund under its "of") is told as the accuser
        tells it: arms or money, given to someone named ("U.N. experts accuse Uganda of arming the
        M23"); not other acts ("accused Israel of violating the truce" is a charge, no broken
        commitment), troops "deployed" or "sent" (no aid to the state they go into), a charge denied
        in its sentence or the next, made "falsely", only possible ("may accuse"), by no one named
        ("X is accused of"), or not made."""
        alleged = self.lex.verbs.get(trig.lemma_.lower())
        told = self.context(verb)
        return _accused(gerund) is not None and alleged is not None \
            and alleged.relation in {"ProvideMilitaryAid", "Fund", "@theme"} \
            and trig.lemma_ not in {"deploy", "send", "station"} and not _denial_near(verb) \
            and not any(c.dep_ == "advmod" and c.lower_ in DISCREDITING for c in verb.children) \
            and told.modality is None and not told.hypothetical \
            and not (any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)) \
            and not self._own_negations(verb) and not told.negations % 2

    def _refusal_ended(self, noun: Token) -> bool:
        """Whether a refusal or boycott named by ``noun`` is itself undone, and not refused to be:
        "ended its boycott of the talks" (not "refused to end its boycott")."""
        return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} and _reverses(noun.head) \
            and not self.context(noun.head).negations % 2

    def _negator_denied(self, verb: Token) -> bool:
        """Whether a negating verb is itself denied: "did not rule out", "refused to rule out" (a
        possibility kept open)."""
        return bool(self._own_negations(verb)) or (verb.dep_ == "xcomp" and verb.head.lemma_ in {"refuse", "decline"})

    def _is_make_clear(self, head: Token) -> bool:
        return head.lemma_ == "make" and any(
            c.lower_ in self._words("speech", "make_clear") for c in head.children)

    # ---------------------------------------------------------------- arguments
    def refs(self, tok: Token | None, *, actors_only: bool = False, allow_initiative: bool = True) -> list[Ref]:
        """What a token (and its conjuncts) stands for."""
        if tok is None:
            return []
        out: list[Ref] = []
        if tok.lower_ in {"they"} and tok.dep_ in SUBJ_DEPS and tok.head.dep_ == "relcl":
            # "members, including the US and Germany, have lifted restrictions on weapons they provide"
            clause = _verb_above(tok.head.head)
            subj = [c for c in clause.children if c.dep_ in SUBJ_DEPS]
            if subj:
                found = self.refs(subj[0], actors_only=actors_only, allow_initiative=allow_initiative)
                if found:
                    return found
        if tok.lower_ == "their" and tok.dep_ == "poss":
            # "Kenya and Uganda reaffirmed their commitment": the conjoined subject of the clause
            gov = _verb_above(tok)
            for _ in range(3):
                subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS] if gov.pos_ in {"VERB", "AUX"} else []
                if subj and subj[0].conjuncts and subj[0].i < tok.i:
                    found = self.refs(subj[0], actors_only=actors_only, allow_initiative=allow_initiative)
                    if len(found) >= 2:
                        return found
                if gov.dep_ not in {"advcl", "conj", "xcomp", "ccomp"} or gov.head == gov:
                    break
                gov = gov.head  # ("X and Y agreed to reopen embassies after their ministers met")
        if tok.lower_ in {"they", "we"} and tok.dep_ in SUBJ_DEPS:
            # "Senegal and Ivory Coast said they would …": the speakers themselves
            gov = tok.head
            while gov.dep_ in {"ccomp", "xcomp", "conj"} and gov.head != gov:
                gov = gov.head
                subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
                if subj and gov.lemma_ in self._words("speech", "verbs") and (subj[0].conjuncts or subj[0].tag_ in {"NNS", "NNPS"}):
                    return self.refs(subj[0], actors_only=actors_only, allow_initiative=allow_initiative)
        for t in _conjuncts(tok):
            if _contrasted_away(t):
                continue  # "Chile, but not Peru, sent aid": not Peru
            listed = False
            holders = [t] + [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                             if p.dep_ == "pobj" and (t.lemma_.lower() in {"member", "country", "state", "nation"}
                                                      or t.pos_ == "NUM" or t.lower_ in PORTIONS)]
            if t.dep_ == "nsubj" and (t.pos_ == "NUM" or t.lower_ in PORTIONS) and t.head.pos_ == "VERB":
                holders.append(t.head)  # "twelve abstained, including Spain": the list hung on the verb
            for child in [c for h in holders for c in h.children]:
                # "members, including the United States, Britain and France", "lenders such as the World Bank"
                if child.dep_ == "prep" and (child.lower_ in {"including", "like"} or (
                        child.lower_ == "as" and any(g.lower_ == "such" and g.i < child.i for g in child.children))):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.refs(pobj, actors_only=actors_only, allow_initiative=allow_initiative)
                            out.extend(found)
                            listed = listed or bool(found)
            if listed and (t.lemma_.lower() in {"member", "country", "state", "nation", "ally", "donor", "government"}
                           or t.pos_ == "NUM" or t.lower_ in PORTIONS):
                continue  # "the other 13 members of the council, including X and Y": X and Y, not the council
            theirs = [c for c in t.children if c.dep_ == "poss" and c.lower_ == "their"]
            if theirs and t.tag_ == "NNS" and (t.lemma_.lower() in AGENT_NOUNS | self.lex.offices()
                                               or t.lower_ in self._words("actors", "nouns")):
                owners = self.refs(theirs[0], actors_only=True)
                if len(owners) >= 2:
                    out.extend(owners)  # "after their foreign ministers met": the two states
                    continue
            members = self.index.groups.get((self.seg_no, t.i)) or (
                self.index.group_before(t, self.seg_no) if t.lower_ in {"them", "they"} else ())
            if members:
                out.extend(members)  # "the two governments", "both leaders … urging them"
                continue
            mods = [m for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.conjuncts
                    for m in (c, *c.conjuncts)]  # ("Thai and Cambodian officials", "Thai" parsed as nmod)
            if t.tag_ == "NNS" and len(mods) >= 2 and (t.lower_ in self._words("actors", "nouns")
                                                       or t.lemma_.lower() in AGENT_NOUNS | self.lex.offices()
                                                       or t.lower_ in {"companies", "firms", "entities", "banks"}):
                # ("Iranian and Russian deputy ministers": each country's too)
                # "Egyptian and Qatari mediators", "French and German troops": each country's
                owners = [r for m in mods for r in [self.index.ref(m, self.seg_no)] if r is not None
                          and r.type in {"State", "Organization"}]
                if len(owners) >= 2:
                    out.extend(owners)
                    continue
            if t.tag_ == "NNS" and t.lemma_.lower() in AGENT_NOUNS:
                # "the leaders of the United States, Japan and South Korea": each country
                of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                owners = [r for p in of if p.conjuncts for r in self.refs(p, actors_only=True)
                          if r.type in {"State", "Organization"}]
                if len(owners) >= 2:
                    out.extend(owners)
                    continue
            if t.lemma_.lower() == "counterpart" and t.pos_ == "NOUN":
                # "her Chinese counterpart Wang Yi": the name after it (however it is parsed), else
                # the state of its demonym; never the owner of "her"
                after = next((r for x in t.doc[t.i + 1 : t.i + 5] if x.pos_ == "PROPN"
                              and (r := self.index.ref(x, self.seg_no)) is not None and r.type == "Person"
                              and all(y.pos_ == "PROPN" or y.text == "," for y in t.doc[t.i + 1 : x.i])), None)
                # ("his Japanese and South Korean counterparts": each state)
                state = [r for c in t.children if c.dep_ in {"amod", "compound"} for m in (c, *c.conjuncts)
                         if (r := self.index.ref(m, self.seg_no)) is not None and r.type == "State"]
                out.extend([after] if after is not None else state if t.tag_ == "NNS" else state[:1])
                continue
            listed = [r for n in _named_after(t) for r in [self.index.ref(n, self.seg_no)]
                      if r is not None and r.type in {"State", "Organization"}] if t.tag_ == "NNS" and t.pos_ == "NOUN" else []
            if listed:
                out.extend(listed)  # "NATO members Poland and Lithuania condemned …": the two named
                continue
            named = [r for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and t.pos_ == "NOUN"
                     for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "Person"]
            # "the Italian foreign minister, Luigi Di Maio, joined …": the name, not the last minister
            ref = named[0] if named else self.index.ref(t, self.seg_no, actors=actors_only)
            if ref is not None and ref.type == "Person" and ref.via == "description" and t.lemma_.lower() in {
                    "government", "administration", "cabinet", "regime"}:
                # "Tiani's government expelled French troops": the state its leader leads, when known
                led = self._led_state(ref.key)
                ref = Ref(led, "State", ref.text, "description") if led is not None else ref
            if ref is None and t.pos_ in {"NOUN", "PROPN"}:
                # "his Russian counterpart Sergei Lavrov": the apposition names it
                for child in t.children:
                    if child.dep_ == "appos" and child.pos_ != "PRON" and not _contrasted_away(child) and not any(
                            x.pos_ in {"VERB", "AUX"} for x in t.doc[t.i + 1 : child.left_edge.i]):  # (not "itself")
                        # (an apposition the parser hangs across a verb is no apposition)
                        ref = self.index.ref(child, self.seg_no)
                        if ref is not None:
                            break
            if ref is None and t.pos_ == "NOUN" and t.lemma_.lower() in DELEGATIONS | {"diplomat", "observer"} and (
                    t.tag_ == "NNS" or not any(c.lower_ == "the" for c in t.children)):
                # "envoys from the United States and China attended", "a delegation of Egypt":
                # the people of a state or body act for it ("the ambassador of Turkey" is a person)
                owners = [r for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                          for p in c.children if p.dep_ == "pobj" and (p.pos_ == "PROPN" or (self.seg_no, p.i) in self.index.groups)
                          for r in self.refs(p, actors_only=True) if r.type in {"State", "Organization"}]
                if owners:
                    out.extend(owners)
                    continue
            if ref is None and t.lemma_ in OWNED_BIDS and not actors_only:
                # "Sweden's bid", "Turkey's accession": a stance on it is a stance on its owner
                owner = [c for c in t.children if c.dep_ == "poss"] or [
                    c for c in t.children if c.dep_ == "amod" and (r := self.index.ref(c, self.seg_no)) is not None
                    and r.type == "State" and r.via == "demonym"]  # "the Finnish application"
                if owner and owner[0].tag_ == "WP$":
                    # "Sweden, an EU country whose accession … was postponed"
                    noun = t.head.head if t.head.dep_ == "relcl" else t.head
                    while noun.dep_ == "relcl":
                        noun = noun.head
                    owner = [noun.head] if noun.dep_ == "appos" else [noun]
                    head_ref = self.index.ref(owner[0], self.seg_no)
                    if (head_ref is None or head_ref.type not in {"State", "Organization"}) and \
                            noun.lemma_ in {"country", "nation", "state", "member", "ally"}:
                        # "the ambassador of Sweden, an EU country whose …": the nearest state before
                        before = [t for t in noun.doc[noun.sent.start : noun.i]
                                  if (r := self.index.ref(t, self.seg_no)) is not None and r.type == "State"]
                        owner = before[-1:] or owner
                ref = self.index.ref(owner[0], self.seg_no) if owner else None
                if ref is None and not owner and any(c.lower_ in {"the", "this", "that"} for c in t.children):
                    ref = self.index.recent_bid_owner(t, self.seg_no)  # "Turkey never vetoed the bid"
            if ref is None and allow_initiative and not actors_only:
                ref = self.index.initiative(t, self.seg_no)
            if ref is None and t.pos_ in {"NOUN"} and t.lemma_ in {"member", "country", "nation", "state", "ally"}:
                ref = self.index.modifier_ref(t, self.seg_no)
            if ref is None:
                continue
            if actors_only and ref.type not in ACTOR_TYPES:
                continue
            out.append(ref)
            if ref.type == "Person" and t.dep_ in SUBJ_DEPS:
                out.extend(self._names_joined_before(t, ref))
        return out

    def _names_joined_before(self, t: Token, ref: Ref) -> list[Ref]:
        """Persons the parser folded into a name's titles: "President A and Prime Minister B agreed"
        parsed with A inside B's title phrase."""
        ands = [c for c in t.doc[t.left_edge.i : t.i] if c.lower_ == "and" and c.dep_ == "cc"]
        if not ands:
            return []
        found = [r for c in t.doc[t.left_edge.i : ands[0].i]
                 if (r := self.index.tokens.get((self.seg_no, c.i))) is not None and r.type == "Person" and r.key != ref.key]
        return list({r.key: r for r in found}.values())

    def _controlled_adjunct(self, verb: Token) -> bool:
        """An infinitive the parser made a purpose clause of a control verb with an actor object:
        "to press Israel to halt them", "called on Brussels to bar Norwegian boats" (Israel halts,
        Brussels bars); not "called a general strike to defend the government"."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.lemma_ not in OBJECT_CONTROL or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            return False
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i] + [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i < verb.i
            for p in c.children if p.dep_ == "pobj"]
        # ("authorised a new AU mission in Somalia to fight al-Shabaab": the mission fights)
        return any(self.refs(o, actors_only=True) or (o.lemma_.lower() in MISSION_HEADS and head.lemma_ in {
            "authorize", "authorise", "allow", "permit"}) for o in objs)

    def _others_purpose(self, verb: Token) -> bool:
        """Whether a purpose clause of ``verb`` may be its object's: "sent Wagner to fight", "funded
        Hamas to attack Israel" (not "sent its army to fight": the subject's own forces)."""
        others = [r for c in verb.children if c.dep_ in {"dobj", "dative"} for r in self.refs(c, actors_only=True)]
        return bool(others) and not {r.key for r in others} <= {r.key for r in self.subject_refs(verb)}

    def subject_refs(self, verb: Token) -> list[Ref]:
        """The actors the subject of a verb names (see :meth:`subject_of`): Hungary and Poland
        for "Hungary and Poland blocked the package"."""
        return [r for t in self.subject_of(verb)[0] for r in self.refs(t, actors_only=True)]

    def subject_of(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject tokens of a verb, climbing control/conjunction/relative structure.

        Returns the tokens and whether the clause is passive (objects swap).
        """
        if (accused := _accused(verb)) is not None:
            return [accused], False  # "accuse Uganda of arming the M23": Uganda arms
        # ("IGAD called on Kiir …" with the acronym parsed as a passive auxiliary: the subject)
        misparsed = [c for c in verb.children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i
                     and (c.tag_ == "NNP" or (c.text.isupper() and len(c.text) >= 3))  # ("IGAD" tagged VB)
                     and c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} and not any(
                         g.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS for g in verb.children)]
        if misparsed:
            return misparsed[:1], False
        if verb.pos_ == "VERB" and verb.dep_ in {"ccomp", "xcomp"} and not any(
                c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"aux", "auxpass"} for c in verb.children):
            # "to help Ukraine strike Russia" with the name parsed as the verb's compound: its subject
            named = [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ == "PROPN"
                     and self.index.ref(c, self.seg_no) is not None]
            if named:
                return named, False
        passive = (any(c.dep_ in PASS_SUBJ_DEPS | {"auxpass"} for c in verb.children) or (
            # "talks were chaired by X and attended by Y": the conjunct is passive with its own agent
            verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ in PASS_SUBJ_DEPS | {"auxpass"} for c in verb.head.children)) or (
            # "a move condemned by Qatar": a participle with its own agent
            verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))) and \
            verb.lemma_ not in STATIVE_PASSIVE
        if passive:
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return agents, True
        subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS | (PASS_SUBJ_DEPS if verb.lemma_ in STATIVE_PASSIVE else set())]
        if subj:
            s = subj[0]
            if len(subj) == 2 and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < subj[1].i and any(
                    a.lower_ == "also" for a in c.children) for c in subj[0].children):
                return subj, False  # "Not only Japan but also Canada imposed …" parsed with two subjects: both
            if len(subj) > 1:
                # "The UN refugee agency UNHCR urged …" parsed with two subjects: the named one
                s = next((t for t in subj if t.pos_ == "PROPN" and self.index.ref(t, self.seg_no) is not None), s)
            if s.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                head = verb.head
                if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one":
                    # "Tuvalu is one of 12 countries that still recognise Taiwan", "Hungary, one of the
                    # few members that have not sent weapons": the one, not the many
                    head = head.head.head
                    if head.dep_ == "attr" and self._own_negations(head.head):
                        return [], False  # "Hungary is not one of the members that have sent weapons"
                if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ in COPULAS:
                    # "Hungary is among the EU members that have not sent weapons": Hungary
                    if self._own_negations(head.head.head):
                        return [], False
                    return [c for c in head.head.head.children if c.dep_ == "nsubj"], False
                if head.dep_ == "appos" and head.pos_ in {"NOUN", "NUM"} and self.refs(head.head, actors_only=True):
                    # "China, Cambodia's closest ally, which has financed …": the one named
                    return [head.head], False
                if head.dep_ == "attr" and head.pos_ in {"NOUN", "NUM"} and head.head.lemma_ in COPULAS and (
                        named := [c for c in head.head.children if c.dep_ == "nsubj" and self.refs(c, actors_only=True)]):
                    # "Hungary was the only EU member that did not criticise Russia": Hungary
                    return named, False
                return [head], False
            # "Niger, along with Mali and Burkina Faso, would quit the bloc": all of them
            # (or hung on the verb: "Brazil and India, along with China, make up …")
            along = [p for x in (s, *s.conjuncts, verb) for c in x.children if c.dep_ == "prep"
                     and c.lower_ in {"along", "together"} and (x.i != verb.i or c.i < verb.i)
                     for w in c.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
            # ("Mali quit the bloc in January together with Burkina Faso and Niger": after the verb too)
            along += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i
                      and any(g.dep_ == "advmod" and g.lower_ == "together" for g in c.children)
                      for p in c.children if p.dep_ == "pobj"]
            return [s, *along], False
        if depth > 6:
            return [], False
        head = verb.head
        if head == verb:
            return [], False
        if verb.dep_ == "acl" and head.lemma_ in ASKED_NOUNS and head.dep_ == "dobj" and verb.tag_ == "VB" and (
                _turned_down(head.head) or head.head.lemma_.lower() in ANSWERS) and not any(
                c.dep_ == "poss" for c in head.children):  # ("rejected Finland's request to join NATO": Finland's)
            # "turned down U.S. requests to ship shells": the one asked (who answers) would ship
            return self.subject_of(head.head, depth + 1)[0], False
        if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and head.lemma_ in OBJECT_CONTROL) or self._controlled_adjunct(verb):
            if (plan := self._object_purpose(verb)) is not None:
                return self._noun_owner(plan), False  # "opposes NATO's mission to train troops": NATO's
            if head.lemma_ in OBJECT_CONTROL:
                objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
                if not objs:
                    # "called on the EU to lift …", "appealed to Ankara to …"
                    objs = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                            for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0] != verb:
                    return objs, False
            if head.pos_ == "ADJ" and head.head != head:
                # "Russia is unlikely to attack", "has been unable to join"
                return self.subject_of(head.head, depth + 1)[0], False
            if head.pos_ == "NOUN":
                return self._noun_owner(head), False
            if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_ not in {"use", "design", "intend", "mean"} and (
                    raised := [c for c in head.children if c.dep_ in PASS_SUBJ_DEPS
                               and self.lex.theme_class(c.lemma_.lower()) is None]):
                # "Kenya is set (poised, slated) to send troops": Kenya sends (not a thing "used to"
                # do it: "no Hungarian funds will be used to support them")
                return raised, False
            return self.subject_of(head, depth + 1)[0], False
        if verb.dep_ in {"conj"}:
            if (main := _beyond_subordinate(verb)) is not None:
                # "accused the Kremlin … because it could not win on its own and urged Washington to …"
                # (the speaker's when that clause is reported: "Ukraine said the Kremlin dragged out
                # talks because it could not win and urged Washington to act")
                if main.dep_ == "ccomp" and main.head.lemma_ in self._words("speech", "verbs") and verb.lemma_ in APPEALING:
                    main = main.head
                return self.subject_of(main, depth + 1)
            if _finite_beside_infinitive(verb):
                # "kept pressing Brussels to release the money and urged the IMF …": a finite verb
                # goes with the verb above the infinitive (as in `context`)
                return self.subject_of(head.head, depth + 1)
            if (main := _beyond_embedded(verb)) is not None:
                # "accused allies of watching passively and urged Washington to …", "rejected
                # Chisinau's offer to help the region buy gas and called on Moscow to …": a finite
                # verb the parser hung on a gerund, infinitive or relative clause inside the main
                # clause's object is the main clause's own
                return self.subject_of(main, depth + 1)
            if head.dep_ == "ccomp" and head.head.pos_ == "VERB" and head.head.i < head.i and \
                    verb.tag_ in {"VB", "VBP", "VBD", "VBZ"} and \
                    not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and not _can_share_aux(head, verb):
                # "said the troops would be fair game, and called on China …": a verb that cannot
                # share the reported clause's auxiliaries is the speaker's own (as in `context`)
                return self.subject_of(head.head, depth + 1)
            if head.dep_ == "ccomp" and head.head.lemma_ in self._words("speech", "verbs") and head.head.i < head.i \
                    and verb.lemma_ in APPEALING and verb.tag_ == "VBD" and head.tag_ == "VBD":
                # "said AUKUS violated the regime and urged the three countries to …": the parser
                # hangs the appeal on the reported clause; a reporter's "and urged" is the speaker's
                return self.subject_of(head.head, depth + 1)
            found = self.subject_of(head, depth + 1)
            if head.dep_ == "ccomp" and head.head.lemma_ in self._words("speech", "verbs") and found[0] and not any(
                    self.refs(t, actors_only=True) for t in found[0]) and verb.tag_ in {"VBD", "VBZ", "VBP"}:
                # "The Commission said the measures were unlawful but stopped short of …": the
                # parser hangs the second verb on the reported clause; its subject is the speaker's
                return self.subject_of(head.head, depth + 1)
            return found
        if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            if head.lemma_ in self._words("negators", "nouns") | ASPIRATIONS | {
                    "decision", "pledge", "commitment", "promise", "move", "willingness", "readiness",
                    "obligation", "duty", "intention", "plan"}:
                return self._noun_owner(head), False
            if verb.tag_ == "VBG":
                if head.dep_ == "pobj" and head.head.lower_ == "on" and head.lemma_.lower() in MEDIA and depth < 6 and (
                        gov := _verb_above(head)) != head:
                    # "posted a message on Twitter blaming Iran", "a statement on its website
                    # condemning X": the poster, not the medium
                    return self.subject_of(gov, depth + 1)[0], False
                if self.index.ref(head, self.seg_no) is None and depth < 6 and (head.dep_ in {"dobj", "attr"} or (
                        head.dep_ == "pobj" and head.head.lower_ in {"in", "with", "through", "by", "under"})):
                    # ("fired water cannon at boats carrying supplies": the boats carry them)
                    # "issued a joint declaration supporting a peace treaty": the issuers
                    gov = head.head if head.dep_ != "pobj" else _governing_verb(head.head)
                    if gov.pos_ in {"VERB", "AUX"}:
                        return self.subject_of(gov, depth + 1)[0], False
                return [head], False
            root = verb.sent.root
            if (verb.tag_ in {"VBD", "VBZ"} or (verb.tag_ == "VBN" and head == root and any(
                    c.dep_ in {"dobj", "oprd"} for c in verb.children))) and root.pos_ in {"PROPN", "NOUN"} and \
                    root.i < verb.i and verb.doc[verb.i - 1].text == ",":
                # "China, Cambodia's closest ally, which has financed …, called on both sides": a
                # finite verb the parser hung on a noun of a long apposition; its subject is the
                # verbless sentence's root (also a past tense the parser took for a participle:
                # "France's foreign minister, X, called Y's remarks unacceptable")
                return [root], False
            if verb.tag_ != "VBN":
                return [], False  # (a participle's agent: below)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            gov = _governing_verb(head)
            if (kept := _kept_from(head)) is not None:
                return [kept], False  # "has not stopped Slovak firms from selling arms": the firms sell
            if head.lower_ == "for" and gov.pos_ == "VERB" and gov.lemma_ in JUDGING_VERBS and (
                    judged := [c for c in gov.children if c.dep_ == "dobj"]):
                return judged, False  # "criticised Vucic for failing to condemn …": Vucic failed
            if head.lower_ == "of" and gov.lemma_ in INTENT_NOUNS and gov.dep_ in {"dobj", "attr"} and \
                    gov.head.pos_ in {"VERB", "AUX"}:
                return self.subject_of(gov.head, depth + 1)  # "Addis Ababa had no intention of attacking"
            if gov.pos_ == "NOUN":
                # "a leading role for NATO in providing …": the one the role is for
                for prep in gov.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
                        holders = [p for p in prep.children if p.dep_ == "pobj"]
                        if holders and self.index.ref(holders[0], self.seg_no) is not None:
                            return holders, False
            return self.subject_of(gov, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "a truce brokered by Norway", "talks mediated by the African Union"
            return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"], False
        if verb.dep_ == "advcl":
            found = self.subject_of(head, depth + 1)
            if verb.tag_ == "VBG" and head.dep_ == "advcl" and head.head != head and not any(
                    self.refs(t, actors_only=True) for t in found[0]):
                # "X has been an ally since the war began, taking in refugees": the participle
                # hung on the time clause belongs to the main clause
                return self.subject_of(head.head, depth + 1)
            return found
        if verb.dep_ == "relcl":
            if head.dep_ == "attr" and head.head.lemma_ in COPULAS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (not (described := self.refs(head, actors_only=True)) or (
                    head.lemma_.lower() in {"member", "ally", "state", "country", "nation", "government"}
                    and all(r.type == "Organization" for r in described))):
                # "India was the first creditor to back the IMF deal": the one the copula describes
                # ("Turkey was the first NATO member to recognise …": Turkey, not NATO)
                return self.subject_of(head.head, depth + 1)
            return [head], False
        if verb.dep_ == "acomp":
            return self.subject_of(head, depth + 1)  # "Baku remained committed to …"
        return [], False

    def _object_purpose(self, verb: Token) -> Token | None:
        """The plan or mission an infinitive belongs to when the parser hung it on the verb that
        governs the plan ("will not block NATO's mission to support Ukraine", "opposes the
        alliance's plan to arm Kyiv"): only for a verb against the plan or a plan someone else owns."""
        if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        head = verb.head
        if head.lemma_ in OBJECT_CONTROL or head.pos_ != "VERB":
            return None
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "NOUN"]
        if not nouns or nouns[-1].lemma_.lower() not in self._words("negators", "abandoned_plans") | MISSION_HEADS:
            return None
        noun = nouns[-1]
        return noun if self._against_others_plan(head, noun) or self._others_plan(noun) else None

    def _against_others_plan(self, verb: Token, noun: Token) -> bool:
        """Whether a verb stands against a plan, mission or decision it governs, so that the plan is
        someone else's: "blocked a plan to fund Ukraine", "opposes the mission to train troops"
        ("rejected any intention to leave" is the subject's own)."""
        trig = self.lex.verbs.get(verb.lemma_.lower())
        return trig is not None and trig.relation in {"Block", "Oppose", "Criticize"} and not any(
            c.dep_ == "det" and c.lower_ in {"any", "no"} for c in noun.children)

    def _named_owners(self, noun: Token) -> list[Ref]:
        """The actors named before a noun as its owner: "Canada's investigation", "UN appeals"
        (unlike :meth:`_noun_owner`, no guess from the clause when none is named)."""
        return [r for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < noun.i
                for r in self.refs(c, actors_only=True)]

    def _noun_owner(self, noun: Token) -> list[Token]:
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners
        owners = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
                  and (r := self.index.ref(c, self.seg_no)) is not None and r.type in ACTOR_TYPES]
        if owners:
            return owners[-1:]  # "European Union efforts to broker …": the EU's
        if noun.dep_ in {"dobj", "attr", "nsubj"} and noun.head.pos_ in {"VERB", "AUX"}:
            if noun.dep_ == "dobj" and self._against_others_plan(noun.head, noun):
                return []  # "Hungary blocked a plan to fund Ukraine": whoever planned it, not Hungary
            return self.subject_of(noun.head)[0]
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            gov = noun.head.head
            if gov.pos_ in {"VERB", "AUX"}:
                if self._against_others_plan(gov, noun) or noun.head.lower_ == "against":
                    return []  # "objected to a plan to arm the rebels", "spoke out against a plan to …"
                return self.subject_of(gov)[0]
            if gov.pos_ == "NOUN":
                return self._noun_owner(gov)
        if noun.dep_ == "appos":
            return [noun.head]
        return []

    def objects_for(self, trig: Token, spec: tuple[str, ...], passive: bool) -> list[Token]:
        found: list[Token] = []
        for slot in spec:
            if slot == "dobj":
                if passive:
                    found = [c for c in trig.children if c.dep_ in PASS_SUBJ_DEPS] or [
                        c for c in trig.head.children if trig.dep_ == "conj" and c.dep_ in PASS_SUBJ_DEPS] or (
                        [trig.head] if trig.dep_ == "acl" else [])  # "talks mediated by Egypt": the talks
                else:
                    # (not one set aside: "funded the Amazon Fund instead of the World Bank programme")
                    found = [c for c in trig.children if c.dep_ in {"dobj", "obj"} and not _set_aside(c)]
                    if len(found) >= 2:
                        # "accused Kenya of siding with its rival, the paramilitary RSF": a second object
                        # after a comma that closes a phrase of the verb is the parser's apposition
                        found = [c for c in found if c is found[0] or not _appositive_object(c, trig)]
                    if not found and trig.dep_ == "relcl" and (
                            any(c.tag_ in {"WDT", "WP"} and c.dep_ == "dobj" for c in trig.children)
                            or any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in trig.children)):
                        found = [trig.head]  # "a pact (that) North Korea condemned"
                    if not found and trig.dep_ == "acl" and trig.tag_ == "VBN":
                        found = [trig.head]
                    if not found:
                        found = _named_what(trig)  # "struck what it called militant camps"
                    if not found:
                        # "rejected Clinton's attempts to …" parsed as a clause: a noun is an object
                        found = [c for c in trig.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                                 and c.i > trig.i and not any(g.dep_ in SUBJ_DEPS for g in c.children)]
                    # "has bankrolled most of the operation": the operation, through its share
                    found = [_through_of(f) if f.lemma_.lower() in PARTITIVES and f.pos_ in {"ADJ", "NOUN", "PRON", "DET"}
                             else f for f in found]
            elif slot.startswith("prep:"):
                want, _, noun = slot[5:].partition(" ")  # "prep:in favour": only "in favour of"
                # (a stative passive's "by" is the parser's agent: "bound by the treaty", "deeply
                # concerned by the deployment")
                # (a date is no object: "agreed late on Saturday on how to implement the plan")
                preps = [c for c in trig.children if (c.dep_ in {"prep", "dative"} or (
                    c.dep_ == "agent" and (trig.lemma_ in STATIVE_PASSIVE or trig.pos_ == "ADJ"))) and c.lower_ == want
                    and not _dated(c)][:1] or [
                    g for c in trig.children if c.lower_ in {"out", "away", "part"} for g in c.children
                    if g.dep_ == "prep" and g.lower_ == want][:1] or [  # "pulled its soldiers out of the mission"
                    g for c in trig.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                    if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep" and g.lower_ == want][:1] or [
                    g for c in trig.children if c.dep_ == "dobj" and trig.lemma_ in TOPIC_VERBS and want == "with"
                    and c.lemma_.lower() not in WITH_NOUNS | PACT_NOUNS
                    for g in c.children if g.dep_ == "prep" and g.lower_ == want][:1] or [
                    g for g in _idiom_preps(trig) if g.lower_ == want][:1] or [  # "stood shoulder to shoulder with"
                    g for g in _priced_preps(trig) if g.lower_ == want][:1] or [
                    # "could begin shipping weapons directly to Kyiv", with "to Kyiv" on "begin"
                    g for g in trig.head.children if trig.dep_ == "xcomp" and trig.head.lemma_ in PHASE_VERBS
                    and g.dep_ == "prep" and g.lower_ == want and g.i > trig.i and not _dated(g)][:1]
                # ("took part as an observer in the talks"); "with Russia, with Rwanda and with France"
                # ("discussed the payment with Hegseth", parsed with "with" on the payment)
                preps += [c for prep in preps for c in prep.conjuncts if c.lower_ == want]
                preps += [c for prep in preps[:1] for c in trig.children if c.dep_ == "prep" and c.lower_ == want
                          and c.i > prep.right_edge.i + 1 and all(t.dep_ in {"punct", "cc"} for t in
                                                   trig.doc[prep.right_edge.i + 1:c.i])]  # "with X, with Y"
                preps += [c for prep in preps[1:] for c in prep.conjuncts if c.lower_ == want and c not in preps]
                # (a time is no object: "fired rockets into X on Thursday")
                found = [p for prep in preps for p in prep.children if p.dep_ == "pobj" and (not noun or p.lemma_ == noun)
                         and not (p.ent_type_ in {"DATE", "TIME"} and self.index.ref(p, self.seg_no) is None)]
                if not found:
                    # "objected to Kenya leading the mediation": the one doing it, for a stance
                    found = [o for prep in preps for p in prep.children if p.dep_ == "pcomp"
                             for o in p.children if o.dep_ in {"nsubj"} and o.pos_ == "PROPN"]
                if not found:
                    # "committed to implementing the agreement": the object of the gerund (not of an
                    # act a stance is taken on: "objected to sanctioning China" is no stance on China)
                    stance = (t := self.lex.verbs.get(trig.lemma_)) is not None and t.relation in VOICED_STANCES
                    found = [o for prep in preps for p in prep.children if p.dep_ == "pcomp"
                             and not (stance and p.lemma_ in self.lex.verbs)
                             for o in p.children if o.dep_ in {"dobj", "obj"}]
            elif slot == "dues":
                # "stopped paying its share of the CSTO budget", "pays dues to …": whose budget
                dues = [t for c in trig.children if c.dep_ == "dobj" for t in c.subtree if t.lemma_.lower() in DUES]
                found = [m for t in dues for m in [
                    *(c for c in t.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"),
                    *(p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" and p.pos_ == "PROPN")]]
            elif slot == "dative":
                found = [c for c in trig.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                dobjs = [c for c in trig.children if c.dep_ == "dobj"]
                if not found and len(dobjs) == 2:
                    found = dobjs[:1]  # "will give Poland, Latvia and Finland 170 million euros", parsed as two objects
                if not found and len(dobjs) == 1 and (first := dobjs[0].left_edge).pos_ == "PROPN" and \
                        first.dep_ in {"compound", "nmod"} and first.head == dobjs[0] and (
                        (r := self.index.ref(first, self.seg_no)) is not None and r.type == "State" and r.via in {"name", "alias"}):
                    found = [first]  # "will lend Pakistan 7 billion dollars", parsed as one noun phrase
            elif slot == "for_subject":
                # "pushed for Beijing to join the donor base": whom the push is for
                found = [s for c in trig.children if c.dep_ in {"advcl", "ccomp", "xcomp"} and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children if s.dep_ in SUBJ_DEPS]
            elif slot == "ccomp_subject":
                found = [s for c in trig.children if c.dep_ in {"ccomp", "xcomp"}
                         for s in c.children if s.dep_ in SUBJ_DEPS]
            if found:
                return [self._unwrap(t, trig) for t in found]
        return []

    def _unwrap(self, tok: Token, trig: Token) -> Token:
        """"which" in a relative clause is its head noun; "in favour of X" is X."""
        # ("that" the parser took for a preposition: only for a plan described, as below)
        misread = tok.lower_ == "that" and tok.tag_ == "IN" and tok.dep_ in {"dobj", "nsubjpass"}
        if (tok.tag_ in {"WDT", "WP"} or misread) and trig.dep_ == "relcl":
            head = trig.head
            if head.dep_ == "appos" and head.lemma_.lower() in {"idea", "plan", "proposal", "initiative", "scheme",
                                                                 "project"}:
                return head.head  # "proposed a naval blockade, an idea that Germany rejected": the blockade
            if not misread or head.lemma_.lower() not in EVENT_NOUNS:
                return head  # (not "a move that Poland condemned": the act is read from its mover)
        if tok.tag_ in {"WDT", "WP"} and trig.dep_ == "xcomp":
            rel = trig.head
            while rel.dep_ == "conj" and rel.head != rel:
                rel = rel.head  # "…, of which X is a member and which Y has sought to join"
            if rel.dep_ == "relcl":
                return rel.head  # "the EU, which Turkey has sought to join"
        if trig.dep_ == "acl" and trig.head == tok and tok.pos_ == "NOUN" and self.index.ref(tok, self.seg_no) is None:
            # "the Syrian National Army, a coalition of factions funded by Ankara": the body the
            # kind described is
            kind = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
            if kind.dep_ == "appos" and kind.lemma_.lower() in ORG_KIND_WORDS and self.refs(kind.head, actors_only=True):
                return kind.head
        if tok.lemma_ in {"favour", "favor", "behalf"} or (
                tok.lemma_ in SPELLS and any(c.dep_ == "nummod" or c.lower_ in {"several", "many"} for c in tok.children)):
            # "in favour of X" is X; "chaired two days of talks" chaired the talks
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        return tok

    def deep_refs(self, tok: Token) -> list[Ref]:
        """What a phrase is about: itself, else its owner, else the object of its "to/of/from/on" phrase.

        Places are not what a stance is about ("a gathering in Victoria Park").
        """
        refs = [r for r in self.refs(tok) if r.type != "Place"]
        if refs:
            return refs
        if tok.lemma_.lower() in self.lex.nouns or tok.pos_ == "NOUN":
            # "condemned air strikes by the military": the one who struck; "denounced the seizure
            # of the buffer zone by Israel": the one who did the act
            hosts = [tok, tok.head] if tok.dep_ == "dobj" and not any(
                c.dep_ in PASS_SUBJ_DEPS for c in tok.head.children) else [tok]  # (the parser hangs "by" on the verb)
            # ("the seizure of the border post by Syria": or on the "of" phrase)
            hosts += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            agents = [r for h in hosts for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i > tok.i
                      for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            if agents:
                return agents
        owner = self.index.modifier_ref(tok, self.seg_no)
        if owner is not None and not (owner.via == "pronoun" and any(
                c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in tok.children)):
            # ("Australia stands with our Pacific family": the speaker's own, not a stance on the speaker)
            # ("a ban on Russian and Belarusian swimmers": each demonym's state)
            joined = [r for c in tok.children if c.dep_ == "amod" and c.conjuncts and c.i < tok.i
                      for x in (c, *c.conjuncts) if (r := self.index.ref(x, self.seg_no)) is not None
                      and r.type == "State" and r.via == "demonym"]
            return list({r.key: r for r in joined}.values()) if len(joined) >= 2 else [owner]
        if owner is None and tok.lemma_.lower() in SAFEGUARDS:
            # "supported Pakistan's sovereignty and territorial integrity", parsed with the first
            # noun a modifier of the last: the owner of the first
            owners = [o for c in tok.children if c.dep_ in {"nmod", "compound"} and c.lemma_.lower() in SAFEGUARDS
                      and (o := self.index.modifier_ref(c, self.seg_no)) is not None]
            if owners:
                return owners[:1]
        if tok.lemma_ in {"effort", "attempt", "push", "drive", "campaign", "move"}:
            # "support efforts to revive Turkey's bid": what the effort is about
            for acl in tok.children:
                if acl.dep_ == "acl" and acl.pos_ == "VERB":
                    inner = [r for o in acl.children if o.dep_ == "dobj" for r in self.deep_refs(o)]
                    if inner:
                        return inner
        if tok.lemma_ in {"call", "demand", "request", "push", "pressure", "appeal", "bid"}:
            # "rejected calls for an independent audit": the thing called for
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return self.deep_refs(pobj)
        if tok.lemma_.lower() in REVERSALS:
            return []  # "welcomed the lifting of sanctions": no stance for the sanctions (see reversal_stance)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"to", "of", "from", "on"}:
                if prep.lower_ in {"to", "for"} and self.lex.theme_class(tok.lemma_.lower()) in {"money", "military", "humanitarian"}:
                    continue  # "rejected a loan to Argentina": a stance on the loan, not on who would get it
                if prep.lower_ in {"on", "of"} and (tok.lemma_.lower() in RESTRICTION_NOUNS or self._attack_noun(tok) or (
                        (n := self.lex.nouns.get(tok.lemma_.lower())) is not None and n.relation in {"Block", "Sanction", "Attack"})):
                    # "backed the tariffs on Chinese cars", "condemned the strikes on Odesa", "opposed any
                    # blockade of Libyan oil": a stance on the tariffs or on the strikers, never on the target
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        inner = [r for r in self.refs(pobj) if r.type != "Place"] or (
                            [o] if (o := self.index.modifier_ref(pobj, self.seg_no)) and not (
                                o.via == "capital" and pobj.lemma_.lower() in TREATY_NAMES) else [])
                        # ("a violation of the Vienna Convention" is no stance on Austria)
                        if not inner:
                            inner = [r for p2 in pobj.children if p2.dep_ == "prep" and p2.lower_ in {"to", "of", "from"}
                                     for q in p2.children if q.dep_ == "pobj" for r in self.refs(q)]
                        if inner:
                            return inner
        return []

    # ---------------------------------------------------------------- emitters
    def debt_relief(self, sent: Span, tok: Token) -> None:
        """Forgiving a state's debt funds it: "Brazil forgave $900 million of Mozambique's debt",
        "China wrote off Zambia's loans" (not "forgave the insult")."""
        if tok.lemma_ == "write" and not any(c.lower_ == "off" for c in tok.children):
            return
        debts = [t for c in tok.children if c.dep_ == "dobj" for t in (c, *(p for g in c.children if g.dep_ == "prep"
                 and g.lower_ == "of" for p in g.children if p.dep_ == "pobj")) if t.lemma_.lower() in DEBTS]
        if not debts:
            return
        # the debt's owner ("Mozambique's debt"), else whose it is ("the debt of Zambia")
        debtors = [r for d in debts for c in d.children if c.dep_ in {"poss", "compound", "amod"}
                   for r in self.refs(c, actors_only=True) if r.type in {"State", "Organization"}]
        debtors += [r for d in debts for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        subjects = self.subject_refs(tok)
        self.emit(sent, tok, "Fund", subjects, list(dict.fromkeys(debtors)), self.context(tok))

    def designated(self, sent: Span, tok: Token) -> None:
        """Branded a terrorist (or undesirable, extremist) body is sanctioned: "designated the
        Houthis a terrorist organisation", "… as a foreign terrorist organization"."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        # ("designated Amnesty International an undesirable organisation": the first object named)
        named = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else (
            [c for c in tok.children if c.dep_ == "dative"] or [c for c in tok.children if c.dep_ == "dobj"][:1])
        labels = [c for c in tok.children if c.dep_ in {"dobj", "oprd", "attr"} and c not in named]
        labels += [a for n in named for a in n.children if a.dep_ == "appos"]
        labels += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        if not any(t.lemma_.lower() in BLACKLIST_WORDS for lab in labels for t in lab.subtree):
            return
        listed = [r for n in named for r in self.refs(n, actors_only=True) if r.type in ACTOR_TYPES]
        subjects = self.subject_refs(tok)
        self.emit(sent, tok, "Sanction", subjects, listed, self.context(tok))

    def _agreed_for_others(self, tok: Token, subjects: list[Ref]) -> bool:
        """Whether what the subjects agree to do is done for or to another, or gives something: then
        they agree together, not with each other ("agreed to roll over billions of dollars in
        deposits", "agreed to lend money to Pakistan"; not "agreed to halt the fighting")."""
        own = {s.key for s in subjects}
        for x in tok.children:
            if x.dep_ != "xcomp" or x.pos_ != "VERB":
                continue
            # (its own objects only: not "halt the fighting in Gaza", "… after days of missile duels")
            args = [c for c in x.children if c.dep_ in {"dobj", "dative"}]
            # ("share intelligence with the US", "buy gas from Bolivia", "mediate between X and Y",
            # "invest in Syria"; not "hold talks in Turkey")
            preps = {"to", "for", "with", "from", "between", "on"} | ({"in"} if x.lemma_ == "invest" else set())
            args += [p for h in (x, *args) for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                     for p in c.children if p.dep_ == "pobj"]
            for t in args:
                if any(r.key not in own for r in self.refs(t, actors_only=True)):
                    return True
                if t.dep_ == "dobj" and self.lex.theme_class(t.lemma_.lower()) in {"money", "military", "humanitarian"}:
                    return True
        return False

    def listed(self, sent: Span, tok: Token) -> None:
        """Put on a blacklist is sanctioned, taken off it no longer: "added 12 U.S. companies to
        an export control list", "removed Cuba from its list of state sponsors of terrorism" (not
        "added Russia to its list of partners": a list is a blacklist by its words)."""
        removing = tok.lemma_.lower() in DELISTING
        preps = {"from", "off"} if removing else {"to", "on", "onto"}
        lists = [p for c in tok.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in {"list", "blacklist", "watchlist"}]
        if not lists or not any(t.lemma_.lower() in BLACKLIST_WORDS for l in lists for t in l.subtree):
            return
        if tok.lemma_.lower() == "take" and not any(c.lower_ == "off" for c in tok.children):
            return
        listed = [r for c in tok.children if c.dep_ in ({"nsubjpass"} if any(
            c.dep_ == "auxpass" for c in tok.children) else {"dobj"})
                  for r in self.refs(c, actors_only=True) or self.deep_refs(c) if r.type in ACTOR_TYPES
                  # (a few nationals taken off a list are not their state: "struck three Russian
                  # businessmen off its sanctions list")
                  and not (removing and r.type == "State" and r.via == "demonym")]
        subjects = self.subject_refs(tok)
        self.emit(sent, tok, "Sanction", subjects, listed, self.context(tok), extra_neg=int(removing))

    def admitted(self, sent: Span, tok: Token) -> None:
        """A state admitted to an organisation is its member: "Timor-Leste was admitted to ASEAN",
        "… was admitted as ASEAN's 11th member", "ASEAN admitted Timor-Leste" (not "Rwanda
        admitted sending troops": a state confesses, an organisation admits members)."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        as_member = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                     if p.dep_ == "pobj" and p.lemma_.lower() in {"member", "state", "nation", "country"}]
        orgs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
                for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True) if r.type == "Organization"]
        if not as_member and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
            return  # "admitted Taiwan as an observer": no member
        orgs += [r for p in as_member for c in p.children if c.dep_ in {"poss", "compound"}
                 for r in self.refs(c, actors_only=True) if r.type == "Organization"]
        orgs += [r for p in as_member for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" for r in self.refs(o, actors_only=True) if r.type == "Organization"]
        if passive:
            states = [r for c in tok.children if c.dep_ == "nsubjpass" for r in self.refs(c, actors_only=True)
                      if r.type == "State"]
        else:
            admitters = [r for r in self.subject_refs(tok)
                         if r.type == "Organization"]
            orgs = orgs or admitters
            states = [r for c in tok.children if c.dep_ == "dobj" for r in self.refs(c, actors_only=True)
                      if r.type == "State"] if admitters else []
        if orgs and states:
            self.emit(sent, tok, "MemberOf", states, list(dict.fromkeys(orgs))[:1], self.context(tok))

    def emit(self, sent: Span, trig: Token, relation: str, subjects: list[Ref], objects: list[Ref],
             ctx: Context, *, extra_neg: int = 0, modality: str | None = None, act: bool = True) -> None:
        """Append the statements of ``subjects`` × ``objects`` with the context's polarity and
        modality; ``act=False`` for a statement read off another's act (the seller of what was
        bought, the partner of who signed), which is no move a later "the decision" points back at."""
        if trig.lemma_.lower() in VOTING and not ctx.drop:
            voted = tuple(o for o in objects if o.type == "Initiative")
            if voted:
                self.votes.append((sentence_bounds(sent, self.offset)[0], voted))
        if ctx.drop or not subjects or _in_question(trig):
            return  # ("Did Japan sanction Russia?", "Why would Egypt fund Hamas?": asked, not told)
        if not objects:
            done = act and _asserted_done(ctx, extra_neg, modality)
            if done and relation == "Attack":
                # a strike on no one named is still the act a later "the strike" points back at
                # ("an American drone strike killed a commander … Baghdad condemned the strike")
                self._record_act(sentence_bounds(sent, self.offset)[0], relation, subjects, trig, objects)
            if done and relation in CLAIM_RELATIONS:
                # a demand of no one named is still a demand a later "the demand" points back at
                # ("Hamas demanded an end to the war …, conditions Netanyahu rejected")
                self._note_claim(sentence_bounds(sent, self.offset)[0], relation, subjects)
            if act and ctx.negations + extra_neg == 0 and _offered(trig):
                self._note_claim(sentence_bounds(sent, self.offset)[0], "Offer", subjects)  # ("offered to send coal")
            return
        negations = ctx.negations + extra_neg
        denier = None
        if trig.pos_ in {"VERB", "AUX"} and len(subjects) == 1 and subjects[0].key in self._denied_by(sent, trig):
            # "saying Benin hosts French troops …, a charge Cotonou denies": what the one it is
            # said of denies is, on the record, denied (a verb's act only: "its war in Ukraine"
            # named inside the charge is not what is denied), and it is the denier who says so
            negations += 1
            denier = subjects[0].key
        if negations % 2 and _not_until_then(trig):
            negations += 1  # "didn't endorse her until July": she was endorsed, in July
        polarity = "negative" if negations % 2 else "positive"
        mod = modality or ctx.modality or "asserted"
        if ctx.hypothetical:
            mod = "possible"
        start, end = sentence_bounds(sent, self.offset)
        speaker = None
        speaker_ref: Ref | None = None
        if ctx.speaker is not None:
            sref = self.index.ref(ctx.speaker, self.seg_no)
            if sref is None or sref.type not in ACTOR_TYPES:
                # "Israel's prime minister Benjamin Netanyahu said": the name in apposition to the title
                sref = next((r for c in ctx.speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                             if (r := self.index.ref(c, self.seg_no)) is not None and r.type == "Person"), sref)
            if sref is not None and sref.type in ACTOR_TYPES:
                speaker, speaker_ref = sref.key, sref
        if speaker is None:
            speaker = self.index.speaker_at(self.offset + trig.idx)
        speaker = denier or speaker
        # "Brazil, Colombia and Mexico said they would not recognise …": each speaks for itself
        joint = {r.key for c in (ctx.speaker, *ctx.speaker.conjuncts) if (r := self.index.ref(c, self.seg_no)) is not None
                 and r.type in ACTOR_TYPES} if ctx.speaker is not None and ctx.speaker.conjuncts and not denier else set()
        date = _sentence_date(sent, self.doc_date)
        fitting = [o for o in objects if _takes_object(relation, o)]
        # "Germany used to fund the WHO but stopped in 2020": done, then no more; "promised tanks but
        # never delivered them": planned, then not done
        stop = _stopped_later(trig) if polarity == "positive" and mod == "asserted" else None
        stop_mod = "asserted"
        if polarity == "positive" and mod in {"intended", "possible"} and (undone := _undone_later(trig)) is not None \
                and (undone[1] != "undelivered" or relation in AID_RELATIONS):
            stop = undone[0]
            stop_mod = self._aux_modality(stop) or "asserted"  # ("… but may not deliver them": possible)
        for s in subjects:
            if s.type not in ACTOR_TYPES:
                continue
            for o in fitting:
                if o.key == s.key:
                    if not (o.via == "pronoun" and relation.lower() in DONE_TO_OTHERS and speaker_ref is not None
                            and speaker_ref.key != s.key and speaker_ref.type == o.type):
                        continue
                    # "Pakistan said India had attacked its territory", "Kenya said Haiti had asked it
                    # for police": no one attacks or asks itself, so "it" is the speaker
                    o = speaker_ref
                said_by = s.key if s.key in joint else speaker
                self.out.append(RawStatement(
                    subject=s.key, relation=relation, object=o.key, polarity=polarity, modality=mod,
                    start=start, end=end, attributed_to=said_by,
                    date=date, trigger=trig.text,
                ))
                if stop is not None:
                    self.out.append(RawStatement(
                        subject=s.key, relation=relation, object=o.key, polarity="negative", modality=stop_mod,
                        start=start, end=end, attributed_to=said_by, date=date,
                        trigger=stop.text))
        if relation in CLAIM_RELATIONS and polarity == "positive" and mod == "asserted" and act:
            self._note_claim(start, relation, subjects, objects)
        if polarity == "positive" and act and _offered(trig):
            # "offered to help the region buy gas": what a later "the offer" points back at
            self._note_claim(start, "Offer", subjects, objects)
        if relation in {"ProvideMilitaryAid", "ProvideAid", "Fund"} and polarity == "positive":
            gifts = tuple(o for o in objects if o.type in {"State", "Organization"})
            if gifts:
                self.gifts.append((start, gifts))
        if mod in {"possible", "obligated"}:
            return  # what may or should happen is no move others can welcome or condemn
        if act and ((relation in EVENT_RELATIONS and (trig.pos_ in {"VERB", "AUX"} or (
                _done_by_light_verb(trig) and polarity == "positive"))) or (
                relation == "Cooperate" and polarity == "negative" and mod == "asserted") or (
                relation == "MemberOf" and trig.pos_ == "VERB")):
            # (cutting ties and joining or leaving a body are acts too: "the switch", "the move")
            self._record_act(start, relation, subjects, trig, objects, polarity)

    def _denied_by(self, sent: Span, trig: Token) -> set[str]:
        """Who denies a claim made before ``trig``'s point in the sentence: "… Benin hosts French
        troops, a charge Cotonou denies" -> {Benin}."""
        if sent.start not in self.denials:
            found = []
            for tok in sent:
                if tok.lower_ == "which" and tok.dep_ == "dobj" and tok.head.dep_ == "relcl" and tok.i > 0 \
                        and tok.doc[tok.i - 1].text == ",":
                    verbs = [tok.head]  # "accuses Rwanda of backing the M23, which Kigali denies": the clause before
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() in DENIED_CLAIMS and any(
                        t.text == "," for t in tok.doc[max(tok.i - 3, 0):tok.i]):
                    # (the denial a relative clause of the noun, or parsed with the noun its fronted object)
                    verbs = [*(c for c in tok.children if c.dep_ == "relcl"),
                             *([tok.head] if tok.dep_ == "dobj" and tok.head.i > tok.i else [])]
                else:
                    continue
                keys = frozenset(r.key for c in verbs if c.lemma_ in DENIALS and not self._own_negations(c)
                                 for s in c.children if s.dep_ == "nsubj" and s.i > tok.i
                                 for r in self.refs(s, actors_only=True))
                if not keys and tok.dep_ == "compound" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_ in DENIALS \
                        and tok.head.head.i > tok.head.i and not self._own_negations(tok.head.head):
                    # ("a charge Kigali denies" parsed as one subject: the name is the denier)
                    keys = frozenset(r.key for r in self.refs(tok.head, actors_only=True))
                if keys:
                    found.append((tok, tok.head, keys))
            self.denials[sent.start] = tuple(found)
        return {k for tok, head, keys in self.denials[sent.start] if tok.i > trig.i and head.i != trig.i for k in keys}

    def _note_claim(self, start: int, relation: str, subjects: list[Ref], objects: Sequence[Ref] = ()) -> None:
        """Remember a claim or an offer for the nouns that point back at it ("rejected the
        demand", "has not accepted the offer"), when its makers include an actor."""
        keys = tuple(s.key for s in subjects if s.type in ACTOR_TYPES)
        if keys:
            self.claims.append((start, relation, keys, tuple(o.key for o in objects)))

    def _record_act(self, start: int, relation: str, subjects: list[Ref], trig: Token, objects: list[Ref],
                    polarity: str = "positive") -> None:
        """Remember an act for the event nouns that point back at it ("condemned the move")."""
        keys = tuple(s.key for s in subjects if s.type in ACTOR_TYPES)
        if keys:
            verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig)
            self.acts.append(_Act(start, relation, keys, _main_clause(verb), tuple(o.key for o in objects),
                                  _in_earlier_year(verb, self.doc_date), polarity, trig.lemma_.lower(),
                                  any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)))

    def verb_trigger(self, sent: Span, tok: Token, trig: Trigger) -> None:
        if trig.particle and not any(c.lower_ in trig.particle.split("|") and c.i > tok.i and not _dated(c)
                                     for c in [*tok.children, *_idiom_preps(tok)]) and not any(
                m.dep_ == "mark" and m.i == tok.i + 1 and m.lower_ == "for" and "for_subject" in trig.object
                for c in tok.children for m in c.children):  # ("called for Israel to …": the clause's "for")
            return  # "take part", "stand with": the particle follows its verb
        if tok.lemma_ == "use" or (tok.lemma_ == "receive" and self.received(sent, tok)):
            return
        if not trig.particle and any(c.dep_ == "prt" and f"{tok.lemma_} {c.lower_}" in REVERSING_PHRASAL
                                     for c in tok.children):
            return  # "gave up its support for Russia": no giving (the support is undone: see `_reverses`)
        if tok.lemma_ == "speak" and tok.tag_ == "VBG" and tok.dep_ not in {"xcomp", "pcomp"} and not any(
                c.lower_ == "with" for c in tok.children):
            # "Speaking to Martin Smith of PBS, he said …": an interview, not talks (but "did not
            # rule out speaking to Aliyev" is talks considered)
            return
        if tok.lemma_ in SEIZING and any(c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in SOLDIERS | UNITS | {"fighter", "militant", "prisoner", "man", "woman"}
                or getattr(self.index.ref(c, self.seg_no), "type", None) == "Person") for c in tok.children):
            return  # "captured two North Korean soldiers": prisoners taken, not ground
        if self.dismissed_as(tok):
            return  # "dismissed the sanctions as absurd": a criticism (see `evaluation_trigger`)
        subj_toks, passive = self.subject_of(tok)
        ctx = self.context(tok)
        if ctx.drop:
            return
        subjects = [r for t in subj_toks for r in self.refs(t, actors_only=True)] or self._origin_subjects(tok, passive)
        extra = 1 if trig.polarity == "negative" else 0  # (a subject's "no" is the clause context's)
        if tok.lemma_ == "train" and any(c.dep_ == "dobj" and c.lemma_.lower() in CIVILIAN_TRAINEES for c in tok.children):
            return  # "to train Vietnamese chip engineers": skills, not arms
        if tok.lemma_ in PARTING_INTRANSITIVE and (any(c.dep_ in {"dobj", "obj", "prt", "nsubjpass"} for c in tok.children)
                                                   or not any(c.lower_ == "with" for c in tok.children)
                                                   or any(c.dep_ == "prep" and c.lower_ in {"over", "on"} for c in tok.children)):
            # ("Canada and Mexico split on retaliation", "Hungary broke with its EU partners over the
            # sanctions": they differ on one thing, no partnership ends)
            return  # "split the costs with Qatar", "broke off", "the deal was broken": no parting of ways
        if tok.lemma_ in ADVOCATING and not any(c.dep_ in {"dobj", "obj"} for c in tok.children):
            return  # "lobbied for the sanctions": backing (see advocacy), no request of anyone
        if tok.lemma_ == "order" and (
                not any(c.dep_ == "xcomp" and c.lemma_ not in PARTING_ORDERS for c in tok.children)
                or any(c.dep_ == "dobj" and c.lemma_.lower() in SOLDIERS | UNITS for c in tok.children)):
            # an order is a request only of someone told to act: "ordered Caracas not to take any
            # action" (not "ordered troops to Poland", "ordered the ambassador to leave": an
            # expulsion; nor "ordered Russian troops to withdraw": one's own forces)
            return
        if trig.relation == "Agree" and tok.lemma_ in {"approve", "authorise", "authorize"} and any(
                c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() == "grant") and not any(
                    m.dep_ in {"poss", "compound"} and m.pos_ == "PROPN" for m in c.children) for c in tok.children):
            # "approved $8 billion in military aid to Israel", "approved a 2 billion yen grant to
            # Laos": a sum given, as "provided" would say (not "approved the EU aid package": consent)
            trig = Trigger(tok.lemma_, "@theme", ("prep:to", "prep:for"))
        if trig.relation == "@theme":
            if tok.lemma_ == "offer" and ctx.negations + extra == 0:
                # "offered to send coal to Transnistria": an offer a later "the offer" points back
                # at, whatever it offers (its own statements, if any, record whom it is made to)
                self._note_claim(sentence_bounds(sent, self.offset)[0], "Offer", subjects)
            if trig.modality is not None and ctx.modality is None:
                ctx.modality = trig.modality  # "announced $50 million in aid for Sudan": to be given
            self._theme_trigger(sent, tok, trig, subjects, passive, ctx, extra)
            return
        obj_toks = self.objects_for(tok, trig.object, passive)
        if not self._own_negations(tok):
            # "will fund neither Egypt nor Jordan" (after "would never recognise Kosovo", a
            # "neither de jure nor de facto" repeats the "never", it does not undo it)
            extra += _neither_nor(obj_toks)
        if not obj_toks:
            # "would not have to participate when it came to operations outside the region"
            for adv in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ())]:
                if adv.dep_ == "advcl" and adv.lemma_ == "come" and any(c.lower_ == "when" for c in adv.children):
                    obj_toks = [p for c in adv.children if c.dep_ == "prep" and c.lower_ == "to"
                                for p in c.children if p.dep_ == "pobj"]
        if not obj_toks:
            # "will not fund or arm Ukraine": the object is shared with the conjoined verb (only
            # when nothing else follows the first verb: "met in Ankara and made no headway" shares none)
            # (what follows the second verb's object is the pair's: "bankrolled and armed Hamas for years")
            for conj in tok.conjuncts:
                shared = not any(c.dep_ not in {"cc", "conj", "punct", "advmod"} and c.i < conj.right_edge.i
                                 for c in tok.rights)
                if shared and conj.i > tok.i and (conj.pos_ == "VERB" or _tagged_adjective(conj, self.lex.verbs)):
                    spec = self.lex.verbs[conj.lemma_].object if conj.lemma_ in self.lex.verbs else trig.object
                    obj_toks = self.objects_for(conj, spec, passive)
                    if obj_toks:
                        break
        if not obj_toks and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
            # "Algeria bankrolls and arms the Polisario Front": the parser hangs the pair's object
            # on the first verb; it is the second's too when it follows both
            head_spec = self.lex.verbs[tok.head.lemma_].object if tok.head.lemma_ in self.lex.verbs else trig.object
            obj_toks = [o for o in self.objects_for(tok.head, head_spec, passive) if o.i > tok.i]
        if tok.lemma_ == "pay" and any(c.dep_ == "dobj" and c.lemma_.lower() in UNPAID for c in tok.children):
            return  # "paid tribute to Luk", "paid a visit to Moscow": no money
        if tok.lemma_ == "meet" and obj_toks and obj_toks[0].lemma_ in {"obligation", "commitment", "pledge", "promise"}:
            trig = replace(trig, relation="Commit")  # "had met its obligations under the deal": kept them
        extra += _object_negations(obj_toks, tok)
        if trig.particle:
            # "has taken no part in the talks": the particle is a noun that can be denied
            extra += _det_negations([c for c in tok.children if c.dep_ == "dobj" and c.lower_ in trig.particle.split("|")])
        hosted = tok.lemma_ in CONVENING and bool(obj_toks) and obj_toks[0].lemma_.lower() in GATHERINGS
        objects = [r for t in obj_toks for r in self.refs(t, actors_only=trig.relation in ACTOR_OBJECTS and not hosted)]
        if not objects and trig.relation in {"Commit", "Block"} and obj_toks:
            # "remained committed to its relationship with New Zealand": a bond with a partner,
            # kept or blocked, is the partner
            own = {s.key for s in subjects}
            objects = [r for r in self._bond_partners(obj_toks[0]) if r.key not in own]
        if not objects and tok.dep_ == "relcl" and obj_toks == [tok.head] and tok.head.dep_ == "appos" \
                and tok.head.pos_ == "NOUN" and tok.head.head.pos_ == "PROPN" \
                and tok.head.lemma_.lower() in DESCRIBING:
            # "Lukashenko, a leader the EU does not recognise": the one the noun is set beside (not
            # "… with the breakaway region of Somaliland, a pact Mogadishu denounced": a pact is no place)
            objects = self.refs(tok.head.head, actors_only=trig.relation in ACTOR_OBJECTS)
        if hosted and not objects and obj_toks[0].lemma_.lower() == "round":
            # "hosted earlier rounds of the talks" / "hosted earlier rounds": those talks
            objects = [r for c in obj_toks[0].children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" for r in self.refs(p)] or [
                r for r in [self.index.recent_talks(obj_toks[0], self.seg_no)] if r is not None]
        garrison = _garrison(obj_toks[0]) if tok.lemma_ == "host" and obj_toks else None
        if garrison is not None and not objects:
            # "hosts a French military base", "hosts thousands of U.S. troops": whose they are
            objects = self._modifier_states(garrison, {"amod", "compound", "poss"})
        if trig.relation == "Sanction":
            # "restricting sales of chipmaking tools to China": China is sanctioned
            objects = [r for t in obj_toks for r in self.trade_targets(t)] or objects
        if trig.relation == "Participate" and not objects and any(
                c.dep_ == "dobj" and self.lex.theme_class(c.lemma_) == "personnel" for c in tok.children):
            # "Jamaica will contribute personnel": to the mission the story is about
            objects = self._implied_mission(tok, subjects)
        if trig.relation == "Participate" and not obj_toks and tok.lemma_ in ATTENDING and not any(
                c.dep_ == "prep" and c.lower_ in {"in", "at"} for h in [tok, *tok.children] for c in h.children):
            # "envoys from the US attended as observers", "she did not attend": the talks just named
            objects = [r for r in [self.index.recent_talks(tok, self.seg_no)] if r is not None]
        if trig.relation == "Attack" and not objects and obj_toks:
            # "fired water cannon at boats carrying supplies to Filipino marines", "struck targets in
            # Yemen": the side the targets belong to
            objects = self._attack_targets(obj_toks[0], subjects, tok)
        paid = obj_toks[0] if obj_toks else None
        if paid is not None and paid.lower_ in PARTITIVES:
            # ("has bankrolled much of Sri Lanka's infrastructure": through the share)
            paid = _through_of(paid)
        if trig.relation in AID_RELATIONS and not objects and paid is not None and paid.pos_ == "NOUN":
            # "bankrolled Colombia's fight against traffickers": the one whose effort is paid for
            # (a possessive only: "pays for Libyan patrol boats" buys boats, it funds no one)
            owners = [r for c in paid.children if c.dep_ == "poss"
                      for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type in {"State", "Organization"}]
            objects = owners[:1]
        if trig.relation in AID_RELATIONS and paid is not None and paid.lemma_.lower() in COUNTED_BY:
            paid = _through_of(paid)  # "dozens of projects"
        if trig.relation in AID_RELATIONS and paid is not None and paid.lemma_.lower() in BUILT_WORKS \
                and paid.tag_ == "NNS" and all(o.type == "Initiative" for o in objects):
            # "has bankrolled dozens of projects in the country", "solar parks it financed in Kenya":
            # works in general, paid for in a state, fund that state (a named project stays the
            # object: "the Rooppur project")
            hosts = [r for h in (paid, tok) for c in h.children if c.dep_ == "prep" and c.lower_ in {"in", "across"}
                     for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                     if r.type == "State" and r.key not in {s.key for s in subjects}]
            objects = hosts or objects
        if trig.relation in {"Threaten", "Sanction", "Attack"} and objects and all(o.type == "Initiative" for o in objects):
            # "threatening legal action against Warsaw": the one it is against
            # ("fought a six-week war with Azerbaijan": the other side of a war)
            targets = [r for t in obj_toks for c in t.children if c.dep_ == "prep" and (c.lower_ in {"against", "on"} or (
                c.lower_ == "with" and trig.relation == "Attack" and t.lemma_.lower() in WITH_NOUNS))
                       for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            objects = targets or objects
        if trig.relation == "Threaten" and not objects:
            # "threatened to retaliate with a ban on Polish fruit": the one the threatened act hits
            own = {s.key for s in subjects}
            objects = [r for c in tok.children if c.dep_ == "xcomp" for t in c.subtree if t.dep_ != "nsubj"
                       for r in self.refs(t, actors_only=True) if r.key not in own and r.type != "Person"][:1]
        if trig.relation == "Allow":
            if any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_ in LAPSING for c in tok.children):
                return  # "allowed the grain deal to expire": the deal was ended (read with the noun)
            # "refused to allow U.N. convoys to cross": the U.N. is (not) let through
            owners = [r for t in obj_toks if t.lemma_.lower() in ALLOWED_AGENTS for c in t.children
                      if c.dep_ in {"compound", "amod", "poss", "nmod"} for r in self.refs(c, actors_only=True)]
            # "warships from its NATO allies"
            owners += [r for t in obj_toks if t.lemma_.lower() in ALLOWED_AGENTS for c in [*t.children, *tok.children]
                       if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"
                       for r in self.refs(p, actors_only=True)]
            objects = owners or objects
        if not objects and trig.relation in STANCE_RELATIONS and (
                trig.relation != "Meet" or any(t.lemma_ in DELEGATIONS for t in obj_toks)):
            # "criticized NATO war planning", "rejected Clinton's attempts": the owner of the thing;
            # one meets a delegation's senders, not the country of a cemetery one visits
            topic = len(subjects) >= 2 and trig.relation in SYMMETRIC and all(
                t.dep_ == "pobj" and t.head.lower_ in {"on", "upon", "over", "about"} for t in obj_toks)
            if topic:
                objects = []  # "the minister and I agreed on terms for …": with each other, not the topic
            elif all(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in obj_toks):
                # (not through an action: "advocated not ruling out deploying NATO troops")
                objects = [r for t in obj_toks for r in self.deep_refs(t)]
            if not objects and not topic:
                # "limit aid to Ukraine": the one the thing is for
                # (the first such phrase only: "signed up to Washington's curbs on sales … to China")
                # (no fight "for" X is against X: "spent years fighting for a national holiday")
                preps = {"to", "against"} if trig.relation == "Attack" else {"to", "for", "against"}
                objects = next((found for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                                if (found := [r for p in c.children if p.dep_ == "pobj" for r in self.refs(p)])), [])
        if not objects and not obj_toks and trig.relation in VOICED_STANCES and tok.lemma_ in FACT_STANCES:
            # "regretted that Mongolia had not complied", "welcomed that Togo had released them":
            # a stance on the doer of the clause judged (its negation is the clause's, not the stance's)
            own = {s.key for s in subjects}
            objects = [r for c in tok.children if c.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for r in self.subject_refs(c) if r.key not in own]
        if trig.relation == "Commit" and obj_toks and obj_toks[0].lemma_ in {"commitment", "obligation", "pledge", "promise"}:
            # "implement all its NATO commitments": a commitment to NATO
            owners = [r for c in obj_toks[0].children if c.dep_ in {"compound", "nmod", "amod"}
                      for r in self.refs(c, actors_only=True)]
            objects = owners or objects
        if trig.relation == "Commit" and obj_toks and obj_toks[0].lemma_ in {"commitment", "obligation", "term", "provision"}:
            # "had met its obligations under the deal", "honour the terms of the accord": the pact
            # (the parser may hang "under the deal" on the verb)
            pacts = [r for h in (obj_toks[0], tok) for c in h.children if c.dep_ == "prep"
                     and c.lower_ in ({"under", "of"} if h is obj_toks[0] else {"under"})
                     for p in c.children if p.dep_ == "pobj" for r in self.refs(p) if r.type == "Initiative"]
            objects = pacts or objects
        if trig.relation in {"Commit", "Support"} and obj_toks and any(
                d in " ".join(t.lower_ for t in obj_toks[0].subtree) for d in self._words("initiatives", "alliance_duties")):
            # "committed to collective defence": a commitment to the alliance that owes it
            bloc = self.index.recent_bloc(obj_toks[0], self.seg_no)
            objects = [bloc] if bloc is not None else objects
        if not objects and obj_toks and obj_toks[0].lemma_.lower() in GIFT_NOUNS and any(
                c.lower_ in {"the", "these", "this", "those"} for c in obj_toks[0].children):
            # "declined to commit to the deliveries": to whom the last deliveries were going
            start, _end = sentence_bounds(sent, self.offset)
            earlier = [g for g in self.gifts if g[0] < start]
            if earlier and self.index.sentence_at(start) - self.index.sentence_at(earlier[-1][0]) <= 3:
                objects = list(earlier[-1][1])
        if trig.relation in {"Oppose", "Criticize"} and not obj_toks and not passive:
            # "…, conditions Netanyahu has rejected" parsed with two subjects: the noun before the
            # named one is what was rejected (the clause judges it, as a relative clause would)
            nouns = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in CLAIM_NOUNS]
            if nouns and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i > nouns[0].i for c in tok.children):
                obj_toks = nouns[:1]
        acted = False  # (the objects are the doers of an act a noun points back at)
        if trig.relation in {"Criticize", "Support", "Oppose", "Agree"} and obj_toks:
            agents = self._event_agents(sent, obj_toks[0]) or (
                # (rejecting "the accusations" opposes their makers; evidence "supporting the claim"
                # backs no one)
                self._claim_makers(obj_toks[0]) or self._claim_agents(sent, obj_toks[0], subjects)
                if trig.relation in {"Oppose", "Criticize"} or CLAIM_NOUNS.get(obj_toks[0].lemma_.lower()) == "Offer"
                else [])
            if not agents:
                agents = self._speakers_of(sent, obj_toks[0], subjects)
            if not agents and tok.dep_ in {"relcl", "acl"} and tok.head == obj_toks[0]:
                # "…, a move Beijing condemned", "…, a move condemned by Qatar and Egypt"
                # ("…had warned that …, remarks that senators denounced as a threat")
                agents = self._appos_mover(obj_toks[0], EVENT_NOUNS | SPEECH_NOUNS) or []
            if not agents and trig.relation != "Agree" and obj_toks[0].lemma_.lower() in EVENT_NOUNS:
                # "welcomed Egypt's deployment", "troubled by the Russian deployment": a stance on
                # an act is one on its doer
                agents = self._doers(obj_toks[0])
            if agents:
                objects = agents  # "The Kremlin condemned the move": whoever made the move
                acted = True
        if trig.relation == "Block" and tok.lemma_ in CUTTING | DEFERRING and _own_measure(tok) is not None:
            return  # "delayed its own countermeasures", "halted its sanctions": its own measure undone, no block
        if trig.relation == "Block" and tok.lemma_ in CUTTING and obj_toks and obj_toks[0].lemma_.lower() in CUT_GOODS | TRADE_NOUNS:
            return  # "halted Russian gas imports": a sanction (see trade_cut), not a blocked initiative
        if trig.relation == "Block" and tok.lemma_ in CUTTING - {"ban", "restrict", "limit", "curtail", "curb"} and obj_toks and (
                (n := self.lex.nouns.get(obj_toks[0].lemma_.lower())) is not None and n.relation in {"Cooperate", "Fund", "Meet", "@theme"}):
            return  # "would halt all cooperation with X": the cooperation ends (see noun_trigger)
        if tok.lemma_ in {"strike", "hit"} and obj_toks and obj_toks[0].lemma_ in AGREEMENT_NOUNS:
            return  # "striking energy deals" is no attack
        if tok.lemma_ == "strike" and any(c.lower_ in {"off", "from"} for c in tok.children):
            return  # "struck Libya off its sanctions list" (see listed): no attack
        if trig.relation == "Attack" and objects and all(o.type == "Place" for o in objects):
            # "annexed Crimea from Ukraine": taken from its owner
            owners = [r for t in [tok, *obj_toks] for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            objects = owners or objects
        if trig.relation == "Attack" and obj_toks and not any(o.type == "State" for o in objects):
            # "overran the eastern Congolese city of Goma", "took Bukavu, a town in eastern Congo":
            # the state the place belongs to
            place = obj_toks[0]
            towns = [place] if place.lemma_.lower() in SETTLEMENTS else [
                a for a in place.children if a.dep_ == "appos" and a.lemma_.lower() in SETTLEMENTS]
            owners = [r for w in towns for c in w.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < w.i
                      for r in self.refs(c, actors_only=True) if r.type == "State"] + self._host_states(towns, {"in"}, set())
            if owners:
                objects = list({r.key: r for r in owners}.values())

        if tok.lemma_ in {"trade", "exchange"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in HOSTILE_EXCHANGES for c in tok.children):
            return  # "traded accusations", "exchanged fire": no cooperation
        relation = trig.relation
        if relation == "Agree" and tok.lemma_ in {"approve", "authorise", "authorize"} and obj_toks and any(
                t.lemma_.lower() in LENDING for t in obj_toks[0].subtree if t.i <= obj_toks[0].i) \
                and not any(c.dep_ == "prep" and c.lower_ == "from" for c in obj_toks[0].children):
            # "the IMF approved a $2.9 billion loan for Sri Lanka": the lender funds it (a loan
            # approved "from" someone is the borrower's consent; "approved the aid package" a
            # member's consent)
            relation = "Fund"
            objects = self._beneficiaries(obj_toks[:1], subjects)
        if relation == "Attack" and any(
                p.dep_ == "pobj" and (n := self.lex.nouns.get(p.lemma_.lower())) is not None and n.relation == "Sanction"
                for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children):
            relation = "Sanction"  # "hit Russian banks with sanctions": a penalty, not a strike
        if relation == "Attack" and tok.lemma_ in {"target", "hit"} and obj_toks and obj_toks[0].lower_ in (
                TRADE_GOODS - ENERGY_GOODS - {"car", "cars", "vehicle", "vehicles"}) | {"export", "exports", "import", "imports"}:
            # "could target American farm goods": trade hit, not a strike (not "hit oil depots",
            # "hit a vehicle carrying a commander")
            relation = "Sanction"
        if relation == "Attack" and objects and all(o.type == "Initiative" for o in objects) and obj_toks and \
                self.lex.theme_class(" ".join(t.lower_ for t in obj_toks[0].subtree)) in {"military", "territory"}:
            # "struck Iranian air defences": the side whose arms or ground they are
            objects = self._attack_targets(obj_toks[0], subjects, tok) or objects
        if relation == "Attack" and objects and all(o.type == "Initiative" for o in objects) and not any(
                _family_war(o.key) for o in objects):
            if tok.lemma_ not in VERBAL_ATTACKS:
                return  # "the separatists occupy it": no strike on a plan
            relation = "Criticize"  # "attacked the Rwanda scheme": words, not weapons
        if relation == "Attack" and tok.lemma_ in VERBAL_ATTACKS and subjects and objects and all(
                s.type == "Person" for s in subjects) and all(o.type == "Person" for o in objects):
            relation = "Criticize"  # "Biden attacked Trump for the tweet": one politician's words on another
        if relation == "Attack" and tok.lemma_ in {"shoot", "intercept", "down"} and obj_toks and \
                obj_toks[0].lemma_.lower() in INTERCEPTED:
            return  # "helped shoot down Houthi missiles": an interception, no attack on their owner
        if relation == "Attack" and any(w in NATURAL_FORCES for s in subjects for w in s.text.lower().split()):
            return  # "as Hurricane Lorenzo hit the Azores"
        if relation == "Commit" and trig.polarity == "negative" and obj_toks and obj_toks[0].lemma_.lower() in LAWS:
            return  # "could not have violated the fraud laws": a crime, not a broken commitment
        if relation == "LeaderOf" and ((tok.dep_ == "acl" and tok.head.lemma_.lower() in ASPIRATIONS) or (
                tok.dep_ == "xcomp" and tok.head.lemma_.lower() in JOIN_WISHES)):
            return  # "Bachelet's bid to lead the UN", "is seeking to lead the party": a wish, no office
        if relation == "MemberOf" and tok.dep_ == "acl" and tok.head.lemma_.lower() in ASPIRATIONS \
                and tok.lemma_ in {"join", "enter", "accede"}:
            # "Serbia's bid to join the EU": a request to join, not membership
            relation = "Request"
            ctx.modality = "asserted"
        if tok.lemma_ == "appeal" and not objects:
            rulings = [c for c in tok.children if c.dep_ == "dobj"]
            if rulings:
                # "would appeal the ruling": a stance against it, not a request
                relation, objects = "Oppose", [r for t in rulings for r in self.deep_refs(t)]
                if not objects and rulings[0].lemma_.lower() in RULINGS:
                    court = self.index.recent_court(rulings[0], self.seg_no)
                    objects = [court] if court is not None else []
        if tok.lemma_ == "vote":
            against = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
                       for p in c.children if p.dep_ == "pobj"]
            if against:
                relation, objects = "Oppose", [r for t in against for r in self.deep_refs(t)]
        if relation == "Request" and not objects and tok.lemma_ in {"demand", "seek"}:
            # "demanded the withdrawal of Israeli forces": of the one who must act
            own = {s.key for s in subjects}
            objects = [r for c in tok.children if c.dep_ == "dobj" for t in c.subtree
                       if t.dep_ in {"amod", "poss", "compound"} and t.head.lower_ in self._words("actors", "nouns")
                       for r in [self.index.ref(t, self.seg_no)] if r is not None and r.type == "State" and r.key not in own][:1]
        if relation == "Request" and tok.lemma_ in {"ask", "apply"}:
            # "asked to join NATO": a request to the organisation, and a membership wish
            xcomp = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_ in {"join", "rejoin"}]
            if xcomp and not objects:
                objects = [r for t in self.objects_for(xcomp[0], ("dobj",), False) for r in self.refs(t)]
            # "applied for NATO membership", "… for membership of the EU": the body to be joined
            wished = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                      if p.dep_ == "pobj" and p.lemma_.lower() in {"membership", "accession", "admission"}]
            if wished and not any(o.type == "Organization" for o in objects):
                objects = [r for p in wished for t in [*(c for c in p.children if c.dep_ in {"compound", "nmod", "amod"}),
                                                       *(g for c in p.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "in"}
                                                         for g in c.children if g.dep_ == "pobj")]
                           for r in self.refs(t, actors_only=True) if r.type == "Organization"] or objects
        if relation == "Agree" and tok.lemma_ == "approve" and obj_toks and obj_toks[0].lemma_.lower() in {"sale", "transfer"}:
            return  # "approved the sale of jets to Greece": the sale itself is the act (see noun_trigger)
        if relation == "Agree" and tok.lemma_ == "approve" and obj_toks and obj_toks[0].lemma_.lower() in MISSION_HEADS:
            relation = "Allow"  # "parliament approved the deployment": permission, not a deal
        if tok.lemma_ == "distance" and (moved := [r for c in tok.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                                                   for r in self.refs(c, actors_only=True) if r.type == "State"]):
            subjects = moved  # "Vucic has distanced Serbia from Russia": Serbia's ties loosen
        if tok.lemma_ == "seek":
            # "would not seek Turkey's permission": asked of its owner; "sought a ceasefire": the
            # initiative ("seeking $2 billion for Sudan" asks nothing of Sudan, "sought a more
            # federal EU" nothing of the EU, "sought the party's nomination" nothing of the party)
            objects = [r for c in obj_toks[0].children if c.dep_ == "poss" for r in self.refs(c, actors_only=True)
                       ] if obj_toks and obj_toks[0].lemma_ in {"permission", "approval", "consent", "blessing",
                                                                "backing", "help", "assistance", "support"} else [
                r for t in obj_toks for r in self.refs(t) if r.type == "Initiative"]
        if tok.lemma_ == "belong":
            # ("the island belongs to Denmark": no membership; "lists Saha as belonging to": whose?)
            objects = [o for o in objects if o.type == "Organization"] if any(
                c.dep_ == "nsubj" for c in tok.children) else []
            if not objects and tok.dep_ == "relcl" and (named := _named_before_clause(tok)) is not None and any(
                    c.dep_ == "nsubj" for c in tok.children):
                # "Tehran's mission to the OIC, to which both countries belong", the clause hung on
                # "mission": the body named just before the comma
                objects = [r for r in self.refs(named) if r.type == "Organization"]
        if relation == "LeaderOf" and tok.lemma_ in {"lead", "head", "run"} and objects:
            # ("U.S. lawmakers led by Senator X": he leads the lawmakers, not the United States)
            objects = [o for t in obj_toks for o in self.refs(t, actors_only=True) if not _led_people(t, o)]
        if relation == "Cooperate" and obj_toks and all(o.type == "Initiative" for o in objects):
            # "declined to cooperate with the RCMP investigation", "with Canada's inquiry": its owner
            owners = [r for t in obj_toks if t.lemma_.lower() in {"investigation", "inquiry", "probe"}
                      for r in self._named_owners(t)]
            objects = owners or objects
        if relation == "Request" and not objects and tok.lemma_ in {"invite", "ask", "urge"}:
            # "invited experts from Azerbaijan, Russia and Brazil": the states they come from
            objects = [r for t in obj_toks if t.tag_ == "NNS" and t.lemma_.lower() in SENT_PEOPLE
                       for c in [*t.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if relation == "LeaderOf" and tok.lemma_ in {"co-chair", "co-lead"} and objects:
            # "Russia, which co-chaired the Minsk Group with France and the United States": all three
            partners = [r for x in [tok, *obj_toks] for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            subjects = list({r.key: r for r in [*subjects, *partners]}.values())
        if tok.lemma_ == "distance":
            objects = [o for o in objects if o.type != "Initiative"]  # ("distanced itself from the plan": a stance)
        if tok.lemma_ == "speak":
            objects = [o for o in objects if o.type in {"Person", "State"}]  # ("spoke with Wikinews": an interview)
        if garrison is not None and objects:
            relation = "Allow"  # "Gabon, which still hosts French troops": lets them stay, no meeting
        if tok.lemma_ == "welcome" and objects and obj_toks and all(
                t.pos_ == "PROPN" and getattr(self.index.ref(t, self.seg_no), "type", None) == "Person" for t in obj_toks):
            # "Macron was welcomed in Nuuk by Greenland's premier": a visitor received, a meeting
            self._each_other(sent, tok, "Meet", list({r.key: r for r in [*subjects, *objects]}.values()), ctx,
                             extra_neg=extra)
            return
        if tok.lemma_ == "challenge":
            # ("would challenge it at the WTO": what "it" is, a decision or a move, is seldom a
            # plan named before, and "challenges" a country faces are no stance)
            objects = [o for o in objects if o.via != "pronoun"]
        if tok.lemma_ in PRAISING and (not acted or tok.lemma_ in DEFENDING):
            # "praised Warren's endorsement": the thing or its owner, never what a phrase inside it
            # names ("hailed the report on Twitter" does not back Twitter)
            objects = [r for t in obj_toks for r in self.refs(t)] or [
                r for t in obj_toks for c in t.children if c.dep_ == "poss" for r in self.refs(c, actors_only=True)]
            objects = [o for o in objects if o.via != "pronoun"]  # ("defended his decision": his own)
        if relation in {"Criticize", "Oppose"} and obj_toks:
            # "has not condemned Russia's invasion of Ukraine": a stance on the invader
            attackers = [r for t in obj_toks if self._attack_noun(t) for c in t.children if c.dep_ == "poss"
                         for r in self.refs(c, actors_only=True)]
            if attackers:
                objects = attackers
        if tok.lemma_ == "bar" and any(c.dep_ == "prep" and c.lower_ == "from" for n in [
                tok, *obj_toks, *(cj for t in obj_toks for cj in t.conjuncts)] for c in n.children) and any(
                o.type in {"State", "Organization"} for o in objects):
            # "barred China and the United States from the leaders' meeting": a state or a body kept
            # out is not allowed in (a person barred from running is blocked)
            self.emit(sent, tok, "Allow", subjects, [o for o in objects if o.type in {"State", "Organization"}], ctx,
                      extra_neg=extra + 1)
            objects = [o for o in objects if o.type not in {"State", "Organization"}]
        if tok.lemma_ == "stand" and objects and all(o.type == "Initiative" for o in objects) and not any(
                c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children):
            relation = "Commit"  # "Sofia stands by the agreement" (standing "behind" a plan backs it)
        if hosted and objects and all(o.type == "Initiative" for o in objects):
            relation = "Participate"  # "Kenya has hosted the Tumaini talks", "chaired the talks": a party to them
        if relation == "Participate" and tok.lemma_ == "contribute" and any(
                c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.like_num or self.lex.theme_class(c.lemma_) == "money")
                for c in tok.children):
            relation = "Fund"  # "will contribute $3 billion to the facility": money, not a part in it
        if tok.lemma_ == "pull" and not any(c.dep_ == "dobj" and self.lex.theme_class(c.lemma_) == "personnel"
                                            for c in tok.children):
            objects = [o for o in objects if o.type != "State"]  # firms "pulling out of" a country: business
        if relation == "Participate" and trig.polarity == "negative" and tok.lemma_ in {"quit", "withdraw", "leave", "pull"} \
                and objects and all(o.type == "Organization" for o in objects) and not any(
                c.dep_ == "dobj" and self.lex.theme_class(c.lemma_) == "personnel" for c in tok.children):
            relation = "MemberOf"  # "would quit ECOWAS", "withdrew from the Council of Europe": membership ends
        if relation == "MemberOf" and tok.lemma_ in {"form", "found", "co-found"}:
            subjects = [s for s in subjects if s.type in {"State", "Organization"}]  # founding states, not a firm's founder
        if relation == "MemberOf" and tok.lemma_ in {"join", "rejoin"} and all(o.type == "Organization" for o in objects) and (
                (tok.dep_ == "xcomp" and tok.head.lemma_ in JOIN_WISHES) or (
                    tok.dep_ == "advcl" and tok.head.pos_ == "VERB"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))):
            # "has sought to join the EU", "plans to apply to join NATO": it asks, it is not a member
            relation, ctx = "Request", self.context(tok.head)
        if relation == "MemberOf" and tok.lemma_ == "join" and not objects:
            efforts = [r for t in obj_toks for r in self.refs(t) if r.type == "Initiative"]
            if efforts:
                relation, objects = "Participate", efforts  # "troops will join the mission": one takes part
        if tok.lemma_ == "join" and objects and any(
                c.dep_ == "prep" and c.lower_ == "in" and (
                    all(o.type in {"State", "Person"} for o in objects)
                    or any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)) for c in tok.children):
            # "joined Washington in restricting sales", "joined the AU in condemning the coup" (not
            # "joined NATO in 2023")
            relation = "Cooperate"
        if relation == "Participate" and tok.lemma_ in {"withdraw", "pull"} and objects and all(
                o.type == "State" for o in objects) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in SOLDIERS for c in tok.children):
            relation = "ProvideMilitaryAid"  # "pulled its forces out of Mali": military help withdrawn
        if tok.lemma_ == "travel":
            objects = [o for o in objects if o.type == "State"]  # a trip to a state, not to a park or a firm
        conditions = _trailing_conditions(tok)
        if relation == "Threaten" and conditions:
            # "threatened sanctions unless Iran returned to talks": a threat is conditional by nature,
            # and made; its object is the one the condition is put to
            ctx.hypothetical = False
            if not objects:
                own = {s.key for s in subjects}
                objects = list(dict.fromkeys(r for c in conditions for sj in c.children if sj.dep_ in SUBJ_DEPS
                                             for r in self.refs(sj, actors_only=True) if r.key not in own))
        reciprocal = any(t.lower_ in {"other", "another"} and t.i > 0 and t.doc[t.i - 1].lower_ in {"each", "one"}
                         for t in obj_toks)
        if any(t.lower_ == "other" and any(c.lower_ == "the" for c in t.children) for t in obj_toks) and not objects:
            # "Kyrgyzstan and Tajikistan, each of which blamed the other", "Both X and Y accused the
            # other of …": each the other (the two last named before "each")
            if any(t.lower_ == "each" for t in subj_toks) and len(subjects) < 2:
                named: dict[str, Ref] = {}
                for t in reversed(sent[: min(t.i for t in subj_toks) - sent.start]):
                    for r in self.refs(t, actors_only=True):
                        if r.type in {"State", "Organization"} and len(named) < 2:
                            named.setdefault(r.key, r)
                subjects = list(named.values())[::-1] if len(named) == 2 else subjects
            reciprocal = len(subjects) >= 2
        if relation == "Attack" and tok.lemma_ in MUTUAL_FIGHTS and subj_toks and not any(
                c.dep_ in {"dobj", "nsubjpass"} for c in tok.children):
            # "Tajik and Kyrgyz forces fought along the border", "Indian troops clashed with Chinese
            # soldiers": each side attacked the other (forces only: "Macron clashed with Trump" is words)
            foes = [t for t in obj_toks if t.dep_ == "pobj" and t.head.lower_ == "with"]
            if all(t.lemma_.lower() in FIGHTING_SIDES for t in [*subj_toks, *foes]):
                sides = list({r.key: r for r in [*subjects, *objects]}.values())
                if len(sides) >= 2 and (foes or not objects):
                    self._each_other(sent, tok, relation, sides, ctx, extra_neg=extra)
                    return
            if tok.lemma_ == "clash":
                return
        signed_off = tok.lemma_ == "sign" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
        # (a partner or thing named that is no actor is not the others: "China, Pakistan and
        # Uzbekistan have accepted Taliban-appointed ambassadors", "would no longer cooperate with
        # Western militaries"; a topic is: "agreed on border patrols")
        # (a pact or plan signed is what they agree on: "signed a truce", "a roadmap to restore ties")
        # ("did not meet face to face" names no one else; "have yet to receive any doses" a thing)
        other_named = any((t.dep_ in {"dobj", "obj", "nsubjpass"} and t.head == tok and tok.lemma_ not in PACT_VERBS
                           and t.lemma_.lower() not in {"face", "time", "today", "week", "month", "year"}
                           and tok.doc[t.left_edge.i - 1].text != ","  # (", their first encounter since …": the act)
                           and t.lemma_.lower() not in PACT_NOUNS and self.index.initiative(t, self.seg_no) is None)
                          or (t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head == tok)
                          for t in obj_toks) or (relation == "Agree" and self._agreed_for_others(tok, subjects))
        if ((relation in SYMMETRIC and not hosted and not signed_off and not other_named and not _disjoined(subj_toks))
                or reciprocal) and not objects and len(subjects) >= 2 and tok.dep_ != "acl":
            # ("Germany and France had not signed off on the move": an approval each withheld, not a
            # deal between the two)
            # ("Israel and Hezbollah accused each other of breaching the truce": each the other)
            # "the three leaders agreed …", "X and Y met": each with the others
            self._each_other(sent, tok, relation, subjects, ctx, extra_neg=extra)
            return
        if relation in {"Agree"} and tok.lemma_ == "agree" and any(c.dep_ == "xcomp" for c in tok.children) \
                and not objects:
            return  # "agreed not to veto": the inner verb carries the statement
        if relation in AID_RELATIONS - {"Fund"} and not objects:
            objects = self._beneficiaries([tok, *obj_toks], subjects)  # ("pays for Russian spacecraft": a purchase)
        if relation == "Fund" and tok.lemma_ in {"pay", "repay", "settle", "clear", "cover"}:
            # "would pay off Syria's debts to the World Bank": Syria is funded, not its creditor
            debtors = [r for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in DEBTS
                       for p in c.children if p.dep_ == "poss" for r in self.refs(p, actors_only=True)]
            if debtors and not {d.key for d in debtors} & {s.key for s in subjects}:
                objects = debtors
            elif any(c.dep_ == "dobj" and c.lemma_.lower() in DEBTS for c in tok.children):
                return  # "Bolivia is unable to pay its debts to China": a debt paid back funds no creditor
        if relation == "Fund" and not objects and obj_toks and self.lex.theme_class(obj_toks[0].lemma_) == "money":
            objects = self._beneficiaries(obj_toks[:1], subjects)  # "underwrite a loan for Sri Lanka"
        elif relation == "Fund" and not objects and obj_toks and tok.lemma_ in PAYING_FOR:
            # "bankrolled dozens of projects in the country", "would not fund reconstruction in
            # government-held areas of Syria": the one state the funded things are in or for
            objects = self._beneficiaries(
                [t for t in obj_toks[0].subtree if t.pos_ in {"NOUN", "PRON", "NUM"}], subjects, preps={"for", "to", "in"}) or (
                # "refused to fund the reconstruction of Syria": the state rebuilt
                self._beneficiaries(obj_toks[:1], subjects, preps={"of"}) if obj_toks[0].lemma_.lower() in REBUILDING else [])
        if relation == "ProvideMilitaryAid" and not objects and tok.lemma_ in {"train", "arm", "equip"}:
            # "will train Ukrainian pilots": the trainees' state
            own = {s.key for s in subjects}
            objects = [r for t in obj_toks for c in t.children if c.dep_ in {"amod", "compound"}
                       for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "State" and r.key not in own]
        if relation == "Cooperate" and tok.lemma_ in PURCHASING and self._arms_purchase(sent, tok, subjects, ctx, extra):
            return
        if subjects and objects and {s.key for s in subjects} <= {o.key for o in objects} and tok.dep_ == "conj" \
                and tok.head.dep_ == "ccomp" and tok.head.head.i < tok.head.i \
                and tok.head.head.lemma_ in self._words("speech", "verbs"):
            # "Waltz said the administration wanted … and accused Denmark of …" read as the
            # administration (taken for Denmark) accusing itself: no one does; the parser hung the
            # second verb on the reported clause, and it is the speaker's
            subjects = self.subject_refs(tok.head.head)
        # "sent troops to Somalia but not to Sudan", "was funded by the UAE, not by Egypt": the
        # phrase that "not" denies is the act's denial, the others its assertion
        objects, denied_objects = self._contrast_split(tok, trig.object, objects)
        denied_subjects = {r.key for t in subj_toks if _contrasted(t) for r in self.refs(t, actors_only=True)}
        if denied_objects or denied_subjects:
            self.emit(sent, tok, relation, [s for s in subjects if s.key in denied_subjects] or subjects,
                      denied_objects or objects, ctx, extra_neg=extra + 1)
            subjects = [s for s in subjects if s.key not in denied_subjects]
        before = len(self.out)
        self.emit(sent, tok, relation, subjects, objects, ctx, extra_neg=extra)
        if relation == "Agree" and tok.lemma_ in SIGNING:
            self._signed_with(sent, tok, subjects, objects, obj_toks, ctx, extra, self.out[before:])
            self._trade_deal(sent, tok, subjects, objects, obj_toks, ctx, extra)
        if relation == "Participate":
            self._aid_participation(sent, tok, subjects, obj_toks, ctx, extra)

    def _arms_purchase(self, sent: Span, tok: Token, subjects: list[Ref], ctx: Context, extra: int) -> bool:
        """Arms bought from a state are arms it supplies: "Hanoi could buy F-16 jets from
        Washington" is the United States' military aid to Vietnam; ``False`` when no arms or no
        seller are named, or the purchase is negated."""
        goods = [c for c in tok.children if c.dep_ == "dobj"] or ([tok.head] if tok.dep_ == "relcl" else [])
        if not goods or (ctx.negations + extra) % 2 or not any(
                self.lex.theme_class(" ".join(t.lower_ for t in g.subtree if t.i <= g.i or g.dep_ == "dobj")) == "military"
                for g in goods):
            return False  # ("will not buy jets from X" is the buyer's choice, no refusal of X's)
        own = {s.key for s in subjects}
        sellers = [r for h in [tok, *goods] for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                   if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                   if r.type in {"State", "Organization"} and r.key not in own]
        if not sellers:
            return False
        buyers = [s for s in subjects if s.type in {"State", "Organization"}] or subjects
        self.emit(sent, tok, "ProvideMilitaryAid", sellers, buyers, ctx, extra_neg=extra, act=False)  # (the buyer's move)
        return True

    def _signed_with(self, sent: Span, tok: Token, subjects: list[Ref], objects: list[Ref], obj_toks: list[Token],
                     ctx: Context, extra: int, made: list[RawStatement]) -> None:
        """The other party of a pact signed "with" it signs it too: "Cairo signed a defence pact
        with Somalia" gives Somalia's Agree as well as Egypt's (only a signing that took place:
        "has not signed a deal with Canberra" is no refusal of Canberra's, and "could sign a
        treaty with Baku" says nothing of Baku's will)."""
        pacts = [o for o in objects if o.type == "Initiative"]
        heads = [tok.head] if tok.dep_ == "relcl" else obj_toks  # "a deal that Rome signed with Tirana"
        if not pacts or not made or any(m.polarity != "positive" or m.modality != "asserted" for m in made) or not any(
                t.lemma_.lower() in PACT_NOUNS for t in heads):
            return
        own = {s.key for s in subjects}
        partners = [r for c in [tok, *heads] for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" for r in self.refs(o, actors_only=True)
                    if r.type in ACTOR_TYPES and r.key not in own]
        if partners:
            # (the signer's move, not the partner's, is what "the decision" points back at)
            self.emit(sent, tok, "Agree", list({r.key: r for r in partners}.values()), pacts, ctx, extra_neg=extra,
                      act=False)

    def _trade_deal(self, sent: Span, tok: Token, subjects: list[Ref], objects: list[Ref], obj_toks: list[Token],
                    ctx: Context, extra: int) -> None:
        """A deal signed "to buy X from Y" (or "to sell X to Y") is one with Y, who signs it too:
        "Serbia signed a contract to buy 12 jets from France" gives Serbia and France each an
        Agree with the other (a signing that took place, as for :meth:`_signed_with`)."""
        if not obj_toks or obj_toks[0].lemma_.lower() not in PACT_NOUNS or ctx.drop or not _asserted_done(ctx, extra):
            return
        own = {s.key for s in subjects}
        # (the purpose clause on the noun, or on the verb past a date: "signed a deal on Thursday to buy")
        purposes = [v for v in obj_toks[0].children if v.dep_ == "acl"] + [v for v in tok.children if v.dep_ == "advcl"
                                                                           and any(a.lower_ == "to" for a in v.children)]
        parties = [r for v in purposes if v.pos_ == "VERB"
                   for p in v.children if p.dep_ == "prep" and (
                       (v.lemma_ in PURCHASING and p.lower_ == "from") or (v.lemma_ in SELLING and p.lower_ == "to"))
                   for o in p.children if o.dep_ == "pobj" for r in self.refs(o, actors_only=True)
                   if r.type in {"State", "Organization"} and r.key not in own]
        parties = [r for r in {r.key: r for r in parties}.values() if r.key not in {o.key for o in objects}]
        signers = [s for s in subjects if s.type in ACTOR_TYPES]
        if parties and signers:
            self.emit(sent, tok, "Agree", signers, parties, ctx)
            self.emit(sent, tok, "Agree", parties, signers, ctx, act=False)

    def asset_freeze(self, sent: Span, tok: Token) -> None:
        """Freezing or seizing someone's assets sanctions them: "the EU froze the assets of X",
        "Russian assets were seized by Canada"."""
        assets = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "asset"]
        if not assets:
            return
        asset = assets[0]
        owners = [r for c in asset.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        owners = owners or [r for c in asset.children if c.dep_ in {"poss", "amod", "compound"}
                            for r in self.refs(c, actors_only=True)]
        owners = owners or [r for c in asset.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                            if p.dep_ == "pobj" for m in p.children if m.dep_ in {"amod", "compound"}
                            for r in self.refs(m, actors_only=True) if r.type == "State"]  # "of Russian entities"
        subjects = self.subject_refs(tok)
        if owners and subjects:
            self.emit(sent, tok, "Sanction", subjects, owners, self.context(tok))

    def warning(self, sent: Span, tok: Token) -> None:
        """"Biden warned that there would be consequences for the kingdom": a threat to it."""
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        nouns = [t for c in clauses for t in c.subtree if t.lemma_.lower() in THREAT_NOUNS and t.pos_ == "NOUN"
                 and self.lex.nouns.get(t.lemma_.lower()) is None]
        # "threatened tariffs on Japanese goods", "warned of countermeasures against both neighbours"
        nouns += [t for t in [*(c for c in tok.children if c.dep_ == "dobj" and tok.lemma_ != "warn"),
                              *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj")]
                  if t.pos_ == "NOUN" and (t.lemma_.lower() in THREAT_NOUNS | THREATENED_MEASURES)]
        targets = [r for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in {"for", "against", "on"}
                   for p in c.children if p.dep_ == "pobj"
                   for r in (self.refs(p, actors_only=True) or self.goods_origin(p))]
        if not targets and tok.lemma_ == "warn":
            # "warned Warsaw it could face legal action", "warned Kyiv of a firm response": the one
            # warned faces what is threatened
            # (not the clause's subject: "warned that tariffs would hurt both economies" is no threat)
            feared = [t for c in clauses for t in c.subtree if t.pos_ == "NOUN" and t.dep_ not in SUBJ_DEPS
                      and t.lemma_.lower() in THREAT_NOUNS | THREATENED_MEASURES] + [
                n for n in nouns if n.dep_ == "pobj"] + [
                # ("warned Hanoi it would retaliate": the warner's own answer)
                c for c in clauses if c.lemma_ in RETALIATING and any(
                    s.dep_ in SUBJ_DEPS and s.pos_ == "PRON" and s.lower_ in {"it", "we", "they", "he", "she"}
                    for s in c.children)]
            if feared:
                targets = [r for c in tok.children if c.dep_ == "dobj" for r in self.refs(c, actors_only=True)
                           if r.type in {"State", "Organization", "Person"}]
        if not targets and tok.lemma_ == "warn":
            # "warned that Armenia would pay an economic price", "… that Seoul would face new
            # countermeasures": the state to pay or face it (not "warned that Volkswagen could face
            # retaliation": a firm faces someone else's)
            targets = [r for c in clauses if c.lemma_ in {"pay", "face", "suffer", "bear", "incur"} and any(
                           o.dep_ == "dobj" and o.lemma_.lower() in THREAT_NOUNS | THREATENED_MEASURES for o in c.children)
                       for t in c.children if t.dep_ == "nsubj" for r in self.refs(t, actors_only=True)
                       if r.type == "State"]
            # "warned that Moscow would respond to any NATO build-up": the one answered
            targets += [r for c in clauses if c.lemma_ in RETALIATING for g in c.children
                        if g.dep_ == "prep" and g.lower_ in {"to", "against"} for p in g.children if p.dep_ == "pobj"
                        for x in [p, *(m for m in p.children if m.dep_ in {"compound", "poss", "amod", "nmod"})]
                        for r in self.refs(x, actors_only=True)]
        if not targets and tok.lemma_ in {"warn", "caution"}:
            targets = self._warned_if(tok, clauses)
        if not targets:
            return
        subjects = self.subject_refs(tok)
        ctx = self.context(tok)
        if _trailing_conditions(tok):
            ctx.hypothetical = False  # "threatened sanctions on Iran unless it returned to talks": made
        self.emit(sent, tok, "Threaten", subjects, targets, ctx)

    def _warned_if(self, tok: Token, clauses: list[Token]) -> list[Ref]:
        """Whom a warning of the warner's own act on a condition threatens: "cautioned that the army
        would hit back if Cambodian troops crossed the line" (Cambodia), "warned that the levies would
        return if Mexico failed to deliver" (Mexico); not "warned that Russia would attack if NATO
        expanded" (Russia's act, not the warner's)."""
        warners = {r.key for r in self.subject_refs(tok)}
        found: list[Ref] = []
        for clause in clauses:
            doers = [s for s in clause.children if s.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
            own = bool(doers) and all(
                s.lemma_.lower() in THREATENED_MEASURES | OWN_FORCES or (s.pos_ == "PRON" and s.lower_ in {"it", "we", "they"})
                or {r.key for r in self.refs(s, actors_only=True)} & warners for s in doers)
            # (a friendly act is no threat: "warned that it would support Greece if Russia attacked")
            friendly = getattr(self.lex.verbs.get(clause.lemma_.lower()), "relation", None) in {
                "Support", "ProvideAid", "ProvideMilitaryAid", "Fund", "Cooperate", "Agree", "Meet", "Commit", "Guarantee"}
            if not own or friendly or self._own_negations(clause):
                continue  # ("warned that it would not take measures": no threat either)
            found += [r for c in clause.children if c.dep_ == "advcl" and any(
                          m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                      for s in c.children if s.dep_ in SUBJ_DEPS
                      for r in self.refs(s, actors_only=True) if r.key not in warners]
            # ("warned that Ankara could mount a new operation against the SDF": the one it is against)
            found += [r for o in (clause, *(c for c in clause.children if c.dep_ == "dobj")) for g in o.children
                      if g.dep_ == "prep" and g.lower_ == "against" for p in g.children if p.dep_ == "pobj"
                      for r in self.refs(p, actors_only=True) if r.key not in warners]
        return list({r.key: r for r in found}.values())

    def access_grant(self, sent: Span, tok: Token) -> None:
        """"granting American forces access to four more bases" (Allow), "denied U.N. agencies
        access" (Allow, negative)."""
        access = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "access"]
        if not access or any(m.dep_ == "compound" and m.pos_ == "NOUN" and not self.refs(m, actors_only=True)
                             for m in access[0].children):
            return  # "ballot access", "market access": another kind of access
        receivers = [c for c in tok.children if (c.dep_ == "dative" and c.pos_ != "ADP")
                     or (c.dep_ == "dobj" and c.lemma_.lower() != "access")]
        receivers += [p for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children
                      if p.dep_ == "pobj"]  # "granted access to U.S. forces"
        receivers += [m for m in access[0].subtree if m.i < access[0].i and (
            m.dep_ == "nsubj" or (m.dep_ == "compound" and m.head == access[0]))]
        # (parsed "American forces access"; "allow United Nations agencies unhindered access", parsed
        # with "agencies" a verb whose subject hangs on "unhindered")
        objects = [r for t in receivers for r in self.refs(t, actors_only=True)]
        if not objects:
            objects = [r for t in receivers for c in t.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                       for r in self.refs(c, actors_only=True)]
        subjects = self._active_subjects(tok)
        if subjects and objects:
            self.emit(sent, tok, "Allow", subjects, objects, self.context(tok),
                      extra_neg=1 if tok.lemma_ in {"deny", "refuse"} else 0)

    def obligation_request(self, sent: Span, tok: Token) -> None:
        """A speaker saying another party should act asks it to: "Wang said Washington should remove
        the tariffs" (Wang, Request, United States). The speaker's own side is no addressee."""
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        clauses += [cj for c in clauses for cj in c.conjuncts if any(s.dep_ == "nsubj" for s in cj.children)]
        addressees: list[Ref] = []
        blamed: list[Ref] = []
        for clause in clauses:
            must = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children) or (
                clause.lemma_ in {"need", "have"} and clause.tag_ in {"VBZ", "VBP"} and any(
                    x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in clause.children))
            if not must:
                continue  # (nor "had to weigh its ties": a past necessity, asked of no one)
            # ("both governments should", "the parties must", "allies must": an appeal to many, whose
            # members the reader must guess, is left alone; a named party is asked)
            found = [r for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and s.tag_ != "NNS"
                     for r in self.refs(s, actors_only=True) if r.type in {"State", "Organization", "Person"}]
            if clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children):
                blamed += found  # "said the government should have acted two years ago": a reproach
            else:
                addressees += found
        if not addressees and not blamed:
            return
        ctx = self.context(tok)
        if ctx.negations % 2:
            return  # "did not say Tokyo should …": no call made
        speakers = self._active_subjects(tok) or []
        own = {k for s in speakers for k in (s.key, *self.index.person_affils.get(s.key, ()))}
        if any(a.key in own for a in addressees):
            addressees = []  # "the two countries should deepen cooperation": an appeal to both, its own included
        self.emit(sent, tok, "Request", speakers, addressees, ctx, modality="asserted")
        self.emit(sent, tok, "Criticize", speakers, [b for b in blamed if b.key not in own], ctx, modality="asserted")

    def _active_subjects(self, tok: Token) -> list[Ref] | None:
        """The actors doing what an active verb says; ``None`` for a passive (who acts is unsaid)."""
        subj_toks, passive = self.subject_of(tok)
        return None if passive else [r for t in subj_toks for r in self.refs(t, actors_only=True)]

    def _with_partners(self, toks: list[Token]) -> list[Ref]:
        """States and bodies in a "with X" of these tokens ("joint exercises with the Guyanese military")."""
        return [r for c in toks for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for r in self.refs(o, actors_only=True)
                if r.type in {"State", "Organization"}]

    def _restricted_states(self, sent: Span, tok: Token, things: list[Token], preps: set[str], *,
                           owners: bool, relation: str = "Sanction", extra_neg: int = 0, border: bool = False) -> None:
        """A restriction on what flows (crossings, trade) sanctions the states it names or reaches
        ("its crossings on the Russian border", "gas supplies to Spain"); ``owners`` says whether
        a possessive counts ("Ethiopia's trade access" yes, "its crossings" no). With ``border``, a
        crossing that names no state is on the border the story's closures shut ("Finland closed its
        crossings on the Russian border. Estonia is ready to close its own crossings"): see
        `_border_beyond`."""
        subjects = self._active_subjects(tok)
        if not subjects:
            return
        own = {s.key for s in subjects}
        reach = [t for c in things for t in c.subtree] + [
            t for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree]
        targets = [r for t in reach if owners or t.dep_ != "poss"
                   for r in [self.index.ref(t, self.seg_no)] if r is not None and r.type == "State" and r.key not in own]
        targets = list({r.key: r for r in targets}.values())
        if not targets and border:
            targets = self._border_beyond(sent, own)
        if targets:
            self.emit(sent, tok, relation, subjects, targets, self.context(tok), extra_neg=extra_neg)

    def advocacy(self, sent: Span, tok: Token) -> None:
        """Lobbying or campaigning for something backs it, against it opposes it: "Belgium
        lobbied for the sanctions" (Support), "Berlin campaigned against the duties" (Oppose);
        calling or pushing for a thing backs it ("called for an independent inquiry").
        Lobbying someone ("lobbied Brussels to …") or calling for someone to act is a request,
        read by the lexicon."""
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
            return
        subjects = self._active_subjects(tok)
        if not subjects:
            return
        own = {s.key for s in subjects}
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                {"for"} if tok.lemma_ in ASKING_FOR else {"for", "against"})):
            things = [p for p in prep.children if p.dep_ == "pobj"]
            if tok.lemma_ in ASKING_FOR and any(
                    v.i > prep.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in v.children) and (
                        any(x.dep_ == "auxpass" for x in v.children)
                        or any(r.type in ACTOR_TYPES for t in things for r in self.refs(t, actors_only=True)))
                    for v in [*tok.children, *(a for t in things for a in t.children)] if v.dep_ in {"acl", "advcl", "xcomp"}):
                # "called for the ruling to be overturned", "for the government to act": asked, not
                # backed ("called for a ceasefire to let aid in" backs the ceasefire)
                continue
            # "lobbied for swift ratification of the deal": what is to be ratified
            things += [g for t in things if t.lemma_.lower() in PROCEDURE_NOUNS
                       for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            objects = [r for t in things for r in self.refs(t) if r.key not in own and r.type != "Place"]
            if objects:
                relation = "Support" if prep.lower_ == "for" else "Oppose"
                self.emit(sent, tok, relation, subjects, list({r.key: r for r in objects}.values()), self.context(tok))

    def goods_trade(self, sent: Span, tok: Token) -> None:
        """"Warsaw will ship more electricity to Ukraine", "Moldova is buying power from Romania",
        "sell a fifth of their cars in Indonesia", "supplies most of Nepal's fuel": goods sold or
        bought across a border are cooperation between the two sides (arms are military aid, and
        trade cut off is a sanction: see `trade_cut`)."""
        def goods(t: Token) -> bool:
            # "pork", "4 million tonnes of grain", "1 billion euros' worth of pork" (not "the price of oil")
            for x in _of_chain(t):
                if x.lemma_.lower() in TRADE_GOODS:
                    return True
                if x.lemma_.lower() in TRADE_GOODS_BLOCKERS:
                    return False
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj" and goods(c)
                and self.lex.theme_class(" ".join(t.lower_ for t in c.subtree if t.lemma_ not in {"vehicle", "system"} or any(
                    m.dep_ in {"amod", "compound"} for m in t.children))) != "military"]  # ("armoured vehicles")
        # "could supply Slovakia with gas": the one supplied, with the goods
        given = [c for c in tok.children if c.dep_ == "dobj" and tok.lemma_ == "supply" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and goods(g) for g in p.children)
            for p in [*c.children, *tok.children])]
        if not objs and not given:
            return
        buying = tok.lemma_.lower() in {"buy", "import", "purchase"}
        preps = {"from"} if buying else {"to", "in"} if tok.lemma_.lower() == "sell" else {"to"}
        subjects = self._active_subjects(tok)
        own = {s.key for s in subjects or ()}
        # ("a fifth of their cars in Indonesia": the place may hang on any noun of the chain)
        reach = [p for h in [tok, *(t for o in objs for t in _of_chain(o)[:4])] for c in h.children
                 if c.dep_ in {"prep", "dative"} and c.lower_ in preps for q in c.children if q.dep_ == "pobj"
                 for p in _conjuncts(q)] + given  # ("to India and China")
        # "supplies most of Nepal's fuel": the one whose goods they are
        reach += [t for o in objs if not buying for t in o.subtree if t.dep_ == "poss"]
        targets = [r for p in reach for r in [self.index.ref(p, self.seg_no)]
                   if r is not None and r.type == "State" and r.key not in own]
        if subjects and targets:
            targets, denied = self._contrast_split(tok, tuple(f"prep:{p}" for p in preps), targets)
            self.emit(sent, tok, "Cooperate", subjects, targets, self.context(tok))
            self.emit(sent, tok, "Cooperate", subjects, denied, self.context(tok), extra_neg=1)  # ("but not to China")

    def border_closure(self, sent: Span, tok: Token) -> None:
        """"Finland will close its crossings on the Russian border", "has kept its border crossing
        with Uganda closed": a restriction on the state beyond."""
        if tok.lemma_ in {"keep", "leave"} and not any(
                c.lower_ in {"closed", "shut", "sealed"} and (c.dep_ in {"advcl", "oprd", "xcomp", "ccomp", "acomp"} or (
                    c.dep_ == "conj" and not any(g.dep_ == "dobj" for g in c.children)))  # (the parser's "kept X and closed")
                for c in tok.children):
            return
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "close all but one of its crossings"
        # ("its main border crossing with Afghanistan": the crossing, not the word before it)
        # ("two of its border crossings with Belarus": the crossings, not the compound "border")
        crossings = [] if tok.lemma_ in BORDER_CHECKING else (
            [o for o in objs if o.lemma_.lower() in BORDER_NOUNS]
            + sorted((t for o in objs for t in o.subtree if t.lemma_.lower() in BORDER_NOUNS),
                     key=lambda t: t.dep_ == "compound"))[:1]
        if tok.lemma_ in BORDER_CHECKING:
            # "reintroduced controls on its frontier with Poland", "imposed checks on the German border"
            # (the parser may hang "on the border" on the verb: "imposing its own checks on the German border";
            # a port is no border here: "tighten controls at Ecuadorean ports" is help to Ecuador)
            crossings = [t for o in objs if o.lemma_.lower() in {"control", "check"} and not any(
                c.dep_ in {"compound", "amod"} and c.lower_ in {"arms", "export", "price", "capital"} for c in o.children)
                for c in [*o.children, *tok.children] if c.dep_ == "prep" and c.lower_ in {"on", "at", "along"}
                for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in {"border", "frontier", "crossing"}][:1]
        if not crossings and tok.lemma_ in {"restrict", "limit"} and any(o.lemma_.lower() in {"traffic", "crossing"} for o in objs):
            # "restricted traffic at their crossings with Russia"
            crossings = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "on", "along"}
                         for t in c.subtree if t.lemma_.lower() in BORDER_NOUNS][:1]
        if crossings:
            self._restricted_states(sent, tok, crossings, {"to", "with", "for", "at", "on", "along"}, owners=False,
                                    border=True)

    def followed_suit(self, sent: Span, tok: Token) -> None:
        """"Lithuania closed two crossings with Belarus. Latvia is expected to follow suit", "Romania
        and Bulgaria did not follow suit", "did the same", "Russia may follow Beijing": the act the
        last two sentences told, done (or not, or maybe) by another.

        Only an act done (not one refused: "X did not sanction Y; Z followed suit" is unclear), in a
        main clause, on someone or something named; all the acts of the latest sentence that has one.
        """
        kids = list(tok.children)
        if tok.lemma_ == "follow" and any(c.dep_ == "dobj" and c.lower_ == "suit" for c in kids):
            leaders: set[str] | None = None
        elif tok.lemma_ == "do" and any(c.dep_ == "dobj" and c.lower_ == "same" and any(
                d.lower_ == "the" for d in c.children) for c in kids):
            leaders = None
        elif tok.lemma_ == "follow" and not any(c.dep_ in {"prep", "advmod", "prt", "ccomp", "xcomp"} for c in kids):
            # ("may follow Beijing": the one followed acted; not "followed Riyadh in cutting ties",
            # which says the act itself, nor "followed the talks")
            leaders = {r.key for c in kids if c.dep_ == "dobj" for r in self.refs(c, actors_only=True)
                       if r.type in {"State", "Organization"} and r.via in {"name", "alias", "capital", "demonym"}}
            if not leaders:
                return
        else:
            return
        subjects = self._active_subjects(tok)
        if not subjects:
            return
        own = {s.key for s in subjects}
        start, _end = sentence_bounds(sent, self.offset)
        earlier = [a for a in self.acts if a.start < start and a.main and a.objects and a.polarity == "positive"
                   and not own & set(a.doers) and (leaders is None or leaders & set(a.doers))]
        if earlier and self.index.sentence_at(start) - self.index.sentence_at(earlier[-1].start) > 2:
            # too far back to be what was just told … unless it is the story's own news, the act
            # of its lead ("Lithuania closed two crossings … Riga is expected to follow suit")
            earlier = [a for a in earlier[:1] if a.relation in LEAD_ACTS and not a.past and self.index.sentence_at(a.start) <= 3]
        if not earlier:
            return
        ctx = self.context(tok)
        for relation, keys in dict.fromkeys((a.relation, a.objects) for a in earlier if a.start == earlier[-1].start):
            objects = [Ref(k, self.index.types.get(k, "State"), tok.text, "event") for k in keys if k not in own]
            self.emit(sent, tok, relation, subjects, objects, ctx, act=False)

    def _border_beyond(self, sent: Span, own: set[str]) -> list[Ref]:
        """The state beyond the border the story's closures shut: the one state all of them
        shut out, else the one the last closure did within six sentences; never the closer's own
        ("Finland will close its crossings on the Russian border. Estonia said it would shut two
        of its smaller crossings": Russia)."""
        start, _end = sentence_bounds(sent, self.offset)
        closures = [a for a in self.acts if a.start < start and a.relation == "Sanction" and a.lemma in BORDER_CLOSING]
        every = {k for a in closures for k in a.objects if self.index.types.get(k) == "State"}
        if len(every) != 1 and (not closures or self.index.sentence_at(start) - self.index.sentence_at(closures[-1].start) > 6):
            return []
        beyond = [k for k in (every if len(every) == 1 else closures[-1].objects)
                  if k not in own and self.index.types.get(k) == "State"]
        return [Ref(beyond[0], "State", "", "event")] if len(beyond) == 1 else []

    def envoy_recall(self, sent: Span, tok: Token) -> None:
        """"Venezuela recalled its ambassador to Brazil", "Iraq expelled the Swedish ambassador",
        "ordered South Africa's ambassador to leave": a downgrade of ties with the other state
        (Cooperate, negative); "sent its ambassador back to Tehran": ties restored (positive)."""
        expelled = tok.lemma_ == "expel"
        # ("expelled six of the other's diplomats": through the count; an expelled military adviser is one too)
        sent_away = EXPELLED_ENVOYS if expelled else ENVOYS
        # (or one named with the title: "withdrew High Commissioner Rajiv Menon from Ottawa")
        envoys = [e for c in tok.children if c.dep_ in ({"nsubjpass"} if any(
            c.dep_ == "auxpass" for c in tok.children) else {"dobj"}) for e in [_through_of(c)] if e.lemma_.lower() in sent_away
                  or (e.pos_ == "PROPN" and any(t.lemma_.lower() in sent_away for t in e.lefts if t.dep_ == "compound"))]
        if tok.lemma_ == "declare":
            # "declared the Mexican ambassador persona non grata" (however the parser splits the Latin)
            if "persona non grata" not in " ".join(t.lower_ for t in tok.subtree):
                return
            envoys = envoys or [t for t in tok.subtree if t.lemma_.lower() in ENVOYS and t.i > tok.i][:1]
            expelled = True
        if tok.lemma_ == "order" and not any(c.dep_ == "xcomp" and c.lemma_ == "leave" for c in tok.children):
            return  # (only an order "to leave" expels: "ordered South Africa's ambassador to leave")
        expelled = expelled or tok.lemma_ == "order"
        # "sent its ambassador back to Tehran", "returned its ambassador to Madrid": ties restored
        restored = tok.lemma_ == "return" or (tok.lemma_ == "send" and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in tok.children))
        if tok.lemma_ == "send" and not restored:
            return
        if not envoys:
            return
        subjects = [s for s in self._active_subjects(tok) or [] if s.type == "State"]
        envoy = envoys[0]
        own = {s.key for s in subjects}
        if expelled and len(subjects) > 1 and any(c.dep_ == "poss" and c.lower_ == "other" for c in envoy.children):
            # "Canada and India each expelled six of the other's diplomats"
            self._each_other(sent, tok, "Cooperate", subjects, self.context(tok), extra_neg=1)
            return
        if expelled:
            # the expelled envoy's state: "the Swedish ambassador", "Russia's envoy"
            others = [r for c in envoy.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                      for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "State"]
        else:
            # the recalled envoy's post: "its ambassador to/in/from Brazil", "recalled … from Madrid"
            # (a capital is its state: "recalled its envoys from Bamako and Niamey")
            others = [r for node in (envoy, tok) for c in node.children if c.dep_ == "prep" and c.lower_ in {"to", "in", "from"}
                      for p in c.children if p.dep_ == "pobj"
                      for r in [*self.refs(p, actors_only=True), *map(self._capital_state, _conjuncts(p))]
                      if r is not None and r.type == "State"]
            others = list({o.key: o for o in others}.values())
        others = [o for o in others if o.key not in own]
        ctx = self.context(tok)
        if not restored and ctx.negations % 2:
            return  # "did not expel / refused to expel Russian diplomats": no tie made or broken
        if subjects and others:
            self.emit(sent, tok, "Cooperate", subjects, others, ctx, extra_neg=0 if restored else 1)

    def licensing(self, sent: Span, tok: Token) -> None:
        """A licence or permit granted or restored lets its holder act (Allow); one revoked,
        withdrawn or suspended no longer does: "Serbia revoked Rio Tinto's licences", "restore
        export licences for Australian meat processors", "stripped Orano of its mining permit"."""
        revoked = tok.lemma_ in REVOKING
        stripped = tok.lemma_ == "strip"
        licences = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in LICENCES]
        licences += [p for c in tok.children if stripped and c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in LICENCES]
        if not licences:
            return
        lic = licences[0]
        if stripped:
            holders = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c is not lic]
        else:
            # "Rio Tinto's licences", "the company's licences", "licences for several meat processors"
            holders = [c for c in lic.children if c.dep_ == "poss"] + [
                p for c in lic.children if c.dep_ == "prep" and c.lower_ in {"for", "to"} for p in c.children if p.dep_ == "pobj"]
            # "granted Chevron a licence", "granted any concession to PDVSA" (the "to" a dative or a preposition)
            holders += [p for c in tok.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in {"to", "for"})
                        for p in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
        subjects = self._active_subjects(tok) or []
        own = {s.key for s in subjects}
        objects = [r for h in holders for r in self.refs(h) if r.key not in own and r.type in ACTOR_TYPES]
        if subjects and objects:
            self.emit(sent, tok, "Allow", subjects, objects, self.context(tok), extra_neg=1 if revoked else 0)

    def _under_measure(self, sent: Span, tok: Token, trig: Trigger) -> None:
        """Someone kept "under" a measure is its target, its imposer named on the noun ("Cherizier
        has been under U.N. sanctions since 2022", "Iran, which is under U.S. sanctions", "was
        placed under EU sanctions") or the one who put them there ("the EU put the firm under
        sanctions")."""
        gov = tok.head.head
        ctx = self.context(gov)
        if ctx.drop:
            return
        imposers = [r for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}
                    for r in self.refs(c, actors_only=True)]
        held = [c for c in gov.children if c.dep_ in {"dobj", "obj"}]
        if held:
            imposers = imposers or self.subject_refs(gov)  # "put the firm under sanctions"
        else:
            subj_toks, passive = self.subject_of(gov)
            held = [c for c in gov.children if c.dep_ in PASS_SUBJ_DEPS] if passive else subj_toks
        targets = [r for t in held for r in self.refs(t, actors_only=True)]
        self.emit(sent, tok, trig.relation, imposers, targets, ctx, extra_neg=_det_negations([tok]))

    def _origin_subjects(self, verb: Token, passive: bool) -> list[Ref]:
        """The state that forces or arms moved by a participle come from, when no one is named as
        moving them: "North Korean troops sent to Russia", "Russian missiles were fired at Kyiv"
        (the demonym or possessive on the thing moved, as "no Hungarian personnel" names Hungary;
        the sentence table in tests/test_extract.py has the cases)."""
        if verb.tag_ != "VBN" or verb.lemma_ not in SENT_BY_ORIGIN or any(c.dep_ == "agent" for c in verb.children):
            return []
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            theme = verb.head
        elif (reduced := _reduced_relative(verb)) is not None:
            theme = reduced
        else:
            theme = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if passive else None
        if theme is None or self.lex.theme_class(theme.lemma_) not in {"military", "personnel"}:
            return []
        return self._modifier_states(theme, {"amod", "compound", "poss", "nmod"})

    def _modifier_states(self, noun: Token, deps: set[str]) -> list[Ref]:
        """The states named by the modifiers before a noun of forces: "a U.S. missile defence
        base", "thousands of French troops" (read on "troops")."""
        return [r for t in noun.subtree if t.i < noun.i and t.dep_ in deps
                for r in self.refs(t, actors_only=True) if r.type == "State"]

    def troop_expulsion(self, sent: Span, tok: Token) -> None:
        """"Niger has expelled French troops", "kicked out French special forces", "ordered U.S.
        forces to leave": the host no longer lets the other state's forces stay (Allow, negative)."""
        if tok.lemma_ in {"kick", "push", "throw", "force"} and not any(
                c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return
        if tok.lemma_ == "order" and not any(c.lemma_ == "leave" and (c.dep_ == "xcomp" or (
                c.dep_ in {"relcl", "acl"} and c.head.dep_ == "dobj")) for c in tok.subtree):
            return  # ("ordered 400 French special forces to leave", the infinitive hung on the forces)
        # (an expelled officer or adviser is an envoy: see envoy_recall)
        forces = [g for c in tok.children if c.dep_ == "dobj" for g in [_garrison(c)] if g is not None
                  and g.lemma_.lower() in (SOLDIERS | UNITS) - {"officer", "adviser", "advisor", "instructor", "policeman"}]
        if not forces:
            return
        subjects = [s for s in self._active_subjects(tok) or [] if s.type == "State"]
        own = {s.key for s in subjects}
        states = [r for r in self._modifier_states(forces[0], {"amod", "compound", "poss", "nmod"}) if r.key not in own]
        if subjects and states:
            self.emit(sent, tok, "Allow", subjects, states, self.context(tok), extra_neg=1)

    def mission_owner(self, sent: Span, noun: Token) -> None:
        """A mission named beside the description of whose it is runs as that body's or state's:
        "UNIFIL, the U.N. peacekeeping force" and "NATO's peacekeeping mission in Kosovo, KFOR"
        give United Nations and NATO Participate in the mission named."""
        if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in {"mission", "operation"} or any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in PEACE_FORCES for c in noun.children)):
            return  # ("Sudan's paramilitary force, the RSF" is no mission of Sudan's)
        named = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ in {"appos", "compound"} and noun.head.i != noun.i:
            named.append(noun.head)  # "UNIFIL, the U.N. peacekeeping force", "the U.N. force UNIFIL"
        missions = [r for n in named for r in [self.index.ref(n, self.seg_no)]
                    if r is not None and r.type in {"Organization", "Initiative"}]
        owners = [r for c in noun.children if c.i < noun.i and c.dep_ in {"poss", "compound", "amod", "nmod"}
                  for r in (self.refs(c, actors_only=True) if c.pos_ == "PRON" else [self.index.ref(c, self.seg_no)])
                  if r is not None and r.type in {"Organization", "State"}]
        missions = [m for m in missions if m.key not in {o.key for o in owners}]
        verb = _verb_above(noun)
        if verb.lemma_.lower() in UNMAKING | {"withdraw", "leave", "quit", "complete", "finish", "wind"} or any(
                c.dep_ == "dobj" and c.lemma_.lower() in UNDOING_EVENTS | {"departure", "drawdown"}
                for c in verb.children):
            return  # ("the U.N. mission, MINUSMA, completed its pullout": no longer runs)
        ctx = Context()
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"keep", "have", "maintain", "run",
                                                                                "operate", "lead", "command"}:
            # "the United Nations, which has kept a peacekeeping mission, MINURSO, in the territory"
            owners = [r for r in self.subject_refs(noun.head)
                      if r.type in {"Organization", "State"}]
            ctx = self.context(noun.head)
        if owners and missions:
            self.emit(sent, noun, "Participate", owners, missions, ctx, act=False)

    def contingents(self, sent: Span, tok: Token) -> None:
        """"will be joined by contingents from Jamaica and Belize", "troops from Austria and Italy
        would arrive": the states the units come from take part in the mission."""
        states = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True) if r.type == "State"]
        # "French troops serving with UNIFIL", "Kenyan and Burundian troops"
        states += [r for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i
                   for r in self.refs(c, actors_only=True) if r.type == "State" and r.via == "demonym"]
        held_by: Token | None = None
        if not states and tok.dep_ == "dobj" and tok.head.lemma_ in {"have", "keep", "maintain"} and any(
                c.dep_ == "acl" and c.lemma_.lower() in ARRIVING for c in tok.children):
            # "Nepal has 800 soldiers serving with UNIFIL": the state that has them (as "has" fares)
            states = [r for r in self.subject_refs(tok.head) if r.type == "State"]
            held_by = tok.head
        if not states:
            return
        verb = tok.head
        node = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in {"nsubj", "dobj"}:
            node = tok.head.head  # "thousands of Ukrainian soldiers joined …"
            verb = node.head
        serving = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ARRIVING]
        if serving:
            verb = serving[0]  # "French troops serving with UNIFIL"
        elif tok.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head  # "joined by contingents from …"
        elif node.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in ARRIVING:
            return
        missions = [r for c in verb.children if c.dep_ in {"dobj", "prep"} and c.i not in {tok.i, node.i}
                    and (c.dep_ == "dobj" or c.lower_ in {"with", "in", "to", "into"})
                    for p in ([c] if c.dep_ == "dobj" else [q for q in c.children if q.dep_ == "pobj"])
                    for r in [self.index.initiative(p, self.seg_no) or self.index.ref(p, self.seg_no)]
                    if r is not None and r.type in {"Initiative", "Organization"}]
        missions = missions or self._implied_mission(tok, states, MISSION_HEADS | {"force"})  # ("a multinational force")
        self.emit(sent, tok, "Participate", states, missions, self.context(held_by if held_by is not None else verb))

    def reversal(self, sent: Span, prev: Span | None) -> None:
        """A sentence that undoes the plans of the one before: "Turkey threatened to veto
        Sweden's accession. In the end it did not.", "Poland had promised tanks to Ukraine. Warsaw
        later backed out.", "Nigeria planned to send troops to Niger. The plan was shelved." Each
        positive intended or possible statement of the sentence before (of the reversing subject,
        when one is named) gets its negative, asserted, with both sentences as evidence; so does a
        reported act that the one said to do it denies next ("Reports said Egypt armed the RSF.
        Cairo denies this.", "… Abu Dhabi says it does not."), attributed to the denier."""
        if prev is None:
            return
        root = sent.root
        speaker = None
        if root.lemma_.lower() in self._words("speech", "verbs") | {"insist"} and not self._own_negations(root):
            # "Abu Dhabi says it does not.": the elided clause under the speech verb
            inner = next((c for c in root.children if c.dep_ == "ccomp"), None)
            if inner is not None:
                speaker = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
                root = inner
        subjects = [c for c in root.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
        planned = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}
                   and c.lemma_.lower() in REVERSED_PLANS and any(d.lower_ in {"the", "its", "their", "that", "this"}
                                                                  for d in c.children)]
        negated = self._own_negations(root) % 2 == 1
        kind = _undoing(root, negated)
        # ("In the end it did not.", "It never did.": nothing else said)
        elided = kind == "elided" and not any(t.pos_ == "VERB" and t != root and t != root.head for t in sent)
        backed = kind == "backed"  # "Warsaw later backed out."
        # "The tanks were never delivered.", "None of it has arrived." (what was promised before)
        undelivered = kind == "undelivered" and _undelivered_matches(root, prev)
        # "The plan was shelved.", "Jakarta abandoned the plan.", "The plan never materialised."
        undone = bool(planned) and (negated if root.lemma_ in {"materialise", "materialize", "happen"} else not negated and (
            _reverses(root) or root.lemma_ in {"shelve", "scrap", "abandon", "drop", "withdraw", "cancel", "rescind",
                                               "retract", "revoke"}))
        # "Reports said Egypt armed the RSF. Cairo denies this.": the denier's acts of the sentence before
        # (not "denied reports that it had …" nor "denied that …": a denial of its own content)
        denied = not negated and root.lemma_.lower() in DENIALS and not any(
            c.dep_ in {"ccomp", "xcomp"} for c in root.children) and (not any(c.dep_ == "dobj" for c in root.children) or any(
            c.dep_ == "dobj" and (c.lower_ in {"this", "it", "that", "them"} or c.lemma_.lower() in REPORTED_CLAIMS | DENIED_CLAIMS)
            and not any(g.dep_ in {"acl", "relcl", "prep", "appos"} for g in c.children) for c in root.children))
        if not (elided or backed or undone or denied or undelivered):
            return
        who = {r.key for t in subjects if t.lemma_.lower() not in REVERSED_PLANS
               for r in self.refs(t, actors_only=True)}
        if undelivered:
            # ("The tanks that Poland promised were never delivered", "Russia's aid never arrived": theirs)
            who |= {r.key for t in subjects for c in t.children if c.dep_ in {"poss", "relcl"}
                    for o in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ in SUBJ_DEPS])
                    for r in self.refs(o, actors_only=True)}
        if (elided or backed or denied) and not who:
            return
        p_start = sentence_bounds(prev, self.offset)[0]
        end = sentence_bounds(sent, self.offset)[1]
        date = _sentence_date(sent, self.doc_date)
        # (a denial, or "it does not" said by the one named, answers what was told as done, too, when
        # the sentence before reports it: "Reports said …", "… the US ambassador alleged", "reportedly";
        # "Cambodia denied the charge" denies no membership of the sentence before)
        reported = any(t.lemma_.lower() in self._words("speech", "verbs") | {"allege", "accuse", "report"}
                       or t.lower_ in {"reportedly", "allegedly", "according"} for t in prev)
        told = (denied or speaker is not None) and reported
        if denied and not told:
            return
        undo = [r for r in self.out if r.start == p_start and r.polarity == "positive"
                and (r.modality in {"intended", "possible"} or told and r.relation in DENIABLE_ACTS)
                and (not who or r.subject in who) and (not undelivered or r.relation in AID_RELATIONS)]
        said_by = next(iter(who)) if told and len(who) == 1 else None
        for r in dict.fromkeys(undo):
            self.out.append(replace(r, polarity="negative", modality=self._aux_modality(root) or "asserted", start=p_start,
                                    end=end, attributed_to=said_by, date=date, trigger=root.text))

    def lifted_own(self, sent: Span, tok: Token) -> None:
        """A veto or ban lifted with nothing named undoes the block or sanction told just before:
        "Greece blocked the opening of accession talks with Albania and lifted its veto in 2023",
        "The EU banned Norwegian salmon in 2014, but the measures were lifted" (the negative is
        added beside the act; both held, at different times)."""
        if not _reverses(tok) or tok.lemma_ in {"cut", "sever", "suspend", "freeze"} or tok.dep_ not in {
                "ROOT", "conj", "ccomp"}:
            return  # (not "called for the sanctions to be lifted", "plans to lift its veto")
        nouns = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in LIFTED_OWN
                 and any(d.lower_ in {"its", "their", "the", "this", "that", "these"} for d in c.children)
                 and not any(d.dep_ in {"prep", "acl", "relcl", "compound", "amod"} for d in c.children)]
        if not nouns:
            return
        relations = LIFTED_OWN[nouns[0].lower_]
        ctx = self.context(tok)
        if ctx.drop or ctx.negations % 2 or ctx.hypothetical or ctx.modality not in {None, "asserted"}:
            return
        doers, passive = self.subject_of(tok)
        who = set() if passive else {r.key for t in doers for r in self.refs(t, actors_only=True)}
        start, end = sentence_bounds(sent, self.offset)
        earliest = self.index.sentence_start(self.index.sentence_at(start) - 1)  # (this sentence and the one before)
        undone = [r for r in self.out if r.relation in relations and r.polarity == "positive" and r.modality == "asserted"
                  and earliest <= r.start <= start and (not who or r.subject in who)]
        if not undone:
            return
        last = undone[-1]
        self.out.append(replace(last, polarity="negative", start=min(last.start, start), end=end,
                                date=_sentence_date(sent, self.doc_date), trigger=tok.text))

    def since_act(self, sent: Span, tok: Token) -> None:
        """An act not done "since" the last one of its kind was done then: "Hezbollah has not fired at
        Israel since a single rocket volley on March 3" (it attacked once); "has not met Xi since
        their talks in Bali" (they met)."""
        verb = tok.head
        # (not another's: "has not struck Gaza since the attack by Hamas", "since Hamas's raid")
        acts = [p for p in tok.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                and SINCE_ACTS.get(p.lemma_.lower()) and any(c.dep_ in {"det", "poss"} for c in p.children)
                and not any((c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ == "poss" and c.pos_ != "PRON")
                            or (c.dep_ in {"amod", "compound"} and self.index.ref(c, self.seg_no) is not None)
                            for c in p.children)]
        if tok.dep_ != "prep" or verb.pos_ != "VERB" or not acts:
            return
        start = sentence_bounds(sent, self.offset)[0]
        kinds = SINCE_ACTS[acts[0].lemma_.lower()]
        denied = [r for r in self.out if r.start == start and r.trigger == verb.text and r.polarity == "negative"
                  and r.relation in kinds]
        for r in dict.fromkeys(denied):
            self.out.append(replace(r, polarity="positive", modality="asserted"))

    def bare_refusal(self, sent: Span, tok: Token) -> None:
        """A refusal with nothing refused named answers the last request made of the refuser:
        "Iraq asked Kuwait to reopen the crossing, but Kuwait refused." (Kuwait opposes Iraq),
        "… New Delhi refused." Only within this sentence and the two before it."""
        if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass", "auxpass", "advcl"}
                                     for c in tok.children):
            return  # ("refused to …", "declined the offer", "exports declined as …")
        ctx = self.context(tok)
        if ctx.drop or ctx.negations % 2 or ctx.hypothetical:
            return
        refusers = {r.key: r for r in self.subject_refs(tok)}
        start = sentence_bounds(sent, self.offset)[0]
        earliest = self.index.sentence_start(self.index.sentence_at(start) - 2)
        asked = [r for r in self.out if r.relation == "Request" and r.polarity == "positive" and r.object in refusers
                 and earliest <= r.start <= start and r.subject not in refusers]
        if not asked:
            return
        asker = asked[-1].subject
        self.emit(sent, tok, "Oppose", [refusers[asked[-1].object]],
                  [Ref(asker, self.index.types.get(asker, "State"), asker, "name")], ctx)

    def _named_on_act(self, tok: Token, preps: set[str]) -> tuple[list[Ref], Token, Context, list[Ref]] | None:
        """Who a noun hung on a verb's phrase names, the verb, its context and its doers other
        than them: "despite appeals from the United Nations" (``preps`` "from"/"by"), "at Kiir's
        request" (``preps`` "of", or the owner named before the noun). None when no one is named,
        or the act is negated, hypothetical or dropped."""
        named = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)] or \
            self._named_owners(tok)  # ("despite UN appeals", "despite China's protests")
        if not named:
            return None
        verb = _governing_verb(tok.head)
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        ctx = self.context(verb)
        if ctx.drop or ctx.negations or ctx.hypothetical:
            return None
        own = {r.key for r in named}
        return named, verb, ctx, [r for r in self.subject_refs(verb) if r.key not in own]

    def defied(self, sent: Span, tok: Token) -> None:
        """What the subject did "despite appeals from the United Nations" (or "despite protests by
        China") was asked, protested or opposed by them: the UN asked the subject (Request),
        China protested against it (Criticize). Not when the act is negated ("did not act despite
        calls from X" says nothing of whom X asked)."""
        found = self._named_on_act(tok, {"from", "by"})
        if found is not None and found[3]:
            askers, _verb, ctx, defiers = found
            self.emit(sent, tok, DEFIED[tok.lemma_.lower()], askers, defiers, Context(speaker=ctx.speaker))

    def bidden(self, sent: Span, tok: Token) -> None:
        """What the subject did "at Kiir's request" (or "at the invitation of the government") was
        asked, or let, by them: "Uganda sent special forces to Juba at Kiir's request" is Kiir's
        request of Uganda. Not when the act is negated or only considered.

        Example: "Russia sent troops to Armenia at Yerevan's request" gives Armenia Request Russia;
        "US troops remain in Iraq at the invitation of the Iraqi government" gives Iraq Allow the
        United States.
        """
        found = self._named_on_act(tok, {"of"})
        if found is None or found[2].modality not in {None, "asserted"}:
            return
        askers, verb, ctx, doers = found
        if doers and all(r.type == "Person" for r in doers) and any(
                c.dep_ in SUBJ_DEPS and c.lower_ == "we" for c in verb.children):
            # ("'We remain in Iraq at the invitation of the government,' he said": his state's forces)
            own = {r.key for r in askers}
            doers = [Ref(k, self.index.types.get(k, "State"), "we", "pronoun")
                     for k in sorted(self._affiliations(doers)) if k.startswith("state:") and k not in own]
        if doers:
            self.emit(sent, tok, BIDDINGS[tok.lemma_.lower()], askers, doers, Context(speaker=ctx.speaker))

    def sidelines(self, sent: Span, tok: Token) -> None:
        """"X met Y on the sidelines of the G20 summit": both took part in the summit."""
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "on"):
            return
        gatherings = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
        events = [r for g in gatherings for r in self.refs(g) if r.type == "Initiative"]
        verb = _verb_above(tok.head.head)  # ("held talks on the sidelines of …": the talks were held there)
        if not events or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in {
                "meet", "talk", "hold", "speak", "sign", "agree", "discuss", "confer", "chat"}:
            return  # (only those who met or talked there: "had hoped to bring them together on …" did not)
        parties = self.subject_refs(verb)
        if verb.lemma_ in {"meet", "talk", "hold"}:
            # "met Yunus", "talked with Yunus": the one met was there too
            parties += [r for c in verb.children if c.dep_ == "dobj" and verb.lemma_ == "meet"
                        for t in [c, *c.conjuncts] for r in self.refs(t, actors_only=True)]
            parties += [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]
                        for r in self.refs(t, actors_only=True)]
        self.emit(sent, verb, "Participate", parties, events, self.context(verb))

    def embassy_move(self, sent: Span, tok: Token) -> None:
        """"Iran reopened its embassy in Riyadh", "Taiwan closed its embassy in Tegucigalpa": ties
        with the host state resume (Cooperate) or end (Cooperate, negative)."""
        posts = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in EMBASSIES]
        if not posts:
            return
        subjects = [s for s in self._active_subjects(tok) or [] if s.type == "State"]
        own = {s.key for s in subjects}
        hosts = []
        for node in (posts[0], tok):
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "to"}:
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        r = self._capital_state(p)  # "in Riyadh": the capital's state
                        if r is not None and r.type == "State" and r.key not in own:
                            hosts.append(r)
        if subjects and hosts:
            closing = tok.lemma_ in {"close", "shut", "shutter"}
            self.emit(sent, tok, "Cooperate", subjects, hosts, self.context(tok), extra_neg=1 if closing else 0)

    def vote_act(self, sent: Span, tok: Token) -> None:
        """"China and Russia abstained" (no support), "neither used its veto" (no block): a stance
        on what was just put to the vote, unless the sentence names it ("abstained on X")."""
        if tok.lemma_ == "abstain":
            relation, extra = "Support", 1
        elif any(c.dep_ == "dobj" and c.lemma_ == "veto" for c in tok.children):
            relation, extra = "Block", 0
        else:
            return
        subjects = self.subject_refs(tok)
        objects = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                   for p in c.children if p.dep_ == "pobj" for r in self.deep_refs(p)]
        if not objects:
            # "abstained in the vote on the resolution": what the vote was on
            objects = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "from"}
                       for v in c.children if v.dep_ == "pobj" and v.lemma_ in {"vote", "ballot", "voting"}
                       for g in v.children if g.dep_ == "prep" and g.lower_ in {"on", "over"}
                       for p in g.children if p.dep_ == "pobj" for r in self.deep_refs(p)]
        if not objects:
            start, _end = sentence_bounds(sent, self.offset)
            earlier = [v for v in self.votes if v[0] <= start]
            if earlier and self.index.sentence_at(start) - self.index.sentence_at(earlier[-1][0]) <= 2:
                objects = list(earlier[-1][1])
        self.emit(sent, tok, relation, subjects, objects, self.context(tok), extra_neg=extra)

    def retaliation(self, sent: Span, tok: Token) -> None:
        """"Mexico will not retaliate against the US tariffs" (Sanction, negative), "was unlikely to
        retaliate militarily", "Kyrgyz troops struck back with drones" (Attack): a hit back at whoever
        hit the subject (for "struck / hit back", in this sentence or the one before)."""
        military = any(c.lower_ in {"militarily", "military"} for c in tok.children) or any(
            p.lemma_.lower() in {"force", "strike", "attack", "missile", "drone", "rocket"}
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj")
        subjects = self.subject_refs(tok)
        if not subjects and tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.pos_ in {"VERB", "AUX"}:
            # "South Africa had no plans to retaliate": the one who has the plans
            subjects = self.subject_refs(tok.head.head)
        if not subjects:
            return
        own = {s.key for s in subjects}
        hits = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"against", "on", "at"}
                for p in c.children if p.dep_ == "pobj"]
        targets = [r for p in hits for x in [p, *(m for m in p.children if m.dep_ in {"compound", "amod", "poss", "nmod"})]
                   for r in self.refs(x, actors_only=True) if r.key not in own]
        start, _end = sentence_bounds(sent, self.offset)
        here = self.index.sentence_at(start)
        window = 3 if tok.lemma_ == "retaliate" else 1  # ("struck back": at the hit just told)
        hitters = [x for x in self.out if x.relation in {"Sanction", "Attack"} and x.object in own
                   and x.polarity == "positive" and x.start <= start and here - self.index.sentence_at(x.start) <= window
                   and (not targets or x.subject in {t.key for t in targets})]
        last = [x for x in hitters if x.start == hitters[-1].start] if hitters else []
        if not targets and not hits:
            # "had no plans to retaliate": against the last who sanctioned or attacked the subject
            targets = list({x.subject: Ref(x.subject, self.index.types.get(x.subject, "State"), tok.text, "event")
                            for x in last if x.subject not in own}.values())
        if targets:
            military = military or any(x.relation == "Attack" for x in last)  # (a strike is answered in kind)
        self.emit(sent, tok, "Attack" if military else "Sanction", subjects, targets, self.context(tok))

    def reversal_stance(self, sent: Span, tok: Token, trig: Trigger) -> None:
        """"Odinga welcomed the withdrawal of the finance bill": he opposes the bill."""
        if trig.relation != "Support":
            return
        undone = [p for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in REVERSALS
                  for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
        if not undone:
            return
        subjects = self.subject_refs(tok)
        # (a thing undone, not the people withdrawn: "backed the withdrawal of Ethiopian troops")
        things = [r for p in undone for r in self.deep_refs(p) if r.type == "Initiative"]
        self.emit(sent, tok, "Oppose", subjects, things, self.context(tok))

    def force_used(self, sent: Span, tok: Token) -> None:
        """"would use force against Guyana", "pledged not to use force against each other": an
        attack (or its renunciation) on them."""
        force = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ == "force" and c.tag_ == "NN"]
        targets = [p for v in [tok, *force] for c in v.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj"]
        if not force or not targets:
            return
        subjects = self.subject_refs(tok)
        ctx = self.context(tok)
        if any(_reciprocal(p) for p in targets):
            if len({s.key for s in subjects}) >= 2:
                self._each_other(sent, tok, "Attack", subjects, ctx)
            return
        self.emit(sent, tok, "Attack", subjects, [r for p in targets for r in self.refs(p, actors_only=True)], ctx)

    def came_to_defence(self, sent: Span, tok: Token) -> None:
        """"China and Russia came to its defence", "rushed to the defence of Kyiv": they back it."""
        defended = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in {"defence", "defense"}]
        owners = [r for p in defended for c in p.children if c.dep_ == "poss" for r in self.refs(c, actors_only=True)]
        owners += [r for p in defended for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                   for q in c.children if q.dep_ == "pobj" for r in self.refs(q, actors_only=True)]
        subj_toks = self.subject_of(tok)[0]
        subjects = [r for t in subj_toks for r in self.refs(t, actors_only=True)]
        named = {r.key for t in subj_toks for x in t.subtree if (r := self.index.ref(x, self.seg_no)) is not None}
        if {o.key for o in owners} & (named | {s.key for s in subjects}):
            return  # ("China and Russia came to its defence": "its" is someone else, not found)
        self.emit(sent, tok, "Support", subjects, owners, self.context(tok))

    def incursion(self, sent: Span, tok: Token) -> None:
        """"Serbian troops would not enter Kosovo", "tanks rolled into Ukraine": armed forces
        moving into another country attack it."""
        subj_toks, passive = self.subject_of(tok)
        if passive or not any(t.lemma_.lower() in ARMED_NOUNS for t in subj_toks):
            return
        subjects = [r for t in subj_toks for r in self.refs(t, actors_only=True) if r.type == "State"]
        own = {s.key for s in subjects}
        into = [c for c in tok.children if c.dep_ == "dobj" and tok.lemma_ in {"enter", "invade"}]
        into += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"into", "onto"}
                 for p in c.children if p.dep_ == "pobj"]
        targets = [r for t in into for r in [self.index.ref(t, self.seg_no)]
                   if r is not None and r.type == "State" and r.key not in own]
        self.emit(sent, tok, "Attack", subjects, targets, self.context(tok))
        # "whose troops have fought alongside Ethiopian federal forces": military help to them
        allies = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "alongside"
                  for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                  if r.type in {"State", "Organization"} and r.key not in own]
        self.emit(sent, tok, "ProvideMilitaryAid", subjects, allies, self.context(tok))

    def pact_partner(self, sent: Span, tok: Token) -> None:
        """"negotiating a defence agreement with Washington", "revoked military cooperation
        agreements with Paris": a pact of cooperation makes (or unmakes) partners."""
        pacts = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in AGREEMENT_NOUNS
                 and any(m.dep_ in {"amod", "compound"} and m.lemma_.lower() in COOPERATION_KINDS for m in c.children)]
        if not pacts:
            return
        subjects = self._active_subjects(tok)
        if subjects:
            extra = 1 if tok.lemma_ in UNMAKING else 0
            self.emit(sent, tok, "Cooperate", subjects, self._with_partners([tok, *pacts]), self.context(tok),
                      extra_neg=extra)

    def trade_partner(self, sent: Span, tok: Token) -> None:
        """"Chinese trade with Iran would continue": trade between two countries is cooperation."""
        owners = [r for c in tok.children if c.dep_ in {"amod", "compound", "poss"} and c.i < tok.i
                  for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "State"]
        partners = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                    if p.dep_ == "pobj" for r in self.refs(p, actors_only=True) if r.type == "State"]
        if not owners or not partners or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return
        self.emit(sent, tok, "Cooperate", owners, partners, self.context(tok.head))

    def bases_in(self, sent: Span, tok: Token) -> None:
        """"Moscow, which keeps military bases in both countries": ties with the host state."""
        # (the model's lemma of "bases" is "basis")
        bases = [c for c in tok.children if c.dep_ == "dobj" and c.lower_.rstrip("s") in {"base", "airbase", "garrison"}]
        if not bases:
            return
        subjects = [s for s in self._active_subjects(tok) or [] if s.type == "State"]
        hosts = self._host_states([n for b in bases for n in (b, tok)], {"in", "on"}, {s.key for s in subjects})
        if subjects and hosts:
            # ("has no bases in Venezuela": denied)
            self.emit(sent, tok, "Cooperate", subjects, hosts, self.context(tok), extra_neg=_det_negations(bases))

    def troops_in(self, sent: Span, tok: Token) -> None:
        """Troops a state keeps or stations in another are military help to it: "France keeps
        about 1,000 troops in Chad", "the 28,500 American troops stationed in South Korea" (not
        troops in a state it attacks: an occupier helps no one)."""
        if tok.lemma_ in {"keep", "have", "maintain"}:
            troops = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in SOLDIERS]
            hosts_at = [tok, *troops, *(a for t in troops for a in t.children if a.dep_ == "acl")]
            subjects = [s for s in self._active_subjects(tok) or [] if s.type == "State"]
        elif tok.tag_ == "VBN" and (troops := [tok.head] if tok.dep_ == "acl" else [
                c for c in tok.children if c.dep_ == "nsubjpass"]) and troops[0].lemma_.lower() in SOLDIERS \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "American troops stationed in South Korea", "some 28,500 U.S. troops are stationed there"
            hosts_at = [tok]
            subjects = [r for c in troops[0].children if c.dep_ in {"amod", "poss", "compound", "nmod"}
                        for r in self.refs(c, actors_only=True) if r.type == "State"]
        else:
            return
        if not troops or not subjects:
            return
        own = {s.key for s in subjects}
        attacked = {o for a in self.acts if a.relation == "Attack" and own & set(a.doers) for o in a.objects}
        hosts = self._host_states(hosts_at, {"in"}, own | attacked)
        if not hosts and tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            # "drills with the South, where 28,500 American troops are stationed": the place the clause is on
            hosts = [r for r in self.refs(tok.head, actors_only=True) if r.type == "State" and r.key not in own | attacked]
        if hosts:
            self.emit(sent, tok, "ProvideMilitaryAid", subjects, hosts, self.context(tok),
                      extra_neg=_det_negations(troops))
            return
        # "Britain, which has about 250 soldiers in the force", "keeps troops in the UN mission":
        # a part in the mission or force
        missions = [r for node in hosts_at for c in node.children if c.dep_ == "prep" and c.lower_ == "in"
                    for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MISSION_HEADS | {"force"}
                    for r in [self.index.initiative(p, self.seg_no)] if r is not None]
        if missions:
            self.emit(sent, tok, "Participate", subjects, missions[:1], self.context(tok),
                      extra_neg=_det_negations(troops))

    def _host_states(self, nodes: list[Token], preps: set[str], skip: set[str]) -> list[Ref]:
        """The states named after ``preps`` on any of ``nodes`` ("bases in X and Y"), once each,
        but for those in ``skip``."""
        hosts = [r for node in nodes for c in node.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True) if r.type == "State"]
        return [h for h in {h.key: h for h in hosts}.values() if h.key not in skip]

    def kept_open(self, sent: Span, tok: Token) -> None:
        """"would keep its gates open to U.N. trucks": letting them through; "has kept its border
        with Benin shut" (or "shut to Beninese goods"): a restriction on the other side."""
        # (the parser hangs "shut" anywhere: "kept its border with Benin shut")
        shut = [t for t in tok.subtree if t.i > tok.i and t.lower_ in {"shut", "closed", "sealed"}
                and _verb_above(t.head) == tok]
        crossings = [t for t in tok.subtree if t.i > tok.i and t.lemma_.lower() in BORDER_NOUNS][:1]
        if shut and crossings:
            self._restricted_states(sent, tok, crossings + shut, {"to", "with", "for", "on", "along"}, owners=False,
                                    border=True)
            return
        open_ = [c for c in tok.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ == "open"]
        if not open_ or not any(c.dep_ == "dobj" and c.lemma_.lower() in BORDER_NOUNS | {"gate", "door", "route"}
                                for c in tok.children):
            return
        subjects = self.subject_refs(tok)
        whom = [p for o in open_ for c in o.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                for p in c.children if p.dep_ == "pobj"]
        objects = [r for p in whom for r in self.refs(p, actors_only=True)]
        # "open to U.N. trucks": the trucks' owner
        objects += [r for p in whom if p.lemma_.lower() in ALLOWED_AGENTS for c in p.children
                    if c.dep_ in {"compound", "amod", "poss", "nmod"} for r in self.refs(c, actors_only=True)]
        self.emit(sent, tok, "Allow", subjects, objects, self.context(tok))

    def chair_held(self, sent: Span, tok: Token) -> None:
        """"Malaysia, which holds the rotating chair of ASEAN", "the Philippines will take the
        chair instead": whoever holds a body's chair leads it (the body named, else the bloc of
        the story)."""
        chairs = [c for c in tok.children if c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in CHAIRS]
        if not chairs or (tok.lemma_ == "take" and not any(c.lower_ in {"over", "up"} for c in tok.children)
                          and not any(c.lower_ == "the" for c in chairs[0].children)):
            return
        subjects = self._active_subjects(tok)
        if not subjects:
            return
        bodies = [r for c in chairs[0].children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                  if r.type == "Organization"] or [
            # "holds the rotating G20 presidency", "took over the ASEAN chairmanship"
            r for c in chairs[0].children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
            for r in self.refs(c, actors_only=True) if r.type == "Organization"]
        if not bodies and not any(c.dep_ == "prep" for c in chairs[0].children) and chairs[0].lemma_ != "presidency":
            # "will take the chair": of the bloc just named ("assumed the presidency" is a country's)
            bloc = self.index.recent_bloc(chairs[0], self.seg_no, max_back=6)
            bodies = [bloc] if bloc is not None else []
        subjects = [s for s in subjects if s.type in {"State", "Person"}]
        self.emit(sent, tok, "LeaderOf", subjects, bodies, self.context(tok))

    def clash(self, sent: Span, tok: Token) -> None:
        """"Clashes between Thailand and Cambodia", "an exchange of fire between the two armies":
        each side attacked the other."""
        if tok.lemma_ == "exchange" and not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_ in {"fire", "gunfire", "artillery", "shelling", "shot"}
                                                              for p in c.children) for c in tok.children):
            return  # ("an exchange of prisoners" is no fight)
        if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in tok.children):
            return
        pobjs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
        # "between Thai and Cambodian troops": each modifier names a side
        sides = [r for p in pobjs for r in self.refs(p, actors_only=True)] + [
            r for p in pobjs for a in p.children if a.dep_ in {"amod", "compound", "nmod"}
            for m in [a, *a.conjuncts] if (r := self.index.ref(m, self.seg_no)) is not None]
        sides = [r for r in sides if r.type in {"State", "Organization"}]
        sides = list({r.key: r for r in sides}.values())
        if len(sides) != 2:
            return
        verb = _governing_verb(tok)
        ctx = self.context(verb) if verb.pos_ in {"VERB", "AUX"} and tok.dep_ in {"dobj", "nsubj"} else Context()
        if ctx.negations % 2 or ctx.drop:
            return  # "denied there was fighting between …": not said either way
        self._each_other(sent, tok, "Attack", sides, ctx)

    def against(self, sent: Span, tok: Token) -> None:
        """"We are not against Bulgaria", "Kenya is firmly against the plan": a stance."""
        whom = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
                for p in c.children if p.dep_ == "pobj"]
        if not whom or any(c.dep_ in {"acomp", "attr"} for c in tok.children):
            return  # ("is a vote against X", "is firm against X" belong to their own words)
        subjects = self._active_subjects(tok)
        objects = [r for p in whom for r in self.deep_refs(p)]
        self.emit(sent, tok, "Oppose", subjects or [], objects, self.context(tok))

    def rapprochement(self, sent: Span, tok: Token) -> None:
        """"Eritrea has drawn closer to Cairo", "the junta has turned to Russia for security help",
        "Mali has leaned on Moscow for security": ties with the state or body turned to."""
        if tok.lemma_ in DRAWING_CLOSER:
            closer = [c for c in tok.children if c.dep_ in {"advmod", "acomp"} and c.lower_ == "closer"]
            preps = [c for h in (tok, *closer) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"] if closer else []
        else:
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == ("on" if tok.lemma_ == "lean" else "to")]
            if tok.lemma_ == "lean" and any(c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and any(
                    a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in tok.children):
                # "had leaned hard on Netanyahu to accept the terms": pressure to act, a request
                objects = [r for c in preps for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
                subjects = self._active_subjects(tok)
                if subjects and objects:
                    self.emit(sent, tok, "Request", subjects, objects, self.context(tok))
                return
            if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                return  # (turning "for" something: one turns to a partner, not to a page)
        objects = [r for c in preps for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                   if r.type in {"State", "Organization"}]
        if not objects or any(t.lemma_.lower() in SOLDIERS | {"army", "tank", "column", "fighter", "rebel", "militant"}
                              for t in self.subject_of(tok)[0]):
            return  # "Russian troops drew closer to Kyiv": an advance, not a friendship
        subjects = self._active_subjects(tok)
        if subjects:
            self.emit(sent, tok, "Cooperate", subjects, objects, self.context(tok))

    def referral(self, sent: Span, tok: Token) -> None:
        """"would take its complaint to the International Court of Justice", "could take the ban to
        the WTO", "would take Ecuador to the world court": an appeal to the body (Request)."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if not objs:
            return
        # (the body first: it is rare, and "take" runs for every taking)
        bodies = [r for h in (tok, objs[0]) for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "before"}
                  for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)
                  if r.type == "Organization"]
        if not bodies or not (objs[0].lemma_.lower() in GRIEVANCES or self.refs(objs[0], actors_only=True)
                              or self.index.ref(objs[0], self.seg_no) is not None):
            return
        subjects = self._active_subjects(tok)
        if subjects:
            self.emit(sent, tok, "Request", subjects, bodies, self.context(tok))

    def stood_in_way(self, sent: Span, tok: Token) -> None:
        """"Hungary stood in the way of the EU's aid package", "has never stood in the way of Sri
        Lanka's recovery", "would not stand in the way of Sweden's membership": a block (of what
        comes after "of")."""
        ways = [w for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for w in c.children
                if w.dep_ == "pobj" and w.lower_ == "way" and any(d.lower_ == "the" for d in w.children)]
        blocked = [p for w in ways for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        if not blocked:
            return
        # (what is named, else whose it is: "stood in the way of Sri Lanka's recovery")
        # ("would not stand in the way of closer ties with Australia": of the partner)
        objects = [r for p in blocked for r in (self.refs(p) or [
            o for c in p.children if c.dep_ == "poss" for o in self.refs(c, actors_only=True)] or self._bond_partners(p))]
        subjects = self._active_subjects(tok)
        if subjects and objects:
            self.emit(sent, tok, "Block", subjects, objects, self.context(tok))

    def _bond_partners(self, noun: Token) -> list[Ref]:
        """The partners "with" whom a bond noun is one ("its relationship with New Zealand",
        "closer ties with Australia"); [] for other nouns."""
        if noun.lemma_.lower() not in BONDS:
            return []
        return [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]

    def take_sides(self, sent: Span, tok: Token) -> None:
        """"Washington would not take sides between Mexico and Ecuador", "declined to take sides
        in the dispute": no support for either side (the two of the dispute when unnamed).

        Only the denial is a stance: "took sides" alone names no side ("sided with X" does).
        """
        sides = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "sides"
                      and not any(g.dep_ in {"det", "poss", "amod", "nummod"} for g in c.children)), None)
        if sides is None:
            return
        ctx = self.context(tok)
        if not ctx.negations % 2:
            return
        # "between A and B" on the verb, on "sides" or on the dispute it is taken in
        holders = [tok, sides, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                                 for p in c.children if p.dep_ == "pobj")]
        between = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]]
        subj_toks = self.subject_of(tok)[0]
        subjects = [r for t in subj_toks for r in self.refs(t, actors_only=True)]
        own = {s.key for s in subjects}
        if between:
            objects = [r for t in between for r in self.refs(t, actors_only=True)]
            if own & {o.key for o in objects}:
                return  # (no one takes sides between itself and another: "its two neighbours" misread)
        else:
            # the two of the story's dispute, not the subject's own state ("Mexican President X",
            # a leader the tables know: "We will not take sides," Ramaphosa said)
            own |= {r.key for t in subj_toks for c in t.children if c.dep_ in {"amod", "compound", "poss"}
                    for r in self.refs(c, actors_only=True)}
            own |= self._affiliations(subjects)
            objects = self.refs(sides, actors_only=True)
        self.emit(sent, tok, "Support", subjects, [o for o in objects if o.key not in own], ctx)

    def regard_as(self, sent: Span, tok: Token) -> None:
        """"no longer regarded Ethiopia as a partner": who counts another a partner cooperates
        with it."""
        as_ = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in {"partner", "ally"}]
        if not as_:
            return
        subjects = self._active_subjects(tok)
        objects = [r for c in tok.children if c.dep_ == "dobj" for r in self.refs(c, actors_only=True)]
        self.emit(sent, tok, "Cooperate", subjects or [], objects, self.context(tok))

    def pledge_under(self, sent: Span, tok: Token) -> None:
        """"Under the agreement, the three governments pledged to share data", "In a joint
        declaration, X and Y pledged to …": a commitment to that agreement."""
        if not any(c.dep_ == "xcomp" for c in tok.children):
            return
        pacts = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"under", "in", "through"}
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PLEDGE_FRAMES]
        objects = [r for p in pacts for r in [self.index.initiative(p, self.seg_no)] if r is not None]
        subjects = self.subject_refs(tok)
        ctx = self.context(tok)
        ctx.modality = ctx.modality or "intended"
        self.emit(sent, tok, "Commit", subjects, objects, ctx)

    def conduct(self, sent: Span, tok: Token) -> None:
        """"Manila would continue the resupply missions", "held joint exercises with the Guyanese
        military": who carries out an operation takes part in it (with whom it is joint)."""
        ops = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in CONDUCTED or (
            c.lemma_.lower() in {"talk", "negotiation"} and tok.lemma_ in {"resume", "continue", "open", "begin", "start",
                                                                           "restart", "launch"}))]
        if tok.lemma_ in {"act", "serve"}:
            # "Cuba and Norway act as guarantors of the talks"
            ops = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in GO_BETWEENS for q in g.children
                   if q.dep_ == "prep" and q.lower_ in {"of", "in", "for", "to"} for p in q.children if p.dep_ == "pobj"]
        if tok.lemma_ == "work":
            # "mediators have been working with the United States on a truce"
            ops = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "toward", "towards"}
                   for p in c.children if p.dep_ == "pobj" and p.lemma_ != "solution"]  # (an aim, not an initiative)
        subjects = self._active_subjects(tok) if ops else None
        if subjects is None:
            return
        objects = [r for o in ops for r in [self.index.initiative(o, self.seg_no)] if r is not None]
        ctx = self.context(tok)
        # (a partner takes part in what is done "with" it, not in what the subject refuses: "Iran
        # will not resume talks with the United States" is no refusal of Washington's)
        partners = self._with_partners([tok, *ops]) if not ctx.negations % 2 else []
        self.emit(sent, tok, "Participate", subjects + partners, objects, ctx)

    def refuge(self, sent: Span, tok: Token) -> None:
        """"Poland has taken in a million Ukrainian refugees", "Turkey hosts Syrian refugees": aid
        to the country the refugees fled."""
        if tok.lemma_ == "take" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children):
            return
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "thousands of Ukrainian refugees"
        objs += [p for o in objs if o.lemma_.lower() in {"thousand", "million", "hundred", "number", "wave"}
                 for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        refugees = [o for o in objs if o.lemma_.lower() == "refugee"]
        subjects = self._active_subjects(tok) if refugees else None
        if subjects is None:
            return
        origins = [r for g in refugees for c in g.children if c.dep_ in {"amod", "compound", "nmod"}
                   for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "State"]
        origins += [r for g in [*refugees, tok] for c in g.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj"
                    for r in [self.index.ref(p, self.seg_no)] if r is not None and r.type == "State"]
        self.emit(sent, tok, "ProvideAid", subjects, origins, self.context(tok))

    def trade_cut(self, sent: Span, tok: Token) -> None:
        """"suspended Ethiopia's trade access", "cut electricity supplies to Niger", "halted Russian
        gas imports": cutting trade or energy is a sanction on the country it flows to or from.
        (Cutting aid or funding is not: that is aid withheld.)"""
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(o.lemma_.lower() in {"flight", "service", "route"} for o in objs) and any(
                w.lower_ in AIRLINE_WORDS for t in self.subject_of(tok)[0] for w in t.subtree):
            # "Azerbaijan Airlines has suspended flights to seven Russian cities": an airline stops
            # doing business there; no sanction (a state that halts flights does sanction)
            self._restricted_states(sent, tok, objs, {"to", "from", "with", "for"}, owners=True,
                                    relation="Cooperate", extra_neg=1)
            return
        goods = [o for o in objs if o.lemma_.lower() in CUT_GOODS or (
            o.lemma_.lower() in TRADE_NOUNS and any(c.lemma_.lower() in CUT_GOODS for c in o.children))]
        if goods:
            self._restricted_states(sent, tok, goods, {"to", "from", "with", "for"}, owners=True)

    def _implied_mission(self, tok: Token, subjects: list[Ref], heads: frozenset[str] = MISSION_HEADS) -> list[Ref]:
        """The mission the story is about, unless its name says it is someone else's ("the
        Russian peacekeeping contingent" is not where the EU sends monitors)."""
        year = date_year(self.doc_date)
        # (not one its name dates before the story: "the 2020 election" is not the vote observers go to now)
        found = self.index.salient_initiative(tok, self.seg_no, heads, lambda label: year is None or not any(
            int(y) < year for y in re.findall(r"\b(?:19|20)\d\d\b", label)))
        if found is None:
            return []
        own = {s.key for s in subjects}
        words = self.index.initiatives.get(found.key, found.text).split()
        head = next((i for i, w in enumerate(words) if w.lower().rstrip("s") in heads), len(words))
        for i, word in enumerate(words[:head]):
            known = self.index.gazetteer.lookup(word)
            led = i + 1 < len(words) and words[i + 1].lower() in {"led", "backed", "brokered", "sponsored"}
            if known is not None and known.key not in own and not led:
                return []  # "the Russian peacekeeping contingent": Russia's, not the subject's
        return [found]

    def _attack_targets(self, target: Token, subjects: list[Ref], verb: Token | None = None) -> list[Ref]:
        own = {s.key for s in subjects}
        clauses = [c for c in target.children if c.dep_ == "relcl"]  # ("those who obstruct X": not X)
        near = sorted((t for t in target.subtree if not any(c.is_ancestor(t) or c == t for c in clauses)),
                      key=lambda x: abs(x.i - target.i))[:14]
        # ("struck what it called camps in Pakistan": the place hangs on the naming verb)
        for v in [verb, target.head if target.dep_ == "oprd" else None]:
            if v is not None:
                near += [p for c in v.children if c.dep_ == "prep" and c.lower_ in {"in", "inside"}
                         for p in c.children if p.dep_ == "pobj"]
        for t in near:
            if t.pos_ not in {"NOUN", "PROPN"}:
                continue
            owner = self.index.modifier_ref(t, self.seg_no)
            if owner is not None and owner.type in {"State", "Organization"} and owner.key not in own:
                return [owner]
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "inside"}:
                r = self._capital_state(t)
                if r is not None and r.type == "State" and r.key not in own:
                    # "bases in Mali and Burkina Faso": each
                    more = [x for c in t.conjuncts for x in [self.index.ref(c, self.seg_no)]
                            if x is not None and x.type == "State" and x.key not in own]
                    return [r, *more]
        return []

    def _capital_state(self, tok: Token) -> Ref | None:
        """A token's entity, with a capital read as a place ("in Riyadh") turned back into its state."""
        r = self.index.ref(tok, self.seg_no)
        if r is not None and r.type == "Place" and r.via == "capital":
            known = self.index.gazetteer.lookup(tok.text)
            r = Ref(known.key, known.type, tok.text, "capital") if known is not None else None
        return r

    def hyphen_act(self, sent: Span, tok: Token) -> None:
        """"a U.N.-backed mission" (Support), "a Qatar-brokered truce" (Participate), "an
        EU-funded programme" (Fund): the prefix acts on the noun."""
        if tok.dep_ != "amod":
            return
        actor, verb = _hyphen_prefix(tok, self.index, self.seg_no)
        relation = HYPHEN_ACTS.get(verb)
        if relation is None or actor is None or actor.type not in ACTOR_TYPES:
            return
        target = self.index.ref(tok.head, self.seg_no) or self.index.initiative(tok.head, self.seg_no)
        noun = tok.head
        if target is None and noun.pos_ == "NOUN":
            target = self._body_named_after(tok)  # "the Iran-aligned Houthi movement"
        if target is None and noun.pos_ == "NOUN" and (noun.dep_ == "appos" or (
                noun.dep_ == "attr" and noun.head.lemma_ in COPULAS)):
            # "Transnistria, a Moscow-backed sliver of land", "Abkhazia is a Russian-backed
            # region": what the description describes
            named = [noun.head] if noun.dep_ == "appos" else [
                c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            found = [r for t in named for r in self.refs(t, actors_only=True)]
            target = found[0] if len(found) == 1 else None
        if target is not None and target.key != actor.key:
            self.emit(sent, tok, relation, [actor], [target], Context(), modality="asserted")

    def _body_named_after(self, mod: Token) -> Ref | None:
        """The one body named by proper nouns between a modifier and its noun: "the Iran-aligned
        Houthi movement" (the Houthis), "the al Qaeda-linked al Shabaab group" (al Shabaab)."""
        named = [r for c in mod.head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > mod.i
                 for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type == "Organization"]
        return named[0] if len(named) == 1 else None

    def _described(self, noun: Token) -> list[Ref]:
        """The one actor a noun names or describes: "the YPG" itself; "a terrorist group" in
        "regards the YPG as a terrorist group", "designated the ADF a terrorist organisation",
        "the ADF, a group …", "Hamas is a group …"."""
        named = self.refs(noun, actors_only=True)
        if named or noun.pos_ != "NOUN":
            return named
        if noun.dep_ == "appos":
            held = [noun.head]
        elif noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
            held = [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
            held = [c for c in noun.head.head.children if c.dep_ == "dobj"]  # "regards X as a group"
        elif noun.dep_ in {"dobj", "oprd"} and noun.head.pos_ == "VERB":
            held = [c for c in noun.head.children if c.dep_ in {"dative", "dobj"} and c.i < noun.i]  # "designated X a group"
        else:
            held = []
        found = list({r.key: r for t in held for r in self.refs(t, actors_only=True)}.values())
        return found if len(found) == 1 else []

    def linked_to(self, sent: Span, tok: Token) -> None:
        """A group "linked to" another works with it: "the ADF, a group linked to Islamic State"
        (the one a description describes), "the al Qaeda-linked al Shabaab group" (the prefix's
        link, read the other way round); unnamed groups ("jihadist groups linked to al Qaeda")
        are no actor."""
        if tok.tag_ != "VBN" or tok.dep_ not in {"acl", "amod"} or any(c.dep_ == "neg" for c in tok.children):
            return
        if tok.dep_ == "amod":
            partner, verb = _hyphen_prefix(tok, self.index, self.seg_no)
            partners = [partner] if partner is not None and verb == "link" and partner.type in ACTOR_TYPES else []
        else:
            partners = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                        for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        # ("the al Qaeda-linked al Shabaab group": the body named before the noun)
        linked = (self.index.ref(tok.head, self.seg_no) or self._body_named_after(tok)) if tok.dep_ == "amod" else None
        groups = [linked] if linked is not None else self._described(tok.head)
        groups = [g for g in groups if g.type == "Organization" and g.key not in {p.key for p in partners}]
        partners = [p for p in partners if p.type == "Organization"]
        if groups and partners:
            self.emit(sent, tok, "Cooperate", groups, partners, Context(), modality="asserted")

    def party_to(self, sent: Span, tok: Token) -> None:
        """"X will not become a party to the war" (Participate), "Eritrea was not a party to the
        agreement" (Agree); in apposition too: "Britain, France and Germany, the European parties
        to the 2015 nuclear deal", "Russia, a signatory of the accord" (a signatory agrees)."""
        if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
            subjects = self.subject_refs(tok.head)
            ctx = self.context(tok.head)
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            anchor = tok.head
            while anchor.dep_ == "conj" and anchor.head != anchor:
                anchor = anchor.head  # (the apposition hung on the last of a list: the whole list)
            subjects = self.refs(anchor, actors_only=True)
            ctx = Context()
        else:
            return
        targets = [p for c in tok.children if c.dep_ == "prep" and (c.lower_ == "to" or (
            c.lower_ == "of" and tok.lemma_ == "signatory")) for p in c.children if p.dep_ == "pobj"]
        objects = [r for p in targets for r in self.refs(p) if r.type == "Initiative"]
        if not objects:
            return
        agreement = tok.lemma_ == "signatory" or any(_family_of(p.lemma_.lower()) == "agreement" for p in targets)
        self.emit(sent, tok, "Agree" if agreement else "Participate", subjects, objects, ctx,
                  extra_neg=_det_negations([tok]))

    def without_party(self, sent: Span, tok: Token) -> None:
        """"The accord was negotiated without Eritrea": Eritrea took no part in it."""
        if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
            return
        left_out = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "without"
                    for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        things = [r for c in tok.children if c.dep_ == "nsubjpass" for r in self.refs(c) if r.type == "Initiative"]
        if left_out and things:
            self.emit(sent, tok, "Participate", left_out, things, self.context(tok), extra_neg=1)

    def trade_targets(self, noun: Token) -> list[Ref]:
        """The country a restriction on trade hits: "sales of chips to China" -> China,
        "purchases of Iranian oil" -> Iran."""
        if noun.lemma_.lower() not in TRADE_NOUNS:
            return []
        holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])  # "restricting sales … to China"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in {"on", "against"}:
            # ("Washington's restrictions on sales of chipmaking tools to China", "imposed a ban on
            # sales of arms to X": the parser hangs "to" on the restriction or on its verb)
            gov = noun.head.head
            holders += [gov] + ([gov.head] if gov.dep_ == "dobj" else [])
        found = [r for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "from", "with"}
                 and (h is noun or c.i > noun.i)
                 for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if not found:
            found = [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" for m in p.children
                     if m.dep_ in {"amod", "compound", "poss"} for r in self.refs(m, actors_only=True)
                     if r.type == "State"]
        return found

    def goods_origin(self, noun: Token) -> list[Ref]:
        """The one state whose goods a restriction names by their origin, with those conjoined to
        it: "curbs on Ukrainian grain imports" -> Ukraine, "tariffs on Chinese-made electric
        vehicles" -> China, "tariffs on South Korean and Japanese goods" -> both."""
        # ("duties on brandy imported from the EU": whence the goods come)
        # ("tariffs on electric cars made in China": where they were made)
        shipped = [r for c in noun.children if c.dep_ == "acl" and c.lemma_ in SHIPPED for g in c.children
                   if g.dep_ == "prep" and (g.lower_ == "from" or g.lower_ == "in" and c.lemma_ in MADE)
                   for p in g.children if p.dep_ == "pobj"
                   for r in self.refs(p, actors_only=True) if r.type in {"State", "Organization"}]
        if shipped:
            return shipped
        goods = self._words("trade", "goods")
        if noun.lemma_.lower() not in goods and not any(
                c.dep_ == "compound" and c.lemma_.lower() in goods for c in noun.children):
            return []
        # "tariffs on steel from Thailand", the "from" on the goods or, as the parser may have it,
        # on the verb or noun that hangs "on" them
        sources = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            holders = dict.fromkeys([noun.head.head, _verb_above(noun)])  # ("tariffs of 36 percent on goods …")
            sources += [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i]
        came = [r for c in sources for p in c.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]
                for r in self.refs(t, actors_only=True) if r.type in {"State", "Organization"}]
        if came:
            return came

        def origin(t: Token) -> Ref | None:
            r = self.index.ref(t, self.seg_no) or self._hyphen_state(t)
            return r if r is not None and r.type == "State" else None

        before = [t for t in noun.subtree if t.i < noun.i]
        found = {r.key: r for t in before if t.dep_ in {"amod", "compound", "nmod", "npadvmod"} if (r := origin(t))}
        if len(found) != 1:
            return []
        joined = {r.key: r for t in before if t.dep_ == "conj" and t.head.dep_ in {"amod", "compound"}
                  and t.head.head == noun if (r := origin(t))}
        return [*found.values(), *(r for k, r in joined.items() if k not in found)]

    def _hyphen_state(self, tok: Token) -> Ref | None:
        """The state of a "Chinese-made" or "Russian-origin" modifier."""
        head, _, tail = tok.text.partition("-")
        if tail.lower() not in {"made", "built", "origin", "sourced", "produced", "grown", "refined"}:
            return None
        known = self.index.gazetteer.lookup(head)
        return Ref(known.key, known.type, tok.text, known.via) if known is not None and known.type == "State" else None

    def designation(self, sent: Span, tok: Token) -> None:
        """"designated the RSF a terrorist group", "moved to list the cartels as terrorist
        organisations": listing someone under a label of the lexicon's restricts them (Sanction)."""
        comps = [c for c in tok.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"} and c.pos_ in {"NOUN", "PROPN"}]
        comps += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        labels = self._words("designation", "labels")

        def labelled(c: Token) -> bool:
            return any(t.lower_ in labels for t in c.subtree if t.i <= c.i)
        named = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c not in comps]
        # (the parser's readings of "designate the RSF a terrorist group": the label a second
        # object, an apposition, or the head of one noun phrase with the name its modifier)
        comps += [c for c in named if labelled(c) and len(named) > 1]
        comps += [a for c in named for a in c.children if a.dep_ == "appos" and labelled(a)]
        named = [c for c in named if c not in comps]
        if not comps:
            comps = [c for c in named if labelled(c)]
            named = [g for c in comps for g in c.children if g.dep_ in {"nmod", "compound"} and g.pos_ == "PROPN"]
        if not any(labelled(c) for c in comps):
            return
        # (also the parser's reading of "designate the RSF a terrorist group" as one clause: "the RSF" its subject)
        named += [g for c in comps if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        # (refs reads those conjoined and those a list includes: "22 gangs, including Los Choneros and Los Lobos")
        objects = [r for n in named for r in self.refs(n, actors_only=True)]
        subjects = self.subject_refs(tok)
        self.emit(sent, tok, "Sanction", subjects, objects, self.context(tok))

    def evaluation_trigger(self, sent: Span, tok: Token) -> None:
        """A verb of naming whose complement judges its object: "called the plan 'a diktat'"
        (Criticize), "hailed the accord as historic" (Support)."""
        # ("called X's remarks unacceptable" parsed with the remarks the complement and the
        # adjective theirs: the remarks are the object, the adjective the judgement)
        misparsed = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN" and not any(
            d.dep_ == "dobj" for d in tok.children) and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i
                                                             for a in c.children)]
        comps = [] if misparsed else [
            c for c in tok.children if c.pos_ in {"NOUN", "ADJ", "PROPN"} and (
                c.dep_ in {"oprd", "xcomp", "attr", "acomp"} or (c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)))]
        comps += _as_complements(tok)
        # "called the use of water cannon 'dangerous'": an adjective after its noun is the judgement
        comps += [a for c in [*(d for d in tok.children if d.dep_ == "dobj"), *misparsed[:1]] for a in c.children
                  if a.dep_ == "amod" and a.pos_ == "ADJ"
                  and a.i > max((x.i for p in c.children if p.dep_ == "prep" for x in p.subtree), default=c.i)]
        if not comps and tok.lemma_ in NAMING_VERBS:
            # ("called the raid \"an authoritarian act\"" parsed with the label an apposition of the
            # raid; not one set off by a comma: "condemned Hamas, a militant group")
            comps = [a for d in tok.children if d.dep_ == "dobj" for a in d.children
                     if a.dep_ == "appos" and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text != ","]
        named: list[Token] = []
        if not any(c.dep_ == "dobj" for c in tok.children):
            # "called Lula a corrupt communist", parsed with the name a complement too (or the label
            # the name's apposition): the name is the one judged, the label after it the judgement
            first = next((c for c in comps if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
            rest = [] if first is None else [c for c in comps if c.i > first.i] + [
                a for a in first.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.doc[a.left_edge.i - 1].text != ","]
            if rest:
                comps, named = rest, [first]
        if not comps:
            return
        judged = [t for c in comps for t in c.subtree if not (t.dep_ == "nsubj" and t.head in comps)
                  and not any(a.dep_ == "nsubj" and a.head in comps for a in t.ancestors)]
        relation = self._judgement(judged)
        if relation is None:
            return
        if any(t.lower_ in {"not", "neither", "nor", "never", "hardly"}
               for c in comps for x in (c, *c.conjuncts) for t in x.children):
            # "called the election neither free nor fair" judges it badly; "not illegal" says little
            if relation == "Criticize":
                return
            relation = "Criticize"
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c not in comps] + misparsed[:1] + named
        # ("the M23, which Kinshasa calls a terrorist group": the relative pronoun is the M23,
        # unless that noun hangs on another, "the dam on the Nile, which …", and may not be it)
        pinned = tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.head.pos_ in {"NOUN", "PROPN"}
        objs = [c if pinned and c.tag_ in {"WDT", "WP"} else self._unwrap(c, tok) for c in objs]
        # "considers the PKK a terrorist group": the small clause's subject
        objs += [g for c in comps for g in c.children if g.dep_ == "nsubj"]
        if not objs:
            # "called the Chinese government assassins", parsed as one noun: the phrase with its own
            # "the" is the one judged
            objs = [g for c in comps if c.dep_ == "oprd" and c.pos_ == "NOUN" for g in c.children
                    if g.dep_ == "compound" and any(d.dep_ == "det" for d in g.children)]
        if not objs and tok.dep_ == "relcl":
            objs = [tok.head]  # "a move the Kremlin described as hostile"
        if not objs:
            return
        subjects = self._active_subjects(tok)
        if subjects is None:
            return  # "X was called a terrorist": who called it is unsaid
        objects: list[Ref] = []
        for o in objs:
            # ("…, an incident Washington called dangerous"; "dismissed the remarks as irresponsible")
            found = self._event_agents(sent, o) or self._speakers_of(sent, o, subjects)
            if not found and (movers := self._appos_mover(o, EVENT_NOUNS | SPEECH_NOUNS)) is not None:
                objects += movers  # "Armenia joined the court, a move the Kremlin described as hostile"
                continue
            found = found or self.refs(o)
            if o.pos_ == "PRON" and any(r.type != "Initiative" for r in found):
                continue  # "described it as despicable": "it" is some act, not a country
            if not found and o.pos_ in {"NOUN", "PROPN"}:
                found = self.deep_refs(o)
            objects += found
        if relation == "Support":
            objects = [o for o in objects if o.type != "Person"]  # praise of a person is no backing
        self.emit(sent, tok, relation, subjects, objects, self.context(tok))

    def dismissed_as(self, tok: Token) -> bool:
        """Whether a rejection judges what it rejects badly, and so criticises it: "dismissed the
        sanctions as absurd", "rejected the claim as preposterous" (not "dismissed the charges as
        baseless", a denial, nor "rejected the statement as not objective")."""
        if tok.lemma_.lower() not in self._words("evaluation", "dismissive_verbs"):
            return False
        if any(c.dep_ == "dobj" and c.lemma_.lower() in REVERSED_PLANS | ASKED_NOUNS | {"demand"} for c in tok.children):
            # "rejected the peace proposal as unacceptable", "the UN request as a ploy": what one
            # accepts or refuses is refused (a stance on it), whatever it is called
            return False
        judged = [t for c in _as_complements(tok) for t in c.subtree]
        return bool(judged) and self._judgement(judged) == "Criticize" and not any(
            t.lower_ in FALSE_WORDS | {"not", "never"} for t in judged)

    def _judgement(self, judged: list[Token]) -> str | None:
        """The stance words of the evaluation lexicon pass: "a diktat" (Criticize), "historic"
        (Support), or None."""
        words = " ".join(t.lower_ for t in judged).replace(" - ", "-")  # ("one - sided")
        tokens = set(words.split()) | {t.lemma_.lower() for t in judged}

        def hit(entries: frozenset[str]) -> bool:
            return any((e in words) if " " in e else (e in tokens) for e in entries)
        if hit(self._words("evaluation", "negative")):
            return "Criticize"
        if hit(self._words("evaluation", "positive")):
            return "Support"
        return None

    def reported_judgement(self, sent: Span, tok: Token) -> None:
        """A judgement passed on an act in a reported clause: "The Commission said the Chinese
        move was unjustified" (Criticize China), "X said the German decision was welcome"
        (Support Germany). Only acts are judged, as their doers' ("said the situation was
        dangerous" is no stance), and a negated judgement says too little ("was not illegal")."""
        subjects: list[Ref] | None = None  # (read once a clause judges an act: this runs for every "said")
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
            comps = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
            noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                         and c.lemma_.lower() in EVENT_NOUNS), None)
            if noun is None or not comps or any(c.dep_ == "neg" for c in clause.children) or any(
                    t.lower_ in {"not", "never", "hardly"} for c in comps for t in c.children):
                continue
            relation = self._judgement([t for c in comps for t in c.subtree])
            if relation is None:
                continue
            if subjects is None:
                subjects = self.subject_refs(tok)
            if not subjects:
                return
            # "the deployment" (the last such act's doers), "the Chinese move", "Beijing's decision"
            objects = self._event_agents(sent, noun) or self._doers(noun)
            own = {s.key for s in subjects}
            # (a judgement on a plan itself, "the accord was obsolete", is left to the verbs that
            # say what is done about it: only whose act it was is read here)
            objects = [o for o in objects if o.key not in own and o.type in {"State", "Organization"}]
            self.emit(sent, clause, relation, subjects, objects, self.context(tok))

    def reported_violation(self, sent: Span, tok: Token) -> None:
        """A breach or abuse one says another committed is criticism of it: "Mexico said the United
        States had violated its sovereignty", "said the closure breached the bloc's rules" (the
        closure's doers). Not when the breach is denied ("had not violated")."""
        subjects: list[Ref] | None = None
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ in VIOLATING):
            if self._own_negations(clause) or any(c.dep_ == "mark" and c.lower_ in {"if", "whether"}
                                                  for c in clause.children):
                continue
            doers = [c for c in clause.children if c.dep_ == "nsubj"]
            if not doers:
                continue
            objects = self.refs(doers[0], actors_only=True) or (
                self._event_agents(sent, doers[0]) or self._doers(doers[0]) if doers[0].pos_ == "NOUN" else [])
            if subjects is None:
                subjects = self.subject_refs(tok)
            own = {s.key for s in subjects}
            objects = [o for o in objects if o.key not in own and o.type in {"State", "Organization", "Person"}]
            if subjects and objects:
                self.emit(sent, clause, "Criticize", subjects, objects, self.context(tok))

    def _owned_before(self, noun: Token, reach: int = 6) -> list[Ref]:
        """The doers of the same act named with its doer a few sentences before a bare event noun:
        "… after an American drone strike killed a commander … Baghdad condemned the strike"
        (the United States). The last mention with a doer in this segment, within ``reach`` sentences.
        """
        lemma, here = noun.lemma_.lower(), noun.sent.start
        sentence = self.index.sentence_at(self.offset + noun.idx)
        for tok in reversed(self.index.sentence_tokens(noun.doc[:here], self.seg_no) if here else []):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            if sentence - self.index.sentence_at(self.offset + tok.idx) > reach:
                return []
            if doers := self._doers(tok):
                return doers
        return []

    def _doers(self, noun: Token) -> list[Ref]:
        """The states and bodies whose act an event noun's modifier names: "Egypt's deployment",
        "the Chinese move"."""
        return [r for c in noun.children if c.dep_ in {"poss", "amod", "compound"} and c.i < noun.i
                for r in self.refs(c, actors_only=True) if r.type in {"State", "Organization"}]

    def _appos_mover(self, noun: Token, kinds: frozenset[str] | set[str] = EVENT_NOUNS) -> list[Ref] | None:
        """Who made the move an event noun set beside a clause names, or None if it is not one.

        "Armenia joined the court, a move the Kremlin described as hostile": Armenia.
        """
        # (a second object after a comma is the parser's apposition: "bombed Syria, a move …")
        second = noun.dep_ == "dobj" and noun.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," and any(
            c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
        if noun.lemma_.lower() not in kinds or (noun.dep_ not in {"appos", "npadvmod", "conj"} and not second) or (
                noun.dep_ == "conj" and noun.head.pos_ != "VERB"):
            return None
        # (also hung on the verb itself: "…, a step Poland criticised", "…, measures X denounced")
        # (or to a noun deep in the clause: "sent troops into the zone on the Golan Heights, a move …")
        gov = _verb_above(noun.head)
        if noun.lower_ in SPEECH_NOUNS:
            # words are their speaker's: "Hoyer said the US should reevaluate ties with Qatar, a
            # remark Qatari officials called unhelpful" (Hoyer, not the US)
            speech = self._words("speech", "verbs")
            gov = next((a for a in [gov, *gov.ancestors] if a.pos_ in {"VERB", "AUX"} and a.lemma_ in speech), None)
            if gov is None:
                return None
        return self.subject_refs(gov)

    def joint_activity(self, sent: Span, noun: Token) -> None:
        """"the annual U.S.-Philippine Balikatan exercises": each side of the hyphen takes part."""
        left = noun.doc[noun.left_edge.i : noun.i].text
        m = re.search(r"((?:[A-Z][\w.]*\s)*[A-Z][\w.]*)\s?-\s?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)", left)
        if m is None:
            return
        gaz = self.index.gazetteer
        first, second = m.group(1).split(), m.group(2).split()
        # the longest name ending at the hyphen, and the longest starting after it ("US-South Korea")
        a = next((k for i in range(len(first)) if (k := gaz.lookup(" ".join(first[i:]))) is not None), None)
        b = next((k for i in range(len(second), 0, -1) if (k := gaz.lookup(" ".join(second[:i]))) is not None), None)
        if a is None or b is None or a.key == b.key or not {a.type, b.type} <= {"State", "Organization"}:
            return
        sides = [Ref(a.key, a.type, m.group(0), a.via), Ref(b.key, b.type, m.group(0), b.via)]
        init = self.index.initiative(noun, self.seg_no)
        if init is None:
            return
        verb = _verb_above(noun)
        ctx = self.context(verb) if verb.pos_ in {"VERB", "AUX"} and verb.i != noun.i else Context()
        if ctx.negations % 2:
            return  # ("Japan did not join the U.S.-Philippine drills": says nothing of the two sides)
        if verb.pos_ in {"VERB", "AUX"} and (_reverses(verb) or self._abandoning(verb) or verb.lemma_.lower() in POSTPONING
                                             or any(self._is_phrasal_negator(verb, c) for c in verb.children)):
            return  # ("Greece suspended the Turkey-Greece talks", "walked out of the …": not held as they stand)
        self.emit(sent, noun, "Participate", sides, [init], ctx)

    def _event_agents(self, sent: Span, noun: Token) -> list[Ref]:
        """Who did what a bare event noun points back at: in "Russia and China vetoed the
        resolution. The US condemned the veto." the veto is Russia's and China's."""
        lemma = noun.lemma_.lower()
        judged = any(c.dep_ == "relcl" for c in noun.children)  # "an incident Washington called dangerous"
        of_act = lemma == "use" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        # "the seizure of the buffer zone", "the invasion of Ukraine": an act of its kind on what
        # the "of" names (a place or thing, or the actor the act was done to)
        # (not "the deployment of 1,000 officers": what is deployed, not what is acted on)
        patients = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    and (lemma in ACT_VERBS or ACT_KINDS.get(lemma) == {"Attack"})
                    for p in c.children if p.dep_ == "pobj"]
        victims = {r.key for p in patients for r in self.refs(p, actors_only=True)}
        if lemma not in EVENT_NOUNS or any(c.dep_ in {"poss", "compound", "amod"} and c.i < noun.i
                                           for c in noun.children) or (
                not judged and (any(c.lower_ in {"a", "an"} for c in noun.children)
                                or not any(c.lower_ in {"the", "this", "that", "these", "those", "both"}
                                           for c in noun.children)
                                or (any(c.dep_ == "prep" and not _voiced_in(c) and not (patients and c.lower_ == "of")
                                        for c in noun.children) and not of_act))):
            return []  # "Germany's decision", "the decision to …", "a move": not a bare anaphor
        start, _end = sentence_bounds(sent, self.offset)
        # ("…, an incident Washington called dangerous": the act of the same sentence)
        # (an act told in a side clause with a subject of its own counts for a noun named after a
        # verb of its kind: "since Moscow invaded Ukraine … has not condemned the invasion", "after
        # police forced their way into the embassy … called the raid an authoritarian act"; not "the
        # coalition fighting Islamic State", and not for "the deployment", which may be anyone's)
        earlier = [a for a in self.acts if ((a.start < start and (a.main or of_act or (lemma in ACT_VERBS and a.own_subject)))
                                            or (judged and a.start == start))
                   and (lemma not in ACT_KINDS or a.relation in ACT_KINDS[lemma])
                   and (lemma not in UNDOING_EVENTS or a.polarity == "negative")
                   # ("Russia did not shell Kharkiv. France condemned the shelling": no one's)
                   and (lemma not in ACT_VERBS or a.relation != "Attack" or a.polarity == "positive")
                   and (not victims or victims & set(a.objects))]
        # ("Israel bombed Beirut. Hezbollah shelled Haifa. France condemned the bombing": the bombing)
        if lemma in ACT_VERBS and any(a.lemma == ACT_VERBS[lemma] for a in earlier):
            earlier = [a for a in earlier if a.lemma == ACT_VERBS[lemma]]
        if not earlier:
            return self._owned_before(noun)
        # (cutting ties and joining or leaving a body are only ever the story's own news)
        near = [a for a in earlier if a.relation in EVENT_RELATIONS]
        if near and not near[-1].objects:
            # (an act on someone named outranks one on no one in the same sentence)
            near.sort(key=lambda a: (a.start, bool(a.objects)))
        kinds = {a.doers for a in earlier} if lemma in ACT_KINDS else set()
        if near and (lemma == "veto" or self.index.sentence_at(start) - self.index.sentence_at(near[-1].start)
                     <= (6 if of_act else 2)):
            keys = near[-1].doers
        elif len(kinds) == 1:
            # (a noun of one kind of act, and one doer of that kind in the story: "Ecuadorean
            # police stormed the embassy … Brazil, Colombia and Chile condemned the raid")
            keys = next(iter(kinds))
        else:
            # too far back to be "the move" … unless it is the story's own news: the act of its
            # lead ("Germany will send tanks … The Kremlin condemned the move")
            # (not an act of a year before the story's: "slapped tariffs on X in 2020" is background)
            lead = next((a for a in earlier if a.relation in LEAD_ACTS and not a.past), None)
            if lead is None or self.index.sentence_at(lead.start) > 3 or lemma not in LEAD_EVENTS:
                return []
            keys = lead.doers
        return self._doers_of(keys, noun)

    def _doers_of(self, keys: tuple[str, ...], noun: Token) -> list[Ref]:
        """The actors who did an act or made a claim a noun points back at, a national agency's
        being its state's: "The Pentagon said its forces had hit a vehicle … Iran called the strike
        a terrorist act" is aimed at the United States."""
        state_of = self.index.gazetteer.state_of
        keys = tuple(dict.fromkeys(state_of.get(k, k) for k in keys))
        return [Ref(k, self.index.types.get(k, "State"), noun.text, "event") for k in keys
                if self.index.types.get(k, "State" if k in state_of.values() else None) in ACTOR_TYPES]

    def _led_state(self, person: str) -> str | None:
        """The state a person leads, by a title read earlier in the document ("Nigerien leader
        Abdourahamane Tiani") or the leaders table, or None."""
        found = [r.affiliation for r in self.roles if r.person == person and r.relation == "LeaderOf"
                 and r.polarity == "positive" and r.affiliation and self.index.types.get(r.affiliation) == "State"]
        if found:
            return found[-1]
        led = self.index.gazetteer.led_by(person.removeprefix("person:"), date_year(self.doc_date), organisation=False)
        return led if led is not None and led.startswith("state:") else None

    def namers_own(self, verb: Token, pronoun: Token) -> list[Ref]:
        """Whose "its" or "his" it is in "X called Y its closest ally": X's, and for a person
        named by "its", the state the person holds office in ("Frederiksen … called the United
        States its closest ally": Denmark)."""
        namers = self.subject_refs(verb)
        if pronoun.lower_ not in {"its", "their"} or not any(r.type == "Person" for r in namers):
            return namers
        states = sorted(self._affiliations(namers))
        return [r for r in namers if r.type != "Person"] + [
            Ref(k, self.index.types.get(k, "State"), pronoun.text, "pronoun") for k in states if k.startswith("state:")]

    def _affiliations(self, actors: list[Ref]) -> set[str]:
        """The states and bodies the people among ``actors`` hold office in: by a title read
        earlier in the document ("Colombian President Gustavo Petro … Petro") or a leader or
        minister the tables know."""
        people = {a.key for a in actors if a.type == "Person"}
        found = {r.affiliation for r in self.roles if r.person in people and r.affiliation and r.polarity == "positive"}
        year = date_year(self.doc_date)
        gaz = self.index.gazetteer
        return found | {k for p in people for k in (gaz.led_by(p.removeprefix("person:"), year),
                                                    gaz.serves(p.removeprefix("person:"), year)) if k}

    def _claim_makers(self, noun: Token) -> list[Ref]:
        """Who made the demand or charge a noun names after it: "rejected the ultimatum from
        Washington", "the demands made by the United States" (the United States).

        A "by" straight on the noun is read elsewhere; only "from" and a participle's "by" here.
        """
        if noun.lemma_.lower() not in CLAIM_NOUNS:
            return []
        heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        return [r for h in heads for c in h.children if c.dep_ in {"prep", "agent"}
                and c.lower_ == ("from" if h is noun else "by")
                for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]

    def _speakers_of(self, sent: Span, noun: Token, subjects: list[Ref]) -> list[Ref]:
        """Whose words a noun of speech names: "condemned her remarks", "calling Aliyev's remarks
        unacceptable", "remarks by X"; a bare "the remarks" after a claim (a charge, a demand, a
        warning) made within the two sentences before, by one other than the judge: its maker.

        "Bessent accused Beijing of signing predatory deals. Lin Jian dismissed the remarks as
        irresponsible": Bessent.
        """
        if noun.lower_ not in SPEECH_NOUNS or noun.pos_ != "NOUN":
            return []
        own = {s.key for s in subjects} | self._affiliations(subjects)
        named = [r for c in noun.children if c.dep_ == "poss" for r in self.refs(c, actors_only=True)] + [
            r for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
            for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if named or any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in noun.children if c.i < noun.i):
            return [r for r in named if r.key not in own]  # ("the joint statement", "the summit statement": no one's alone)
        if not any(c.lower_ in {"the", "these", "those", "such"} for c in noun.children if c.dep_ == "det"):
            return []
        start, _end = sentence_bounds(sent, self.offset)
        here = self.index.sentence_at(start)
        earlier = [c for c in self.claims if c[0] < start and here - self.index.sentence_at(c[0]) <= 2
                   and not own & set(c[2])]
        return self._doers_of(earlier[-1][2], noun) if earlier else []

    def _claim_agents(self, sent: Span, noun: Token, subjects: list[Ref]) -> list[Ref]:
        """Who made the accusation, demand or threat a bare noun points back at.

        "Vilnius accused Minsk of … Belarus rejected the accusations": Lithuania. The claim is
        one made against the subject when there is one within eight sentences, else the last of
        its kind within two (or in the same sentence: "a demand Washington has rejected").
        """
        relation = CLAIM_NOUNS.get(noun.lemma_.lower())
        # (or a relative clause the parser did not see: "…, a demand Washington has rejected" with
        # the noun a subject, or an object before its verb)
        judged = any(c.dep_ == "relcl" for c in noun.children) or noun.dep_ == "nsubj" or (
            noun.dep_ == "dobj" and noun.i < noun.head.i)
        if relation is None or any(c.dep_ in {"poss", "compound", "amod", "nmod", "prep", "acl"} and (
                c.i < noun.i or c.dep_ in {"prep", "acl"}) for c in noun.children) or not (any(
                c.lower_ in ({"the", "these", "this", "those", "that", "all", "both"} | ({"a"} if judged else set()))
                for c in noun.children) or (judged and noun.tag_ == "NNS" and not any(
                    c.dep_ == "det" for c in noun.children))):  # ("…, conditions Netanyahu has rejected")
            return []  # "Russia's demand", "the call for a ceasefire", "a demand": not a bare anaphor
        start, _end = sentence_bounds(sent, self.offset)
        here = self.index.sentence_at(start)
        own = {s.key for s in subjects} | self._affiliations(subjects)
        earlier = [c for c in self.claims if c[1] == relation and (c[0] < start or (judged and c[0] == start) or (
                       relation == "Offer" and c[0] == start))  # ("offered coal; Tiraspol has not taken up the offer")
                   and here - self.index.sentence_at(c[0]) <= 8 and not own & set(c[2])]
        at_us = [c for c in earlier if own & set(c[3])]
        earlier = [c for c in earlier if here - self.index.sentence_at(c[0]) <= 2]
        if not (at_us or earlier):
            return []
        keys = (at_us or earlier)[-1][2]
        return self._doers_of(keys, noun)

    def _aid_participation(self, sent: Span, tok: Token, subjects: list[Ref], obj_toks: list[Token],
                           ctx: Context, extra: int) -> None:
        """Taking part in an unowned aid effort for X is giving that aid to X.

        "non-participation in direct military support for Ukraine": no military aid to Ukraine.
        (Taking part in *NATO's* support is not aid of one's own, so owned efforts are left alone.)
        """
        for t in obj_toks:
            if t.lemma_ not in {"support", "aid", "assistance", "help"}:
                continue
            if any(c.dep_ in {"poss", "compound", "nmod"} and self.index.ref(c, self.seg_no) is not None
                   for c in t.children):
                continue
            cls = self.lex.theme_class(" ".join(x.lower_ for x in t.subtree if x.i <= t.i))
            relation = THEME_RELATIONS.get(cls or "")
            if relation not in {"ProvideMilitaryAid", "ProvideAid", "Fund"}:
                continue
            beneficiaries = [r for c in t.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}
                             for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            self.emit(sent, tok, relation, subjects, beneficiaries, ctx, extra_neg=extra)

    def _theme_trigger(self, sent: Span, tok: Token, trig: Trigger, subjects: list[Ref], passive: bool,
                       ctx: Context, extra: int) -> None:
        themes = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
        if not themes and (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
            themes = [tok.head]  # "weapons they provide to Kiev", "drones supplied by Iran to Russia"
        if not themes and (reduced := _reduced_relative(tok)) is not None:
            themes = [reduced]  # "soldiers sent to Kursk have come under fire", parsed as a clausal subject
        given = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                 if p.dep_ == "pobj"]
        recipients: list[Ref] = []
        if given and themes and not passive and tok.lemma_ in {"provide", "supply", "equip", "arm"}:
            # "provide the Philippines with five patrol vessels": the object receives, "with" gives
            recipients = [r for t in themes for r in self.refs(t, actors_only=True)]
            if recipients:
                themes = given
        if not recipients and len(themes) == 1 and not passive and tok.lemma_ in GIVING_TO_APPOSED:
            # "handed Sri Lanka's navy a decommissioned cutter", parsed with the goods in apposition
            # to the one who gets them (set right after it, with no comma)
            goods = next((c for c in themes[0].children if c.dep_ == "appos" and c.left_edge.i == themes[0].i + 1
                          and any(d.dep_ in {"det", "nummod"} and d.lower_ not in {"the", "this", "that"}
                                  for d in c.children)), None)
            if goods is not None and (got := self.refs(themes[0], actors_only=True)):
                recipients, themes = got, [goods]
        if not recipients and themes and not passive and tok.lemma_ in GIVING_DATIVE:
            # "has sold Thailand tanks", parsed as the compound "Thailand tanks": a state named
            # first, before the goods, is who gets them
            first = themes[0].left_edge
            r = self.index.ref(first, self.seg_no) if first.dep_ == "compound" and first.pos_ == "PROPN" else None
            # (anyone named before leave: "granted Assad asylum", parsed as "Assad asylum")
            if r is not None and (r.type == "State" or self.lex.theme_class(themes[0].lemma_) == "permission") \
                    and r.via in {"name", "alias"} and first.head == themes[0]:
                recipients = [r]
        money: set[int] = set()
        aid_money = False
        for n, theme in enumerate(themes):
            counted = [p for c in theme.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() not in CURRENCIES]
            if theme.tag_ == "NNS" and theme.lemma_.lower() in {"thousand", "million", "billion"} and counted:
                themes[n] = counted[0]  # "shipped millions of artillery shells": the shells, not money
                continue
            if theme.lemma_.lower() in LOADS and counted:
                themes[n] = counted[0]  # "sent 2,000 trucks of aid": the aid they carry
                continue
            if theme.ent_type_ == "MONEY" or theme.like_num or theme.lemma_.lower() in CURRENCIES:
                # "pledged $100 million in humanitarian aid for Sudan": the aid is the theme;
                # a bare sum is money
                inner = [p for c in sorted(theme.children, key=lambda c: c.lower_ != "in")
                         if c.dep_ == "prep" and c.lower_ in {"in", "of"} for p in c.children if p.dep_ == "pobj"] or [
                    # ("delivered $90 million in security assistance to Ecuador", the "in" hung on the verb)
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == theme.right_edge.i + 1
                    for p in c.children if p.dep_ == "pobj" and self.lex.theme_class(p.lemma_) is not None
                    and p.ent_type_ not in {"DATE", "GPE", "LOC"}]
                if inner:
                    themes[n] = inner[0]
                    # ("$100 million in humanitarian aid": money, given as aid)
                    aid_money = aid_money or self.lex.theme_class(
                        " ".join(t.lower_ for t in inner[0].subtree if t.i <= inner[0].i)) == "humanitarian"
                else:
                    money.add(theme.i)
        obj_toks = self.objects_for(tok, tuple(s for s in trig.object if s != "dobj"), passive)
        if not obj_toks:
            # "support to Ukraine" attached to the theme noun
            for theme in themes:
                for prep in theme.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"to", "for"}:
                        obj_toks = [p for p in prep.children if p.dep_ == "pobj"]
        objects = recipients or [r for t in obj_toks for r in self.refs(t)]
        if not objects:
            objects = [r for t in obj_toks for r in self.deep_refs(t)]  # "troops to the bloc's drills"
        if not objects:
            # "pledged $200 million to support the mission": what the purpose clause names
            objects = [r for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_ in PURPOSE_VERBS
                       for o in c.children if o.dep_ == "dobj" for r in self.refs(o)]
        if not objects and (money or any(self.lex.theme_class(t[1]) == "money" for t in _expand_themes(themes))):
            # "pledged A$50 million to train Indonesian officers", "will spend $190 million to
            # expand the Solomon Islands police force": money for the state whose people or
            # institutions it builds up
            # ("pledged $500 million to help rebuild Syria's power grid", "… to help Syria rebuild
            # it": through a purpose verb's own purpose, to the state named as owner or doer)
            objects = [r for o in _built_up(tok)
                       for r in self.refs(o, actors_only=True) or [
                           m for x in o.children if x.dep_ in {"amod", "compound", "nmod", "poss"}
                           for m in self.refs(x, actors_only=True) if m.type == "State"]]
        part_of = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                   if p.dep_ == "pobj" and p.lemma_ == "part" for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                   for o in q.children if o.dep_ == "pobj" for r in [self.index.initiative(o, self.seg_no)] if r is not None]
        if part_of and any(self.lex.theme_class(t[1]) == "personnel" for t in _expand_themes(themes)):
            objects = part_of  # "deployed troops to eastern Congo as part of a regional force": that force
        if not objects and money and tok.lemma_ in {"pledge", "promise", "offer", "commit", "give", "provide"}:
            # "Canada has promised C$80 million": for the mission the story is about
            objects = self._implied_mission(tok, subjects)
        if not objects and any(self.lex.theme_class(t[1]) == "personnel" for t in _expand_themes(themes)):
            # "Jamaica and Belize will contribute personnel": to the mission the story is about
            objects = self._implied_mission(tok, subjects)
            watchers = [t for t, phrase in _expand_themes(themes) if self.lex.theme_class(phrase) == "personnel"
                        and any(x.lemma_.lower() in WATCHERS for x in [t, *_of_chain(t)])]
            purpose = next((c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_ in WATCHING
                            and any(o.dep_ == "dobj" for o in c.children)), None)
            if not objects and watchers and purpose is None:
                # "Russia and Belarus also dispatched observers": to the vote the story is about,
                # only when the vote is what the story is most about
                main = self.index.salient_initiative(tok, self.seg_no, self._words("initiatives", "heads"))
                if main is not None and main.key in {r.key for r in self._implied_mission(tok, subjects, VOTES)}:
                    objects = [main]
            if not objects:
                # "deployed 100 civilian monitors", "would send a team of observers": the
                # contingent is the mission; "sent observers to monitor the truce": named with
                # what it watches (the monitoring, not the truce watched)
                objects = [r for t, phrase in _expand_themes(themes) if self.lex.theme_class(phrase) == "personnel"
                           for r in [self.index.crew(t, self.seg_no, subjects,
                                                     purpose=purpose if t in watchers else None)] if r is not None]
        if not objects and themes and tok.lemma_ in {"send", "supply", "deliver", "provide", "ship", "give"} and not any(
                t.lower_ == "own" for th in themes for t in th.subtree):
            # "Berlin will send tanks to Kyiv. Paris ruled out sending jets": to whom the last aid went
            # (not "has trained Ugandan units and is unlikely to send troops of its own": to fight)
            start, _end = sentence_bounds(sent, self.offset)
            earlier = [g for g in self.gifts if g[0] <= start]
            if earlier and self.index.sentence_at(start) - self.index.sentence_at(earlier[-1][0]) <= 3:
                own = {s.key for s in subjects}
                objects = [g for g in earlier[-1][1] if g.key not in own]
        if not objects and "dobj" in trig.object and not passive:
            return
        if ctx.modality is None and tok.lemma_ in PLEDGING:
            ctx.modality = "intended"  # a pledge of aid is aid to come
        helped: list[Ref] | None = None  # whom the personnel are sent to help, found once
        objects, denied_all = self._contrast_split(tok, trig.object, objects)
        # the relations of the themes given where others set against them are not ("did not send
        # troops but drones": military aid given, whatever the troops)
        expanded = _expand_themes(themes)
        contrasts = {t.i: _contrast_negations(t, tok) for t, _phrase in expanded}

        def kind(t: Token, phrase: str) -> str | None:
            return "money" if t.i in money else self.lex.theme_class(phrase)

        def given(t: Token, relation: str | None) -> str | None:
            # (troops sent to a state are military help to it: see below)
            return "ProvideMilitaryAid" if relation == "Participate" and t.lemma_.lower() in SOLDIERS else relation

        chosen: set[str] = set()
        if any(contrasts.values()):
            for t, phrase in expanded:
                rel = given(t, THEME_RELATIONS.get(cls) if (cls := kind(t, phrase)) else None)
                if rel and not (ctx.negations + extra + _object_negations([t], tok) + contrasts[t.i]) % 2:
                    chosen.add(rel)
        for theme in expanded:
            denied = denied_all
            if tok.lemma_ in PLEDGING | {"announce", "unveil"} and theme[0].lemma_.lower() in {"support", "backing"} \
                    and not any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in GIFT_KINDS for c in theme[0].children):
                continue  # "pledged / announced their support for Biden": backing (read by the noun), no gift
            if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"sanction", "sanctions", "tariff", "tariffs"}
                   for c in theme[0].children):
                continue  # "offered Iran sanctions relief": relief from sanctions, no aid
            cls = kind(*theme)
            relation = THEME_RELATIONS.get(cls) if cls else trig.default
            if tok.lemma_ in {"sell", "export"} and cls != "military":
                relation = trig.default  # (selling or exporting anything but arms is trade: exports are ties)
            if relation is None:
                continue
            neg = extra + _object_negations([theme[0]], tok)
            neg += contrasts[theme[0].i]  # "sent aid, not weapons", "did not send food but weapons"
            if given(theme[0], relation) in chosen and (ctx.negations + neg) % 2:
                continue  # "did not send troops but drones": military aid was given, by the drones
            if relation == "Participate" and tok.lemma_ in {"send", "deploy", "dispatch", "station"} and \
                    theme[0].lemma_.lower() in SOLDIERS:
                # "sent troops to Bangui under a defence pact": military help to a state (an effort
                # one sends troops to is taken part in; a state one attacks is not helped)
                own = {s.key for s in subjects}
                foes = {st.object for st in self.out if st.relation == "Attack" and st.subject in own}
                # (as the gold sets have it: "Neither country has sent troops", "ruled out sending
                # ground troops to Ukraine" are military help withheld)
                hosts = [o for o in objects if o.type == "State" and o.key not in foes]
                denied_hosts = [o for o in denied if o.type == "State" and o.key not in foes]
                objects = [o for o in objects if o.type != "State"]
                denied = [o for o in denied if o.type != "State"]
                self.emit(sent, tok, "ProvideMilitaryAid", subjects, hosts, ctx, extra_neg=neg)
                self.emit(sent, tok, "ProvideMilitaryAid", subjects, denied_hosts, ctx, extra_neg=neg + 1)
            self.emit(sent, tok, relation, subjects, objects, ctx, extra_neg=neg)
            self.emit(sent, tok, relation, subjects, denied, ctx, extra_neg=neg + 1)  # ("… but not to Sudan")
            if relation == "ProvideAid" and aid_money:
                self.emit(sent, tok, "Fund", subjects, objects, ctx, extra_neg=neg)
            if relation == "Participate":
                if helped is None:
                    helped = self._helped(tok, subjects)
                self.emit(sent, tok, "ProvideMilitaryAid", subjects, helped, ctx, extra_neg=neg)

    def _hosted_by(self, tok: Token) -> tuple[Token | None, list[Ref]]:
        """The participle that says who hosted a gathering named by ``tok`` and the actors it
        names: "talks hosted by Qatar's emir" -> (hosted, [Qatar]); ``(None, [])`` when none does
        (the last such participle, should there be two)."""
        found: tuple[Token | None, list[Ref]] = (None, [])
        for acl in tok.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in HOSTING:
                found = (acl, [r for c in acl.children if c.dep_ == "agent" for p in c.children
                               if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)])
        return found

    def _contrast_split(self, tok: Token, spec: tuple[str, ...], objects: list[Ref]) -> tuple[list[Ref], list[Ref]]:
        """The objects a verb keeps and those a contrastive "not" denies, in its object phrases:
        "sent troops to Somalia but not to Sudan", "…, not to Sudan" (Sudan denied)."""
        wants = {x.split(":", 1)[1] for x in spec if x.startswith("prep:")} | ({"to"} if "dative" in spec else set())
        denied = {r.key: r for c in tok.children for ph in (c, *c.conjuncts) if ph.lower_ in wants
                  and _contrast_not(ph) is not None for p in ph.children if p.dep_ == "pobj" for r in self.refs(p)}
        if any(c.dep_ == "neg" for c in tok.children):
            # "did not send aid to Bolivia but to Ecuador": the "but" phrase is what was done (the
            # verb's own "not" is the contrast's), so it goes with the denied ones, whose polarity is
            # the verb's turned over
            denied |= {r.key: r for c in tok.children if c.lower_ in wants and c.dep_ in {"prep", "dative"}
                       for ph in c.conjuncts if ph.i > c.i and ph.lower_ in wants and any(
                           t.lower_ == "but" for t in tok.doc[c.i:ph.i]) and _contrast_not(c) is None
                       for p in ph.children if p.dep_ == "pobj" for r in self.refs(p)}
            # ("did not sell drones to Ethiopia but to Kenya", the "but" and its phrase hung on the verb)
            buts = [c for c in tok.children if c.dep_ == "cc" and c.lower_ == "but"]
            denied |= {r.key: r for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ in wants
                       and any(b.i < c.i and any(e.dep_ in {"prep", "dative"} and e.lower_ == c.lower_ and e.i < b.i
                                                 for e in tok.children) for b in buts)
                       for p in c.children if p.dep_ == "pobj" for r in self.refs(p)}
        return [o for o in objects if o.key not in denied], list(denied.values())

    def received(self, sent: Span, tok: Token) -> bool:
        """A gift seen from its receiver: "Chad has received $300 million in Emirati loans",
        "Belarus began receiving Russian nuclear weapons", "Tunisia has received EU funds from
        Brussels" — the giver funds or arms the receiver. True when the thing received is a gift
        (money, aid, arms), whether or not both sides are named; false for a visitor received."""
        theme = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if theme is None:
            return False
        money = False
        if theme.ent_type_ == "MONEY" or theme.like_num or theme.lemma_.lower() in CURRENCIES | {"hundred", "thousand"}:
            # "$300 million in loans", "hundreds of millions of dollars in Emirati loans": the loans
            inner = [p for c in [*theme.subtree, *tok.children] if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            money = not inner
            theme = inner[0] if inner else theme
        def stance(t: Token) -> bool:
            # "won Turkey's support for its bid", "secured Hungary's backing": a stance, no gift
            return tok.lemma_ != "receive" and t.lemma_.lower() in {"support", "backing"} and not any(
                c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in GIFT_KINDS for c in t.children)

        if stance(theme):
            return False
        phrases = [(t, phrase) for t, phrase in _expand_themes([theme]) if not stance(t)]
        relation = "Fund" if money else next(
            (rel for _t, phrase in phrases if (rel := THEME_RELATIONS.get(self.lex.theme_class(phrase) or ""))
             in AID_RELATIONS), None)
        if relation is None:
            return False
        receivers = self._active_subjects(tok) or []
        froms = [(f, [r for p in f.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)])
                 for node in (tok, theme) for c in node.children if c.dep_ == "prep" and c.lower_ == "from"
                 for f in (c, *c.conjuncts) if f.lower_ == "from"]
        givers = [r for _c, refs in froms for r in refs]
        # ("won support from Japan, but not from China", "neither from France nor from Germany": none
        # given); "did not win support from China but from Japan": Japan gave it (the "not" turned back)
        denied = {r.key for c, refs in froms if _contrast_not(c) is not None or _nor_phrase(c) for r in refs}
        turned = {r.key for c, refs in froms[1:] if _contrast_not(c) is None and _but_phrase(c) for r in refs} - denied
        if not givers:
            givers = [r for c in theme.children if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i < theme.i
                      for r in [self.index.ref(c, self.seg_no)] if r is not None and r.type in {"State", "Organization"}]
        own = {r.key for r in receivers}
        givers = [g for g in givers if g.key not in own]
        if receivers and givers:
            # ("received no support from the African Union": none given)
            none, ctx = _det_negations([theme]), self.context(tok)
            negated = bool((ctx.negations + none) % 2)  # (the givers the first phrase names get nothing)
            if not negated:
                turned = set()  # ("received aid from Russia but from Iran too": plain givers)
            if kept := [g for g in givers if g.key not in denied | turned]:
                self.emit(sent, tok, relation, kept, receivers, ctx, extra_neg=none)
            if refused := [g for g in givers if g.key in denied]:
                self.emit(sent, tok, relation, refused, receivers, ctx, extra_neg=none + (not negated))
            if alternative := [g for g in givers if g.key in turned]:
                self.emit(sent, tok, relation, alternative, receivers, ctx, extra_neg=none + 1)
        return True

    def _helped(self, tok: Token, subjects: list[Ref]) -> list[Ref]:
        """Whom personnel are sent to help: "sent soldiers to North Kivu to help Congolese forces
        battle the M23" gives the Congolese state military help."""
        own = {s.key for s in subjects}
        return [r for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_ in PURPOSE_VERBS - {"fund", "finance"}
                for o in [*c.children, *(g for k in c.children if k.dep_ in {"ccomp", "xcomp"}  # "help X battle Y"
                                         for g in k.children if g.dep_ == "nsubj" or (g.dep_ == "compound" and g.i == k.i - 1))]
                if o.dep_ in {"dobj", "nsubj", "compound"} for r in self.refs(o, actors_only=True)
                if r.type in {"State", "Organization"} and r.key not in own]

    def use_trigger(self, sent: Span, tok: Token) -> None:
        """"No Hungarian funds will be used to support them", "territory be used for", "No Polish
        money will go into this fund"."""
        themes = [c for c in tok.children if c.dep_ in ({"nsubjpass", "dobj"} if tok.lemma_ == "use" else {"nsubj"})]
        if tok.lemma_ != "use":
            # "go into / flow to": what the money goes to
            targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"}
                       for p in c.children if p.dep_ == "pobj"]
            for theme in themes:
                if self.lex.theme_class(theme.lemma_) not in {"money", "military", "humanitarian"}:
                    continue
                owner = self.index.modifier_ref(theme, self.seg_no)
                objects = [r for t in targets for r in self.refs(t)]
                if owner is not None and objects:
                    relation = THEME_RELATIONS[self.lex.theme_class(theme.lemma_)]
                    self.emit(sent, tok, relation, [owner], objects, self.context(tok), extra_neg=_object_negations([theme], tok))
            return
        for theme in themes:
            cls = self.lex.theme_class(theme.lemma_)
            relation = THEME_RELATIONS.get(cls or "")
            if relation is None:
                continue
            owner = self.index.modifier_ref(theme, self.seg_no)
            if owner is None:
                continue
            if any(r.key != owner.key for r in self.subject_refs(tok)):
                continue  # "Russia used Iranian drones to strike Kyiv": another's use, no gift to the target
            objects: list[Ref] = []
            for child in tok.children:
                if child.dep_ == "xcomp":
                    done = self.lex.verbs.get(child.lemma_.lower())
                    if done is not None and done.relation in HOSTILE_RELATIONS:
                        break  # "Iranian drones were used to strike Kyiv": the target is given nothing
                    objects = [r for t in self.objects_for(child, ("dobj", "prep:in", "prep:to"), False)
                               for r in self.refs(t)]
                elif child.dep_ == "prep" and child.lower_ in {"for", "in"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            objects = self.refs(pobj)
                            if not objects:
                                objects = [r for p in pobj.children if p.dep_ == "prep"
                                           for q in p.children if q.dep_ == "pobj" for r in self.refs(q)]
                if objects:
                    break
            ctx = self.context(tok)
            self.emit(sent, tok, relation, [owner], objects, ctx, extra_neg=_object_negations([theme], tok))

    def money_into(self, sent: Span, tok: Token) -> None:
        """Money put or poured into something funds it: "China said it would not put money into
        the fund", "Britain has poured millions of pounds in development aid into Kenya"."""
        sums = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and (
            c.ent_type_ == "MONEY" or self.lex.theme_class(c.lemma_) == "money")]
        if not sums:
            return
        # ("poured billions of dollars in counter-narcotics aid into the country": into, not in)
        held = [tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj")]  # (or hung on "aid")
        objects = [r for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "into"
                   for p in c.children if p.dep_ == "pobj" for r in self.refs(p)] or [
            r for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj" for r in self.refs(p)]
        subjects = self._active_subjects(tok)
        if subjects and objects:
            self.emit(sent, tok, "Fund", subjects, objects, self.context(tok), extra_neg=_det_negations(sums))

    def noun_trigger(self, sent: Span, tok: Token, trig: Trigger) -> None:
        """Nominalisations: "Hungary's resistance to X", "sanctions against Moscow"."""
        if tok.lemma_ == "role" and any(c.lower_ in {"title", "starring", "lead", "leading", "supporting", "cameo"}
                                        for c in tok.children):
            return  # "his title role in the film Black Panther": a part played, not a part taken
        if tok.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and any(
                self.refs(p, actors_only=True) for p in c.children if p.dep_ == "pobj") for c in tok.children):
            trig = replace(trig, relation="Request", object=("on", "upon"))  # "its call on Tehran to settle …"
        elif tok.lemma_ == "call" and tok.tag_ == "NNS" and tok.dep_ == "dobj" and (
                "reject" if _turned_down(tok.head) else tok.head.lemma_) in ANSWERS and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            # "defying calls from Kyiv to arrest him", "rejected calls from the opposition": requests
            # answered, not phone calls
            trig = replace(trig, relation="Request", object=())
        if trig.relation == "Sanction" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and \
                tok.head.head.lemma_ in UNDER_MEASURE_VERBS:
            self._under_measure(sent, tok, trig)
            return
        # subject: possessive / actor modifier / "by X" / light-verb subject / apposition
        subjects: list[Ref] = []
        objects: list[Ref] = []
        ctx = Context()
        gov = tok.head
        # "the sanctions that ECOWAS imposed on Niger", "the embargo the Council has imposed on X":
        # the noun is the object of a light verb in its own relative clause, which says what was done
        rel = next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                    and (c.lemma_ in LIGHT_VERBS or _reverses(c))
                    and any(x.dep_ == "nsubj" and x.tag_ not in {"WDT", "WP"} for x in c.children)
                    and not any(x.dep_ == "dobj" and x.tag_ not in {"WDT", "WP"} for x in c.children)), None)
        if tok.dep_ in {"dobj", "nsubjpass"} and gov.lemma_.lower() in RECONSIDERING and rel is None:
            return  # "would re-evaluate its relationship with Riyadh": under review, neither kept nor cut
        if tok.dep_ in {"dobj", "nsubjpass"} and gov.lemma_.lower() in DISCLOSING and self._own_negations(gov):
            return  # "did not announce any arms deals": nothing is said either way
        if tok.dep_ == "dobj" and gov.lemma_.lower() in RECEIVING and trig.relation in VOICED_STANCES:
            # "Peru received (no) support from Chile": Chile's stance on Peru, not Peru's on Chile
            # ("won the backing of Washington": "of" on the noun names the giver too)
            givers = [r for h in (tok, gov) for c in h.children if c.dep_ == "prep" and (
                c.lower_ == "from" or (c.lower_ == "of" and h is tok))
                      for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            ctx = self.context(gov)
            if givers and not ctx.drop:
                self.emit(sent, tok, trig.relation, givers, self.subject_refs(gov), ctx, extra_neg=_det_negations([tok]))
            return
        if trig.relation == "Agree" and tok.dep_ in {"dobj", "nsubjpass", "pobj"} and (
                (kept := self.lex.verbs.get(_governing_verb(tok).lemma_)) is not None and kept.relation == "Commit"):
            return  # "must honour its association agreement with the bloc": the commitment is the statement
        slot = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PARTITIVES | BATCHES | COUNTED_BY and \
                tok.head.head.dep_ in {"dobj", "nsubjpass"}:
            # "had frozen most of its aid": the verb acts on the aid through its share ("has
            # imposed several rounds of sanctions on Belarus": through the batches; "carried out
            # thousands of air strikes on Islamic State": through the count)
            slot = tok.head.head
            gov = slot.head
        elif tok.dep_ == "compound" and tok.head.lemma_.lower() in BATCHES and tok.head.dep_ in {"dobj", "nsubjpass"}:
            slot = tok.head  # "adopted a new sanctions package against Russia": through the package
            gov = slot.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ in {"dobj", "nsubjpass"} and (
                tok.head.head.ent_type_ == "MONEY" or tok.head.head.like_num or tok.head.head.lemma_.lower() in CURRENCIES) \
                and tok.head.head.head.pos_ == "VERB":
            # "withheld $300 million in military aid from Egypt", "froze 30 million euros in military
            # assistance": through the sum
            slot = tok.head.head
            gov = slot.head
        elif trig.relation == "Meet" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in SPELLS and tok.head.head.dep_ == "dobj":
            slot = tok.head.head  # "hosted two days of talks with X": through the days
            gov = slot.head
        if trig.relation == "Attack" and slot.dep_ == "pobj" and slot.head.lower_ == "for" and \
                slot.head.head.lemma_.lower() in CLAIMED_CREDIT and slot.head.head.dep_ == "dobj" and \
                slot.head.head.head.lemma_ in CLAIMING:
            slot = slot.head.head  # "claimed responsibility for the attack on X": through the claim
            gov = slot.head
        # "hosted talks with X": the host meets X (talks "between" others are read below)
        hosted = trig.relation == "Meet" and slot.dep_ == "dobj" and gov.lemma_ in CONVENING and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        # "claimed several attacks on Israel", "took responsibility for the attack": owned as done
        claimed = trig.relation == "Attack" and slot.dep_ in {"dobj", "nsubjpass"} and gov.lemma_ in CLAIMING
        light = slot.dep_ in {"dobj", "nsubjpass"} and gov.pos_ in {"VERB", "AUX"} and (
            gov.lemma_ in LIGHT_VERBS or _reverses(gov) or self._is_phrasal_negator(gov, slot) or hosted or claimed)
        if claimed and slot.dep_ == "dobj" and (slot is not tok or gov.lemma_ not in LIGHT_VERBS) and \
                self.context(gov).negations % 2:
            return  # "did not claim the attack": owning up not done says nothing of the deed
        if (trig.relation in AID_RELATIONS or trig.relation == "@theme") and slot.dep_ in {"dobj", "nsubjpass"} and (
                (t := self.lex.verbs.get(gov.lemma_)) is not None and t.relation == "Block") and not _reverses(gov) \
                and not self.context(gov).negations % 2:
            # "Hungary blocked EU aid for Ukraine": what is blocked is not given, nor refused by its
            # giver (what one agreed not to veto goes ahead)
            return
        if not light and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in {"return", "revert"}:
            gov, light = tok.head.head, True  # "must return to full cooperation with the IAEA"
        if not light and (carrier := _carried_on(tok)) is not None:
            gov, light = carrier, True  # "vowed to press ahead with a ground assault on Rafah": the act carried on
        if not light and rel is not None:
            gov, light = rel, True  # "the sanctions that ECOWAS imposed on Niger": the clause's verb
        lapsed = not light and tok.dep_ == "nsubj" and tok.lemma_.lower() in PACT_NOUNS and \
            gov.lemma_ in LAPSING and gov.dep_ in {"ccomp", "xcomp"} and gov.head.lemma_ in {"let", "allow"}
        if lapsed:
            gov, light = gov.head, True  # "let its gas transit contract with Russia expire": ended it
        owner_pronoun = False
        joined_owners: list[Ref] = []  # the owners of what others join ("U.S. curbs")
        # ("the EU aid package": the owner named on the package)
        owned_by = [*tok.children, *(c for c in tok.head.children if c.i < tok.i)] if (
            tok.dep_ == "compound" and tok.head.lemma_.lower() in BATCHES) else list(tok.children)
        for child in owned_by:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < tok.i:
                refs = [r for r in self.refs(child, actors_only=True)]
                if refs and not subjects:
                    subjects = refs
                    owner_pronoun = child.pos_ == "PRON"
            if child.dep_ == "prep" and child.lower_ == "by":
                subjects = [r for p in child.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if not subjects and tok.lemma_.lower() in {"transfer", "delivery", "shipment", "sale"}:
            # "the transfer of jets from Norway to Argentina": Norway gives them, whoever approves
            # (the "from" hung on the noun or on its goods)
            subjects = [r for x in (tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for p in c.children if p.dep_ == "pobj"))
                        for c in x.children if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        # the verb whose subject holds the noun's act and whose context it shares ("is in talks
        # with X", "has been at war with X")
        framing_verb: Token | None = None
        addressed: list[Ref] = []
        if not subjects and trig.relation == "Meet" and tok.dep_ == "pobj" and (
                (tok.head.lower_ in {"in", "during", "over"} and tok.lemma_ in CALLS) or (
                    tok.head.lower_ in {"at", "during"} and tok.lemma_ in {"meeting", "talk", "summit"}
                    and _governing_verb(tok.head).lemma_ in {"tell", "assure", "urge", "warn", "ask", "promise"})) \
                and _governing_verb(tok.head).pos_ == "VERB":
            # ("told Putin at a summit in Samarkand": said to him there, so met him)
            # "Putin apologised to him in a phone call", "told Aliyev during a call": the one spoken to
            verb = _governing_verb(tok.head)
            addressed = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < tok.i
                         for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            addressed += [r for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < tok.i
                          for r in self.refs(c, actors_only=True) if r.type == "Person"]
        held_in = tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in {
            "be", "remain", "stay", "engage", "enter", "keep"}
        # ("after months of talks with Museveni": the talks, through their spell)
        anchor = tok.head.head if trig.relation == "Meet" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in SPELLS and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in {
                "after", "before", "during", "following"} else tok
        if not subjects and ((trig.relation == "Meet" and anchor.dep_ == "pobj" and (anchor.head.lower_ in {
                "after", "before", "during", "at", "following", "since", "ahead"} or held_in or addressed
                # ("X, on a visit to Islamabad, said …": the speaker visits)
                or (tok.head.lower_ == "on" and tok.lemma_ in {"visit", "trip", "tour"} and (
                    tok.head.is_sent_start or tok.doc[tok.head.i - 1].text == ","))))
                or (trig.relation == "Cooperate" and held_in)):
            # "Stoltenberg said after a three-way meeting with …": the verb's subject met them;
            # "Sri Lanka is in talks with China", "Cairo was in close contact with Doha": so did
            # the subject of "be in talks", "be in contact"
            verb = _governing_verb(anchor.head)
            if verb.pos_ in {"VERB", "AUX"}:
                subjects = self.subject_refs(verb)
                if tok.head.lower_ == "in" or addressed:
                    framing_verb = verb  # (as that verb fares, so do the talks: "was not in talks with X")
        if not subjects and trig.relation == "Attack" and tok.dep_ == "pobj" and tok.head.lower_ == "at" \
                and _governing_verb(tok.head).lemma_ in {"be", "remain", "stay"}:
            # "the RSF has been at war with the army": the verb's subject, as its verb fares
            framing_verb = _governing_verb(tok.head)
            subjects = self.subject_refs(framing_verb)
        shown = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in SHOWS and tok.head.head.dep_ == "pobj" else tok
        if not subjects and trig.relation == "Support" and tok.lemma_.lower() in SOLIDARITY and \
                shown.dep_ == "pobj" and shown.head.lower_ in {"in", "as"} and \
                (framer := _verb_above(shown.head)).pos_ in {"VERB", "AUX"}:
            # "stood in full solidarity with Vilnius", "travelled to Copenhagen in a show of
            # solidarity with Denmark", "cut ties with Quito in solidarity with Mexico" (hung on
            # "ties"): the verb's subject, as its verb fares
            framing_verb = framer
            subjects = self.subject_refs(framing_verb)
        neg_gov = None
        phrasal = _governing_verb(tok.head) if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
        if phrasal is not None and (not subjects or trig.relation in RETRACTABLE_STANCES) \
                and self._is_phrasal_negator(phrasal, tok.head):
            # "pulled out of a planned meeting with X": the one who pulled out, negated; "backed away
            # from its objection to Sweden's membership": its own stance, undone
            negators = self.subject_refs(phrasal)
            if not subjects or {r.key for r in subjects} <= {r.key for r in negators}:
                neg_gov = phrasal
                subjects = subjects or negators
            elif not negators:
                if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
                    return  # someone the story does not tell backed away from another's stance: neither kept
                neg_gov = phrasal  # "West backed away from his support for Trump" ("West" unresolved): his own
        if not subjects and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            # "Hungary's long-standing policy of non-participation in …"
            subjects = [r for c in tok.head.head.children if c.dep_ == "poss" for r in self.refs(c, actors_only=True)]
        if trig.relation == "Agree" and not subjects and tok.dep_ == "pobj" and tok.head.lower_ == "without":
            self._ended_without(sent, tok)
            return
        if trig.agent:
            # "the United States, the alliance's largest funder" (not "once its most generous patron")
            if any(c.lower_ in FORMER_WORDS for c in tok.children):
                return
            one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lower_ in {"one", "among"} else None  # "one of Kyiv's staunchest backers"
            if tok.dep_ == "appos" or (one is not None and one.dep_ == "appos"):
                subjects = self.refs((one or tok).head, actors_only=True)
            elif tok.dep_ == "attr" and gov.lemma_ in COPULAS:
                subjects = [r for c in gov.children if c.dep_ in SUBJ_DEPS for r in self.refs(c, actors_only=True)]
            elif one is not None and one.dep_ == "attr" and one.head.lemma_ in COPULAS:
                subjects = [r for c in one.head.children if c.dep_ in SUBJ_DEPS for r in self.refs(c, actors_only=True)]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ in COPULAS:
                # "Norway is among the largest funders of the mission"
                subjects = [r for c in tok.head.head.children if c.dep_ in SUBJ_DEPS
                            for r in self.refs(c, actors_only=True)]
            given = [self.lex.theme_class(" ".join(t.lower_ for t in p.subtree)) for c in tok.children
                     if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            # "the largest donor of humanitarian aid to X": aid (not money), to X (not to the aid)
            themed = trig.relation == "Fund" and bool(given) and given[0] in {"humanitarian", "military"}
            relation = THEME_RELATIONS[given[0]] if themed else trig.relation
            objects = [] if themed else [r for c in tok.children if c.dep_ == "poss" for r in self.refs(c)]
            if not objects:
                preps = {"to", "for"} if themed else trig.object
                objects = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                           for p in c.children if p.dep_ == "pobj" for r in self.refs(p)]
            self.emit(sent, tok, relation, subjects, objects, Context(), modality="asserted")
            return
        if light and (trig.relation in AID_RELATIONS or trig.relation == "@theme") and tok.dep_ == "dobj" \
                and gov.lemma_ in RECEIVING:
            return  # "Kenya received funding from China for its railway": the receiver gives nothing
        if trig.relation == "Guarantee" and gov.pos_ in {"VERB", "AUX"} and (
                (tok.dep_ == "dobj" and gov.lemma_ in RECEIVING)
                or (gov.lemma_ in {"give", "provide", "offer", "grant"} and any(
                    c.dep_ == "nsubjpass" for c in gov.children) and tok.dep_ in {"dobj", "attr"})):
            # "Hungary had received assurances", "Budapest was given guarantees": the receiver is
            # the clause's subject; the giver the "from/by" phrase, else the one reporting it
            self._received_guarantee(sent, tok, gov)
            return
        asked = gov.head if gov.dep_ in {"xcomp", "ccomp"} else None
        if light and _reverses(gov) and asked is not None and \
                (t := self.lex.verbs.get(asked.lemma_)) is not None and t.relation == "Request":
            # "calling on the EU to lift sanctions against Moscow": the EU has sanctions (a
            # presupposition), and the one asking opposes them
            holders = self.subject_refs(gov)
            targets = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in trig.object
                       for p in c.children if p.dep_ == "pobj" for r in self.refs(p)]
            self.emit(sent, tok, trig.relation, holders, targets, Context(), modality="asserted")
            init = self.index.initiative(tok, self.seg_no)
            askers = self.subject_refs(asked)
            if init is not None:
                self.emit(sent, asked, "Oppose", askers, [init], self.context(asked))
            return
        phoned: list[Ref] = []
        if light and trig.relation == "Support" and gov.dep_ in {"xcomp", "advcl"} and gov.head.lemma_ in PHONING:
            # "called Aliyev to express solidarity", "phoned Frederiksen to offer his support": the
            # caller backs the one called ("Aliyev" may be parsed as the predicate of "called")
            phoned = [r for c in gov.head.children if c.dep_ in {"dobj", "oprd"} for r in self.refs(c, actors_only=True)]
        if light:
            subj_toks, passive = self.subject_of(gov.head if phoned else gov)
            light_subjects = [r for t in subj_toks for r in self.refs(t, actors_only=True)]
            between = len([r for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                           for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]) >= 2
            if gov.lemma_ == "join" and subjects and light_subjects and not owner_pronoun and not (
                    {s.key for s in subjects} & {s.key for s in light_subjects}):
                # "Seoul declined to join U.S. curbs on China": the curbs are the US's, as they stand;
                # the joiner's own, below, are what the verb says
                joined_owners = subjects
                subjects = []
            if light_subjects and not between and (not subjects or owner_pronoun
                                                   or all(s.type == "State" and s.via == "demonym" for s in subjects)):
                # ("a deal to normalise relations between X and Y": X's and Y's, not the broker's)
                subjects = light_subjects  # ("X lifted its sanctions": "its" is X, whatever was named last)
            ctx = self.context(gov.head if phoned else gov)  # (a call made, not a call on someone to act)
            if phoned and ctx.negations % 2:
                return  # ("did not call Aliyev to express solidarity": no stance either way)
            if gov.lemma_ in {"pledge", "promise", "vow"}:
                ctx.modality = ctx.modality or "intended"  # "pledged relief supplies": to be given
            if gov.lemma_ in REVERSING_LIGHT and _reduced_by(gov):
                ctx.negations = 0  # "did (not) cut its aid to Egypt by half": given, either way
            broken_off = trig.relation == "Meet" and gov.lemma_ == "end" and _broken_off(gov, tok)
            if (_reverses(gov) or lapsed) and not (trig.relation == "Meet" and gov.lemma_ == "end" and not broken_off):
                ctx.negations += 1  # (talks that "ended without agreement" were held; "ended talks with Ethiopia" not)
            elif trig.relation == "Meet" and gov.lemma_ == "end":
                ctx.negations = 0  # talks ended, or not ended ("refused to end talks with Egypt"), were held
            if self._is_phrasal_negator(gov, slot):
                ctx.negations += 1
                if self._negator_denied(gov):
                    ctx.modality = ctx.modality or "possible"
                elif gov.lemma_ == "rule":
                    ctx.modality = ctx.modality or "intended"  # "ruled out talks with the Taliban": will not hold them
        elif tok.dep_ == "attr" and gov.lemma_ in COPULAS:
            subjects = subjects or [r for c in gov.children if c.dep_ in SUBJ_DEPS for r in self.refs(c, actors_only=True)]
            ctx = self.context(gov)
        elif trig.relation == "Meet" and tok.dep_ == "pobj" and tok.head.lower_ in {"for", "to"} and \
                tok.head.head.lower_ in {"ready", "open", "willing", "prepared"} and tok.head.head.dep_ == "acomp":
            # "remained open to talks with Washington", "were not ready for talks with Algiers": talks
            # its subject would (or would not) hold
            subjects = subjects or self.subject_refs(tok.head.head.head)
            ctx = self.context(tok.head.head.head)
            ctx.modality = ctx.modality or "possible"
        elif tok.dep_ == "nsubj" and (gov.lemma_ in COPULAS | {"look", "seem", "appear", "happen", "occur", "proceed"} or (
                gov.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in gov.children)) or (
                gov.lemma_ == "go" and any(c.lower_ == "ahead" for c in gov.children))):
            # "a meeting between Biden and Xi is possible", "… looks unlikely", "did not take place",
            # "never went ahead"
            ctx = self.context(gov)
        elif tok.dep_ == "nsubj" and trig.relation not in {"Meet", "Agree"} and _ends_itself(gov):
            # "Nigeria's aid to Niger ended after the coup", "Japan's sanctions on Iran expired", "the
            # deal fell through", "Saudi funding dried up": no more (talks that ended were held)
            ctx = self.context(gov)
            ctx.negations += 1
        else:
            verb = _governing_verb(tok)
            asked = self.lex.verbs.get(verb.lemma_.lower())
            if tok.dep_ in {"ccomp", "xcomp"} and asked is not None and asked.relation in {"Request", "Allow"}:
                return  # "demanded that the EU reopen talks" parsed with "talks" as the clause
            if verb.pos_ in {"VERB", "AUX"}:
                # "demanded that the EU reopen membership talks": the talks are asked for, not held
                gctx = self.context(verb)
                if gctx.drop:
                    return
                ctx.hypothetical = gctx.hypothetical
        if framing_verb is not None:
            vctx = self.context(framing_verb)
            if vctx.drop:
                return
            ctx.negations += vctx.negations
            ctx.modality = ctx.modality or vctx.modality
            ctx.speaker = ctx.speaker or vctx.speaker
            ctx.hypothetical = ctx.hypothetical or vctx.hypothetical
        answer = "reject" if _turned_down(gov) else gov.lemma_
        if trig.relation == "Request" and tok.dep_ == "dobj" and answer in ANSWERS:
            # "the kingdom had declined U.S. requests": the request was made to the one who answers;
            # "turned down requests from Berlin": so were requests "from" someone
            subjects = subjects or [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                                    for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
            answerers = self.subject_refs(gov)
            if subjects and answerers:
                self.emit(sent, tok, "Request", subjects, answerers, Context(), modality="asserted")
                if answer in {"decline", "reject", "refuse", "rebuff", "ignore", "spurn", "deny"}:
                    self.emit(sent, gov, "Oppose", answerers, subjects, self.context(gov))
                return
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "between" and not subjects:
                if tok.dep_ in {"dobj", "pobj"} and _governing_verb(tok).lemma_ in PURSUITS:
                    break  # "efforts to broker a treaty between X and Y": no treaty yet
                if trig.relation == "Agree" and tok.dep_ == "pobj" and (tok.head.lower_ in {"for", "toward", "towards"} or (
                        tok.head.head.pos_ == "NOUN" and tok.head.lower_ in {"on", "over", "about"})):
                    # "talks on an agreement between X and Y", "called for an accord between …": none yet
                    break
                # "a meeting between Biden and Xi": the first meets the others
                both = [r for p in child.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
                node = tok
                while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
                    node = node.head.head  # "several rounds of talks between …"
                gov_verb = node.head if node.dep_ in {"dobj", "nsubjpass"} else None
                hosts: list[Ref] = []
                if gov_verb is not None and gov_verb.lemma_ in HOSTING:
                    # "Michel has hosted talks between the two leaders": the host meets them too
                    hosts = self.subject_refs(gov_verb)
                host_verb, named_hosts = self._hosted_by(tok)
                if host_verb is not None:
                    gov_verb, hosts = host_verb, named_hosts  # "talks between X and Y hosted by Z"
                if trig.relation == "Meet" and hosts and both and gov_verb is not None:
                    hctx = self.context(gov_verb)
                    self.emit(sent, tok, "Meet", hosts, both, hctx)
                    # "offered to host talks between X and Y": X and Y would meet, as the host would
                    ctx.modality = ctx.modality or hctx.modality
                if len(both) >= 2 and not (trig.relation == "Meet" and any(
                        c.lower_ in {"indirect", "proximity", "shuttle"} for c in tok.children)):
                    # ("indirect talks between X and Y": through the host, not with each other)
                    subjects, objects = both[:1], both[1:]
        if trig.relation == "Meet" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and not any(
                c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
            # "Kagame and Tshisekedi met in talks hosted by Qatar's emir": the host meets those who met
            met = tok.head.head
            _host_verb, hosts = self._hosted_by(tok)
            if hosts and (t := self.lex.verbs.get(met.lemma_)) is not None and t.relation == "Meet":
                guests = [g for g in self.subject_refs(met) if g.key not in {h.key for h in hosts}]
                self.emit(sent, tok, "Meet", hosts, guests, self.context(met))
        if not objects:
            objects = [r for p in self._noun_object_tokens(tok, trig) for r in self.refs(p)] or addressed
            if trig.relation == "Sanction":
                # "sanctions on purchases of Iranian oil": on Iran
                # ("sanctions on Iranian oil sales": on Iran, not on the sales taken for a plan)
                objects = [r for p in self._noun_object_tokens(tok, trig) for r in self.trade_targets(p)] or (
                    objects if any(o.type != "Initiative" for o in objects) else []) \
                    or [r for p in self._noun_object_tokens(tok, trig) for r in self.goods_origin(p)] or objects
        node = tok
        while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in {"round", "day", "week"}:
            node = node.head.head
        if trig.relation == "Meet" and not subjects and objects and not light and node.dep_ in SUBJ_DEPS:
            # "Egypt said the round of negotiations with Ethiopia had ended": the speaker's talks
            verb = _governing_verb(node)
            vctx = self.context(verb) if verb.pos_ in {"VERB", "AUX"} else Context()
            sref = self.index.ref(vctx.speaker, self.seg_no) if vctx.speaker is not None else None
            if sref is not None and sref.type in {"State", "Organization"} and all(o.key != sref.key for o in objects) \
                    and not vctx.drop and not vctx.negations % 2:  # ("talks with Iran have not resumed": unsaid)
                subjects = [sref]
                ctx.modality = ctx.modality or vctx.modality
                ctx.speaker = vctx.speaker
        if light and not objects:
            preps = set(trig.object) | ({"to"} if trig.relation == "Sanction" else set()) | (
                # "withheld aid from Syria": from whom it is kept
                {"from"} if (trig.relation in AID_RELATIONS or trig.relation == "@theme") and _reverses(gov) else set())
            # (not one denied: "sent aid to Gaza but not to Israel")
            pobjs = [p for v in dict.fromkeys([gov, *([rel] if rel is not None else [])]) for c in v.children
                     if c.dep_ in {"prep", "dative"} and c.lower_ in preps and not any(g.dep_ == "neg" for g in c.children)
                     for p in c.children if p.dep_ == "pobj"]
            objects = [r for p in _aimed(pobjs) for r in self.refs(p)]
            if not objects and trig.relation == "Sanction":
                # "imposed tariffs of up to 35% on Chinese-made electric vehicles": on China
                objects = [r for p in pobjs for r in self.trade_targets(p) or self.goods_origin(p)]
            if not objects:
                # "sanctions were imposed by the Treasury on X", the "on" hung on the agent
                objects = [r for a in gov.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                           for c in p.children if c.dep_ == "prep" and c.lower_ in preps
                           for q in c.children if q.dep_ == "pobj" for r in self.refs(q)]
            if not objects:
                # "offering Tokyo and Seoul a guarantee": the indirect object (or what the parser
                # took for a second direct object)
                objects = [r for c in gov.children if (c.dep_ == "dative" and c.pos_ != "ADP")
                           or (c.dep_ == "dobj" and c.i != tok.i)
                           for r in self.refs(c, actors_only=True)]
            if not objects and phoned:
                objects = phoned
        for acl in tok.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                if not subjects and acl.lemma_ in LIGHT_VERBS | PACT_VERBS:
                    # "sanctions imposed by the US", "the treaty, initialled by X and Y, has not been
                    # signed": the participle's doers, as the participle fares (not "the accord,
                    # welcomed by Brazil and India": a stance on it)
                    subjects = [r for c in acl.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                                for r in self.refs(p, actors_only=True)]
                    if subjects and trig.relation in {"Agree", "Cooperate"}:
                        ctx = self.context(acl)  # (a pact made, whatever befell it; sanctions imposed then lifted are lifted)
                if not objects:
                    objects = [r for c in acl.children if c.dep_ == "prep" and c.lower_ in trig.object
                               for p in c.children if p.dep_ == "pobj" for r in self.deep_refs(p)]
        if not objects and trig.relation in STANCE_RELATIONS:
            objects = [r for p in self._noun_object_tokens(tok, trig) for r in self.deep_refs(p)]
        if not subjects and trig.relation in VOICED_STANCES and "from" not in trig.object:
            subjects, objects, ctx = self._stance_from(tok, objects, ctx)
        extra = 1 if trig.polarity == "negative" else 0
        extra += _det_negations([tok])  # "no aid", "hardly any cooperation", "not a single soldier"
        if light and slot.dep_ == "dobj":
            extra += _contrast_negations(tok, gov)  # "sent not aid but loans", "sent loans, not aid"
        if neg_gov is not None and subjects:
            ctx = self.context(neg_gov)
            extra += 1
            if neg_gov.pos_ == "NOUN" and self._refusal_ended(neg_gov):
                extra += 1  # "ended its boycott of the talks with Iran": it takes part again (not "refused to end")
                # ("will / may end its boycott": as sure as the ending)
                ctx.modality = ctx.modality or self.context(neg_gov.head).modality
        relation = trig.relation
        if relation == "Agree" and light and (gov.lemma_ in UNMAKING or lapsed) and tok.lemma_.lower() in PACT_NOUNS:
            # "whose military accord with Niamey was revoked", "suspended a friendship treaty with
            # Madrid": the pact was made once; its ending ends the ties, it unsays no agreement
            relation = "Cooperate"
        if relation == "Participate" and trig.polarity == "negative" and tok.lemma_.lower() in {
                "withdrawal", "exit", "pullout", "departure"} and objects and all(o.type == "Organization" for o in objects):
            relation = "MemberOf"  # "Mali's withdrawal from ECOWAS": membership ends, as "withdrew from ECOWAS"
        if relation == "MemberOf" and tok.dep_ == "pobj" and any(
                h.lemma_.lower() in PENDING_MEMBERSHIP and not (h.dep_ == "dobj" and _reverses(h.head)) for h in (
                    tok.head.head, *(c for c in tok.head.head.children if c.dep_ == "dobj" and c.i < tok.head.i))):
            # "its veto on Finland's membership of NATO", "support for Ukraine's membership": still to
            # come (the parser may hang the "of" on the verb); once the objections are lifted, as the
            # gold has it, the membership may stand ("lifted its objections to Skopje's membership")
            ctx.modality = ctx.modality or "intended"
        if relation == "Fund" and tok.dep_ in {"dobj", "nsubjpass"} and (gov.lemma_.lower() in {
                "repay", "service", "refinance", "owe", "restructure", "default"} or (
                gov.lemma_.lower() in {"pay", "settle", "clear", "return"} and tok.lemma_.lower() in DEBTS)):
            return  # "Zambia repaid its loans to China": a debt paid back, no funding of the lender
        if relation == "MemberOf" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.lemma_.lower() in DISPUTED:
            return  # "whose membership of NATO was once debated": membership in question, not asserted
        if relation == "Threaten":
            # "a threat to U.S. security", "poses a threat to its security": a threat to the owner
            # ("its" is not the threat's own maker: "Rwanda says the FDLR poses a threat to its
            # security" threatens Rwanda, who speaks)
            own = {r.key for r in subjects}
            guarded = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in trig.object for p in c.children
                       if p.dep_ == "pobj" and p.lemma_.lower() in SAFEGUARDS]
            owners = [r for p in guarded for c in p.children if c.dep_ in {"poss", "compound", "amod"}
                      for r in self.refs(c, actors_only=True) if r.key not in own]
            if guarded and not owners and any(c.dep_ == "poss" and c.pos_ == "PRON" for p in guarded for c in p.children) \
                    and ctx.speaker is not None:
                owners = [r for r in self.refs(ctx.speaker, actors_only=True) if r.key not in own]
            if owners:
                objects = owners  # ("a threat to European security" stays one to the security)
            if not subjects and light and subj_toks:
                # "the U.S. presence posed no threat to China": the one whose presence it is
                subjects = [r for t in subj_toks if t.lemma_.lower() in PRESENCES
                            for r in [self.index.modifier_ref(t, self.seg_no)] if r is not None]
        if relation == "Support" and tok.lemma_ == "support":
            mods = " ".join(c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i)
            cls = self.lex.theme_class(f"{mods} support") if mods else None
            if cls in {"military", "money"}:
                relation = THEME_RELATIONS[cls]  # "froze budget support to X", "military support for Y": a gift
        if relation == "@theme":
            # "the sale of F-35 jets to Greece": what is given follows the noun; a sum named with
            # the goods says how much, not what ("a $385 million arms sale", "the sale of $385
            # million in weapons")
            before = [t for t in tok.subtree if t.i <= tok.i]
            after = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" for t in p.subtree]
            cls = next((c for words in (before, after) for c in [self.lex.theme_class(
                " ".join(t.lower_ for t in words if t.ent_type_ != "MONEY"))] if c is not None), None) or next(
                (c for words in (before, after) for c in [self.lex.theme_class(" ".join(t.lower_ for t in words))]
                 if c is not None), None)
            if cls is None and tok.lemma_ in {"sale", "transfer", "export"}:
                return  # a sale of nothing named is trade ("the transfer of power": no gift)
            relation = THEME_RELATIONS.get(cls or "humanitarian")
            if cls == "commerce" and tok.lemma_ in SELLING_NOUNS:
                relation = "Cooperate"  # "stepped up electricity exports to Moldova": trade, as selling is
            if relation in {"Participate", "Allow", None}:
                return  # ("electricity supplies" are trade, not a gift)
        # "Hungary's refusal to …" / "non-participation in" as a noun with its own owner
        owner_neg = tok.dep_ == "pobj" and (tok.head.lemma_ in self.lex.words("negators", "nouns") or (
            # "the lack of German support for the proposal", "the absence of EU funding"
            tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.lex.words("negators", "nouns")))
        if owner_neg:
            extra += 1
            refusal = tok.head.head if tok.head.lower_ == "of" else tok.head
            if self._refusal_ended(refusal):
                extra += 1  # "ended its refusal of talks with Iran": it takes part again
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CESSATIONS and not (
                tok.head.head.dep_ in {"dobj", "nsubjpass"} and _reverses(tok.head.head.head)):
            # "Washington's suspension of military aid", "the withholding of security aid": stopped
            # (not when the suspension is itself lifted or ended: the aid flows again)
            extra += 1
        # "Budapest has distanced itself from the alliance's support": the governing verb's
        # subject holds the negated stance
        left_pact: set[str] = set()
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and self._is_phrasal_negator(tok.head.head, tok.head):
            holder = self.subject_refs(tok.head.head)
            # "Burkina Faso withdrew from its tax treaty with France": its ties under the pact end
            # (they were not agreed in that sentence, either)
            left_pact = {r.key for r in holder} if tok.lemma_.lower() in PACT_NOUNS else set()
            if holder:
                init = self.index.initiative(tok, self.seg_no)
                if init is not None:
                    hctx = self.context(tok.head.head)
                    self.emit(sent, tok, relation, holder, [init], hctx, extra_neg=1)
        if relation == "Cooperate" and any(c.dep_ == "amod" and c.lower_ in SOUR for c in tok.children):
            return  # "had poor relations", "strained ties": not cooperation, and not its denial either
        if relation == "Cooperate" and tok.dep_ == "nsubj" and tok.head.lemma_ in SOURING:
            return  # "relations between the neighbours sank to their lowest point", "ties plunged"
        if not light and owner_pronoun and slot.dep_ in {"dobj", "nsubjpass"} and gov.pos_ in {"VERB", "AUX"} \
                and gov.lemma_ not in {"hide", "conceal", "disguise", "mask"} and self.context(gov).negations % 2:
            # "Tokyo, which has yet to clinch its own deal with Washington": no deal asserted either
            # way ("has never hidden its backing for X" still backs X)
            return
        if relation in SYMMETRIC and light and not objects and len({s.key for s in subjects}) >= 2 \
                and not _disjoined(subj_toks):
            # "Israel and Hamas held talks", "the two countries should strengthen cooperation": each other
            self._each_other(sent, tok, relation, subjects, ctx, extra_neg=extra)
            return
        if not light and (feared := _averted_or_feared(slot)) is not None:
            if feared == "averted":
                return  # "diplomats tried to avert a war between X and Y": nothing happened, nor was refused
            ctx.modality = ctx.modality or "possible"  # "fear a war between X and Y", "warned of an attack"
        planned = next((NOUN_MODALITY[c.lower_] for c in tok.children
                        if c.dep_ == "amod" and c.lower_ in NOUN_MODALITY), None)
        if planned and ctx.modality is None and not light and neg_gov is None and not owner_neg:
            ctx.modality = planned  # "a planned EU ban": not (yet) in force
        if relation in AID_RELATIONS and not objects and light:
            objects = self._beneficiaries([tok, gov], subjects)
        if relation == "Attack" and not objects and subjects:
            # "carried out air strikes on Hezbollah positions", "rocket attacks on U.S. bases": the
            # side the targets belong to
            targets = self._noun_object_tokens(tok, trig) or ([p for c in gov.children if c.dep_ == "prep"
                                                              and c.lower_ in trig.object for p in c.children
                                                              if p.dep_ == "pobj"] if light else [])
            # ("attacks on army posts in Mali": where the targets are, told on the noun)
            objects = self._attack_targets(targets[0], subjects, tok) if targets else []
        if relation in {"Agree", "Cooperate"} and neg_gov is None and left_pact & {s.key for s in subjects}:
            relation, extra, ctx = "Cooperate", extra + 1, self.context(tok.head.head)
        if relation in {"Meet", "Participate"} and tok.dep_ in {"nsubjpass", "dobj"} and gov.lemma_.lower() in POSTPONING:
            # "the summit between Japan and China was postponed": still to be held; "postponed
            # indefinitely": not held
            if self._own_negations(gov):
                pass  # ("was not postponed": held)
            elif any(c.lower_ in {"indefinitely", "sine"} for c in gov.children):
                extra += 1
            else:
                ctx.modality = "intended"
        self.emit(sent, tok, relation, subjects, objects, ctx, extra_neg=extra,
                  modality=trig.modality if not light else None)
        if rel is not None and rel != gov and objects:
            # "lifted the trade restrictions it had imposed on Mali": they were imposed, too
            imposers = self.subject_refs(rel)
            rctx = self.context(rel)
            if rel.lemma_ in PLEDGING:
                rctx.modality = rctx.modality or "intended"  # "the aid that Japan promised to Ukraine": to come
                if relation in AID_RELATIONS and tok.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and _undoing(
                        gov, self._own_negations(gov) % 2 == 1) == "undelivered":
                    # "… was never delivered", "… never arrived": and not given
                    self.emit(sent, gov, relation, imposers, objects, Context(), modality="asserted", extra_neg=1)
            self.emit(sent, rel, relation, imposers, objects, rctx, extra_neg=int(_reverses(rel)))
        if joined_owners:
            self.emit(sent, tok, relation, joined_owners, objects, Context(), modality="asserted")
        if relation == "Participate":
            self._aid_participation(sent, tok, subjects, self._noun_object_tokens(tok, trig), ctx, extra)

    def _stance_from(self, tok: Token, objects: list[Ref], ctx: Context) -> tuple[list[Ref], list[Ref], Context]:
        """A stance "from" someone: "the annulment drew sharp criticism from Washington" (the
        annulment is criticised), "agreed the deal despite resistance from France" (the deal is
        resisted). Returns the holders, the objects and the context the stance is read in."""
        # (the parser may hang the "from" on the verb: "drew sharp criticism from Washington")
        drawn = tok.dep_ == "dobj" and tok.head.lemma_ in DRAWING
        holders = [r for c in [*tok.children, *(tok.head.children if drawn else [])] if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if not holders:
            return [], objects, ctx
        if not objects and drawn:
            # what drew the criticism is its object; an act drew it on its doer ("Romania's decision
            # drew criticism from Washington", "the raid drew …": who raided)
            # (in "…, a move that drew …" the noun the clause hangs on, not what it stands beside)
            drawers = [tok.head.head] if tok.head.dep_ == "relcl" else self.subject_of(tok.head)[0]
            objects = [r for t in drawers for r in self._drawer(t)]
            ctx = self.context(tok.head)
        elif not objects and tok.dep_ == "pobj" and tok.head.lower_ in {"despite", "amid"}:
            # what was done in spite of it is its object
            verb = _governing_verb(tok.head)
            done = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            if not done:
                # ("research ships docked in Colombo despite objections from India": the ones who did it)
                done = [c for c in verb.children if c.dep_ == "nsubj"]
            objects = [r for c in done for r in self.deep_refs(c)]
            ctx = Context()
        holders = [h for h in holders if all(h.key != o.key for o in objects)]
        return holders, objects, ctx

    def _drawer(self, noun: Token) -> list[Ref]:
        """Who drew a reaction, told by the subject of "drew": "Romania drew criticism" (Romania),
        "Romania's decision drew …" (Romania), "the raid drew …" (who raided), "…, a remark that
        drew a rebuke from Nigeria" (who made the remark, by the clause it is set beside)."""
        if any(c.dep_ == "relcl" for c in noun.children):
            # ("…, a stance that has drawn criticism": whose stance only a clause beside it tells)
            return self._appos_mover(noun, kinds=EVENT_NOUNS | REMARKS) or []
        if noun.lemma_.lower() in EVENT_NOUNS:
            return self._event_agents(noun.sent, noun) or self._doers(noun)
        return self.deep_refs(noun)

    def _beneficiaries(self, nodes: list[Token], givers: list[Ref], *,
                       preps: frozenset[str] | set[str] = frozenset({"for", "to"})) -> list[Ref]:
        """The one state a gift is "for" or goes "to" when only a modifier names it: "relief
        supplies for families displaced on the Cambodian side of the border"."""
        own = {g.key for g in givers}
        found = [r for n in nodes for c in n.children if c.dep_ in {"prep", "dative"} and c.lower_ in preps
                 and _contrast_not(c) is None  # (not "sent aid not to Bolivia but to Ecuador")
                 for p in c.children if p.dep_ == "pobj" for t in p.subtree
                 if (r := self.index.ref(t, self.seg_no)) is not None and r.type == "State" and r.key not in own]
        found = list({r.key: r for r in found}.values())
        return found if len(found) == 1 else []

    def _each_other(self, sent: Span, tok: Token, relation: str, parties: list[Ref], ctx: Context, *,
                    extra_neg: int = 0) -> None:
        """Each party with all the others: "X and Y met", "clashes between X and Y"."""
        for s in parties:
            self.emit(sent, tok, relation, [s], [o for o in parties if o.key != s.key], ctx, extra_neg=extra_neg)

    def _ended_without(self, sent: Span, tok: Token) -> None:
        """"The talks between X and Y ended without agreement", "X and Y parted without a deal":
        the parties did not agree with each other."""
        verb = _governing_verb(tok.head)
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        ctx = self.context(verb)
        parties: list[Ref] = []
        for subj in self.subject_of(verb)[0]:
            parties += self.refs(subj, actors_only=True) or self._talk_parties(subj, ctx)
        parties = list({r.key: r for r in parties}.values())
        if len(parties) < 2:
            return
        self._each_other(sent, tok, "Agree", parties, ctx, extra_neg=1)

    def _talk_parties(self, noun: Token, ctx: Context) -> list[Ref]:
        """Who took part in talks named by a noun: "talks between X and Y", "Egypt said the round
        of negotiations with Ethiopia …" (the speaker and Ethiopia)."""
        while noun.lemma_.lower() in {"round", "day", "week"}:
            inner = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            if not inner:
                break
            noun = inner[0]
        if noun.lemma_.lower() not in {"talk", "negotiation", "meeting", "summit", "dialogue", "discussion"}:
            return []
        parties = [r for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and c.i < noun.i
                   for r in self.refs(c, actors_only=True)]
        parties += [r for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "with", "among"}
                    for p in c.children if p.dep_ == "pobj" for r in self.refs(p, actors_only=True)]
        if len(parties) == 1 and ctx.speaker is not None:
            speaker = self.index.ref(ctx.speaker, self.seg_no)
            if speaker is not None and speaker.type in {"State", "Organization"}:
                parties.append(speaker)  # "Egypt said the talks with Ethiopia had ended without …"
        return parties

    def _received_guarantee(self, sent: Span, tok: Token, gov: Token) -> None:
        receivers = [r for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"} for r in self.refs(c, actors_only=True)]
        givers = [r for node in (tok, gov) for c in node.children if c.dep_ in {"prep", "agent"}
                  and c.lower_ in {"from", "by"} for p in c.children if p.dep_ == "pobj"
                  for r in self.refs(p, actors_only=True)]
        ctx = self.context(gov)
        if not givers and ctx.speaker is not None:
            sref = self.index.ref(ctx.speaker, self.seg_no)
            if sref is not None and sref.type in ACTOR_TYPES:
                givers = [sref]
        givers = [g for g in givers if all(g.key != r.key and r.key not in self.index.person_affils.get(g.key, ())
                                           for r in receivers)]  # not the receiver's own leader
        if not givers:
            bloc = self.index.recent_bloc(tok, self.seg_no)  # the alliance the story is about
            givers = [bloc] if bloc is not None and all(bloc.key != r.key for r in receivers) else []
        if receivers and givers:
            self.emit(sent, tok, "Guarantee", givers, receivers, ctx)

    def _misattached(self, tok: Token, prep: Token) -> bool:
        """Whether a preposition the parser hung on ``tok`` is the object of the trigger noun just
        before it: in "cut ties with Quito in solidarity with Mexico" the second "with" is
        solidarity's, not the ties'."""
        prev = tok.doc[prep.i - 1] if prep.i > 0 else prep
        trig = self.lex.nouns.get(prev.lemma_.lower())
        return prev.dep_ == "pobj" and prev.head.head == tok and prev.head.i > tok.i and trig is not None \
            and prep.lower_ in trig.object

    def _noun_object_tokens(self, tok: Token, trig: Trigger) -> list[Token]:
        """Objects of a nominal trigger's preposition, also when the parser hung it elsewhere.

        "policy of non-participation in direct military support": "in" hangs on "policy".
        """
        found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in trig.object and not self._misattached(tok, c)
                 for p in c.children if p.dep_ == "pobj"]
        if not found and tok.i + 1 < len(tok.doc):
            nxt = tok.doc[tok.i + 1]
            if nxt.dep_ == "prep" and nxt.lower_ in trig.object:
                found = [p for p in nxt.children if p.dep_ == "pobj"]
        # the batch the noun is counted in: "a new sanctions package against Russia", "a swathe of
        # sanctions on Syria's energy sector": the preposition hangs on "package", "swathe"
        batch = tok.head if tok.dep_ == "compound" else (
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None)
        if not found and batch is not None and batch.pos_ == "NOUN" and batch.lemma_.lower() in BATCHES:
            found = [p for c in batch.children if c.dep_ == "prep" and c.lower_ in trig.object and c.i > tok.i
                     for p in c.children if p.dep_ == "pobj"]
        if not found:
            # "asset freezes and travel bans on X": the preposition hangs on the last conjunct only
            last = next((c for c in reversed(tok.conjuncts) if c.i > tok.i and c.pos_ == "NOUN"), None)
            if last is not None and (n := self.lex.nouns.get(last.lemma_.lower())) is not None \
                    and n.relation == trig.relation:
                found = [p for c in last.children if c.dep_ == "prep" and c.lower_ in trig.object
                         for p in c.children if p.dep_ == "pobj"]
        if not found:
            # "tariffs of 36 percent on goods from X": the preposition hangs on the rate
            found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for r in c.children if r.dep_ == "pobj" and (r.like_num or r.ent_type_ in {"PERCENT", "MONEY"})
                     for g in r.children if g.dep_ == "prep" and g.lower_ in trig.object
                     for p in g.children if p.dep_ == "pobj"]
        if not found:
            # "military assistance earmarked for the Georgian army": through the participle that
            # says who it is meant for
            found = [p for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in EARMARKING
                     for c in a.children if c.dep_ == "prep" and c.lower_ in trig.object and c.lower_ in {"for", "to"}
                     for p in c.children if p.dep_ == "pobj"]
        return _aimed(found)


def _phrase_verb(prep: Token) -> Token:
    """The verb a preposition completes, past an adverb particle the parser hung it on ("backed
    away from": "backed").

    Example:
        >>> from kg.nlp import load_nlp
        >>> doc = load_nlp()("Mali backed away from the plan.")
        >>> doc[3].head.text, _phrase_verb(doc[3]).text
        ('away', 'backed')
    """
    gov = prep.head
    return gov.head if gov.dep_ == "advmod" and gov.head.pos_ in {"VERB", "AUX"} and gov.head != gov else gov


def sentence_bounds(sent: Span, offset: int) -> tuple[int, int]:
    """Document offsets of a sentence without its leading and trailing white space.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("  Hungary refused. ")
        >>> sentence_bounds(doc[:], 10)
        (12, 28)
    """
    doc = sent.doc
    first = next((i for i in range(sent.start, sent.end) if not doc[i].is_space), None)
    if first is None:
        return offset + sent.start_char, offset + sent.end_char
    last = next(i for i in range(sent.end - 1, first - 1, -1) if not doc[i].is_space)
    return offset + doc[first].idx, offset + doc[last].idx + len(doc[last].text)


def _complete_before(head: Token, conj: Token) -> bool:
    """Whether a finite verb with no auxiliary has its own complement before an "and" and a finite
    conjunct: "said it no longer felt bound by the deal and accused the army of …" is two acts, and
    the adverb's "no longer" is the first one's ("never funded or armed Hamas" shares it)."""
    finite = {"VBZ", "VBP", "VBD"}
    return head.tag_ in finite and conj.tag_ in finite and not any(
        c.dep_ in {"aux", "auxpass"} for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < conj.i for c in head.children) and any(
        c.dep_ in {"dobj", "acomp", "oprd", "xcomp", "ccomp", "attr"} and head.i < c.i < conj.i for c in head.children)


def _can_share_aux(head: Token, conj: Token) -> bool:
    """Whether a conjoined verb can share the head's auxiliaries (and so its negation).

    "will not abandon … and called on China": a past-tense conjunct cannot share "will not".
    """
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        # "no longer opposes the policy and backed the cut": finite verbs of different tenses
        # are two statements, the negation is the first one's
        finite = {"VBZ", "VBP", "VBD"}
        return not (head.tag_ in finite and conj.tag_ in finite and (head.tag_ == "VBD") != (conj.tag_ == "VBD"))
    if any(a.tag_ == "MD" or a.lemma_ == "do" for a in auxes):
        return conj.tag_ == "VB"
    if any(a.lemma_ == "have" for a in auxes):
        return conj.tag_ == "VBN"
    if any(a.lemma_ == "be" for a in auxes):
        return conj.tag_ in {"VBG", "VBN"}
    return True


def _takes_object(relation: str, obj: Ref) -> bool:
    """Whether a relation can have ``obj`` as its object, as the gold sets have it.

    Example: one is a member of an organisation ("left the UK" is travel), and takes part in
    an effort or a body, not in a person or a country.
    """
    if relation in {"LeaderOf", "OfficialOf"}:
        return obj.type in {"State", "Organization"}
    if relation == "MemberOf":
        return obj.type == "Organization"
    if relation in ACTOR_OBJECTS and obj.type == "Place":
        return False  # one meets, asks or sanctions actors, not places
    if relation == "Request" and obj.type == "Initiative":
        # "called for an inquiry" asks no one (a coalition or a mission can be asked)
        return bool(ADDRESSABLE & set(obj.key.removeprefix("init:").split()))
    return obj.type not in REFUSED_OBJECTS.get(relation, ())


def _subjunctive(verb: Token) -> bool:
    """Whether a clause is in the bare (subjunctive) form: a subject, and the verb, or its first
    auxiliary, in the base form with no modal or "to" before it ("that Hungary impose", "that Kyiv
    not be invited"; not "that Hungary imposes", "that they would impose", "to impose").

    Example: in "proposed that Hungary impose sanctions", ``impose`` is.
    """
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    auxes = sorted((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), key=lambda c: c.i)
    return (auxes[0] if auxes else verb).tag_ == "VB"


def _dated(prep: Token) -> bool:
    """Whether a preposition only dates its verb ("called Nevada for Biden on Thursday": "on" is
    no particle)."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in {"DATE", "TIME"} for p in objs)


def _rather_than(verb: Token) -> bool:
    """Whether a verb is what was not done instead: "abstained rather than veto the
    resolution", "chose to talk rather than imposing sanctions", "instead of sending troops"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    # (the parser hangs "than" on the first conjunct, before the second)
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and verb.head.i < c.i < verb.i
                                   and verb.doc[c.i - 1].lower_ == "rather" for c in verb.head.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "than" and 0 < c.i < verb.i
           and verb.doc[c.i - 1].lower_ == "rather" for c in verb.children):
        return True  # "Rather than join NATO, Austria stayed neutral" (the clause put first)
    head = verb.head
    return verb.dep_ == "pcomp" and head.dep_ in {"prep", "cc"} and head.i > 0 and (
        (head.lower_ == "than" and verb.doc[head.i - 1].lower_ == "rather")
        or (head.lower_ == "from" and verb.doc[head.i - 1].lower_ == "far")  # "far from backing Kyiv, …"
        or (head.lower_ == "of" and verb.doc[head.i - 1].lower_ == "instead"))


def _receivers(head: Token, purpose: Token) -> list[Token]:
    """Who is paid, armed or given things before a purpose infinitive: "funded Hamas to attack",
    "sent the Houthis missiles to attack", "supplied drones to Russia to strike Ukraine" (not the
    troops one sends to fight: the sender's own act).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Iran sent the Houthis missiles to attack Saudi Arabia.")
    >>> [t.text for t in _receivers(doc[1], doc[7])]
    ['Houthis']
    """
    if head.lemma_ in PAYING_AGENTS:
        return [c for c in head.children if c.dep_ == "dobj" and c.i < purpose.i]
    things = [c for c in head.children if c.dep_ == "dobj"]
    if any(t.lemma_.lower() in PAID_NOUNS | {"troop", "soldier", "force", "personnel", "police"} for t in things):
        return []  # ("sent troops to Mali to fight the jihadists": its own fight)
    # (the receiver before the thing, "sent the Houthis missiles", may be parsed as its modifier)
    # (the direct object is the receiver only beside "with" the thing: "supplied Hezbollah with drones")
    given_with = any(g.dep_ == "prep" and g.lower_ == "with" for g in head.children)
    return [c for c in head.children if (c.dep_ == "dative" or (c.dep_ == "dobj" and given_with))
            and c.i < purpose.i and c.pos_ != "ADP"] + [
        m for t in things for m in t.children if m.dep_ == "compound" and m.pos_ == "PROPN"] + [
        p for g in head.children if g.dep_ in {"prep", "dative"} and g.lower_ == "to" and g.i < purpose.i
        for p in g.children if p.dep_ == "pobj"]


def _denial_near(verb: Token) -> bool:
    """Whether a denial is told in a verb's sentence or the next: "accuse Rwanda of arming the M23,
    a charge Kigali denies" (the act stays unestablished).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Congo accuses Rwanda of arming the M23. Kigali denies this.")
    >>> _denial_near(doc[1])
    True
    """
    sent = verb.sent
    after = next(iter(verb.doc[sent.end:].sents), None) if sent.end < len(verb.doc) else None
    return any(t.lemma_.lower() in DENIALS for t in [*sent, *(after or ())])


def _appositive_object(obj: Token, verb: Token) -> bool:
    """Whether a verb's later object is really an apposition the parser hung on the verb: set off
    by a comma right after a prepositional phrase of the verb ("accused Kenya of siding with its
    rival, the RSF").

    >>> from kg.nlp import load_nlp
    >>> d = load_nlp()("The army accused Kenya of siding with its rival, the paramilitary Rapid Support Forces.")
    >>> _appositive_object(d[14], d[2])
    True
    """
    first = obj.left_edge.i
    if first < 2 or obj.doc[first - 1].text != ",":
        return False
    before = obj.doc[first - 2]
    return any(c.dep_ == "prep" and c.i < first and before.i <= c.right_edge.i for c in verb.children)


def _reciprocal(tok: Token) -> bool:
    """Whether a noun phrase names the other of a pair: "each other", "one another", "the other"
    ("neither country would use force against the other").

        >>> from kg.nlp import load_nlp
        >>> doc = load_nlp()("They vowed not to attack each other.")
        >>> _reciprocal(doc[6])
        True
    """
    if tok.lower_ not in {"other", "another"}:
        return False
    return (tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"each", "one"}) or (
        tok.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _reduced_relative(verb: Token) -> Token | None:
    """The noun a participle describes when the parser made it a clausal subject with the noun as
    its subject ("North Korean soldiers sent to Kursk have come under fire": the soldiers were sent).

    >>> import spacy
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["Soldiers", "sent", "there", "died"],
    ...                        heads=[1, 3, 1, 3], deps=["nsubj", "csubj", "advmod", "ROOT"],
    ...                        tags=["NNS", "VBN", "RB", "VBD"], pos=["NOUN", "VERB", "ADV", "VERB"])
    >>> _reduced_relative(doc[1]).text, _reduced_relative(doc[3])
    ('Soldiers', None)
    """
    if verb.tag_ != "VBN" or verb.dep_ != "csubj" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _accused(verb: Token) -> Token | None:
    """The one accused of an act told by a gerund: "accuse Uganda of arming the M23" (Uganda), and
    "Uganda was accused of arming the M23"; None for other gerunds.

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("U.N. experts accuse Uganda of arming the M23.")
    >>> _accused(doc[5]).text
    'Uganda'
    """
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "of" or verb.head.head.lemma_ != "accuse":
        return None
    accuse = verb.head.head
    return next((c for c in accuse.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _broken_off(gov: Token, talks: Token) -> bool:
    """Whether "ended" breaks talks off rather than closes a round that was held: "Egypt ended
    talks with Ethiopia" (not "ended three days of talks with Ethiopia", "ended the talks without
    a deal", "the talks ended").

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Egypt ended talks with Ethiopia.")
    >>> _broken_off(doc[1], doc[2])
    True
    >>> doc = load_nlp()("Egypt ended two days of talks with Ethiopia without a deal.")
    >>> _broken_off(doc[1], doc[5])
    False
    """
    return talks.dep_ == "dobj" and talks.head == gov and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in talks.children) and not any(
        c.dep_ in {"nummod", "amod"} or c.lemma_.lower() in {"round", "day", "week", "session"} for c in talks.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"without", "with", "on", "after"} for c in gov.children)


def _disjoined(subj_toks: list[Token]) -> bool:
    """Whether subjects are joined by "neither … nor" or "either … or", so that each acts apart and
    not with the other: "Neither Egypt nor Sudan signed the deal" (no deal between the two).

    >>> from kg.nlp import load_nlp
    >>> _disjoined([load_nlp()("Neither Egypt nor Sudan signed the deal.")[1]])
    True
    """
    return any(c.dep_ in {"preconj", "cc"} and c.lower_ in {"neither", "nor", "either", "or"}
               for t in subj_toks for c in t.children)


def _beyond_subordinate(verb: Token) -> Token | None:
    """The main clause's verb a finite conjunct belongs to when the parser joined it to a
    subordinate clause whose auxiliaries it cannot share, else None: "accused the Kremlin …
    because it could not win and urged Washington to act" ("urged" is "accused"'s).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Poland said it would act if Russia did not withdraw and urged NATO to help.")
    >>> _beyond_subordinate(doc[11]).text
    'act'
    """
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBZ"} \
            or not any(m.dep_ == "mark" for m in head.children) \
            or any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"aux", "auxpass"} for c in verb.children) \
            or _can_share_aux(head, verb) or head.head.pos_ not in {"VERB", "AUX"}:
        return None
    return head.head


def _beyond_embedded(verb: Token) -> Token | None:
    """The main clause's verb of a finite conjunct the parser joined to a verb embedded in the
    main clause's object (a gerund after a preposition, an infinitive of a noun, a relative
    clause), when both are of one tense, else None.

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Kyiv accused allies of watching passively and urged London to help.")
    >>> _beyond_embedded(doc[7]).text
    'accused'
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or head.dep_ not in {"pcomp", "relcl", "acl", "ccomp"} \
            or any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"aux", "auxpass", "mark"} for c in verb.children) \
            or (head.tag_ not in {"VB", "VBG"} and head.dep_ != "relcl") or (head.dep_ == "relcl" and _can_share_aux(head, verb)) \
            or (head.dep_ != "relcl" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in head.children)):
        return None  # ("said Washington would not take sides and urged …": the reported clause's rule)
    # the nearest clause above with a subject and the conjunct's own tense ("said he would not let a
    # court stop the flights and promised a treaty": "said", past as "promised", not "would let")
    main = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"} and a.tag_ == verb.tag_
                 and any(c.dep_ in SUBJ_DEPS for c in a.children)), None)
    if main is None or main.i > verb.i:
        return None
    return main


def _finite_beside_infinitive(verb: Token) -> bool:
    """Whether a finite verb is joined to an infinitive or gerund the parser made its head:
    "denies backing the rebels and accuses Kinshasa" — "accuses" goes with "denies"."""
    head = verb.head
    return verb.dep_ == "conj" and head.dep_ == "xcomp" and head.tag_ in {"VB", "VBG"} \
        and verb.tag_ in {"VBP", "VBD", "VBZ"} and head.head.pos_ == "VERB"


def _tagged_adjective(tok: Token, verbs: Mapping[str, object]) -> str | None:
    """The verb a participle the model tagged as an adjective stands for, when it takes an
    object as verbs do: "armed" in "has bankrolled and armed Hamas" is "arm"."""
    word = tok.lower_
    if not word.endswith("ed") or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    stem = word[:-2]
    # "armed" -> "arm", "used" -> "use", "shipped" -> "ship"
    return next((c for c in (stem, word[:-1], stem[:-1]) if c in verbs), None)


def _of_chain(tok: Token) -> list[Token]:
    """A noun and the nouns it is "of", in order: "a fifth of their cars" -> [fifth, cars]."""
    out = [tok]
    while of := [p for c in out[-1].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]:
        out.append(of[0])
    return out


def _turned_down(verb: Token) -> bool:
    """"turned down the offer", "turned the request down": a refusal (not "turned on X")."""
    return verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _kept_from(prep: Token) -> Token | None:
    """In "stopped X from selling", "prevented X from joining": X, the one kept from the act
    (who, not the stopper, would do it), when "from" hangs on such a verb with an object."""
    if prep.lower_ != "from" or prep.head.pos_ != "VERB" or prep.head.lemma_.lower() not in PREVENTING:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _averted_or_feared(noun: Token) -> str | None:
    """"averted" for an act someone averts or heads off ("avert a war"), "feared" for one feared or
    warned of ("fear a war", "warned of an attack", "the risk of a war"), else None.

    >>> from kg.nlp import load_nlp
    >>> _averted_or_feared(load_nlp()("Mediators tried to head off a war.")[6])
    'averted'
    """
    if noun.dep_ in {"dobj", "nsubjpass"}:
        verb = noun.head
        lemma = verb.lemma_.lower()
        if lemma in AVERTING or (lemma in {"head", "stave", "ward", "fend"} and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
            return "averted"
        if lemma in {"fear", "dread"}:
            return "feared"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep, gov = noun.head, noun.head.head
        if prep.lower_ in {"of", "about"} and gov.lemma_.lower() in {"warn", "caution"}:
            return "feared"
        if prep.lower_ == "of" and gov.pos_ == "NOUN" and gov.lemma_.lower() in FEARED_BY:
            return "feared"
    return None


def _told_in_past(verb: Token) -> bool:
    """"attacked", "had signed", "was seized": a clause told in the past tense (an event
    that happened), not "will sign", "signs" or "could sign"."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _governing_verb(tok: Token) -> Token:
    """The verb (or noun) a preposition ultimately hangs from ("stopped short of")."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX", "NOUN", "PROPN"} and head.head != head:
        head = head.head
    return head


def _voiced_in(prep: Token) -> bool:
    """A phrase on a noun that says where or when a stance was voiced, or what the stance called
    it, not whose act the noun is: "condemned the decision in a joint statement", "… the move on
    Tuesday", "condemned the deployment as a dangerous escalation".
    """
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "as" and prep.head.dep_ == "dobj":
        return True  # (the parser hangs the verb's "as" on its object)
    return prep.lower_ in {"in", "at", "on", "during"} and bool(objs) and (
        objs[0].lemma_.lower() in VOICING or objs[0].ent_type_ in {"DATE", "TIME"})


def _verb_above(tok: Token) -> Token:
    """The nearest verb a token hangs from (itself if it is one; the root if none is)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head != tok:
        tok = tok.head
    return tok


def _between(a: Token, b: Token) -> list[Token]:
    lo, hi = sorted((a.i, b.i))
    return list(a.doc[lo : hi + 1])


def _family_war(key: str) -> bool:
    """Is an initiative a military one (an attack on it can be physical)?"""
    return any(w in key for w in ("war", "offensive", "operation", "mission", "convoy", "base", "force",
                                  "deployment", "invasion", "troops", "pipeline", "infrastructure", "facility"))


def _not_until_then(tok: Token) -> bool:
    """A past act negated "until" a time: "did not endorse her until July" says it happened then."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governing_verb(tok)
    past = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"did", "had", "was", "were"} for c in verb.children) \
        or verb.tag_ == "VBD"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"until", "till"} and past:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in {"DATE", "TIME"} or pobj.lower_ in MONTH_WORDS):
                return True
            if any(p.dep_ == "pcomp" for p in c.children):
                return True  # "had not met Shapiro until being admitted to Wharton": met then
        if c.dep_ == "advcl" and past and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"until", "till"}
                                              for m in c.children) and _told_in_past(c):
            return True  # "did not meet him until he became president": met then
    return False


MONTH_WORDS = word_list("extract", "month_words")


def _named_after(noun: Token) -> list[Token]:
    """The names set right after a noun, with those joined to them: "NATO members Poland and
    Lithuania", "its members, Kenya and Uganda".

        >>> from kg.nlp import load_nlp
        >>> _named_after(load_nlp()("NATO members Poland and Lithuania condemned the move.")[1])
        [Poland, Lithuania]
    """
    return [n for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and noun.i < c.i <= noun.i + 2
            and all(t.is_punct for t in noun.doc[noun.i + 1 : c.i]) for n in (c, *c.conjuncts)]


def _garrison(noun: Token) -> Token | None:
    """The forces or base a state hosts ("French troops", "thousands of U.S. troops"), or None
    when what it hosts is a meeting or a guest.

        >>> from kg.nlp import load_nlp
        >>> _garrison(load_nlp()("Poland hosts thousands of U.S. troops.")[2])
        troops
    """
    held = noun if noun.lemma_.lower() in GARRISONS else _through_of(noun)
    return held if held.lemma_.lower() in GARRISONS else None


def _through_of(noun: Token) -> Token:
    """What a share or count is of ("most of the operation", "dozens of projects"), else the
    noun itself.

        >>> from kg.nlp import load_nlp
        >>> _through_of(load_nlp()("It funded dozens of projects.")[2])
        projects
    """
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), noun)


def _asserted_done(ctx: Context, extra_neg: int = 0, modality: str | None = None) -> bool:
    """Whether a clause says its act was done: not negated, not hypothetical, asserted (not
    "will", "could" or "must"), with ``modality`` the trigger's own when it has one.

        >>> _asserted_done(Context()), _asserted_done(Context(negations=1)), _asserted_done(Context(modality="intended"))
        (True, False, False)
    """
    return not (ctx.negations + extra_neg) % 2 and not ctx.hypothetical and (
        modality or ctx.modality or "asserted") == "asserted"


def _done_by_light_verb(noun: Token) -> bool:
    """Whether ``noun`` is the object of a verb that does it: "imposed tariffs on X" (an act), not
    "its war in Ukraine" (a mention).

        >>> from kg.nlp import load_nlp
        >>> _done_by_light_verb(load_nlp()("The EU imposed tariffs on China.")[3])
        True
    """
    return noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in ACT_LIGHT_VERBS


def _in_earlier_year(verb: Token, doc_date: str | None) -> bool:
    """Whether ``verb`` is dated "in" a year before the story's own (background, not news).

        >>> from kg.nlp import load_nlp
        >>> _in_earlier_year(load_nlp()("China imposed tariffs in 2020.")[1], "2024-03-29")
        True
    """
    if not doc_date or not doc_date[:4].isdigit():
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.like_num and len(p.text) == 4 and p.text.isdigit() and int(p.text) < int(doc_date[:4])
        for p in c.children) for c in verb.children)


def _idiom_preps(verb: Token) -> list[Token]:
    """The prepositions after "shoulder to shoulder" or "side by side", which the parser hangs
    on the idiom instead of its verb.

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("Latvia stood shoulder to shoulder with Lithuania.")
        >>> _idiom_preps(d[1])
        [with]
    """
    return [g for c in verb.children if c.lemma_.lower() in {"shoulder", "side"} and c.i > verb.i
            for p in [*c.children, *verb.children] if p.dep_ == "prep" and p.lower_ in {"to", "by"} and p.i == c.i + 1
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == c.lemma_.lower()
            for g in [*o.children, *c.children] if g.dep_ == "prep" and g != p]


def _named_what(verb: Token) -> list[Token]:
    """The thing a verb acts on when its object is a free relative naming it: "struck what it
    called camps" (camps), "striking what it calls Hezbollah targets" (targets).

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("India struck what it called nine camps in Pakistan.")
        >>> _named_what(d[1])
        [camps]
    """
    return [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in NAMING_VERBS and c.i > verb.i
            and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
            for o in c.children if o.dep_ == "oprd"]


def _priced_preps(verb: Token) -> list[Token]:
    """The prepositions the parser hangs on a price after a verb's object ("worth", "free of
    charge") instead of on the verb.

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("Switzerland sent aid worth 100 million francs to Ukraine.")
        >>> _priced_preps(d[1])
        [to]
    """
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    return [g for h in heads for c in h.children if c.lower_ in PRICE_WORDS and c.i > verb.i
            for g in c.children if g.dep_ == "prep" and g.i > c.i]


def _before_comma(tok: Token) -> Token | None:
    """The word just before the comma that opens the phrase of ``tok``, if a comma opens it.

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("It sent troops into Poland and Hungary, the two EU members, on Monday.")
        >>> _before_comma(d[11])
        Hungary
    """
    edge = tok.left_edge.i
    return tok.doc[edge - 2] if edge >= 2 and tok.doc[edge - 1].text == "," else None


def _named_as(noun: Token) -> Token | None:
    """The verb of naming that gives an object this noun as its name, or None: "called the United
    States its closest ally", "described Japan as a key partner" (the verb).

        >>> from kg.nlp import load_nlp
        >>> _named_as(load_nlp()("Denmark called the United States its closest ally.")[7])
        called
    """
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head if noun.dep_ == "oprd" else None
    if verb is None or verb.lemma_ not in NAMING_VERBS | DESCRIBING_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _named_before_clause(verb: Token) -> Token | None:
    """The word just before the comma that opens a relative clause, when it is part of a name.

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("Its mission to the Organisation of Islamic Cooperation, to which both countries belong, will reopen.")
        >>> _named_before_clause(d[13])
        Cooperation
    """
    word = _before_comma(verb)
    if word is not None and word.pos_ == "NOUN":
        # ("the Mercosur bloc, to which …": the name is the bloc's modifier)
        word = next((c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return word if word is not None and word.pos_ == "PROPN" else None


def _of_which_before(verb: Token) -> bool:
    """Whether a relative clause opens with "of which" before its subject, however parsed.

        >>> from kg.nlp import load_nlp
        >>> d = load_nlp()("The African Union, of which both countries are members, called on the two governments to exercise restraint.")
        >>> _of_which_before(d[8])
        True
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    edge = subj.left_edge.i if subj is not None else verb.i
    return edge >= 2 and verb.doc[edge - 2].lower_ == "of" and verb.doc[edge - 1].tag_ == "WDT"


def _main_clause(tok: Token) -> bool:
    """Is a verb the news of its sentence (not a relative or adverbial clause)?"""
    for _ in range(6):
        if tok.dep_ == "ROOT":
            return True
        if tok.dep_ not in MAIN_CLAUSE_DEPS and not (
                tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
            return False  # a "that" clause mis-parsed as adverbial is still a complement
        tok = tok.head
    return False


def _has_neg(verb: Token) -> bool:
    """Whether a verb carries "not", on itself or on its auxiliary ("did not, however, topple")."""
    return any(c.dep_ == "neg" or (c.dep_ in {"aux", "auxpass"} and any(g.dep_ == "neg" for g in c.children))
               for c in verb.children)


def _removed(name: Token) -> bool:
    """Whether a clause says a person was removed from office: "protests ousted President X",
    "weeks before soldiers deposed X", "voted to remove X" (not "the goal of ousting X", "will vote
    to remove X", "did not topple X")."""
    verb = name.head
    if name.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in FALL_NOUNS and \
            verb.head.dep_ == "pobj" and verb.head.head.lower_ in {"since", "after", "following", "before", "until"}:
        return True  # "since the fall of President X", "after the ouster of Prime Minister Y": a past removal
    if _has_neg(verb):
        return False
    quits = [c for c in verb.children if c.dep_ == "xcomp" and _quits(c)]
    if name.dep_ == "dobj" and verb.lemma_ in FORCING and quits and verb.tag_ in {"VBD", "VBN", "VBG"} and \
            verb.dep_ in {"ROOT", "conj", "ccomp", "relcl", "advcl"}:
        return True  # "protests forced Prime Minister X to resign", "…, forcing President X to step down"
    if name.dep_ == "nsubj" and _quits(verb) and verb.tag_ == "VBD" and verb.dep_ in {"ROOT", "conj", "ccomp"}:
        return True  # "Prime Minister X resigned in March"
    if name.dep_ == "nsubj" and _quits(verb) and verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_ in FORCING \
            and verb.head.tag_ in {"VBD", "VBN", "VBG"} and not _has_neg(verb.head):
        return True  # (the parser's "forcing [X to resign]")
    suspended = verb.lemma_ == "suspend" and any(  # "X was suspended from office": out of it, for now
        c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_ in {"office", "post", "duty", "power"}
                                                          for p in c.children) for c in verb.children)
    vote = verb.head
    if name.dep_ == "dobj" and verb.lemma_ in REMOVING and verb.dep_ == "xcomp" and vote.lemma_ == "vote" \
            and vote.tag_ == "VBD" and not _has_neg(vote) and (vote.dep_ in {"ROOT", "conj", "ccomp"} or (
                vote.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"after", "when", "since"}
                                             for c in vote.children))) \
            and not any(t.lemma_ in {"fail", "collapse", "annul", "overturn", "void", "invalidate"} or (
                            t.lemma_ == "fall" and t.nbor(1).lower_ == "short")
                        # (in its sentence or the next: "The motion failed.")
                        for t in vote.doc[vote.i + 1 : _sentence_after(vote).end] if t.pos_ == "VERB" and t.i + 1 < len(t.doc)):
        # "Congress voted to remove President X from office": removed by the vote (not "…, but the
        # motion failed")
        return True
    if name.dep_ == "dobj" and verb.lemma_ in REMOVING and verb.tag_ == "VBZ" and verb.dep_ == "ROOT" and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return True  # a headline's present: "Peru's Congress ousts President X"
    if name.dep_ not in {"dobj", "nsubjpass"} or not (verb.lemma_ in REMOVING or suspended) \
            or verb.tag_ not in {"VBD", "VBN"}:
        return False
    temporal = verb.dep_ == "advcl" and any(  # ("when" is often parsed as an adverb)
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"before", "after", "when", "as", "since"} for c in verb.children)
    return verb.dep_ in {"ROOT", "conj", "ccomp", "relcl"} or temporal  # (a negated verb returned above)


def _trailing_conditions(verb: Token) -> list[Token]:
    """The "unless / if" clauses set after a verb (not a fronted "If X, …"): of a threat, what it
    is made on."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in c.children)]


def _sentence_after(tok: Token) -> Span:
    """The sentence after ``tok``'s, or its own when it is the last."""
    end = tok.sent.end
    return tok.doc[end].sent if end < len(tok.doc) else tok.sent


def _quits(verb: Token) -> bool:
    """Is a verb leaving office: "resign", "quit", "step down", "abdicate"? ("quit the talks" is not)"""
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in {"post", "office", "job", "seat", "position", "presidency",
                                                         "premiership", "throne"} for c in verb.children):
        return False
    return verb.lemma_ in {"resign", "quit", "abdicate"} or (
        verb.lemma_ == "step" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))


def _neither_nor(args: list[Token]) -> int:
    """1 when one of a clause's arguments opens a "neither X nor Y" ("Neither Egypt nor Jordan …",
    "… fund neither Egypt nor Jordan"), else 0."""
    return int(any(c.dep_ == "preconj" and c.lower_ == "neither" and c.i < t.i for t in args for c in t.children))


def _carried_on(noun: Token) -> Token | None:
    """The verb that carries on what a noun names, or None: "press ahead with a ground assault",
    "proceed with the plan", "go ahead with the sale".

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Israel will not press ahead with its offensive.")
    >>> _carried_on(doc[7]).text
    'press'
    """
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or verb.pos_ != "VERB":
        return None
    if verb.lemma_ in {"proceed", "continue"} or (verb.lemma_ in {"press", "push", "go", "move", "forge"} and any(
            c.lower_ in {"ahead", "forward", "on"} for c in verb.children)):
        return verb
    return None


def _as_complements(verb: Token) -> list[Token]:
    """What a verb names its object "as": "described the move as hostile", "dismissed the
    remarks as one-sided" (which the parser may hang as a clause of its own)."""
    # (or hung on the object: "dismissed [the remarks as irresponsible]")
    return [p for c in [*verb.children, *(a for o in verb.children if o.dep_ == "dobj" for a in o.children)]
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ in {"pobj", "amod", "acomp"}] + [
        c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        and not any(g.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS for g in c.children)]


def _but_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase is set by "but" against one before it: "from China but
    from Japan" (a conjunct of the first, or a second phrase of the verb after "but")."""
    if prep.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "but" and c.i < prep.i for c in prep.head.children)
    before = next((t for t in reversed(prep.doc[prep.head.i + 1:prep.i]) if not t.is_punct), None)
    return before is not None and before.dep_ == "cc" and before.lower_ == "but" and before.head == prep.head


def _nor_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase is denied by "neither … nor": "neither from France nor from
    Germany" (the "neither" on the first phrase, the "nor" before a conjunct)."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in prep.children):
        return True
    return prep.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < prep.i for c in prep.head.children) \
        and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in prep.head.children)


def _contrast_not(prep: Token) -> Token | None:
    """The "not" that denies a prepositional phrase set against another: "but not to Sudan",
    ", not by Egypt" (hung on the phrase or, after the verb's first complement, on the verb)."""
    if prep.dep_ not in {"prep", "agent", "dative", "conj"} or prep.pos_ != "ADP":
        return None
    own = next((c for c in prep.children if c.dep_ == "neg" and c.i < prep.i), None) or next(
        (g for c in prep.children if c.dep_ == "advmod" and c.i < prep.i for g in c.children if g.dep_ == "neg"), None)
    if own is not None:
        return own  # (also "but not yet from China")
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    verb = prep.head
    if before is not None and before.dep_ == "neg" and before.lower_ == "not" and before.head == verb \
            and verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"dobj", "prep", "agent", "dative"} and c.i < before.i
                                                     for c in verb.children if c.i > verb.i):
        return before
    return None


def _not_before_object(tok: Token) -> tuple[Token, Token] | None:
    """The "not" right before ``tok`` and the verb's object whose phrase ``tok`` opens, when the
    "not" is hung on that verb or on the object itself, else ``None``."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    while tok.dep_ in {"amod", "compound", "det", "nummod", "quantmod"} and tok.head.i > tok.i:
        tok = tok.head
    if before is None or before.dep_ != "neg" or before.lower_ != "not" or tok.dep_ != "dobj" \
            or before.head not in (tok.head, tok):
        return None
    return before, tok


def _theme_not(tok: Token) -> Token | None:
    """The "not" that denies a second object set against a first: "sent aid, not weapons, to
    Haiti", "sent aid, not troops, to Cuba" (``tok`` the word after the "not")."""
    found = _not_before_object(tok)
    if found is None:
        return None
    neg, obj = found
    return neg if any(c.dep_ == "dobj" and c.i < neg.i for c in obj.head.children) else None


def _not_but_first(tok: Token) -> Token | None:
    """The "not" before a first object set against a "but" one: "sent not weapons but medical
    supplies" (``tok`` the word after the "not"), which denies only the first."""
    found = _not_before_object(tok)
    if found is None:
        return None
    neg, obj = found
    return neg if neg.i > obj.head.i and any(c.dep_ == "conj" for c in obj.children) and any(
        g.dep_ == "cc" and g.lower_ == "but" for g in obj.children) else None


def _contrast_negations(theme: Token, verb: Token) -> int:
    """The negations a verb's object gets from the object it is set against: 1 for "weapons" in
    "sent aid, not weapons", "sent not weapons but supplies", "sent aid rather than weapons", and
    for "weapons" in "did not send food but weapons" (the verb's "not" turned back); else 0."""
    first = theme.left_edge
    if first.dep_ == "neg" and first.head == theme and first.i + 1 < len(theme.doc):
        first = theme.doc[first.i + 1]  # ("not" hung on the object itself)
    if _theme_not(first) is not None or _not_but_first(first) is not None:
        return 1
    if _set_against(theme, verb, "but") and any(c.dep_ == "neg" for c in verb.children if c.i < verb.i):
        return 1  # ("did not send food but weapons": the weapons were sent)
    if _set_against(theme, verb, "than"):
        return 1
    return 0


def _set_against(theme: Token, verb: Token, word: str) -> bool:
    """Whether ``theme`` is joined to the verb's object by ``word``: "food but weapons", "aid
    rather than weapons" (the second)."""
    return theme.dep_ == "conj" and theme.head.dep_ == "dobj" and theme.head.head == verb and any(
        c.dep_ == "cc" and c.lower_ == word for c in theme.head.children if c.i < theme.i)


def _contrasted(tok: Token) -> bool:
    """Whether a noun sits in a phrase denied by a contrastive "not" (see :func:`_contrast_not`)."""
    return tok.dep_ == "pobj" and _contrast_not(tok.head) is not None


def _undoing(verb: Token, negated: bool) -> str | None:
    """How a clause undoes what was planned or promised before it, if it does: "elided" ("In
    the end it did not.", "… but it never did"), "backed" ("Warsaw later backed out", "reneged",
    "reversed course") or "undelivered" ("The tanks were never delivered.", "… but never delivered
    them", "None of the money has arrived"); else ``None``."""
    lemma = verb.lemma_.lower()
    after = [c for c in verb.children if c.i > verb.i]
    if negated and lemma in {"do", "have", "will", "would"} and not any(
            c.dep_ in {"dobj", "xcomp", "ccomp", "attr", "acomp", "prep"} for c in after):
        return "elided"
    parts = frozenset(c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "dobj"}) & {
        "out", "back", "course", "down"}
    if not negated and ((lemma, parts) in {
            ("back", frozenset({"out"})), ("pull", frozenset({"out"})), ("reverse", frozenset({"course"})),
            ("walk", frozenset({"back"})), ("back", frozenset({"down"}))} or lemma == "renege"):
        return "backed"
    none = any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and c.lower_ == "none" for c in verb.children)
    if negated == none or any(c.dep_ in {"advmod", "prep"} and (c.lower_ in {"fully", "entirely", "completely", "all"}
                                                              or any(p.lower_ in {"time", "full", "schedule"} for p in c.children))
                              for c in verb.children):
        return None  # ("was not delivered on time", "has not fully arrived": some of it came)
    # what was not delivered: the thing promised ("the tanks", "none of it"), or "them" (not
    # "the spare parts" when tanks were promised, nor "some of the tanks", "the first batch")
    things = [c for c in verb.children if (c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "dobj" and c.pos_ == "PRON"
                                           or c.dep_ in SUBJ_DEPS and lemma in ARRIVING_GOODS)
              and (c.pos_ in {"NOUN", "PRON"} and c.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"})]
    if any(c.lemma_.lower() in (PARTITIVES | BATCHES) - {"all", "none", "any"} or any(
            g.lower_ in {"first", "second", "last", "some", "part", "most"} for g in c.children) for c in things):
        return None
    if lemma in DELIVERING and (things or not any(c.dep_ == "dobj" for c in verb.children)) \
            or lemma in ARRIVING_GOODS and things:
        return "undelivered"
    return None


def _undelivered_matches(verb: Token, before: Span | list[Token]) -> bool:
    """Whether what a clause says was not delivered is what was promised before it: a pronoun
    or "none", or a thing named by the same word ("pledged tanks … The tanks were never delivered",
    not "… The jets were never delivered")."""
    said = {t.lemma_.lower() for t in before}
    things = [c for c in verb.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"dobj"}]
    if any(p.dep_ == "poss" and p.pos_ == "PROPN" for c in things for p in c.children):
        return False  # ("… but Egypt's aid never arrived": another's)
    return not things or all(c.pos_ == "PRON" or c.lower_ == "none" or c.lemma_.lower() in said for c in things)


def _undone_later(trig: Token) -> tuple[Token, str] | None:
    """The verb of a later "but …" joined to the trigger's clause that undoes the plan, and how
    (as :func:`_undoing` says): "threatened to veto Sweden's bid but in the end it did not",
    "promised tanks but never delivered them", "pledged aid but the money never arrived", "agreed
    to join but later backed out"."""
    clause = trig
    while clause.dep_ in {"xcomp", "ccomp"} and clause.head != clause and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # ("threatened to veto": the conjunct hangs on "threatened")
    # (or on the trigger itself: "was expected to sanction Iran but did not")
    for conj in [c for node in dict.fromkeys([trig, clause]) for c in node.conjuncts]:
        if conj.i <= trig.i or conj.pos_ not in {"VERB", "AUX"} or not any(
                t.lower_ in {"but", "yet"} for t in trig.doc[trig.i + 1 : conj.i]):
            continue
        subj = [c for c in conj.children if c.dep_ in SUBJ_DEPS]
        if any(c.pos_ == "PROPN" for c in subj):
            continue  # ("… but Poland never did": another's act; the sentence-level reading is for its own subject)
        negated = sum(1 for c in conj.children if c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"}) % 2 == 1
        kind = _undoing(conj, negated)
        # (what was promised is said before the "but" clause: not "but peace never came")
        if kind == "undelivered" and not _undelivered_matches(conj, list(trig.doc[clause.left_edge.i : conj.left_edge.i])):
            continue
        if kind is not None:
            return conj, kind
    return None


def _stopped_later(trig: Token) -> Token | None:
    """The verb of a later "but stopped (in 2020)" joined to the trigger's clause, with no object
    of its own: the act was done, then no more ("used to fund the WHO but stopped", "supplied arms
    until 2021 and then ceased")."""
    clause = trig
    while clause.dep_ in {"xcomp"} and clause.head != clause:
        clause = clause.head  # ("used to fund": the conjunct hangs on "used")
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    for conj in clause.conjuncts:
        if conj.i > trig.i and conj.lemma_.lower() in {"stop", "cease", "halt", "quit", "end", "discontinue"} \
                and not any(c.dep_ in SUBJ_DEPS | {"dobj", "xcomp", "ccomp"} and c.lower_ not in {"it", "that", "so"}
                            for c in conj.children) \
                and not any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't", "short"} for c in conj.children):
            return conj  # (not "… and never stopped", nor "but stopped short of endorsing …")
    return None


def _not_but(tok: Token) -> bool:
    """The first of "not X but Y": "Not Kenya but Uganda sent troops", where X did not."""
    return any(c.dep_ == "neg" and c.lower_ == "not" and c.i < tok.i for c in tok.children) and any(
        c.dep_ == "conj" and any(t.lower_ == "but" for t in tok.doc[tok.i + 1 : c.i]) for c in tok.children)


def _excepted(head: Token, conj: Token) -> bool:
    """Whether a conjunct is the exception, not one more of the list: "everyone but Hungary",
    "Japan but not Korea", "all except Hungary" ("not only X but also Y" is both)."""
    between = {t.lower_ for t in head.doc[head.i + 1 : conj.i]}
    if "except" in between:
        return True
    return "but" in between and "also" not in between and (
        "not" in between or head.lower_ in {"everyone", "everybody", "all", "everything", "anyone", "anybody"})


def _conjuncts(tok: Token) -> list[Token]:
    out = [] if _not_but(tok) else [tok]  # ("Not Kenya but Uganda …": only Uganda)
    out.extend(t for t in tok.conjuncts if t.i > tok.i and not _excepted(tok, t)
               and _leading_not(t) is None)  # (not "and not Peru")
    for a in tok.children:
        # "Mali, Burkina Faso and Niger" parsed as Mali + apposition "Burkina Faso and Niger": a list
        if a.dep_ == "appos" and a.pos_ == "PROPN" and tok.pos_ == "PROPN" and a.i > tok.i and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in a.children):
            out.extend([a, *(t for t in a.conjuncts if t.i > a.i)])
    seen, uniq = set(), []
    for t in out:
        if t.i not in seen:
            seen.add(t.i)
            uniq.append(t)
    return uniq


def _nobody_expects(verb: Token) -> bool:
    """A verb of expecting or believing whose subject is no one: "Nobody expects …", "Few believe …"."""
    return verb.lemma_.lower() in EXPECTING and _nobody([c for c in verb.children if c.dep_ in SUBJ_DEPS])


def _nobody(subjects: list[Token]) -> bool:
    """Whether a subject is no one: "nobody", "no one", "few", "none of them", "no analyst"."""
    return bool(_det_negations(subjects)) or any(s.lower_ in {"nobody", "few", "none"} or any(
        c.dep_ == "amod" and c.lower_ == "few" and not any(t.lower_ == "a" for t in s.doc[max(c.i - 1, 0):c.i])
        for c in s.children)  # (not "a few analysts")
        # "hardly anyone", "not many analysts"
        or s.lower_ in {"anyone", "anybody"} and any(c.lower_ in {"hardly", "scarcely", "barely"} for c in s.children)
        or any(c.lower_ == "many" and any(g.lower_ == "not" for g in c.children) for c in (s, *s.children))
        for s in subjects)


def _det_negations(toks: list[Token]) -> int:
    """1 when an argument says "no X" / "neither X" / "none of X" / "not a single X" / "not one X" /
    "hardly any X"."""
    for tok in toks:
        for child in tok.children:
            if child.dep_ in {"det", "nummod"} and child.lower_ in {"no", "neither"}:
                return 1  # ("almost no aid": "no" parsed as a number)
            if child.dep_ == "neg" and child.lower_ == "not" and child.i < tok.i and any(
                    c.lower_ in {"single", "one", "a"} for c in tok.children if c.i > child.i):
                return 1  # "not a single EU country", "not a soldier"
            if child.lower_ in {"one", "any"} and child.dep_ in {"nummod", "det"} and any(
                    g.lower_ in ({"not"} if child.lower_ == "one" else {"hardly", "scarcely", "barely"})
                    for g in child.children):
                return 1  # "not one member", "hardly any EU state"
        if tok.lower_ in {"none", "neither"}:
            return 1  # ("Neither would attack the other": neither side)
    return 0


NO_WAY_NOUNS = word_list("extract", "no_way_nouns")


def _offered(trig: Token) -> bool:
    """Is the act one offered, not done ("offered to send coal", "offered talks")?

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Kyiv offered to send coal. Kyiv sent coal.")
    >>> _offered(doc[3]), _offered(doc[1]), _offered(doc[7])
    (True, True, False)
    """
    return trig.lemma_.lower() == "offer" or (trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "offer")


def _in_question(tok: Token) -> bool:
    """Whether a word stands in a direct question: a "?" closes its clause before any full stop,
    semicolon or closing quotation mark ("Will Hungary block the aid?", but not "Hungary will
    block the aid," he said. "Why?")."""
    doc = tok.doc
    above = {tok.i, *(a.i for a in tok.ancestors)}
    for t in doc[tok.i + 1 : tok.sent.end]:
        if t.text == "?":
            return True
        if t.text in {".", "!", ";"} or (t.is_quote and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "?")):
            return False
        if t.dep_ in {"conj", "parataxis"} and t.head.i in above and any(c.dep_ in SUBJ_DEPS for c in t.children) \
                and not _inverted(t.head):
            return False  # "Japan sanctioned Russia, but will it last?": the question is the next clause's
    return False


def _claim_denier(claim: Token) -> Token | None:
    """The verb that denies a report or claim, or None: "denied reports that", "rejected as false
    claims that", "called reports that … baseless", "brushed aside / shrugged off reports that",
    "(there was) no truth to reports that"."""
    if claim.dep_ in {"dobj", "nsubjpass"}:
        verb = claim.head
    elif claim.dep_ == "pobj" and claim.head.lower_ == "as":
        verb = claim.head.head  # "rejected as false claims that …"
    elif claim.dep_ == "pobj" and claim.head.lower_ in {"to", "in", "behind"} and claim.head.head.lemma_ in {
            "truth", "basis", "substance", "foundation"} and _det_negations([claim.head.head]):
        return _governing_verb(claim.head.head)  # "there was no truth to reports that …"
    else:
        return None
    false = any(t.lower_ in FALSE_WORDS for t in claim.children if t.dep_ == "amod")
    for v in (verb, *verb.conjuncts):
        lemma = v.lemma_.lower()
        parts = {c.lower_ for c in v.children if c.dep_ in {"prt", "advmod", "prep"}}
        said_false = false or any(t.lower_ in FALSE_WORDS for c in v.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "prep"}
                                  for t in c.subtree)
        if lemma in DENIALS or (lemma, frozenset(parts) & {"aside", "off", "away"}) in {
                ("brush", frozenset({"aside"})), ("brush", frozenset({"off"})), ("shrug", frozenset({"off"})),
                ("wave", frozenset({"away"})), ("wave", frozenset({"off"})), ("laugh", frozenset({"off"}))} or (
                said_false and lemma in {"call", "describe", "brand", "term", "label", "dub", "characterise",
                                         "characterize", "denounce", "condemn", "slam"}):
            return v
    return None


def _ends_itself(verb: Token) -> bool:
    """An intransitive verb of ending: "ended", "expired", "collapsed", "fell through", "dried up",
    "came to an end" (not "ended the talks", which the light verbs read)."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj"} and c.lower_ != "end" for c in verb.children):
        return False
    parts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
    lemma = verb.lemma_.lower()
    return lemma in {"end", "expire", "lapse", "collapse", "cease", "dwindle", "evaporate", "unravel", "discontinue"} \
        or (lemma == "fall" and bool(parts & {"through", "apart"})) or (lemma == "dry" and "up" in parts) \
        or (lemma == "come" and "to" in parts and any(p.lower_ == "end" for c in verb.children if c.lower_ == "to"
                                                        for p in c.children))


def _conditioned(verb: Token) -> bool:
    """A clause made conditional without "if": "provided (that) …", "on condition that …", "in the
    event of …" (not "as long as …", a condition that holds, whose clause keeps its modality, as the
    gold has it: "would respect the truce as long as Kabul did" is intended)."""
    for c in verb.children:
        if c.lower_ in {"provided", "providing"} and c.i > verb.i and not any(
                g.dep_ in SUBJ_DEPS | {"dobj", "dative"} for g in c.children) and (c.dep_ in {"prep", "advcl", "mark", "advmod"} or (
                c.dep_ == "conj" and not any(g.dep_ in {"nsubj", "dobj", "cc"} for g in c.children)
                and any(g.dep_ == "ccomp" and any(m.lower_ == "that" for m in g.children) for g in c.children))):
            return True  # (also "provided that …" parsed as a second verb of the clause)
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and ((c.lower_ == "on" and p.lower_ == "condition") or (
                c.lower_ == "in" and p.lower_ == "event")) for p in c.children):
            return True
    return False


def _unmarked_condition(clause: Token) -> bool:
    """A condition without "if": inverted ("Should China decide to invade Taiwan, …", "Were Iran
    to attack, …", "Had he known, …") or "in case" ("In case Russia attacks Moldova, …")."""
    if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
        return False
    first = clause.left_edge
    if first.lower_ in {"should", "were", "had"} and (first == clause or first.dep_ in {"aux", "auxpass"} and (
            first.head == clause)) and any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and c.i > first.i for c in clause.children):
        return True  # (also "Were" parsed as the clause's verb, "to attack Israel" hung on it)
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "case" for p in c.children)
               for c in clause.children)


def _leading_not(tok: Token) -> Token | None:
    """The "not" a phrase opens with ("not Peru"), if it has one of its own."""
    return next((c for c in tok.children if c.dep_ == "neg" and c.lower_ == "not" and c.i == tok.left_edge.i), None)


def _contrasted_away(tok: Token) -> bool:
    """A name set aside by a "not" just before it, between commas or in apposition: "Chile, but not
    Peru, sent aid", "The Gulf states, not Iran, fund …" (not "not Peru but Chile": the parser hangs
    that "not" elsewhere)."""
    neg = _leading_not(tok)
    if neg is None and tok.dep_ == "appos" and tok.left_edge.i > 0:
        neg = tok.doc[tok.left_edge.i - 1]
        if not (neg.lower_ == "not" and neg.dep_ == "neg" and neg.head == tok.head):
            neg = None
    return neg is not None and neg.i >= 1 and tok.doc[neg.i - 1].lower_ in {",", "but"}


def _set_aside(tok: Token) -> bool:
    """A phrase put after "instead of", "rather than" or "but not": the one not acted on."""
    start = tok.left_edge.i
    return start >= 2 and " ".join(t.lower_ for t in tok.doc[start - 2 : start]) in {"instead of", "rather than", "but not"}


def _done_passive(verb: Token) -> bool:
    """A passive in the past or perfect with no modal: "was forced to", "have been compelled to"."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "auxpass" for c in aux) and not any(c.tag_ == "MD" for c in aux) and (
        any(c.tag_ == "VBD" for c in aux) or any(c.lemma_ == "have" for c in aux))


def _rarely_without(verb: Token) -> bool:
    """A span of time said hardly ever to pass "without" something: "hardly a week passes
    without …", "not a day went by without …" (what follows keeps happening).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Barely a week goes by without Hezbollah firing rockets at Israel.")
    >>> _rarely_without(doc[3])
    True
    """
    if verb.lemma_ not in {"pass", "go", "elapse"}:
        return False
    spans = [c for c in verb.children if c.dep_ in {"nsubj", "npadvmod"} and c.lemma_.lower() in {
        "day", "week", "month", "year", "night", "hour", "time"}]
    return any(t.lower_ in {"hardly", "barely", "scarcely", "not", "no", "never", "rarely", "seldom"}
               for s in spans for t in s.subtree if t.i < s.i)


def _inverted(verb: Token) -> bool:
    """A clause with its auxiliary before its subject: "Will Hungary block …", "Did Japan …"."""
    subj = next((c.i for c in verb.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS), None)
    return subj is not None and any(c.dep_ in {"aux", "auxpass"} and c.i < subj for c in verb.children)


def _reverses(verb: Token) -> bool:
    """A light verb that undoes the act its noun names: "lifted the sanctions", "cut ties", and the
    phrasal "called off the talks"."""
    if verb.lemma_ in REVERSING_LIGHT and _reduced_by(verb):
        return False  # "cut its aid to Cambodia by half", "… to $5 million": less of it, still given
    return verb.lemma_ in REVERSING_LIGHT or any(
        c.dep_ in {"prt", "advmod"} and f"{verb.lemma_} {c.lower_}" in REVERSING_PHRASAL for c in verb.children) or (
        verb.lemma_ in DEFERRING and _own_measure(verb) is not None)


def _own_measure(verb: Token) -> Token | None:
    """The hostile measure of the verb's own subject that the verb puts off or stops, with no
    other owner named: "delayed its countermeasures", "postponed the retaliatory tariffs" (not
    "delayed EU sanctions on Russia": another's, blocked).

        >>> from kg.nlp import load_nlp
        >>> _own_measure(load_nlp()("The EU delayed its tariffs on U.S. goods.")[2])
        tariffs
    """
    for c in verb.children:
        if c.dep_ == "dobj" and (c.lemma_.lower() in DEFERRED_MEASURES or c.lemma_.lower().removeprefix(
                "counter").lstrip("-") in DEFERRED_MEASURES) and not any(
                m.dep_ in {"poss", "compound", "amod", "nmod"} and m.pos_ == "PROPN" or m.ent_type_ in {"NORP", "GPE", "ORG"}
                for m in c.children if m.i < c.i):
            return c
    return None


def _reduced_by(verb: Token) -> bool:
    """Whether a verb says by or to how much, short of all ("by half", "by 30 percent", "to $5
    million"; not "to zero", "by 100 percent")."""
    return any(c.dep_ == "prep" and c.lower_ in {"by", "to"} and any(
        o.dep_ == "pobj" and (o.ent_type_ in {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}
                              or o.lemma_.lower() in FRACTIONS)
        and not any(t.lower_ in {"zero", "nothing"} or t.lower_ in {"100", "hundred"} and o.ent_type_ == "PERCENT"
                    for t in o.subtree) for o in c.children)  # (but "by $100 million" is less)
        for c in verb.children)


def _object_negations(toks: list[Token], verb: Token) -> int:
    """``_det_negations`` of a trigger's objects or themes, less an active subject of the verb or of
    a clause above it, whose "no" the clause context counts ("No Danish money will go into the fund")."""
    above = {verb.i, *(a.i for a in verb.ancestors)}
    return _det_negations([t for t in toks if not (t.dep_ in SUBJ_DEPS and t.head.i in above)])


def _aimed(pobjs: list[Token]) -> list[Token]:
    """The objects of prepositions that say at whom an act is aimed, where there are any beside
    the "in" that says where it happened.

        >>> from kg.nlp import load_nlp
        >>> doc = load_nlp()("The US carried out strikes in Syria against Islamic State.")
        >>> _aimed([doc[6], doc[9]])
        [State]
    """
    aimed = [p for p in pobjs if p.head.lower_ != "in"]
    return aimed or pobjs


def _built_up(tok: Token) -> list[Token]:
    """The objects (or, under "help X do", the doers) of the purpose clauses of ``tok`` that
    build something up, one purpose verb deep.

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Qatar pledged $5 million to help rebuild Syria's power grid.")
    >>> _built_up(doc[1])
    [grid]
    """
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ not in {"xcomp", "advcl"} or c.lemma_ not in BUILDING_UP:
            continue
        found += [o for o in c.children if o.dep_ == "dobj"]
        if c.lemma_ in PURPOSE_VERBS:
            for d in c.children:
                if d.dep_ in {"xcomp", "ccomp"} and d.lemma_ in BUILDING_UP:
                    # (a doer named, not "Syrian refugees in Lebanon")
                    found += [o for o in d.children if o.dep_ == "dobj" or (o.dep_ == "nsubj" and o.pos_ == "PROPN")]
    return found


def _expand_themes(themes: list[Token]) -> list[tuple[Token, str]]:
    """Theme phrases, split on conjunctions: "humanitarian and financial assistance"."""
    out: list[tuple[Token, str]] = []
    for theme in themes:
        for t in _conjuncts(theme):
            mods = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i]
            split = False
            for m in mods:
                conj = [c for c in m.conjuncts]
                if conj:
                    split = True
                    for a in [m, *conj]:
                        out.append((t, f"{a.lower_} {t.lemma_}"))
            if not split:
                words = " ".join(x.lower_ for x in t.subtree if x.i <= t.i and not x.is_punct)
                out.append((t, f"{words} {t.lemma_}"))
    return out


_DATE_RE = re.compile(
    r"\b(?:(?:on|since|from)\s+)?(?P<month>" + "|".join(m.capitalize() for m in MONTHS) +
    r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>" + "|".join(m.capitalize() for m in MONTHS) +
    r")(?:\s+(?P<year2>(?:19|20)\d{2}))?\b"
    r"|\b(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b"
)


def date_year(date: str | None) -> int | None:
    """The year of an ISO date, if known.

    Example:
        >>> date_year("2024-06-27"), date_year(None)
        (2024, None)
    """
    return int(date[:4]) if date and date[:4].isdigit() else None


def _sentence_date(sent: Span, doc_date: str | None) -> str | None:
    """An explicit date in the sentence ("On December 3rd", "14 March 2024"), as ISO."""
    m = _DATE_RE.search(sent.text)
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso")
    month = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    year = m.group("year") or m.group("year2") or (doc_date[:4] if doc_date else None)
    if not (month and day and year):
        return None
    mm = MONTHS.index(month.lower()) + 1
    dd = int(day)
    if not 1 <= dd <= 31:
        return None
    return f"{int(year):04d}-{mm:02d}-{dd:02d}"


# --------------------------------------------------------------------------- roles
@dataclass(frozen=True, slots=True)
class Role:
    """A person's office: LeaderOf or OfficialOf an affiliation (None when unsaid)."""

    person: str
    relation: str
    affiliation: str | None
    start: int
    end: int
    title: str
    date: str | None = None
    national: bool = False  # the title says it is the government's ("government spokesman")
    states: tuple[str, ...] = ()  # states named in the sentence
    prev_subjects: tuple[str, ...] = ()  # states/bodies that were subjects of the sentence before
    spoken: tuple[str, ...] = ()  # states that are subjects of what the person is reported to say
    polarity: str = "positive"  # "ousted President X": negative
    foreign: bool = False  # "Congolese President X" with the demonym unresolved: not the story's state
    turned_to: str | None = None  # a rarely named state the sentence before was about
    unlike: tuple[str, ...] = ()  # states whose "counterpart" the person meets ("his Polish counterpart")
    modality: str = "asserted"  # "President-elect X", "incoming President X": intended


def anchor_i(anchor: Token | None, head: Token) -> int:
    """Index of the token a title hangs on (the apposition's noun, else the name)."""
    return anchor.i if anchor is not None else head.i


@lru_cache(maxsize=8)
def _title_pattern(titles: frozenset[str]) -> re.Pattern[str]:
    """One pattern finding every title at every position (overlaps included), longest first."""
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?=(?<![\w-])({alternatives})(?![\w-]))")


def _formerly(toks: list[Token], title: str, lex: Lexicon) -> bool:
    """Whether a person's title words say the office is held no more: "former President X",
    "a former cabinet minister" (not "the ecology minister and a former oil executive", nor
    "the state minister and a former army chief", who holds an office now)."""
    former = [t for t in toks if t.lower_ in PAST_OFFICE_WORDS or t.lower_.startswith(("ex-", "then-"))]
    if not former:
        return False
    title_words = set(re.split(r"[\s-]+", title))
    if any(t.head.pos_ == "NOUN" and t.head.lower_ not in title_words for t in former):
        return False  # the "former" of another noun
    offices = lex.offices()

    def held(t: Token) -> Token:  # ("Former Thai foreign minister", parsed with "Former" on "Thai")
        head = t.head
        while head.dep_ == "amod" and head.head != head:
            head = head.head
        return head
    past = {x.i for t in former for x in held(t).subtree}
    return not any(t.lower_ in offices and t.pos_ == "NOUN" and t.i not in past for t in toks)


def _role_kind(words: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """Longest title in a list of lowercase words -> (relation, title)."""
    leader, official = lex.words("roles", "leader"), lex.words("roles", "official")
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    found = [m.group(1) for m in _title_pattern(leader | official).finditer(text)]
    best = min(found, key=lambda t: (-len(t), t)) if found else None
    if best is None:
        return None
    if best in official and best not in leader:
        # "vice president", "deputy prime minister", "foreign minister" are officials
        return "OfficialOf", best
    if re.search(rf"(?:vice|deputy|former)[\s-]+{re.escape(best)}", text) and "former" not in text:
        return "OfficialOf", best
    return "LeaderOf", best


def iter_roles(sent: Span, index: MentionIndex, seg_no: int, offset: int, lex: Lexicon,
               doc_date: str | None) -> Iterator[Role]:
    """Roles of the persons named in a sentence, from titles and appositions."""
    seen: set[int] = set()
    for tok in index.sentence_tokens(sent, seg_no):
        ref = index.tokens.get((seg_no, tok.i))
        if ref is None or ref.type != "Person" or tok.i in seen:
            continue
        # the head token of the person's name
        head = tok
        while index.tokens.get((seg_no, head.head.i)) is ref and head.head != head:
            head = head.head
        seen.update(t.i for t in sent if index.tokens.get((seg_no, t.i)) is ref)
        def someone_elses(c: Token) -> bool:
            """Inside another person's name phrase ("President Trump nominated Judge X")?"""
            node = c
            while node != head and node.head != node:
                other = index.tokens.get((seg_no, node.i))
                if other is not None and other is not ref and other.type == "Person":
                    return True
                if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"amod", "compound", "nmod"}:
                    return True  # a clause between them: not a title
                node = node.head
            return False
        title_tokens: list[Token] = [c for c in head.subtree if c.i < tok.i and index.tokens.get((seg_no, c.i)) is not ref
                                     and c.dep_ in {"compound", "amod", "nmod", "poss", "punct", "case", "det", "prep",
                                                    "pobj", "npadvmod", "advmod"} and not someone_elses(c)]
        anchor: Token | None = None
        ousted = False
        name_end = tok.i
        while name_end + 1 < sent.end and index.tokens.get((seg_no, name_end + 1)) is ref:
            name_end += 1

        def only_punct(a: int, b: int) -> bool:
            return all(t.is_punct for t in tok.doc[a:b])
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and only_punct(head.head.right_edge.i + 1, tok.i):
            anchor = head.head  # "the head of X's administration, Name"
        elif head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i == tok.i - 1 and \
                head.head.lower_ in lex.words("roles", "titles"):
            anchor = head.head  # "Thailand's acting Prime Minister Name", parsed as the title's apposition
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and only_punct(name_end + 1, child.left_edge.i):
                anchor = child  # "Name, the foreign minister of Y"
        if anchor is None and name_end + 2 < sent.end and tok.doc[name_end + 1].text == ",":
            # the parser hung "Name, Denmark's prime minister" on another word: take the
            # apposition that starts right after the name
            nxt = tok.doc[name_end + 2]
            offices = lex.offices()
            cand = next((t for t in sent if t.pos_ == "NOUN" and t.left_edge == nxt and (
                t.dep_ == "appos" or (t.dep_ == "npadvmod" and t.lemma_.lower() in offices))), None)
            if cand is not None:
                anchor = cand
        if anchor is None and head.dep_ in {"appos", "conj"} and head.left_edge.i > sent.start and \
                tok.doc[head.left_edge.i - 1].text == ",":
            # "Ukraine's ambassador in Bern, Artem Rybchenko, …" with the name hung on "Bern": the
            # office the place belongs to
            # (a place "in", "at" or "for" which the office is held; not "the mayor of Paris, X",
            # whose "of" names a city's office, not the state's)
            node = head.head
            while node.dep_ in {"pobj", "prep"} and node.head != node and (
                    node.dep_ != "prep" or node.lower_ in {"in", "at", "for", "to"}):
                node = node.head
            if node.pos_ == "NOUN" and node.i < tok.i and node.lemma_.lower() in lex.offices() and node != head.head:
                anchor = node
        if not _role_kind([t.lower_ for t in title_tokens], lex) and not any(
                c.dep_ == "appos" for c in head.children) and head.dep_ != "appos":
            title_tokens = _left_title(sent, tok, ref, index, seg_no) or title_tokens
        words = [t.lower_ for t in sorted(title_tokens, key=lambda t: t.i)]
        affil_toks = list(title_tokens)
        if anchor is not None:
            # (not a clause of its own: "the country's new leader, whose group toppled Assad")
            # ("who served as President of India" is still about the person)
            clauses = [c for t in anchor.subtree for c in t.children if c.dep_ in {"relcl", "acl"} and not any(
                g.dep_ == "nsubj" and g.tag_ == "WP" for g in c.children)]
            clause = {x.i for c in clauses for x in c.subtree}
            # ("the leftist leader who was ousted in December": a removal of this person still counts)
            ousted = any(c.head in (anchor, head) and c.dep_ == "relcl" and c.lemma_ in REMOVING and any(
                g.dep_ == "nsubjpass" and g.tag_ in {"WP", "WDT"} for g in c.children) for c in clauses)
            # ("Mali's leader, Colonel Assimi Goita": the rank is the name's own, the office the anchor's)
            own_rank = {t.i for t in title_tokens} if anchor == head.head and anchor.pos_ == "NOUN" else set()
            a_toks = [t for t in anchor.subtree if index.tokens.get((seg_no, t.i)) is not ref and t.i not in clause
                      and t.i not in own_rank]
            # "a senior adviser to Brazilian President Lula": Lula's title is not this person's
            others = {t.i for t in a_toks if (r := index.tokens.get((seg_no, t.i))) is not None and r.type == "Person"}
            theirs = {c.i for t in a_toks if t.i in others for c in t.subtree}
            a_words = [t.lower_ for t in a_toks if t.i not in theirs]

            def has_body(toks: list[Token]) -> bool:
                # (a description counts: "Senior General X, the junta's leader")
                return any((r := index.tokens.get((seg_no, t.i)) or (index.ref(t, seg_no) if t.dep_ == "poss" else None))
                           is not None and r.type in {"State", "Organization"} for t in toks)
            # "Senator X, chairman of the Senate Foreign Relations Committee": the apposition
            # names the body the bare title does not
            if _role_kind(a_words, lex) and (not _role_kind(words, lex) or (
                    not has_body(affil_toks) and has_body(a_toks))):
                words, affil_toks = a_words, a_toks
        kind = _role_kind(words, lex)
        if (kind is None or kind[0] == "OfficialOf") and head.dep_ == "poss" \
                and head.head.lemma_.lower() in {"government", "administration", "regime"} \
                and not index.person_titles.get(ref.key, set()) - MILITARY_RANKS:
            # "Kim Jong Un's government", "General Abdourahamane Tiani's government": the state the
            # tables know the person to lead (a leader's title gives it anyway: "President X's
            # government"), when the story gives the person no office of its own ("Former prime
            # minister K.P. Sharma Oli … Oli's government introduced the map in 2020": no more)
            led = index.gazetteer.led_by(ref.key.removeprefix("person:"), date_year(doc_date), organisation=False,
                                         surname=False)
            if led is not None and led.startswith("state:"):
                yield Role(ref.key, "LeaderOf", led, *sentence_bounds(sent, offset), "leader",
                           _sentence_date(sent, doc_date), national=True)
        if kind is None:
            continue
        relation, title = kind
        if title == "head" and relation == "LeaderOf" and any(w in words for w in ("administration", "office", "staff")):
            relation = "OfficialOf"
        if title == "counterpart":
            # "President X and his Colombian counterpart Y": a leader's counterpart leads too
            owners = [r for t in affil_toks if t.dep_ == "poss" and (r := index.ref(t, seg_no)) is not None
                      and r.type == "Person" and r.key != ref.key]
            theirs_titles = index.person_titles.get(owners[0].key, set()) if owners else set()
            if not theirs_titles & {"vice", "deputy", "former", "foreign", "defence", "defense"} and (
                    theirs_titles & LEADING_TITLES or {"prime", "minister"} <= theirs_titles):
                relation = "LeaderOf"
            # (with "his" unread, the tables say: "his Russian counterpart Vladimir Putin" leads)
            name, year = ref.key.removeprefix("person:"), date_year(doc_date)
            if not owners and (led := index.gazetteer.led_by(name, year, organisation=False, surname=False)) \
                    is not None and led.startswith("state:"):
                relation = "LeaderOf"
        # ("the offensive that toppled Assad, hosted SDF commander X", parsed with X toppled and
        # Assad inside X's name phrase: the one toppled is the other person)
        removed = _removed(head) and not any((r := index.tokens.get((seg_no, t.i))) is not None and r.type == "Person"
                                             and r.key != ref.key for t in head.subtree if t.i < tok.i)
        polarity = "negative" if any(w in words for w in ("ousted", "deposed", "toppled", "overthrown")) \
            or removed or ousted else "positive"  # "ousted President X", "protests ousted President X"
        if _formerly(affil_toks, title, lex) and (relation == "LeaderOf" or title.split()[-1] not in STAFF_TITLES):
            # "former president X", "a former cabinet minister" no longer hold the office; a
            # "former Pentagon analyst" stays the body's man, as the seed gold has it
            polarity = "negative"
        if any(w in words for w in ("candidate", "nominee", "hopeful", "contender", "challenger")):
            continue  # "deputy Lord Mayor candidate X": not (yet) in office
        if any(t.lower_ == title.split()[0] and t.i > sent.start and t.doc[t.i - 1].lower_ == "for"
               and any(b.pos_ == "CCONJ" for b in t.doc[t.i + 1 : tok.i])
               for t in affil_toks + title_tokens if t.i < tok.i):
            # "nominated X for president and truck driver Y for vice president": a race, not an
            # office (not "a spokesperson for Foreign Minister Z")
            continue
        if title == "leader" and any(w in CAUSE_TITLE_WORDS for w in words):
            continue  # "John Lewis, a civil rights leader": a cause's, no office
        faction = any(w in FACTION_TITLE_WORDS for w in words)
        if faction or "opposition" in words:
            title = "opposition " + title  # not an office of the state: never the document's main state
        elif title == "leader" and any(w in PARTY_WORDS for w in words):
            title = "party leader"  # "Conservative leader X": a party's, never the story's state
        elif any(w in UNNAMED_BODIES for w in words) and not any(
                (r := index.ref(t, seg_no)) is not None and r.type in {"State", "Organization"} for t in affil_toks):
            title = "body " + title  # "trade union general secretary X": a body's, not the story's state
        affiliation = None
        office = _national_title(words, lex)
        affil_set = {t.i for t in affil_toks}
        affil_tok: Token | None = None
        state_body: str | None = None  # "Kyrgyzstan's State Committee for National Security": a body of that state
        for t in affil_toks:
            r = index.ref(t, seg_no)
            owner_org = next((ra for a in t.ancestors if a.i in affil_set and (ra := index.ref(a, seg_no)) is not None
                              and ra.type == "Organization"), None) if r is not None and r.type == "State" else None
            if owner_org is not None and t.head.lower_ in {"led", "backed", "sponsored"}:
                continue  # "secretary general of the Russian-led CSTO": the body's office, not Russia's
            if owner_org is not None and t.dep_ == "poss" and relation == "LeaderOf" and \
                    owner_org.key.startswith("org:n:") and STATE_BODY_WORDS & set(owner_org.key.split(":")[-1].split()):
                # "chairman of Kyrgyzstan's State Committee for National Security": the head of
                # that body, an official of the state (its spokesman is simply the state's)
                state_body = r.key
                continue
            if r is not None and office and r.type == "Organization" and t.lower_ in office.split():
                continue  # "Secretary of State X": "State" is part of the office, not its body
            if r is not None and r.via in {"description", "pronoun"} and t.head.i != anchor_i(anchor, head) and not (
                    r.via == "description" and r.type == "Organization" and t.dep_ == "pobj" and t.head.lower_ in {"for", "of"}
                    and t.head.head.i == anchor_i(anchor, head)):
                # "the president of the country's chess federation": not the country ("a spokesman
                # for the court" is the court's; "a spokesman for the country" is left to the story)
                continue
            if r is not None and r.type == "Person" and not (
                    t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in {"of", "to"})):
                continue  # only "X's adviser" / "an aide to X" make a person the affiliation
            if r is not None and r.key != ref.key and (r.type in {"State", "Organization", "Person"} or (
                    r.type == "Place" and t.dep_ == "poss" and t.head.i == anchor_i(anchor, head))):  # "Greenland's premier"
                affiliation, affil_tok = r.key, t
                if r.type != "Person":
                    break
        if title.endswith("leader") and affil_tok is not None and affiliation is not None and affiliation.startswith("state:") \
                and index.ref(affil_tok, seg_no).via == "demonym":
            # "Yemeni Houthi leader X", "Lebanese Hezbollah leader Y": the group named after the
            # demonym is what they lead (not a national agency of the state, nor a bloc)
            group = next((g for t in affil_toks if t.i > affil_tok.i and (g := index.ref(t, seg_no)) is not None
                          and g.type == "Organization" and g.via in {"name", "alias", "acronym"}
                          and g.key not in index.gazetteer.state_of and not index.gazetteer.is_bloc(g.key)), None)
            if group is not None:
                affiliation = group.key
        if affiliation is not None and affiliation.startswith("org:n:") and affil_tok is not None and affil_tok.pos_ != "PRON":
            # "Foreign Ministry spokeswoman X", "Finance Minister Y" (the model's ORG "Finance"),
            # "U.S. National Security Adviser Z": a body named only by its kind is the state's
            # (the one its name starts with, else the one the story gives it; not "its spokesman",
            # whose body was named with its state before)
            name = affiliation.removeprefix("org:n:").split()
            lead = next((k for i in (2, 1) if len(name) > i and (k := index.gazetteer.lookup(" ".join(name[:i]))) is not None
                         and k.type == "State" and set(name[i:]) <= GENERIC_BODY_WORDS), None)
            if lead is not None:
                affiliation = lead.key
                index.types.setdefault(lead.key, "State")  # (a node of its own: "U.K." was inside the body's name)
            elif set(name) <= GENERIC_BODY_WORDS and name != ["council"]:  # ("Council President X": the council's)
                affiliation = None
        if affiliation is not None and affiliation.startswith("org:n:") and ref.type == "Person":
            # "Commission President Ursula von der Leyen": the body the tables know her to lead,
            # when its name ends with the word the title gives ("European Commission")
            gaz, name = index.gazetteer, ref.key.removeprefix("person:")
            held = gaz.led_by(name, date_year(doc_date), surname=False) or gaz.serves(name, date_year(doc_date), surname=False)
            body = gaz.by_key.get(held) if held is not None else None
            if body is not None and normalize(body.label).endswith(" " + affiliation.removeprefix("org:n:")):
                affiliation = body.key
        if affiliation is None and not office:
            # "Commission spokeswoman X" after "the European Commission": the one body the story
            # names whose name ends with the word the title gives
            bodies = {k for t in affil_toks if t.is_title and t.pos_ == "PROPN" and index.ref(t, seg_no) is None
                      and t.lower_ not in lex.words("roles", "titles") for k in index.bodies_named_by(t.lower_)}
            affiliation = bodies.pop() if len(bodies) == 1 else None
        if affiliation is None:
            # "St. Vincent Prime Minister X", "Saint Lucia Prime Minister Y": a state's name the
            # tagger split or took for a person's, read whole from the words before the title
            lead = []
            for t in sorted(affil_toks, key=lambda t: t.i):
                if t.lower_ in lex.words("roles", "titles") or not (t.pos_ == "PROPN" or t.text[:1].isupper()):
                    break
                lead.append(t.text)
            known = index.gazetteer.lookup(" ".join(lead)) if len(lead) > 1 else None
            if known is not None and known.type == "State":
                affiliation = known.key
                index.types.setdefault(known.key, "State")
        if affiliation is None and office:
            known = index.gazetteer.lookup(lex.table("roles", "national_titles")[office])
            affiliation = known.key if known is not None else None
        if faction and affiliation is not None and affiliation.startswith("state:") and "opposition" not in words:
            continue  # "Colombian rebel leader X", "Haitian gang leader Y": a faction's, not Colombia's
        if title == "party leader" and (affiliation is None or affiliation.startswith("state:")):
            # "British Labour leader Keir Starmer": the party's, not the United Kingdom's
            ordered = sorted(title_tokens, key=lambda t: t.i)
            at = next((k for k, t in enumerate(ordered) if t.lower_ in PARTY_WORDS - {"party"} and t.text[:1].isupper()), None)
            if at is None and "party" in words:
                # "The opposition Conservatives denounced the handover. Party leader Kemi Badenoch …":
                # the party the sentence or the one before has just named
                named = index.recent_party(tok, seg_no)
                if named is not None:
                    yield Role(ref.key, "LeaderOf", named.key, *sentence_bounds(sent, offset), title,
                               _sentence_date(sent, doc_date), polarity=polarity, modality="asserted")
            if at is None:
                continue

            def named(t: Token) -> bool:  # a capitalised word of the party's name, not a state's
                return t.text[:1].isupper() and t.lower_ not in lex.words("roles", "titles") | PAST_OFFICE_WORDS | {"party"} \
                    and index.ref(t, seg_no) is None  # (not "Former" opening the sentence)
            lo, hi = at, at
            while lo > 0 and named(ordered[lo - 1]) and ordered[lo - 1].i == ordered[lo].i - 1:
                lo -= 1
            while hi + 1 < len(ordered) and named(ordered[hi + 1]) and ordered[hi + 1].i == ordered[hi].i + 1:
                hi += 1
            # ("Liberal Democratic leader", "Social Democrat leader": not the Liberal nor the Democratic Party)
            affiliation = index.party(" ".join(t.text for t in ordered[lo:hi + 1])).key
        if "opposition" in words and (affiliation is None or affiliation.startswith("state:")):
            # "opposition leader X": leads the state's opposition, not the state
            home = affiliation or index.dominant_state()
            affiliation = index.opposition(home).key if home is not None else None
        if relation == "OfficialOf" and _heads_the_body(title, words, affiliation) and not (
                affil_tok is not None and affil_tok.dep_ == "poss" and affil_tok.head.i != anchor_i(anchor, head)):
            # "RSF commander X", "X, commander of the Libyan National Army", "CIA Director Y": the
            # body's head (not "commander of the LNA's ground forces")
            relation = "LeaderOf"
        start, end = sentence_bounds(sent, offset)
        national = any(w in {"government", "state", "national", "cabinet", "presidential"} for w in words) or (
            head.dep_ == "poss" and head.head.lemma_ in {"government", "administration", "cabinet"}
            and relation == "LeaderOf")  # "President William Ruto's government"
        before = [r.key for t in sent if t.i < tok.i and (r := index.tokens.get((seg_no, t.i))) is not None
                  and r.type == "State"]
        # the states of the sentence: nearest before the name first, then in the order after it
        # (not those inside what the person is reported to say, but for the reported subject's
        # own: "Foreign Minister X said Zhao, a diplomat at China's consulate, had been expelled"
        # says nothing of X's state; "… said the Hungarian troops would not fight" does)
        said = {t.i for c in head.head.children if head.dep_ == "nsubj" and c.dep_ == "ccomp"
                and head.head.lemma_ in lex.words("speech", "verbs") for t in c.subtree} - {
            t.i for c in head.head.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJ_DEPS
            for t in [s, *(m for m in s.children if m.dep_ in {"amod", "compound", "poss"})]}
        after = [r.key for t in sent if t.i > tok.i and t.i not in said
                 and (r := index.tokens.get((seg_no, t.i))) is not None and r.type == "State"]
        states = tuple(dict.fromkeys(before[::-1] + after))
        # "The Kremlin denied the accusation. Spokesman Dmitry Peskov said …": the body that spoke just before
        prev_subjects: tuple[str, ...] = ()
        if sent.start > 0:
            prev = tok.doc[sent.start - 1].sent
            prev_subjects = tuple(dict.fromkeys(
                r.key for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"
                and (r := index.ref(t, seg_no)) is not None and r.type == "State"))
        # "Estonia … is ready to close its crossings, Interior Minister X said": a speaker on a state
        spoken: tuple[str, ...] = ()
        if head.dep_ == "nsubj" and head.head.lemma_ in lex.words("speech", "verbs") and not any(
                t.lower_ in {"we", "our", "us", "ours"} for c0 in head.head.children if c0.dep_ == "ccomp"
                for t in c0.subtree):
            # ("Russia is a partner that respects our sovereignty," X said: not the speaker's own state)
            spoken = tuple(dict.fromkeys(
                r.key for c0 in head.head.children if c0.dep_ == "ccomp" for c in [c0, *c0.conjuncts] for t in c.children
                # (a capital too: "Peskov said Moscow would respond" places him, though "Trade Minister X
                # said Beijing could …" speaks of another; leaving capitals out cost six unseen sets)
                if t.dep_ in {"nsubj", "nsubjpass"} and (r := index.ref(t, seg_no)) is not None and r.type == "State"
                and r.via in {"name", "alias", "capital", "demonym"}))
        clause = None
        if head.dep_ == "nsubj" and head.head.dep_ == "conj":
            clause = head.head.head  # "Malaysia offered to mediate, and Prime Minister X spoke …"
        elif head.dep_ == "nsubj" and head.head.dep_ == "parataxis" and head.head.lemma_ in lex.words("speech", "verbs") \
                and head.head.head.i < head.head.i:
            clause = head.head.head  # "Burundi closed its border …, Interior Minister X said, weeks after …"
        elif head.dep_ == "pobj" and head.head.lower_ == "under":
            clause = _verb_above(head.head)  # "the United States hosted talks under President X"
        elif head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lemma_ == "lead" \
                and head.head.head.dep_ == "acl" and head.head.head.head.lemma_.lower() in DELEGATIONS:
            clause = _verb_above(head.head.head.head)  # "Armenia sent a delegation led by Minister X"
        if clause is not None and not spoken:
            spoken = tuple(dict.fromkeys(
                r.key for t in clause.children if t.dep_ == "nsubj" and (r := index.ref(t, seg_no)) is not None
                and r.type == "State" and (r.via in {"name", "alias"} or any(  # "Argentina's government condemned …"
                    c.dep_ in {"poss", "amod", "compound"} and getattr(index.tokens.get((seg_no, c.i)), "key", None) == r.key
                    for c in t.children))))
        # "Congolese President X" with "Congolese" not known as one state: someone else's office,
        # never the story's main state by default
        foreign = affiliation is None and any(t.ent_type_ == "NORP" and t.i < tok.i and index.ref(t, seg_no) is None
                                              and t.lower_ not in CREEDS for t in affil_toks)
        # "Neighbouring Chile is taking a different path. President X announced …": a state named
        # rarely that the paragraph has just turned to
        turned_to = prev_subjects[0] if len(prev_subjects) == 1 and index.mention_count(prev_subjects[0]) <= 3 \
            and tok.doc[sent.start - 1].sent.start > 0 else None  # (prev_subjects: there is a sentence before)
        # "Foreign Minister X assured his Polish counterpart Y": X is not Polish
        unlike = tuple(dict.fromkeys(
            r.key for t in sent if t.lemma_.lower() == "counterpart" and any(
                c.dep_ == "poss" and getattr(index.ref(c, seg_no), "key", None) == ref.key for c in t.children)
            for c in t.children if c.dep_ in {"amod", "compound"} and (r := index.ref(c, seg_no)) is not None
            and r.type == "State"))
        # ("President-elect X", "incoming President X", "the prime minister designate": office to come)
        coming = "intended" if title.endswith("-elect") or any(w in COMING_WORDS for w in words) else "asserted"
        yield Role(ref.key, relation, affiliation, start, end, title, _sentence_date(sent, doc_date), national, states,
                   prev_subjects, spoken, polarity, foreign, turned_to, unlike, coming)
        if state_body is not None and affiliation is not None and affiliation.startswith("org:"):
            yield Role(ref.key, "OfficialOf", state_body, start, end, title, _sentence_date(sent, doc_date),
                       polarity=polarity, modality=coming)
        if anchor is not None and words is not a_words and (second := _role_kind(a_words, lex)) is not None:
            # "Nigerian President Bola Tinubu, the current chairman of ECOWAS": an office of each
            bodies = [r.key for t in a_toks if t.i not in theirs and (r := index.tokens.get((seg_no, t.i)) or (
                index.ref(t, seg_no) if t.dep_ == "poss" else None)) is not None and r.type == "Organization"]
            if bodies and bodies[0] != affiliation:
                yield Role(ref.key, second[0], bodies[0], start, end, second[1], _sentence_date(sent, doc_date))
        for other in anchor.conjuncts if anchor is not None and anchor.pos_ == "NOUN" else ():
            # "X, Syria's de facto leader and head of Hayat Tahrir al-Sham": an office of each
            # (the parser hangs "of Hayat Tahrir al-Sham" on the first noun; it follows the last)
            shared = [p for p in anchor.children if p.dep_ == "prep" and p.i > other.i and p.lower_ == "of"]
            o_toks = [t for top in [other, *shared] for t in top.subtree
                      if not any(a.dep_ in {"relcl", "acl", "conj"} for a in [t, *t.ancestors] if a.i > top.i)]
            third = _role_kind([t.lower_ for t in o_toks], lex) if other.pos_ == "NOUN" else None
            bodies = [r.key for t in o_toks if (r := index.tokens.get((seg_no, t.i))) is not None
                      and r.type == "Organization"]
            if third is not None and bodies and bodies[0] != affiliation:
                yield Role(ref.key, third[0], bodies[0], start, end, third[1], _sentence_date(sent, doc_date),
                           polarity="negative" if _formerly(o_toks, third[1], lex) else "positive")


def _left_title(sent: Span, tok: Token, ref, index: MentionIndex, seg_no: int) -> list[Token]:
    """The words just before a name when the parse did not hang them on it: in "thanked
    Scholz and U.S. President Joe Biden" the parser makes "President" a conjunct of "Scholz"."""
    out: list[Token] = []
    j = tok.i - 1
    while j >= sent.start and len(out) < 6:
        t = tok.doc[j]
        other = index.tokens.get((seg_no, t.i))
        if (t.is_punct and t.text not in {"-", "."}) or t.pos_ in {"VERB", "AUX", "CCONJ", "DET", "PRON", "NUM"} \
                or (t.pos_ == "ADP" and t.lower_ != "of") or t.tag_ == "POS" \
                or (other is not None and other.type == "Person" and other is not ref):
            break
        out.append(t)
        j -= 1
    while out and out[-1].lower_ == "of":
        out.pop()
    return out[::-1]


def _heads_the_body(title: str, words: list[str], affiliation: str | None) -> bool:
    """Whether a commander, governor, director, commissioner or speaker of a body is its head: "RSF
    commander X", "CIA Director Y", "Central Bank of Libya Governor Z", "Parliament Speaker W" are; "a senior
    commander", "deputy director", "editorial director", "Court Commissioner", "Trade
    Commissioner" (a portfolio of the European Commission) are not."""
    if title not in BODY_HEAD_TITLES or not (affiliation or "").startswith("org:") or any(
            w in STAFF_MODIFIERS for w in words):
        return False
    if title in {"director", "commissioner"} and re.search(r"\bcourt\b", affiliation):
        return False
    return not (title == "commissioner" and (any(w in GENERIC_BODY_WORDS for w in words)
                                             or re.search(r"\b(eu|european)\b", affiliation.replace("-", " "))))


def _national_title(words: list[str], lex: Lexicon) -> str | None:
    """The one-country office named by a title ("secretary of state" -> United States), if any."""
    text = " ".join(words)
    for title in sorted(lex.table("roles", "national_titles"), key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])(?! for\b)", text):
            return title
    return None


def iter_title_roles(sent: Span, index: MentionIndex, seg_no: int, offset: int, lex: Lexicon,
                     doc_date: str | None) -> Iterator[Role]:
    """Roles from a title with no name: "Hungary's prime minister has announced …" is the
    prime minister the document names elsewhere ("Prime Minister Viktor Orban")."""
    titles = lex.offices()
    for tok in index.sentence_tokens(sent, seg_no):
        if tok.pos_ != "NOUN" or (seg_no, tok.i) in index.tokens:
            continue
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
        title = " ".join([c.lower_ for c in mods if c.lower_ in {"prime", "foreign", "defence", "defense",
                                                                  "finance", "vice", "deputy"}] + [tok.lower_])
        if title not in titles or any(c.dep_ == "appos" for c in tok.children) or tok.dep_ in {"compound", "appos"}:
            continue
        owner = None
        for c in tok.children:
            if c.dep_ in {"poss", "amod", "compound"} and (r := index.ref(c, seg_no)) is not None \
                    and r.type in {"State", "Organization"} and r.via != "pronoun":
                owner = r
        if owner is None:
            continue
        person = index.title_holder(tok, seg_no, title, owner.key)
        if person is None:
            continue
        kind = _role_kind(title.split(), lex)
        if kind is None:
            continue
        start, end = sentence_bounds(sent, offset)
        # ("Kenya's former president said …": an office once held)
        past = any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in tok.children)
        yield Role(person.key, kind[0], owner.key, start, end, kind[1], _sentence_date(sent, doc_date),
                   polarity="negative" if past else "positive")


LEADER_GROUPS = word_list("extract", "leader_groups")


def iter_description_roles(sent: Span, index: MentionIndex, seg_no: int, offset: int, lex: Lexicon,
                           doc_date: str | None) -> Iterator[Role]:
    """A description with a country names the office of the person it refers to: "President
    William Ruto spoke … The Kenyan president said …" -> Ruto leads Kenya."""
    heads = lex.office_heads()
    _where, role = _role_maker(sent, offset, doc_date)
    for tok in index.sentence_tokens(sent, seg_no):
        if tok.pos_ != "NOUN" or tok.lower_ not in heads or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
        kind = _role_kind([*(m.lower_ for m in mods if index.ref(m, seg_no) is None), tok.lower_], lex)
        if kind is None:
            continue
        states = [r for m in mods for r in [index.ref(m, seg_no)] if r is not None and r.type == "State"]
        person = index.ref(tok, seg_no)
        if len(states) != 1 or person is None or person.type != "Person" or person.via != "description":
            continue
        if index.person_affils.get(person.key, {states[0].key}) != {states[0].key}:
            continue  # known to hold another country's office
        held = index.person_titles.get(person.key, set())
        same = held & set(kind[1].split()) or (kind[1] == "leader" and held & LEADER_TITLE_WORDS)
        if same:  # "the German chancellor" is not the last president named
            yield role(person.key, kind[0], states[0].key, kind[1])


def _role_maker(sent: Span, offset: int, doc_date: str | None) -> tuple[
        Callable[[], tuple[int, int, str | None]], Callable[[str, str, str, str], Role]]:
    """``where()``, the sentence's bounds and date, and ``role(person, relation, affiliation,
    title)``, a :class:`Role` found in it. The bounds and date are read once, and only when a
    role is found (most sentences give none).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("On 3 May 2024 X spoke.")
        >>> where, role = _role_maker(doc[:], 100, None)
        >>> where()
        (100, 122, '2024-05-03')
        >>> role("person:x", "LeaderOf", "state:KE", "president").start
        100
    """
    @cache
    def where() -> tuple[int, int, str | None]:
        return (*sentence_bounds(sent, offset), _sentence_date(sent, doc_date))

    def role(person: str, relation: str, affiliation: str, title: str) -> Role:
        start, end, date = where()
        return Role(person, relation, affiliation, start, end, title, date)

    return where, role


def iter_possessed_leaders(sent: Span, index: MentionIndex, seg_no: int, offset: int,
                           doc_date: str | None) -> Iterator[Role]:
    """A state's known leader named as its own, with no title: "Brazil's Luiz Inacio Lula da
    Silva", "Chile's Gabriel Boric" (as the leaders table has them, in the sentence's year)."""
    where, role = _role_maker(sent, offset, doc_date)
    for tok in index.sentence_tokens(sent, seg_no):
        person = index.tokens.get((seg_no, tok.i))
        if person is None or person.type != "Person" or tok.head.i != tok.i and \
                index.tokens.get((seg_no, tok.head.i)) is person:
            continue  # (the name's head token only)
        owners = [r for c in tok.children if c.dep_ == "poss" for r in [index.ref(c, seg_no)]
                  if r is not None and r.type == "State" and r.via in {"name", "alias", "capital"}]
        titled = any(t.pos_ == "NOUN" for c in tok.children if c.dep_ != "poss" and c.i < tok.i for t in c.subtree)
        if owners and not titled and \
                index.gazetteer.led_by(person.text, date_year(where()[2]), organisation=False, surname=False) == owners[0].key:
            # (not "Nigeria's president-elect Bola Tinubu": the title's own walker reads it)
            yield role(person.key, "LeaderOf", owners[0].key, "leader")


LEADING_VERBS = word_list("extract", "leading_verbs")


def iter_led_roles(sent: Span, index: MentionIndex, seg_no: int, offset: int,
                   doc_date: str | None) -> Iterator[Role]:
    """Leadership said with "lead" or "party": "the junta, led by General X", "the Russian-led
    CSTO", "his Fidesz party", "Erdogan's ruling AK Party"."""
    _where, role = _role_maker(sent, offset, doc_date)

    def body(noun: Token) -> Ref | None:
        r = index.ref(noun, seg_no)
        if r is not None and r.type in {"State", "Organization"} and not _led_people(noun, r):
            return r
        if noun.lemma_.lower() in LEADER_GROUPS:
            for c in noun.children:
                if c.dep_ in {"poss", "amod", "compound", "nmod"} and (o := index.ref(c, seg_no)) is not None \
                        and o.type in {"State", "Organization"} and o.via != "pronoun":
                    return o
        if noun.lemma_.lower() in LEADABLE:
            return index.initiative(noun, seg_no)  # "the observer mission, led by X"
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and (named := index.ref(noun.head, seg_no)) is not None \
                and named.type == "Organization" and named.via != "pronoun":
            return named  # "the CPC, a rebel alliance led by X": the body the noun describes
        return None

    for tok in index.sentence_tokens(sent, seg_no):
        one_token = "-" in tok.text.strip("-")
        if tok.dep_ == "amod" and (one_token or tok.tag_ == "VBN"):
            # "the Russian-led Collective Security Treaty Organization", "a Kenya-led mission",
            # "the U.S.-led coalition" (one token)
            lead, verb = _hyphen_prefix(tok, index, seg_no)
            if verb == "lead":
                org = index.ref(tok.head, seg_no) or (
                    index.initiative(tok.head, seg_no) if tok.head.lemma_.lower() in LEADABLE else None)
                if org is not None and org.type in {"Organization", "Initiative"} and lead is not None \
                        and lead.type == "State":
                    yield role(lead.key, "LeaderOf", org.key, "led")
                continue
        if tok.lemma_.lower() not in LEADING_VERBS or tok.tag_ != "VBN":
            continue
        if tok.dep_ == "acl":  # "the junta, led by General X", "a gang run by Y", "a panel chaired by Z"
            owner = body(tok.head)
            leaders = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            for p in leaders:
                for r in _conj_refs(p, index, seg_no):
                    if owner is not None and r.type in {"Person", "State"} and r.key != owner.key:
                        yield role(r.key, "LeaderOf", owner.key, "led by")
    for tok in index.sentence_tokens(sent, seg_no):
        # "the Syrian government of President Bashar al-Assad", "the army of General X": its leader
        if tok.lemma_.lower() in RULED_BODIES and tok.pos_ == "NOUN":
            owner = index.ref(tok, seg_no)
            if owner is None or owner.type not in {"State", "Organization"} or owner.via == "pronoun":
                continue
            if owner.via == "description" and owner.type == "State" and not any(
                    c.dep_ in {"poss", "amod", "compound"} for c in tok.children):
                continue  # "the government of X" with no country said: which one is a guess
            heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            for p in heads:
                # (the title may take the name's place: "of President [Bashar] al-Assad")
                r = next((x for t in p.doc[p.i : p.i + 3] if (x := index.ref(t, seg_no)) is not None), None)
                if r is not None and r.type == "Person":
                    yield role(r.key, "LeaderOf", owner.key, "of")
    for tok in index.sentence_tokens(sent, seg_no):
        if tok.lemma_.lower() != "party" or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        party = index.ref(tok, seg_no)
        if party is None or party.type != "Organization":
            party = next((r for c in tok.children if c.dep_ == "compound"
                          and (r := index.ref(c, seg_no)) is not None and r.type == "Organization"), None)
        owner = next((r for c in tok.children if c.dep_ == "poss"
                      and (r := index.ref(c, seg_no)) is not None and r.type == "Person"), None)
        if any(c.dep_ == "acl" and c.lemma_ == "lead" for c in tok.children):
            if party is not None and owner is not None:
                # "Morawiecki's ruling party, led by Kaczynski": a member; someone else leads it
                yield role(owner.key, "MemberOf", party.key, "party")
            continue
        if party is not None and owner is not None:
            yield role(owner.key, "LeaderOf", party.key, "party")


def _led_people(noun: Token, ref: Ref) -> bool:
    """"U.S. lawmakers led by Senator X", "Russian troops led by General Y": a group of a state's
    people led by someone, who does not thereby lead the state (its government or party would)."""
    return noun.pos_ == "NOUN" and ref.via not in {"name", "alias"} and noun.lemma_.lower() in LED_PEOPLE


def _hyphen_prefix(tok: Token, index: MentionIndex, seg_no: int) -> tuple[Ref | None, str]:
    """The actor before a hyphen and the verb after it, in one token ("U.N.-backed") or three
    ("Russian - led"): ``(the U.N., "back")``, ``(Russia, "lead")``; ``(None, "")`` otherwise."""
    if "-" in tok.text.strip("-"):
        prefix, _, suffix = tok.text.rpartition("-")
        known = index.gazetteer.lookup(prefix)
        actor = Ref(known.key, known.type, prefix, known.via) if known is not None else None
        return actor, HYPHEN_SUFFIXES.get(suffix.lower(), "")
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        return index.ref(tok.doc[tok.i - 2], seg_no), tok.lemma_.lower()
    return None, ""


def _conj_refs(tok: Token, index: MentionIndex, seg_no: int) -> list[Ref]:
    refs = []
    for t in _conjuncts(tok):
        r = index.ref(t, seg_no)
        if r is not None:
            refs.append(r)
    return refs


# --------------------------------------------------------------------------- membership
def iter_memberships(sent: Span, index: MentionIndex, seg_no: int, walker: _Walker) -> None:
    """"members of the alliance – including X and Y", "NATO countries, including X", "ally"."""
    for tok in index.sentence_tokens(sent, seg_no):
        lemma = tok.lemma_.lower()
        if (lemma in {"include", "comprise", "group"} or (lemma == "bring" and any(
                c.dep_ in {"prt", "advmod"} and c.lower_ == "together" for c in tok.children))) and tok.pos_ == "VERB":
            # "RCEP, which includes China, Japan and Australia", "the GCC, which groups …",
            # "a bloc that brings together …": its members
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            holder = [tok.head] if subj and subj[0].tag_ in {"WDT", "WP"} and tok.dep_ == "relcl" else subj
            # ("IGAD, an eight-nation bloc that includes X": the bloc the apposition describes)
            holder += [h.head for h in holder if h.dep_ == "appos" and h.pos_ == "NOUN"]
            orgs = list(dict.fromkeys(r for h in holder for r in walker.refs(h, actors_only=True)
                                      if r.type == "Organization"))
            # (a list the parser strung as appositions: "groups Saudi Arabia, the UAE, Kuwait …")
            listed = [c for c in tok.children if c.dep_ == "dobj"]
            listed += [x for c in listed for a in c.children if a.dep_ == "appos" and any(
                y.dep_ == "conj" for y in a.children) for x in (a, *a.conjuncts)]
            members = list(dict.fromkeys(r for t in listed for r in walker.refs(t, actors_only=True) if r.type == "State"))
            if orgs and members:
                walker.emit(sent, tok, "MemberOf", members, orgs, walker.context(tok))
        if lemma == "make" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            # "India and the United States, along with Japan and Australia, make up the Quad"
            orgs = [r for c in tok.children if c.dep_ in {"dobj", "ccomp"} and c.pos_ in {"NOUN", "PROPN"}
                    for r in walker.refs(c, actors_only=True) or walker.deep_refs(c) if r.type == "Organization"]
            members = [r for r in walker.subject_refs(tok)
                       if r.type == "State"]
            if orgs and members:
                walker.emit(sent, tok, "MemberOf", members, orgs, walker.context(tok))
        if tok.pos_ == "VERB" and (lemma in FOUNDING or (lemma == "set" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children))):
            # "Mali, Burkina Faso and Niger formed the Alliance of Sahel States", "set up the
            # bloc with Niger", "formed a confederation, the AES": its founders are its members
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
            orgs = list(dict.fromkeys(r for o in objs for r in walker.refs(o, actors_only=True)
                                      if r.type == "Organization" and r.via not in {"pronoun", "description"}))
            # ("Mali and Burkina Faso, which set up …": both)
            members = [r for t0 in walker.subject_of(tok)[0] for t in [t0, *t0.conjuncts]
                       for r in walker.refs(t, actors_only=True) if r.type == "State"]
            members += [r for x in (tok, *objs) for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                        if r.type == "State"]  # ("set up the bloc with Niger": hung on either)
            if orgs and members:
                walker.emit(sent, tok, "MemberOf", list(dict.fromkeys(members)), orgs, walker.context(tok))
        if lemma in {"be", "remain", "stay"} and tok.pos_ in {"AUX", "VERB"}:
            # "Austria is not in NATO", "Norway, which stays outside the EU": a bloc's member or not
            blocs = [(c.lower_, r) for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "outside"}
                     for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                     if r.type == "Organization" and index.gazetteer.is_bloc(r.key)]
            # ("is in neither the UN nor NATO")
            neither = any(g.dep_ == "preconj" and g.lower_ == "neither" for c in tok.children if c.dep_ == "prep"
                          for p in c.children for g in p.children)
            states = [r for r in walker.subject_refs(tok) if r.type == "State"] if blocs else []
            if blocs and states and not any(c.dep_ in {"acomp", "attr"} for c in tok.children):
                walker.emit(sent, tok, "MemberOf", states, [r for _, r in blocs], walker.context(tok),
                            extra_neg=int(blocs[0][0] == "outside") + int(neither))
        if lemma in {"partner", "ally"} and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            # "Canada's partners in the Five Eyes – the United States, Britain …", "its allies in
            # NATO": the owner and the partners named are all members
            orgs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "within"}
                    for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                    if r.type == "Organization"]
            owners = [r for c in tok.children if c.dep_ == "poss" for r in walker.refs(c, actors_only=True)
                      if r.type == "State"]
            named = [r for a in tok.children if a.dep_ == "appos" for x in (a, *a.conjuncts)
                     for r in walker.refs(x, actors_only=True) if r.type == "State"]
            if tok.dep_ == "appos":  # ("with Burkina Faso and Niger, its partners in the AES")
                named += [r for x in (tok.head, *tok.head.conjuncts) for r in walker.refs(x, actors_only=True)
                          if r.type == "State"]
            members = list(dict.fromkeys(owners + named))
            if orgs and members:
                walker.emit(sent, tok, "MemberOf", members, orgs[:1], Context(modality="asserted"))
        if lemma == "seat" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in {
                "take", "win", "hold", "secure", "gain", "occupy", "have", "get", "assume"}:
            # "Thailand took up a seat on the U.N. Human Rights Council": a member of it
            orgs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "in", "at"}
                    for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                    if r.type == "Organization"]
            states = [r for r in walker.subject_refs(tok.head)
                      if r.type == "State"]
            if orgs and states:
                walker.emit(sent, tok, "MemberOf", states, orgs[:1], walker.context(tok.head))
        if lemma in {"suspend", "expel", "eject", "oust", "ban"} and tok.tag_ == "VBN":
            # "Mali and Burkina Faso, themselves suspended from ECOWAS": no longer members
            orgs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                    if r.type == "Organization"]
            who = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not who and tok.dep_ in {"acl", "amod"}:
                who = [tok.head]
            if not who and tok.dep_ in {"acl", "amod", "appos"} or (who and who[0].lower_ in {"themselves", "itself"}):
                node = tok.head if not who else who[0].head
                while node.dep_ in {"appos", "acl", "amod"} and node.head != node:
                    node = node.head
                who = [node]
            states = [r for w in who for r in walker.refs(w, actors_only=True) if r.type == "State"]
            if orgs and states:
                walker.emit(sent, tok, "MemberOf", states, orgs, Context(), extra_neg=1, modality="asserted")
        if lemma in {"admit", "readmit", "induct"} and tok.pos_ == "VERB":
            walker.admitted(sent, tok)
        if lemma == "suspension" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in {"lift", "end", "revoke"}:
            # "The African Union lifted Gabon's suspension": a member again
            states = [r for c in tok.children if c.dep_ == "poss" for r in walker.refs(c, actors_only=True) if r.type == "State"]
            orgs = [r for r in walker.subject_refs(tok.head) if r.type == "Organization"]
            if states and orgs:
                walker.emit(sent, tok, "MemberOf", states, orgs, walker.context(tok.head))
        if lemma in {"suspend", "expel"} and tok.pos_ == "VERB" and not any(c.dep_ in {"nsubjpass", "auxpass"}
                                                                             for c in tok.children):
            # "ECOWAS suspended Mali", "the AU suspended Niger's membership": no longer a member
            orgs = [r for r in walker.subject_refs(tok) if r.type == "Organization"]
            # ("the AU's Peace and Security Council suspended Gabon from all of the bloc's
            # activities": from the bloc)
            away = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                    if p.dep_ == "pobj" for t in [p, *p.subtree] if t.dep_ in {"pobj", "poss"}
                    for r in walker.refs(t, actors_only=True) if r.type == "Organization"]
            orgs = away[:1] or orgs
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs = [p for o in objs for p in ([o] if o.lemma_.lower() != "membership" else
                                              [c for c in o.children if c.dep_ == "poss"])]
            states = [r for o in objs for r in walker.refs(o, actors_only=True) if r.type == "State" and r.via != "description"]
            if orgs and states:
                walker.emit(sent, tok, "MemberOf", states, orgs, walker.context(tok), extra_neg=1)
        if lemma in PARTNER_NOUNS and tok.tag_ == "NN" and any(c.dep_ == "poss" for c in tok.children) and any(
                c.dep_ == "appos" for c in tok.children):
            # "Washington and its ally South Korea": the one named beside the noun is the owner's partner
            named = [r for c in tok.children if c.dep_ == "appos" for r in walker.refs(c, actors_only=True)
                     if r.type == "State"]
            owners = [r for c in tok.children if c.dep_ == "poss" for r in walker.refs(c, actors_only=True)
                      if r.type == "State" and r.key not in {n.key for n in named}]
            if named and owners:
                walker.emit(sent, tok, "Cooperate", owners, named, Context(), modality="asserted")
        namer = _named_as(tok) if lemma in PARTNER_NOUNS else None  # ("Denmark called the US its closest ally")
        if lemma in PARTNER_NOUNS and tok.pos_ == "NOUN" and (tok.dep_ == "appos" or (
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one")
                or (tok.dep_ == "attr" and tok.head.lemma_ in COPULAS) or namer is not None):
            # "Russia, a traditional ally of Serbia", "Poland has been one of Kyiv's staunchest
            # allies", "Japan is a key partner of Australia", "Italy, Algeria's biggest gas
            # customer", "a close ally of President X": they cooperate (a person's ally is the
            # person's; a state's partner the state's)
            def side(r: Ref, bodies: bool = lemma in {"ally", "partner"}) -> bool:
                # (a body that is no bloc: "the EU is Serbia's largest trading partner"; a NATO
                # ally is a member, read elsewhere)
                return r.type in {"State", "Person"} or (r.type == "Organization" and bodies and (
                    r.key == "org:european-union" or not index.gazetteer.is_bloc(r.key)))
            partners = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True) if side(r)]
            partners += [r for c in tok.children if c.dep_ == "poss" for r in (
                walker.namers_own(namer, c) if c.pos_ == "PRON" and namer is not None  # (the namer's own)
                else walker.refs(c, actors_only=True)) if side(r)]
            # "a longtime Hezbollah ally" (not "an EU partner of Serbia": of whom it is, is said)
            partners = partners or [r for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i
                                    for r in walker.refs(c, actors_only=True) if side(r)]
            anchor = tok.head.head if tok.dep_ == "pobj" and namer is None else tok
            if namer is not None:
                # "Denmark called the United States its closest ally": the one so named
                holder_toks = [c for c in namer.children if c.dep_ == "dobj"]
            elif anchor.dep_ == "attr" and anchor.head.lemma_ in COPULAS:
                holder_toks = walker.subject_of(anchor.head)[0]
            else:
                holder_toks = [anchor.head] if anchor.dep_ == "appos" else []
            holders = [r for t in holder_toks for r in walker.refs(t, actors_only=True) if side(r)]
            if tok.dep_ == "appos":
                holders = [r for r in walker.refs(tok.head, actors_only=True) if side(r)]
            goods = " ".join(c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i)
            # "Israel's main arms supplier": the supplier arms it
            relation = "ProvideMilitaryAid" if lemma == "supplier" and goods and \
                walker.lex.theme_class(goods) == "military" else "Cooperate"
            # ("previously an ally of the government", "a former partner": ties that were)
            past = any(c.lower_ in FORMER_WORDS | {"previously", "formerly", "ex"}
                       for c in [*tok.children, *(tok.head.children if tok.dep_ == "attr" else ())])
            if partners and holders and not past:
                if namer is not None:  # (the namer's ties, as the namer tells them: "did not call X an ally")
                    walker.emit(sent, tok, relation, partners, holders, walker.context(namer))
                else:
                    walker.emit(sent, tok, relation, holders, partners, Context(), modality="asserted")
    for tok in index.sentence_tokens(sent, seg_no):
        if tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in {"within", "inside"} for c in tok.children):
            # "Turkey's awkward place within the alliance", "Norway's role inside NATO"
            owners = [r for c in tok.children if c.dep_ == "poss" for r in walker.refs(c, actors_only=True)
                      if r.type == "State"]
            blocs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in {"within", "inside"}
                     for p in c.children if p.dep_ == "pobj" for r in walker.refs(p, actors_only=True)
                     if r.type == "Organization" and index.gazetteer.is_bloc(r.key)]
            if owners and blocs:
                walker.emit(sent, tok, "MemberOf", owners, blocs, Context(), modality="asserted")
    for tok in index.sentence_tokens(sent, seg_no):
        lemma = tok.lemma_.lower()
        # ("member states - Canada, …" with "states" tagged a name, and its lemma left as written)
        misnamed = tok.pos_ == "PROPN" and tok.text.islower()
        if misnamed:
            lemma = {"members": "member", "states": "state", "countries": "country", "nations": "nation"}.get(
                tok.lower_, lemma)
        if lemma in {"member", "country", "state", "nation", "ally"} and (tok.pos_ == "NOUN" or misnamed):
            org = None
            if any(c.lower_ == "member" and c.dep_ == "compound" for c in tok.children):
                org = index.recent_bloc(tok, seg_no)  # "member states" of the bloc in question
            # "a member of the EU or NATO", "of NATO and the Council of Europe": the bodies joined
            # to the first; "… but not of the EU": a body denied apart
            more: list[Ref] = []
            denied: list[Ref] = []
            stray = [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i and any(
                g.dep_ == "neg" for g in c.children)] if tok.dep_ == "attr" else []  # (hung on "is")
            for child in [*tok.children, *stray]:
                if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
                    # ("a member of neither the UN nor NATO": of neither)
                    negated = any(c.dep_ == "neg" for c in child.children) or any(
                        g.dep_ == "preconj" and g.lower_ == "neither" for p in child.children for g in p.children)
                    for pobj in child.children:
                        r = index.ref(pobj, seg_no)
                        if r is not None and r.type == "Organization":
                            if negated:
                                denied += [r, *(x for c in pobj.conjuncts if (x := index.ref(c, seg_no)) is not None
                                                and x.type == "Organization")]
                            elif org is None or not more:
                                org = r
                                more = [x for c in [*pobj.conjuncts, *(k for k in tok.conjuncts if k.pos_ == "PROPN")]
                                        if (x := index.ref(c, seg_no)) is not None
                                        and x.type == "Organization" and x.key != r.key]
                if child.dep_ in {"compound", "amod", "nmod", "poss"}:
                    r = index.ref(child, seg_no)
                    if r is not None and r.type == "Organization":
                        org = r
            if org is None and lemma == "ally" and not any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
                # (not "Belarus's closest ally", "a close ally of Hun Manet's government": a state's ally)
                org = index.ref(tok, seg_no)
                if org is not None and org.type != "Organization":
                    org = None
            if org is None and tok.dep_ == "attr" and tok.head.dep_ == "relcl" and (any(
                    c.dep_ == "prep" and c.lower_ in {"of", "in"} and any(p.tag_ == "WDT" for p in c.children)
                    for c in tok.head.children) or _of_which_before(tok.head)):
                # "the African Union, of which both countries are members", "the BRICS group, in
                # which China is a founding member" (the parser may hang "of which" on a later verb)
                r = index.ref(tok.head.head, seg_no)
                if (r is None or r.type != "Organization") and (named := _named_before_clause(tok.head)) is not None:
                    r = index.ref(named, seg_no)  # ("the head of the AU, of which …": the body before the comma)
                org = r if r is not None and r.type == "Organization" else None
            if org is None and not denied:
                continue
            members: list[Token] = []
            # "…, including X and Y" (prep including on the noun, a nearby head or the "of" body)
            for node in (tok, tok.head, *[p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for p in c.children if p.dep_ == "pobj"]):
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                        members += [p for p in child.children if p.dep_ == "pobj"]
            # "a member of BRICS together with Russia and China": those named with it are members too
            withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                     and any(g.lower_ in {"together", "along"} for g in c.children)]
            withs += [w for c in tok.children if c.dep_ == "prep" and c.lower_ in {"together", "along"}
                      for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
            members += [p for w in withs for p0 in w.children if p0.dep_ == "pobj" for p in (p0, *p0.conjuncts)]
            # "the United States and several other member states"
            if tok.dep_ == "conj" and tok.head.pos_ == "PROPN":
                first = index.ref(tok.head, seg_no)
                if first is not None and first.type == "Organization" and tok.head.dep_ == "appos":
                    # "Poland, an EU and NATO member": a member of both
                    more = [*more, first] if org is None or first.key != org.key else more
                    members.append(tok.head.head)
                else:
                    members.append(tok.head)
                    if any(c.lower_ == "other" for c in tok.children):
                        # "Austria, Italy, Romania and other member states": every one listed before
                        node = tok.head
                        members += [c for c in node.conjuncts if c.pos_ == "PROPN"]
                        while node.dep_ in {"appos", "conj"} and node.head.pos_ == "PROPN":
                            node = node.head
                            members += [node, *(c for c in node.conjuncts if c.pos_ == "PROPN")]
            # "fifteen member states, led by Denmark": the one leading them is one of them
            members += [p for c in tok.children if c.dep_ == "acl" and c.lemma_ in {"lead", "head", "spearhead"}
                        for a in c.children if a.dep_ == "agent" for p0 in a.children if p0.dep_ == "pobj"
                        for p in (p0, *p0.conjuncts)]
            if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
                # "Romania, Moldova's closest ally and a member of both the EU and NATO": the
                # description the member is joined to, set beside (or parsed as joined to) a name
                first = tok.head
                while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head != first:
                    first = first.head
                if first.dep_ in {"appos", "conj"} and first.head.pos_ == "PROPN" and first.i > 0 and \
                        tok.doc[first.left_edge.i - 1].text == "," and first.head.i < first.i:
                    members.append(first.head)
            # "X, a NATO member" / "X is a member of NATO" / "consider X an ally"
            if tok.dep_ == "appos":
                members.append(tok.head)
                if (last := _before_comma(tok)) is not None and not any(
                        r.type == "State" for r in walker.refs(tok.head, actors_only=True)):
                    # "… into Poland, Hungary and Bulgaria, the five EU members …" hung on another word
                    while last.dep_ == "conj" and last.head != last:
                        last = last.head
                    members.append(last)
            if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
                members += walker.subject_of(tok.head)[0]
            if lemma == "member" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                members += [tok.head, *tok.head.conjuncts]  # "NATO member Poland and …"
            members += _named_after(tok)  # "NATO members Poland and Lithuania", "its members, A and B"
            if tok.tag_ in {"NNS", "NNPS"} and any(c.dep_ in {"poss", "nummod"} for c in tok.children):
                # "Mercosur's four founding members, Brazil, Argentina, …" parsed as a coordination
                members += [n for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i == tok.i + 2
                            and tok.doc[tok.i + 1].text == "," for n in (c, *c.conjuncts)]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
                one = tok.head.head  # "Zimbabwe, one of SADC's 16 members", "X is one of its members"
                if one.dep_ == "appos":
                    members.append(one.head)
                elif one.dep_ == "attr" and one.head.lemma_ in COPULAS:
                    members += walker.subject_of(one.head)[0]
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and lemma == "member":
                # "Brazil, as a member of the court, would have to …": the one it describes
                host = tok.head.head
                members += [host] if host.pos_ in {"NOUN", "PROPN"} else walker.subject_of(host)[0]
            if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ in {"count", "number", "include"}:
                # "the League, which counts Somalia and Egypt among its members"
                members += [n for c in tok.head.head.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
            if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ in COPULAS:
                # "Germany and Luxembourg were among several EU member states that …"
                members += walker.subject_of(tok.head.head)[0]
            if (seg_no, tok.i) in index.groups:
                members.append(tok)  # "the two NATO allies": the two states named
            if tok.dep_ in {"oprd", "ccomp", "xcomp"} or (tok.dep_ == "dobj" and tok.head.lemma_ == "consider"):
                members += [c for c in tok.head.children if c.dep_ in {"dobj", "nsubj"} and c != tok and c.i < tok.i]
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        members.append(c)
            refs = [r for m in members for r in walker.refs(m, actors_only=True) if r.type == "State"]
            left = {t.lower_ for c in tok.lefts for t in c.subtree}
            if left & ASPIRING_WORDS or {"would", "be"} <= left:
                continue  # "aspiring EU member Moldova", "a would-be NATO member": not (yet) one
            if refs:
                ctx = walker.context(tok.head) if tok.dep_ == "attr" else Context()
                # ("a former EU member", "ex-member": no longer one)
                # ("will become a NATO member": the copula's modality)
                if org is not None:
                    walker.emit(sent, tok, "MemberOf", refs, [org, *more], ctx, modality=None if tok.dep_ == "attr" else "asserted",
                                extra_neg=int(bool(left & (FORMER_WORDS | {"ex"}))))
                if denied:
                    walker.emit(sent, tok, "MemberOf", refs, denied, ctx, extra_neg=1, modality="asserted")


def extract_sentences(segments: list[tuple[Doc, int]], index: MentionIndex, lex: Lexicon,
                      doc_date: str | None) -> tuple[list[RawStatement], list[Role]]:
    """Run every walker over every sentence of a document's segments.

    Args:
        segments: ``(spaCy Doc, offset in the document text)`` pairs.
        index: the document's :class:`MentionIndex`.
        lex: the lexicon.
        doc_date: the document's date (for dates without a year).

    Returns:
        The statements and the roles found.
    """
    statements: list[RawStatement] = []
    roles: list[Role] = []
    for seg_no, (doc, offset) in enumerate(segments):
        walker = _Walker(lex, index, seg_no, offset, doc_date, roles=roles)
        prev_sent: Span | None = None
        for sent in doc.sents:
            if len(sent) > 150:
                continue  # run-on text with no sentence structure: nothing reliable to read
            for tok in index.sentence_tokens(sent, seg_no):
                lemma = tok.lemma_.lower()
                if lemma in {"sideline", "sidelines"} and tok.pos_ == "NOUN":
                    walker.sidelines(sent, tok)
                if tok.lower_ == "since" and tok.dep_ == "prep":
                    walker.since_act(sent, tok)  # (after the verb it hangs on, which is read first)
                if lemma in DEFIED and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "despite":
                    walker.defied(sent, tok)
                if lemma in BIDDINGS and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
                    walker.bidden(sent, tok)  # "sent troops at Yerevan's request"
                if tok.dep_ == "amod" and "-" in tok.text.strip("-"):
                    walker.hyphen_act(sent, tok)  # "U.N.-backed mission" as one token (also when tagged a verb)
                # (a participle the model tagged as an adjective: "bankrolled and armed Hamas")
                as_verb = _tagged_adjective(tok, lex.verbs) if tok.pos_ == "ADJ" else None
                if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "ADJ" and (
                        tok.tag_ == "VBN" or tok.lower_ in STATIVE_ADJECTIVES or as_verb is not None)):
                    if lemma in {"use", "go", "flow"}:
                        walker.use_trigger(sent, tok)
                    if lemma in {"put", "pour", "pump", "inject", "plough", "plow", "sink"}:
                        walker.money_into(sent, tok)
                    if lemma in lex.words("evaluation", "verbs") or walker.dismissed_as(tok):
                        walker.evaluation_trigger(sent, tok)
                    if lemma in lex.words("designation", "verbs"):
                        walker.designation(sent, tok)
                    if lemma in {"refuse", "decline"}:
                        walker.bare_refusal(sent, tok)
                    if lemma in REVERSING_LIGHT:
                        walker.lifted_own(sent, tok)
                    if lemma in {"warn", "caution", "threaten", "vow"}:
                        walker.warning(sent, tok)
                    if lemma in {"freeze", "seize", "confiscate", "block"}:
                        walker.asset_freeze(sent, tok)
                    if lemma in RECEIVING - {"receive", "extract", "gain"}:
                        walker.received(sent, tok)  # "secured a loan from the IMF" ("received": a trigger)
                    if lemma in OBLIGATION_SPEECH:
                        walker.obligation_request(sent, tok)
                    if lemma in BORDER_CLOSING | {"keep", "leave"} | BORDER_CHECKING:
                        walker.border_closure(sent, tok)
                    if lemma in {"follow", "do"}:
                        walker.followed_suit(sent, tok)
                    if lemma in {"recall", "expel", "withdraw", "declare", "order", "return", "send"}:
                        walker.envoy_recall(sent, tok)
                    if lemma in {"expel", "kick", "push", "throw", "force", "order"}:
                        walker.troop_expulsion(sent, tok)
                    if lemma in REVOKING | GRANTING:
                        walker.licensing(sent, tok)
                    if lemma in {"open", "reopen", "re-open", "close", "shut", "shutter", "restore"}:
                        walker.embassy_move(sent, tok)
                    if lemma in CUTTING:
                        walker.trade_cut(sent, tok)
                    if lemma in TRADE_VERBS:
                        walker.goods_trade(sent, tok)
                    if lemma in ADVOCATING | ASKING_FOR:
                        walker.advocacy(sent, tok)
                    if lemma in {"say", "add", "declare", "state", "insist"}:
                        walker.reported_judgement(sent, tok)
                        walker.reported_violation(sent, tok)
                    if lemma in {"host", "shelter", "house", "take", "accept", "receive", "welcome", "absorb"}:
                        walker.refuge(sent, tok)
                    if lemma in {"enter", "cross", "move", "push", "advance", "march", "roll", "pour", "storm", "fight"}:
                        walker.incursion(sent, tok)
                    if lemma in {"come", "rush", "leap", "spring", "jump"}:
                        walker.came_to_defence(sent, tok)
                    if lemma == "use":
                        walker.force_used(sent, tok)
                    if lemma == "retaliate" or (lemma in RETALIATING and any(
                            c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in tok.children) and not any(
                            c.dep_ in {"dobj", "nsubjpass"} for c in tok.children)):
                        walker.retaliation(sent, tok)  # ("Kyrgyz troops struck back with drones")
                    if lemma in PACT_VERBS:
                        walker.pact_partner(sent, tok)
                    if lemma in {"keep", "leave", "hold"}:
                        walker.kept_open(sent, tok)
                    if lemma in {"keep", "have", "maintain", "operate", "run"}:
                        walker.bases_in(sent, tok)
                    if lemma in {"keep", "have", "maintain", "station", "base", "deploy", "post"}:
                        walker.troops_in(sent, tok)
                    if lemma in {"pledge", "vow", "promise", "commit", "undertake", "agree"}:
                        walker.pledge_under(sent, tok)
                    if lemma in {"hold", "take", "assume"}:
                        walker.chair_held(sent, tok)
                    if lemma in {"regard", "consider", "see", "view", "treat"}:
                        walker.regard_as(sent, tok)
                    if lemma == "take":
                        walker.take_sides(sent, tok)
                    if lemma in {"stand", "get"}:
                        walker.stood_in_way(sent, tok)
                    if lemma in DRAWING_CLOSER | {"turn", "lean"}:
                        walker.rapprochement(sent, tok)
                    if lemma in {"take", "bring", "refer", "submit"}:
                        walker.referral(sent, tok)
                    if lemma == "be":
                        walker.against(sent, tok)
                    if lemma in {"continue", "resume", "conduct", "hold", "stage", "stag", "carry", "run", "launch", "work",
                                 "open", "begin", "start", "restart", "act", "serve"}:
                        # ("stag": the model's lemma of "staged")
                        walker.conduct(sent, tok)
                    if lemma in {"abstain", "use", "cast", "wield", "exercise"}:
                        walker.vote_act(sent, tok)
                    if lemma in {"grant", "give", "offer", "deny", "refuse", "guarantee", "provide", "allow", "permit"}:
                        walker.access_grant(sent, tok)
                    if lemma in HYPHEN_ACTS:
                        walker.hyphen_act(sent, tok)
                    if lemma == "link":
                        walker.linked_to(sent, tok)
                    if lemma in LISTING | DELISTING:
                        walker.listed(sent, tok)
                    if lemma in DESIGNATING:
                        walker.designated(sent, tok)
                    if lemma in FORGIVING:
                        walker.debt_relief(sent, tok)
                    if lemma in {"negotiate", "sign", "agree", "draft", "reach", "conclude", "hold", "broker",
                                 "adopt", "approve"} and tok.tag_ == "VBN":
                        walker.without_party(sent, tok)
                    trig = lex.verbs.get(STATIVE_ADJECTIVES.get(tok.lower_, lemma) if tok.pos_ == "ADJ" else lemma)
                    if trig is None and as_verb is not None:
                        trig = lex.verbs.get(as_verb)
                    if _turned_down(tok):
                        trig = lex.verbs.get("reject")  # "turned down the offer" rejects it
                    if trig is not None and trig.relation == "Threaten" and any(c.dep_ == "auxpass" for c in tok.children) \
                            and any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in tok.children):
                        trig = None  # "Taiwan will not be intimidated by China": a refusal to yield, not no threat
                    if lemma == "back" and any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"off", "down", "away", "out"}
                                               for c in tok.children):
                        trig = None  # "backed off its pledge", "backed down": no backing
                    if trig is None and lemma in {"launch", "lob", "hurl"} and any(
                            c.dep_ == "dobj" and lex.theme_class(" ".join(t.lower_ for t in c.subtree if t.i <= c.i)) == "military"
                            for c in tok.children):
                        trig = lex.verbs.get("fire")  # "launched missiles at Israel", as "fired missiles at" does
                    if trig is not None and trig.relation == "Attack" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and (any(
                            c.dep_ in {"dobj", "nsubjpass"} and (t := lex.nouns.get(c.lemma_.lower())) is not None
                            and t.relation == "Sanction" for c in tok.head.children)
                            or tok.head.lemma_ in REVERSING_LIGHT | {"ban", "halt", "restrict", "raise", "impose"}
                            or getattr(lex.verbs.get(tok.head.lemma_.lower()), "relation", "Attack") not in {"Attack", "@theme"}):
                        # "imposed export controls on gallium, hitting US chipmakers", "banned rice exports,
                        # hitting Bangladesh": the measure's toll, no attack
                        trig = None
                    if trig is not None:
                        walker.reversal_stance(sent, tok, trig)
                        walker.verb_trigger(sent, tok, trig)
                elif tok.pos_ in {"NOUN", "PROPN"}:
                    if lemma in {"party", "signatory"}:
                        walker.party_to(sent, tok)
                    if lemma in {"clash", "skirmish", "exchange", "fighting", "hostility", "firefight", "battle"}:
                        walker.clash(sent, tok)
                    if lemma == "trade":
                        walker.trade_partner(sent, tok)
                    if lemma in JOINT_ACTIVITIES:
                        walker.joint_activity(sent, tok)
                    if lemma in {"mission", "operation", "force"}:
                        walker.mission_owner(sent, tok)
                    if lemma in UNITS or lemma.removesuffix("s") in UNITS:  # (a sentence's first "Contingents")
                        walker.contingents(sent, tok)
                    trig = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
                    if trig is None and lemma.startswith("counter") and (
                            (t := lex.nouns.get(lemma.removeprefix("counter").lstrip("-"))) is not None
                            and t.relation in {"Sanction", "Attack"}):
                        trig = t  # "counter-tariffs on U.S. goods", "a counteroffensive against X"
                    if trig is not None and trig.relation == "Attack" and any(
                            c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i and c.lemma_.lower() in FIGURATIVE_FIGHTS
                            for c in tok.children):
                        trig = None  # "waged a trade war / disinformation war", "a diplomatic offensive": no force
                    if trig is None and lemma in {"measure", "step"} and any(
                            c.dep_ in {"amod", "compound"} and c.lower_ in RESTRICTIVE for c in tok.children):
                        trig = lex.nouns.get("sanction")  # "imposed restrictive measures on Kosovo"
                    if trig is None and lemma == "freeze" and any(c.lemma_.lower() == "asset" for c in tok.children):
                        trig = lex.nouns.get("sanction")  # "imposed an asset freeze on the Wagner Group"
                    if trig is not None:
                        walker.noun_trigger(sent, tok, trig)
            iter_memberships(sent, index, seg_no, walker)
            walker.reversal(sent, prev_sent)
            prev_sent = sent
            roles.extend(iter_roles(sent, index, seg_no, offset, lex, doc_date))
            roles.extend(iter_title_roles(sent, index, seg_no, offset, lex, doc_date))
            roles.extend(iter_led_roles(sent, index, seg_no, offset, doc_date))
            roles.extend(iter_possessed_leaders(sent, index, seg_no, offset, doc_date))
            roles.extend(iter_description_roles(sent, index, seg_no, offset, lex, doc_date))
        statements.extend(walker.out)
    return statements, roles
