"""Participants the knowledge base has no name for: organisations it does not list and unnamed groups of people
(extract/events_groups.py), and the things that stay no actor. Invented sentences and names."""

from __future__ import annotations

import pytest
from tests.test_events_actors import finder

from newsgraph.evaluation.events import ARTICLE_STAGES, code_articles
from newsgraph.extract.events import plover_type
from newsgraph.model import Article


def mentions(text: str, head: str, target: bool = False) -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of the actors the first token ``head`` stands for."""
    actors, doc = finder(text)
    token = next(t for t in doc if t.text == head)
    return [(m.text, m.actor.country, m.actor.sector) for m in actors.mentions(token, target=target)]


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(PLOVER type, source text, target text) of the events of a one-sentence article."""
    article = Article(id="t", text=text, published="2024-01-01")
    coded = code_articles([article], ARTICLE_STAGES, batch_size=1)["t"]
    return [(plover_type(e), (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
            for e in coded]


@pytest.mark.parametrize(("text", "head", "target", "expected"), [
    # a group of people named by a common noun: no country, the sector its noun gives
    ("Broadband providers urged regulators to free more spectrum.", "providers", False,
     [("Broadband providers", None, "BUS")]),
    ("The council warned householders against burning rubbish.", "householders", True,
     [("householders", None, "CVL")]),
    # ... an audience or a clientele none: a target only
    ("The mayor met visitors from the coast.", "visitors", True, [("visitors", None, None)]),
    # ... counted ("tens of thousands of commuters") spans the count
    ("Police fired tear gas at tens of thousands of commuters in the square.", "thousands", True,
     [("tens of thousands of commuters", None, "CVL")]),
    # ... placed by its own demonym
    ("Kenyan householders rejected the new levy.", "householders", False, [("Kenyan householders", "KEN", "CVL")]),
    # a named organisation the knowledge base does not list: no country, no sector, source and target alike
    ("Quillfeather Records agreed to buy a studio.", "Records", False, [("Quillfeather Records", None, None)]),
])
def test_nameless_participants(text, head, target, expected):
    assert mentions(text, head, target) == expected


@pytest.mark.parametrize(("text", "head", "twin", "twin_head", "target"), [
    # things are no group of people, a bare singular noun no group: each beside a twin the nameless path takes
    ("The minister criticised the prices.", "prices", "The minister criticised the householders.", "householders",
     True),
    ("The minister praised the plan.", "plan", "The minister praised the parents.", "parents", True),
    ("Party politics dominated the week.", "politics", "The parties dominated the week.", "parties", True),
    # an event's name is no body, whereas an unlisted body's name acts
    ("The Harbour Energy Summit urged ministers to act.", "Summit",
     "The Harbour Energy Alliance urged ministers to act.", "Alliance", False),
    # a firm noun also used for things is no group of firms; one always meaning firms is
    ("The storm disrupted supply chains across the region.", "chains",
     "The storm disrupted insurers across the region.", "insurers", True),
])
def test_no_actor_beside_its_twin(text, head, twin, twin_head, target):
    assert mentions(text, head, target) == []
    assert mentions(twin, twin_head, target) != []


@pytest.mark.parametrize(("text", "head"), [
    # a thing's given name is no body
    ("Inspectors examined a bomb called the Grey Widow.", "Widow"),
    # a firm that only qualifies a thing is not acted on
    ("Officials sold a stake in Nimbus Records last year.", "Records"),
])
def test_no_actor(text, head):
    assert mentions(text, head, target=True) == []


def test_unknown_firm_acts_and_is_acted_on():
    assert ("AGREE", "Quillfeather Records", "Marrowdale Music") in events(
        "Quillfeather Records agreed to buy Marrowdale Music.")


def test_group_target_of_a_demand():
    assert ("REQUEST", "Regulators", "wireless providers") in events(
        "Regulators demanded answers from wireless providers after the outage.")


def test_event_name_is_no_target():
    assert [(t, s, g) for t, s, g in events("Ministers praised the Harbour Energy Summit.") if g] == []


def test_toll_of_an_attack_is_no_target():
    """People killed as the result of another act are its toll, not the target of a killing of their own."""
    found = events("Militiamen attacked the village, killing 40 people.")
    assert not any(g == "40 people" for _, _, g in found)


def test_unnamed_group_alone_under_an_agentless_passive_is_no_event():
    """A group of no name undergoing an act nobody is named for is no event; named, the one who does it acts."""
    text = "Five householders will be tried next week, accused of forging invoices."
    assert mentions(text, "householders", target=True) == [("Five householders", None, "CVL")]
    assert events(text) == []
    assert ("ACCUSE", "the Kenyan police", "Five householders") in events(
        "Five householders were charged by the Kenyan police with forging invoices.")


def test_civilians_massing_deploy_no_troops():
    """Civilians who mass somewhere gather; only forces are deployed (PLOVER MOBILIZE)."""
    assert not any(t == "MOBILIZE" for t, _, _ in events("Residents massed in Nairobi on Friday."))
    found = events("Riot police fired tear gas at hundreds of villagers who had massed outside the governor's "
                   "compound in Kisumu.")
    assert any(t == "ASSAULT" for t, _, _ in found) and not any(t == "MOBILIZE" for t, _, _ in found)
    assert any(t == "MOBILIZE" for t, _, _ in events("Kenyan troops massed in Nairobi on Friday."))


@pytest.mark.parametrize("text", [
    "Orbitron shot a new advert in Paris.",
    "Orbitron fired 200 workers at its plant.",
    "Orbitron launched an attack on the pricing of rival Zenda Mobile.",
    "Stellar Burgers invaded the city with ten new restaurants.",
])
def test_unlisted_organisation_uses_no_force(text):
    """An organisation the knowledge base does not list claims, demands or agrees, but is no source of force."""
    assert not any(t == "ASSAULT" for t, _, _ in events(text))


def test_unlisted_organisation_still_accuses():
    assert any(t == "ACCUSE" and s == "Orbitron" for t, s, _ in events("Orbitron accused Zenda Mobile of fraud."))


@pytest.mark.parametrize("text", [
    "Fans invaded the pitch after the final whistle.",
    "Viewers bombarded the broadcaster with complaints.",
    "Fans of the Midnight Owls attacked the critics on social media.",
    "Thousands of fans marched to the stadium before the match.",
    "Fans demanded the resignation of the coach.",
    # a crowd of no audience noun in a sentence about a game
    "Thousands of people marched to the stadium before the match.",
])
def test_audience_acts_for_nobody(text):
    """Fans, viewers and listeners act for no party: their noun gives no sector, and a game's crowd is none."""
    assert events(text) == []


def test_residents_still_demand():
    assert ("REQUEST", "Householders", "the council") in events(
        "Householders in the valley demanded compensation from the council.")


@pytest.mark.parametrize("text", [
    "Drone operators attacked the convoy near the border.",
    "Her partners accused her of stealing from the business.",
    "Software developers criticised the new rules for apps.",
])
def test_people_named_by_trade_are_no_firms(text):
    """Operators, partners and developers may be people: no firms of sector BUS."""
    assert not any(s and "BUS" in str(s) for _, s, _ in events(text))
    heads = {"Drone": "operators", "Her": "partners", "Software": "developers"}
    assert all(sector != "BUS" for _, _, sector in mentions(text, heads[text.split()[0]]))


def test_group_sector_follows_the_role_list():
    """roles.tsv gives the sectors of the group nouns it lists (shareholders CVL), not a second list."""
    from newsgraph.extract.events_groups import group_sector

    _, doc = finder("Angry shareholders wrote to the board.")
    assert group_sector(next(t for t in doc if t.text == "shareholders")) == "CVL"
