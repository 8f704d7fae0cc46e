"""Events: the PLOVER gold-standard records (../shared/data/plover) and the worked example's gold events.

PLOVER GSR (322 sentences, 363 dyadic events).  A gold event's actors are *found* when some predicted
event of the sentence has a source and a target that match it (country where the gold has one, else
an overlapping span; a gold without target needs a predicted event without target; reciprocal and
symmetric events match either way round).  ``type_accuracy`` is, over gold events whose actors were
found, the share where the most confident such prediction has the gold type (under PLOVER's
convention that an announced cooperative act is AGREE); ``end_to_end`` is the share of all gold events
matched on type, source and target.  Every figure is also given on two fixed halves of the records
(split by a hash of the id): ``dev`` is the half whose errors were studied while writing the lexicon,
``heldout`` the half that was not looked at.

Modern news (``news_tune_*``, ``news_heldout_*``): sentences of the article-extraction pages annotated by
hand before the system was run on them (tests/golden/events, which stores article id, offsets and a hash,
never the text).  Each article is coded whole, as the pipeline codes it (so "he" can take its referent
from earlier sentences), and a sentence's predictions are the events whose trigger lies inside it.  They
are scored like the GSR.  ``news_tune`` and ``news_tune2`` were each measured blind once and their errors
have been studied since; ``news_heldout`` is the part nobody working on the code has looked at, and
``news_heldout2``, ``news_heldout3``, ``news_heldout4`` and ``news_heldout5`` four more such parts.  ``news_tune3``,
``news_heldout2`` and ``news_heldout4`` come from the MEANTIME Wikinews articles of 2005-2010
(../shared/data/timex/docs.jsonl; their records say ``"corpus": "meantime"``), coded
with their own dates; ``news_tune4``, ``news_tune5``, ``news_heldout5`` and ``news_heldout6`` from the Lee
corpus's ABC stories of 2001-2002 (``python -m newsgraph.devdata`` fetches them, ``make test`` does it first;
without them these splits are skipped with a warning); the others from the 2018-2019 article-extraction pages.
``*_precision`` counts every prediction, so sentences without a gold event lower it.

Worked example: an event matches a gold event on type, source country and target country (either
direction for AGREE, CONSULT, COOPERATE); optional gold events are neither misses nor false positives.

Every figure is also given for a plain verb-lexicon coder (evaluation.baseline_events) run on the same
parses and the same resolved actors and scored by the same functions, with ``baseline_`` before the GSR's
keys and after the worked example's and the news splits' prefixes (``baseline_dev_end_to_end``,
``worked_baseline_f1``, ``news_heldout_baseline_end_to_end``); they have no floors.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.devdata import LEE_MISSING, PROJECT_ROOT, lee_dir, lee_stories
from newsgraph.evaluation import evaluation
from newsgraph.evaluation.baseline_events import STAGE as BASELINE_STAGE
from newsgraph.evaluation.baseline_events import coded_baseline
from newsgraph.extract.events import plover_type
from newsgraph.extract.events_lexicon import SYMMETRIC
from newsgraph.model import Article
from newsgraph.pipeline import stages

log = logging.getLogger(__name__)

STAGES = ("entities", "actors", "places", "timex", "events", "events_learned")
ARTICLE_STAGES = ("entities", "actors", "places", "timex", "quotes", "events", "events_learned")
GSR_FILE = Path("data") / "plover" / "plover_gsr.jsonl"
WORKED = Path("examples") / "korea-times-biden-kishida"
GSR_DATE = "2000-01-01"
NEWS_DIR = PROJECT_ROOT / "tests" / "golden" / "events"
NEWS_SPLITS = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6",
               "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
LEE_DATE = "2002-01-15"  # the Lee corpus gives no dates; its stories are of December 2001 and January 2002
ARTICLES = Path("data") / "article-extraction" / "ground-truth.json"
MEANTIME = Path("data") / "timex" / "docs.jsonl"
NEWS_DATE = "2019-11-20"


def load_gsr(shared: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The converted GSR records, in file order."""
    lines = (shared / GSR_FILE).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return records[:limit] if limit else records


def half_of(record_id: str) -> str:
    """The fixed half a record belongs to: ``dev`` or ``heldout``."""
    return "dev" if hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0 else "heldout"


