"""The word classes of kg/data/words.toml: each read by its module, none left as a literal in code."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from kg.lexicon import WORDS_PATH, word_list, word_table

KG = Path(__file__).resolve().parents[1] / "kg"
WORDS = tomllib.loads(WORDS_PATH.read_text(encoding="utf-8"))


def test_every_word_class_is_read_by_its_module_and_every_read_exists():
    for section, entries in WORDS.items():
        source = (KG / f"{section}.py").read_text(encoding="utf-8")
        read = set(re.findall(rf'word_(?:list|table|groups)\("{section}", "([a-z_]+)"\)', source))
        assert read == set(entries), (section, sorted(read ^ set(entries)))


def test_word_lists_are_lowercase_and_free_of_repeats():
    for section, entries in WORDS.items():
        for key, words in entries.items():
            words = list(words)
            assert len(words) == len(set(words)), (section, key)
            if section != "gazetteer":  # the gazetteer's list names states by id
                assert all(w == w.lower() and w.strip() == w and w for w in words), (section, key)


def test_no_module_keeps_a_word_list_as_a_literal():
    # a module-level set of three or more lowercase words belongs in words.toml
    for module in ("extract", "mentions", "resolve", "nlp", "gazetteer"):
        tree = ast.parse((KG / f"{module}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            for found in ast.walk(node.value):
                if isinstance(found, ast.Set) and len(found.elts) >= 3 and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.islower()
                        and e.value.isascii() and " " not in e.value and e.value.isalpha() for e in found.elts):
                    raise AssertionError(f"kg/{module}.py:{node.lineno}: move this word list to kg/data/words.toml")


def test_word_classes_are_read_as_sets_and_tables():
    assert "postpone" in word_list("extract", "postponing")
    assert isinstance(word_list("extract", "postponing"), frozenset)
    assert word_table("extract", "hyphen_acts")["back"] == "Support"


def test_a_missing_or_misshapen_word_class_says_where_and_what_to_do(tmp_path):
    path = tmp_path / "words.toml"
    path.write_text('[extract]\npostponing = "postpone"\n', encoding="utf-8")
    with pytest.raises(LookupError, match=r"no word list 'delivering' in \[extract\].*git checkout"):
        word_list("extract", "delivering", path)
    with pytest.raises(TypeError, match=r"postponing must be a list"):
        word_list("extract", "postponing", path)
