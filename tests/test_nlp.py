"""Tests of kg.nlp with the real English pipeline: sentences, segments, streaming.

Sentence boundaries decide what evidence a statement carries, so the glued sentences of
scraped news ("the alliance.Orban said") must split, abbreviations ("U.S.", "Mr.") must
not, and a line break (a photo credit line) ends a sentence. Segments cut long documents
for spaCy; whatever the cut, offsets must still point into the original text.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.ingest import read_documents
from kg.model import Document
from kg.nlp import MAX_SEGMENT_CHARS, Segment, iter_parsed, iter_segments, load_nlp

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def starts_sentence(doc, char: int) -> bool:
    """Whether the token beginning at character ``char`` of ``doc`` starts a sentence."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    assert span is not None and span[0].idx == char, f"no token starts at {char}: {doc.text[char:char + 20]!r}"
    return bool(span[0].is_sent_start)


def assert_reconstructs(text: str, segments: list[Segment]) -> None:
    """Segments are contiguous, in order, and put back together give ``text`` exactly."""
    assert segments, "no segment"
    assert segments[0].offset == 0
    for before, after in itertools.pairwise(segments):
        assert before.offset + len(before.text) == after.offset
    assert "".join(s.text for s in segments) == text
    for s in segments:
        assert text[s.offset : s.offset + len(s.text)] == s.text


