"""Event roles: who the subject is and whom the participants stand for, over invented sentences (real parse,
real actor stage)."""

from __future__ import annotations

import pytest

import newsgraph.actors.stage as actor_stage
from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Actor, Article
from newsgraph.pipeline import stages


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(type, source country, source sector, target country, source text) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(e.type, e.source and e.source.actor.country, e.source and e.source.actor.sector,
             e.target and e.target.actor.country, e.source and e.source.text) for e in EventCoder(article).events()]


@pytest.mark.parametrize(("text", "expected"), [
    # a main clause parsed as a participle under a prepositional phrase of the noun root
    ("Nurses from three Canadian charities packed and then shipped medicine to a hospital in Haiti.",
     ("AID", "CAN", "HTI")),
    ("Volunteers from a Dutch charity donated and later flew food parcels to a clinic in Yemen.",
     ("AID", "NLD", "YEM")),
])
def test_a_misparsed_participle_takes_the_root_as_subject(text, expected):
    assert any((t, s, g) == expected for t, s, _, g, _ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the first of two coordinated verbs shares the objects of the second
    ("The Norwegian embassy donated and then sent blankets to an orphanage in Moldova.",
     ("AID", "NOR", "MDA")),
    ("Volunteers from a Dutch charity donated and later flew food parcels to a clinic in Yemen.",
     ("AID", "NLD", "YEM")),
])
def test_coordinated_verbs_share_their_objects(text, expected):
    assert any((t, s, g) == expected for t, s, _, g, _ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon or an attack as subject, or the means of a passive killing: unidentified attackers of the scene
    ("A roadside bomb killed three Nigerian soldiers near Maiduguri on Friday.", ("ASSAULT", "NGA", "UAF", "NGA")),
    ("Two Kenyan policemen were killed in an ambush near Garissa.", ("ASSAULT", "KEN", "UAF", "KEN")),
    ("A car bomb explosion wounded four Turkish police officers in Diyarbakir.", ("ASSAULT", "TUR", "UAF", "TUR")),
    ("A suicide attack killed five Afghan soldiers in Kandahar.", ("ASSAULT", "AFG", "UAF", "AFG")),
    # a weapon's planter named by a participle is the attacker
    ("A grenade thrown by gang members wounded six shoppers in Tegucigalpa.", ("ASSAULT", None, "CRM", "HND")),
])
def test_a_weapon_stands_for_its_unnamed_attackers(text, expected):
    assert any(event[:4] == expected for event in coded(text))


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant killed four workers in Ohio.",  # a blast with no weapon: maybe an accident
    "A bomb cyclone hit the coast of Maine on Tuesday.",
    "Three people were killed in a bus crash near Lagos.",
    "A heart attack killed the Nigerian singer in Lagos.",  # an attack that is no weapon
    "A shark attack killed a surfer off the coast of Western Australia.",
])
def test_no_attacker_without_a_weapon(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a country named only as what someone is against or for gives them no nationality; the scene does
    ("An anti-Chile journalist was beaten by police in Lima.", "PER"),
    ("Two pro-Russia activists were detained by police in Tbilisi.", "GEO"),
])
def test_a_stance_names_no_country(text, expected):
    assert any(t == "ASSAULT" or t == "COERCE" for t, *_ in coded(text))
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    [event] = EventCoder(article).events()
    assert event.target is not None and event.target.actor.country == expected


def test_soldiers_abroad_do_not_place_the_scene():
    # "U.S. soldiers" says whose soldiers, not where the bomb went off
    assert [e[:4] for e in coded("A roadside bomb wounded four U.S. soldiers in Basra province.")] == [
        ("ASSAULT", "IRQ", "UAF", "USA")]


@pytest.fixture()
def office_resolver(monkeypatch):
    """A resolver that takes a surname for a place (as the recogniser may: "Tarawa" is an atoll) and knows
    the international office named after it."""
    stages()

    def resolve(article: Article, start: int, end: int) -> tuple[str, Actor | None]:
        text = article.text[start:end]
        if text.endswith("Tarawa"):
            return text, Actor("Tarawa", "KIR", None)
        if "World Food Programme" in text:
            return text, Actor("World Food Programme", None, "IGO")
        if "Chad" in text:
            return text, Actor("Chad", "TCD", None)
        return text, None

    monkeypatch.setattr(actor_stage, "resolve_span", resolve)


def test_an_office_in_apposition_is_the_actor(office_resolver):
    events = coded("Ioane Tarawa, the World Food Programme country director, urged Chad to reopen its airports.")
    assert [(t, s, sector, g) for t, s, sector, g, _ in events] == [("REQUEST", None, "IGO", "TCD")]
    assert events[0][4].startswith("Ioane Tarawa, the World Food Programme")


@pytest.mark.parametrize(("text", "expected"), [
    # the "by" phrase of the trigger's own event noun says who does it, never to whom
    ("The Nigerian president ordered air strikes by the army on rebel camps in Borno.", "rebel camps in Borno"),
    ("The Chilean government ordered raids by the police on smuggling gangs in Arica.", "smuggling gangs"),
])
def test_the_by_phrase_of_an_event_noun_is_no_target(text, expected):
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    targets = [e.target.text for e in EventCoder(article).events() if e.target is not None]
    assert targets and all(t.startswith(expected) for t in targets)


