"""Coreference inside one article: the earlier mention a pronoun, or a lone surname, stands for.

``Coreference`` works over the mentions ``resolve.ArticleActors`` keeps in document order. A pronoun
takes the nearest fitting mention (a person for "he", who agrees in gender; a group, an organisation
or a listed country for "they"), never the subject of its own clause when it is an object ("the judge
freed him"); a capitalised lone word that is part of an earlier full name is that person ("King"
after "Zebulon King").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from newsgraph.actors.words import GROUP_PRONOUNS, PERSON_PRONOUNS, clean_name, span_tokens

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Mention
    from newsgraph.model import Article

# verbs by which a speaker tells someone something ("X told Y he would ..."): the reported "he" is the speaker
SPEAKING_VERBS = frozenset({"tell", "assure", "inform", "promise", "warn", "remind", "reassure", "advise", "notify"})
THING_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")  # "Chinese goods", "Chinese-made shoes"
PRONOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")  # a pronoun in these continues a chain of subject pronouns


class Coreference:
    """Pronoun and surname lookups over an article's mentions (mixed into ``ArticleActors``)."""

    article: Article
    doc: Any
    sent_starts: list[int]
    mentions: list[Mention]
    starts: list[int]
    desc_spans: list[tuple[int, int]]
    _genders: Any

    def _sent(self, char: int) -> int:
        """Index of the sentence holding a character offset."""
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def _mention_at(self, char: int) -> Mention | None:
        """The mention covering a character offset, if any."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and self.mentions[i].start <= char < self.mentions[i].end:
            return self.mentions[i]
        return None

    def _same_person(self, name: str, start: int) -> Mention | None:
        """An earlier, fuller PERSON mention this name is part of ("Kishida" -> "Fumio Kishida")."""
        words = name.split()
        for m in reversed(self.mentions):
            if m.label != "PERSON" or m.start >= start:
                continue
            full = m.name.split()
            if m.name == name or (len(full) > len(words) and all(w in full for w in words)):
                return m
        return None

    def _surname_of(self, text: str, start: int) -> Mention | None:
        """The earlier named person a lone capitalised word is the surname of ("Oduya" after "Ivan Oduya")."""
        word = clean_name(text)
        if " " in word or not word[:1].isupper():
            return None
        earlier = self._same_person(word, start)
        return earlier if earlier is not None and len(earlier.name.split()) > 1 else None

    def person(self, start: int, end: int) -> Mention | None:
        """The named person a span is, or (a personal pronoun) refers to; None for anything else."""
        lowered = self.article.text[start:end].strip().lower()
        if lowered in PERSON_PRONOUNS:
            found = self.antecedent(start, lowered)
        else:
            span = span_tokens(self.doc, start, end)
            found = self._mention_at(span.root.idx) if span is not None else None
            found = found or self._surname_of(self.article.text[start:end], start)
        if found is None or found.label != "PERSON":
            return None
        named = span_tokens(self.doc, found.start, found.end)
        if named is None or named.root.tag_ == "NNPS" or (named.start and self.doc[named.start - 1].lower_ == "the"):
            return None  # "the Ravens": a team the recogniser took for a person
        return found

    def _own_subject(self, start: int, possessive: bool = False) -> tuple[int, int] | None:
        """Character span of the subject of the clause whose object (or prepositional object) the pronoun
        at ``start`` is, or with ``possessive`` owns; None for a subject, a reflexive pronoun or another
        possessive."""
        span = span_tokens(self.doc, start, start + 1)
        token = span.root if span is not None else None
        if possessive and token is not None and token.dep_ == "poss":
            token = token.head  # "police seized their passports": "their" is not the police's
        if token is None or token.dep_ not in ("dobj", "dative", "iobj", "pobj") or token.lower_.endswith("self"):
            return None
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for _ in range(3):  # "she described it and accused him", "police threatened to fire on them"
            if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)

    def _referent_name(self, span: tuple[int, int]) -> str | None:
        """The name of whom a clause's subject stands for: the antecedent of a pronoun, else its own mention."""
        text = self.article.text[span[0]:span[1]].strip().lower()
        if text in PERSON_PRONOUNS or text in GROUP_PRONOUNS:
            found = self.antecedent(span[0], text)
        else:
            found = self._mention_at(span[0])
        return found.name if found is not None else None

    def _listed(self, mention: Mention) -> bool:
        """Whether a mention is a member of a coordination ("Norway, Iceland and Denmark")."""
        span = span_tokens(self.doc, mention.start, mention.end)
        return span is not None and (span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children))

    def _agrees(self, person: Mention, pronoun: str) -> bool:
        """Whether a named person can be "he" or "she" (no evidence of gender agrees with both)."""
        from newsgraph.extract.quotes_gender import GenderBook, agrees

        if self._genders is None:
            people = [e for e in self.article.entities if e.label == "PERSON"]
            self._genders = GenderBook(self.doc, people)
        return agrees(self._genders.gender(person.name), pronoun)

    def _qualifies_thing(self, mention: Mention) -> bool:
        """Whether a people's name only qualifies a noun that is no description of people ("Chinese goods",
        "Chinese-made shoes"): a pronoun does not stand for it (one that qualifies people is inside their
        description, which is the antecedent)."""
        from newsgraph.actors.kb import knowledge_base

        span = span_tokens(self.doc, mention.start, mention.end)
        if span is None or span.root.dep_ not in THING_MODIFIER_DEPS or span.root.head.pos_ not in (
                "NOUN", "ADJ", "VERB") or (mention.start, mention.end) in self.desc_spans:
            return False
        head = span.root.head  # "Chechen suicide bombers": people an agent noun names, not goods
        return knowledge_base().role(head.lemma_) is None and knowledge_base().role(head.text) is None

    def _owns_subject(self, mention: Mention) -> bool:
        """'Mr. X's embrace is ...': the possessor of a subject is as salient as a subject."""
        span = span_tokens(self.doc, mention.start, mention.end)
        return span is not None and span.root.dep_ == "poss" and span.root.head.dep_ in ("nsubj", "nsubjpass")

    def antecedent(self, start: int, pronoun: str, lists: bool = False, possessive: bool = False,
                   depth: int = 0) -> Mention | None:
        """The nearest earlier suitable mention within the last three sentences, subjects first; with
        ``lists``, a place in a list of places can be the antecedent of "they" ("X, Y and Z ... them"); with
        ``possessive``, the owner of an object is not its clause's subject ("the judge froze their assets")."""
        sent = self._sent(start)
        i = bisect.bisect_left(self.starts, start)
        candidates = []
        coargument = self._own_subject(start, possessive)
        barred = self._referent_name(coargument) if coargument is not None else None
        for m in reversed(self.mentions[:i]):
            if sent - m.sent > 3:
                break
            if coargument is not None and (coargument[0] <= m.start < coargument[1] or m.name == barred):
                continue  # "the judge released him", "she ... accused him": not its own clause's subject
            if m.label != "DESC" and any(s <= m.start and m.end <= e for s, e in self.desc_spans):
                continue  # "Iranian" inside "Iranian officials": the description is the antecedent
            group = m.label == "DESC" and m.role is not None and m.role.person == 2
            if pronoun in PERSON_PRONOUNS:
                ok = (m.label == "PERSON" and self._agrees(m, pronoun)) or (
                    m.label == "DESC" and m.role is not None and m.role.person == 1)
            elif pronoun in GROUP_PRONOUNS:
                ok = m.label == "ORG" or (m.label == "NORP" and not self._qualifies_thing(m)) or m.agent or group or (
                    m.label == "DESC" and m.plural) or (lists and m.label in ("GPE", "LOC") and self._listed(m))
            else:
                ok = m.label == "ORG" or m.agent or (group and not m.plural)
            if ok:
                candidates.append(m)
        if not candidates:
            return None
        speaker = self._speaker(start, pronoun)
        if speaker is not None and depth < 3:  # "X told Y he would ...": X, the one whose words these are
            if speaker.lower_ == pronoun:
                return self.antecedent(speaker.idx, pronoun, lists, possessive, depth + 1) or candidates[0]
            said = next((m for m in candidates if m.start <= speaker.idx < m.end), None)
            if said is not None:
                return said
        nearest = [m for m in candidates if m.sent == candidates[0].sent]
        if nearest[0].sent == sent:
            return nearest[0]
        chain = self._chained_pronoun(start, pronoun, nearest[0].sent)
        if chain is not None and depth < 3:  # "X was charged ... He was arrested ... he asked": X, not the victim
            return self.antecedent(chain.idx, chain.lower_, lists, possessive, depth + 1) or nearest[0]
        subjects = [m for m in nearest if m.subject or self._owns_subject(m)]
        return (subjects or nearest)[0]

    def _speaker(self, start: int, pronoun: str) -> Any | None:
        """The subject of the speech verb ("told", "assured") whose reported clause the pronoun at ``start`` is the
        subject of, when the verb also names whom it addresses ("X told Y he would ..."); None otherwise."""
        if pronoun not in ("he", "she"):
            return None
        span = span_tokens(self.doc, start, start + len(pronoun))
        if span is None or span.root.dep_ not in PRONOUN_SUBJECT_DEPS:
            return None
        clause = span.root.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEAKING_VERBS:
            return None
        speech = clause.head
        if not any(c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON")
                   for c in speech.children):
            return None
        return next((c for c in speech.children if c.dep_ == "nsubj"), None)

    def _chained_pronoun(self, start: int, pronoun: str, since: int) -> Any | None:
        """The nearest earlier subject pronoun of the same person and gender, in an earlier sentence no older than
        sentence ``since`` (the mention found), when the pronoun at ``start`` is a subject too: both continue one
        topic."""
        span = span_tokens(self.doc, start, start + len(pronoun))
        if span is None or span.root.dep_ not in PRONOUN_SUBJECT_DEPS or pronoun not in PERSON_PRONOUNS:
            return None
        here = span.root
        for token in reversed(self.doc[:here.sent.start]):
            if self._sent(token.idx) < since:
                return None
            if token.dep_ in PRONOUN_SUBJECT_DEPS and token.pos_ == "PRON" and token.lower_ == pronoun.lower():
                return token
        return None
