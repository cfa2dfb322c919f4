"""Names of states and organisations the project knows, from data it ships.

``kg/data/countries.tsv`` (ISO code, Wikidata id, name, aliases, capitals and seats of
power, demonyms), ``kg/data/organizations.tsv`` (id, Wikidata id, name, aliases,
members) and ``kg/data/leaders.tsv`` (who led which state or body, and when) are read
once per process. pycountry fills in official names. Nothing is fetched.

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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.lexicon import word_list

__all__ = ["Known", "Office", "Gazetteer", "load_gazetteer", "normalize"]

DATA = Path(__file__).resolve().parent / "data"
# names two states share, the one English news means by default first: "Congo" is the DR
# Congo unless the story names only the Republic of the Congo ("Brazzaville")
SHARED_NAMES: dict[str, tuple[str, ...]] = {"congo": ("state:CD", "state:CG"), "congolese": ("state:CD", "state:CG")}
# word classes, read from kg/data/words.toml [gazetteer], where each is explained
FAMILY_NAME_FIRST = word_list("gazetteer", "family_name_first")
SEATED_BODY_WORDS = word_list("gazetteer", "seated_body_words")


@lru_cache(maxsize=1 << 16)
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


@dataclass(frozen=True, slots=True)
class Office:
    """A head of a state or an organisation, from ``leaders.tsv``: who led what, and when."""

    affiliation: str  # "state:CN" / "org:nato"
    office: str  # "head of state", "head of government", …, "head of organisation"
    start: int
    end: int | None  # None: still in office when the table was written


@dataclass
class Gazetteer:
    """Surface form (normalised) -> :class:`Known`."""

    names: dict[str, Known] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # org key -> state keys
    state_of: dict[str, str] = field(default_factory=dict)  # national agency key -> its state's key
    by_key: dict[str, Known] = field(default_factory=dict)
    offices: dict[str, tuple[Office, ...]] = field(default_factory=dict)  # normalised person name -> offices
    surnames: dict[str, str] = field(default_factory=dict)  # a surname only one leader has -> full name
    posts: dict[str, tuple[Office, ...]] = field(default_factory=dict)  # the same for ministers and spokespeople
    post_surnames: dict[str, str] = field(default_factory=dict)
    # the names of each state that shares a name, but for the shared ones ("kinshasa", "drc")
    own_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # a capital that names a body seated there ("brussels": the EU) -> the state whose capital it is
    seats: dict[str, str] = field(default_factory=dict)
    # the names of the states and bodies that share a seat ("belgium", "belgian"; "eu", "e u")
    seat_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # the words of an organisation's names ("org:unrwa": "relief", "works", "agency", …), by which
    # a description of its kind ("the agency") finds it
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # a city's name (normalised, or one of its other names) -> the key of the state it lies in,
    # from ``cities.tsv`` (GeoNames); names of known states, bodies and capitals are not in it
    cities: dict[str, str] = field(default_factory=dict)

    def led_by(self, name: str, year: int | None = None, *, organisation: bool | None = None,
               surname: bool = True) -> str | None:
        """What a known head of state, government or organisation led: the affiliation key, or ``None``.

        A full name (or, with ``surname``, the surname only one known leader bears) is looked
        up; with several offices, the one held in ``year`` wins, and ``organisation`` keeps only
        offices of organisations (True) or of states (False).

        Example:
            >>> load_gazetteer().led_by("Xi Jinping", 2023)
            'state:CN'
        """
        return _held(self.offices, self.surnames, name, year, organisation, surname)

    def serves(self, name: str, year: int | None = None, *, surname: bool = True) -> str | None:
        """Which state (or body) a known foreign or defence minister or spokesperson serves.

        Example:
            >>> load_gazetteer().serves("Sergei Lavrov", 2022)
            'state:RU'
        """
        return _held(self.posts, self.post_surnames, name, year, None, surname)

    def lookup(self, surface: str) -> Known | None:
        """The known entity a surface form names, or ``None``.

        Example:
            >>> load_gazetteer().lookup("the Kremlin").label
            'Russia'
        """
        return self.names.get(normalize(surface))

    def city(self, surface: str) -> str | None:
        """The key of the state a city of that name lies in (the most populous such city), or ``None``.

        Example:
            >>> load_gazetteer().city("Kharkiv")
            'state:UA'
        """
        return self.cities.get(normalize(surface))

    def for_document(self, text: str) -> Gazetteer:
        """This gazetteer as one document reads it: a name two states share ("Congo") is the
        state the document names by a name of its own, when it names only one of them.

        Example:
            >>> gaz = load_gazetteer()
            >>> gaz.for_document("Congo and Rwanda met.").lookup("Congo").label
            'Democratic Republic of the Congo'
            >>> gaz.for_document("In Brazzaville, Congo's president spoke.").lookup("Congo").label
            'Republic of the Congo'
            >>> gaz.for_document("Belgium recalled its envoy. Brussels said …").lookup("Brussels").label
            'Belgium'
            >>> gaz.for_document("Belgium and the EU met. Brussels said …").lookup("Brussels").label
            'European Union'
        """
        # (a line break is a space, not glue; "Belgium's" names Belgium)
        plain = " ".join(text.replace("’", "'").replace("'s ", " ").split())
        words = f" {normalize(plain)} "
        changed: dict[str, Known] = {}
        for name, keys in SHARED_NAMES.items():
            named = [k for k in keys if any(f" {n} " in words for n in self.own_names.get(k, ()))]
            if len(named) == 1 and named[0] != keys[0]:
                base = self.by_key[named[0]]
                changed[name] = Known(base.key, base.label, base.type, base.wikidata, self.names[name].via)
        for seat, state in self.seats.items():
            body = self.names[seat]
            if any(f" {n} " in words for n in self.seat_names.get(state, ())) and not any(
                    f" {n} " in words for n in self.seat_names.get(body.key, set()) | SEATED_BODY_WORDS):
                # "Belgium suspended cooperation with Rwanda, which cut ties with Brussels": in a
                # story that names the state and never the body, the capital is the state's
                base = self.by_key[state]
                changed[seat] = Known(base.key, base.label, base.type, base.wikidata, "capital")
        if not changed:
            return self
        return replace(self, names={**self.names, **changed})

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
        aliases = _split(row.get("aliases", ""))
        for alias in aliases:
            gaz._add(alias, Known(key, base.label, "Organization", base.wikidata, "alias"), override=True)
        gaz.name_words[key] = frozenset(w for n in (row["name"], *aliases) for w in normalize(n).split())
        members = _split(row.get("members", ""))
        if members:
            gaz.members[key] = frozenset(f"state:{m}" for m in members)
        if row.get("state"):
            gaz.state_of[key] = f"state:{row['state']}"  # a national agency ("CIA"): the state it serves
    for row in countries:
        key = f"state:{row['iso2']}"
        base = gaz.by_key[key]
        for capital in _split(row.get("capitals", "")):
            gaz._add(capital, Known(key, base.label, "State", base.wikidata, "capital"))
            if (seated := gaz.names.get(normalize(capital))) is not None and seated.type == "Organization":
                gaz.seats[normalize(capital)] = key
        for demonym in _split(row.get("demonyms", "")):
            for form in (demonym, demonym + "s"):
                gaz._add(form, Known(key, base.label, "State", base.wikidata, "demonym"))
    gaz.offices, gaz.surnames = _people(gaz, _read_tsv(DATA / "leaders.tsv"))
    gaz.posts, gaz.post_surnames = _people(gaz, _read_tsv(DATA / "officials.tsv"))
    for name, keys in SHARED_NAMES.items():
        base = gaz.by_key[keys[0]]
        gaz.names[name] = Known(base.key, base.label, "State", base.wikidata,
                                "demonym" if name.endswith("ese") else "alias")
    # (after every other name, shared ones too, so that no name of a state or body is a city's)
    gaz.cities = _cities(_read_tsv(DATA / "cities.tsv"), gaz.names)
    seated = set(gaz.seats.values()) | {gaz.names[seat].key for seat in gaz.seats}
    gaz.seat_names = {k: frozenset(n for n, known in gaz.names.items() if known.key == k and n not in gaz.seats)
                      for k in seated}
    shared = {k for keys in SHARED_NAMES.values() for k in keys}
    gaz.own_names = {k: frozenset(n for n, known in gaz.names.items() if known.key == k and n not in SHARED_NAMES)
                     for k in shared}
    return gaz


def _cities(rows: list[dict[str, str]], known: dict[str, Known]) -> dict[str, str]:
    """Normalised city name -> state key; where cities share a name, the most populous one's."""
    best: dict[str, tuple[int, str]] = {}
    plain = normalize.__wrapped__  # (33,000 names would crowd the cache of the names that recur)
    for row in rows:
        population = int(row["population"] or 0)
        for name in (row["name"], *_split(row.get("aliases", ""))):
            norm = plain(name)
            if norm and norm not in known and population > best.get(norm, (-1, ""))[0]:
                best[norm] = (population, f"state:{row['iso2']}")
    return {name: key for name, (_population, key) in best.items()}


