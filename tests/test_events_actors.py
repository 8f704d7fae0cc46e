"""Event participants: which noun phrases stand for which actors (real parse and actor stage)."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events_actors import ActorFinder
from newsgraph.extract.events_syntax import noun_objects, objects_of, subject_of, under_speech
from newsgraph.model import Article
from newsgraph.pipeline import stages


def finder(text: str) -> tuple[ActorFinder, object]:
    """An ActorFinder over a parsed article with entities and actors resolved."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places")):
        stage_fn([article])
    return ActorFinder(article), article.doc


def countries(text: str, head: str) -> list[str | None]:
    """Countries of the actors the first token ``head`` stands for."""
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    return sorted(m.actor.country or "" for m in actors.mentions(token))


@pytest.mark.parametrize(("text", "head", "expected"), [
    # a group of people named by what they are a group of
    ("A team of Chilean engineers opened a workshop with officials.", "team", ["CHL"]),
    # coordinated country modifiers: one actor each
    ("Norwegian and Danish sailors must leave the harbour.", "sailors", ["DNK", "NOR"]),
    # a people placed in another country lives there
    ("The Turks of western Greece are asking for new schools.", "Turks", ["GRC"]),
    # a body without a country placed by a prepositional phrase
    ("Rebels in Ghana ambushed a convoy near the border.", "Rebels", ["GHA"]),
    # a clause after a qualifier is not part of the phrase
    ("Members of the Kenyan delegation that visited Uganda signed the deal.", "Members", ["KEN"]),
    # coordinated places after a head: one actor each; a clause after people places them
    ("The leaders of France and Germany met on Monday.", "leaders", ["DEU", "FRA"]),
    ("Aid workers reached villagers displaced by the fighting in Mozambique.", "villagers", ["MOZ"]),
    # a plain demonym people keeps its country
    ("Palestinians protested on Monday.", "Palestinians", ["PSE"]),
])
def test_mentions(text, head, expected):
    assert countries(text, head) == expected


def test_unresolved_name_takes_its_apposition():
    actors, doc = finder("Ivan Oduya, Oman's trade envoy, toured the new port on Thursday.")
    subject = subject_of(next(t for t in doc if t.text == "toured"))
    assert subject is not None
    assert [m.actor.country for m in actors.mentions(subject)] == ["OMN"]


def test_misparsed_participle_subject_gives_its_own_subject():
    _, doc = finder("The Amber Cross operating in Nepal told reporters the roads must reopen.")
    subject = subject_of(next(t for t in doc if t.text == "told"))
    assert subject is not None and subject.text == "Cross"


def test_possessive_pronoun_is_not_a_target_of_the_noun():
    _, doc = finder("The ministers ended their long dispute with the union.")
    dispute = next(t for t in doc if t.text == "dispute")
    assert [t.text for t in noun_objects(dispute)] == ["union"]


@pytest.mark.parametrize(("text", "head", "expected"), [
    # a domestic actor without a country takes the one country its sentence places things in
    ("Governor Zebulon Quist toured flooded villages in Ghana on Friday.", "Quist", ["GHA"]),
    ("Magistrate Zebulon Quist ordered the arrest of nine Chilean customs officers.", "Quist", ["CHL"]),
    # ethnic peoples are placed by the sentence, not by their demonym
    ("Greek police arrested three ethnic Turks in a raid in northern Greece.", "Turks", ["GRC"]),
    # a country that acts places nothing, nor do troops abroad
    ("American troops killed ten insurgents in an airstrike.", "insurgents", []),
    ("Chinese officials met President Zebulon Quist on Monday.", "Quist", []),
    ("President Zebulon Quist threatened Russia with sanctions.", "Quist", []),
])
def test_country_from_the_sentence(text, head, expected):
    assert [c for c in countries(text, head) if c] == expected


def test_the_actors_own_forces_are_not_a_target():
    actors, doc = finder("Ruritania said it would recall its soldiers from Ghana.")
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert actors.mentions(soldiers, target=True) == []
    ghana = next(t for t in doc if t.text == "Ghana")
    assert [m.actor.country for m in actors.mentions(ghana, target=True)] == ["GHA"]


def test_a_possessive_pronoun_gives_the_owners_country():
    actors, doc = finder("The Kenyan army said its troops had killed ten Somali militants.")
    troops = next(t for t in doc if t.text == "troops")
    assert [m.actor.country for m in actors.mentions(troops)] == ["KEN"]


def test_coordinated_modifiers_keep_an_organisations_own_sector():
    actors, doc = finder("Egyptian mediators held talks with Israeli and Hamas officials in Cairo.")
    officials = next(t for t in doc if t.text == "officials")
    found = {(m.actor.country, m.actor.sector) for m in actors.mentions(officials)}
    assert found == {("ISR", "GOV"), ("PSE", "REB")}