def code_articles(articles: list[Article], names: tuple[str, ...], batch_size: int,
                  keep_docs: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Parse the articles and run the named stages over them in batches; events as record dicts by id.
    The parses are dropped after each batch unless ``keep_docs``.

    The parse is run directly (no language check): the dev sets are known English, and one-sentence
    texts are too short for a reliable language guess.
    """
    from newsgraph import nlp

    model = nlp.load()
    out: dict[str, list[dict[str, Any]]] = {}
    for first in range(0, len(articles), batch_size):
        batch = articles[first:first + batch_size]
        for article, doc in zip(batch, model.pipe(a.text for a in batch), strict=True):
            article.doc = doc
        for _, stage_fn in stages(names):
            stage_fn(batch)
        for article in batch:
            out[article.id] = article.to_dict()["events"]
            if not keep_docs:
                article.doc = None
    return out


Coded = dict[str, list[dict[str, Any]]]


def code_sentences(records: Iterable[dict[str, Any]], batch_size: int = 64) -> tuple[Coded, Coded]:
    """Run the stages up to events, then the baseline coder, over each record's text; newsgraph's events and
    the baseline's as record dicts by id."""
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date") or GSR_DATE) for r in records]
    coded = code_articles(articles, (*STAGES, BASELINE_STAGE), batch_size)
    return coded, {article.id: coded_baseline(article) for article in articles}


def participant_matches(predicted: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    """A predicted participant stands for the gold one: same country, else (no gold country) same span, one
    of the other places the gold's words occur in the sentence (news gold), or the gold's words as the
    predicted actor's name (a pronoun resolved to the named actor)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold.get("country"):
        return predicted["actor"]["country"] == gold["country"]
    spans = [(gold["start"], gold["end"]), *gold.get("also", ())]
    if any(predicted["start"] < end and start < predicted["end"] for start, end in spans):
        return True
    mention = gold.get("mention")
    if mention and (predicted["actor"].get("name") or "").casefold() == mention.casefold():
        return True
    return predicted["actor"]["country"] is None and predicted["actor"]["sector"] == gold.get("sector")


def actors_match(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Source and target both match, either way round for reciprocal or symmetric gold events."""
    if participant_matches(predicted["source"], gold["source"]) and participant_matches(
            predicted["target"], gold["target"]):
        return True
    if gold.get("reciprocal") or gold["type"] in SYMMETRIC:
        return participant_matches(predicted["source"], gold["target"]) and participant_matches(
            predicted["target"], gold["source"])
    return False


def score_gsr(records: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """Type accuracy where the actors were found, end-to-end accuracy, and actor recall; overall and by half."""
    tallies: dict[str, dict[str, float]] = {}
    for record in records:
        preds = predicted.get(record["id"], [])
        for part in ("all", half_of(record["id"])):
            tally = tallies.setdefault(part, {"gold": 0, "found": 0, "typed": 0, "e2e": 0, "predicted": 0,
                                              "correct_predictions": 0})
            tally["predicted"] += len(preds)
            tally["correct_predictions"] += sum(
                any(actors_match(p, g) and plover_type(p) == g["type"] for g in record["events"]) for p in preds)
            for gold in record["events"]:
                tally["gold"] += 1
                candidates = [p for p in preds if actors_match(p, gold)]
                if not candidates:
                    continue
                tally["found"] += 1
                best = max(candidates, key=lambda p: p["confidence"])
                tally["typed"] += plover_type(best) == gold["type"]
                tally["e2e"] += any(plover_type(p) == gold["type"] for p in candidates)
    scores: dict[str, float] = {}
    for part in ("all", "dev", "heldout"):
        t = tallies.get(part)
        if not t:
            continue
        prefix = "" if part == "all" else f"{part}_"
        scores[f"{prefix}type_accuracy"] = t["typed"] / t["found"] if t["found"] else 0.0
        scores[f"{prefix}end_to_end"] = t["e2e"] / t["gold"] if t["gold"] else 0.0
        scores[f"{prefix}actors_found"] = t["found"] / t["gold"] if t["gold"] else 0.0
        if part == "all":
            scores["precision"] = t["correct_predictions"] / t["predicted"] if t["predicted"] else 0.0
            scores["gold_events"] = float(t["gold"])
    return scores


def worked_matches(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The worked example's rule: type, source country and target country (either way for symmetric types)."""
    if event["type"] != gold["type"]:
        return False
    source = (event.get("source") or {}).get("actor", {}).get("country")
    target = ((event.get("target") or {}).get("actor") or {}).get("country")
    if (source, target) == (gold.get("source"), gold.get("target")):
        return True
    return gold["type"] in SYMMETRIC and (target, source) == (gold.get("source"), gold.get("target"))


def score_worked(events: list[dict[str, Any]], gold_events: list[dict[str, Any]]) -> dict[str, float]:
    """Precision, recall and F1 of events against the worked example's gold, optional items not counted."""
    required = [g for g in gold_events if not g.get("optional")]
    true_pos = false_pos = 0
    for event in events:
        if any(worked_matches(event, g) for g in required):
            true_pos += 1
        elif not any(worked_matches(event, g) for g in gold_events):
            false_pos += 1
    found = sum(any(worked_matches(e, g) for e in events) for g in required)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = found / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "extra": float(false_pos),
            "missed": float(len(required) - found)}


def worked_scores(shared: Path) -> dict[str, float]:
    """Run the whole pipeline, then the baseline coder, on the worked example and score both's events."""
    from newsgraph.ingest.readers import read_inputs
    from newsgraph.pipeline import STAGE_ORDER, process_batch

    gold = json.loads((shared / WORKED.with_suffix(".expected.json")).read_text(encoding="utf-8"))
    [article] = process_batch(list(read_inputs([str(shared / WORKED.with_suffix(".txt"))], "auto",
                                               gold["published"])), (*STAGE_ORDER, BASELINE_STAGE))
    baseline = score_worked(coded_baseline(article), gold["events"])
    return score_worked(article.to_dict()["events"], gold["events"]) | {f"baseline_{k}": v for k, v in baseline.items()}


def sentence_hash(text: str) -> str:
    """The short hash a news gold record keeps of its sentence."""
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def mention_spans(text: str, mention: str) -> list[tuple[int, int]]:
    """Offsets of every whole-word occurrence of ``mention`` in ``text``."""
    return [found.span() for found in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)]


def mention_span(text: str, mention: str) -> tuple[int, int] | None:
    """Offsets of the first whole-word occurrence of ``mention`` in ``text``."""
    return next(iter(mention_spans(text, mention)), None)


def news_participant(text: str, actor: dict[str, Any] | None) -> dict[str, Any] | None:
    """A gold actor with the offsets of its mention in the sentence, as the GSR records give them, plus the
    offsets of the mention's later occurrences (``also``) and its words (``mention``)."""
    if actor is None:
        return None
    first, *later = mention_spans(text, actor["mention"]) or [(0, 0)]
    return {"start": first[0], "end": first[1], "also": later, "mention": actor["mention"],
            "country": actor["country"], "sector": actor["sector"]}


PROBES_DIR = NEWS_DIR / "probes"


def news_gold_file(split: str) -> Path:
    return NEWS_DIR / f"news_{split}.jsonl"


def news_bodies(shared: Path) -> dict[str, tuple[str, str]]:
    """Article id -> (body, publication date) for the news gold: the article-extraction pages (one fixed
    date, which their gold does not depend on), the Lee corpus's ABC stories when fetched (``LEE_DATE``)
    and the MEANTIME Wikinews articles (their own dates)."""
    bodies = {key: (page["articleBody"], NEWS_DATE)
              for key, page in json.loads((shared / ARTICLES).read_text(encoding="utf-8")).items()}
    lee = lee_dir()
    if lee is not None:
        bodies.update({key: (text, LEE_DATE) for key, text in lee_stories(lee).items()})
    meantime = shared / MEANTIME
    if meantime.exists():
        for line in meantime.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                bodies[doc["id"]] = (doc["text"], doc.get("published") or NEWS_DATE)
    return bodies


def load_news(shared: Path, gold_file: Path | None = None) -> list[dict[str, Any]]:
    """The news gold as GSR-like records (id, article, sentence offsets and text, events); a sentence whose
    hash no longer matches the article text is left out."""
    bodies = news_bodies(shared)
    records = []
    for line in (gold_file or news_gold_file("tune")).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        body, published = bodies.get(gold["article"], ("", NEWS_DATE))
        text = body[gold["start"]:gold["end"]]
        if sentence_hash(text) != gold["sha1"]:
            continue
        events = [dict(event, source=news_participant(text, event["source"]),
                       target=news_participant(text, event["target"])) for event in gold["events"]]
        records.append({"id": gold["id"], "article": gold["article"], "body": body, "start": gold["start"],
                        "end": gold["end"], "text": text, "date": published, "events": events})
    return records


def shifted(event: dict[str, Any], offset: int) -> dict[str, Any]:
    """An article-level event with its participants' offsets made relative to a sentence at ``offset``."""
    out = dict(event)
    for role in ("source", "target"):
        if out.get(role):
            out[role] = dict(out[role], start=out[role]["start"] - offset, end=out[role]["end"] - offset)
    return out


def in_sentences(records: list[dict[str, Any]], coded: Coded) -> Coded:
    """Record id -> the events of its article whose trigger lies inside its sentence, with participant
    offsets relative to the sentence."""
    return {r["id"]: [shifted(e, r["start"]) for e in coded[r["article"]]
                      if r["start"] <= e["trigger"]["start"] and e["trigger"]["end"] <= r["end"]]
            for r in records}


def code_in_articles(records: list[dict[str, Any]], batch_size: int = 16) -> tuple[Coded, Coded]:
    """Code each record's whole article with the pipeline's stages, then the baseline coder; newsgraph's
    events and the baseline's by record, each record getting those of its sentence."""
    bodies = {r["article"]: (r["body"], r["date"]) for r in records}
    articles = [Article(id=i, text=bodies[i][0], published=bodies[i][1]) for i in sorted(bodies)]
    coded = code_articles(articles, (*ARTICLE_STAGES, BASELINE_STAGE), batch_size)
    baseline = {article.id: coded_baseline(article) for article in articles}
    return in_sentences(records, coded), in_sentences(records, baseline)


def score_news(records: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]],
               prefix: str = "news_") -> dict[str, float]:
    """The GSR figures over a news set, with ``prefix``, and sentence and prediction counts."""
    scores = score_gsr(records, predicted)
    out = {f"{prefix}{k}": scores[k] for k in ("type_accuracy", "end_to_end", "actors_found", "precision",
                                               "gold_events")}
    out[f"{prefix}sentences"] = float(len(records))
    out[f"{prefix}predicted"] = float(sum(len(predicted.get(r["id"], [])) for r in records))
    out[f"{prefix}predicted_on_empty"] = float(
        sum(len(predicted.get(r["id"], [])) for r in records if not r["events"]))
    return out


