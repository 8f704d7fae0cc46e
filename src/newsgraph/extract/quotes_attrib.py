"""Attribution from spaCy's dependency parse: cue verbs and nouns, their speakers, and reported content.

The cue verb's subject is the speaker ("Okafor added"), also when the subject follows the
verb ("said Ada Okafor"), is shared with a governing verb ("criticized ..., accusing"), or
is a speech noun ("a joint statement called on ..."); "according to X" names X.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from newsgraph.extract.quotes_lexicon import lexicon

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
INHERIT_SUBJECT_DEPS = {"advcl", "xcomp", "conj", "pcomp"}
INVERTED_SUBJECT_DEPS = {"dobj", "attr", "npadvmod", "appos", "oprd", "dative"}
NAME_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod", "punct", "npadvmod"}
MENTION_PREPS = {"of", "for", "at", "with", "from", "in", "by"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
NAMING_CUES = {"call", "describe", "dub", "label", "term", "brand"}
# verbs whose reported content may be an infinitive ("urged Norway to step in")
TO_CONTENT_VERBS = {"urge", "call", "warn", "advise", "order", "demand", "plead", "tell", "beg", "implore"}
# verbs whose reported content may be a prepositional object ("accused the board of hiding ...")
PREP_CONTENT = {"call": {"for"}, "warn": {"of", "about", "against"}, "accuse": {"of"}, "criticize": {"for"},
                "criticise": {"for"}, "complain": {"about"}, "argue": {"for", "against"}, "insist": {"on"},
                "admit": {"to"}}
INVERSION_WINDOW = 10
MODIFIER_NAME_DEPS = {"advmod", "npadvmod", "amod"}
DATELINE_FOLLOWERS = {",", "—", "–", "-", "(", "--", ":"}
ADVERBIAL_MARKS = {"while", "although", "though", "whereas", "because", "since", "unless", "if", "when", "after",
                   "before", "as"}
DEMONSTRATIVES = {"that", "this", "which", "what"}
SAY_WITH_OBJECT_CLAUSE = {"say", "report", "write", "claim", "add", "announce"}
BOUNDARY_PUNCT = {"—", "–", "―", ";", ":"}


@functools.lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying (data/quotes/cue_verbs.txt)."""
    return frozenset(lexicon("cue_verbs.txt"))


@functools.lru_cache(maxsize=1)
def strict_cue_verbs() -> frozenset[str]:
    """Cue verbs with other common senses: cues only when they govern the quote or a clause."""
    return frozenset(k for k, flag in lexicon("cue_verbs.txt").items() if flag == "strict")


@functools.lru_cache(maxsize=1)
def direct_cue_verbs() -> frozenset[str]:
    """Cue verbs of memory ("remembered"): cues only for a direct quote they govern, never for reported content."""
    return frozenset(k for k, flag in lexicon("cue_verbs.txt").items() if flag == "direct")


