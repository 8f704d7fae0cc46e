"""Joint actors and targets: when several named actors act on one another, and what is no target, over invented
sentences (real parse, real actor stage)."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article
from newsgraph.pipeline import stages


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return {(e.type, e.source and e.source.actor.country, e.target and e.target.actor.country)
            for e in EventCoder(article).events()}


@pytest.mark.parametrize(("text", "expected"), [
    # several actors each doing a one-sided act to a thing: one event each, no target
    ("Chile, Peru and Ecuador have welcomed the ruling.",
     {("SUPPORT", "CHL", None), ("SUPPORT", "PER", None), ("SUPPORT", "ECU", None)}),
    ("Sweden and Finland pledged to cut emissions by half.", {("AGREE", "SWE", None), ("AGREE", "FIN", None)}),
    ("Egyptian and Sudanese troops attacked a rebel convoy near the border.",
     {("ASSAULT", "EGY", None), ("ASSAULT", "SDN", None)}),
])
def test_joint_actors_of_a_one_sided_act_act_each_on_their_own(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two-sided acts (clashing, cutting ties, exchanging fire, meeting, agreeing) with no other party: mutual
    ("Chile and Peru clashed over the fishing zone.", {("ASSAULT", "CHL", "PER"), ("ASSAULT", "PER", "CHL")}),
    ("Bolivia and Paraguay cut diplomatic ties.", {("SANCTION", "BOL", "PRY"), ("SANCTION", "PRY", "BOL")}),
    ("Serbia and Croatia exchanged fire across the river.", {("ASSAULT", "SRB", "HRV"), ("ASSAULT", "HRV", "SRB")}),
    ("Ghana and Togo met in Lome on Monday.", {("CONSULT", "GHA", "TGO"), ("CONSULT", "TGO", "GHA")}),
    # a place named after the thing agreed on is no party to the agreement
    ("Vietnam and Laos agreed to build a railway to China.", {("AGREE", "VNM", "LAO"), ("AGREE", "LAO", "VNM")}),
    # an act done to each other, whatever its kind
    ("Armenia and Azerbaijan accused each other of shelling border villages.",
     {("ACCUSE", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM")}),
])
def test_joint_actors_of_a_two_sided_act_act_on_one_another(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a joint subject with its own object actor: each meets the object, not the other
    ("The Kenyan and Ugandan presidents met the Ethiopian prime minister in Addis Ababa.",
     {("CONSULT", "KEN", "ETH"), ("CONSULT", "UGA", "ETH")}),
])
def test_joint_actors_meeting_a_third_party_meet_it(text, expected):
    assert coded(text) == expected


def targets(text: str, type_: str) -> set[str | None]:
    """Target countries of the text's events of one type."""
    return {target for t, _, target in coded(text) if t == type_}


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # what an agreement is about is no party to it, nor is the place of the talks; a party named with "with" is
    ("Meeting in Senegal for a week of negotiations, the rival Malian parties agreed on the make-up of an electoral "
     "commission.", "AGREE", {None}),
    ("Kenya reached an agreement with Ethiopia on a new pipeline to Djibouti.", "AGREE", {"ETH"}),
    # the trigger's own object ("signed the agreement") is no party, wherever it was signed
    ("The Kenyan government signed the agreement in Berlin on Tuesday.", "SUPPORT", {None}),
    # ... but what it is about still is ("lifted the ban on X")
    ("Ghana lifted the ban on Togolese imports.", "CONCEDE", {"TGO"}),
    # a gathering an act took place at is its occasion, not its recipient
    # (a call for attacks on a party threatens it: tests/test_events_triggers_news.py)
    ("Al-Shabaab called for more attacks against Kenya at the funeral of a fighter.", "THREATEN", {"KEN"}),
    ("Speaking at the funeral of one of its commanders on Friday, the Somali militia called for new attacks against "
     "Kenya.", "THREATEN", {"KEN"}),
])
def test_what_is_agreed_on_or_where_it_happened_is_no_target(text, type_, expected):
    assert targets(text, type_) == expected


def test_force_used_at_a_gathering_targets_it():
    # near miss: a force act "at" a rally is done to the people there, not at an occasion of it
    found = coded("Ugandan police fired at a rally of Kenyan traders.")
    assert any(t == "ASSAULT" and target == "KEN" for t, _, target in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a demand voiced while meeting, visiting or calling someone is addressed to them
    ("The Turkish Foreign Minister paid a hurried visit to the Cypriot president and the Greek prime minister, "
     "calling for restraint.", {"GRC", "CYP"}),
    ("The Chinese envoy telephoned the Indian foreign minister, calling for calm on the border.", {"IND"}),
])
def test_a_demand_voiced_at_a_meeting_is_addressed_to_the_partner(text, expected):
    assert targets(text, "REQUEST") == expected


def test_a_demand_after_an_act_that_meets_nobody_has_no_addressee():
    # near miss: sending troops is no meeting, so the urging names no one
    assert targets("The Kenyan army sent troops to the border with Somalia, urging calm.", "REQUEST") <= {None}