def read_documents_from_text(text: str, name: str = "a.txt") -> list[Document]:
    """Ingest ``text`` as a .txt file the way the build does (real reader, real header parsing)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return list(read_documents([path]))


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary will not take part in the mission of the alliance.Orban said so on Monday.",
            ["Hungary will not take part in the mission of the alliance.", "Orban said so on Monday."],
        ),
        (
            "Financing and arms to Ukraine are not part of this equation.The PM also criticized NATO.",
            ["Financing and arms to Ukraine are not part of this equation.", "The PM also criticized NATO."],
        ),
        (
            "He called the Russian army “battle tested, battle-hardened.”Orban is a realist, he said.",
            ["He called the Russian army “battle tested, battle-hardened.”", "Orban is a realist, he said."],
        ),
        (
            "Hungary said no!Orban then left the room. Was it over?The talks ended at noon.",
            ["Hungary said no!", "Orban then left the room.", "Was it over?", "The talks ended at noon."],
        ),
    ],
    ids=["period", "period-the", "closing-quote", "bang-and-question"],
)
def test_glued_sentences_are_split(nlp, text: str, expected: list[str]) -> None:
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Secretary of State met the Hungarian foreign minister in Budapest on Monday.",
        "Mr. Smith told reporters that Hungary would not send weapons to Ukraine.",
        "The talks between Mr. Orban and the U.S. ambassador ended without an agreement.",
        "Officials of the U.N. Security Council met Dr. Jones in Washington on Friday.",
    ],
    ids=["US", "Mr", "Mr-and-US", "UN-Dr"],
)
def test_abbreviations_do_not_split(nlp, text: str) -> None:
    assert sentences(nlp, text) == [text]


def test_the_text_is_never_changed(nlp) -> None:
    text = "It was the alliance.Orban said “no.”The U.S. agreed.\nPhoto: Reuters"
    doc = nlp(text)
    assert doc.text == text
    assert "".join(tok.text_with_ws for tok in doc) == text


def test_a_newline_ends_a_sentence(nlp) -> None:
    # the opening of seed 001: caption, photo credit line, then the article
    text = (
        "Hungarian Prime Minister Viktor Mihaly Orban\n"
        "Thierry Monas | Getty Images News | Getty Images\n"
        "NATO Secretary-General Jens Stoltenberg said Hungary will neither block nor participate "
        "in the military alliance’s deepening support for Ukraine."
    )
    doc = nlp(text)
    credit = text.index("Thierry")
    article = text.index("NATO Secretary")
    assert starts_sentence(doc, credit)
    assert starts_sentence(doc, article)
    for sent in doc.sents:
        assert not ("Getty" in sent.text and "Stoltenberg" in sent.text), sent.text
        assert not ("Orban" in sent.text and "Getty" in sent.text), sent.text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not found")
def test_glued_sentences_of_a_real_seed_are_split(nlp) -> None:
    (document,) = read_documents([SEEDS / "000_a48b494a6a92e30c.txt"])
    starts = [
        "Orban reiterated his belief",  # "... NATO status.Orban reiterated"
        "The PM also criticized",  # "... this equation.The PM"
        "The Hungarian leader’s intransigence",  # "... a polite hearing.”The Hungarian"
        "Going back further",  # "... to Ukraine.Going back"
        "Budapest’s public-facing",  # "... and London.Budapest’s"
        "Orban is a realist",  # "... battle-hardened.”Orban"
    ]
    parsed = list(iter_parsed([document], nlp))
    for phrase in starts:
        char = document.text.index(phrase)
        (doc, seg), = [(d, s) for d, s in parsed if s.offset <= char < s.offset + len(s.text)]
        assert starts_sentence(doc, char - seg.offset), phrase
        # ... and the sentence before ends with the glued punctuation, not in the middle of it
        before = [s for s in doc.sents if s.end_char == char - seg.offset]
        assert before and before[0].text.rstrip()[-1] in ".”", phrase


# --------------------------------------------------------------------------- segments


def test_short_document_is_one_segment() -> None:
    d = Document("doc-1", "a.txt", "Hungary will not fund the mission.")
    assert list(iter_segments(d)) == [Segment(d, 0, d.text)]


def test_long_text_without_punctuation_is_cut_between_words() -> None:
    words = itertools.cycle(["hungary", "will", "not", "fund", "the", "nato", "mission", "in", "ukraine"])
    text = ""
    while len(text) < 100_000:
        text += next(words) + " "
    text = text[:100_000]
    d = Document("doc-1", "long.txt", text)
    segments = list(iter_segments(d))
    assert_reconstructs(text, segments)
    assert len(segments) >= 100_000 // MAX_SEGMENT_CHARS
    for s in segments:
        assert len(s.text) <= MAX_SEGMENT_CHARS
    for s in segments[:-1]:
        assert s.text.endswith(" "), "a word was cut in two"


def test_text_without_any_space_is_cut_at_the_limit() -> None:
    text = "x" * 100_000
    segments = list(iter_segments(Document("doc-1", "blob.txt", text)))
    assert_reconstructs(text, segments)
    assert [len(s.text) for s in segments] == [MAX_SEGMENT_CHARS] * (100_000 // MAX_SEGMENT_CHARS)


def test_multi_paragraph_text_is_cut_at_paragraph_breaks() -> None:
    paragraph = (
        "Hungary will not take part in the new NATO mission for Ukraine, the prime minister said. "
        "He added that Budapest would not block the decision of the other allies either. "
        "No Hungarian funds will be used to support the mission, the foreign minister said.\n\n"
    )
    text = paragraph * (60_000 // len(paragraph) + 1)
    assert len(text) > 60_000
    segments = list(iter_segments(Document("doc-1", "paras.txt", text)))
    assert_reconstructs(text, segments)
    assert len(segments) >= 3
    for s in segments:
        assert len(s.text) <= MAX_SEGMENT_CHARS
    for s in segments[:-1]:
        assert s.text.endswith("\n\n"), repr(s.text[-40:])


def test_one_long_paragraph_is_cut_at_sentence_ends() -> None:
    sentence = "Hungary will not fund the mission, the minister said on Monday in Budapest. "
    text = sentence * (50_000 // len(sentence))
    segments = list(iter_segments(Document("doc-1", "sents.txt", text)))
    assert_reconstructs(text, segments)
    for s in segments[:-1]:
        assert s.text.endswith("Budapest. "), repr(s.text[-40:])


def test_a_smaller_limit_is_respected() -> None:
    text = "Hungary will not fund the mission. " * 100
    segments = list(iter_segments(Document("doc-1", "a.txt", text), limit=500))
    assert_reconstructs(text, segments)
    assert all(len(s.text) <= 500 for s in segments)


def test_seed_header_is_blanked_but_offsets_stay() -> None:
    text = (
        " date 2024-06-12 https://news.example.org/hungary-nato\n\n"
        "Hungary will not take part\n\n"
        "Hungary will not take part in the new NATO mission, the prime minister said.\n"
    )
    (document,) = read_documents_from_text(text)
    assert document.date == "2024-06-12"
    assert document.body_start > 0
    (segment,) = iter_segments(document)
    assert segment.offset == 0
    assert len(segment.text) == len(document.text)
    assert segment.text[: document.body_start] == " " * document.body_start
    assert segment.text[document.body_start :] == document.text[document.body_start :]
    assert "https" not in segment.text and "2024" not in segment.text


def test_seed_header_is_not_parsed_but_body_offsets_are_exact(nlp) -> None:
    text = (
        " date 2024-06-12 https://news.example.org/hungary-nato\n\n"
        "Hungary will not take part in the new NATO mission, the prime minister said.\n"
    )
    (document,) = read_documents_from_text(text)
    ((doc, segment),) = list(iter_parsed([document], nlp))
    words = [tok for tok in doc if not tok.is_space]
    assert words[0].text == "Hungary"
    assert segment.offset + words[0].idx == text.index("Hungary")
    for tok in words:
        start = segment.offset + tok.idx
        assert document.text[start : start + len(tok.text)] == tok.text
    assert not any("example.org" in tok.text or tok.like_url for tok in doc)


# --------------------------------------------------------------------------- streaming


def test_iter_parsed_streams_several_documents_in_order(nlp) -> None:
    texts = [
        "Hungary will not fund the NATO mission for Ukraine.",
        "The European Union imposed new sanctions on Russia on Monday.",
        "Turkey agreed not to veto the accession of Sweden.",
    ]
    sentence = "Poland sent tanks to Ukraine, the defence minister said in Warsaw. "
    long_paragraph = sentence * (MAX_SEGMENT_CHARS // len(sentence) + 10)
    texts.append(long_paragraph)  # over MAX_SEGMENT_CHARS: two segments
    documents = [Document(f"doc-{i}", f"{i}.txt", t) for i, t in enumerate(texts)]
    pairs = list(iter_parsed(documents, nlp, batch_size=2))
    expected = [seg for d in documents for seg in iter_segments(d)]
    assert len(expected) == len(documents) + 1
    assert [seg for _, seg in pairs] == expected
    for doc, seg in pairs:
        assert doc.text == seg.text
        assert seg.document.text[seg.offset : seg.offset + len(doc.text)] == doc.text
        assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    assert [seg.document.id for _, seg in pairs] == ["doc-0", "doc-1", "doc-2", "doc-3", "doc-3"]


def test_iter_parsed_is_lazy(nlp) -> None:
    pulled: list[int] = []

    def documents():
        for i in range(1000):
            pulled.append(i)
            yield Document(f"doc-{i}", f"{i}.txt", f"Hungary will not fund mission number {i}.")

    stream = iter_parsed(documents(), nlp, batch_size=4)
    doc, seg = next(stream)
    assert seg.document.id == "doc-0"
    assert doc.text == "Hungary will not fund mission number 0."
    assert len(pulled) < 50, f"{len(pulled)} documents read to parse the first one"


# --------------------------------------------------------------------------- loading


def test_load_nlp_has_the_project_components(nlp) -> None:
    assert nlp.has_pipe("kg_glued_sentences")
    names = nlp.pipe_names
    assert names.index("kg_glued_sentences") < names.index("parser")
    assert load_nlp() is nlp  # cached


def test_unknown_model_raises_model_error_with_install_hint() -> None:
    with pytest.raises(ModelError) as info:
        load_nlp("no_such_spacy_model_xyz")
    message = str(info.value)
    assert "no_such_spacy_model_xyz" in message
    assert info.value.hint and "pip install" in info.value.hint
    assert "pip install" in message


def test_lemma_fixes_mend_hoped():
    """The small model lemmatizes "hoped" as "hop"; the pipeline mends it."""
    from kg.nlp import load_nlp

    doc = load_nlp()("He hoped to meet Xi, hoping for a deal.")
    assert [t.lemma_ for t in doc if t.lower_ in {"hoped", "hoping"}] == ["hope", "hope"]


def test_lemma_fixes_mend_readmitted():
    """The small model lemmatizes "readmitted" as "readmitte"; the pipeline mends it."""
    from kg.nlp import load_nlp

    doc = load_nlp()("The bloc readmitted Syria, readmitting it after years.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("readmit")] == ["readmit", "readmit"]


def test_a_present_tense_verb_gets_the_name_the_parser_made_its_modifier():
    """ "Qatar funds Hamas." has *Qatar* a compound of *funds*; "Algeria bankrolls and arms the
    Polisario Front." has *bankrolls* and *arms* plural nouns: the name is the subject, they are verbs."""
    from kg.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("Qatar funds Hamas.")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "funds")
    doc = nlp("Algeria bankrolls and arms the Polisario Front.")
    assert (doc[0].dep_, doc[1].pos_, doc[3].pos_, doc[6].dep_) == ("nsubj", "VERB", "VERB", "dobj")
    doc = nlp("Russia backs the junta.")  # already right: left alone
    assert (doc[0].dep_, doc[1].pos_) == ("nsubj", "VERB")


