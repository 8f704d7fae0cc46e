"""Trigger classes filled by issue 5, each with invented sentences of several verbs, actors and structures:
events that must get their PLOVER type, and everyday uses of the same words that must give no event."""

from __future__ import annotations

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

EVENT_SENTENCES = {
    # AID: relief goods handed out, delivered or shipped to people in need, a body caring for them or a state
    "Oxygen and ventilators were dispatched to hospitals in Lombardy by the Chinese government.": "AID",
    "Troops passed out rations among displaced families near the border.": "AID",
    "The Red Crescent handed out food parcels to refugees in the camp.": "AID",
    "The army delivered hygiene kits and rations to flood victims.": "AID",
    "Qatar shipped blankets and mattresses to Afghanistan.": "AID",
    # ASSAULT: firing or shooting into a crowd, a house or a vehicle
    "Soldiers fired into the crowd outside the parliament.": "ASSAULT",
    "Militiamen shot into houses in the border village.": "ASSAULT",
    "Police fired into a car carrying four students.": "ASSAULT",
    # AGREE: a sum committed or earmarked for a recipient
    "The IMF committed $3 billion to Pakistan.": "AGREE",
    "The European Union committed 500 million euros to Ukraine.": "AGREE",
    "Japan earmarked $200 million for Bangladesh.": "AGREE",
    # REJECT: failing to honour or fulfil a commitment
    "Iran failed to honour its commitments under the nuclear accord.": "REJECT",
    "Venezuela has not fulfilled its obligations to its creditors.": "REJECT",
    "The rebels failed to implement the peace agreement.": "REJECT",
    # COOPERATE: coordinating a policy with another party
    "France coordinated its response with Germany.": "COOPERATE",
    "The central bank coordinated its move with the Treasury.": "COOPERATE",
    # COERCE: duties and levies imposed, restrictions introduced or enforced
    "The European Union slapped duties on Chinese bicycles.": "COERCE",
    "The United States imposed anti-dumping duties on Chinese steel.": "COERCE",
    "India introduced new restrictions on Chinese investment.": "COERCE",
    "The army enforced a curfew in the capital.": "COERCE",
    # ACCUSE: criticism named with a verb of striking
    "The governor hammered the senator over his votes on health care.": "ACCUSE",
    "Farm unions hammered the trade commissioner over the import quotas.": "ACCUSE",
    "On Monday, the finance minister tore into the central bank governor over the rate rise.": "ACCUSE",
    "The premier has not returned the mayor's calls since the floods.": "REJECT",
    "The opposition leader ripped into the prime minister over the delays.": "ACCUSE",
    "The minister tore into the opposition leader for his slow response.": "ACCUSE",
    # SUPPORT: thanks, condolences and tributes sent, conveyed or paid; messages named by their stance
    "The Chinese president sent a congratulatory message to the new Kenyan leader.": "SUPPORT",
    "The king sent condolences to the families of the miners.": "SUPPORT",
    "The Japanese emperor conveyed his sympathy to the Turkish people.": "SUPPORT",
    "The prime minister paid tribute to the soldiers who died.": "SUPPORT",
    "The minister offered condolences to the Nepalese government.": "SUPPORT",
    # ACCUSE: a letter of protest
    "Ankara sent a letter of protest to the Greek government.": "ACCUSE",
    # ASSAULT: force or live fire used on people
    "Police used lethal force against the protesters.": "ASSAULT",
    "Troops used live ammunition against demonstrators.": "ASSAULT",
    # REJECT: voting down aid or a bill; unreturned calls
    "The Senate voted down the aid package for the carmakers.": "REJECT",
    "Lawmakers voted down the budget proposed by the prime minister.": "REJECT",
    "The senator has not returned calls from the White House.": "REJECT",
    # AID: a lender approving a loan or a grant
    "The World Bank approved a $500 million loan for Kenya.": "AID",
    "The Asian Development Bank approved a grant to Nepal for schools.": "AID",
    # ACCUSE investigate: summoned for questioning
    "Police summoned the opposition leader for questioning.": "ACCUSE",
    # patterns of the CAMEO dictionary reviewed by hand
    "Colombia entered talks with the rebels.": "CONSULT",
    "The Kremlin hurled accusations at Washington.": "ACCUSE",
    "Police placed the activist in detention.": "COERCE",
    "The army deployed aid to the flooded villages.": "AID",
    "The ministry conveyed its displeasure to the ambassador.": "ACCUSE",
    "The army kept up its offensive in the north.": "ASSAULT",
    # ASSAULT abduct: hostages taken or held (a predicate the parser makes a clause)
    "Pirates took 12 sailors hostage off the coast.": "ASSAULT",
    "The gunmen held the passengers hostage for six hours.": "ASSAULT",
    "The sailors were held hostage by pirates for a month.": "ASSAULT",
    # verdicts, bookings, impeachment
    "The judge found the former minister guilty of fraud.": "SANCTION",
    "Officers booked the man on charges of assault.": "ACCUSE",
    "Parliament impeached the president.": "ACCUSE",
    # CONCEDE: tariffs suspended, exemptions
    "The United States suspended tariffs on Mexican tomatoes.": "CONCEDE",
    "The European Union exempted Japan from the new duties.": "CONCEDE",
    # COERCE: pushbacks; PROTEST: a hyphenated event noun the tokenizer splits
    "Border guards pushed back the migrants.": "COERCE",
    "Activists staged a sit-in outside the ministry.": "PROTEST",
    # COERCE restrict: a regulator halting or suspending trading
    "The regulator halted trading in the company's shares.": "COERCE",
    # AID received, the giver named after the sum ("a package worth $900m from X")
    "Struggling Laos has secured a package worth $900 million from Beijing.": "AID",
    # exercises held together are cooperation, alone a show of force
    "Egypt and France held naval exercises in the Mediterranean.": "COOPERATE",
    "French and Egyptian warships held exercises in the Mediterranean.": "COOPERATE",
    "Russia launched naval exercises in the Baltic.": "MOBILIZE",
    "The junta suspended the constitution.": "COERCE",
    "Colombia reopened talks with the rebels.": "CONSULT",
    # COOPERATE: orders for goods placed or received, contracts secured
    "Emirates placed an order with Airbus for 50 jets.": "COOPERATE",
    "Boeing received an order for 15 jets from Korean Air.": "COOPERATE",
    "Lockheed Martin secured a contract with the Indian navy.": "COOPERATE",
    # event nouns governed by light verbs
    "Italy launched a rescue operation for the migrants.": "AID",
    "The army began the evacuation of civilians from the city.": "AID",
    "The authorities imposed a quarantine on the town.": "COERCE",
    "Russian hackers launched a cyberattack on Ukrainian banks.": "COERCE",
    "The militia carried out killings of civilians in the villages.": "ASSAULT",
    # offers of talks, relenting, and phrasal verbs of news
    "France proposed talks between the two sides.": "AGREE",
    "The junta relented after weeks of protests.": "CONCEDE",
    "The government clamped down on independent media.": "COERCE",
    "Protesters tore down a statue of the former dictator.": "PROTEST",
    "Rebels drove out government troops from the town.": "ASSAULT",
    "Militiamen drove out the villagers from their homes.": "COERCE",
    "Activists railed against the new law.": "ACCUSE",
    "The rebels stood down their forces.": "RETREAT",
    "Prosecutors brought charges against the former minister.": "ACCUSE",
    "Egypt brought a case against Ethiopia at the court.": "ACCUSE",
    "Nigeria pleaded for help from the United Nations.": "REQUEST",
    "The US scaled back its military presence in Syria.": "RETREAT",
    # business (MEANTIME conventions): sales with the buyer named, licensing, deliveries
    # taken, arms sales, legal battles settled
    "Ford sold Jaguar to Tata Motors.": "COOPERATE",
    "Germany sold submarines to Israel.": "COOPERATE",
    "Ericsson licensed its patents to Sony.": "COOPERATE",
    "The airline took delivery of its first A380 from Airbus.": "COOPERATE",
    "Philips and Huawei settled their legal battle over lighting patents.": "SUPPORT",
    # ACCUSE allege: charges pressed, legal proceedings launched
    "The family pressed charges against the police officer.": "ACCUSE",
    "The government launched legal proceedings against the newspaper.": "ACCUSE",
    "The bank began legal proceedings against its former chief executive.": "ACCUSE",
}