@functools.lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Lemmas of nouns that carry speech (data/quotes/cue_nouns.txt)."""
    return frozenset(lexicon("cue_nouns.txt"))


def governs(cue: Token, token: Token) -> bool:
    """Whether ``token`` lies in the cue's dependency subtree (the quote is the cue's complement)."""
    return cue.left_edge.i <= token.i <= cue.right_edge.i and any(a.i == cue.i for a in token.ancestors)


def cue_fits_quote(cue: Token, first: Token) -> bool:
    """A strict cue verb counts for a quote only when it governs it or takes a clause; a direct-only one
    only when it governs it."""
    lemma = cue.lemma_.lower()
    if lemma in direct_cue_verbs():
        return governs(cue, first)
    if lemma not in strict_cue_verbs():
        return True
    return governs(cue, first) or any(c.dep_ == "ccomp" for c in cue.children)


@dataclass(slots=True)
class Attribution:
    """A cue (verb, "according", or speech noun) and the head token of its speaker mention."""

    cue: Token
    speaker: Token
    start: int
    end: int


def is_cue_verb(token: Token) -> bool:
    """A verb of saying (not an auxiliary, not a participle used as an adjective)."""
    return token.lemma_.lower() in cue_verbs() and token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"


def _verb_ancestor(token: Token) -> Token | None:
    """The nearest verb above a token, for a cue hanging off a noun or preposition."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker head of a cue verb, following the parse where the subject is not a direct child."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _is_dateline(c)]
    if subjects:
        child = min(subjects, key=lambda c: abs(verb.i - c.i))
        child = _subject_before_cut_clause(subjects, child)
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return child
    datelines = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if datelines:
        return _person_between(datelines[0], verb)
    surname = _name_taken_for_modifier(verb)
    if surname is not None:
        return surname
    if depth > 3:
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        finite = (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "ccomp" for c in verb.children)
                  or verb.head.dep_ == "ROOT" and verb.tag_ == "VBN" and verb.idx > verb.head.idx
                  and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children))
        if finite or verb.head.lemma_.lower() in cue_nouns() and verb.tag_ == "VBG":
            return verb.head  # "The company, which ..., confirmed that", "The group formed ... and sent":
            # a finite verb misparsed as acl of a noun left as the sentence's root
        above = _verb_ancestor(verb)
        return _subject_of(above, depth + 1) if above is not None and verb.tag_ == "VBG" else None
    if verb.dep_ == "xcomp":
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objects:
            return objects[0]  # "led some readers to complain": the object does the arguing
    if verb.dep_ in INHERIT_SUBJECT_DEPS:
        above = verb.head if verb.head.pos_ in ("VERB", "AUX") else _verb_ancestor(verb)
        if above is not None and (verb.head.pos_ in ("VERB", "AUX") or verb.head.pos_ == "ADP"):
            return _subject_of(above, depth + 1)
    return _inverted_subject(verb)


def _subject_before_cut_clause(subjects: list[Token], nearest: Token) -> Token:
    """"An aide who asked not to be named under office rules said": the parser cut the relative
    clause short and took its last noun for a second subject; the subject is the one the clause belongs to."""
    for subject in subjects:
        clauses = [c for c in subject.rights if c.dep_ == "relcl"]
        if subject.i < nearest.i and clauses and clauses[-1].right_edge.i + 1 == nearest.left_edge.i:
            return subject
    return nearest


def _name_taken_for_modifier(verb: Token) -> Token | None:
    """"..., says Wilde." or "Wilde says": a name next to the cue that the tagger took for a modifier."""
    for child in verb.children:
        if child.dep_ in MODIFIER_NAME_DEPS and abs(child.i - verb.i) == 1 and is_name_taken_for_modifier(child):
            return child
    return None


def is_name_taken_for_modifier(token: Token) -> bool:
    """A capitalised word inside a sentence, tagged as an adverb or adjective, that the text writes elsewhere
    as a proper noun (the "Wilde" of "Tessa Wilde")."""
    return (token.pos_ in ("ADV", "ADJ") and token.is_title and not token.is_sent_start
            and not token.nbor(-1).is_quote and any(t.text == token.text and t.pos_ == "PROPN" for t in token.doc))


def _is_dateline(token: Token) -> bool:
    """A place in capitals at the start of a story ("OSLO, Norway (AP) —") that the parser took as subject
    (not an acronym subject after it: "GENEVA — WHO announced")."""
    following = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    return (token.text.isupper() and len(token.text) > 2 and token.i - token.sent.start < 3
            and following in DATELINE_FOLLOWERS)


