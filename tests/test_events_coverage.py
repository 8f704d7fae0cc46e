"""Trigger coverage by class: invented event sentences across the 16 PLOVER types must give their type,
and invented ordinary news (sports, markets, products, weather, culture, science, business routine)
must give no event at all.  Every row added to the trigger lexicon is checked against both lists."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph.actors.stage as actor_stage
from newsgraph.evaluation.events import ARTICLE_STAGES, code_articles
from newsgraph.extract.events import plover_type
from newsgraph.model import Article

# One sentence per line; each names the PLOVER type it must be coded with.
EVENT_SENTENCES = {
    # AGREE: promises and offers (CAMEO 03)
    "Ghana and Togo agreed to reopen their shared border next month.": "AGREE",
    "Peru pledged to hold talks with Bolivia on water rights.": "AGREE",
    "Norway offered to host peace talks between Colombia and the rebels.": "AGREE",
    # CONSULT: meetings, visits, calls (CAMEO 04)
    "The Turkish foreign minister met his Greek counterpart in Athens.": "CONSULT",
    "Kenya's president visited Ethiopia on Monday.": "CONSULT",
    "Chilean and Argentine officials held talks on the disputed glacier.": "CONSULT",
    "Poland's prime minister spoke by phone with the Lithuanian president.": "CONSULT",
    # SUPPORT: praise, endorsement, recognition (CAMEO 05)
    "Senegal praised Gambia's handling of the election.": "SUPPORT",
    "Morocco backed Spain's bid to host the summit.": "SUPPORT",
    "Canada recognised the new government of Bolivia.": "SUPPORT",
    # CONCEDE: easing restrictions, pardons (CAMEO 08)
    "Thailand lifted the curfew in its southern provinces.": "CONCEDE",
    "Authorities in Bangladesh shortened the curfew to six hours a night.": "CONCEDE",
    "Egypt pardoned 200 prisoners to mark the holiday.": "CONCEDE",
    "Iran eased restrictions on foreign journalists.": "CONCEDE",
    # COOPERATE: extradition, joint exercises, intelligence sharing (CAMEO 06)
    "Mexico extradited the cartel leader to the United States.": "COOPERATE",
    "France and India held joint naval exercises in the Indian Ocean.": "COOPERATE",
    "Jordan shared intelligence with Iraq on the militant network.": "COOPERATE",
    # AID: money, relief, asylum (CAMEO 07)
    "Japan donated $5 million to Nepal for earthquake relief.": "AID",
    "Germany sent humanitarian aid to Syrian refugees in Lebanon.": "AID",
    "Qatar granted asylum to the Afghan journalists.": "AID",
    "Sweden provided funding to Ugandan health clinics.": "AID",
    # RETREAT: withdrawals, releases, resignations (CAMEO 08)
    "Kenyan peacekeepers completed the withdrawal of their battalion from Somalia.": "RETREAT",
    "Colombian rebels freed three Venezuelan soldiers.": "RETREAT",
    "Russian troops pulled out of the Georgian village.": "RETREAT",
    "The Peruvian finance minister resigned on Friday.": "RETREAT",
    # REQUEST: appeals, demands (CAMEO 10)
    "Lebanon urged Israel to halt its flights over Beirut.": "REQUEST",
    "Niger called on Mali to hand over the suspects.": "REQUEST",
    "Fiji asked Australia for help after the cyclone.": "REQUEST",
    # REJECT: refusals, vetoes (CAMEO 12)
    "Venezuela rejected Guyana's proposal for arbitration.": "REJECT",
    "Hungary vetoed the European Union statement on China.": "REJECT",
    "Serbia refused to recognise Kosovo's passports.": "REJECT",
    # ACCUSE: criticism, accusation, investigation (CAMEO 09, 11)
    "Pakistan condemned India's decision to divert the river.": "ACCUSE",
    "Argentina accused Britain of militarising the islands.": "ACCUSE",
    "Kuwait launched an investigation into Iraqi smuggling networks.": "ACCUSE",
    # THREATEN: coercive warnings (CAMEO 13)
    "Turkey threatened to expel the Dutch ambassador.": "THREATEN",
    "Iran issued an ultimatum to Azerbaijan over the border.": "THREATEN",
    "North Korea warned South Korea of a merciless response.": "THREATEN",
    # PROTEST: demonstrations, strikes, blockades (CAMEO 14)
    "Thousands of Chilean students marched in Santiago against tuition fees.": "PROTEST",
    "Greek dockworkers went on strike over pay.": "PROTEST",
    "Bolivian miners staged a hunger strike outside Congress.": "PROTEST",
    # SANCTION: cutting ties, expulsions, sanctions (CAMEO 16)
    "Estonia expelled a Belarusian envoy over spying claims.": "SANCTION",
    "Kuwait severed diplomatic ties with Iran.": "SANCTION",
    "The United States imposed sanctions on Venezuelan officials.": "SANCTION",
    # MOBILIZE: deployments, alerts (CAMEO 15)
    "Russia deployed troops along the Ukrainian border.": "MOBILIZE",
    "China sent warships to the disputed reef.": "MOBILIZE",
    "Azerbaijan put its army on high alert on Sunday.": "MOBILIZE",
    # COERCE: arrests, detention, deportation, seizure (CAMEO 17)
    "Ugandan police arrested 40 opposition supporters.": "COERCE",
    "Islamist militants kept hundreds of residents as human shields in the old city.": "COERCE",
    "Indonesian authorities deported two Australian activists.": "COERCE",
    "Iraqi forces seized the Syrian tanker off Basra.": "COERCE",
    # ASSAULT: shelling, kidnapping, arson, bombing, taking ground (CAMEO 18, 19)
    "Syrian government forces shelled rebel positions near Idlib.": "ASSAULT",
    "Gunmen kidnapped two Nigerian aid workers.": "ASSAULT",
    "Militants set fire to a police station in northern Mozambique.": "ASSAULT",
    "Saudi jets bombed Houthi positions in Yemen.": "ASSAULT",
    "Nigerien troops captured an insurgent camp near the river on Friday.": "ASSAULT",
    # the classes filled from the CAMEO blocks (one sentence per class, none from the dev data)
    "Kenyan police caught two suspected smugglers near the border.": "COERCE",
    "Security forces held the opposition leader in custody for a week.": "COERCE",
    "Burmese troops used villagers as human shields.": "COERCE",
    "Police searched the offices of an opposition newspaper in Harare.": "COERCE",
    "Customs officers impounded a Liberian cargo ship.": "COERCE",
    "Thai authorities suspended the licence of an opposition television channel.": "COERCE",
    "Pirates hijacked a Greek tanker off the Somali coast.": "ASSAULT",
    "Rebels burned houses in three villages near Goma.": "ASSAULT",
    "Soldiers set a market on fire in the northern town.": "ASSAULT",
    "Sudanese troops fought rebels near the Chadian border.": "ASSAULT",
    "Islamist fighters seized the town of Gao from Malian forces.": "ASSAULT",
    "Rebels held two Italian engineers as hostages.": "ASSAULT",
    "The Sudanese army launched an incursion into South Sudan.": "ASSAULT",
    "Angry villagers hurled rocks at riot police in Lagos.": "PROTEST",
    "Demonstrators pelted police with rocks in Caracas.": "PROTEST",
    "Rebel fighters laid down their weapons in the Colombian jungle.": "RETREAT",
    "Armenian troops vacated their positions along the frontier.": "RETREAT",
    "Ethiopian units finished their pullback from the disputed district.": "RETREAT",
    "The Ukrainian defence minister announced his resignation.": "RETREAT",
    "The Serbian government backed down after weeks of strikes.": "CONCEDE",
    "Tunisia scrapped the curfew in the capital.": "CONCEDE",
    "The Kenyan president commuted the sentences of 20 prisoners.": "CONCEDE",
    "Denmark shipped medical supplies to Ukrainian hospitals.": "AID",
    "Britain trained Ukrainian soldiers in Scotland.": "AID",
    "Poland took in thousands of Belarusian refugees.": "AID",
    "Japan reaffirmed its support for the Philippine government.": "SUPPORT",
    "Pakistan moved troops to the Indian border.": "MOBILIZE",
    "North Korea tested a new ballistic missile on Sunday.": "MOBILIZE",
    "Serbia called up reservists amid tension with Kosovo.": "MOBILIZE",
    "The United States withheld military aid from Egypt.": "SANCTION",
    "Washington slashed aid to Honduras after the coup.": "SANCTION",
    "Iran ignored the United Nations' demands to halt enrichment.": "REJECT",
    "Lithuania insisted on the return of its diplomats.": "REQUEST",
    "The Zambian president hit out at Western donors on Tuesday.": "ACCUSE",
    "Nigerian police looked into the killing of the journalist.": "ACCUSE",
    "Brazil brokered a truce between the two Venezuelan factions.": "CONSULT",
    "The Chinese premier landed in Pretoria on Tuesday for a three-day visit.": "CONSULT",
    "Kenya's president gave a lavish reception to the visiting Tanzanian leader.": "CONSULT",
    "Tehran received nuclear inspectors from the IAEA on Sunday.": "RETREAT",
    "Lebanon linked the bombing to Syrian intelligence.": "ACCUSE",
    # a call "for" something is a request; a call alone a phone call (CONSULT)
    "Kuwait renewed its calls for a ceasefire in Gaza.": "REQUEST",
    "The Turkish president held a phone call with his Russian counterpart for two hours.": "CONSULT",
    # carrying on or stepping up an act has the act's type
    "Jailed Kurdish activists are continuing their hunger strike in Ankara.": "PROTEST",
    "The Syrian army intensified its bombardment of the rebel-held suburb.": "ASSAULT",
    # a passive with a named agent has its object in the subject
    "The border town was captured by Tuareg rebels on Friday.": "ASSAULT",
    # a prefixed irregular past ("retook") is its verb; an event noun said to take effect occurs
    "The Congolese army retook the town of Bunagana.": "ASSAULT",
    "A ceasefire between Israel and Hamas took effect on Sunday.": "RETREAT",
    "Washington hit Moscow with new sanctions.": "SANCTION",
    "The Iranian government tightened restrictions on women's clothing.": "COERCE",
    "Beijing rolled back restrictions on foreign investors.": "CONCEDE",
    "The Lebanese army reopened the border crossing with Syria.": "CONCEDE",
    "Iran handed the bodies of two soldiers to Iraq.": "RETREAT",
    "Kenyan riot police broke up an opposition rally in Nairobi.": "COERCE",
    "Thai police cleared the protest camp in Bangkok.": "COERCE",
    "Kenyan police teargassed opposition supporters.": "ASSAULT",
    "Chinese coast guard ships rammed a Philippine vessel.": "ASSAULT",
    "Nurses in Britain walked off the job over pay.": "PROTEST",
    "The Thai premier hosted his Cambodian counterpart in Bangkok.": "CONSULT",
    "The French president welcomed the German chancellor to the Elysee Palace.": "CONSULT",
    "Canada raised tariffs on Chinese electric cars.": "COERCE",
    "The Palestinian delegation walked out of the talks with Israel.": "REJECT",
    "Russia pulled out of the grain agreement with Ukraine.": "SANCTION",
    "The Chinese foreign ministry took aim at Washington's new chip rules.": "ACCUSE",
    "Venezuela hit back at Colombia over the remarks.": "ACCUSE",
    "Iran cut off internet access in Kurdish cities.": "COERCE",
    "Militants hacked two Kenyan villagers to death.": "ASSAULT",
    "Militants hurled grenades at a Pakistani police station.": "ASSAULT",
    "Both Sudanese factions observed the truce on Sunday.": "RETREAT",
    "The Serbian government met the students' demands.": "CONCEDE",
    "The United States revoked the visas of 20 Nicaraguan officials.": "SANCTION",
    "Russia used its veto to block the resolution on Ukraine.": "REJECT",
    "The Chinese leader launched a purge of the army's top ranks.": "COERCE",
    "Beijing imposed curbs on rare earth exports to Japan.": "COERCE",
    "Hamas fired a barrage of rockets at southern Israel.": "ASSAULT",
    "Sudanese soldiers captured part of a rebel stronghold in the Nuba hills.": "ASSAULT",
    "Ukrainian forces launched a counterattack near Kharkiv.": "ASSAULT",
    "French rail workers began a stoppage over pensions.": "PROTEST",
    "The Afghan president expressed gratitude to India for its help.": "SUPPORT",
    # business (GUIDELINE, MEANTIME conventions): purchases, orders, acquisitions, mergers, licences, deliveries
    # and won or signed contracts are COOPERATE; firms in talks CONSULT; settlements SUPPORT; promised
    # compensation or capital AGREE; seeking capital and requiring a firm to act REQUEST; delisting THREATEN
    "Turkish Airlines bought 15 Airbus jets last year.": "COOPERATE",
    "Ford acquired the Swedish carmaker Volvo in 1999.": "COOPERATE",
    "The Dutch studio was acquired by Sony in 2005.": "COOPERATE",
    "Qantas ordered 12 Boeing freighters in March.": "COOPERATE",
    "Peugeot merged with Citroen in 1976.": "COOPERATE",
    "Samsung licensed the chip design from Intel.": "COOPERATE",
    "Embraer delivered the first E195 jet to Azul.": "COOPERATE",
    "Siemens won an order from Deutsche Bahn for 30 trains.": "COOPERATE",
    "Emirates signed a contract to buy 40 Boeing jets.": "COOPERATE",
    "Renault is in talks with Nissan about a new alliance.": "CONSULT",
    "Samsung settled the patent dispute with Apple.": "SUPPORT",
    "The French government will compensate Air France for the strike losses.": "AGREE",
    "The French government will give Renault a $2 billion capital infusion.": "AGREE",
    "Fiat is seeking fresh capital from its Italian banks.": "REQUEST",
    "The Italian government required Fiat to submit a restructuring plan.": "REQUEST",
    "The Securities and Exchange Commission said it will delist the Chinese lender.": "THREATEN",
    # aid named from the recipient's side, and thanks wished rather than announced
    "Haiti received $10 million in aid from Canada.": "AID",
    "Two carmakers will receive bridge loans from the Canadian government.": "AGREE",
    "The Kenyan president would like to thank Uganda for its help.": "SUPPORT",
}

ORDINARY_SENTENCES = [
    # sport, science and kitchen uses of accusation verbs (a reviewer's probe found them coded)
    "Home supporters jeered the referee after the late penalty.",
    "The sprinter challenged the starter's decision and ran again.",
    "Scientists linked poor sleep to deaths from heart failure.",
    "The sommelier examined the case of champagne before the banquet.",
    # markets and earnings
    "Shares of the carmaker rose 4 percent on Tuesday after strong earnings.",
    "Oil prices fell sharply after the report.",
    "The company reported a quarterly profit of $2 billion.",
    "Germany's exports rose for the third month in a row.",
    "Mexico's peso strengthened against the dollar.",
    "The bank lifted its forecast for growth in France.",
    "Brazil's central bank cut rates by half a point.",
    "The central bank held interest rates steady on Thursday.",
    "The shares hit a record high on Wednesday.",
    "The economy shrank 0.3 percent, official data showed.",
    "The minister said the economy grew 2.1 percent in the third quarter.",
    # business routine
    "The company launched a new smartphone in Seoul on Monday.",
    "Apple launched a product aimed at students.",
    "The firm took over the lead in global sales of electric cars last year.",
    "The startup seized the opportunity to expand into Asia.",
    "Investors took part in the bond auction.",
    "The minister held a press conference in the capital.",
    "The brand captured the market for cheap tablets.",
    "The carmaker recalled 20,000 vehicles over faulty brakes.",
    "The government released figures showing that unemployment fell.",
    "The airline cut fares on routes to Spain.",
    "The retailer opened 40 new stores in Germany.",
    "The phone maker shipped 50 million handsets in the quarter.",
    "The company broke ground on a new factory in Ohio.",
    "The firm cut 500 jobs at its plant in Wales.",
    "The company struck a chord with young buyers.",
    "The company fired its chief financial officer.",
    "The carmaker took a charge of $1 billion on the recall.",
    "Chinese exporters shipped more steel to Vietnam.",
    # sports
    "The striker scored twice as Brazil beat Argentina 3-1 in the friendly.",
    "Japan beat Australia 2-0 in the World Cup qualifier.",
    "Spain lifted the trophy after a penalty shootout.",
    "The champion defended her title in Melbourne.",
    "The goalkeeper blocked a penalty in the final minute.",
    "The cyclist crashed on the final descent but finished the race.",
    "Ireland hosted the rugby final in Dublin.",
    "The veteran captain fired his team to victory with two late goals.",
    # weather
    "Heavy rain flooded roads across the north of the country on Sunday.",
    "Temperatures will drop below freezing overnight.",
    "The storm knocked out power to 10,000 homes.",
    "Snow closed several mountain passes in the Alps.",
    # culture
    "The museum opened a new exhibition of Dutch paintings.",
    "The band released a new album on Friday.",
    "The singer won three awards at the ceremony.",
    "The orchestra played to a packed hall in Vienna.",
    "The museum hosted a concert for children.",
    "The author signed copies of her new novel.",
    "The film captured the mood of a generation.",
    "The actor won praise for his role in the film.",
    "The festival drew thousands of visitors to the coast.",
    "France welcomed a record 90 million tourists last year.",
    # science
    "Scientists discovered a new species of frog in the Andes.",
    "Researchers published a study on sleep and memory.",
    "The telescope captured images of a distant galaxy.",
    "The rover collected rock samples from the crater.",
    # local routine
    "The council approved a new park in the city centre.",
    "The school held a graduation ceremony on Friday.",
    "The restaurant served 500 meals on opening night.",
    "The new law takes effect in January.",
    "The president's approval rating dropped to 38 percent.",
    # ordinary uses of the verbs the class rows added
    "The coach called up three new players for the match against Italy.",
    "The company abandoned its plan to build a factory in Texas.",
    "The firm grabbed headlines with its new tablet.",
    "The firm grabbed two young designers from a rival studio.",
    "Toyota picked up two design awards in Tokyo.",
    "Firefighters fought the fire for six hours.",
    "The campaign targeted young buyers in China.",
    "The company moved its headquarters to Dublin.",
    "Engineers tested the new phone in extreme cold.",
    "The bank trained staff in the new software.",
    "Amazon shipped record numbers of parcels in December.",
    "Researchers examined the data from 40 hospitals.",
    "The bank examined the claims of its customers.",
    "The club threw a party for its fans.",
    "Barcelona took the lead in the second half.",
    "Nike stood by its forecast for the year.",
    "The company ignored the warnings of its auditors.",
    "The company silenced critics with strong sales.",
    "The government deployed a new tax app.",
    "The startup took in $20 million from investors.",
    "The shop searched the warehouse for the missing order.",
    "The division contributed $2 billion to revenue in the quarter.",
    "The couple invited friends to the wedding.",
    "The record was set by a Kenyan runner in Berlin.",
    "The prize was taken by a French novelist.",
    "Two Italian engineers were taken to hospital after the crash.",
    "The company completed the acquisition of its rival.",
    "The company continued its expansion in Asia.",
    "Analysts linked the rise in prices to higher tariffs.",
    "Spain retook the lead in the second half.",
    "The new rules took effect in January.",
    "The storm hit the coast on Sunday.",
    "The bank tightened its lending rules.",
    "The company reopened its factory in Ohio.",
    "Paris reopened the road after the flood.",
    "The band broke up after ten years.",
    "Shoppers cleared the shelves before the storm.",
    "The team handed the ball to the referee.",
    "Investors bailed out of Chinese stocks.",
    "The company will look into expanding its business in India.",
    "Samsung insisted on its innocence.",
    "The carmaker raised prices on its electric models.",
    "The striker took aim at goal from 30 yards.",
    "The player hit back with a stunning goal.",
    "The board met the targets for the year.",
    "The company imposed a moratorium on hiring.",
    "The school launched a rescue fund for students.",
    "Samsung captured part of the smartphone market in India.",
    "The company moved its forces into the Asian market.",
    "Tesla abandoned its position as market leader.",
    "Fans surrounded the stadium before the match.",
    "Firefighters battled the blaze for hours.",
    # business routine next to the trade triggers: market deals, shopping, products, earnings, goods that are
    # not traded, and ordinary uses of order, sign, win, deliver, require, settle and deny
    "Shares of Zenda Motors rose 4 percent in early trading.",
    "Consumers bought phones and tablets in record numbers over the holidays.",
    "The company launched a new product line in March.",
    "Vantor Systems reported earnings well above analyst forecasts.",
    "Investors bought stock in the carmaker after the report.",
    "The firm took delivery of new offices in Lisbon.",
    "Shoppers purchased more groceries online this year.",
    "Pension funds bought government bonds last week.",
    "The couple bought a house near the coast.",
    "Fans bought tickets for the final within minutes.",
    "The retailer sold its old warehouses to a property developer.",
    "The bank delivered strong profits in the third quarter.",
    "The chef delivered a speech at the food festival.",
    "The courier delivered the parcels on time.",
    "The startup won an award for its battery design.",
    "The team won the cup after a penalty shootout.",
    "The airline ordered pizza for the stranded passengers.",
    "The diner ordered the fish and a glass of wine.",
    "The carmaker acquired a reputation for reliable engines.",
    "The company signed a new lease on its headquarters.",
    "The singer signed autographs for fans after the show.",
    "The editor told a story about her first job.",
    "The new rules require a licence for drones above 250 grams.",
    "The project requires careful planning and more staff.",
    "The jet will begin regular service on the route next year.",
    "The factory started production of the electric van in May.",
    "The analyst denied rumours that she would leave the bank.",
    "The museum acquired a painting by a Dutch master.",
    "Traders bought the dollar ahead of the rate decision.",
    "The chain is in talks about opening more stores in Spain.",
    "The investor took over the chairmanship of the board.",
    "The company settled into its new offices in March.",
    "The store offered a discount on winter coats.",
    "The company gave its staff a bonus at the end of the year.",
    "The phone maker hired three hundred engineers in Austin.",
    "The airline cut 2,000 jobs as demand fell.",
    "The board appointed a new chief financial officer.",
    "Sales of electric cars doubled in the second quarter.",
    "The carmaker beat its rivals to the top of the sales charts.",
    "The chipmaker beat analyst expectations in the third quarter.",
    "The student received a letter from the university.",
    "The startup received $5 million in funding from investors.",
]


def coded_events(texts: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The events the stages up to events find in each text, each coded as an article of its own (parsed
    directly: a one-sentence text is too short for the pipeline's language guess); skips the test when the
    actor stage's resolver is not available."""
    probe = Article(id="probe", text="Japan")
    if actor_stage.resolve_span(probe, 0, 5)[1] is None:
        pytest.skip("the actor stage's resolver is not available")
    articles = [Article(id=str(i), text=text, published="2024-01-01") for i, text in enumerate(texts)]
    coded = code_articles(articles, ARTICLE_STAGES, batch_size=64)
    return {text: coded[str(i)] for i, text in enumerate(texts)}