def news_scores(shared: Path) -> dict[str, float]:
    """Code the news gold sentences in their articles and score each split; nothing when the articles are
    absent."""
    if not (shared / ARTICLES).exists():
        return {}
    scores: dict[str, float] = {}
    absent = lee_dir() is None
    for split in NEWS_SPLITS:
        if not news_gold_file(split).exists():
            continue
        if absent and split in lee_splits():
            log.warning("news_%s: %s", split, LEE_MISSING)
            continue
        scores.update(news_split_scores(load_news(shared, news_gold_file(split)), f"news_{split}_"))
    return scores


def lee_splits() -> tuple[str, ...]:
    """The news splits whose gold points into the Lee corpus (``"corpus": "lee"``)."""
    found = []
    for split in NEWS_SPLITS:
        path = news_gold_file(split)
        if path.exists() and '"corpus": "lee"' in path.read_text(encoding="utf-8"):
            found.append(split)
    return tuple(found)


def news_split_scores(records: list[dict[str, Any]], prefix: str) -> dict[str, float]:
    """A news split's figures for newsgraph, then for the baseline coder (``{prefix}baseline_``)."""
    ours, baseline = code_in_articles(records)
    return score_news(records, ours, prefix) | score_news(records, baseline, f"{prefix}baseline_")


