"""Actors of business news: "the carrier" an airline in a story of flights, a firm that is "the country's largest
lender" or "the national airline" of its story's country, people marching in a large town the recogniser did not
mark, a capital or a demonym taken for a name, "they" never a demonym qualifying goods, a firm's people of no
country guessed from their surname, and the subject of a clause of time parsed as its opening word's object.
Invented sentences, each with a near miss."""

from __future__ import annotations

from tests.test_actors import resolve, run
from tests.test_actors_s13 import coded

from newsgraph import nlp
from newsgraph.actors.resolve import ArticleActors
from newsgraph.extract.events import EventCoder
from newsgraph.extract.events_actors import unnamed_town
from newsgraph.model import Article, Entity
from newsgraph.pipeline import stages


def test_the_carrier_in_a_story_of_flights_is_an_airline() -> None:
    text = "Norwegian airline Fjordair cut 30 routes on Monday. The carrier warned that it would halt flights."
    assert resolve(run(text), "The carrier")[2] == "BUS"
    # near miss: in a story of navies the carrier is a warship
    text = "The navy sent a carrier group to the strait on Monday. The carrier fired warning shots at a boat."
    assert resolve(run(text), "The carrier")[2] == "MIL"


def test_the_countrys_largest_lender_is_of_the_story_country() -> None:
    text = "Poland's financial watchdog suspended trading in shares of Vistula Bank, the country's biggest lender, " \
           "on Monday after its stock fell in Warsaw."
    assert resolve(run(text), "Vistula Bank")[1:] == ("POL", "BUS")
    text = "The Polish state on Monday lent 2 billion zloty to Vistula Air, the struggling national airline."
    assert resolve(run(text), "Vistula Air")[1:] == ("POL", "BUS")
    # near miss: a firm its phrase does not make the country's own keeps no country
    text = "The Polish state on Monday lent 2 billion zloty to Vistula Air, a struggling regional airline."
    assert resolve(run(text), "Vistula Air")[1:] == (None, "BUS")


def _source_countries(text: str) -> dict[str, str | None]:
    """The country of each event's source, by the source's text."""
    article = Article(id="t", text=text, published="2019-06-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return {e.source.text: e.source.actor.country for e in EventCoder(article).events() if e.source is not None}


def test_people_marching_in_an_unmarked_large_town_are_of_its_country() -> None:
    story = "Thousands of Dassault workers staged a strike on Monday. In {} about 9,000 employees marched through " \
            "the city centre behind union banners. The French president urged the firm to share the cuts between " \
            "France and Germany."
    assert _source_countries(story.format("Toulouse")).get("about 9,000 employees") == "FRA"
    # near miss: a name no large town has places nothing
    sentence = list(nlp.load()(story.format("Zorbaville")).sents)[1]
    assert unnamed_town(sentence) is None


def _actors(text: str, entities: list[tuple[str, str, int]]) -> ArticleActors:
    """The actors of a text whose recogniser's entities are given: (text, label, occurrence)."""
    found = []
    for name, label, occurrence in entities:
        start = -1
        for _ in range(occurrence):
            start = text.index(name, start + 1)
        found.append(Entity(start, start + len(name), name, label))
    return ArticleActors(Article(id="t", text=text, published="2019-06-01", entities=found))


def test_a_capital_taken_for_a_name_is_the_capital() -> None:
    text = "The European Commission urged Moscow and Kiev to settle the dispute."
    actors = _actors(text, [("The European Commission", "ORG", 1), ("Moscow", "GPE", 1), ("Kiev", "PERSON", 1)])
    start = text.index("Kiev")
    mention = actors.by_span[(start, start + 4)]
    assert mention.label == "GPE" and mention.actor is not None and mention.actor.country == "UKR"
    # near miss: the surname of a person named before is that person
    text = "Anna Kiev, a banker, met the minister. Kiev said the talks went well."
    actors = _actors(text, [("Anna Kiev", "PERSON", 1), ("Kiev", "PERSON", 2)])
    start = text.index("Kiev said")
    assert actors.resolve(start, start + 4)[0] == "Anna Kiev"


def test_a_demonym_taken_for_a_place_is_its_people() -> None:
    text = "The Ukrainian premier met the envoy on Monday."
    mention = _actors(text, [("Ukrainian", "GPE", 1)]).by_span[(4, 13)]
    assert mention.label == "NORP" and mention.actor is not None and mention.actor.country == "UKR"
    # near miss: a country's own name stays a place
    assert _actors("Ukraine met the envoy on Monday.", [("Ukraine", "GPE", 1)]).by_span[(0, 7)].label == "GPE"


def test_they_is_not_a_demonym_qualifying_goods() -> None:
    text = "Greek customs officers on Monday returned 200 containers of Chinese-made toys to two importers, " \
           "a week after they had seized the goods at the port."
    assert resolve(run(text), "they")[1] == "GRC"
    # near miss: "the Chinese" as a people is "they"
    text = "The Chinese on Monday returned 200 containers of toys, a week after they had seized the goods."
    assert resolve(run(text), "they")[1] == "CHN"
    # near miss: a demonym qualifying people an agent noun names ("Somali gunmen") is theirs
    text = "Three Somali gunmen killed four guards on Sunday when they stormed a hotel in Nairobi."
    assert resolve(run(text), "they")[1] == "SOM"


def test_a_firms_chief_gets_no_country_from_his_surname() -> None:
    text = "Airbus booked 50 orders on Monday. Tom Baker, the planemaker's chief executive, said he urged Boeing " \
           "to cut prices."
    assert resolve(run(text), "he")[1] is None
    # near miss: a titled official's surname still places him
    assert resolve(run("President Mugabe said he would stay.", "2005-06-01"), "he")[1] == "ZWE"


def test_the_subject_of_a_time_clause_parsed_as_an_object() -> None:
    text = "Police arrested Peter Vance, the founder of a hedge fund, at his home on Monday, a day after the " \
           "Securities and Exchange Commission (SEC) sued him for fraud."
    sued = [e for e in coded(text) if e[0] == "ACCUSE"]
    assert sued and sued[0][1] == "the Securities and Exchange Commission"
    # near miss: a clause with its own subject keeps it
    text = "Police arrested the banker on Monday, two days after the regulator sued him for fraud."
    sued = [e for e in coded(text) if e[0] == "ACCUSE"]
    assert sued and sued[0][1] == "the regulator"
