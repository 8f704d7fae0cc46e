"""The actor knowledge base: countries, capitals, organisations, dated offices and role nouns.

Everything is read once per process from the TSV files in ``newsgraph/data/actors``
(each says where its rows came from) and kept in plain dicts keyed by ``norm(text)``.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.model import Actor

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"
# leader titles that name one office alone ("the chancellor"); leader_titles.tsv says which each country has
LEADER_TITLES = frozenset({"president", "prime minister", "premier", "chancellor"})
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
_ARABIC_ARTICLE = re.compile(r"\b[ae]l[- ]")  # the Arabic article, "El Qasim" or "al-Qasim": Phoenix writes "al qasim"
# our own organisation tables, in order of precedence: the first to list a name wins (police and armed groups last,
# so no name the other tables give changes meaning)
OWN_ORG_TABLES = ("organizations.tsv", "agencies.tsv", "firms.tsv", "law_enforcement.tsv", "armed_groups.tsv")
# "Bank of Japan", "Central Bank of Ruritania", "Reserve Bank of X"; "National Bank of X" is often a commercial bank
_BANK_OF = re.compile(r"^(?:central bank|reserve bank|bank) of (?:the )?(.+)$")
# "Japan's central bank", "the Ruritanian central bank", "Japan central bank"
_CENTRAL_BANK = re.compile(r"^(.+?)(?:'s)? central bank$")
# the words of a date ("17 November", "the 15th of May") and the modifiers of named days ("Black Friday", "Cyber
# Monday", "Super Tuesday", "Good Friday"): a name made of them is a day, never an actor, though a few armed groups
# of the 1970s-80s took such names (Phoenix lists "black friday", "may 15", "21 june": found by a day's mention)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
DAY_MODIFIERS = frozenset({"black", "cyber", "super", "good", "holy", "ash", "bloody", "giving", "blue", "maundy",
                           "palm", "easter", "shrove", "fat", "white", "green"})
_DAY_NUMBER = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|of)$")
# names whose key norm remembers, and word sequences whose role phrase role_phrase remembers (the stages of
# 109 articles ask norm 66,902 times for 8,135 names)
NORM_CACHE = 65_536


@functools.lru_cache(maxsize=NORM_CACHE)
def norm(text: str) -> str:
    """Lower-case key for a name: no leading article, possessive, periods or extra spaces."""
    text = " ".join(text.replace("’", "'").split())
    text = _POSSESSIVE.sub("", _ARTICLE.sub("", text)).replace(".", "").lower()
    return text.replace("‐", "-").replace("–", "-").strip(" ,;:")


def date_name(text: str) -> bool:
    """Whether a name is a date or a named day: a month with a day's number ("17 November", "May 15", "the 15th
    of May") or a day's modifier before a weekday or month ("Black Friday", "Cyber Monday", "Black September");
    not a month or weekday alone ("May" is also a surname)."""
    words = norm(text).split()
    if len(words) < 2 or words[-1] == "of":
        return False
    numbers = [w for w in words if _DAY_NUMBER.match(w)]
    named = [w for w in words if w in MONTHS or w in WEEKDAYS]
    if len(named) != 1:
        return False
    if numbers and len(numbers) + 1 == len(words) and named[0] in MONTHS:
        return True
    return len(words) == 2 and words[0] in DAY_MODIFIERS and words[1] == named[0]


def _within(words: list[str], name: list[str]) -> bool:
    """True when ``words`` appear in ``name`` in order (middle names may be missing)."""
    rest = iter(name)
    return all(word in rest for word in words)


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file with a ``#`` provenance line and a header line."""
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    width = len(header)
    return [dict(zip(header, (line.split("\t") + [""] * width)[:width], strict=True)) for line in lines[1:]]


@dataclass(slots=True)
class Country:
    iso3: str
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    capitals: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Term:
    """One person in one office for a period (``end`` exclusive, empty when still in office)."""

    holder: str
    country: str | None
    sector: str | None
    office: str
    start: str
    end: str

    def covers(self, date: str | None) -> bool:
        """Whether the term includes ``date`` (YYYY-MM-DD...); an unknown date takes the latest terms."""
        if not date:
            return not self.end
        day = date[:10]
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


@dataclass(slots=True)
class Role:
    sector: str | None
    office: str | None
    person: int
    # roles.tsv's placed column: True for a group placed where it acts ("workers", "villagers"), False for one
    # whose whereabouts never give its country ("refugees", "settlers"), None where the table says nothing
    placed: bool | None = None
    # roles.tsv's country column: the one state whose government has this office ("assistant secretary of state")
    country: str | None = None


