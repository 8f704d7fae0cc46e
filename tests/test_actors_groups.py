"""Groups of working and local people, regions' governments, leaders of bodies other than a state, and bare
bodies placed by their own sentence. Invented sentences: text in, (country, sector) out."""

from __future__ import annotations

import pytest

from newsgraph.actors.kb import knowledge_base
from newsgraph.actors.stage import resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

STAGES = ("parse", "entities", "actors")


def resolved(text: str, mention: str) -> tuple[str | None, str | None]:
    """(country, sector) of the first occurrence of ``mention`` in a one-article batch."""
    article = Article(id="t", text=text, published="2024-01-01")
    process_batch([article], STAGES)
    start = article.text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    return (actor.country, actor.sector) if actor else (None, None)


GROUPS = [
    # trades, health, schooling and local people have a sector; with no place in their sentence, none
    ("Truckers parked their rigs across the ring road outside Bucharest.", "Truckers", (None, "LAB")),
    ("Taxi drivers honked their horns outside the transport ministry.", "Taxi drivers", (None, "LAB")),
    # ... and are placed where they act
    ("Coal miners in Colombia walked out over unpaid wages.", "Coal miners", ("COL", "LAB")),
    ("Nurses in Ghana stayed away from the wards for a third day.", "Nurses", ("GHA", "HLH")),
    ("Teachers in Peru marched on the education ministry.", "Teachers", ("PER", "EDU")),
    ("Villagers in Nepal blocked the road to the quarry.", "Villagers", ("NPL", "CVL")),
    ("Fishermen in Mauritania accused the trawlers of emptying the bay.", "Fishermen", ("MRT", "AGR")),
    # a group named alone takes the country of the sentence before: by roles.tsv's placed column ("nurse" is in
    # no list of acting groups)
    ("Heavy rain fell across the north of Uruguay on Monday. Farmers said the harvest was lost.", "Farmers",
     ("URY", "AGR")),
    ("A cyclone swept across the coast of Uruguay on Monday. Nurses said the wards were full.", "Nurses",
     ("URY", "HLH")),
    # bare "miners" may mine coins: no sector, and not placed by the sentence before
    ("Bitcoin fell 8% on Tuesday in Japan. Miners sold 5,000 coins.", "Miners", (None, None)),
    # crypto "miners" are firms; refugees and settlers are not placed by where they are
    ("Bitcoin miners sold their coins as prices fell.", "Bitcoin miners", (None, "BUS")),
    ("Refugees in Chad asked for more tents.", "Refugees", (None, "REF")),
    # ... nor by where their own phrase places them, only by where they come from
    ("Settlers in the Zenda hills fenced off the spring.", "Settlers in the Zenda hills", (None, "CVL")),
    ("Refugees from Syria asked for more tents.", "Refugees from Syria", ("SYR", "REF")),
    ("Rebels in Mali seized the town.", "Rebels in Mali", ("MLI", "REB")),
    # diplomats in a capital are mostly foreign ones
    ("Diplomats in Beijing said the talks had stalled.", "Diplomats", (None, "GOV")),
    # a union of drivers is a union, and a strike of miners no group at all
    ("The truck drivers' union signed the new wage deal.", "The truck drivers' union", (None, "LAB")),
    ("The miners' strike ended after three weeks.", "The miners' strike", (None, None)),
]