def _person_between(first: Token, verb: Token) -> Token | None:
    """The last person's (else organisation's) name between a misparsed subject and its verb."""
    names = [t for t in verb.doc[first.i + 1:verb.i] if t.ent_type_ in ("PERSON", "ORG")]
    people = [t for t in names if t.ent_type_ == "PERSON"]
    return (people or names)[-1] if names else None


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after the verb: "..., said Ada Okafor" (also when the parse missed it)."""
    before = verb.nbor(-1) if verb.i > 0 else None
    inverted = before is not None and (before.is_punct or before.is_quote)
    for child in verb.rights:
        if child.dep_ in INVERTED_SUBJECT_DEPS and (child.pos_ == "PROPN" or inverted and child.pos_ == "NOUN"
                                                    and child.i <= verb.i + 3):
            return child
    if not inverted:
        return None
    best = None
    for token in verb.doc[verb.i + 1:verb.i + 1 + INVERSION_WINDOW]:
        if token.is_punct or token.is_sent_start:
            break
        if token.ent_type_ in ("PERSON", "ORG") and (best is None or best.ent_type_ != "PERSON"
                                                     or token.ent_type_ == "PERSON"):
            best = token
    return best


def _owner(noun: Token) -> Token:
    """For a speech noun, who it belongs to: "X's statement" -> X; else the noun itself."""
    if noun.lemma_.lower() in cue_nouns():
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return child
    return noun


def attribution_of(verb: Token) -> Attribution | None:
    """Attribution of a cue verb: its speaker's head, or None when it has no speaker."""
    subject = _subject_of(verb)
    if subject is None or subject.lower_ in DEMONSTRATIVES or subject.pos_ not in ("PROPN", "NOUN", "PRON") and not (
            is_age_epithet(subject) or is_name_taken_for_modifier(subject)):
        return None  # "That said, ..." is an idiom, not an attribution
    if subject.pos_ == "PRON" and subject.lower_ in ("you", "i", "we", "me", "us", "it") and verb.tag_ == "VBN":
        return None
    subject = _owner(subject)
    start, end = mention_bounds(subject)
    return Attribution(verb, subject, start, end)


def is_age_epithet(head: Token) -> bool:
    """"The 61-year-old": a person named by their age (the parser may tag "old" as an adjective)."""
    return head.lower_ in ("old", "year-old") and (head.lower_ == "year-old" or any(
        c.lower_ in ("year", "years") for c in head.lefts))


def according_to(token: Token) -> Attribution | None:
    """Attribution of "according to X" at the token "according"."""
    if token.lower_ != "according":
        return None
    for to in token.children:
        if to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    start, end = mention_bounds(_owner(obj))
                    return Attribution(token, obj, start, end)
    return None


def cue_noun_attribution(token: Token) -> Attribution | None:
    """Attribution of a speech noun with an owner: "In his statement", "Okafor's remarks"."""
    if token.lemma_.lower() not in cue_nouns() or token.pos_ != "NOUN":
        return None
    owner = _owner(token)
    if owner is token or owner.pos_ == "PRON":
        return None
    start, end = mention_bounds(owner)
    return Attribution(token, owner, start, end)


def _names_more(head: Token, prep: Token) -> bool:
    """Whether a preposition belongs in the mention: "spokesman for the ministry", "League of ..."."""
    if head.pos_ in ("NOUN", "PRON"):
        return prep.lower_ in MENTION_PREPS and head.lower_ not in ("he", "she", "it", "they", "i", "we", "you")
    return head.pos_ == "PROPN" and prep.lower_ in ("of", "for") and any(g.pos_ == "PROPN" for g in prep.children)


def _right_modifier(head: Token, child: Token) -> bool:
    """Right-hand modifiers that are part of a description: "person familiar with ...", "people told of"."""
    if child.dep_ == "prep":
        return _names_more(head, child)
    if child.dep_ in ("cc", "conj", "compound", "flat"):
        return True
    if head.pos_ in ("NOUN", "PRON") and child.dep_ == "amod":
        return True
    if head.pos_ in ("NOUN", "PRON") and child.dep_ == "acl" and child.tag_ in ("VBN", "VBG"):
        return child.tag_ == "VBN" or not is_cue_verb(child)  # "people told of", not "a spokesman saying"
    return head.pos_ == "PROPN" and child.dep_ == "appos" and child.pos_ == "PROPN"


def _line_break(doc: Any, first: int, last: int) -> bool:
    """Whether a paragraph break lies between two tokens (a mention never crosses one)."""
    return any("\n" in t.whitespace_ or "\n" in t.text for t in doc[first:last])