class KnowledgeBase:
    """Lookups from normalised text to countries, organisations, people and roles."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.country_names: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.orgs: dict[str, Actor] = {}
        self.own_orgs: set[str] = set()
        self.terms_by_name: dict[str, list[Term]] = defaultdict(list)
        self.terms_by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
        self.phoenix: dict[str, list[Term]] = defaultdict(list)
        self.roles: dict[str, Role] = {}
        self.agents: dict[str, Role] = {}  # Phoenix agent nouns: a sector only, after the roles
        self.titles: dict[str, set[str]] = {}  # the leader titles a country's lists hold ("chancellor")
        self.regions: dict[str, str] = {}  # a region's adjective or name -> its country ("catalan" -> ESP)
        self._load_countries()
        self._load_orgs()
        self._load_offices()
        self._load_roles()
        self._load_regions()

    def _load_countries(self) -> None:
        for row in read_tsv("countries.tsv"):
            iso = row["iso3"]
            self.countries[iso] = Country(
                iso, row["name"], float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None, int(row["geonameid"]) if row["geonameid"] else None,
                [c for c in row["capitals"].split("|") if c])
            for name in filter(None, row["names"].split("|")):
                self.country_names.setdefault(norm(name), iso)
            for name in filter(None, row["demonyms"].split("|")):
                self.demonyms.setdefault(norm(name), iso)
            for name in filter(None, row["capitals"].split("|")):
                self.capitals.setdefault(norm(name), iso)
        for iso in self.countries:  # official names win over CountryInfo's variants
            self.country_names[norm(self.countries[iso].name)] = iso
        for row in read_tsv("country_extra.tsv"):
            if row["kind"] == "none":  # a variant CountryInfo lists that is a common word ("island"), no name
                for names in (self.country_names, self.demonyms, self.capitals):
                    if names.get(norm(row["alias"])) == row["iso3"]:
                        del names[norm(row["alias"])]
                continue
            table = {"name": self.country_names, "demonym": self.demonyms}.get(row["kind"], self.capitals)
            table[norm(row["alias"])] = row["iso3"]
            if row["kind"] == "demonym":  # a demonym we set by hand beats CountryInfo's name variants
                self.country_names.pop(norm(row["alias"]), None)
            if row["kind"] == "capital" and row["iso3"] in self.countries:
                self.countries[row["iso3"]].capitals.append(row["alias"])

    def _load_orgs(self) -> None:
        for table in OWN_ORG_TABLES:
            for row in read_tsv(table):
                actor = Actor(row["name"], row["country"].strip() or None, row["sector"] or None)
                for alias in [row["name"], *row["aliases"].split("|")]:
                    if alias:
                        self.orgs.setdefault(norm(alias), actor)
        self.own_orgs = set(self.orgs)
        if (DATA / "orgs_phoenix.tsv").exists():  # older and coarser: only where our own tables are silent
            own = self.own_orgs
            for row in read_tsv("orgs_phoenix.tsv"):
                if date_name(row["name"]):
                    continue  # "black friday", "may 15": a day in news, whatever group once took its name
                earlier = self.orgs.get(row["name"])
                better = earlier is not None and row["name"] not in own and earlier.country is None and row["country"]
                if (earlier is None or better) and (row["country"] or row["sector"]):
                    name = row["name"].title() if row["name"].islower() else row["name"]
                    country = row["country"] or self._named_country(row["name"], row["sector"])
                    self.orgs[row["name"]] = Actor(name, country, row["sector"] or None)

    def _named_country(self, name: str, sector: str) -> str | None:
        """An armed group's country from the one country or demonym its name holds ("palestinian islamic jihad")."""
        if sector not in ("REB", "OPP", "IMG"):
            return None
        words = norm(name).split()
        found = {iso for size in (2, 1) for i in range(len(words) - size + 1)
                 if (iso := self.country_names.get(" ".join(words[i:i + size]))
                     or self.demonyms.get(" ".join(words[i:i + size])))}
        return found.pop() if len(found) == 1 else None

    def _load_offices(self) -> None:
        for row in read_tsv("offices.tsv"):
            term = Term(row["holder"], row["country"] or None, row["sector"] or None, row["office"],
                        row["start"], row["end"])
            for alias in {row["holder"], *filter(None, row["aliases"].split("|"))}:
                self.terms_by_name[norm(alias)].append(term)
            if term.country:
                self.terms_by_office[(term.country, term.office)].append(term)
        for row in read_tsv("leader_titles.tsv"):
            self.titles[row["iso3"]] = set(filter(None, row["titles"].split("|")))
        path = DATA / "persons_phoenix.tsv"
        if path.exists():
            for row in read_tsv("persons_phoenix.tsv"):
                self.phoenix[norm(row["name"])].append(Term(row["name"].title(), row["country"], row["sector"] or None,
                                                      "", row["start"], row["end"]))

    def _load_regions(self) -> None:
        for row in read_tsv("regions.tsv"):
            self.regions[norm(row["word"])] = row["iso3"]

    def _load_roles(self) -> None:
        for row in read_tsv("roles.tsv"):
            role = Role(row["sector"] or None, row["office"] or None, int(row["person"] or 0),
                        {"1": True, "0": False}.get(row["placed"]), row["country"] or None)
            self.roles[row["role"]] = role
            if role.person == 1:  # regular plurals name groups: "prosecutors", "spokesmen"
                plural = Role(role.sector, None, 2)
                word = row["role"]
                for form in (word[:-3] + "men" if word.endswith("man") else word + "s", word + "es"):
                    self.roles.setdefault(form, plural)
        if (DATA / "agents_phoenix.tsv").exists():  # sector-only nouns ("farmers"), where our own table is silent
            for row in read_tsv("agents_phoenix.tsv"):
                if row["agent"] not in self.roles:
                    self.agents[row["agent"]] = Role(row["sector"] or None, None, 0)

    # -- lookups ---------------------------------------------------------------

    def country(self, text: str) -> str | None:
        """ISO3 of a country name or demonym ("Japan", "Japanese", "U.S.")."""
        key = norm(text)
        found = self.country_names.get(key) or self.demonyms.get(key)
        if found is None and key.endswith("s"):  # "Palestinians", "Israelis"
            found = self.demonyms.get(key[:-1])
        return found

    def capital(self, text: str) -> str | None:
        """ISO3 of the country whose capital or seat of government this is."""
        return self.capitals.get(norm(text))

    def country_actor(self, iso3: str, sector: str | None = None) -> Actor:
        """The country itself, or its government/military when a sector is given."""
        name = self.countries[iso3].name if iso3 in self.countries else iso3
        if sector in ("GOV", "MIL"):
            the = "the " if name.startswith(("United", "Republic", "Netherlands", "Philippines")) else ""
            name = f"{'Government' if sector == 'GOV' else 'Military'} of {the}{name}"
        return Actor(name, iso3, sector)

    def org(self, text: str) -> Actor | None:
        """A known organisation, agency or seat of power ("the Pentagon", "NATO"), or a central bank."""
        key = norm(text)
        actor = self.orgs.get(key) if key in self.own_orgs else self.central_bank(text) or self.orgs.get(key)
        return Actor(actor.name, actor.country, actor.sector) if actor else None

    def central_bank(self, text: str) -> Actor | None:
        """A state's central bank, GOV of that state: "Bank of <country>", "<country>'s central bank",
        "the <demonym> central bank" (commercial banks named that way are listed in agencies.tsv)."""
        key = norm(text)
        if "bank" not in key:
            return None
        found = _BANK_OF.match(key)
        iso = self.country_names.get(found.group(1)) if found else None
        found = None if iso else _CENTRAL_BANK.match(key)
        if found:
            owner = found.group(1)
            iso = self.country_names.get(owner) or self.demonyms.get(owner)
        name = _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(text.split())))
        return Actor(name, iso, "GOV") if iso else None

    def person(self, text: str, date: str | None) -> Actor | None:
        """A known person: the office held on ``date``, else their latest office (as ELI, a former official)."""
        key = norm(text)
        terms = self.terms_by_name.get(key)
        if terms:
            current = [t for t in terms if t.covers(date)]
            if current:
                t = current[0]
                return Actor(t.holder, t.country, t.sector)
            before = sorted((t for t in terms if date and t.end and t.end <= date[:10]), key=lambda t: t.end)
            t = before[-1] if before else terms[0]
            return Actor(t.holder, t.country, "ELI" if before else None)
        old = self._phoenix_terms(key)
        if old and len(key.split()) >= 2:
            # a term closed at both ends that covers the day before others ("ELI" with no dates beside the office
            # held); an open one may only mean the list ends (about 2014), so it keeps the list's order
            # an undated term (Phoenix's generic "ELI" beside the offices) ranks last
            current = sorted((t for t in old if t.covers(date)), key=lambda t: (not (t.start and t.end), not t.start)
                             ) or sorted(old, key=lambda t: t.start or "")[-1:]
            t = current[0]
            return Actor(text.strip(), t.country, t.sector)
        return None

    def _phoenix_terms(self, key: str) -> list[Term] | None:
        """Phoenix terms of a name, also spelt with "el"/"al-" or without middle names ("Karim El Qasim"
        for "karim yusuf hamid al qasim") when every such person is of one country; three words at least."""
        if key in self.phoenix:
            return self.phoenix[key]
        words = _ARABIC_ARTICLE.sub("al ", key).split()
        if len(words) < 3 or words[-1] == "al":
            return None
        if " ".join(words) in self.phoenix:
            return self.phoenix[" ".join(words)]
        names = [n for n in self._surnames().get(words[-1], {})
                 if n.split()[0] == words[0] and _within(words, n.split())]
        if len({self.phoenix[n][0].country for n in names}) != 1:
            return None
        return [t for n in names for t in self.phoenix[n]]

    def surname_country(self, name: str, sector: str | None = None, least: int = 1) -> str | None:
        """The country of a titled surname ("President Quist") from the Phoenix people, when it is clear.

        Clear means: the word is rarely a first word there (East Asian names put the surname first: it
        must end twice as many names as it starts), and one country has at least three quarters of the
        people with that surname (in that sector, if given), who are at least ``least`` people.
        """
        words = norm(name).split()
        if not words or len(words[-1]) < 3:
            return None
        surname = words[-1]
        index = self._surnames()
        people = index.get(surname, {})
        if 2 * len(index[""].get(surname, ("", set()))[1]) >= len(people):
            return None
        if sector:
            people = {k: v for k, v in people.items() if sector in v[1]} or people
        counts: dict[str, int] = defaultdict(int)
        for country, _ in people.values():
            counts[country] += 1
        if not counts or sum(counts.values()) < least:
            return None
        best = max(counts, key=lambda c: counts[c])
        return best if counts[best] * 4 >= 3 * sum(counts.values()) else None

    @functools.cache  # noqa: B019 - one knowledge base per process
    def _surnames(self) -> dict[str, dict[str, tuple[str, set[str]]]]:
        """Phoenix people by last word: full name -> (country, sectors); key "" maps a first word to
        ("", the names it starts)."""
        index: dict[str, dict[str, tuple[str, set[str]]]] = defaultdict(dict)
        for name, terms in self.phoenix.items():
            words = name.split()
            if len(words) < 2 or not terms or not terms[0].country:
                continue
            index[""].setdefault(words[0], ("", set()))[1].add(name)
            index[words[-1]][name] = (terms[0].country, {t.sector for t in terms if t.sector})
        return index

    def holder(self, country: str, office: str, date: str | None, title: str = "") -> Term | None:
        """Who held ``office`` of ``country`` on ``date``; nobody when the office is named by a leader title the
        country's lists lack ("the chancellor" of a country led by a prime minister)."""
        if title in LEADER_TITLES and title not in self.titles.get(country, LEADER_TITLES):
            return None
        for term in self.terms_by_office.get((country, office), []):
            if term.covers(date):
                return term
        return None

    @staticmethod
    def state_role(phrase: str, country: str | None) -> Role | None:
        """The office a title names in one state where elsewhere it is a firm's (TERRITORY_TITLES): Hong Kong's
        and Macau's Chief Executive heads their government."""
        return TERRITORY_TITLES.get((phrase, country or ""))

    @functools.lru_cache(maxsize=NORM_CACHE)  # noqa: B019 - one knowledge base per process
    def role_phrase(self, words: tuple[str, ...]) -> tuple[Role | None, str]:
        """The longest role phrase among lower-cased words (of four at most; the last on ties), else the longest
        agent noun phrase, with the phrase; (None, "") when there is neither."""
        for table in (self.roles, self.agents):
            for size in range(min(len(words), 4), 0, -1):
                for i in range(len(words) - size, -1, -1):
                    phrase = " ".join(words[i:i + size]).replace(" - ", "-")
                    role = table.get(phrase)
                    if role:
                        return role, phrase
        return None, ""

    def role(self, text: str, agents: bool = True) -> Role | None:
        """The role noun phrase ("foreign ministry spokesman", "official"), else (unless ``agents`` is
        False) a Phoenix agent noun ("farmers"), a list that also holds things and bodies ("artillery")."""
        return self.roles.get(norm(text)) or (self.agents.get(norm(text)) if agents else None)


# titles that are a firm's everywhere but head the government of one territory (Wikipedia: Chief Executive of Hong
# Kong; Chief Executive of Macau, as of 2026): "Hong Kong's chief executive" is its head of government (offices.tsv)
TERRITORY_TITLES = {("chief executive", iso): Role("GOV", "HOG", 1) for iso in ("HKG", "MAC")}


@functools.lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The knowledge base, loaded once per process."""
    return KnowledgeBase()