@pytest.mark.parametrize(("text", "mention", "expected"), GROUPS)
def test_groups_of_people(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


REGIONS = [
    # a region's government, police or official is its country's
    ("The Catalan government demanded a new vote on Thursday.", "The Catalan government", ("ESP", "GOV")),
    ("The Bavarian police raided three flats at dawn.", "The Bavarian police", ("DEU", "COP")),
    ("The Ontario government froze tuition fees.", "The Ontario government", ("CAN", "GOV")),
    ("The Flemish government cut the broadcaster's budget.", "The Flemish government", ("BEL", "GOV")),
    ("The Texas governor vetoed the bill.", "The Texas governor", ("USA", "GOV")),
    ("The Bavarian State Police arrested two men.", "The Bavarian State Police", ("DEU", "COP")),
    ("The Catalan Government called new elections.", "The Catalan Government", ("ESP", "GOV")),
    # a region shared by two countries says nothing
    ("The Punjab government closed the schools.", "The Punjab government", (None, "GOV")),
    # a compass word is no region, nor a common word that names a province somewhere
    ("Western officials questioned the figures.", "Western officials", (None, "GOV")),
    ("Coast Guard officials said the search would go on.", "Coast Guard officials", (None, "MIL")),
    ("Centre Party leader Mara Kelani resigned.", "Mara Kelani", (None, "POL")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), REGIONS)
def test_regional_bodies(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


def test_a_region_is_no_state_office() -> None:
    """'The Catalan president' is the region's, not the country's head of state."""
    article = Article(id="t", text="The Catalan president called for talks.", published="2024-01-01")
    process_batch([article], STAGES)
    name, actor = resolve_span(article, 0, len("The Catalan president"))
    assert actor is not None and (actor.country, actor.sector) == ("ESP", "GOV")
    assert "Catalan" in name


@pytest.mark.parametrize(("text", "mention"), [
    ("The Catalan coast was battered by storms.", "The Catalan coast"),
    ("Bavarian beer sales fell last year.", "Bavarian beer sales"),
])
def test_a_regional_thing_is_no_actor(text: str, mention: str) -> None:
    assert resolved(text, mention) == (None, None)


def test_every_region_row_names_a_known_country() -> None:
    kb = knowledge_base()
    assert kb.regions and all(iso in kb.countries for iso in kb.regions.values())
    assert not set(kb.regions) & set(kb.demonyms)  # a country's own demonym is no region's


LEADERS = [
    # a leader, official or spokesman of a body other than a government takes its sector
    ("The union's leaders turned down the offer.", "The union's leaders", "LAB"),
    ("Union leaders called a general strike.", "Union leaders", "LAB"),
    ("The union leader accused the ministry of lying.", "The union leader", "LAB"),
    ("Company officials declined to comment.", "Company officials", "BUS"),
    ("Leaders of the rebel group signed the truce.", "Leaders of the rebel group", "REB"),
    ("Rebel commanders rejected the truce.", "Rebel commanders", "REB"),
    ("Church leaders condemned the killings.", "Church leaders", "REL"),
    ("NATO officials said the drills would go ahead.", "NATO officials", "IGO"),
    ("Rebel forces seized the town.", "Rebel forces", "REB"),
    ("The opposition party's leader boycotted the vote.", "The opposition party's leader", "OPP"),
    # ... but a government's leaders and officials stay the government's
    ("The leaders of Chad and Niger met on Monday.", "The leaders of Chad and Niger", "GOV"),
    ("Soviet Union leaders rejected the plan.", "Soviet Union leaders", "GOV"),
    ("Government officials declined to comment.", "Government officials", "GOV"),
    ("Health officials reported four new cases.", "Health officials", "GOV"),
    ("Army commanders denied the report.", "Army commanders", "MIL"),
]


@pytest.mark.parametrize(("text", "mention", "sector"), LEADERS)
def test_leaders_of_bodies(text: str, mention: str, sector: str) -> None:
    assert resolved(text, mention)[1] == sector


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Union leader Ana Lindqvist accused the ministry of lying.", "Ana Lindqvist", (None, "LAB")),
    ("Rebel commander Idris Wakolo agreed to the truce.", "Idris Wakolo", (None, "REB")),
    ("Bavarian premier Hans Obermaier criticised the plan.", "Hans Obermaier", ("DEU", "GOV")),
    ("Opposition leader Mara Kelani denounced the vote.", "Mara Kelani", (None, "OPP")),
])
def test_titled_people_of_bodies_and_regions(text: str, mention: str,
                                             expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


SENTENCE_PLACES = [
    # with no main country, the one country a sentence locates things in places a bare body
    ("After floods in Malawi, the government declared an emergency.", "the government", ("MWI", "GOV")),
    ("Police fired tear gas in the Kenyan capital.", "Police", ("KEN", "COP")),
    ("The government in Ghana raised fuel prices.", "The government", ("GHA", "GOV")),
    # a US state or city places the police
    ("Police in Houston arrested a teenager.", "Police", ("USA", "COP")),
    ("Police arrested two men in Ohio after a shooting.", "Police", ("USA", "COP")),
    ("Sheriffs in Texas arrested the driver.", "Sheriffs", ("USA", "COP")),
    # a large city's police department is its country's; a small town's name says nothing
    ("The Milwaukee Police Department arrested two men.", "The Milwaukee Police Department", ("USA", "COP")),
    ("The Hope Police Department arrested a man.", "The Hope Police Department", (None, "COP")),
    # ... and a name large cities of two countries share says nothing (Birmingham: England and Alabama)
    ("The Birmingham Police Department arrested a man.", "The Birmingham Police Department", (None, "COP")),
    # no country anywhere, or one named only as a party or a side, gives none
    ("The government raised fuel prices by ten percent.", "The government", (None, "GOV")),
    ("The government banned Kenyan imports of sugar.", "The government", (None, "GOV")),
    ("The Ruritanian envoy said the protesters had been paid.", "the protesters", (None, "CVL")),
    # a group of many countries is not of the place where it meets
    ("World leaders gathered in Geneva for the summit.", "World leaders", (None, "GOV")),
    ("Foreign ministers met in Brussels on Monday.", "Foreign ministers", (None, "GOV")),
    ("In Lima, the foreign ministry summoned the envoy.", "the foreign ministry", ("PER", "GOV")),
    # two countries located in the sentence: none
    ("After floods in Malawi and Mozambique, the government declared an emergency.", "the government",
     (None, "GOV")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SENTENCE_PLACES)
def test_bare_bodies_placed_by_their_sentence(text: str, mention: str,
                                               expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # a body named after a direction and a word that is also a town is not placed in that town's country
    ("The Eastern Alliance demanded a delay.", "Eastern Alliance", None),
    ("The Southern Alliance rejected the plan.", "Southern Alliance", None),
    # a place with a direction in its own name still places its bodies
    ("The Northern Ireland Office said the talks would resume.", "Northern Ireland Office", "GBR"),
])
def test_a_direction_before_a_town_name_makes_no_place(text: str, mention: str, expected: str | None) -> None:
    assert resolved(text, mention)[0] == expected
