"""Mends of the actor rules on where things lie: people of a trade are of the land they work in and of the body they
come from, firms and premises are not; invented sentences, each with a near miss."""

from __future__ import annotations

from newsgraph.extract.events import EventCoder
from test_events_actors_s14 import article_of, country_of  # the session's actor-test harness


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None]]:
    """(type, source text, source country, source sector, target text, target country) of each event."""
    article = article_of(text)
    return [(e.type, e.source and e.source.text, e.source and e.source.actor.country,
             e.source and e.source.actor.sector, e.target and e.target.text, e.target and e.target.actor.country)
            for e in EventCoder(article).events()]


def test_people_of_a_trade_are_of_where_they_are_and_whom_they_come_from() -> None:
    assert [(e[1], e[2]) for e in _events("Auditors in Malawi criticised the budget plan.")] == [
        ("Auditors in Malawi", "MWI")]
    assert [(e[1], e[3]) for e in _events("Linguists from UNESCO criticised the budget plan.")] == [
        ("Linguists from UNESCO", "IGO")]
    # near miss: firms are not of the land their offices are in
    events = _events("Tax police on Friday stormed the offices of three tile makers in Ghana and Togo.")
    assert not {e[5] for e in events} & {"GHA", "TGO"}


def test_a_province_after_the_article_keeps_its_country_unless_a_land_or_sea() -> None:
    events = _events("Officers in the Taranaki detained a fisherman after the robbery.")
    assert {e[2] for e in events} == {"NZL"}
    # near misses: a sea's name on a group of countries is no province ("Gulf" is also Papua New Guinea's)
    events = _events("Oman and three other Gulf states recalled their envoys from Doha.")
    assert "PNG" not in {c for e in events for c in (e[2], e[5])}
    article = article_of("Kuwait warned the Gulf monarchies against a fuel price war.")
    assert country_of(article, "Gulf") is None


def test_newcomers_are_of_the_land_they_flee() -> None:
    # the parser may make the newcomers the participle's subject ("Refugees" of "fleeing")
    events = _events("Refugees fleeing the violence in Burundi arrived in Rwanda.")
    assert [e[2] for e in events] == ["BDI"]
    # near miss: where they shelter is not theirs
    events = _events("Refugees sheltering in Burundi arrived in Rwanda.")
    assert [e[2] for e in events] == [None]


def test_a_group_placed_in_a_country_keeps_it_but_premises_there_do_not() -> None:
    text = "A militant cell based in Tasmania and an anarchist organisation in Catalonia claimed the fires."
    article = article_of(text)
    assert country_of(article, "militant cell based in Tasmania") == "AUS"
    assert country_of(article, "anarchist organisation in Catalonia") == "ESP"
    # near miss: firms of no stated country whose offices lie somewhere are not of that land
    article = article_of("Police raided the offices of four cement makers in Austria and Hungary.")
    assert country_of(article, "four cement makers") is None