def gsr_scores(records: list[dict[str, Any]]) -> dict[str, float]:
    """The GSR figures for newsgraph, then for the baseline coder (``baseline_``)."""
    ours, baseline = code_sentences(records)
    return score_gsr(records, ours) | {f"baseline_{k}": v for k, v in score_gsr(records, baseline).items()}


def load_probe(path: Path) -> list[dict[str, Any]]:
    """An invented probe (tests/golden/events/probes, one story a line) as GSR-like records, the gold participants
    with the offsets of their mentions in the story."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        story = json.loads(line)
        events = [dict(e, source=news_participant(story["text"], e["source"]),
                       target=news_participant(story["text"], e.get("target"))) for e in story["events"]]
        records.append({"id": story["id"], "text": story["text"], "date": story.get("published", NEWS_DATE),
                        "events": events})
    return records


def probe_scores() -> dict[str, float]:
    """Each invented probe's figures (``probe_<name>_``), every story coded as an article of its own."""
    scores: dict[str, float] = {}
    for path in sorted(PROBES_DIR.glob("*.jsonl")):
        records = load_probe(path)
        articles = [Article(id=r["id"], text=r["text"], published=r["date"]) for r in records]
        coded = code_articles(articles, ARTICLE_STAGES, 16)
        found = score_gsr(records, coded)
        scores.update({f"probe_{path.stem}_{k}": found[k] for k in ("type_accuracy", "end_to_end", "actors_found",
                                                                  "precision", "gold_events")})
    return scores


@evaluation("events")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    """GSR type and end-to-end accuracy (overall, dev half, held-out half), the worked example's F1 and
    the modern-news figures, each beside the baseline coder's."""
    scores = gsr_scores(load_gsr(shared, limit))
    worked = worked_scores(shared)
    scores.update({f"worked_{k}": v for k, v in worked.items()})
    scores.update(news_scores(shared))
    scores.update(probe_scores())
    return scores