@pytest.mark.parametrize(("text", "expected"), [
    # any meeting the lexicon codes (a summit, receiving an envoy) has a partner who hears the demand
    ("The Brazilian president held a summit with the Bolivian president, pressing for a gas deal.", {"BOL"}),
    ("The Brazilian president received the Bolivian foreign minister in Brasilia, pressing for a gas deal.", {"BOL"}),
    # near miss: "met the demands" is a concession, no meeting, so the urging names no one
    ("The Brazilian government met the Bolivian miners' demands, pressing for calm.", {None}),
])
def test_the_lexicons_meetings_have_a_hearer(text, expected):
    assert targets(text, "REQUEST") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement or support for something in one's own country names no partner there
    ("The commanders of the Sudanese rebel movements reached a deal on the structure of a new army for Sudan.", {None}),
    ("The Kenyan president pledged support on Monday for a new constitution for Kenya.", {None}),
    # near miss: another country named there is still the partner
    ("The Kenyan president pledged support on Monday for the government of Somalia.", {"SOM"}),
])
def test_ones_own_country_is_no_partner_of_a_cooperative_act(text, expected):
    assert targets(text, "AGREE") == expected


def test_only_an_act_of_agreeing_leaves_out_what_it_is_about():
    # near misses: another act's "on" or "for" names whom it is done to or for
    assert targets("The European Union imposed sanctions on Belarus over the crackdown.", "SANCTION") == {"BLR"}
    assert targets("The Kenyan president backed a plan for Somalia.", "SUPPORT") == {"SOM"}


@pytest.mark.parametrize(("text", "expected"), [
    # a fight named by a noun "between X and Y" that the clause says took place: X and Y fight each other
    ("Four villagers died during skirmishes between farmers and Peruvian police near Cusco on Monday.",
     {("ASSAULT", "PER", "PER")}),
    ("Residents reported that there was a fierce firefight between Chadian rebels and the Malian army overnight.",
     {("ASSAULT", "MLI", "TCD"), ("ASSAULT", "TCD", "MLI")}),
    # every fight noun makes the sides each other's target (one list: the joint candidate says so itself)
    ("Two people died in a shootout between Chilean police and Peruvian smugglers.",
     {("ASSAULT", "CHL", "PER"), ("ASSAULT", "PER", "CHL")}),
    # "between" on the verb of happening rather than on the noun
    ("Fighting raged between Ethiopian troops and Eritrean soldiers near the border.",
     {("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")}),
    ("Heavy fighting erupted on Sunday between Ugandan soldiers and Congolese rebels.",
     {("ASSAULT", "UGA", "COD"), ("ASSAULT", "COD", "UGA")}),
])
def test_a_fight_between_two_sides_is_coded_both_ways(text, expected):
    assert {e for e in coded(text) if e[0] == "ASSAULT"} == expected


@pytest.mark.parametrize("text", [
    # near misses: a fight said not to have happened, or only named as what someone wants ended
    "There were no clashes between Peruvian police and farmers on Sunday.",
    "The Chilean minister called for an end to the clashes between Peruvian police and farmers.",
    # a fight that may come ("any fighting", a condition) is no fight that took place
    "Indian troops are ready to intervene in any fighting between Nepalese police and Maoist rebels.",
    "Nigerian peacekeepers would step in if fighting broke out between Liberian troops and Guinean militias.",
])
def test_no_fight_when_the_clause_does_not_say_it_happened(text):
    assert not any(t == "ASSAULT" for t, _, _ in coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the place of talks is no party to what is asked about them
    ("A one-month delay of the peace talks in Norway was demanded on Tuesday by the Somali rebel alliance.", {None}),
    # near miss: people held in a place are placed by it
    ("Ghana demanded the release of prisoners held in Togo.", {"TGO"}),
])
def test_the_place_of_talks_is_no_target(text, expected):
    assert targets(text, "REQUEST") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a call "in" which something was said is a meeting of the speaker with the partner (talks "in" are not:
    # tests/test_events_triggers_news.py)
    ("The Ugandan president accused Kenya of harbouring rebels in a telephone call with the Tanzanian president.",
     {("CONSULT", "UGA", "TZA")}),
])
def test_a_meeting_in_an_adjunct_with_in_is_a_meeting(text, expected):
    assert {e for e in coded(text) if e[0] == "CONSULT"} == expected


def test_a_call_in_a_place_is_no_meeting():
    # near miss: "in" a city names where, and no partner is named
    assert not any(t == "CONSULT" for t, _, _ in coded("The Ugandan president accused Kenya of lying in Kampala."))


@pytest.mark.parametrize(("text", "expected"), [
    # a complaint or protest one summons or meets an envoy for is addressed to the envoy, not to its topic
    ("Togo's ambassador was summoned by Ghanaian deputy foreign minister Paul Roy on Tuesday to complain about the "
     "lack of action against smugglers.", {"TGO"}),
    ("The Kenyan foreign minister met the Somali ambassador to protest against the border raids.", {"SOM"}),
])
def test_a_complaint_made_by_summoning_someone_is_addressed_to_them(text, expected):
    assert targets(text, "ACCUSE") == expected


def test_a_purpose_of_an_act_that_meets_nobody_keeps_its_own_target():
    # near miss: an arrest made to stop something names no hearer
    assert targets("The Kenyan police arrested two Somali smugglers to stop the trade.", "COERCE") == {"SOM"}