def country(participant: dict[str, Any] | None) -> str | None:
    """The country of an event's source or target, None when it has none."""
    return ((participant or {}).get("actor") or {}).get("country")


def event_pairs(events: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    """(PLOVER type, source country, target country) of each event."""
    return [(plover_type(e), country(e.get("source")), country(e.get("target"))) for e in events]


def has_event(events: list[dict[str, Any]], expected: tuple[str, str | None, str | None]) -> bool:
    """True when an event has the expected type, source country and target country; None expects any."""
    type_, source, target = expected
    return any(t == type_ and (source is None or s == source) and (target is None or g == target)
               for t, s, g in event_pairs(events))


@pytest.fixture(scope="module")
def coded_types() -> dict[str, list[tuple[str, str]]]:
    """PLOVER type and trigger of every event found in each probe sentence."""
    coded = coded_events(list(EVENT_SENTENCES) + ORDINARY_SENTENCES)
    return {text: [(plover_type(e), e["trigger"]["text"]) for e in events] for text, events in coded.items()}


def test_probe_sizes():
    assert len(ORDINARY_SENTENCES) >= 90 and len(EVENT_SENTENCES) >= 75
    assert len(set(EVENT_SENTENCES.values())) == 16


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_event_sentence_gets_its_type(coded_types, text, expected):
    assert expected in {type_ for type_, _ in coded_types[text]}, coded_types[text]


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_ordinary_news_gets_no_event(coded_types, text):
    assert coded_types[text] == []