def _apposition_after_clause(head: Token) -> Token | None:
    """"The firm behind the festival, Larchmere Events, denies": a name set off by commas at the end of
    the subject's relative clause, right before the verb, that the parser hung on the clause's last noun."""
    for clause in head.rights:
        if clause.dep_ != "relcl":
            continue
        last = clause.right_edge
        after = last.i + 1
        if (last.dep_ == "appos" and last.pos_ == "PROPN" and after + 1 < len(head.doc)
                and head.doc[after].text == "," and head.doc[after + 1].i == head.head.i
                and last.left_edge.i > 0 and head.doc[last.left_edge.i - 1].text == ","):
            return last
    return None


def mention_bounds(head: Token) -> tuple[int, int]:
    """Character span of the speaker mention: the head with its modifiers, without clauses or appositions."""
    if head.pos_ == "NOUN":
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return mention_bounds(child)
        named = _apposition_after_clause(head)
        if named is not None:
            return mention_bounds(named)
    left = head
    for child in reversed(list(head.lefts)):
        if child.dep_ not in NAME_LEFT_DEPS or child.right_edge.i != left.i - 1:
            break
        left = child.left_edge
    right = head
    for child in head.rights:
        if child.left_edge.i != right.i + 1 or not _right_modifier(head, child):
            break
        right = child.right_edge
    doc = head.doc
    closing = [t for t in doc[left.i + 1:head.i] if t.is_quote and t.nbor(-1).is_punct]
    if closing:
        left = closing[-1]  # '..., in a cold spell," chief engineer X said': the quote is no part of it
    while left.i < head.i and (left.is_punct or left.is_space or _line_break(doc, left.i, head.i)):
        left = left.nbor(1)
    while right.i > head.i and (right.is_punct or right.is_space or _line_break(doc, head.i, right.i)):
        right = right.nbor(-1)
    return left.idx, right.idx + len(right.text)


def _that_clause_under(noun: Token) -> Token | None:
    """A that-clause the parser hung on a noun ("told the Courier in a statement that ...")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                            for g in child.children):
            return child
    return None


def content_tokens(cue: Token) -> tuple[int, int] | None:
    """Token range [first, last] of the reported content of a cue verb or "according to", if any."""
    if cue.lower_ == "according":
        return _rest_of_clause(cue)
    lemma = cue.lemma_.lower()
    children = list(cue.children)
    for child in _complements(children):
        if child.dep_ == "ccomp":
            if any(g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS for g in child.children):
                return None  # a relative clause the parser took for a complement ("prices that topped")
            first = child.left_edge.i
            if not any(g.dep_ in SUBJECT_DEPS for g in child.children):
                objects = [c for c in children if c.dep_ == "dobj" and c.i < child.i]
                first = min([first] + [o.left_edge.i for o in objects])
            return first, child.right_edge.i
    if lemma in TO_CONTENT_VERBS:
        for child in children:
            if child.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                return child.left_edge.i, child.right_edge.i
    objects = [c for c in children if c.dep_ == "dobj"]
    for child in children + [g for o in objects for g in o.children if g.dep_ == "prep"]:
        if child.dep_ == "prep" and child.lower_ in PREP_CONTENT.get(lemma, ()):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i
        if child.dep_ == "prep":
            for noun in child.children:
                clause = _that_clause_under(noun) if noun.lemma_.lower() in cue_nouns() else None
                if clause is not None:
                    return clause.left_edge.i, clause.right_edge.i
    if lemma in SAY_WITH_OBJECT_CLAUSE:
        for child in children:
            if child.dep_ == "dobj" and any(g.dep_ in ("acl", "relcl") and g.pos_ == "VERB" for g in child.children):
                return child.left_edge.i, child.right_edge.i
    if cue.dep_ == "parataxis" or cue.dep_ == "advcl" and cue.i > cue.head.i and is_bare_cue(cue):
        return _rest_of_clause(cue)
    return _clause_taken_for_adverbial(cue)


def _complements(children: list[Token]) -> list[Token]:
    """A cue's clausal complements, without an adverbial clause the parser took for a second one ("While X is
    light on details, Wilde says there is a chance ...": what he says is the second)."""
    clauses = [c for c in children if c.dep_ == "ccomp"]
    adverbial = [c for c in clauses if any(g.dep_ == "mark" and g.lower_ in ADVERBIAL_MARKS for g in c.children)]
    return [c for c in clauses if c not in adverbial] if len(adverbial) < len(clauses) else clauses


