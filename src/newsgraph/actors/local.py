"""The country of a bare domestic body: "the congress", "the army", "the chancellor" named with no country, and of
a group acting in public ("the protesters", "the opposition").

A body named without its country belongs to the country its own clause is about: one placed by a locative
phrase ("In Peru, the congress ..."), or the one whose state body is the governing subject ("Mexico's supreme
court ruled that the congress ...").  When the sentence says nothing of the kind it takes the article's main
country; without one, the only country its sentence locates things in when it names no other ("After floods
in Malawi, the government ..."), and when its own sentence names no country, the only one the sentence before
places things in ("Floods swept across the north of Mexico. The government ..."). A group acting in public takes no
country from a state body that speaks of it, and a country named as the speaker's does not stop the sentence
before from placing it ("Crowds marched in Suva. The Ruritanian embassy said the protesters ...").

Where a story turns from its main country to another that its passage names alone, a bare body is of that one
(``near_home``); bare soldiers, aircraft and tanks belong to the armed force last named with a country, not to the
land they act in, unless their sentence moves to a new scene (``_recent_force``)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING, Any

from newsgraph.actors.home import leading
from newsgraph.actors.kb import norm
from newsgraph.actors.parties import party_actor, party_states
from newsgraph.actors.words import span_tokens
from newsgraph.model import Actor

if TYPE_CHECKING:
    from newsgraph.actors.kb import KnowledgeBase, Role
    from newsgraph.actors.resolve import Mention

# people of one country with a surname that make it a sign of that country's people in another's story ("Sato"),
# not one president of the dictionary ("Sawyer")
FOREIGN_SURNAME_PEOPLE = 3
# prepositions that place a whole clause in a country ("in Peru", "across the north of Mexico")
PLACING_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "within", "around"})
# prepositions by which a body's own phrase says where it comes from ("officials from Ruritania"), and, for a body
# placed where it acts, where it is ("police in Houston"); diplomats or officials in a capital are mostly foreign ones
ORIGIN_PREPS = frozenset({"from", "at"})
ACTING_ORIGIN_PREPS = PLACING_PREPS | ORIGIN_PREPS
# the bodies of a state, whose country a sentence's subject can lend to another body
BODY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
# words of a game: a sentence about one speaks of a team's or a contest's people, not a state's ("the captain")
GAME_WORDS = frozenset({
    "match", "final", "tournament", "club", "fan", "coach", "team", "teammate", "player", "referee", "umpire",
    "stadium", "championship", "league", "athlete", "runner", "olympics",
})
# institutions a bare "the" noun names ("the army", "the senate"); a court only in talk of law, not of tennis
INSTITUTION_NOUNS = frozenset({"army", "navy", "military", "congress", "parliament", "senate", "legislature", "junta"})
LEGAL_WORDS = frozenset({
    "trial", "judge", "ruling", "rule", "verdict", "sentence", "case", "appeal", "lawsuit", "law", "charge",
    "hearing", "convict", "acquit", "defendant", "prosecutor", "jail", "prison", "constitutional", "unconstitutional",
})
NAMING_LABELS = ("GPE", "NORP", "LOC")
# how far back (in sentences) bare soldiers or aircraft look for the armed force they belong to, and the prepositions
# by which their own phrase says where or whose they are ("troops in X", "soldiers of the 5th brigade")
FORCE_SENTENCES = 4
FORCE_PLACING_PREPS = frozenset({"in", "of", "from"})
# the sentences before a bare body that, with its own, make the passage whose main country it may take
NEAR_SENTENCES = 4
# words by which a group is of many countries ("world leaders", "international peacekeepers")
MANY_COUNTRIES = frozenset({"world", "global", "international", "foreign", "multinational"})
# nouns for a people as a whole ("the Albanian population", "the Turkish minority")
PEOPLE_NOUNS = frozenset({"population", "community", "minority", "people"})


class LocalCountry:
    """The country a bare body's sentence is about (mixed into ``ArticleActors``)."""

    article: Any
    doc: Any
    kb: KnowledgeBase
    home: str | None
    date: str | None
    mentions: list[Mention]
    _mention_at: Callable[[int], Mention | None]
    _sent: Callable[[int], int]

    def _localise_person(self, mention: Mention) -> None:
        """A named person the story says nothing more of ("Ana Lind and Joel Sarr, assigned to the unit") is
        of the country the story, or its passage, is about: people named without a nationality in one country's
        news are mostly its own. Never a country the person is known by, nor in a story with no main country, nor a
        name with an article ("the Bruins"), a plural or a people's name in it ("Kenyan MPs"), that of a country, a
        capital, a known body or a party, nor a surname another country's people clearly hold ("Sato")."""
        if mention.label != "PERSON" or mention.actor is not None or self.home is None:
            return
        if self.kb.person(mention.name, self.date) is not None or self.kb.capital(mention.text) or self.kb.country(
                mention.text) or self.kb.org(mention.text) or party_states(mention.text):
            return  # "Lima recalled its ambassador", "Kataib Hezbollah attacked": a place or a body taken for a name
        if self.kb.surname_country(mention.name, least=FOREIGN_SURNAME_PEOPLE) not in (None, self.home):
            return  # "Kenji Sato" in a story from Canberra: a name of another country's people
        span = span_tokens(self.doc, mention.start, mention.end)
        if span is None or (span.start > 0 and self.doc[span.start - 1].lower_ == "the"):
            return  # "the Bruins": a team or a family taken for a name
        if len(span) > 1 and any(self.kb.org(t.text) for t in span if t.is_alpha and t.text[0].isupper()):
            return  # "Kataib Hezbollah": a group named after a known one
        if any(norm(t.text) in self.kb.demonyms or t.tag_ in ("NNS", "NNPS") for t in span):
            return  # "Kenyan MPs": a group with its own nationality, taken for a name
        country = self.near_home(span.sent) or self.home
        mention.actor = Actor(mention.name, country, None)

    def _localise_party(self, mention: Mention) -> None:
        """A party named by a short name (``_party``), also where the recogniser took it for a person ("Labour
        accused ..."); a name of several states' parties keeps the country it had when neither its sentence nor
        the story's country tells which it is."""
        if mention.label not in ("ORG", "NORP", "PERSON"):
            return
        party = self._party(mention.start, mention.end)
        if party is not None:
            mention.actor, mention.name, mention.label = party, party.name, "ORG"

    def _party(self, start: int, end: int) -> Actor | None:
        """The party ``text[start:end]`` names (actors/parties.py), placed by the countries its sentence names;
        None for a name used as a common word ("Nationals of six countries", "three Liberals")."""
        if party_states(self.article.text[start:end]) is None:
            return None  # most spans name no party: nothing more to read
        span = span_tokens(self.doc, start, end)
        if span is None or any(c.dep_ == "nummod" for c in span.root.children):
            return None
        if span.end < len(self.doc) and self.doc[span.end].lower_ in ("of", "from"):
            return None
        sentence = span.sent
        named = {m.actor.country for m in self.mentions if m.actor is not None and m.actor.country and (
            m.label in ("GPE", "NORP", "ORG")) and sentence.start_char <= m.start < sentence.end_char and not (
            start <= m.start < end)}
        return party_actor(self.article.text[start:end], self.home, named, self.date)

    def _local_country(self, start: int, end: int, sector: str | None, acts_where_it_is: bool = False) -> str | None:
        """The country a bare body at ``text[start:end]`` of this sector belongs to, or None; a group that is
        no state body (``sector`` outside BODY_SECTORS) is not stopped by a country the sentence names. The
        police and a group placed where it acts (``acts_where_it_is``) are also placed by their own "in" ("police
        in Houston"), a state's other people ("officials", "diplomats") not at all."""
        span = span_tokens(self.doc, start, end)
        if span is None:
            return self.home
        sentence = span.sent
        where_it_is = acts_where_it_is or sector == "COP"
        placed = self._origin(span, ACTING_ORIGIN_PREPS if where_it_is else ORIGIN_PREPS) or self._sentence_places(
            sentence, span, sector)
        if len(placed) == 1:
            return placed.pop()
        if self.home or placed:
            return (self.near_home(sentence) if self.home else None) or self.home
        named = self._named_countries(sentence, span)
        # a state's people in a place are often another state's ("diplomats in Beijing"), its seat is its own ("the
        # government in Ghana")
        own = {m.start for _, inside in self._prep_mentions(span, PLACING_PREPS) for m in inside} if (
            not where_it_is and span.root.tag_ == "NNS") else set()
        scene = self._scene_countries(sentence, own)
        if len(scene) == 1 and named <= scene:
            return scene.pop()
        if (sector in BODY_SECTORS and named) or sentence.start == 0:
            return self.home
        scene = self._scene_countries(self.doc[sentence.start - 1].sent)
        return scene.pop() if len(scene) == 1 else None

    def near_home(self, sentence: Any) -> str | None:
        """The main country of the passage around a sentence (it and the NEAR_SENTENCES before it), by its places,
        peoples and known office holders, when one clearly leads (``leading``) and the article's main country is
        not named there at all: a story about one country may turn to another ("... the Pentagon said. The cabinet
        met in Canberra. The Prime Minister asked the Opposition to ..."). In a story with a main country, a few
        sentences about another (a boat that "left Indonesia") do not make its bare bodies that other's: the
        passage country wins only where the sentence itself, or the one before it, places something there or names
        one of its known office holders."""
        cache: dict[int, str | None] = self.__dict__.setdefault("_near_cache", {})
        if sentence.start not in cache:
            cache[sentence.start] = self._near_home(sentence)
        return cache[sentence.start]

    def _near_home(self, sentence: Any) -> str | None:
        here = self._sent(sentence.start_char)
        near = [m for m in self.mentions if m.start < sentence.end_char and here - m.sent <= NEAR_SENTENCES]
        counts: dict[str, int] = {}
        for mention in near:
            if mention.label in NAMING_LABELS and mention.actor is not None and mention.actor.country:
                counts[mention.actor.country] = counts.get(mention.actor.country, 0) + 1
        for mention in near:  # and whose office holders act there
            if mention.label == "PERSON" and (known := self.kb.person(mention.name, self.date)) is not None and (
                    known.country):
                counts[known.country] = counts.get(known.country, 0) + 1
        if self.home in counts or (found := leading(counts)) is None:
            return None
        if self.home is None:
            return found
        before = self.doc[sentence.start - 1].sent if sentence.start else sentence
        placed = self._scene_countries(sentence) | self._scene_countries(before) | {  # or a known office holder acts
            known.country for m in near if m.label == "PERSON" and before.start_char <= m.start
            and (known := self.kb.person(m.name, self.date)) is not None and known.country}
        return found if found in placed else None

    def _people_home(self, start: int, end: int, origin: str) -> str | None:
        """Where a people named by its origin lives, when its phrase says so: "Albanians of southern Serbia", or,
        for an ethnic group, "ethnic Albanians in Serbia" and "ethnic Albanians" in a story placed elsewhere. A
        people's "in" alone says where it is hit or seen, not where it lives ("killed ten Chileans in Peru")."""
        span = span_tokens(self.doc, start, end)
        if span is None or (span.root.tag_ not in ("NNS", "NNPS") and span.root.lemma_.lower() not in PEOPLE_NOUNS):
            return None
        ethnic = any(t.lower_ == "ethnic" for t in span)
        found = {m.actor.country for prep, inside in self._prep_mentions(span, ("of", "in") if ethnic else ("of",))
                 for m in inside if m.label in ("GPE", "LOC") and m.actor is not None and m.actor.country and any(
                     o.dep_ == "pobj" and m.start <= o.idx < m.end for o in prep.children)}  # the place itself
        found.discard(origin)
        if len(found) == 1 or not ethnic:
            return found.pop() if len(found) == 1 else None
        scene = self._scene_countries(span.sent) - {origin}
        if len(scene) == 1:
            return scene.pop()
        return self.home if self.home != origin else None

    def _recent_force(self, span: Any, role: Role) -> str | None:
        """The country of bare soldiers, aircraft or tanks ("the soldiers", "helicopters", "the army": a military
        group or institution whose phrase names no country nor place of its own): that of the article's latest
        armed force named with one, within the last few sentences ("Turkish forces entered the village ... the
        soldiers opened fire"). Where they act is often another state's land, so the scene does not say whose
        they are. A force of many countries ("international peacekeepers") is of none, and once the story has
        named one, the bare forces after it are no longer the one named before it but the article's own ("British
        peacekeepers patrol ... a force of 5,000 international peacekeepers was criticised by some commanders")."""
        if role.sector != "MIL" or role.person == 1 or multinational(span.root) or any(
                c.dep_ == "prep" and c.lower_ in FORCE_PLACING_PREPS for c in span.root.children):
            return None
        here = self._sent(span.start_char)
        for mention in reversed(self.mentions):
            if mention.start >= span.start_char or mention.actor is None:
                continue
            if here - mention.sent > FORCE_SENTENCES:
                return None
            if mention.actor.sector == "MIL" and mention.label == "DESC" and (
                    named := span_tokens(self.doc, mention.start, mention.end)) is not None and multinational(
                    named.root):
                return self.home
            if mention.actor.sector == "MIL" and mention.actor.country and mention.label != "PERSON":
                return mention.actor.country if self._same_theatre(span.sent, mention) else None
        return None

    def _same_theatre(self, sentence: Any, force: Mention) -> bool:
        """Whether bare forces in ``sentence`` may be the armed ``force`` named before: the sentence places nothing,
        or places things in the force's own country or where the force's sentence placed it ("Turkish forces ... in
        northern Syria ... the soldiers ... near Aleppo"), not in a new scene ("In Kabul, soldiers ...")."""
        here = self._scene_countries(sentence)
        named = span_tokens(self.doc, force.start, force.end)
        if not here or named is None or force.actor is None:
            return True
        return bool(here & (self._scene_countries(named.sent) | {force.actor.country}))

    def _origin(self, span: Any, preps: Collection[str]) -> set[str]:
        """Countries of the places the span's head comes "from" or is "at" (or "in", among ``preps``: "officials
        from Ruritania", "police in Houston"); none for a list ("envoys from X, Y and Z"), whose members the events
        stage reads one by one."""
        found = set()
        for prep, inside in self._prep_mentions(span, preps):
            if any(c.dep_ == "conj" for obj in prep.children for c in obj.children):
                continue
            found |= {m.actor.country for m in inside
                      if m.label in NAMING_LABELS and m.actor is not None and m.actor.country}
        return found

    def _prep_mentions(self, span: Any, preps: Collection[str]) -> Iterator[tuple[Any, list[Mention]]]:
        """Each preposition of the span's head among ``preps``, with the actor mentions inside its phrase."""
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ in preps):
            end = prep.right_edge.idx + len(prep.right_edge.text)
            yield prep, [m for m in self.mentions if prep.idx <= m.start and m.end <= end]

    def _scene_countries(self, sentence: Any, skip: Collection[int] = ()) -> set[str]:
        """Countries of the places a sentence locates something in ("Floods swept across the north of X", "in
        the Ruritanian capital"), but for the mentions starting at ``skip``."""
        found = set()
        for mention in self._sentence_mentions(sentence, sentence[:0]):
            if mention.start in skip:
                continue
            named = span_tokens(self.doc, mention.start, mention.end)
            place = mention.label in ("GPE", "LOC")
            country = mention.actor.country if mention.actor is not None else None
            if mention.label == "PERSON":  # a country's name the recogniser took for a person ("in Malawi")
                place, country = True, self._country_named(mention)
            if named is None or not country:
                continue
            root = named.root
            if (place and located(root)) or (
                    mention.label == "NORP" and root.dep_ in ("amod", "compound") and located(root.head)):
                found.add(country)
        return found

    def _named_countries(self, sentence: Any, span: Any) -> set[str]:
        """Countries the sentence names by places, demonyms and state bodies (not firms), outside the span; a
        country's name the recogniser took for a person counts too ("Ghana met Togo")."""
        found = set()
        for m in self._sentence_mentions(sentence, span):
            if m.actor is not None and m.actor.country and (m.label in NAMING_LABELS or m.actor.sector in BODY_SECTORS):
                found.add(m.actor.country)
            elif (iso := self._country_named(m)) is not None:
                found.add(iso)
        return found

    def _country_named(self, mention: Mention) -> str | None:
        """The country whose name the mention is, whatever the recogniser labelled it ("Ghana" as a PERSON)."""
        return self.kb.country_names.get(norm(mention.text))

    def _sentence_mentions(self, sentence: Any, span: Any) -> list[Mention]:
        """The mentions of a sentence that lie outside the span."""
        return [m for m in self.mentions if sentence.start_char <= m.start < sentence.end_char
                and not span.start_char <= m.start < span.end_char]

    def _sentence_places(self, sentence: Any, span: Any, sector: str | None) -> set[str]:
        """Countries the sentence is placed in, or whose body is its subject."""
        found = set()
        for mention in self._sentence_mentions(sentence, span):
            named = span_tokens(self.doc, mention.start, mention.end)
            if named is None or mention.actor is None or not mention.actor.country:
                continue
            if mention.label in NAMING_LABELS and (
                    placing(named.root, span.root) or self._owns_subject_body(named.root, span, sector)):
                found.add(mention.actor.country)
        return found

    def _owns_subject_body(self, token: Any, span: Any, sector: str | None) -> bool:
        """'Ruritania's' in "Ruritania's high court ruled that the senate ...": the country of a state body that
        is the subject of a clause holding the span, lent only to a state body of another sector; not to one of
        its own sector ("Ruritania's envoy met government officials": over the studied articles a speaker's
        country was wrong for the body named in the speech) nor to a group that is no state body."""
        body = token.head
        if sector not in BODY_SECTORS or token.dep_ not in ("poss", "amod", "compound", "nmod"):
            return False
        if body.dep_ not in ("nsubj", "nsubjpass") or not any(t.i == span.root.i for t in body.head.subtree):
            return False
        role, _ = self.kb.role_phrase(tuple(t.lower_ for t in body.subtree if t.i <= body.i and t.i != token.i
                                            and t.pos_ not in ("DET", "PUNCT", "PART")))
        own = self._mention_at(body.idx)
        own_sector = own.actor.sector if own is not None and own.actor is not None else None
        own_sector = own_sector or (role.sector if role else None)
        return own_sector in BODY_SECTORS and own_sector != sector


