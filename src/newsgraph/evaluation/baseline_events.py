"""A plain verb-lexicon event coder, scored beside newsgraph's events as a fixed reference (issue 5).

It reads the same parse and the same resolved actors as the events stage (``ActorFinder.mentions``) and
does only what a dictionary coder of the PETRARCH kind does with a verb alone:

- trigger: a token tagged VERB whose parser lemma is a one-word verb of PETRARCH2's CAMEO dictionary
  (../shared/data/actors/CAMEO.2.0.txt); its coding is the verb's own CAMEO code, else its block's default
  code, mapped to PLOVER by events_build's readers of CAMEO2PLOVER; a verb listed twice keeps its first
  listing, and a code that maps to no PLOVER type (statements, ``---``) codes nothing;
- source: the actors of the verb's ``nsubj`` (a passive has none, so it codes nothing);
- target: the actors of the direct object, else of the object of the verb's first preposition; may be empty;
- one event per source and target pair; no patterns, nouns, negation, modality, reported speech or
  coreference beyond the actor stage's.

The packaged ``verbs_cameo.tsv`` is not used: it keeps only light verbs with a named object (no verb has a
row of its own), so the dictionary is read whole from the shared data pack, which every evaluation needs.
The design was fixed before any figure was measured and is not tuned: it is a reference, not a competitor.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict
from typing import Any

from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_build import cameo_sources, coded, verb_line
from newsgraph.extract.events_lexicon import Coding
from newsgraph.model import Article, Event, SentenceRef, Span
from newsgraph.pipeline import stage

STAGE = "baseline_events"
BLOCK = re.compile(r"^---\s+\S+\s+\[([^\]]*)\]")
NO_EVENT = "NONE"


def read_verbs(text: str, table: dict[str, tuple[str, str | None]]) -> dict[str, Coding]:
    """Lemma -> coding of every one-word verb of a CAMEO verb dictionary's text: the verb's own code, else
    its block's; the first listing wins; verbs whose code maps to no PLOVER type are left out."""
    lines = [line.split("#")[0].strip() for line in text.splitlines()]
    verbs: dict[str, Coding | None] = {}
    block: str | None = None
    for line in lines:
        if line.startswith("---"):
            header = BLOCK.match(line)
            block = header.group(1).strip() if header else None
        elif line and line[0] not in "-+&" and block is not None and (verb := verb_line(line)) is not None:
            lemma, own = verb
            coding = coded(own or block, table)
            verbs.setdefault(lemma, None if coding is None else Coding(coding[0], coding[1], coding[2]))
    return {lemma: c for lemma, c in verbs.items() if c is not None and c.type != NO_EVENT}


@functools.lru_cache(maxsize=1)
def cameo_verbs() -> dict[str, Coding]:
    """The verb table of PETRARCH2's CAMEO dictionary in the shared data pack, read once per process."""
    return read_verbs(*cameo_sources("for the baseline's verb table"))


def child(token: Any, deps: tuple[str, ...]) -> Any | None:
    """The token's first child with one of the dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def targets_of(verb: Any, finder: ActorFinder) -> list[Mention]:
    """Actors of the direct object, else of the object of the verb's first preposition."""
    obj = child(verb, ("dobj", "obj"))
    found = finder.mentions(obj, target=True) if obj is not None else []
    if found:
        return found
    prep = child(verb, ("prep",))
    pobj = child(prep, ("pobj",)) if prep is not None else None
    return finder.mentions(pobj, target=True) if pobj is not None else []


def verb_events(verb: Any, coding: Coding, finder: ActorFinder) -> list[Event]:
    """One event per (subject actor, object actor or none) of a lexicon verb."""
    subject = child(verb, ("nsubj",))
    sources = finder.mentions(subject) if subject is not None else []
    if not sources:
        return []
    targets: list[Mention | None] = [*targets_of(verb, finder)] or [None]
    trigger = Span(verb.idx, verb.idx + len(verb.text), verb.text)
    sentence = SentenceRef(verb.sent.start_char, verb.sent.end_char)
    return [Event(coding.type, trigger, sentence, mode=coding.mode, source=source.participant(),
                  target=target.participant() if target is not None else None, cameo=coding.cameo)
            for source in sources for target in targets]


def baseline_events(article: Article, verbs: dict[str, Coding] | None = None) -> list[dict[str, Any]]:
    """The baseline's events of a parsed article whose actors are resolved, as record dicts; none without a
    parse."""
    if article.doc is None:
        return []
    verbs = cameo_verbs() if verbs is None else verbs
    finder = ActorFinder(article)
    events = [event for token in article.doc if token.pos_ == "VERB" and token.lemma_.lower() in verbs
              for event in verb_events(token, verbs[token.lemma_.lower()], finder)]
    return [asdict(event) for event in events]


@stage(STAGE)
def code_baseline(articles: list[Article]) -> None:
    """Keep each parsed article's baseline events in ``article.context[STAGE]``, for the evaluation only
    (run after the pipeline's own stages, on the same parse)."""
    for article in articles:
        article.context[STAGE] = baseline_events(article)


def coded_baseline(article: Article) -> list[dict[str, Any]]:
    """The baseline events the stage kept for an article."""
    return article.context.get(STAGE, [])
