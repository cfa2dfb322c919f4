"""Names of states and organisations the project knows, from data it ships.

``kg/data/countries.tsv`` (ISO code, Wikidata id, name, aliases, capitals and seats of
power, demonyms) and ``kg/data/organizations.tsv`` (id, Wikidata id, name, aliases,
members) are read once per process. pycountry fills in official names. Nothing is fetched.

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("Budapest").key, gaz.lookup("Budapest").via
    ('state:HU', 'capital')
    >>> gaz.lookup("Hungarian").label
    'Hungary'
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Known", "Gazetteer", "load_gazetteer", "normalize"]

DATA = Path(__file__).resolve().parent / "data"


def normalize(text: str) -> str:
    """Lowercase, strip accents, a leading "the", possessive endings and punctuation.

    Example:
        >>> normalize("the Orbán’s")
        'orban'
        >>> normalize("U.S.")
        'us'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower().strip()
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.startswith("the "):
        text = text[4:]
    text = "".join(c if c.isalnum() or c in " -" else "" for c in text)
    return " ".join(text.replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Known:
    """A known state or organisation and how a surface form named it."""

    key: str  # "state:HU" / "org:nato"
    label: str
    type: str  # "State" | "Organization"
    wikidata: str | None
    via: str = "name"  # "name" | "alias" | "capital" | "demonym"


@dataclass
class Gazetteer:
    """Surface form (normalised) -> :class:`Known`."""

    names: dict[str, Known] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # org key -> state keys
    by_key: dict[str, Known] = field(default_factory=dict)

    def lookup(self, surface: str) -> Known | None:
        """The known entity a surface form names, or ``None``.

        Example:
            >>> load_gazetteer().lookup("the Kremlin").label
            'Russia'
        """
        return self.names.get(normalize(surface))

    def is_bloc(self, key: str) -> bool:
        """Whether an organisation has member states (an alliance, a union, a bloc)."""
        return bool(self.members.get(key))

    def _add(self, surface: str, known: Known, *, override: bool = False) -> None:
        norm = normalize(surface)
        if not norm:
            return
        if override or norm not in self.names:
            self.names[norm] = known


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh, delimiter="\t")]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the shipped tables (cached per process).

    Example:
        >>> load_gazetteer().lookup("NATO").type
        'Organization'
    """
    gaz = Gazetteer()
    countries = _read_tsv(DATA / "countries.tsv")
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pycountry = None
    for row in countries:
        key = f"state:{row['iso2']}"
        base = Known(key, row["name"], "State", row.get("qid") or None)
        gaz.by_key[key] = base
        gaz._add(row["name"], base, override=True)
        for alias in _split(row.get("aliases", "")):
            gaz._add(alias, Known(key, base.label, "State", base.wikidata, "alias"))
        if pycountry is not None and len(row["iso2"]) == 2:
            country = pycountry.countries.get(alpha_2=row["iso2"])
            if country is not None:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(country, attr, None)
                    if value:
                        gaz._add(value, Known(key, base.label, "State", base.wikidata, "alias"))
    # organisations come after states so that an org alias ("Brussels") wins over a capital
    for row in _read_tsv(DATA / "organizations.tsv"):
        key = f"org:{row['id']}"
        base = Known(key, row["name"], "Organization", row.get("qid") or None)
        gaz.by_key[key] = base
        gaz._add(row["name"], base, override=True)
        for alias in _split(row.get("aliases", "")):
            gaz._add(alias, Known(key, base.label, "Organization", base.wikidata, "alias"), override=True)
        members = _split(row.get("members", ""))
        if members:
            gaz.members[key] = frozenset(f"state:{m}" for m in members)
    for row in countries:
        key = f"state:{row['iso2']}"
        base = gaz.by_key[key]
        for capital in _split(row.get("capitals", "")):
            gaz._add(capital, Known(key, base.label, "State", base.wikidata, "capital"))
        for demonym in _split(row.get("demonyms", "")):
            for form in (demonym, demonym + "s"):
                gaz._add(form, Known(key, base.label, "State", base.wikidata, "demonym"))
    return gaz
