"""Score an invented probe file (see README.md) with the events eval's own matching.

One JSON line per story: {"id", "text", "published"?, "events": [{"type", "mode", "source": {"mention", "country",
"sector"}, "target": {...} | null, "reciprocal"?}]}; a mention is words of the text (its first occurrence, later
ones also match). Usage: .venv/bin/python tests/golden/events/probes/score.py FILE [--show], where --show prints
every miss and false event.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from newsgraph.evaluation import events as ev
from newsgraph.evaluation.events import ARTICLE_STAGES, code_articles
from newsgraph.extract.events import plover_type
from newsgraph.model import Article


def load(path: Path) -> list[dict[str, Any]]:
    """The stories as GSR-like records, gold participants with their offsets."""
    return ev.load_probe(path)


def matched(prediction: dict[str, Any], gold: dict[str, Any]) -> bool:
    return ev.actors_match(prediction, gold) and plover_type(prediction) == gold["type"]


def show(record: dict[str, Any], predicted: list[dict[str, Any]]) -> None:
    """A story's missed gold events and every prediction, false ones marked."""
    text = record["text"]
    missed = [g for g in record["events"] if not any(matched(p, g) for p in predicted)]
    false = [p for p in predicted if not any(matched(p, g) for g in record["events"])]
    if not missed and not false:
        return
    print("=" * 90)
    print(record["id"], "|", text)
    for gold in missed:
        source, target = gold["source"], gold["target"]
        print("  MISS", gold["type"], gold.get("mode"), "|", (source["mention"], source["country"], source["sector"]),
              "->", target and (target["mention"], target["country"], target["sector"]))
    for p in predicted:
        def part(x: dict[str, Any] | None) -> tuple[str, str | None, str | None] | None:
            return x and (text[x["start"]:x["end"]], x["actor"]["country"], x["actor"]["sector"])
        print("  PRED", plover_type(p), p.get("mode"), "|", part(p["source"]), "->", part(p.get("target")),
              "| trigger:", text[p["trigger"]["start"]:p["trigger"]["end"]], "| FALSE" if p in false else "")


def main(argv: list[str]) -> None:
    records = load(Path(argv[1]))
    articles = [Article(id=r["id"], text=r["text"], published=r["date"]) for r in records]
    coded = code_articles(articles, ARTICLE_STAGES, 16)
    s = ev.score_gsr(records, coded)
    print(f"type_accuracy {s['type_accuracy']:.3f}  end_to_end {s['end_to_end']:.3f}  actors_found "
          f"{s['actors_found']:.3f}  precision {s['precision']:.3f}  gold {int(s['gold_events'])}  predicted "
          f"{sum(len(v) for v in coded.values())}")
    if "--show" in argv:
        for record in records:
            show(record, coded.get(record["id"], []))


if __name__ == "__main__":
    main(sys.argv)
