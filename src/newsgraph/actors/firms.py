"""Companies the knowledge base does not list: told by their names or by the noun that introduces them.

A name ending in a corporate word ("Ruritania Motors", "Zenda Holdings AG", "Air Syldavia"), or introduced
as a company ("the carmaker Zenda", "Zenda, a Detroit-based lender"), is a business (BUS). Its country is
the one its own noun phrase states ("the Irish airline X", "X of Kuwait", "the Detroit-based carmaker X"),
never a country word inside the name ("Air Syldavia" stays without one): event coders give a firm a
nationality only when the text does. A short form of a firm named earlier ("Zenda" after "Zenda Motors
Inc", "ZM" for it) is that firm, and so is a later mention of a name that was introduced as a company.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newsgraph.actors.kb import norm
from newsgraph.actors.words import (
    COMPANY_NOUNS,
    FIRM_NAME_WORDS,
    FIRM_NOUNS,
    LEGAL_FORMS,
    clean_name,
    is_acronym,
    span_tokens,
)
from newsgraph.model import Actor

if TYPE_CHECKING:
    from newsgraph.actors.kb import KnowledgeBase
    from newsgraph.actors.resolve import Mention
    from newsgraph.model import Article

NATION_NOUNS = frozenset({"country", "nation"})  # "the country's largest lender": the story's country's firm
MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "poss")
STATE_WORDS = frozenset({"force", "forces", "guard", "command", "wing", "base", "station", "control", "traffic",
                         "ministry", "department", "agency", "commission", "authority", "administration", "council",
                         "office", "service", "board", "bureau", "federal", "national", "central", "reserve"})


def firm_name(text: str) -> bool:
    """A name of two words or more that ends in a capitalised corporate word or starts with 'Air' ("Air
    Syldavia"), and holds no word of a public body ("Air Force", "Air Traffic Control"): not "the Islamic
    State group" or "the Ukrainian capital"."""
    words = norm(text).split()
    if len(words) < 2 or STATE_WORDS.intersection(words) or not text.split()[-1][:1].isupper():
        return False
    return words[-1] in FIRM_NAME_WORDS or words[0] == "air"


def initials(words: list[str]) -> set[str]:
    """A name's acronyms: the initials of its capitalised words, with and without a legal form at the end
    ("Zenda Motors Inc": ZMI, ZM)."""
    capitals = [w for w in words if w[:1].isupper()]
    found = {"".join(w[0] for w in capitals)}
    if capitals and norm(capitals[-1]) in LEGAL_FORMS:
        found.add("".join(w[0] for w in capitals[:-1]))
    return found


class Firms:
    """Company lookups over an article's mentions (mixed into ``ArticleActors``)."""

    article: Article
    doc: Any
    kb: KnowledgeBase
    mentions: list[Mention]
    _mention_at: Callable[[int], Mention | None]
    _local_country: Callable[..., str | None]

    def _firm(self, text: str, span: Any, by_name: bool = True) -> Actor | None:
        """A company by the noun introducing it or (unless ``by_name`` is False) by its name, with the
        nationality its phrase states."""
        if self.kb.country(text) or self.kb.capital(text):
            return None
        heads, context = self._introduction(span)
        if not (any(t.lemma_.lower() in FIRM_NOUNS for t in heads) or (by_name and firm_name(text))):
            return None
        return Actor(clean_name(text), self._stated_country(context, span), "BUS")

    def _company_named(self, text: str, span: Any) -> Actor | None:
        """A name the recogniser took for a person's that its phrase introduces as a company ("Drennox, a
        Leeds-based valve supplier"), or that names a company of an earlier sentence ("Drennox's board")."""
        heads, _ = self._introduction(span)
        if any(t.lemma_.lower() in COMPANY_NOUNS for t in heads):
            return self._firm(text, span, by_name=False)
        earlier = next((m for m in self.mentions if m.label == "ORG" and m.actor is not None
                        and m.actor.sector == "BUS" and norm(m.text) == norm(text) and m.start < span.start_char), None)
        return self._elsewhere(earlier.actor, span) if earlier is not None and earlier.actor is not None else None

    def _elsewhere(self, firm: Actor, span: Any) -> Actor:
        """A company named in another sentence than the one that stated its nationality: of no country there
        (tests/golden/events/GUIDELINE.md: a firm's nationality counts only when its sentence states it)."""
        stated = self._stated_country(self._introduction(span)[1], span)
        return Actor(firm.name, stated, firm.sector, firm.wikidata) if firm.country != stated else firm

    def _introduction(self, span: Any) -> tuple[list[Any], list[Any]]:
        """The nouns that introduce a name (a modifier before it, its apposition, or the phrase it is in
        apposition to) and all the tokens of those describing phrases."""
        root = span.root
        heads: list[Any] = []
        tokens: list[Any] = []
        for child in root.children:
            before = child.i < span.start and child.dep_ in MODIFIER_DEPS
            if before or (child.i >= span.end and child.dep_ == "appos"):
                heads += [child] if child.pos_ == "NOUN" else []
                tokens.extend(child.subtree)
        if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
            heads.append(root.head)
            tokens.extend(t for t in root.head.subtree if t.i < span.start)
        return heads, [t for t in tokens if not span.start <= t.i < span.end]

    def _stated_country(self, context: list[Any], span: Any) -> str | None:
        """The one country the describing words name ("Irish", "Detroit-based"), or 'of <Country>' after it."""
        found = set()
        for token in context:
            mention = self._mention_at(token.idx)
            if mention is not None and mention.label in ("GPE", "NORP") and mention.actor is not None \
                    and mention.actor.country:
                found.add(mention.actor.country)
            elif token.ent_type_ in ("GPE", "NORP") and (iso := self.kb.country(token.text)):
                found.add(iso)
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            place = doc[span.end + 1]
            iso = self.kb.country_names.get(norm(place.text)) if place.ent_type_ == "GPE" else None
            found |= {iso} if iso else set()
        return found.pop() if len(found) == 1 else None

    def _national_firm(self, span: Any) -> bool:
        """Whether a firm's describing phrase makes it the country's own: "X, the country's largest lender", "the
        nation's biggest carmaker", "X, the national airline" (a flag carrier or a state's champion)."""
        heads, context = self._introduction(span)
        for head in heads:
            if head.lemma_.lower() not in FIRM_NOUNS:
                continue
            for child in head.children:
                if child.dep_ == "amod" and child.lower_ == "national":
                    return True
                if child.dep_ == "poss" and child.lemma_.lower() in NATION_NOUNS and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in child.children):
                    return True
        return False

    def _localise_firms(self) -> None:
        """A firm of no stated country that its phrase makes the country's own (``_national_firm``) takes the
        one country its sentence names, else the one a bare state body there would take ("Ruritania's regulator
        suspended shares of Acme Bank, the country's largest lender": Ruritanian)."""
        for mention in self.mentions:
            actor = mention.actor
            if mention.label != "ORG" or actor is None or actor.sector != "BUS" or actor.country is not None:
                continue
            span = span_tokens(self.doc, mention.start, mention.end)
            if span is None or not self._national_firm(span):
                continue
            named = {m.actor.country for m in self.mentions if m.label in ("GPE", "NORP", "LOC") and m.actor
                     and m.actor.country and span.sent.start_char <= m.start < span.sent.end_char}
            country = named.pop() if len(named) == 1 else self._local_country(mention.start, mention.end, "GOV")
            if country:
                mention.actor = Actor(actor.name, country, actor.sector, actor.wikidata)

    def _short_form(self, text: str, start: int) -> Mention | None:
        """An earlier named business this is a short form or acronym of ("Zenda" for "Zenda Motors Inc")."""
        words = clean_name(text).split()
        if not words or not words[0][:1].isupper():
            return None
        acronym = clean_name(text).replace(".", "") if is_acronym(text) else ""
        for mention in reversed(self.mentions):
            if mention.start >= start or mention.label != "ORG" or mention.actor is None:
                continue
            if mention.actor.sector not in ("BUS", "LAB"):
                continue
            full = clean_name(mention.text).split()
            if len(words) < len(full) and full[:len(words)] == words:
                return mention
            if acronym and acronym in initials(full):
                return mention
        return None

    def _acronym_body(self, text: str, start: int) -> Actor | None:
        """The actor of an earlier named body (not a firm: ``_short_form``) this acronym stands for, by the initials
        of its capitalised words or of their last ones after a place ("CPUC" or "PUC" after "the California Public
        Utilities Commission")."""
        if not is_acronym(text):
            return None
        acronym = clean_name(text).replace(".", "")
        for mention in reversed(self.mentions):
            if mention.start >= start or mention.label not in ("ORG", "FAC") or mention.actor is None:
                continue
            capitals = [w for w in clean_name(mention.text).split() if w[:1].isupper()]
            if len(acronym) >= 2 and any("".join(w[0] for w in capitals[i:]) == acronym
                                         for i in range(len(capitals) - 1)):
                return mention.actor
        return None

    def _share_firm_names(self) -> None:
        """Every unresolved organisation mention takes the company a same-named mention elsewhere in the
        article was resolved to ("the carmaker Zenda" ... "Zenda said")."""
        firms = {norm(m.text): m for m in self.mentions
                 if m.label == "ORG" and m.actor is not None and m.actor.sector in ("BUS", "LAB")}
        for mention in self.mentions:
            known = firms.get(norm(mention.text)) if mention.label == "ORG" and mention.actor is None else None
            if known is None or known.actor is None:
                continue
            span = span_tokens(self.doc, mention.start, mention.end)
            same = span is None or span.sent.start_char <= known.start < span.sent.end_char
            mention.name = known.name
            mention.actor = known.actor if same else self._elsewhere(known.actor, span)
