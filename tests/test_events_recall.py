"""Events a plain verb-lexicon coder would find that the rules used to miss (issue 5): general shapes of
subject, object and trigger, each beside the ordinary uses of the same shape that must stay eventless.
Sentences are invented (real parse, real actor stage)."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder, plover_type
from newsgraph.model import Article
from newsgraph.pipeline import stages

Coded = tuple[str, str | None, str | None]


def coded(text: str) -> list[Coded]:
    """(PLOVER type, source text, target text) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(plover_type(e), e.source and e.source.text, e.target and e.target.text)
            for e in EventCoder(article).events()]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun as a passive's subject stands for the noun the clause qualifies
    ("The regulator approved the merger of Orvane Labs, which had been bought by Pellion Group two years earlier.",
     ("COOPERATE", "Pellion Group", "Orvane Labs")),
    ("A judge freed Colonel Abiola Dare, who was arrested by the Nigerian police in May.",
     ("COERCE", "the Nigerian police", "Colonel Abiola Dare")),
])
def test_a_relative_passive_codes_the_noun_it_qualifies(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The painting, which was bought by a private collector in 1990, hangs in the hall.",
    "The striker, who was signed by Arsenal in the summer, scored twice on Saturday.",
    "The album, which was released by Sony Music in May, topped the charts.",
    "The house, which was bought by the couple for $300,000, was flooded last winter.",
    "The shares, which were bought by pension funds, rose 4 percent.",
    "The stadium, which was built by a Turkish firm, holds 40,000 fans.",
])
def test_ordinary_relative_passives_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a passive of giving: the passive's subject receives, the "from" or "by" phrase gives
    ("Alitalia was granted a loan of 400 million euros by the Italian government.",
     ("AID", "the Italian government", "Alitalia")),
    ("Skyvale and Norrin Air were given emergency loans from the Danish state during the strike.",
     ("AID", "the Danish state", "Norrin Air")),
])
def test_a_passive_of_giving_aid_names_giver_and_recipient(text, expected):
    assert expected in coded(text)


def test_a_passive_of_giving_has_no_sourceless_twin():
    events = coded("The Irish farmers were given grants from the European Commission.")
    assert events == [("AID", "the European Commission", "The Irish farmers")]


@pytest.mark.parametrize("text", [
    "The players were given a day off by the coach after the win.",
    "The club was given a loan from its bank to rebuild the stand.",
    "The couple were given a mortgage by a local lender.",
    "Farmers were given advice from the weather service before the frost.",
    "The firm was granted a patent by the European Patent Office.",
])
def test_ordinary_passives_of_giving_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "source"), [
    # the troops or police a mobilisation deploys are its means, not whom it is aimed at
    ("The Indian army deployed 3,000 soldiers to the border with Pakistan.", "The Indian army"),
    ("The Ghanaian government deployed extra police officers in Accra before the vote.", "The Ghanaian government"),
])
def test_a_mobilisation_does_not_target_its_own_forces(text, source):
    assert ("MOBILIZE", source, None) in coded(text)


def test_a_mobilisation_keeps_the_party_it_is_aimed_at():
    text = "Ethiopia put its troops on alert along the border with Eritrea."
    assert ("MOBILIZE", "Ethiopia", "Eritrea") in coded(text)


def test_an_act_in_a_participle_clause_keeps_its_private_target_and_its_twin():
    # the participle is done by the clause's subject, not a harm that follows; arrest and seizure are two acts
    events = coded("Egyptian police sealed off the square on Friday, detaining 30 people and seizing their banners.")
    assert ("COERCE", "Egyptian police", "30 people") in events
    assert ("COERCE", "Egyptian police", None) in events


@pytest.mark.parametrize("text", [
    "The airline cancelled 40 flights, stranding thousands of passengers in Dublin.",
    "The storm flooded the valley, forcing 300 residents from their homes.",
    "The bank raised its rates, angering many borrowers.",
    "The ferry capsized near the coast, killing 40 people.",
])
def test_ordinary_participle_clauses_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "in" with an object of its own is a preposition: the verb's other rows still apply
    ("The Danish minister gave a stern warning to Iran in response to the missile test.",
     ("THREATEN", "The Danish minister", "Iran")),
    ("The Chilean government finally gave in after weeks of protests.", ("CONCEDE", "The Chilean government", None)),
])
def test_a_particle_row_does_not_block_the_verb_when_its_particle_is_a_preposition(text, expected):
    assert expected in coded(text)


