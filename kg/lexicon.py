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

__all__ = ["Trigger", "Lexicon", "load_lexicon", "LEXICON_PATH"]

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.toml"
THEME_RELATIONS = {
    "military": "ProvideMilitaryAid",
    "money": "Fund",
    "humanitarian": "ProvideAid",
    "personnel": "Participate",
    "territory": "Allow",
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
