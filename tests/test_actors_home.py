"""Which country and sector an actor gets in a story about one country's public life: bare forces after a force of
many countries was named, campaigners and pirates. Invented sentences (real parse and actor stage)."""

from __future__ import annotations

import pytest

from newsgraph.actors.stage import resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch
from test_actors_news import actors_of


def test_multinational_force_has_no_country() -> None:
    """A force of many countries is of none, not of the armed force named before it."""
    text = ("Talks on the mission resumed in Port-au-Prince on Monday. French troops are guarding the airport beside "
            "Haitian police. A plan to send 4,000 international peacekeepers was condemned by some commanders.")
    article = Article(id="t", text=text, published="2002-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    start = text.index("4,000 international peacekeepers")
    _, actor = resolve_span(article, start, start + len("4,000 international peacekeepers"))
    assert actor is not None and (actor.country, actor.sector) == (None, "MIL")


FORCES = [
    # once it is named, bare commanders are no longer the foreign force named before it but the story's own
    ("Talks on the mission resumed in Port-au-Prince on Monday, Haitian officials said. French troops are guarding "
     "the airport beside Haitian police. A plan to send 4,000 international peacekeepers was condemned by some "
     "commanders.", "commanders", [("HTI", "MIL")]),
    # near miss: with no such force in between, bare soldiers stay the armed force last named
    ("Talks on the mission resumed in Port-au-Prince on Monday, Haitian officials said. French troops are guarding "
     "the airport. Hours later the soldiers opened fire on a truck.", "soldiers", [("FRA", "MIL")]),
]


@pytest.mark.parametrize(("text", "head", "expected"), FORCES)
def test_forces_after_a_multinational_one(text: str, head: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert actors_of(text, head, last=True) == expected


SECTORS = [
    # campaigners for a cause are civilians, like activists, not an opposition
    ("Housing campaigners in Dublin have accused the minister of ignoring the homeless.", "campaigners", "CVL"),
    ("Disability rights advocates criticised the new rules on Tuesday.", "advocates", "CVL"),
    # pirates are unidentified armed forces, as gunmen are
    ("The tanker was boarded by pirates off the coast of Somalia.", "pirates", "UAF"),
    # near miss: an opposition is still an opposition
    ("The opposition accused the minister of ignoring the homeless.", "opposition", "OPP"),
]


@pytest.mark.parametrize(("text", "head", "sector"), SECTORS)
def test_group_sectors(text: str, head: str, sector: str) -> None:
    assert {s for _, s in actors_of(text, head)} == {sector}


def resolved(text: str, mention: str) -> tuple[str | None, str | None]:
    """(country, sector) the actor stage gives the first occurrence of ``mention``."""
    article = Article(id="t", text=text, published="2002-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    start = text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    return (actor.country, actor.sector) if actor is not None else (None, None)


HOMES = [
    # a story naming too few places of its country: the words only its politics has decide ("Shadow Treasurer")
    ("Shadow Treasurer Jane Doe says the Government has spent too much on new roads around Perth. She says the "
     "Government must now explain the cost.", "the Government", ("AUS", "GOV")),
    # ... and a word several states' politics share counts for the one the story names ("Senator", Canada)
    ("Senator Paul Roy says the Government has spent too much on the new bridges in Winnipeg. Senator Roy says the "
     "Federal Opposition will ask the Government to explain the cost.", "the Government", ("CAN", "GOV")),
    # near misses: a shared word alone names no country; nor does it outvote the places that decide one
    ("Senator Paul Roy says the Government has spent too much on the new ferries. Senator Roy says the Government "
     "must explain the cost.", "the Government", (None, "GOV")),
    ("Officials in Lagos said the Government had spent too much on roads in Nigeria. A visiting Senator Paul Roy "
     "said the Government must explain the cost.", "the Government", ("NGA", "GOV")),
]

LOCAL_HOMES = [
    # a story of several sentences whose only places are one country's towns or regions is about that country
    ("Police in Ohio arrested a man on Tuesday. The county prosecutor charged him with arson on Friday.",
     "prosecutor", ("USA", "JUD")),
    # ... also when the dateline's town is unknown but its state is not
    ("MAPLE FALLS, Ohio — A man was arrested on Tuesday. The county prosecutor charged him with arson on Friday.",
     "prosecutor", ("USA", "JUD")),
    # ... or when it names no place but a word of one country's public life ("Sheriff")
    ("Sheriff Tom Reyes praised his deputies on Monday. The county prosecutor charged a man with arson on Friday.",
     "prosecutor", ("USA", "JUD")),
    # near misses: a country named by its own name may be the foreign news of another (unnamed) home
    ("Troops will stay in Afghanistan until March. The county prosecutor charged a soldier with arson on Friday.",
     "prosecutor", (None, "JUD")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), LOCAL_HOMES)
def test_home_from_local_places(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    assert actors_of(text, mention) == [expected]


@pytest.mark.parametrize(("text", "mention", "expected"), HOMES)
def test_home_from_politics_words(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


PEOPLE = [
    # a titled surname ("Dr Kovacs") after the full name is that person, also where the recogniser misses it
    ("The Governor-General, Dr Anna Kovacs, opened the new library in Wellington. Teachers have accused Dr Kovacs "
     "of ignoring their letters.", "Dr Kovacs", "Anna Kovacs"),
    # a treasurer's title is no part of his name
    ("Treasurer Mark Odell has warned that growth will slow. Mr Odell says the budget is safe.", "Mr Odell",
     "Mark Odell"),
]


@pytest.mark.parametrize(("text", "mention", "name"), PEOPLE)
def test_titled_surnames(text: str, mention: str, name: str) -> None:
    article = Article(id="t", text=text, published="2002-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    start = text.rindex(mention)
    assert resolve_span(article, start, start + len(mention))[0] == name


def test_governor_general_is_no_general() -> None:
    """A governor-general is a civil office (GOV); a general alone is the army's (near miss)."""
    assert resolved("The Governor-General, Dr Anna Kovacs, opened the new library in Wellington.",
                    "The Governor-General")[1] == "GOV"
    assert resolved("The general, Anna Kovacs, opened the new barracks in Wellington.", "The general")[1] == "MIL"


def test_dated_term_before_undated() -> None:
    """A person the Phoenix list gives an undated elite entry and a dated office is in that office on its days."""
    from newsgraph.actors.kb import knowledge_base

    kb = knowledge_base()
    during = kb.person("Tomiichi Murayama", "1995-03-01")
    assert during is not None and (during.country, during.sector) == ("JPN", "GOV")
    after = kb.person("Tomiichi Murayama", "2002-01-15")  # near miss: out of office, not his office's sector
    assert after is not None and after.sector != "GOV"


SPOKESPEOPLE = [
    # a shadow minister speaks for the opposition's party (PTY) and holds no office of the state
    ("Shadow Health Minister Tom Baxter says the Government must fund more hospital beds in Adelaide.", "Tom Baxter",
     "PTY"),
    # near miss: the minister himself is the government's
    ("Health Minister Tom Baxter says the Government will fund more hospital beds in Adelaide.", "Tom Baxter", "GOV"),
]


@pytest.mark.parametrize(("text", "mention", "sector"), SPOKESPEOPLE)
def test_shadow_ministers(text: str, mention: str, sector: str) -> None:
    assert resolved(text, mention)[1] == sector


OFFICES = [
    # a capitalised bare office ("The Prime Minister") is its holder in the story's country, as a lower-case one is
    ("The Prime Minister has backed the new dam, he told reporters in Canberra. Farmers in Victoria say the dam "
     "will help them.", "The Prime Minister", ("AUS", "GOV")),
    # near miss: where the knowledge base knows no holder of the office then, the office alone is placed by nobody
    ("The Foreign Minister met Canadian officials in Ottawa on Monday.", "The Foreign Minister", (None, "GOV")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), OFFICES)
def test_capitalised_offices(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    assert resolved(text, mention) == expected


def test_families_are_civilians() -> None:
    """Victims' families are civilians; a royal family (near miss, the singular) is not made one."""
    assert {s for _, s in actors_of("The families of the miners have welcomed the verdict.", "families")} == {"CVL"}
    assert "CVL" not in {s for _, s in actors_of("The royal family has welcomed the verdict.", "family")}


def home_of(text: str) -> str | None:
    """The main country the actor stage gives a story."""
    from newsgraph.actors.stage import article_actors

    article = Article(id="t", text=text, published="2002-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    return article_actors(article).home


STORY_HOMES = [
    # an Australian story: its parties decide, and a surname mostly American in the knowledge base ("Carter") is
    # no vote for a country nothing else names
    ("Labor needed to stand apart from the Government on refugees, Greens leader Tom Carter has said. His Senate "
     "colleague Jo Miller will move a motion on the anniversary of the boat's rescue, Senator Carter said.", "AUS"),
    # near miss: a US story's senator called Brown stays in the US (its parties' words)
    ("Senator Dale Brown says Republicans will block the bill. The GOP leadership wants the administration to drop "
     "it, Senator Brown said.", "USA"),
    # Britain's: Tory MPs, Whitehall and the NHS; a shared word ("MPs") counts once a word of one state names it
    ("Tory MPs have told Whitehall the NHS needs more nurses. The MPs say the wards are full.", "GBR"),
    # Canada's: the NDP in the Commons
    ("The NDP says the Commons must vote on the pipeline. Its leader, Anne Roy, wants a free vote.", "CAN"),
    # near misses: a shared word alone, or a surname one country's people mostly hold, names no home
    ("Senator Tom Carter says the bill will fail. Senator Carter said the vote would be close.", None),
    # ... nor do the US "Labor Department" and "organized labor" make a story Australian
    ("The Labor Department said jobless claims rose. Labor Secretary Jane Roe said organized labor backs the plan.",
     None),
]


@pytest.mark.parametrize(("text", "home"), STORY_HOMES)
def test_story_homes(text: str, home: str | None) -> None:
    assert home_of(text) == home


VOTES = [
    # case decides a party's name from the work ("Labor" and "labor"), and the Coalition from a war's coalition
    ("Labor says the Coalition must act.", set(), {"AUS": 2}),
    ("Unions say labor costs rose; coalition forces left.", set(), {}),
    # a word of one state names it for the words several share ("the Greens" of Australia, not of Germany)
    ("Labor and the Greens will vote against it.", set(), {"AUS": 2}),
    # near miss: a shared word counts for none of two states the story names
    ("The Greens will vote against it.", {"AUS", "DEU"}, {}),
    ("Rep. Jo Diaz (D-Texas) and the GOP disagree.", set(), {"USA": 2}),
]


@pytest.mark.parametrize(("text", "named", "votes"), VOTES)
def test_politics_votes(text: str, named: set[str], votes: dict[str, int]) -> None:
    from newsgraph.actors.home import politics_votes

    assert politics_votes(text, named) == votes
