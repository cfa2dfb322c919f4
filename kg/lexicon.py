"""The extraction lexicon (``kg/data/lexicon.toml``) as typed, read-only tables.

Example:
    >>> lex = load_lexicon()
    >>> lex.verbs["veto"].relation
    'Block'
    >>> lex.theme_class("military support")
    'military'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Trigger", "Lexicon", "load_lexicon", "LEXICON_PATH", "WORDS_PATH", "word_list", "word_table", "word_groups"]

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.toml"
WORDS_PATH = Path(__file__).resolve().parent / "data" / "words.toml"
THEME_RELATIONS = {
    "military": "ProvideMilitaryAid",
    "money": "Fund",
    "humanitarian": "ProvideAid",
    "personnel": "Participate",
    "territory": "Allow",
    "permission": "Allow",
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A verb or noun that expresses a relation, with where its object is found."""

    lemma: str
    relation: str  # a relation name or "@theme"
    object: tuple[str, ...]
    particle: str | None = None
    polarity: str = "positive"
    modality: str | None = None
    agent: bool = False
    default: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Every table of the lexicon file."""

    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    themes: dict[str, tuple[str, ...]]
    sections: dict[str, dict[str, list[str]]]
    # word lists already made sets (the extractor asks for the same lists for every token)
    _sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _groups: dict[tuple[str, str], dict[str, frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)

    def words(self, section: str, key: str) -> frozenset[str]:
        """A word list of a section, e.g. ``words("negators", "control")``."""
        found = self._sets.get((section, key))
        if found is None:
            found = self._sets[(section, key)] = frozenset(self.sections.get(section, {}).get(key, ()))
        return found

    def offices(self) -> frozenset[str]:
        """Every title of a leader or an official, e.g. ``"president" in load_lexicon().offices()``."""
        found = self._sets.get(("roles", "leader|official"))
        if found is None:
            found = self._sets[("roles", "leader|official")] = self.words("roles", "leader") | self.words("roles", "official")
        return found

    def office_heads(self) -> frozenset[str]:
        """The last word of every title in :meth:`offices` ("minister" of "foreign minister")."""
        found = self._sets.get(("roles", "heads of leader|official"))
        if found is None:
            found = self._sets[("roles", "heads of leader|official")] = frozenset(t.split()[-1] for t in self.offices())
        return found

    def groups(self, section: str, key: str) -> dict[str, frozenset[str]]:
        """Named lists of a section, e.g. ``groups("actors", "regions")["gulf"]`` (made sets once,
        as :meth:`words` are: a description asks for them every time)."""
        found = self._groups.get((section, key))
        if found is None:
            table = self.sections.get(section, {}).get(key, {})
            found = self._groups[(section, key)] = {name: frozenset(words) for name, words in table.items()} \
                if isinstance(table, dict) else {}
        return found

    def table(self, section: str, key: str) -> dict[str, str]:
        """A mapping of a section, e.g. ``table("roles", "national_titles")["treasury secretary"]``."""
        found = self.sections.get(section, {}).get(key, {})
        return dict(found) if isinstance(found, dict) else {}

    def theme_class(self, phrase: str) -> str | None:
        """Which kind of thing a phrase names: military, money, humanitarian, personnel, territory.

        The longest matching theme word wins, so "military aid" is military, "aid" humanitarian.

        Example:
            >>> load_lexicon().theme_class("financial assistance")
            'money'
        """
        phrase = phrase.lower()
        words = set(phrase.split())
        words |= {w[:-1] for w in words if w.endswith("s")}
        best: tuple[int, str] | None = None
        for cls, entries in self.themes.items():
            for entry in entries:
                hit = entry in phrase if " " in entry else entry in words
                if hit and (best is None or len(entry) > best[0]):
                    best = (len(entry), cls)
        return best[1] if best else None


def _triggers(table: dict) -> dict[str, Trigger]:
    out = {}
    for lemma, spec in table.items():
        out[lemma] = Trigger(
            lemma=lemma,
            relation=spec["relation"],
            object=tuple(spec.get("object", ("dobj",))),
            particle=spec.get("particle"),
            polarity=spec.get("polarity", "positive"),
            modality=spec.get("modality"),
            agent=bool(spec.get("agent", False)),
            default=spec.get("default"),
        )
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Read and check the lexicon file (cached).

    Example:
        >>> "refuse" in load_lexicon().words("negators", "control")
        True
    """
    from kg.vocab import RELATIONS

    data = tomllib.loads(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    verbs, nouns = _triggers(data.pop("verbs")), _triggers(data.pop("nouns"))
    for trig in (*verbs.values(), *nouns.values()):
        if trig.relation != "@theme" and trig.relation not in RELATIONS:
            raise ValueError(f"lexicon: {trig.lemma!r} names unknown relation {trig.relation!r}")
    themes = {k: tuple(v) for k, v in data.pop("themes").items()}
    return Lexicon(verbs=verbs, nouns=nouns, themes=themes, sections=data)


@lru_cache(maxsize=4)
def _word_file(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _word_entry(section: str, key: str, path: Path | None, kind: type) -> list | dict:
    path = path or WORDS_PATH
    found = _word_file(path).get(section, {}).get(key)
    what = "list" if kind is list else "table"
    if found is None:
        raise LookupError(f"{path}: no word {what} {key!r} in [{section}]; restore it from the repository "
                          f"(git checkout -- kg/data/words.toml) or add it")
    if not isinstance(found, kind):
        raise TypeError(f"{path}: [{section}] {key} must be a {what}")
    return found


def word_list(section: str, key: str, path: Path | None = None) -> frozenset[str]:
    """A word class of ``kg/data/words.toml`` that a module's walkers read.

    Example:
        >>> "postpone" in word_list("extract", "postponing")
        True
    """
    return frozenset(_word_entry(section, key, path, list))


def word_table(section: str, key: str, path: Path | None = None) -> dict[str, str]:
    """A word table of ``kg/data/words.toml`` (a word and what it stands for), a fresh copy.

    Example:
        >>> word_table("extract", "hyphen_acts")["back"]
        'Support'
    """
    return dict(_word_entry(section, key, path, dict))


def word_groups(section: str, key: str, path: Path | None = None) -> dict[str, frozenset[str]]:
    """Named word lists of ``kg/data/words.toml``, in the file's order (the first group that has
    a word is its group).

    Example:
        >>> next(iter(word_groups("mentions", "families")))
        'agreement'
    """
    found = _word_entry(section, key, path, dict)
    if not all(isinstance(words, list) for words in found.values()):
        raise TypeError(f"{path or WORDS_PATH}: [{section}.{key}] must hold lists of words")
    return {name: frozenset(words) for name, words in found.items()}
