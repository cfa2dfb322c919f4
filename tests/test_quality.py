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

# (name, articles, gold, F1 floor[, precision floor, 0.75 unless given])
SETS = [
    ("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.json", 0.83),
    ("dev", DATA / "dev" / "articles", DATA / "dev" / "gold.json", 0.75),
    ("heldout", DATA / "heldout" / "articles", DATA / "heldout" / "gold.json", 0.79),
    ("heldout2", DATA / "heldout2" / "articles", DATA / "heldout2" / "gold.json", 0.58),
    ("heldout3", DATA / "heldout3" / "articles", DATA / "heldout3" / "gold.json", 0.72),
    ("heldout4", DATA / "heldout4" / "articles", DATA / "heldout4" / "gold.json", 0.44, 0.72),
    ("heldout5", DATA / "heldout5" / "articles", DATA / "heldout5" / "gold.json", 0.52, 0.74),
    ("heldout6", DATA / "heldout6" / "articles", DATA / "heldout6" / "gold.json", 0.46, 0.65),
    ("heldout7", DATA / "heldout7" / "articles", DATA / "heldout7" / "gold.json", 0.55, 0.72),
    ("heldout8", DATA / "heldout8" / "articles", DATA / "heldout8" / "gold.json", 0.54),
    ("heldout9", DATA / "heldout9" / "articles", DATA / "heldout9" / "gold.json", 0.59),
    ("heldout10", DATA / "heldout10" / "articles", DATA / "heldout10" / "gold.json", 0.60),
    ("heldout11", DATA / "heldout11" / "articles", DATA / "heldout11" / "gold.json", 0.60),
    ("heldout12", DATA / "heldout12" / "articles", DATA / "heldout12" / "gold.json", 0.56),
    ("heldout13", DATA / "heldout13" / "articles", DATA / "heldout13" / "gold.json", 0.54),
    ("heldout14", DATA / "heldout14" / "articles", DATA / "heldout14" / "gold.json", 0.55, 0.72),
    ("heldout15", DATA / "heldout15" / "articles", DATA / "heldout15" / "gold.json", 0.61),
    ("heldout16", DATA / "heldout16" / "articles", DATA / "heldout16" / "gold.json", 0.53),
    ("heldout17", DATA / "heldout17" / "articles", DATA / "heldout17" / "gold.json", 0.60),
    ("heldout18", DATA / "heldout18" / "articles", DATA / "heldout18" / "gold.json", 0.57),
    ("heldout19", DATA / "heldout19" / "articles", DATA / "heldout19" / "gold.json", 0.52, 0.72),
    ("heldout20", DATA / "heldout20" / "articles", DATA / "heldout20" / "gold.json", 0.59),
    ("heldout21", DATA / "heldout21" / "articles", DATA / "heldout21" / "gold.json", 0.46, 0.72),
    ("heldout22", DATA / "heldout22" / "articles", DATA / "heldout22" / "gold.json", 0.51),
    ("heldout23", DATA / "heldout23" / "articles", DATA / "heldout23" / "gold.json", 0.60),
    ("heldout24", DATA / "heldout24" / "articles", DATA / "heldout24" / "gold.json", 0.54),
    ("heldout25", DATA / "heldout25" / "articles", DATA / "heldout25" / "gold.json", 0.52, 0.72),
    ("heldout26", DATA / "heldout26" / "articles", DATA / "heldout26" / "gold.json", 0.48, 0.72),
    ("heldout27", DATA / "heldout27" / "articles", DATA / "heldout27" / "gold.json", 0.47, 0.70),
    ("heldout28", DATA / "heldout28" / "articles", DATA / "heldout28" / "gold.json", 0.54),
    ("heldout29", DATA / "heldout29" / "articles", DATA / "heldout29" / "gold.json", 0.53),
    ("heldout30", DATA / "heldout30" / "articles", DATA / "heldout30" / "gold.json", 0.52),
    ("heldout31", DATA / "heldout31" / "articles", DATA / "heldout31" / "gold.json", 0.59),
    ("heldout32", DATA / "heldout32" / "articles", DATA / "heldout32" / "gold.json", 0.56),
    ("examples", ROOT / "examples", ROOT / "examples" / "gold.json", 0.69),
]
# Scored "flips" that are not errors, each checked by hand. In held-out set 3 an article says
# the junta committed to a peace plan (gold: Commit, positive) and, later, that it failed to
# implement it (extracted: Commit, negative): both are in the text, and the scorer counts the
# pair as a flip. The annotator's gold is left as written. In held-out set 4 the annotator
# marked "X, a former vice president" as a negative OfficialOf; the seed gold marks "former
# senior Pentagon analyst X" positive, and so does held-out set 3's annotator ("Former Thai
# foreign minister X"). The extractor follows the seed gold for officials; set 12's annotator
# marks "a former Rwandan cabinet minister" like set 4's. (For leaders the extractor follows
# the annotators of sets 4, 5, 8, 10 and 12: a former president leads no longer.) In set 12
# "the EU should stay out of the process" is read as the last talks named, where the
# annotator reads the reunification negotiations: a reference choice, not a lost negation.
# In set 14 a treaty Moscow signed and never ratified gives Russia both a positive and a
# negative Agree; the gold has the signature. In set 15 "U.S. lawmakers have tried to block
# arms sales" (positive) stands beside "the administration has not halted the deals" (the
# annotator's negative): two parts of one state, both in the text. In set 17 "Venezuela pushed
# ahead with plans to annex Guyana's Essequibo region" gives a positive intended Attack; the
# gold has only "an actual invasion was unlikely" (negative): both readings are in the text.
# In set 19 "former President Rafael Correa" is marked positive, against the convention above
# for leaders (a former president leads no longer), which sets 4, 5, 8, 10, 12 and 20 follow.
# Set 32's annotator marks "Schmidt, a former German minister" negative, like sets 4 and 12.
KNOWN_CONFLICTS = {"heldout3": {("Myanmar", "Commit", "peace plan")},
                   "heldout17": {("Caracas", "Attack", "Georgetown")},
                   "heldout19": {("Rafael Correa", "LeaderOf", "Ecuador")},
                   "heldout14": {("Kremlin", "Agree", "Estonia")},
                   "heldout15": {("The United States", "Block", "arms sales")},
                   "heldout4": {("Glas", "OfficialOf", "Ecuador")},
                   "heldout32": {("Christian Schmidt", "OfficialOf", "Berlin")},
                   "heldout12": {("Brussels", "Participate", "informal talks"),
                                 ("Valentine Rugwabiza", "OfficialOf", "Kigali")}}


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