def test_a_bare_thing_named_by_an_agent_noun_is_not_a_target():
    actors, doc = finder("The army fired artillery at the rebels, and the militia shelled the town.")
    artillery = next(t for t in doc if t.text == "artillery")
    assert actors.mentions(artillery, target=True) == []
    militia = next(t for t in doc if t.text == "militia")  # with a determiner it is a party
    assert [m.actor.sector for m in actors.mentions(militia, target=True)] == ["UAF"]


def test_an_infinitive_qualifying_a_thing_takes_the_governing_subject():
    _, doc = finder("Hundreds of nurses gathered on Monday for a march in Oslo to protest the new rota.")
    protest = next(t for t in doc if t.lemma_ == "protest")
    assert subject_of(protest).text == "Hundreds"


def test_a_complaint_is_about_what_follows_over_not_where_it_is_lodged():
    _, doc = finder("The union complained to the labour board over unpaid wages at the mine.")
    complained = next(t for t in doc if t.text == "complained")
    assert [t.text for t in objects_of(complained)][0] == "wages"
    _, doc = finder("Ruritania sent troops to Syldavia over the dispute.")
    sent = next(t for t in doc if t.text == "sent")
    assert [t.text for t in objects_of(sent)] == ["troops", "Syldavia", "dispute"]  # other verbs: text order


def test_a_restriction_in_a_place_targets_that_place():
    _, doc = finder("The junta declared a lockdown in Syldavia after the riots.")
    lockdown = next(t for t in doc if t.text == "lockdown")
    assert [t.text for t in noun_objects(lockdown)] == ["Syldavia"]
    _, doc = finder("The army held talks in Geneva.")
    talks = next(t for t in doc if t.text == "talks")
    assert noun_objects(talks) == []  # where talks are held is not their target


def test_a_conclusion_reports_what_follows_it():
    _, doc = finder("The inquiry concluded that the ministry should repay the grant.")
    repay = next(t for t in doc if t.text == "repay")
    assert under_speech(repay).text == "concluded"


def test_a_person_without_a_country_is_still_an_actor():
    actors, doc = finder("Police arrested Zebulon Quist on Monday. A judge later released him.")
    quist = next(t for t in doc if t.text == "Quist")
    assert [m.actor.name for m in actors.mentions(quist, target=True)] == ["Zebulon Quist"]
    him = next(t for t in doc if t.text == "him")
    assert [(m.text, m.actor.name, m.actor.country) for m in actors.mentions(him, target=True)] == [
        ("him", "Zebulon Quist", None)]
    team = finder("Yesterday the Ravens beat the Lions.")
    ravens = next(t for t in team[1] if t.text == "Ravens")
    assert all(m.actor.sector or m.actor.country for m in team[0].mentions(ravens))


@pytest.mark.parametrize(("text", "head", "expected"), [
    # an unnamed local body acts where its sentence is set
    ("Police fired tear gas at protesters on Monday in Lima.", "Police", ["PER"]),
    # else in the article's main country
    ("Peru's president called new elections. Peru's congress opposed the plan. Later, police arrested ten "
     "students.", "police", ["PER"]),
    # a place that acts sets no scene
    ("Police said Peru had signed the deal with Chile.", "Police", []),
])
def test_a_local_body_takes_the_country_of_its_scene(text, head, expected):
    assert [c for c in countries(text, head) if c] == expected


@pytest.mark.parametrize("text", [
    "MOMBASA, Kenya (AP) — A Ugandan trade delegation walked out of the pipeline talks on Friday.",
    "Nairobi – Ugandan Energy Minister Ivan Oduya walked out of the pipeline talks.",
])
def test_a_dateline_place_does_not_act(text):
    actors, doc = finder(text)
    subject = subject_of(next(t for t in doc if t.text == "walked"))
    assert subject is not None
    assert [m.actor.country for m in actors.mentions(subject)] == ["UGA"]


def test_they_stands_for_every_member_of_a_listed_antecedent():
    actors, doc = finder("Norway, Iceland and Denmark rejected the quota on Monday. The commission later warned them "
                         "of penalties.")
    them = next(t for t in doc if t.text == "them")
    assert sorted(m.actor.country for m in actors.mentions(them, target=True)) == ["DNK", "ISL", "NOR"]
    assert {m.text for m in actors.mentions(them, target=True)} == {"them"}


def test_a_list_after_a_preposition_is_one_phrase():
    actors, doc = finder("At the summit, envoys from Ghana, Togo, Benin and other states walked out.")
    envoys = next(t for t in doc if t.text == "envoys")
    assert sorted(m.actor.country for m in actors.mentions(envoys)) == ["BEN", "GHA", "TGO"]


def test_a_lone_surname_is_the_person_named_before():
    actors, doc = finder("Gunmen seized Zebulon King and Marta Oduya in 2016. Police later freed King and Oduya.")
    freed = next(t for t in doc if t.text == "freed")
    king = next(t for t in doc if t.text == "King" and t.i > freed.i)
    assert sorted(m.actor.name for m in actors.mentions(king, target=True)) == ["Marta Oduya", "Zebulon King"]


def test_a_titled_description_takes_the_country_of_its_scene():
    text = "Market traders in Kumasi booed the Controller-General of Customs on Friday."
    assert [c for c in countries(text, "General") if c] == ["GHA"]


