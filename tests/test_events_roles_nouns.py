"""Event roles of acts named by nouns: a participle naming the doer ("tariffs imposed by X"), an event noun or a
gerund as the subject of a killing ("an attack carried out by X killed Y"), over invented sentences."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article, Event
from newsgraph.pipeline import stages


def events_of(text: str) -> list[Event]:
    """The events coded in the text, after the stages the event coder reads."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return EventCoder(article).events()


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source country, source sector, target country) of each event of the text."""
    return [(e.type, e.source and e.source.actor.country, e.source and e.source.actor.sector,
             e.target and e.target.actor.country) for e in events_of(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The embargo imposed by Saudi Arabia on Qatar has lasted two years.", ("COERCE", "SAU", None, "QAT")),
    ("Sanctions imposed by Canada on Venezuelan officials took effect on Monday.", ("SANCTION", "CAN", None, "VEN")),
    ("Retaliatory tariffs imposed by India have hurt American almond growers.", ("COERCE", "IND", None, "USA")),
    ("Talks held by Russia with Turkey ended without agreement.", ("CONSULT", "RUS", None, "TUR")),
    ("Protests organised by Chilean students paralysed the capital.", ("PROTEST", "CHL", "EDU", None)),
])
def test_a_participle_names_who_did_the_act_its_noun_names(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A raid carried out by Israeli troops wounded three Palestinians in Jenin.", ("ASSAULT", "ISR", "MIL", "PSE")),
    ("A raid by Nigerian soldiers killed four villagers near Maiduguri.", ("ASSAULT", "NGA", "MIL", "NGA")),
    ("Shelling by Syrian government forces destroyed a clinic in Idlib.", ("ASSAULT", "SYR", "MIL", "SYR")),
])
def test_the_doer_of_an_act_named_as_subject_is_the_source(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The world record set by the sprinter stood for ten years.",
    "The goal scored by the striker gave the club the lead.",
    "The report issued by the company showed rising profits.",
    "The concert staged by the orchestra drew a full house.",
    "The exhibition opened by the mayor attracted thousands of visitors.",
])
def test_a_participle_on_a_thing_is_no_event(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A lone sniper wounded three demonstrators outside the parliament in Tripoli.", ("ASSAULT", "LBY", "UAF", "LBY")),
    ("The attackers shot dead a policeman in Peshawar.", ("ASSAULT", "PAK", "UAF", "PAK")),
    ("Police arrested two attackers in Lagos.", ("COERCE", "NGA", "COP", "NGA")),
    ("Censors in Minsk banned the novel in April.", ("COERCE", "BLR", "GOV", None)),
])
def test_unnamed_attackers_and_censors_are_actors(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The novelist Ruth Okafor published a memoir in May. Weeks later her memoir was banned by the censors.",
     ("COERCE", "GOV", "Ruth Okafor")),
    ("Senator Maria Gomez spoke in the Chilean Senate. The minister criticised her remarks on Tuesday.",
     ("ACCUSE", "GOV", "Maria Gomez")),
    ("The rebels seized the town in March. Government troops destroyed their camps near the border.",
     ("ASSAULT", "MIL", "rebels")),
    ("The Kenyan activists landed in Uganda on Friday. Police seized their passports at the airport.",
     ("COERCE", "COP", "Kenyan activists")),
])
def test_the_owner_of_a_thing_acted_upon_is_the_target(text, expected):
    """The owner is whom the pronoun stands for, never the clause's own subject."""
    found = [(e.type, e.source and e.source.actor.sector, e.target and e.target.actor.name) for e in events_of(text)]
    assert expected in found


def test_defending_ones_own_decision_has_no_target():
    assert coded("The minister defended her decision on Tuesday.") == [("SUPPORT", None, "GOV", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two Ugandan men fled but were arrested by police near Goma.", ("COERCE", "COD", "COP", "UGA")),
    ("The Kenyan activist spoke at the rally and was detained by police in Kampala.",
     ("COERCE", "UGA", "COP", "KEN")),
])
def test_a_passive_joined_to_an_active_verb_acts_on_its_subject(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ugandan traders said the new levy has emptied their stalls, and demanded a tax cut.",
     ("REQUEST", "UGA", "BUS", None)),
    ("The Chilean government said the report was biased, and accused the French newspaper of lying.",
     ("ACCUSE", "CHL", "GOV", "FRA")),
])
def test_a_demand_joined_to_a_reported_thing_is_the_speakers(text, expected):
    assert expected in coded(text)