def multinational(root: Any) -> bool:
    """A group noun of many countries by its own modifier ("international peacekeepers", "foreign troops")."""
    return any(c.lower_ in MANY_COUNTRIES for c in root.children)


def game_talk(sentence: Any) -> bool:
    """Whether a sentence speaks of a game, by its nouns ("after the final", "the club's fans")."""
    return any(t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in GAME_WORDS or t.lower_ in GAME_WORDS)
               for t in sentence)


def institution(root: Any) -> bool:
    """An institution noun ("the army", "the senate"), or "the court" in a sentence about law."""
    if root.lemma_.lower() in INSTITUTION_NOUNS:
        return True
    return root.lemma_.lower() == "court" and any(t.lemma_.lower() in LEGAL_WORDS for t in root.sent)


def located(token: Any) -> Any | None:
    """The preposition of 'in'/'at'/'across' a place is the object of, also through 'of' ("in the north of
    Mexico"), or None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head
    return token.head if token.dep_ == "pobj" and token.head.lower_ in PLACING_PREPS else None


def placing(token: Any, body: Any) -> bool:
    """A place that locates the body's clause: the object of 'in'/'at'/'across' on the body's verb, on the verb
    that verb continues or on that verb's subject ("workers in Hamburg booed the chancellor"), also through
    'of' ("in the north of Mexico"); not one in another clause ("X eased rules in Y as the authorities ...")."""
    prep = located(token)
    verb = clause_verb(body)
    if prep is None or verb is None:
        return False
    verbs = {verb.i, verb.head.i} if verb.dep_ in ("conj", "xcomp", "ccomp") else {verb.i}
    owner = prep.head
    return owner.i in verbs or (owner.dep_ == "nsubj" and owner.head.i in verbs and owner.i != body.i)


def clause_verb(token: Any) -> Any | None:
    """The nearest verb the token depends on, or None."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