@pytest.mark.parametrize(("text", "head", "expected"), [
    ("Troops clashed with the former president's supporters in the capital. President Zebulon Quist of Peru "
     "was ousted in May.", "supporters", []),
    ("Peru's ousted president Zebulon Quist fled. Police later clashed with Quist's supporters.", "supporters",
     [("PER", "CVL")]),
    ("Police dispersed hundreds of loyalists of Peru's ousted president on Monday.", "loyalists", [("PER", "CVL")]),
])
def test_followers_are_civilians_of_the_country_of_whom_they_back(text, head, expected):
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    assert [(m.actor.country, m.actor.sector) for m in actors.mentions(token) if m.actor.country] == expected


def test_a_person_of_no_known_country_is_a_target_only():
    actors, doc = finder("Zebulon Quist beat Ivan Oduya in the final on Monday.")
    quist, oduya = (next(t for t in doc if t.text == name) for name in ("Quist", "Oduya"))
    assert actors.mentions(quist) == []
    assert [m.actor.name for m in actors.mentions(oduya, target=True)] == ["Ivan Oduya"]


def test_a_city_that_is_no_capital_does_not_act():
    actors, doc = finder("Denver beat Seattle on Sunday. Lima recalled its ambassador from Quito.")
    denver, lima = (next(t for t in doc if t.text == name) for name in ("Denver", "Lima"))
    assert actors.mentions(denver) == []
    assert [m.actor.country for m in actors.mentions(lima)] == ["PER"]  # a capital acting is its government


@pytest.mark.parametrize(("text", "head"), [
    ("Ottawa edged Lima 2-1 after a late penalty.", "Ottawa"),  # a score with a result verb
    ("Peru crushed Norway in the semi-final.", "Norway"),
    ("The referee sent off Zebulon Quist in the second half.", "Quist"),
    ("Ghana's coach blamed the pitch for the defeat in the tournament.", "coach"),
])
def test_a_team_or_a_player_in_a_game_is_no_actor(text, head):
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    assert actors.mentions(token) == [] and actors.mentions(token, target=True) == []


def test_police_in_a_stadium_still_act():
    actors, doc = finder("Police in Lima detained forty fans outside the stadium.")
    police = next(t for t in doc if t.text == "Police")
    assert [(m.actor.country, m.actor.sector) for m in actors.mentions(police)] == [("PER", "COP")]


def test_a_person_acted_on_by_no_actor_is_no_target():
    actors, doc = finder("Zebulon Quist was dismissed by the bakery on Friday. Ivan Oduya was detained by police.")
    quist, oduya = (next(t for t in doc if t.text == name) for name in ("Quist", "Oduya"))
    assert actors.mentions(quist, target=True) == []
    assert [m.actor.name for m in actors.mentions(oduya, target=True)] == ["Ivan Oduya"]


@pytest.mark.parametrize(("text", "head", "expected"), [
    # an unnamed person or body undergoing an act done to people: no country, a sector where the role gives one
    ("Constables detained an elderly man outside the bakery.", "man", [("an elderly man", None, None)]),
    ("The tribunal jailed the defendant for nine years.", "defendant", [("the defendant", None, None)]),
    ("Officers questioned three suspects about the theft.", "suspects", [("three suspects", None, None)]),
    ("Masked raiders stabbed a pedestrian near the ferry.", "pedestrian", [("a pedestrian", None, "CVL")]),
    ("Inspectors fined the firm over the leaking barrels.", "firm", [("the firm", None, None)]),
    ("The governor threatened the contractor with a lawsuit.", "contractor", [("the contractor", None, None)]),
    ("A teenager was beaten by masked raiders.", "teenager", [("A teenager", None, None)]),
    # the phrase's own demonym gives the country
    ("Guards detained a Dutch woman at the ferry terminal.", "woman", [("a Dutch woman", "NLD", None)]),
])
def test_an_unnamed_private_party_is_a_target(text, head, expected):
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    found = [(m.text, m.actor.country, m.actor.sector) for m in actors.mentions(token, target=True)]
    assert found == expected


@pytest.mark.parametrize(("text", "head"), [
    ("The senator criticised the budget on Tuesday.", "budget"),  # a thing, not a person
    ("Constables closed the bridge after the flood.", "bridge"),
    ("The tribunal upheld the ruling on appeal.", "ruling"),
    ("Nine people were killed in the landslide.", "people"),  # an act with no agent
    ("Raiders burned the market, killing two women.", "women"),  # a consequence of another act
    ("The senator praised the courier for her courage.", "courier"),  # not a person noun the lists know
])
def test_no_private_target_for_things_agentless_acts_or_unknown_nouns(text, head):
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    assert actors.mentions(token, target=True) == []


def test_an_unnamed_private_party_is_no_source():
    actors, doc = finder("A man attacked the guards outside the bakery.")
    man = next(t for t in doc if t.text == "man")
    assert actors.mentions(man) == []
