"""Score an invented probe file: one JSON line per article
{"id": "...", "text": "whole article (short)", "published": "YYYY-MM-DD" (optional),
 "events": [{"type": "ACCUSE", "mode": null, "source": {"mention": "...", "country": "USA"|null, "sector": "GOV"|null},
             "target": {...} | null, "reciprocal": false}]}
Mentions must be words that occur in the text (first occurrence is used, later ones also match).
Usage: .venv/bin/python tests/golden/events/probes/score.py FILE [--show]   (--show prints every miss and false positive)
"""
import json, sys
from newsgraph.evaluation import events as ev
from newsgraph.evaluation.events import code_articles, ARTICLE_STAGES
from newsgraph.extract.events import plover_type
from newsgraph.model import Article

path = sys.argv[1]; show = "--show" in sys.argv
recs = []
for line in open(path):
    if not line.strip(): continue
    d = json.loads(line)
    evs = [dict(e, source=ev.news_participant(d["text"], e["source"]), target=ev.news_participant(d["text"], e.get("target")))
           for e in d["events"]]
    recs.append({"id": d["id"], "text": d["text"], "date": d.get("published", "2019-11-20"), "events": evs})
arts = [Article(id=r["id"], text=r["text"], published=r["date"]) for r in recs]
coded = code_articles(arts, ARTICLE_STAGES, 16)
s = ev.score_gsr(recs, coded)
print(f"type_accuracy {s['type_accuracy']:.3f}  end_to_end {s['end_to_end']:.3f}  actors_found {s['actors_found']:.3f}  "
      f"precision {s['precision']:.3f}  gold {int(s['gold_events'])}  predicted {sum(len(v) for v in coded.values())}")
if show:
    for r in recs:
        ps = coded.get(r["id"], []); txt = r["text"]
        f = lambda x: x and (txt[x["start"]:x["end"]], x["actor"]["country"], x["actor"]["sector"])
        bad = [g for g in r["events"] if not any(ev.actors_match(p, g) and plover_type(p) == g["type"] for p in ps)]
        fps = [p for p in ps if not any(ev.actors_match(p, g) and plover_type(p) == g["type"] for g in r["events"])]
        if not bad and not fps: continue
        print("=" * 90); print(r["id"], "|", txt)
        for g in bad:
            gs, gt = g["source"], g["target"]
            print("  MISS", g["type"], g.get("mode"), "|", gs and (gs["mention"], gs["country"], gs["sector"]), "->",
                  gt and (gt["mention"], gt["country"], gt["sector"]))
        for p in ps:
            print("  PRED", plover_type(p), p.get("mode"), "|", f(p["source"]), "->", f(p.get("target")),
                  "| trigger:", txt[p["trigger"]["start"]:p["trigger"]["end"]], "| FALSE" if p in fps else "")
