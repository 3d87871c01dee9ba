#!/usr/bin/env python3
"""score.py with a per-type entity table added (Person, Organization, Country, Location).

Runs ../shared/eval/score.py unchanged (same arguments, same output, same --json) and, at the end,
prints precision and recall per type:
  - recall of type T: gold entities whose FIRST listed type is T that the graph found with a
    fitting type, over all such gold entities;
  - precision of type T: graph entities typed T that map to a gold entity whose types include T,
    over all graph entities typed T that count in scoring (entities naming only optional gold
    items are left out, as score.py does).
A graph entity that is a second name for a gold entity (a duplicate) counts against its type.

    python3 src/test/sh/score_by_type.py --score ../shared/eval/score.py --cmd "java -jar x.jar" \
        --articles ../shared/eval/re3d-dev/articles ../shared/eval/re3d-dev/*.gold

--nquads FILE reads the graphs from the output of `newsgraph extract ARTICLES > FILE` (one JVM for
all articles, a minute instead of half an hour on re3d-dev) in place of one ingest and one query
per article. The extract output lacks only the owl:sameAs links between articles, which the scorer
does not read; check against a full run before quoting figures.
"""
import importlib.util
import json
import os
import re
import sys
from collections import defaultdict

TYPES = ("Person", "Organization", "Country", "Location")


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TERM = re.compile(r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)')


def unescape(lit):
    body = lit[1:lit.rindex('"')]
    return json.loads('"' + body + '"') if "\\" in body else body


def read_nquads(path):
    """{article file name: rows as score.read_graph returns them} from `newsgraph extract` output."""
    graphs = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        terms, pos = [], 0
        while len(terms) < 4:
            m = TERM.match(line, pos)
            if not m:
                break
            terms.append(m.group(1))
            pos = m.end()
        if len(terms) == 4:
            graphs[terms[3]].append(tuple(terms[:3]))
    ng = "https://w3id.org/newsgraph/ontology#"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    label_ps = {"<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/2004/02/skos/core#prefLabel>"}
    alt_p = "<http://www.w3.org/2004/02/skos/core#altLabel>"
    source_p = "<http://purl.org/dc/terms/source>"
    out = {}
    for g, triples in graphs.items():
        iri = lambda t: t[1:-1]
        typed = defaultdict(set)
        text = defaultdict(list)
        source = None
        for s, p, o in triples:
            if p == rdf_type and o.startswith("<" + ng):
                typed[iri(s)].add(iri(o))
            if p == source_p and o.startswith('"'):
                source = os.path.basename(unescape(o))
            if p in ("<" + ng + "text>", "<http://www.w3.org/2000/01/rdf-schema#label>") and o.startswith('"'):
                text[s].append(unescape(o))
        rows = []
        ents = {s for s, ts in typed.items() if any(t[len(ng):] in TYPES for t in ts)}
        for s, ts in typed.items():
            for t in ts:
                if t[len(ng):] in TYPES:
                    rows.append({"kind": "type", "s": s, "p": t})
        rels = {ng + p for p in ("adviserTo memberOf leaderOf communicatedWith supplies pressures spiesOn "
                                 "visits allyOf fightsAgainst locatedIn").split()}
        props = {ng + p for p in ("proposed", "concernedAbout", "said")}
        for s, p, o in triples:
            if not s.startswith("<"):
                continue
            si, pi = iri(s), iri(p) if p.startswith("<") else p
            if si in ents and p in label_ps:
                rows.append({"kind": "label", "s": si, "lit": unescape(o)})
            elif si in ents and p == alt_p:
                rows.append({"kind": "alt", "s": si, "lit": unescape(o)})
            elif pi in rels and o.startswith("<"):
                rows.append({"kind": "rel", "s": si, "p": pi, "o": iri(o)})
            elif pi in props:
                oi = iri(o) if o.startswith("<") else o
                lits = text.get(o, [])
                for lit in lits or [None]:
                    row = {"kind": "prop", "s": si, "p": pi, "o": oi}
                    if lit is not None:
                        row["lit"] = lit
                    rows.append(row)
            elif pi == ng + "title":
                rows.append({"kind": "title", "s": si, "lit": unescape(o)})
        if source:
            out[source] = rows
    return out


def main():
    args = sys.argv[1:]
    path = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared", "eval", "score.py")
    if "--score" in args:
        i = args.index("--score")
        path = args[i + 1]
        del args[i:i + 2]
    sc = load_score(path)
    if "--nquads" in args:
        i = args.index("--nquads")
        graphs = read_nquads(args[i + 1])
        del args[i:i + 2]

        def read_graph(cmd, article_path):
            name = os.path.basename(article_path)
            if name not in graphs:
                raise RuntimeError("no graph for " + name)
            return graphs[name]
        sc.read_graph = read_graph
    table = {t: [0, 0, 0, 0] for t in TYPES}  # gold, found, system, system correct
    original = sc.score

    def score(gold, rows, verbose):
        # the same mapping as score.score: each graph entity goes to the gold id its labels name
        # first (its rdfs:label before its altLabels)
        types, labels, alts = defaultdict(set), defaultdict(list), defaultdict(list)
        for r in rows:
            if r["kind"] == "type":
                types[r["s"]].add(sc.local(r["p"]))
            elif r["kind"] == "label":
                labels[r["s"]].append(r["lit"])
            elif r["kind"] == "alt":
                alts[r["s"]].append(r["lit"])
        hits = defaultdict(list)
        for e in sorted(types):
            gid = None
            for lab in labels[e] + alts[e]:
                ids = gold.index.get(sc.norm(lab), [])
                if ids:
                    gid = ids[0]
                    break
            mine = types[e] & set(TYPES)
            if gid is None:
                for t in mine:
                    table[t][2] += 1
                continue
            if gid not in gold.entities:
                continue  # an optional item: not counted
            first = not hits[gid]
            hits[gid].append(e)
            for t in mine:
                table[t][2] += 1
                table[t][3] += first and t in gold.entities[gid][0]
        for gid, (gtypes, _) in gold.entities.items():
            if gtypes[0] in table:
                table[gtypes[0]][0] += 1
                table[gtypes[0]][1] += any(types[e] & set(gtypes) for e in hits[gid])
        return original(gold, rows, verbose)

    sc.score = score
    sys.argv = [sys.argv[0]] + args
    sc.main()
    print("BY TYPE        gold found  recall | system correct precision")
    for t in TYPES:
        g, f, s, c = table[t]
        print("  %-12s %4d %5d   %5s | %6d %7d   %5s" % (
            t, g, f, "%.3f" % (f / g) if g else "-", s, c, "%.3f" % (c / s) if s else "-"))


if __name__ == "__main__":
    main()