ORDINARY_SENTENCES = [
    "The carpenter hammered the nails into the board.",
    "The striker fired a shot into the top corner.",
    "The airline distributed blankets to passengers on the overnight flight.",
    "Volunteers handed out leaflets at the station.",
    "The company committed $5 million to expand its warehouse.",
    "The studio committed to a second season of the show.",
    "The bakery kept its promise of fresh bread every morning.",
    "The chef coordinated the kitchen staff during the busy evening.",
    "The app introduced new filters for photos.",
    "Fans tore into their tickets as the gates opened.",
    "The customs office collected duties on imported cars.",
    "The school introduced a new timetable in September.",
    "The teacher sent a letter to parents about the new timetable.",
    "The chef used fresh herbs from the garden.",
    "The board approved the annual report.",
    "The coach sent a message to his players before the final.",
    "The court found him not guilty.",
    "The ministry found the report helpful.",
    "The airline pushed back the launch of its new route.",
    "The studio suspended filming for a week.",
    "The company entered the Chinese market last year.",
    "The investor stopped trading after the losses.",
    "The judge placed an order on the sale.",
    "The critic ripped into the new film in his review.",
    "The festival began with an evacuation drill.",
    "The label announced the release of the band's new album.",
    "The ministry proposed a new budget.",
    "The builders tore down the fence around the garden.",
    "Thieves broke into the home of the singer.",
    "The singer spoke out against online trolls.",
    "The carmaker sold 2 million cars last year.",
    "The fund sold its shares to a rival investor.",
    "The farmer sold his house to a neighbour.",
    "The restaurant received orders from hundreds of customers.",
    # sports results between national teams or clubs are no criticism (review of 2026-11-29, H3)
    "France hammered Italy 40-10 in the Six Nations on Saturday.",
    "Manchester City hammered Everton 5-0.",
    "Brazil tore into Argentina in the second half of the friendly.",
    "The Dutch laid into the Belgians in the opening set.",
    "The striker hammered the ball into the net.",
    "England kept up their attacks and scored twice more.",
    "Liverpool kept up their attacks in the second half.",
    # the reporter's request for comment is no party's call
    "The defence ministry has not returned calls seeking comment.",
    "Kestrel Foods did not return calls seeking comment on Tuesday.",
    "France hammered Italy 40-10 for their third straight win.",
    "Brazil tore into Argentina for the second time this year.",
    "The family pleaded for help with medical bills.",
    "Against all advice, the firm launched proceedings in the high court.",
    "The club did not return calls for comment.",
    "The minister did not return calls from reporters.",
    "The ministry did not return calls from the agency seeking comment.",
    # civil proceedings, and cases that are not legal
    "Italy's Alitalia began bankruptcy proceedings on Monday.",
    "The Italian government began proceedings to sell the airline.",
    "Creditors launched insolvency proceedings against the retailer.",
    "The American team brought a case of champagne to the podium.",
    # goods sold or dealt, not relief to people in need
    "The gang supplied drugs to students across the city.",
    "An online retailer shipped masks to customers across Germany.",
    "The company handed out vouchers to its customers.",
    "The pharmacy supplied medication to its customers.",
    # rowers, coaches, families and players
    "India pushed back the boats of rival rowers in the final.",
    "The coach conveyed his concern about the pitch.",
    "The family pleaded for help to find their missing dog.",
    "The goalkeeper pleaded for calm after the match.",
]


@pytest.fixture(scope="module")
def coded_types() -> dict[str, list[str]]:
    """PLOVER types of the events the stages up to events find in each sentence."""
    coded = coded_events(list(EVENT_SENTENCES) + ORDINARY_SENTENCES)
    return {text: [plover_type(e) for e in events] for text, events in coded.items()}


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_class_sentence_gets_its_type(coded_types, text, expected):
    assert expected in coded_types[text], coded_types[text]


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_everyday_use_gets_no_event(coded_types, text):
    assert coded_types[text] == []
