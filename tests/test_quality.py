"""Extraction quality floors on every gold set, with the real model and the real scorer.

Each set is built end to end (``kg.build``, the same code as ``kg build``) and scored with
``kg.evaluate`` (the same code as ``kg eval``). The floors sit a little under the figures
in the README, so that a change which loses facts, or emits a negated act as positive,
fails here before it reaches a user. Polarity flips must be zero everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.evaluate import evaluate, load_extracted, load_gold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"


def _gold_set(name: str, *floors: float) -> tuple:
    """A set under ``tests/data/<name>``: its articles, its gold and its floors."""
    return (name, DATA / name / "articles", DATA / name / "gold.json", *floors)


# (name, articles, gold, F1 floor[, precision floor, 0.75 unless given])
SETS = [
    ("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.json", 0.83),
    _gold_set("dev", 0.75),
    _gold_set("heldout", 0.79),
    _gold_set("heldout2", 0.58),
    _gold_set("heldout3", 0.72),
    _gold_set("heldout4", 0.44, 0.72),
    _gold_set("heldout5", 0.52, 0.74),
    _gold_set("heldout6", 0.46, 0.65),
    _gold_set("heldout7", 0.55, 0.72),
    _gold_set("heldout8", 0.54),
    _gold_set("heldout9", 0.59),
    _gold_set("heldout10", 0.60),
    _gold_set("heldout11", 0.60),
    _gold_set("heldout12", 0.56),
    _gold_set("heldout13", 0.54),
    _gold_set("heldout14", 0.55, 0.72),
    _gold_set("heldout15", 0.61),
    _gold_set("heldout16", 0.53),
    _gold_set("heldout17", 0.60),
    _gold_set("heldout18", 0.57),
    _gold_set("heldout19", 0.52, 0.72),
    _gold_set("heldout20", 0.59),
    _gold_set("heldout21", 0.46, 0.72),
    _gold_set("heldout22", 0.51),
    _gold_set("heldout23", 0.60),
    _gold_set("heldout24", 0.54),
    _gold_set("heldout25", 0.52, 0.72),
    _gold_set("heldout26", 0.48, 0.72),
    _gold_set("heldout27", 0.47, 0.70),
    _gold_set("heldout28", 0.54),
    _gold_set("heldout29", 0.53),
    _gold_set("heldout30", 0.52),
    _gold_set("heldout31", 0.59),
    _gold_set("heldout32", 0.56),
    _gold_set("heldout33", 0.53, 0.72),
    _gold_set("heldout34", 0.43, 0.68),
    _gold_set("heldout35", 0.51),
    _gold_set("heldout36", 0.47, 0.72),
    _gold_set("heldout37", 0.53),
    _gold_set("heldout38", 0.57),
    _gold_set("heldout39", 0.54),
    _gold_set("heldout40", 0.53),
    _gold_set("heldout41", 0.50),
    _gold_set("heldout42", 0.54),
    _gold_set("heldout43", 0.49),
    _gold_set("heldout44", 0.54),
    _gold_set("heldout45", 0.57),
    _gold_set("heldout46", 0.56),
    _gold_set("heldout47", 0.55),
    _gold_set("heldout48", 0.54),
    ("examples", ROOT / "examples", ROOT / "examples" / "gold.json", 0.69),
]
# Scored "flips" that are not errors, each checked by hand. In held-out set 3 an article says
# the junta committed to a peace plan (gold: Commit, positive) and, later, that it failed to
# implement it (extracted: Commit, negative): both are in the text, and the scorer counts the
# pair as a flip. The annotator's gold is left as written. A former office-holder: the
# annotators of sets 4, 12, 32, 41 and 47 mark "a former minister", "former Vice President
# X" as a negative OfficialOf, and the extractor follows them (as it follows the annotators of
# sets 4, 5, 8, 10 and 12 for leaders: a former president leads no longer); set 3's annotator
# marks "Former Thai foreign minister X" positive, and set 19's "former President Rafael
# Correa". A former analyst or adviser still counts among the body's people, as the seed gold
# has it ("former senior Pentagon security analyst X").
# In set 15 "U.S. lawmakers have tried to block arms sales" (positive) stands beside "the
# administration has not halted the deals" (the annotator's negative): two parts of one
# state, both in the text. In set 17 "Venezuela pushed
# ahead with plans to annex Guyana's Essequibo region" gives a positive intended Attack; the
# gold has only "an actual invasion was unlikely" (negative): both readings are in the text.
# (Set 12 had one, "the EU should stay out of the process" read as the last talks named, until
# a singular anaphor stopped pointing back at a bare plural. Sets 14 and 39 had one each until
# a passive "it" that is ratified became the treaty, not a country, and a revoked accord became
# ended ties, not a denied agreement.)
KNOWN_CONFLICTS = {"heldout3": {("Myanmar", "Commit", "peace plan"), ("Don Pramudwinai", "OfficialOf", "Bangkok")},
                   "heldout17": {("Caracas", "Attack", "Georgetown")},
                   "heldout19": {("Rafael Correa", "LeaderOf", "Ecuador")},
                   "heldout15": {("The United States", "Block", "arms sales")}}


@pytest.mark.parametrize("name, articles, gold, floor, precision_floor",
                         [(*s, 0.75)[:5] for s in SETS], ids=[s[0] for s in SETS])
def test_quality_floor_and_no_polarity_flip(tmp_path, name, articles, gold, floor, precision_floor):
    if not gold.exists():
        pytest.skip(f"{gold} is not here (../shared sits beside the clone in CI)")
    build([articles], tmp_path / name, cache=False)
    report = evaluate(load_gold(gold), load_extracted(tmp_path / name / "graph.ttl"))
    overall = report.overall
    flips = [f for f in report.flips if (f["s"], f["r"], f["o"]) not in KNOWN_CONFLICTS.get(name, set())]
    assert not flips, f"{name}: a negated act emitted as positive (or the reverse): {flips}"
    assert overall.f1 >= floor, f"{name}: F1 {overall.f1:.3f} fell under {floor}"
    assert overall.precision >= precision_floor, \
        f"{name}: precision {overall.precision:.3f} fell under {precision_floor}"