def _clause_taken_for_adverbial(cue: Token) -> tuple[int, int] | None:
    """"So far, there is no sign ..., the board said": a full clause opening the sentence before the
    cue's subject that the parser hung on the cue as an adverbial clause (no "if", "when" or "because")."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    for child in cue.children:
        if (child.dep_ == "advcl" and subjects and child.right_edge.i < subjects[0].left_edge.i
                and child.left_edge.i == cue.sent.start and cue.doc[child.right_edge.i + 1].text == ","
                and any(g.dep_ in SUBJECT_DEPS | {"expl"} for g in child.children)
                and not any(g.dep_ == "mark" for g in child.children)):
            return child.left_edge.i, child.right_edge.i
    return None


def content_before(cue: Token) -> tuple[int, int] | None:
    """The reported content before an inverted cue: "Job cuts will come, said X." -> "Job cuts will come"."""
    before = cue.nbor(-1) if cue.i > cue.sent.start else None
    if before is None or not before.is_punct or before.i - 1 <= cue.sent.start:
        return None
    return cue.sent.start, before.i - 1


def is_bare_cue(cue: Token) -> bool:
    """A cue with nothing but its subject and adverbs: ", he said," inside or after the content."""
    return cue.lemma_.lower() not in strict_cue_verbs() and all(
        c.dep_ in SUBJECT_DEPS | {"punct", "advmod", "npadvmod", "prep", "aux"} for c in cue.children)


def after_boundary(doc: Any, first: int, stop: int) -> int:
    """Where content before its cue really starts: after the last dash, colon or semicolon before a quote,
    or at a quote that opens with a capital right after a word (a full stop the writer left out).

    "Yet X amended his story — “I do recall,” he said": what he said starts after the dash.
    """
    for token in doc[first:stop]:
        if token.text in BOUNDARY_PUNCT and token.i + 1 < stop and doc[token.i + 1].is_quote:
            first = token.i + 1
        elif token.i > first and token.is_quote and token.i + 1 < stop and _opens_sentence(doc, token):
            first = token.i
    return first


def _opens_sentence(doc: Any, mark: Token) -> bool:
    """An opening quotation mark after a word and before a capitalised word: 'reopen soon "We are ...'."""
    before, after = doc[mark.i - 1], doc[mark.i + 1]
    return (before.is_alpha and bool(before.whitespace_) and after.is_title and after.pos_ != "PROPN"
            and not is_cue_verb(before) and before.lower_ not in ("that", "as", "of"))


def _rest_of_clause(cue: Token) -> tuple[int, int] | None:
    """The governing clause of an attribution aside: the side before or after it, or both around it."""
    head = cue.head if cue.head is not cue else cue
    first, last = head.left_edge.i, head.right_edge.i
    inner_first, inner_last = cue.left_edge.i, cue.right_edge.i
    before = (after_boundary(cue.doc, first, inner_first), inner_first - 1) if inner_first > first else None
    after = (inner_last + 1, last) if inner_last < last else None
    sides = [s for s in (before, after) if s is not None and s[1] >= s[0]]
    if not sides:
        return None
    with_head = [s for s in sides if s[0] <= head.i <= s[1]]
    if cue.lower_ == "according" and with_head:
        return with_head[0]  # "X is under way, according to Y, adding to ...": the clause with the verb
    if len(sides) == 2:
        return sides[0][0], sides[1][1]  # "The main cost, Brandt said, is the rent": the clause around the aside
    return sides[0]