def test_prefixed_verbs_kept_whole_take_their_stem_s_lemma():
    """ "co-chaired" kept whole is lemmatized "co-chaire" by the model; the stem's lemma mends it."""
    from kg.nlp import load_nlp

    doc = load_nlp()("Japan co-chaired the talks, co-hosted the summit and re-imposed curbs.")
    assert [t.lemma_ for t in doc if "-" in t.text] == ["co-chair", "co-host", "re-impose"]


def test_clause_conjuncts_join_the_speakers_second_verb_to_the_speech_verb():
    """ "He denied that X had done A and did not rule out B": "rule out" is the speaker's own
    (its "did" is not the reported clause's), not a second act of X inside what was denied."""
    from kg.nlp import load_nlp

    doc = load_nlp()("She denied that Hanoi had pressured Vientiane and did not rule out new talks with Laos.")
    rule = next(t for t in doc if t.lower_ == "rule")
    assert (rule.dep_, rule.head.lower_) == ("conj", "denied")
    # a conjunct of a clause with no tense of its own ("let agencies reach") stays where it was
    doc = load_nlp()("Laos said Vietnam would let aid agencies reach the towns and did not rule out new talks.")
    rule = next(t for t in doc if t.lower_ == "rule")
    assert (rule.dep_, rule.head.lower_) == ("conj", "reach")