@pytest.mark.parametrize(("text", "expected"), [
    # an object pronoun never stands for the subject its verb shares with a coordinated verb ("X described ...
    # and accused him": him is not X), even when the names give no gender
    ("Taylor Reed and Jordan Blake fell out last year. In a long post Reed described the feud as painful and "
     "accused him of lying.", "Jordan Blake"),
    ("Casey Nolan and Jamie Ward ran the firm together until May. In a statement Nolan called the split bitter and "
     "accused him of theft.", "Jamie Ward"),
])
def test_an_object_pronoun_is_not_the_shared_subject(text, expected):
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors")):
        stage_fn([article])
    him = text.rindex(" him ") + 1
    found = actor_stage.article_actors(article).antecedent(him, "him")
    assert found is not None and found.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act with no named doer is coded only for the one it is done to, not for a party named around it
    ("Chile, in a note passed to the European Union on Tuesday, said it would lower its tariffs.", []),
    ("Three Malian soldiers were shot near the border.", [("ASSAULT", None, None, "MLI", None)]),
    ("Two Peruvian journalists were detained and beaten on Sunday.",
     [("COERCE", None, None, "PER", None), ("ASSAULT", None, None, "PER", None)]),
])
def test_a_sourceless_act_needs_its_patient(text, expected):
    assert [e for e in coded(text) if e[1] is None and e[2] is None] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb whose preposition introduces the act it performs: the gerund is done, not a topic
    ("Bolivian miners resorted to blocking roads near La Paz.", ("PROTEST", "BOL")),
    ("Chadian rebels engaged in shelling the town of Abeche for three days.", ("ASSAULT", "TCD")),
])
def test_a_catenative_preposition_introduces_the_act(text, expected):
    assert any((t, s) == expected for t, s, *_ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a participle qualifying a noun acts on that noun ("the army, backed by X": X supports the army)
    ("The Malian army, backed by French jets, pushed north towards Kidal.", ("SUPPORT", "FRA", "MLI")),
    ("Two Kenyan journalists arrested by Ugandan police were freed on Monday.", ("COERCE", "UGA", "KEN")),
])
def test_a_participle_acts_on_the_noun_it_qualifies(text, expected):
    assert any((t, s, g) == expected for t, s, _, g, _ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # what is charged may come before the charge: its subject is the target
    ("The Ugandan army has shelled villages near the border, the Congolese government complained on Friday.",
     ("ACCUSE", "COD", "UGA")),
    ("Chile is violating the fishing treaty, Peruvian officials protested on Monday.", ("ACCUSE", "PER", "CHL")),
    # a closing reporting clause parsed as an apposition with a participle still has its subject
    ("The Ghanaian navy is harassing Togolese fishermen, an opposition party complained on Friday.",
     ("ACCUSE", "TGO", "GHA")),
    # a protest that says what is wrong is a statement (ACCUSE), whoever makes it
    ("Thousands of Chilean students protested that the government had cut school budgets.", ("ACCUSE", "CHL", "CHL")),
])
def test_a_voiced_charge_targets_the_clause_it_reports(text, expected):
    assert any((t, s, g) == expected for t, s, _, g, _ in coded(text))


def test_a_closing_reporting_clause_speaks_for_its_own_subject():
    events = coded("Kenyan police are torturing Somali refugees in Dadaab, a human rights group charged on Tuesday.")
    assert ("ACCUSE", "a human rights group", "KEN") in {(t, text, g) for t, _, _, g, text in events}


@pytest.mark.parametrize("text", [
    "The company tightened cost controls after a weak quarter.",  # COERCE with only a firm
    "The tenant vacated the building in May.",  # RETREAT by a private person
    "Workers cleared the square of snow before the market opened.",
    "The airline trained 200 pilots on its new jets last year.",  # AID between private parties
    "Farmers burned fields after the harvest.",  # property destroyed, no public party
])
def test_acts_of_state_power_between_private_parties_at_home_are_no_events(text):
    assert not [t for t, *_ in coded(text) if t in ("COERCE", "RETREAT", "ASSAULT", "AID", "MOBILIZE", "SANCTION")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police set fire to the protesters' tents.", "ASSAULT"),  # a public party acts
    ("Nurses from a Norwegian charity delivered medicine to a Syrian hospital.", "AID"),  # private, across borders
])
def test_a_public_party_or_a_border_makes_it_an_event(text, expected):
    assert expected in [t for t, *_ in coded(text)]


def quoted(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """Like ``coded``, after the quote stage, whose speakers first-person subjects stand for."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex", "quotes")):
        stage_fn([article])
    return [(e.type, e.source and e.source.actor.country, e.source and e.source.actor.sector,
             e.target and e.target.actor.country, e.source and e.source.text) for e in EventCoder(article).events()]


@pytest.mark.parametrize(("text", "expected"), [
    # "I" in a direct quote is its speaker, not the nearest person named inside the quote
    ('Belgian Foreign Minister Paul Verlinden spoke in Brussels. "I have talked to the Bolivian president about it,"'
     ' he said.',
     ("CONSULT", "BEL", "GOV", "BOL", "I")),
    ('"I met the Chilean ambassador and I warned him," the Peruvian foreign minister said.',
     ("CONSULT", "PER", "GOV", "CHL", "I")),
    # "we": the speaker's side, a sentence after the attribution too
    ('The Turkish army said on Monday: "We have no plan to stop. We shelled the rebel posts overnight."',
     ("ASSAULT", "TUR", "MIL", None, "We")),
])
def test_first_person_in_a_quote_is_its_speaker(text, expected):
    assert expected in quoted(text)


def test_first_person_outside_any_quote_or_with_no_resolved_speaker_codes_nothing():
    assert not [e for e in quoted("I met the Chilean ambassador yesterday.") if e[4] == "I"]
    assert not [e for e in quoted('"I met the Chilean ambassador," Smith said.') if e[4] == "I"]