def _held(offices: dict[str, tuple[Office, ...]], surnames: dict[str, str], name: str, year: int | None,
          organisation: bool | None, surname: bool) -> str | None:
    norm = normalize(name)
    found = offices.get(norm) or (offices.get(surnames.get(norm, ""), ()) if surname else ())
    if organisation is not None:
        found = tuple(o for o in found if o.affiliation.startswith("org:") == organisation)
    if year is not None and len({o.affiliation for o in found}) > 1:
        held = tuple(o for o in found if o.start <= year <= (o.end or 9999))
        found = held or found
    places = {o.affiliation for o in found}
    if organisation is None and len(places) > 1:
        # "President Xi" heads the state before the party
        places = {p for p in places if p.startswith("state:")} or places
    return places.pop() if len(places) == 1 else None


def _people(gaz: Gazetteer, rows: list[dict[str, str]]) -> tuple[dict[str, tuple[Office, ...]], dict[str, str]]:
    """Office holders by every name they go by, and the surnames only one of them (or one
    state's) bears."""
    offices: dict[str, list[Office]] = {}
    canonical: dict[str, str] = {}  # any of a person's names -> the table's name for them
    for row in rows:
        code = row["affiliation"]
        key = f"state:{code}" if code.isupper() else f"org:{code}"  # ISO codes are upper case, org ids not
        if key not in gaz.by_key:
            continue  # (a code the other tables do not know: left out rather than guessed)
        end = int(row["to"]) if row.get("to") else None
        office = Office(key, row["office"], int(row["from"]), end)
        full = normalize(row["name"])
        for name in {full, *(normalize(a) for a in _split(row.get("aliases", "")))}:
            offices.setdefault(name, []).append(office)
            canonical.setdefault(name, full)
    people_offices = {name: tuple(found) for name, found in offices.items()}
    by_surname: dict[str, set[str]] = {}
    for name, found in people_offices.items():
        parts = name.split()
        if len(parts) >= 2 and len(parts[-1]) >= 4:
            by_surname.setdefault(parts[-1], set()).add(name)
        if len(parts) >= 2 and any(o.affiliation in FAMILY_NAME_FIRST for o in found):
            by_surname.setdefault(parts[0], set()).add(name)  # "President Xi", "President Yoon"
    # a surname is enough only when one leader bears it and it names no state or body
    people = {name: frozenset(o.affiliation for o in found) for name, found in people_offices.items()}
    # (the table's own name for the person, so that the choice is the same on every run)
    surnames = {s: min(canonical[n] for n in names) for s, names in by_surname.items()
                if len({people[n] for n in names}) == 1 and s not in gaz.names and s not in people_offices}
    return people_offices, surnames