def test_a_concert_given_in_a_city_stays_eventless():
    assert coded("The singer gave a concert in Madrid on Friday.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a message of praise, sympathy or protest received from a party: that party's act towards the receiver
    ("The Chilean president received a congratulatory telegram from the Peruvian government after the vote.",
     ("SUPPORT", "the Peruvian government", "The Chilean president")),
    ("The Dutch embassy received a letter of protest from the Chinese foreign ministry.",
     ("ACCUSE", "the Chinese foreign ministry", "The Dutch embassy")),
    # a firm's message to another firm is a business act, as the guideline codes firms' dealings
    ("Boreal Steel received a congratulatory note from Vantis Group on Monday.",
     ("SUPPORT", "Vantis Group", "Boreal Steel")),
])
def test_a_message_received_is_coded_for_its_sender(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The school received a letter from the council about parking.",
    "The singer received a birthday card from her fans.",
    "The winner received a congratulatory message from the club.",
    # a private person's message is no political act of the sender
    "The Austrian consulate received an angry letter of complaint from a Dutch hiker.",
])
def test_ordinary_messages_received_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an invitation to appear or testify before a body is a summons (ACCUSE investigate) when the body that
    # issues it or hears it investigates: police, prosecutors or investigators
    ("Chilean prosecutors invited the former defence minister to testify before them about the arms deal.",
     ("ACCUSE", "Chilean prosecutors", "the former defence minister")),
    ("The electoral commission invited two opposition lawmakers to appear before state prosecutors on Monday.",
     ("ACCUSE", "The electoral commission", "two opposition lawmakers")),
])
def test_an_invitation_to_appear_before_a_body_is_a_summons(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The festival invited the band to play on the opening night.",
    "The director invited fans to appear in the music video.",
    "The BBC invited the author to appear on its morning show.",
    "The couple invited 200 guests to their wedding in Rome.",
    "The court summoned the jury back after lunch.",
    # hearings, shows and disciplinary panels invite; they do not investigate
    "The Senate science committee invited the NASA chief to testify before the panel about the Mars mission.",
    "The Italian television channel invited the young singers to appear before the judges of the talent show.",
    "The Brazilian football federation summoned the players to appear before the disciplinary panel.",
    "The German parliament invited the Nobel laureate to testify before the climate committee.",
    "The British parliament's culture committee invited the BBC's director to appear before it next week.",
])
def test_ordinary_invitations_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # counted orders from a named firm, received by a firm, are sales (COOPERATE, either way round)
    ("The Swedish yard received nine orders from Bergvik Shipping this year.",
     ("COOPERATE", "The Swedish yard", "Bergvik Shipping")),
])
def test_counted_orders_from_a_named_firm_are_sales(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The troops received new orders from Moscow on Friday.",
    "The restaurant received orders from hundreds of customers on Sunday.",
    "The mayor announced orders for residents to leave the coast.",
    "The shop received 500 orders from customers in one day.",
    # orders from a state body, or with no count, are commands
    "The French ambassador received fresh orders from the Foreign Ministry.",
    "The police chief received new orders from the Interior Ministry.",
    "The envoy received three orders from the Foreign Ministry in one week.",
])
def test_commands_and_shop_orders_stay_eventless(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("Union leaders in Chile called off the strike after the government raised wages.", "Union leaders in Chile"),
    ("Student leaders in Bogota called off the protest on Monday.", "Student leaders in Bogota"),
])
def test_private_groups_calling_off_a_collective_act_concede(text, source):
    assert ("CONCEDE", source, None) in coded(text)


@pytest.mark.parametrize("text", [
    "The company called off the merger with its rival.",
    "Residents of the town called off the search for the missing dog.",
])
def test_calling_off_a_private_plan_is_no_event(text):
    assert coded(text) == []