def test_a_reported_thing_does_not_lend_its_speaker_a_private_act():
    assert coded("The company said that sales had fallen, and cut its forecast.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan lawmakers pushed for the government to release the detained journalists.",
     ("REQUEST", "KEN", "LEG", "KEN")),
    ("The United Nations appealed for Ethiopia to allow aid convoys into the region.", ("REQUEST", None, "IGO", "ETH")),
    ("The Peruvian opposition party called for the finance minister to resign.", ("REQUEST", "PER", "OPP", "PER")),
])
def test_a_call_for_someone_to_act_asks_them(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The Peruvian opposition party called for the finance minister to resign.",
    "Investors waited for the Greek government to announce the bailout.",
])
def test_what_someone_is_asked_or_awaited_to_do_is_not_done(text):
    assert not any(t in ("RETREAT", "AID", "AGREE") for t, *_ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "called" on the object noun before its comma; the list's subject calls the name
    ("The Chilean senator left the chamber, called Minister Paz a coward and resigned.",
     ("ACCUSE", "CHL", "LEG", "CHL")),
    ("Protesters in Caracas burned tyres, called President Arvelo a dictator and marched on the palace.",
     ("ACCUSE", "VEN", "CVL", "VEN")),
    # a list of four acts, the naming third, after two acts of the subject's own
    ("The Kenyan governor thanked his voters, praised the Tanzanian traders, called Governor Wekesa a thief and "
     "left the stage.", ("ACCUSE", "KEN", "GOV", "KEN")),
    ("The Iranian minister arrived in Baghdad, called the American envoy a criminal and flew home.",
     ("ACCUSE", "IRN", "GOV", "USA")),  # parsed as a list already
])
def test_a_verb_in_a_list_acts_for_the_lists_subject(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The mining company, Orvale, has threatened the Zambian government with arbitration.", "Orvale"),
    ("The chipmaker, Nvidia, signed a supply deal with the Indian government.", "Nvidia"),  # a name known anyway
])
def test_a_name_in_apposition_names_the_described_firm(text, name):
    assert any(e.source is not None and e.source.text == name for e in events_of(text))


def test_the_subjects_of_another_clause_are_no_partners_of_a_meeting():
    events = coded("Asian finance ministers conferred in Manila while Fiji and Samoa signed a fishing pact.")
    assert [event for event in events if event[0] == "CONSULT"] == [("CONSULT", "PHL", "GOV", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Mexican government received an invitation from Canada to attend the summit.", ("AGREE", "CAN", None, "MEX")),
    ("The Chilean minister received a request from Peru for talks.", ("REQUEST", "PER", None, "CHL")),
])
def test_an_act_received_from_someone_is_theirs(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The striker received a yellow card from the referee.",
    "The film won an award from the academy.",
])
def test_things_received_are_no_acts(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "target"), [
    ("The Jordanian government gave winter clothes to orphans in Amman.", "orphans"),
    ("The Red Cross delivered blankets to evacuees in Mosul.", "evacuees"),
    ("The Emirati sovereign fund offered a $400 million loan to Tarvik.", "Tarvik"),
])
def test_unnamed_recipients_and_named_organisations_are_targets(text, target):
    assert any(e.target is not None and e.target.text == target for e in events_of(text))


def test_an_organisation_that_only_qualifies_a_thing_is_no_target():
    events = events_of("The Zambian regulator criticised the transfer of shares in Orvale Copper.")
    assert [(e.type, e.source and e.source.text, e.target) for e in events] == [
        ("ACCUSE", "The Zambian regulator", None)]


@pytest.mark.parametrize(("text", "sources", "targets"), [
    # the parser makes the noun after "and" a second subject of the verb when the first member is closed by an
    # abbreviation in brackets, a name in apposition or a relative clause
    ("The Ugandan army (UPDF) and the police arrested dozens of opposition supporters.",
     {"The Ugandan army", "the police"}, {"dozens of opposition supporters"}),
    ("The mayor of Lima, Rosa Paz, and the police chief accused the Peruvian government of neglect.",
     {"The mayor of Lima", "the police chief"}, {"the Peruvian government"}),
    ("The Zambian mining board, which regulates copper exports, and the unions rejected the offer from the Chinese "
     "investors.", {"The Zambian mining board", "the unions"}, {"the offer from the Chinese investors"}),
])
def test_both_members_of_a_split_coordination_take_part(text, sources, targets):
    events = events_of(text)
    assert {e.source.text for e in events if e.source is not None} == sources
    assert {e.target.text for e in events if e.target is not None} == targets


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian senator asked for mercy during the trial of Ahmed Khan.", ("REQUEST", "EGY", "LEG", None)),
    ("The Kenyan minister called for calm amid protests by Tanzanian traders.", ("REQUEST", "KEN", "GOV", None)),
])
def test_a_name_in_a_phrase_of_time_or_circumstance_is_no_target(text, expected):
    assert [event for event in coded(text) if event[0] == "REQUEST"] == [expected]


def test_a_meeting_during_which_an_act_happens_names_the_partner():
    events = coded("The American president announced the trade deal during a meeting with the Chinese vice premier.")
    assert any(event[0] == "AGREE" and event[3] == "CHN" for event in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("The family's advisers asked the museum to return the paintings.", ("REQUEST", None, None, None)),
    ("The plaintiffs accused the bank of fraud.", ("ACCUSE", None, None, None)),
])
def test_unnamed_claimants_voice_demands_and_charges(text, expected):
    assert expected in coded(text)


def test_an_unnamed_claimant_saying_something_is_no_event():
    assert coded("The spokesman said the weather was fine.") == []
