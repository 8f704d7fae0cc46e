"""Per-article actor resolution: entities, descriptions, titles and pronouns -> (best name, Actor).

``ArticleActors.build`` walks the parse once and keeps every person, group and
organisation mention in document order with its resolved name and actor, so a
later query (``resolve``) is a bisect plus a short backwards scan.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from newsgraph.actors.bodies import named_body
from newsgraph.actors.coref import Coreference
from newsgraph.actors.firms import Firms
from newsgraph.actors.home import leading, people_votes, politics_votes
from newsgraph.actors.kb import KnowledgeBase, Role, date_name, knowledge_base, norm
from newsgraph.actors.local import BODY_SECTORS, MANY_COUNTRIES, LocalCountry, game_talk, institution
from newsgraph.actors.words import (
    ACTING_GROUPS,
    BODY_LEMMAS,
    BODY_SECTORS_EXTRA,
    CARRIER_WORDS,
    CIVIL_CARRIER_TEXT,
    DOMESTIC_SECTORS,
    FORMER_WORDS,
    GENERIC_INSTITUTIONS,
    GIVEN_SYLLABLE,
    GROUP_PRONOUNS,
    LAND_FEATURE_WORDS,
    NAVAL_TEXT,
    ORG_SECTOR_WORDS,
    PERSON_PRONOUNS,
    PREMISES_NOUNS,
    THING_PRONOUNS,
    TITLED_OFFICES,
    WHEREABOUTS_PREPS,
    SpanCover,
    affiliation,
    border_name,
    clean_name,
    country_group,
    description_name,
    firm_plural,
    given_syllable,
    is_acronym,
    is_agent,
    parse_text,
    runs,
    span_tokens,
    strip_title,
)
from newsgraph.extract.events_syntax import STANCE_PREFIXES
from newsgraph.model import Actor, Article

NAME_PIECE = re.compile(r"[^-/–]+")
# a name after a stance ("the pro-Ruritanian Liberation Front"): the stance names whom it backs, not whose it is
STANCE_NAME = re.compile(rf"^(?:the\s+)?(?:{'|'.join(sorted(STANCE_PREFIXES))})-\S+\s+(.+)$", re.IGNORECASE)
DIRECTION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"})
# sectors of the bodies an unplaced group noun ("the government", "officials", "police") belongs to at home
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# prepositions by which a body says whose it is: "the mayor of X", "officials at the bank", "officials from the fund"
OWNER_PREPS = frozenset({"of", "at", "from"})
# the rest of a hyphenated given name after the recogniser's cut ("-in" of "Moon Jae-in")
GIVEN_NAME_REST = re.compile(rf"-({GIVEN_SYLLABLE})(?![\w-])")
# words only the Republic of the Congo (Congo-Brazzaville) has, beside "Congo" alone (the DRC: country_extra.tsv)
REPUBLIC_OF_CONGO = re.compile(r"\bBrazzaville\b|(?<!Democratic )\bRepublic of (?:the )?Congo\b|\bCongo Republic\b")
# prepositions by which places say where a group is ("rebels in X", "workers at plants across X")
PLACING_PREPS = ("in", "of", "from", "at", "across", "throughout")
LEADER_BODIES = frozenset({"administration", "government", "regime", "cabinet"})
# a city's own bodies, named by the city ("the Milwaukee Police Department", "Leeds City Council"), and the size of
# city whose name is safely the city's (smaller towns share their names with firms and people)
CITY_BODY_SECTORS = frozenset({"COP", "GOV"})
# words naming a level or kind of government, never its leader ("the State Government", "the interim administration")
GOVERNMENT_LEVELS = frozenset({"state", "federal", "national", "provincial", "territory", "regional", "local", "city",
                               "county", "municipal", "central", "interim", "transitional", "caretaker", "military",
                               "coalition", "new", "previous", "former", "current", "present", "incoming", "outgoing"})
# the sectors a state body's own words give it ("Air Force", "Police", "Ministry") when its name places it
STATE_BODY_SECTORS = frozenset({"MIL", "COP", "LEG", "JUD", "GOV"})
CITY_BODY_POPULATION = 100_000
# how near a region's centre another place of the article must lie for a country's name to be read as that region
# ("Georgia" beside Atlanta), and the size of town whose name alone, in a story of other countries, is no place
REGION_KM = 1000.0
# the words of an area larger than a town ("Delgado County"), which a town of the name does not place
UNIT_WORDS = frozenset({"county", "district", "province", "prefecture", "oblast", "governorate", "region", "state"})
SMALL_TOWN = 200_000
# words of a city's own body or service, which one named "of" a capital belongs to ("the Port Authority of X"); a club
# or group named after a city where it first met is no body of that city's state ("the Club of X")
CITY_OWNED_WORDS = frozenset({
    "authority", "council", "municipality", "municipal", "metro", "port", "university", "transit", "transport",
    "police", "company", "corporation", "city", "utility", "water", "airport", "hospital",
})
# words of a grouping of states or creditors named after the city where it first met ("the Lima Group", "the Paris
# Club", "the Bali Process"): the city's name does not make it that state's body
FORUM_WORDS = frozenset({"group", "club", "process", "forum", "format", "quartet", "consensus", "initiative"})
# the last word of a name that makes it a document, not a body: "the ... Fisheries Act", "the Paris Agreement"
DOCUMENT_WORDS = frozenset({"act", "bill", "law", "treaty", "accord", "accords", "agreement", "convention", "protocol",
                            "charter", "amendment", "declaration", "doctrine", "plan"})


@dataclass(slots=True)
class Mention:
    """One resolved mention of a person, group, organisation or place."""

    start: int
    end: int
    text: str
    label: str  # an entity label, DESC for a description ("the administration official"), DOC for a named law
    name: str
    actor: Actor | None
    role: Role | None
    sent: int
    subject: bool
    agent: bool = False  # a place name acting as its government ("Beijing said")
    plural: bool = False
    by_context: bool = False  # a place name whose country the article's other places chose (``_place_by_context``)


class ArticleActors(Coreference, Firms, LocalCountry):
    """Every actor mention of one article, resolved once, in document order."""

    def __init__(self, article: Article, kb: KnowledgeBase | None = None) -> None:
        self.article = article
        self.kb = kb or knowledge_base()
        self.date = article.published
        self.doc = article.doc if article.doc is not None else parse_text(article.text)
        self.sent_starts = [s.start_char for s in self.doc.sents]
        from newsgraph.extract.places import dateline  # not at the top: places imports the actor stage

        self.filed = dateline(article.text)  # the dateline's places
        self.mentions: list[Mention] = []
        self._no_republic: bool | None = None  # the text names no Republic of the Congo (``_congo_republic``)
        self.starts: list[int] = []
        self.desc_spans: list[tuple[int, int]] = []
        self.by_span: dict[tuple[int, int], Mention] = {}
        self._genders: Any = None
        self._build()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        entities = [(e.start, e.end, e.label) for e in self.article.entities] or [
            (e.start_char, e.end_char, e.label_) for e in self.doc.ents]
        taken: list[tuple[int, int]] = []
        self.home: str | None = None
        ordered = sorted(entities)
        for start, end, label in [e for e in ordered if e[2] != "PERSON"] + [e for e in ordered if e[2] == "PERSON"]:
            if label == "PERSON" and self.home is None:
                self._congo_republic()
                self._place_by_context()
                self.home = self._home_country(settled=False)
            whole = self._given_name_end(start, end) if label == "PERSON" else end
            mention = self._entity(start, whole, label)
            if mention:
                self._add(mention)
                self.by_span.setdefault((start, end), mention)  # the recogniser's own span ("Moon Jae")
                taken.append((start, whole))
        if self.home is None:
            self._place_by_context()
            self.home = self._home_country(settled=True)
        self._congo_republic()
        for mention in self.mentions:
            self._relabel_surname(mention)
        for mention in self.mentions:  # after the relabelling, which the passage counts (``near_home``) read
            self._localise(mention)
        for mention in self.mentions:
            self._localise_party(mention)
            self._localise_person(mention)
        self._share_firm_names()
        self._localise_firms()
        names = SpanCover(taken)
        for chunk in self.doc.noun_chunks:
            head = chunk.root
            if head.idx in names:
                continue  # the chunk is a name ("the White House"), not a description
            role, phrase = self._role_in(chunk)
            if role and role.person and phrase.split()[-1] in (head.lower_, head.lemma_.lower()) and (
                    self._surname_of(chunk.text, chunk.start_char) is None):
                desc = self._description(chunk.start_char, chunk.end_char)
                self._add(desc)
                self.desc_spans.append((desc.start, desc.end))

    def _given_name_end(self, start: int, end: int) -> int:
        """The end of a person's name whose hyphenated given name the recogniser cut ("Moon Jae" of "Moon Jae-in",
        events_names.given_name_end): a name of two words at least, then a glued hyphen and a short syllable."""
        found = GIVEN_NAME_REST.match(self.article.text, end)
        if found is None or not given_syllable(found.group(1)) or len(self.article.text[start:end].split()) < 2:
            return end
        return found.end()

    def _congo_republic(self) -> None:
        """"Congo" alone is the DRC (country_extra.tsv) unless the story names the Republic of the Congo by words
        only it has ("Brazzaville", "the Republic of Congo", "Congo-Brazzaville"): then its bare "Congo" and
        "Congolese" are that republic's."""
        if self._no_republic is None:
            self._no_republic = REPUBLIC_OF_CONGO.search(self.article.text) is None  # searched once per article
        if self._no_republic:
            return
        for mention in self.mentions:
            words = set(norm(mention.text).replace("-", " ").split())
            if mention.actor is not None and mention.actor.country == "COD" and words & {"congo", "congolese"} and (
                    not words & {"democratic", "dr", "drc"}):
                actor = mention.actor
                name = self.kb.countries["COG"].name if actor.name == self.kb.countries["COD"].name else actor.name
                mention.actor = Actor(name, "COG", actor.sector, actor.wikidata)
                mention.name = name if mention.name == actor.name else mention.name
                mention.by_context = True  # the places stage keeps this reading

    def _place_by_context(self) -> None:
        """Place names of two or more places, read with the article's other places (extract/places_gazetteer):
        a place followed by its region ("London, Ontario") lies in the region's country; a country's name that is
        also a region of another country where the article's other places lie is that region ("police in Georgia
        arrested a man in Atlanta"); a small town of another country than all the article's other places, or one
        reached only by the name before "County" ("Delgado County" for a town Delgado), is no place we know."""
        from newsgraph.extract.places_gazetteer import gazetteer

        places = [m for m in self.mentions if m.label in ("GPE", "LOC") and not m.agent and m.actor is not None
                  and m.actor.sector is None and m.actor.country]
        for mention in places:
            if self.article.text[mention.end:mention.end + 2] in ("'s", "’s"):
                continue  # "Georgia's prime minister": a state with its own offices, whatever other places say
            others = [m for m in places if norm(m.text) != norm(mention.text)]
            country = self._place_in_context(mention, others, gazetteer())
            if country != mention.actor.country:  # type: ignore[union-attr]
                mention.actor = Actor(clean_name(mention.text), country, None) if country else None
                mention.by_context = True

    def _place_in_context(self, mention: Mention, others: list[Mention], gaz: Any) -> str | None:
        """The country of a place mention given the article's other places (``_place_by_context``)."""
        from newsgraph.extract.places_gazetteer import distance_km

        ranked = [c for _, c in gaz.rank(mention.text)]
        current = mention.actor.country if mention.actor is not None else None
        text = self.article.text
        region = next((m for m in others if m.start > mention.end and text[mention.end:m.start].strip() == ","
                       and (r := gaz.best(m.text)) is not None and r.kind in ("admin", "region")), None)
        if region is not None and region.actor is not None:  # "London, Ontario": the region's country
            return region.actor.country if any(c.country == region.actor.country for c in ranked) else current
        named = {m.actor.country for m in others if m.actor is not None}
        if current in named:
            return current
        points = [(c.lat, c.lon) for m in others if (c := gaz.best(m.text, named)) is not None
                  and c.kind in ("city", "admin") and c.lat is not None and c.lon is not None]
        if ranked and ranked[0].kind == "country":  # "Georgia" beside Atlanta: the US state
            region_of = next((c for c in ranked if c.kind == "admin" and c.country in named and c.lat is not None
                              and any(distance_km((c.lat, c.lon or 0.0), p) < REGION_KM for p in points)), None)
            return region_of.country if region_of is not None else current
        if not ranked or any(c.kind != "city" or c.population >= SMALL_TOWN for c in ranked):
            return current
        if norm(mention.text).split()[-1] in UNIT_WORDS and not gaz.candidates(mention.text, exact=True):
            return None  # "Delgado County" read as the town of Delgado
        # "Kent" in a story whose other places lie in another country: not one of the small US towns of that name
        return None if len(ranked) > 1 and points else current

    def _relabel_surname(self, mention: Mention) -> None:
        """A lone surname the recogniser called an organisation or an unknown place ("Wang" after "Wang Lei")
        is that person."""
        unknown_place = mention.label == "GPE" and mention.actor is None
        if not (mention.label == "ORG" or unknown_place) or len(mention.text.split()) > 2 or self.kb.org(mention.text):
            return
        earlier = self._same_person(strip_title(clean_name(mention.text)), mention.start)  # "Dr X" after "Y X"
        known = None if earlier else self.kb.terms_by_name.get(norm(mention.text))
        if earlier is not None:
            mention.label, mention.name, mention.actor = "PERSON", earlier.name, earlier.actor
            mention.role = earlier.role
        elif known:
            actor = self.kb.person(mention.text, self.date)
            if actor is not None:
                mention.label, mention.name, mention.actor = "PERSON", actor.name, actor

    def _home_country(self, settled: bool) -> str | None:
        """The article's main country: clearly the most mentioned one (twice the runner-up), else None; once all
        mentions are ``settled``, also the only country a story of several sentences names by its towns, regions or
        words of its public life (the people, resolved before that, are not placed by so little)."""
        counts: dict[str, int] = {}
        local: set[str] = set()  # countries named by a town or region of theirs, not by their own name
        for m in self.mentions:
            domestic = m.label == "ORG" and m.actor is not None and m.actor.sector in DOMESTIC_SECTORS
            org_place = m.label in ("ORG", "FAC") and m.actor is not None and m.actor.sector is None  # "Parramatta"
            known = m.label in ("GPE", "NORP") or org_place or (domestic and norm(m.text) not in GENERIC_INSTITUTIONS)
            if known and m.actor is not None and m.actor.country:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
                if m.actor.sector is None and m.label != "NORP" and not self.kb.country(m.text) and (
                        self.article.text[max(0, m.start - 5):m.start].strip().lower() != "from"):
                    local.add(m.actor.country)  # not where someone came from ("a flight from Toronto")
        from newsgraph.extract.places_gazetteer import gazetteer

        for start, end, _ in self.filed[:2]:
            place = gazetteer().best(self.article.text[start:end])
            if place is not None and place.country:
                counts[place.country] = counts.get(place.country, 0) + 5
                local.add(place.country)
        if (found := leading(counts)) is not None:
            return found
        # no place decides: the known people and the words of one country's politics may (actors/home.py)
        people = [(m.name, self._known_country(m.name)) for m in self.mentions if m.label == "PERSON"]
        for country, votes in people_votes(people).items():
            counts[country] = counts.get(country, 0) + votes
        named = set(counts) | {m.actor.country for m in self.mentions if m.label in ("GPE", "LOC", "NORP") and m.actor
                               and m.actor.country}
        for country, votes in politics_votes(self.article.text, named).items():
            counts[country] = counts.get(country, 0) + votes
            local.add(country)  # a word of its own public life ("Sheriff X", "the Shadow Treasurer")
        guesses = [(name, self.kb.surname_country(name)) for name, country in people if country is None]
        for country, votes in people_votes(guesses, backing=list(counts)).items():
            counts[country] += votes
        if settled and len(counts) == 1 and set(counts) <= local and len(self.sent_starts) > 1:
            return next(iter(counts))  # a story of several sentences whose only places are one country's towns or
            # regions ("Police in Ohio ...") or that uses words of its public life; naming a country alone may be
            # the foreign news of another one
        return leading(counts)

    def _known_country(self, name: str) -> str | None:
        """The country the knowledge base gives a person by name; none from a surname alone ("Tom Carter")."""
        known = self.kb.person(name, self.date)
        return known.country if known is not None else None

    def _localise(self, mention: Mention) -> None:
        """Domestic bodies and office holders named without a country get the article's main country; a
        bare institution ("the congress") the country its sentence is about, and the knowledge base's only
        when nothing says otherwise."""
        actor = mention.actor
        if actor is None or actor.sector not in DOMESTIC_SECTORS or mention.label == "DESC":
            return
        generic = norm(mention.text) in GENERIC_INSTITUTIONS
        if generic:
            country = self._local_country(mention.start, mention.end, actor.sector)
        else:
            span = span_tokens(self.doc, mention.start, mention.end)
            country = (self.near_home(span.sent) if span is not None and self.home else None) or self.home
        if country and (actor.country is None or (generic and actor.country != country)):
            name = clean_name(mention.text) if generic else actor.name
            mention.actor = Actor(name, country, actor.sector, actor.wikidata)
            mention.name = name if generic else mention.name

    def _add(self, mention: Mention) -> None:
        i = bisect.bisect_left(self.starts, mention.start)
        self.mentions.insert(i, mention)
        self.starts.insert(i, mention.start)
        self.by_span[(mention.start, mention.end)] = mention

    def _entity(self, start: int, end: int, label: str) -> Mention | None:
        span = span_tokens(self.doc, start, end)
        if span is None:
            return None
        text = self.article.text[start:end]
        root = span.root
        base = Mention(start, end, text, label, clean_name(text), None, None, self._sent(start),
                       root.dep_ in ("nsubj", "nsubjpass"))
        if label in ("PERSON", "GPE") and norm(text) in self.kb.demonyms and not self.kb.country_names.get(norm(text)):
            label = base.label = "NORP"  # "Malian" in "Malian opposition", taken for a name or a place
        elif label == "PERSON" and self._place_for_name(text, start):
            label = base.label = "GPE"  # "Moscow and Kiev", the capital taken for a name
        if label == "PERSON" and (firm := self._company_named(text, span)) is not None:
            base.label, base.actor, base.name = "ORG", firm, firm.name  # "Drennox, a Leeds-based valve supplier"
            return base
        if label == "PERSON":
            self._person(base, span)
        elif label in ("ORG", "FAC") and self._document(text):
            base.label = "DOC"
            return base  # "the Ruritania Fisheries and Harbours Act": a law, not an actor
        elif label in ("ORG", "FAC"):
            base.actor = (self.kb.org(text) or self._firm(text, span) or self._place_actor(base, root)
                          or self._leader_body(text) or self._org_by_words(text) or self._short_actor(text, start)
                          or self._acronym_body(text, start)
                          or self._split_name(span))
            if base.actor is not None and base.actor.country is None and base.actor.sector != "IGO":
                owner = self._owner_country(span)
                if not owner and base.actor.sector == "BUS":  # "Japanese carmaker Zenda": a listed firm of no country
                    owner = self._stated_country(self._introduction(span)[1], span)
                if owner:
                    base.actor = Actor(base.actor.name, owner, base.actor.sector)
            if base.actor is not None and base.actor.country and base.actor.sector is None:
                lowered = " " + norm(text) + " "  # "the United States Air Force": placed by its name, MIL by its words
                sector = next((s for w, s in ORG_SECTOR_WORDS if f" {w} " in lowered), None)
                if sector in STATE_BODY_SECTORS:
                    base.actor = Actor(base.actor.name, base.actor.country, sector)
        elif label in ("GPE", "LOC"):
            base.actor = self.kb.org(text) if norm(text) in self.kb.orgs and not self.kb.country(text) else None
            base.actor = base.actor or self._firm(text, span, by_name=False) or self._place_actor(base, root)
        elif label == "NORP":
            iso = self.kb.demonyms.get(norm(text)) or self.kb.country(text)
            base.actor = self.kb.org(text) or (self.kb.country_actor(iso) if iso else None)
        else:
            return None
        if base.actor and label != "PERSON" and base.actor.sector:
            base.name = base.actor.name
        return base

    def _place_for_name(self, text: str, start: int) -> bool:
        """Whether a one-word name the recogniser took for a person's is a capital ("Kiev"): no known person and no
        surname of a person named before (a country's name so taken is read as its people in ``resolve``)."""
        name = clean_name(text)
        if " " in name or not self.kb.capital(name) or self.kb.country_names.get(norm(name)):
            return False
        return self.kb.person(name, self.date) is None and self._same_person(name, start) is None

    def _split_name(self, span: Any) -> Actor | None:
        """The known body whose name the recogniser cut at a preposition ("Federal Service" + "for the
        Financial Markets"): the span is the object of 'for'/'of'/'on' after a proper noun."""
        root = span.root
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "on"):
            return None
        first = prep.head
        if first.pos_ != "PROPN" or first.i >= prep.i:
            return None
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
        return self.kb.org(self.article.text[first.idx:span.end_char])

    def _short_actor(self, text: str, start: int) -> Actor | None:
        """The actor of an earlier company this name is a short form of."""
        earlier = self._short_form(text, start)
        return earlier.actor if earlier is not None else None

    def _document(self, text: str) -> bool:
        """A name whose last word makes it a law, treaty or plan, not a body."""
        words = clean_name(text).split()
        return bool(words) and words[-1].lower() in DOCUMENT_WORDS and self.kb.org(text) is None

    def _owner_country(self, span: Any) -> str | None:
        """The country a modifier before the name gives ("Peru's mining ministry", "Kenyan police")."""
        for child in (c for t in span for c in t.children):
            if child.i < span.start and child.dep_ in ("poss", "compound", "amod", "nmod"):
                owner = self._mention_at(child.idx)
                if owner is not None and owner.label in ("GPE", "NORP") and owner.actor is not None:
                    return owner.actor.country
        return None

    def _place_actor(self, mention: Mention, root: Any) -> Actor | None:
        """A country is itself; a capital acting is its government; other places carry their country."""
        iso = self.kb.country(mention.text)
        if iso and self.kb.country_names.get(norm(mention.text)):
            return self.kb.country_actor(iso)
        if is_acronym(mention.text) and mention.label in ("ORG", "FAC"):
            return None  # an organisation's acronym is no place: "GAO" is not the town of Gao
        capital = self.kb.capital(mention.text)
        if capital and is_agent(root):
            mention.agent = True
            return self.kb.country_actor(capital, "GOV")
        from newsgraph.extract.places_gazetteer import gazetteer

        place = gazetteer().best(mention.text, context_countries=())
        if place is None or not place.country:
            return None
        if self._land_feature(mention, root, place):
            mention.by_context = True  # the places stage keeps this reading: no place of any country
            return None
        first = clean_name(mention.text).split()[0].lower()
        if mention.label in ("ORG", "FAC") and first in DIRECTION_WORDS and first not in norm(place.name):
            return None  # a body named after a direction and a word that is also a town: "the Eastern Alliance"
        return Actor(clean_name(mention.text), place.country, None)

    def _land_feature(self, mention: Mention, root: Any, place: Any) -> bool:
        """A word of the land or sea (words.LAND_FEATURE_WORDS) that is also the name of one of countryinfo's
        coordinate-less provinces (Papua New Guinea's Gulf, Kenya's Coast), after "the" ("the Gulf") or naming a
        group of countries ("Gulf states", "a Gulf monarchy"): the feature, of no country. A province is named
        without the article ("Gulf Province", "in Gulf") or names its own body ("the Coast governor"); other
        provinces keep their country with the article ("the Waikato")."""
        words = mention.text.split()
        if place.kind != "admin" or place.lat is not None or len(words) != 1 or \
                words[0].lower() not in LAND_FEATURE_WORDS:
            return False
        if root.dep_ in ("compound", "amod", "nmod"):
            return country_group(root.head)
        before = self.article.text[max(0, mention.start - 4):mention.start].lower()
        return root.dep_ != "poss" and before == "the "

    def _leader_body(self, text: str) -> Actor | None:
        """A government named after its leader ("the Quist administration", "the Oduya regime"); not after a
        people or a region ("the Bavarian government", which the recogniser may mark NORP)."""
        words = clean_name(text).split()
        if len(words) < 2 or words[-1].lower() not in LEADER_BODIES:
            return None
        leader = " ".join(words[:-1])
        if not leader[:1].isupper() or words[-2].lower() in GOVERNMENT_LEVELS:
            return None  # "the state government", "the Federal Government": a level of government, no leader's name
        if norm(leader) in self.kb.regions or any(m.label == "NORP" and norm(m.text) == norm(leader)
                                                  for m in self.mentions):
            return None
        known = self.kb.person(leader, self.date)
        iso = known.country if known is not None else self.kb.surname_country(leader, "GOV")
        return Actor(clean_name(text), iso, "GOV") if iso else None

    def _org_by_words(self, text: str) -> Actor | None:
        """An unknown organisation: country and sector from a known organisation, country or region in its name
        (also by the region's adjective: "the Bavarian State Police"), or the capital it starts with ("Lisbon
        University": Portugal) or a city body is named "of" ("the Port Authority of Lisbon"); a city's police or
        council by the city it starts with, when that is a large one ("the Milwaukee Police Department")."""
        from newsgraph.extract.places_gazetteer import gazetteer

        words = norm(text).split()
        acronyms = {word.lower().replace(".", "") for word in text.split() if is_acronym(word)}
        iso = sector = None
        for size in (4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i:i + size])
                known = self.kb.orgs.get(phrase) if size > 1 or len(phrase) > 3 else None
                if known and not sector:  # "Syldavian Red Crescent": the sector of the known part, not its country
                    sector = known.sector
                iso = iso or self.kb.country(phrase) or self.kb.regions.get(phrase) or (
                    self.kb.capital(phrase) if (i == 0 and not FORUM_WORDS & set(words) and self._capital_first(phrase))
                    or (i > 0 and words[i - 1] == "of" and CITY_OWNED_WORDS & set(words))
                    else None)  # "the Transit Authority of Harare", not "the Club of Lima" nor "the Lima Group"
                if iso is None and size <= 2 and phrase[:1].isalpha() and phrase not in acronyms:
                    place = next((c for c in gazetteer().candidates(phrase)
                                  if c.kind in ("admin", "country") and c.lat is not None), None)
                    iso = place.country if place and phrase == " ".join(words[:size]) else None
        lowered = " " + norm(text) + " "
        sector = sector or next((s for w, s in ORG_SECTOR_WORDS if f" {w} " in lowered), None)
        if iso is None and sector in CITY_BODY_SECTORS:  # "the Milwaukee Police Department"
            iso = next((country for size in (2, 1) if len(words) > size
                        and (country := city_country(" ".join(words[:size]))) is not None), None)
        if iso or sector:
            return Actor(clean_name(text), iso, sector)
        return None

    def _capital_first(self, name: str) -> bool:
        """Whether a capital's name ("victoria") means the capital before any other place of that name (the
        Australian state of Victoria): the gazetteer's likeliest place by the name lies in the capital's country."""
        from newsgraph.extract.places_gazetteer import gazetteer

        place = gazetteer().best(name)
        return place is None or place.country == self.kb.capital(name)

    def _person(self, mention: Mention, span: Any) -> None:
        """Name chain, dictionary of office holders, then what the sentence says about the person."""
        name = strip_title(mention.name)
        mention.name = name
        earlier = self._same_person(name, mention.start)
        if earlier is not None:
            mention.name, mention.actor, mention.role = earlier.name, earlier.actor, earlier.role
            if mention.actor is not None:
                return
        known = self.kb.person(name, self.date)
        iso, sector, role = self._descriptors(span)
        mention.role = role or mention.role
        if known and len(known.name.split()) > len(name.split()) and earlier is None:
            mention.name = known.name
        in_office = known is not None and known.sector not in (None, "ELI") and norm(name) in self.kb.terms_by_name
        if known and (in_office or not (iso or sector)) and known.sector not in (None, "ELI"):
            mention.actor = known
        elif iso or sector:
            mention.actor = Actor(mention.name, iso or (known.country if known else None),
                                  sector or (known.sector if known else None))
        elif known:
            mention.actor = Actor(mention.name, known.country, known.sector)
        if (mention.actor is None or mention.actor.country is None) and (sector or role) and earlier is None:
            # a titled surname: "President Quist"; in a story of one country its own, before a surname's guess
            iso = (self._local_country(mention.start, mention.end, sector) if self.home else None) or (
                self.kb.surname_country(name, sector) if sector != "BUS" else None)  # a firm's people: any land
            if iso:
                mention.actor = Actor(mention.name, iso, sector or (mention.actor.sector if mention.actor else None))
        title = self._title_alone(span) if earlier is None and known is None else None
        if title is not None and (mention.actor is None or mention.actor.country is None):
            sector = title.sector or sector  # "The Treasurer said": the office alone, placed like any bare office
            iso = self._local_country(mention.start, mention.end, sector)
            if iso:
                mention.actor, mention.role = Actor(mention.name, iso, sector), mention.role or title
        if earlier is not None and mention.actor is not None:
            earlier.actor = earlier.actor or mention.actor

    def _title_alone(self, span: Any) -> Role | None:
        """The role of a person entity that is only a title ("The Treasurer"), with no name in it; else None."""
        role, phrase = self._role_in(span)
        words = {t.lower_ for t in span if t.pos_ not in ("DET", "PUNCT")}
        return role if role is not None and words and words <= set(phrase.split()) else None

    def _descriptors(self, span: Any) -> tuple[str | None, str | None, Role | None]:
        """Country, sector and role from the title before a name and its appositions."""
        root = span.root
        pieces = []
        for child in (c for t in span for c in t.children):
            if child.i < span.start and child.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):
                pieces.append(child.subtree)
            elif child.i >= span.end and child.dep_ in ("appos", "acl", "relcl"):
                pieces.append([t for t in child.subtree if not other_person(t, child)])
            elif child.i >= span.end and child.dep_ == "prep" and affiliation(child):
                pieces.append(child.subtree)
        if root.dep_ == "appos" and root.head.i < span.start and not self._placename(root.head):
            pieces.append(t for t in root.head.subtree if t.i < span.start)
        tokens = sorted({t.i: t for piece in pieces for t in piece}.values(), key=lambda t: t.i)
        if not tokens:
            tokens = self._title_before(span)
        if not tokens:
            return None, None, None
        iso, sector = self._country_sector(tokens)
        title = [t for t in tokens if t.i < span.start]
        if title and iso and (own := self._country_sector(title)[0]):
            iso = own  # "US envoy X, who met Ruritanian leader Y": his title's country, before his clause's
        iso = iso or self._region_country(tokens)  # "Bavarian premier X"
        role = head = None
        for group in runs(tokens):
            found, phrase = self._role_in(group)
            if found and role is None:
                role, head = found, next((t for t in reversed(group) if t.lower_ == phrase.split()[-1]), None)
                if sector != "BUS":  # "Hong Kong's Chief Executive X"; not a Hong Kong firm's
                    role = self.kb.state_role(phrase, iso) or role
        if role and role.sector and (role.person or not sector) and not (
                sector and role.sector == "GOV" and sector != "GOV"):
            sector = role.sector if role.sector != "IGO" or not iso else sector
        if role and role.office and head is not None and self._city_owner(head):
            return None, None, None  # "Torino's president X": a club's or a firm's
        if role and head is not None:
            sector = self._body_sector(head, role) or sector  # "union leader X"
        iso = iso or (role.country if role else None)  # "X, the assistant secretary of state": the US's
        lowered = {t.lower_ for t in tokens}
        if lowered & FORMER_WORDS:
            sector = "ELI"
        elif "opposition" in lowered:
            sector = "OPP"
        return iso, sector, role

    def _placename(self, token: Any) -> bool:
        """A place name or the dateline's place ("MOMBASA, Kenya (AP) — X"): it gives no title to a name."""
        return token.ent_type_ in ("GPE", "LOC") or any(s <= token.idx < e for s, e, _ in self.filed)

    def _title_before(self, span: Any) -> list[Any]:
        """'Senate President, Ivan Oduya': the title phrase right before a name and its comma."""
        doc = span.doc
        i = span.start - 1
        if i < 1 or doc[i].text != ",":
            return []
        sent_start = span.sent.start
        phrase = []
        for j in range(i - 1, max(sent_start, i - 9) - 1, -1):
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":", '"', "“", "”"):
                break
            phrase.append(doc[j])
        phrase.reverse()
        return phrase if self._role_in(phrase)[0] else []

    def _country_sector(self, tokens: list[Any], firms: bool = True) -> tuple[str | None, str | None]:
        """The first country named among the tokens (word, demonym, capital or known organisation); a firm's
        (BUS) only when ``firms`` (a firm's nationality is not its workers')."""
        iso = sector = None
        found = [m for t in tokens if (m := self._mention_at(t.idx)) is not None and m.label != "PERSON"
                 and m.actor is not None and (m.actor.country or m.actor.sector)
                 and (firms or m.actor.sector != "BUS")
                 and not any(s <= m.start and m.end <= e for s, e, _ in self.filed)]  # "SEOUL - Japan's
        # foreign ministry spokesman": the dateline says where, not whose
        org_sector = generic = None
        for labels in (("ORG", "FAC"), ("NORP",), ("GPE", "LOC")):
            for m in found:
                if m.label in labels and m.actor is not None:
                    country = m.actor.country
                    if norm(m.text) in GENERIC_INSTITUTIONS:  # "the foreign ministry": the home's, unless a
                        generic = generic or getattr(self, "home", None) or country  # people or place says whose
                        country = None
                    if labels[0] == "ORG":
                        org_sector = org_sector or m.actor.sector
                    if country:
                        return country, org_sector
        if generic:
            return generic, org_sector
        if org_sector:
            sector = org_sector
        words = [t.text for t in tokens]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i:i + size])
                org = self.kb.org(phrase) if size > 1 or words[i][:1].isupper() else None
                if org and not firms and org.sector == "BUS":
                    org = None
                if org and not iso:
                    iso, sector = org.country, org.sector
                iso = iso or self.kb.country(phrase)
        return iso, sector

    def _role_in(self, tokens: Any) -> tuple[Role | None, str]:
        """The longest role phrase ending at or before the head of the tokens ("foreign ministry spokesman");
        else the longest agent noun phrase ("farm workers"), which gives a sector only."""
        inside = {t.i for t in tokens}
        words = tuple(t.lower_ for t in tokens if t.pos_ not in ("DET", "PRON", "PUNCT")
                      and (t.dep_ != "poss" or t.head.i not in inside))
        role, phrase = self.kb.role_phrase(words)
        if role is not None and role.sector == "MIL" and phrase in CARRIER_WORDS and self._civil_carriers():
            role = Role("BUS", None, role.person)  # "the carrier" in a story of airlines: the airline
        if role is None and (title := next((t for t in tokens if t.lower_ in TITLED_OFFICES and t.text[:1].isupper()),
                                           None)) is not None:
            return Role(TITLED_OFFICES[title.lower_], None, 1), title.lower_  # "the Treasurer", not "club treasurer"
        if role is not None and role.person == 2 and (members := self._members_role(tokens)) is not None:
            role, phrase = members  # "a committee of local residents": the residents' kind
        first = phrase.split()[0] if phrase else ""
        if role is not None and role.person and role.sector == "GOV" and first in words and "shadow" in words[
                :words.index(first)]:  # "Shadow Defence Minister X": the opposition's spokesman, no office (PTY)
            return Role("PTY", None, role.person), phrase
        return role, phrase

    def _civil_carriers(self) -> bool:
        """Whether "carrier" is a firm in this story: words of flights, cargo or telephones and none of navies."""
        text = self.article.text
        return CIVIL_CARRIER_TEXT.search(text) is not None and NAVAL_TEXT.search(text) is None

    def _members_role(self, tokens: Any) -> tuple[Role, str] | None:
        """The role of the people a group body is made of, by its "of" phrase ("a committee of local residents":
        residents, CVL); None when there is none or it names no group of people ("a committee of inquiry")."""
        root = tokens.root if hasattr(tokens, "root") else None  # its "of" phrase may lie outside the mention
        members = [o for c in (root.children if root is not None else []) if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj"]
        if not members:
            return None
        words = tuple(t.lower_ for t in members[0].subtree if t.pos_ not in ("DET", "PRON", "PUNCT"))
        role, phrase = self.kb.role_phrase(words)
        return (role, phrase) if role is not None and role.person == 2 else None

    def _description(self, start: int, end: int) -> Mention:
        """A description stays a description; its country and sector come from its words."""
        span = span_tokens(self.doc, start, end)
        text = self.article.text[start:end]
        role, phrase = self._role_in(span)
        # a group of people who work for a firm ("Acme workers", "staff at Acme plants across Ruritania") are
        # placed where they are: the firm's nationality is not theirs
        employed = role is not None and role.person == 2 and role.sector != "BUS"
        iso, sector = self._country_sector([t for t in span if not border_name(t)], firms=not employed)  # not
        # the Thai of "a rebel base on the Thai border"
        if iso is None and (body := self._leader_body(text)) is not None:
            iso = body.country
        before = [t for t in span if t.i < span.root.i]
        region_asked = bool(role) and iso is None  # a region's own people: asked once, here or for an office below
        region = self._region_country(before) if region_asked else None
        iso = iso or region or (role.country if role else None)
        if role is not None and sector != "BUS":  # "Hong Kong's chief executive": its head of government
            role = self.kb.state_role(phrase, iso) or role
        owner = self._body_sector(span.root, role) if role else None
        name = description_name(span)
        mention = Mention(start, end, text, "DESC", name, None, role, self._sent(start),
                          span.root.dep_ in ("nsubj", "nsubjpass"), plural=span.root.tag_ in ("NNS", "NNPS"))
        body = named_body(span, self.mentions[:bisect.bisect_left(self.starts, start)])
        if body is not None:  # "the Senate committee" after "the Senate Orvale Affairs Committee": that committee
            mention.name, mention.actor = body.name, body.actor
            return mention
        if span[0].lower_ == "the" and role and role.person == 1:
            earlier = self._titled_person(role, iso, start)
            if earlier is not None and (owner is None or earlier.actor is None or earlier.actor.sector == owner):
                mention.name, mention.actor = earlier.name, earlier.actor
                return mention
        if iso is None and sector is None and role is not None and (force := self._recent_force(span, role)):
            iso = force  # "Turkish forces entered the village ... the soldiers opened fire": Turkish soldiers
        local = iso is None and sector is None and role is not None and self._bare_body(span, role)
        if local and role is not None:
            iso = self._local_country(start, end, role.sector, acts_where_it_is=self._acts_where_it_is(span, role))
        office = role.office if role else None
        if office and self._city_owner(span.root):  # "Torino's president": a club's or a firm's, no state's
            mention.actor = Actor(name, None, None)
            return mention
        # a region's or a party's "president" is no state's office holder
        term = self.kb.holder(iso, office, self.date, phrase) if office and iso and not (
            owner or region or (not region_asked and self._region_country(before))) else None
        if term:
            mention.name, mention.actor = term.holder, Actor(term.holder, term.country, term.sector)
            return mention
        if local and role is not None and role.office:
            iso = None  # an office alone is placed by its holder only: "the chancellor" where there is none
        sector = "IGO" if self._international_owner(span) else owner or (role.sector if role else None) or sector
        if sector == "IGO" and iso:  # "the UN envoy for Chad": the body's, of no country; "Chad's UN envoy"
            iso = self._country_sector(before)[0]
        if iso or sector:
            mention.actor = Actor(name, iso, sector)
        return mention

    def _city_owner(self, head: Any) -> bool:
        """Whether an office noun's possessor is a town that is no country nor capital ("Torino's president"):
        the office is then a club's, a firm's or a town's, never the state's."""
        from newsgraph.extract.places_gazetteer import gazetteer

        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        named = self._mention_at(owner.idx) if owner is not None else None
        towns = gazetteer().candidates(clean_name(named.text), exact=True) if named is not None else []
        return named is not None and named.label in ("GPE", "LOC", "ORG") and named.actor is not None and (
            named.actor.sector is None) and bool(towns) and all(c.kind == "city" for c in towns) and not (
            self.kb.country(named.text) or self.kb.capital(named.text) or norm(named.text) in self.kb.regions
            or self._region_country([owner]))

    def _region_country(self, tokens: list[Any]) -> str | None:
        """The country of a sub-national region the tokens name ("the Catalan government", "the Ontario
        government", "Bavarian police"): by its adjective or name in regions.tsv, else by the gazetteer's likeliest
        place when that is an admin unit or region of one country; not a country's own name (its mention says
        that), a compass word ("Western officials") nor a region several countries share ("Punjab")."""
        from newsgraph.extract.places_gazetteer import COMPASS, region_place

        for run in runs([t for t in tokens if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")]):
            phrase = self.article.text[run[0].idx:run[-1].idx + len(run[-1].text)]
            for words, proper in [(phrase, all(t.pos_ == "PROPN" for t in run))] + [
                    (t.text, t.pos_ == "PROPN") for t in run if len(run) > 1]:
                key = norm(words)
                if key in self.kb.regions:
                    return self.kb.regions[key]
                if not proper or key in COMPASS or self.kb.country(words):
                    continue
                place = region_place(words)
                if place is not None and place.country:
                    return place.country
        return None

    def _body_sector(self, head: Any, role: Role) -> str | None:
        """The sector of a body other than a government that a generic role at ``head`` acts for: a named
        organisation or a body noun (words.BODY_LEMMAS) qualifying it ("Hamas officials", "the union's leaders",
        "union leader") or its "of" object ("leaders of the rebel group"); the opposition wins over the party it
        names ("the opposition party's leader"). Only a role of no sector or a government's ("leader",
        "official", "spokesman", "president"), and a military one for a rebel body ("rebel commanders")."""
        if role.sector not in (None, "GOV", "MIL"):
            return None
        owners = sorted((c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < head.i),
                        key=lambda c: -c.i)
        owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        found = []
        for owner in owners:
            for token in [owner, *(c for c in owner.children if c.dep_ in ("compound", "amod") and c.i < owner.i)]:
                named = self._mention_at(token.idx)
                if named is None:  # a body noun, not a word of a named place ("Soviet Union leaders")
                    found.append(self._body_noun_sector(token.lemma_.lower()))
                elif named.label in ("ORG", "FAC") and named.actor is not None:
                    found.append(named.actor.sector)
        sectors = [s for s in found if s is not None]
        if "OPP" in sectors:
            return "OPP"
        body = sectors[0] if sectors else None
        if body == "GOV" or (role.sector == "MIL" and body not in ("REB", "OPP")):
            return None
        return body

    def _body_noun_sector(self, lemma: str) -> str | None:
        """The sector of a body noun (words.BODY_LEMMAS, BODY_SECTORS_EXTRA): "union" LAB, "church" REL."""
        if lemma in BODY_SECTORS_EXTRA:
            return BODY_SECTORS_EXTRA[lemma]
        role = self.kb.role(lemma) if lemma in BODY_LEMMAS else None
        return role.sector if role is not None else None

    def _international_owner(self, span: Any) -> bool:
        """Whether the span's "of", "at" or "from" names an international organisation as whose it is
        ("officials from the Universal Postal Union", "the envoy of the UN")."""
        return any(m.actor is not None and m.actor.sector == "IGO"
                   for _, inside in self._prep_mentions(span, OWNER_PREPS) for m in inside)

    def _bare_body(self, span: Any, role: Role) -> bool:
        """A group of a state's bodies ("officials", "the government"), one of its institutions ("the army",
        "the senate") or offices ("the chancellor") named alone, a group acting in public ("the protesters",
        "the opposition") or one of working or local people ("nurses", "villagers"): it belongs to the country its
        sentence is about. A people or an organisation qualifying it says otherwise ("the Ruritanian consulate",
        "the U.N. tribunal"); a region does not ("the Punjab government"). One whose "of", "at" or "from" says
        whose it is, is not alone ("the mayor of Ruritania City", "officials at the fund"; "officials from
        Ruritania" are placed, not owned), nor is one of many countries ("world leaders", "foreign ministers") or
        in talk of a game ("the captain", "officials")."""
        from newsgraph.extract.places_gazetteer import region_name

        group = self._acts_where_it_is(span, role) or (role.person == 2 and role.sector in HOME_SECTORS)
        body = span[0].lower_ == "the" and span.root.tag_ in ("NN", "NNP") and role.sector in BODY_SECTORS and (
            role.office is not None or institution(span.root))
        if not (group or body) or any(owner_prep(child) for child in span.root.children) or game_talk(span.sent):
            return False
        if span.root.tag_ == "NNS" and any(c.lower_ in MANY_COUNTRIES for c in span.root.children):
            return False
        title = set(self._role_in(span)[1].split()) if span.root.tag_ == "NNP" else set()  # "The Prime Minister"
        qualifiers = (t for t in span if t.i < span.root.i and t.text[:1].isupper() and not t.is_sent_start
                      and t.lower_ not in title)
        return all(region_name(token.text) for token in qualifiers)

    @staticmethod
    def _acts_where_it_is(span: Any, role: Role) -> bool:
        """A group placed where it acts, like a state's bodies (tests/golden/events/GUIDELINE.md: by where they
        protest): roles.tsv's placed = 1 ("the protesters", "the opposition", "nurses", "villagers"), and the
        acting groups the table lacks ("rioters", "marchers")."""
        return bool(role.placed) or span.root.lemma_.lower() in ACTING_GROUPS

    def _titled_person(self, role: Role, iso: str | None, start: int) -> Mention | None:
        """The nearest earlier person who holds this role ("the prime minister" -> Kishida)."""
        for m in reversed(self.mentions):
            if m.start >= start or m.label != "PERSON" or m.actor is None:
                continue
            if iso and m.actor.country != iso:
                continue
            if m.role is role:
                return m
            if role.office and m.actor.country and self.kb.holder(m.actor.country, role.office, self.date):
                term = self.kb.holder(m.actor.country, role.office, self.date)
                if term and term.holder == m.actor.name:
                    return m
        return None

    # -- queries ---------------------------------------------------------------

    def resolve(self, start: int, end: int) -> tuple[str, Actor | None]:
        """Best name and actor for ``text[start:end]``; a people named by demonyms when nothing else fits."""
        name, actor = self._resolve(start, end)
        if actor is None or (actor.country is None and actor.sector is None):
            people = self._people(self.article.text[start:end])
            if people is not None:
                return name, people
        if actor is not None and actor.country is None and actor.sector not in (None, "IGO"):
            country = self._placed(start, end)
            if country:  # "rebels in Ghana", "the government of Ontario province"
                return name, Actor(actor.name, country, actor.sector, actor.wikidata)
        if actor is not None and actor.country and actor.sector in (None, "CVL") and (
                home := self._people_home(start, end, actor.country)):  # "ethnic Albanians in Serbia"
            return name, Actor(actor.name, home, "CVL", actor.wikidata)
        return name, actor

    def _placed(self, start: int, end: int) -> str | None:
        """The one country named by places after the head of the span ("groups in X", "workers of X"); for a
        group whose whereabouts never give its country (roles.tsv placed = 0), only where it comes from
        ("refugees from X", not "settlers in Y"). A firm named there is where they work, not where they are
        ("workers at Acme plants across X"): its nationality is not theirs."""
        span = span_tokens(self.doc, start, end)
        if span is None:
            return None
        role, _ = self._role_in(span)
        preps = ("of", "from") if role is not None and role.placed is False else PLACING_PREPS
        found = set()
        for child in span.root.rights:
            if child.dep_ == "prep" and child.lower_ in preps and child.i < span.end:
                for m in self.mentions:
                    if child.idx <= m.start and m.end <= end and m.label in ("GPE", "LOC", "NORP", "ORG", "FAC") \
                            and m.actor is not None and m.actor.country and m.actor.sector != "BUS" and not (
                                (named := span_tokens(self.doc, m.start, m.end)) is not None and border_name(
                                    named.root)):  # "a rebel base on the Thai border": no Thai rebels
                        found.add(m.actor.country)
        return found.pop() if len(found) == 1 else None

    def _resolve(self, start: int, end: int) -> tuple[str, Actor | None]:
        """``resolve`` without the demonym fallback."""
        text = self.article.text[start:end]
        if not text.strip() or date_name(text):  # "on Black Friday", "since 17 November": a day, no actor
            return text, None
        exact = self.by_span.get((start, end))
        if exact is not None and exact.actor is not None:
            return exact.name, self._with_head_role(exact, exact.actor)
        lowered = text.strip().lower()
        if lowered in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            found = self.antecedent(start, lowered)
            return (found.name, found.actor) if found else (text, None)
        span = span_tokens(self.doc, start, end)
        if span is None:
            return text, None
        if len(span) == 1 and span.root.tag_ in ("WP", "WDT"):
            return self._relative(span.root) or (text, None)  # "who" is never the WHO
        known = self.kb.org(text)
        party = self._party(start, end)  # "the Democrats" in a story from Canberra in 2001: the Australian ones
        if party is not None:
            return party.name, party
        if known is not None:
            holder = Mention(start, end, text, "ORG", known.name, known, None, self._sent(start), False)
            self._localise(holder)
            return holder.name, holder.actor
        split = self._split_name(span)
        if split is not None:
            return split.name, split
        inside = self._mention_at(span.root.idx)
        if inside is not None and inside.label == "DOC":
            return text, None
        if inside is not None and inside.actor is not None and inside.start < end and start < inside.end:
            return inside.name, self._with_head_role(inside, inside.actor)
        surname = self._surname_of(text, start)
        if surname is not None:  # "King" after "Zebulon King": the person, not a title
            return surname.name, surname.actor
        body = named_body(span, self.mentions[:bisect.bisect_left(self.starts, start)])
        if body is not None:  # "the committee" after "the Senate Foreign Affairs Committee"
            return body.name, body.actor
        role, _ = self._role_in(span)
        if role:
            mention = self._description(start, end)
            return mention.name, mention.actor
        if inside is not None and inside.actor is not None:
            return inside.name, inside.actor
        modifier = next((m for m in self.mentions if start <= m.start and m.end <= end and m.actor is not None
                         and m.label in ("NORP", "GPE") and m.actor.country and not self._whereabouts(m)), None)
        if modifier is not None and modifier.actor is not None:  # "Peruvian trawlers" with no known role
            return clean_name(text), Actor(clean_name(text), modifier.actor.country, None)
        stance = STANCE_NAME.match(text)
        if stance is not None and (named := self.kb.org(stance.group(1))) is not None:
            return named.name, named  # "the pro-Ruritanian Liberation Front": the front, whatever it backs
        word = next((iso for t in span if t.i < span.root.i and t.dep_ in ("amod", "compound", "nmod")
                     and not (t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ in STANCE_PREFIXES)
                     and (iso := self.kb.country(t.text))), None)
        if word is not None:  # a demonym inside a mis-recognised name ("Angry Dutch" + "fishermen")
            return clean_name(text), Actor(clean_name(text), word, None)
        earlier = self._same_person(strip_title(clean_name(text)), start) if text[:1].isupper() else None
        if earlier is not None:
            return earlier.name, earlier.actor
        name, actor = self._lookup(text, span.root)
        firm = self._short_form(text, start) if actor is None else None
        return (firm.name, firm.actor) if firm is not None else (name, actor)

    def _whereabouts(self, mention: Mention) -> bool:
        """A place that says where premises or firms are ("the offices of two firms in X and Y", "three
        cement makers in X"), not whose they are; a group placed in X ("an armed group based in X", "an
        extremist organisation in X") is still X's."""
        named = span_tokens(self.doc, mention.start, mention.end)
        if named is None:
            return False
        token = named.root
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        if token.dep_ != "pobj" or token.head.lower_ not in WHEREABOUTS_PREPS:
            return False
        located = token.head.head
        return located.pos_ == "NOUN" and located.lemma_.lower() in PREMISES_NOUNS or firm_plural(located)

    def _relative(self, pronoun: Any) -> tuple[str, Actor | None] | None:
        """What a relative pronoun stands for: the noun its clause modifies ("police, who fired")."""
        clause = pronoun.head
        if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = clause.head
        return self._resolve(noun.left_edge.idx, noun.idx + len(noun.text))

    def parts(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """The countries of a hyphenated or slashed pair of names ("U.S.-Japan", "Israeli-Palestinian").

        Empty unless at least two parts are country names or demonyms.
        """
        found: list[tuple[int, int, Actor]] = []
        for piece in NAME_PIECE.finditer(self.article.text[start:end]):
            lead = len(piece.group()) - len(piece.group().lstrip())
            size = len(piece.group().strip())
            part_start = start + piece.start() + lead
            iso3 = self.kb.country(self.article.text[part_start:part_start + size]) if size >= 2 else None
            if iso3:
                found.append((part_start, part_start + size, self.kb.country_actor(iso3)))
        return found if len(found) > 1 else []

    def _people(self, text: str) -> Actor | None:
        """A people named by demonyms ("Samoans", "the Tuareg", "Crimean Tatars") or a bare country name."""
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return None
        if len(words) == 1 and (iso3 := self.kb.country(words[0])):
            return self.kb.country_actor(iso3)  # a country name the parser took for a person
        if not words[-1].endswith("s"):
            return None
        first = words[0]
        iso3 = self.kb.country(first) if len(words) == 2 else self.kb.country(first[:-1]) or self.kb.country(first)
        return self.kb.country_actor(iso3) if iso3 else None

    def _with_head_role(self, mention: Mention, actor: Actor) -> Actor:
        """'Hungarian' in 'Hungarian officials': a demonym or country modifying a role takes that role's sector."""
        if mention.label not in ("NORP", "GPE") or actor.sector is not None:
            return actor
        span = span_tokens(self.doc, mention.start, mention.end)
        token = span.root if span is not None else None
        while token is not None and token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token is None or token.dep_ not in ("amod", "compound", "nmod"):
            return actor
        role = self.kb.role(token.head.lower_) or self.kb.role(token.head.lemma_.lower())
        return Actor(actor.name, actor.country, role.sector) if role and role.sector else actor

    def _lookup(self, text: str, root: Any) -> tuple[str, Actor | None]:
        """Dictionary lookups for a span that is no known mention."""
        actor = self.kb.org(text) or self.kb.person(text, self.date)
        if actor is None and self.kb.country(text):
            actor = self.kb.country_actor(self.kb.country(text) or "")
        if actor is None and self.kb.capital(text):
            iso = self.kb.capital(text) or ""
            actor = self.kb.country_actor(iso, "GOV") if is_agent(root) else Actor(clean_name(text), iso, None)
        name = actor.name if actor is not None and actor.sector else clean_name(text)
        return name, actor


def city_country(name: str) -> str | None:
    """The country of every large city (CITY_BODY_POPULATION or more) by this name, when they lie in one
    country and the name is one city's own: "Milwaukee", "Columbus" (Ohio and Georgia); not "Birmingham"
    (England and Alabama)."""
    from newsgraph.extract.places_gazetteer import gazetteer

    large = [c for c in gazetteer().candidates(name, exact=True)
             if c.kind == "city" and c.population >= CITY_BODY_POPULATION]
    countries = {c.country for c in large}
    return countries.pop() if len(countries) == 1 and any(c.primary for c in large) else None


def other_person(token: Any, top: Any) -> bool:
    """Whether a token of a clause or apposition after a name (headed by ``top``) belongs to another named
    person ("X, who met Ruritanian leader Y": "Ruritanian" is Y's)."""
    while True:
        if token.ent_type_ == "PERSON":
            return True
        if token.i == top.i or token.head.i == token.i:
            return False
        token = token.head


def owner_prep(token: Any) -> bool:
    """An "of", "at" or "from" by which a body says whose it is ("the mayor of X", "officials at the fund"); an
    "at" or "from" a country or place only says where it is from ("officials from Ruritania")."""
    if token.dep_ != "prep" or token.lower_ not in OWNER_PREPS:
        return False
    place = any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in token.children)
    return token.lower_ == "of" or not place
