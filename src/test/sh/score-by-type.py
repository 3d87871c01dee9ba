#!/usr/bin/env python3
"""Entity precision and recall per type (Person, Organization, Country, Location), beside score.py's summary.

Runs the CLI once per gold file through score.py's own functions (so the summary line is the one
score.py prints) and splits the entity counts by type:
  recall of type T:    gold entities whose first type is T that a system entity of a gold type found
  precision of type T: system entities typed T that are the first to find a gold entity listing T,
                       over all system entities typed T that are not mapped to an optional gold entity

    python3 src/test/sh/score-by-type.py --score ../shared/eval/score.py --cmd "java -jar /tmp/x.jar" \
        --articles ../shared/eval/gum-dev/articles ../shared/eval/news-dev/*.gold [--json OUT]
"""
import argparse, importlib.util, json, os, shlex, sys
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument("gold", nargs="+")
ap.add_argument("--articles", required=True)
ap.add_argument("--cmd", default="java -jar target/newsgraph.jar")
ap.add_argument("--score", default=os.path.join("..", "shared", "eval", "score.py"))
ap.add_argument("--json")
a = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", a.score)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)
cmd = shlex.split(a.cmd)
tot = {"ent": [0, 0, 0], "rel": [0, 0, 0], "title": [0, 0]}
per = defaultdict(lambda: [0, 0, 0, 0])  # type -> gold, found, system, system-right
details = []
for path in a.gold:
    g = sc.Gold(path)
    rows = sc.read_graph(cmd, os.path.join(a.articles, g.article))
    res, e3, r3, t2 = sc.score(g, rows, False)
    details.append(res)
    for i in range(3):
        tot["ent"][i] += e3[i]
        tot["rel"][i] += r3[i]
    tot["title"][0] += t2[0]
    tot["title"][1] += t2[1]
    types, names = defaultdict(set), defaultdict(list)
    for r in rows:
        if r["kind"] == "type":
            types[r["s"]].add(sc.local(r["p"]))
        elif r["kind"] in ("label", "alt"):
            names[r["s"]].append(r["lit"])
    first = {}  # gold id -> first system entity mapped to it (score.py's order)
    for e in sorted(types):
        cands = []
        for lab in names[e]:
            for gid in g.index.get(sc.norm(lab), []):
                if gid not in cands:
                    cands.append(gid)
        if cands and cands[0] in g.optional:
            continue
        gid = cands[0] if cands else None
        right = gid is not None and first.setdefault(gid, e) == e and bool(types[e] & set(g.entities[gid][0]))
        for t in types[e]:
            per[t][2] += 1
            per[t][3] += right and t in g.entities[gid][0]
    for gid, (gtypes, _) in g.entities.items():
        per[gtypes[0]][0] += 1
        e = first.get(gid)
        per[gtypes[0]][1] += e is not None and bool(types[e] & set(gtypes))
    print("%-40s entities P %.2f R %.2f F1 %.2f" % (g.article[:40], res["entities"]["p"], res["entities"]["r"],
                                                   res["entities"]["f1"]), flush=True)
print("TYPE          gold found  recall  system right precision")
for t in sc.TYPES:
    gd, f, s_, r_ = per[t]
    print("  %-12s %4d %5d  %6s  %6d %5d  %8s" % (t, gd, f, "%.3f" % (f / gd) if gd else "-", s_, r_,
          "%.3f" % (r_ / s_) if s_ else "-"))
if a.json:
    with open(a.json, "w") as f:
        json.dump(details, f, indent=1)
e, r = sc.prf(*tot["ent"]), sc.prf(*tot["rel"])
print("TOTAL %d articles, 0 failed: entity P %.3f R %.3f F1 %.3f, relation P %.3f R %.3f F1 %.3f, titles %d/%d" % (
    len(details), e[0], e[1], e[2], r[0], r[1], r[2], tot["title"][0], tot["title"][1]))
