"""What the parse adds to a quantity: its count noun, whose quantity it is, who says so, change and time.

Each function takes spaCy tokens of the article's doc and returns character spans, so the claims
stage can build ``Span`` items whose text is exactly ``article.text[start:end]``.
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.timex import clause_verb

INCREASE = {"increase", "rise", "raise", "boost", "grow", "climb", "jump", "surge", "soar", "gain", "add", "expand",
            "hike", "lift", "up", "rocket", "swell", "widen", "accelerate", "improve", "advance", "rally"}
DECREASE = {"decrease", "fall", "drop", "cut", "reduce", "decline", "lower", "shrink", "slash", "slump", "plunge",
            "sink", "lose", "down", "trim", "tumble", "slide", "dip", "ease", "contract", "narrow", "shed", "slip"}
MULTIPLY = {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "treble": 3.0, "halve": 0.5}
REPORTING = {"say", "estimate", "report", "project", "forecast", "predict", "calculate", "state", "tell", "announce",
             "claim", "show", "find", "count", "put", "reckon", "believe", "think", "expect", "warn", "note",
             "add", "confirm", "according", "disclose", "reveal", "publish", "suggest", "indicate"}
SUBJECT_VERBS = {"have", "own", "possess", "hold", "deploy", "field", "spend", "keep", "station", "employ", "operate",
                 "maintain", "control", "receive", "produce", "export", "import", "sell", "buy", "earn", "lose",
                 "count", "number", "total", "reach", "contain", "house", "host", "shelter", "need", "pay", "raise",
                 "owe", "borrow", "build", "make"}
NOUN_POS = ("NOUN", "PROPN")


def token_at(doc: Any, start: int, end: int) -> Any | None:
    """The last token of the character span ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def count_noun(doc: Any, number_end: int, text_end: int) -> tuple[int, int, Any] | None:
    """The noun a number counts: ("350 deliverable nuclear warheads") -> span of "nuclear warheads" and its head.

    Adjectives other than the one next to the head are left out (they describe, not classify), and so are
    proper nouns ("55,000 U.S. troops" counts troops).
    """
    tok = token_at(doc, number_end - 1, number_end)
    if tok is None:
        return None
    head = tok.head if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") else None
    if head is None or head.i <= tok.i or head.pos_ not in ("NOUN",) or head.i - tok.i > 5:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NN") and nxt.idx >= number_end:
            head = nxt
            while head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "compound" and doc[head.i + 1].head.i > head.i:
                head = doc[head.i + 1]
            if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN" and doc[head.i + 1] == head.head:
                head = head.head
        else:
            return None
    if head.idx < number_end:
        return None
    between = [t for t in doc[tok.i + 1:head.i]]
    keep_from = head.i
    for t in reversed(between):
        if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod", "amod"):
            keep_from = t.i
        elif t.pos_ == "ADJ" and keep_from == t.i + 1 and t.i + 1 == head.i:
            keep_from = t.i
        else:
            break
    start = doc[keep_from].idx
    return start, head.idx + len(head.text), head


def noun_chunk(doc: Any, token: Any) -> tuple[int, int]:
    """Character span of the noun phrase ending at ``token`` (its left modifiers), without a leading determiner."""
    first = token.left_edge
    while first.i < token.i and (first.pos_ in ("DET", "ADP", "PUNCT", "CCONJ") or first.dep_ in ("det", "predet",
                                                                                                  "case", "punct")):
        first = doc[first.i + 1]
    last = token
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ in ("compound", "flat"):
            last = max(last, child.right_edge, key=lambda t: t.i)
    while last.i > token.i and (last.pos_ == "PUNCT" or last.dep_ == "case"):
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def subject_of(doc: Any, number: Any, head: Any | None) -> tuple[int, int] | None:
    """Whose quantity this is: a possessor, a proper-noun modifier, the subject of "has"/"spends", or the
    thing a percentage changes ("boost spending by 8 percent")."""
    noun = head if head is not None else number
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":  # "its 14 tankers" names no one
            return noun_chunk(doc, child)
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and (child.pos_ == "PROPN" or child.ent_type_ in ("GPE",
                                                                                                        "NORP", "ORG")):
            return child.idx, child.idx + len(child.text)
    for child in noun.children:
        if child.dep_ == "relcl":
            for grand in child.children:
                if grand.dep_ in ("nsubj", "nsubjpass") and grand.pos_ in NOUN_POS:
                    return noun_chunk(doc, grand)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("under", "of", "for", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    proper = [t for t in pobj.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")]
                    if proper:
                        return proper[0].idx, proper[-1].idx + len(proper[-1].text)
    if noun.dep_ in ("compound", "amod", "nmod", "nummod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return noun_chunk(doc, noun.head)  # "25 percent tariffs"
    if noun.dep_ == "appos" and noun.head.pos_ in NOUN_POS:
        return noun_chunk(doc, noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        verb = noun.head.head
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.pos_ in NOUN_POS:
                return noun_chunk(doc, child)
    if noun.dep_ in ("dobj", "attr", "npadvmod", "nsubj"):
        verb = noun.head
        if verb.lemma_ in SUBJECT_VERBS or noun.dep_ == "nsubj":
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child is not noun and child.pos_ in NOUN_POS:
                    return noun_chunk(doc, child)
    if noun.dep_ == "nsubj" and noun.head.lemma_ in INCREASE | DECREASE:
        return None
    return None


def change_of(number: Any, head: Any | None) -> str | None:
    """increase or decrease when the quantity is the size of a change ("boost ... by 8 percent", "fell 3%")."""
    noun = head if head is not None else number
    for tok in (noun, number):
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            verb_lemma = tok.head.head.lemma_
        elif tok.dep_ in ("dobj", "npadvmod", "advmod", "nummod") and tok.head.pos_ in ("VERB", "ADV", "ADP"):
            verb_lemma = tok.head.lemma_
        else:
            continue
        if verb_lemma in INCREASE:
            return "increase"
        if verb_lemma in DECREASE:
            return "decrease"
    return None


def source_of(doc: Any, number: Any) -> tuple[int, int] | None:
    """Who says so: "according to X" in the sentence, else the subject of a reporting verb above the number."""
    sent = number.sent
    for tok in sent if "according" in sent.text.lower() else ():  # the text test spares most sentences the walk
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objects = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return noun_chunk(doc, objects[0])
    node = number
    for _ in range(12):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_ in REPORTING:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in NOUN_POS + ("PRON",):
                    return noun_chunk(doc, child)
    # a reporting clause after the figure: "..., the ministry said."
    root = sent.root
    if root.lemma_ in REPORTING and number.i < root.i:
        for child in root.children:
            if child.dep_ == "nsubj" and child.i > number.i and child.pos_ in NOUN_POS:
                return noun_chunk(doc, child)
    return None


def time_of(dates: list[Any], doc: Any, number: Any) -> str | None:
    """The value of the date expression governing the quantity's clause (same verb or a verb above it)."""
    verb = clause_verb(number)
    ancestors = {verb.i} | {t.i for t in verb.ancestors}
    sent = number.sent
    best: tuple[int, str] | None = None
    for date in dates:
        if date.type != "DATE" or date.value.endswith("_REF") or not (sent.start_char <= date.start < sent.end_char):
            continue
        tok = token_at(doc, date.start, date.end)
        if tok is None:
            continue
        date_verb = clause_verb(tok).i
        if date_verb in ancestors:
            rank = (date_verb != verb.i) * 1000 + abs(tok.i - number.i)  # the clause's own date first
            if best is None or rank < best[0]:
                best = (rank, date.value)
    return best[1] if best else None