def test_a_participle_read_as_the_object_s_adjective_is_a_verb(nlp):
    """"funded and armed Hamas": the parser made "armed" an adjective of "Hamas" and "Hamas" a
    conjunct of "funded"; the pipeline makes "armed" the second verb and "Hamas" its object."""
    doc = nlp("Iran has funded and armed Hamas for years.")
    armed, hamas = doc[4], doc[5]
    assert (armed.dep_, armed.head.text, armed.lemma_, armed.pos_) == ("conj", "funded", "arm", "VERB")
    assert (hamas.dep_, hamas.head.text) == ("dobj", "armed")
    # an adjective that is no second verb stays one
    doc = nlp("Iran has funded armed groups in Iraq.")
    assert doc[3].dep_ == "amod"


def test_a_name_split_by_the_noun_after_it_is_put_back_together(nlp):
    """"attend the Group of 20 summit": the parser made "Group" the object and "20 summit" the
    object of its "of"; the pipeline makes the summit the object, with the whole name on it."""
    doc = nlp("Donald Trump said he will not attend the Group of 20 summit in Johannesburg.")
    group, twenty, summit = doc[8], doc[10], doc[11]
    assert (summit.dep_, summit.head.text) == ("dobj", "attend")
    assert (group.dep_, group.head.text) == ("nmod", "summit")
    assert (twenty.dep_, twenty.head.text) == ("pobj", "of")
    assert doc[7].head == summit  # "the"
    # a name whose "of" takes a name of its own stays as it was
    doc = nlp("The Bank of England raised rates.")
    assert (doc[3].dep_, doc[3].head.text, doc[1].dep_) == ("pobj", "of", "nsubj")


@pytest.mark.parametrize("text, word, head", [
    # a second "object" after the comma describes the verb's object that ends there
    ("Wagner has fought against the Coalition of Patriots for Change (CPC), a rebel alliance led by former president "
     "Francois Bozize.", "alliance", "Coalition"),
    # the name right before the comma, not a word far before it
    ("The two leaders signed an action plan and pledged to defend the USMCA, the free trade agreement that binds them.",
     "agreement", "USMCA"),
    # a list of names: the description is the whole list's, hung on its first
    ("The ban covered imports into Poland, Hungary, Slovakia, Romania and Bulgaria, the five EU members closest to "
     "Ukraine.", "members", "Poland"),
    # … but one thing described is the last one named
    ("A committee including France, Lebanon, Israel and UNIFIL, the U.N. peacekeeping force, is meant to investigate "
     "complaints.", "force", "UNIFIL"),
])
def test_a_description_after_a_comma_is_hung_on_what_it_describes(nlp, text, word, head):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert (tok.dep_, tok.head.text) == ("appos", head)

