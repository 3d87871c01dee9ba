#!/usr/bin/env python3
"""People across articles: how many person IRIs each real person ends up on when many real
articles are ingested into one store, and every IRI that carries two different people.

    python3 src/test/sh/people-across-articles.py [--cmd "java -jar target/newsgraph.jar"] [-v]
        [--set ARTICLES GOLD_GLOB]...

Run on demand from the worktree root, after `mvn -q -DskipTests package`; not part of `mvn verify`.
Default sets (relative to the worktree root; a set whose folder is absent is skipped): the seed
(../shared/seeds, ../shared/eval/gold), news-dev (../shared/eval/gum-dev/articles,
../shared/eval/news-dev) and re3d-dev (../shared/eval/re3d-dev/articles and its gold). Every
article a gold file names is ingested, with the real CLI, into ONE fresh store; the graphs are then
read back with one SPARQL query.

Who is who comes from the gold files, never from the tool: a real person is the key of a full name
in the gold (the last two words of a gold name of type Person, with single initials and the
particles al/el/bin/de dropped, neither word a title such as "Minister" or "Gen."):
"Foreign Office Minister Tobias Ellwood" and "Tobias Ellwood" are "tobias ellwood". In an article
whose gold names that full name, a gold person named only by its surname ("Mr Ellwood", "Ellwood")
is the same person (the re3d gold often keeps them apart). Any other gold person is a person of
that article alone. The keys are printed with -v so that they can be checked by eye.

A graph person of an article is matched to a gold person of that article by name (the scorer's
normalisation), by the key of its full name, or, for a one-word name, by the surname of the only
full-named gold person of that article with it. A person's IRIs are those matched to it in the
articles naming it; two IRIs joined by owl:sameAs (the cross-article link) count as one. Reported:
the people named in two or more articles (as the gold says), the IRIs of each, the average, and
every IRI (with what owl:sameAs joins to it) matched to two different gold people: a wrong merge.

Figures (issue 12, item 6), seed + news-dev + re3d-dev, 79 articles in one store; 10 people named
in two or more of them (Tobias Ellwood in 13, Boris Johnson in 7, Philip Hammond in 5, Haider
al-Abadi in 4 of which one says only "Prime Minister Abadi", ...):
  main cc0868c: 1.00 IRIs per person; 2 wrong merges: "Col. John" (a fragment of "Col. John 'J.D.'
    Dorrian") linked to Col. John J. Thomas of another article by same-title, and, within one
    article, Ahmed Mohamed's lone "Mohamed" on his father's IRI (within-article resolution).
Most of these people are named in full, in one spelling, in every article, so this test bed says
little about name forms; the unit tests of CrossArticleResolver and PersonNameKey cover those.
"""
import argparse, glob, json, os, re, shlex, subprocess, sys, tempfile
from collections import defaultdict

NG = "https://w3id.org/newsgraph/ontology#"
DEFAULT_SETS = [("../shared/seeds", "../shared/eval/gold/*.gold"),
                ("../shared/eval/gum-dev/articles", "../shared/eval/news-dev/*.gold"),
                ("../shared/eval/re3d-dev/articles", "../shared/eval/re3d-dev/*.gold")]
# The scorer's honorifics (../shared/eval/score.py), for matching a graph label to a gold name.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "president", "prime minister", "minister",
              "secretary", "gen", "general", "sen", "senator", "rep", "king", "queen",
              "chancellor", "premier", "foreign minister", "defence minister", "defense minister"}
# Words that are no part of a person's name, for the gold keys only (checked by eye with -v).
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "president", "prime", "minister",
               "secretary", "gen", "general", "lt", "col", "colonel", "maj", "major", "adm", "admiral",
               "capt", "captain", "sgt", "sen", "senator", "rep", "king", "queen", "prince", "chancellor",
               "premier", "commander", "foreign", "defense", "defence", "office", "fco", "east", "asia",
               "the", "of", "for", "and", "army", "state", "spokesman", "spokeswoman", "pope", "ambassador",
               "officer", "petty", "sergeant", "lieutenant", "corporal", "private", "brigadier"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der"}
QUERY = """PREFIX ng: <%s>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?kind ?g ?src ?s ?o WHERE {
  { GRAPH ?g { ?a a ng:Article ; dct:source ?src . ?s a ng:Person ; rdfs:label|skos:altLabel ?o } BIND("name" AS ?kind) }
  UNION { GRAPH ?g { ?s owl:sameAs ?o } BIND("same" AS ?kind) }
}""" % NG


def norm(label):
    s = label.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[.,\"()]", " ", s).replace("-", " ")
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    for h in sorted(HONORIFICS, key=len, reverse=True):
        if s.startswith(h + " ") and len(s) > len(h) + 1:
            s = s[len(h) + 1:]
            break
    return s


def name_words(label):
    """The words of a name, lower case, without single initials, particles and a possessive."""
    s = label.replace("\u2019", "'").replace("\u200e", "")
    s = re.sub(r"'s?$", "", s.strip())
    words = [w.strip(".,'\"()") for w in re.split(r"[\s\-]+", s) if w]
    return [w.lower() for w in words
            if w and not re.fullmatch(r"(?:\w\.)+|\w", w) and w.lower() not in PARTICLES]


def proper(label):
    """The trailing run of capitalised words that are no title: the name in a gold name."""
    run = []
    for w in reversed(re.split(r"[\s\-]+", label.replace("\u2019", "'").replace("\u200e", "").strip())):
        w = re.sub(r"'s?$", "", w).strip(".,'\"()").replace("'", "")
        if not w or w.lower() in PARTICLES or re.fullmatch(r"(?:\w\.)+|\w", w):
            continue
        if not re.match(r"[A-Z\u00C0-\u024F]", w) or w.lower() in TITLE_WORDS:
            break
        run.insert(0, w.lower())
    return run


def full_key(label):
    """The key of a full name, or None: the words of its name, without titles before it."""
    w = proper(label)
    return " ".join(w) if len(w) >= 2 else None


def short_name(label):
    """The one word of a name given by one word ("Mr Ellwood", "Saddam"), or None."""
    w = proper(label)
    return w[0] if len(w) == 1 else None


def description(names):
    """A gold person named by no name: "the Iraqi Foreign Minister", "critics", "he"."""
    return all(not proper(n) or n[:1].islower() or n.lower().startswith("the ") for n in names)


def read_gold(path):
    article, people = None, {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = shlex.split(line, comments=True)
        if p[0] == "article":
            article = p[1]
        elif p[0] in ("entity", "optional") and "Person" in p[2].split("|"):
            people[p[1]] = p[3:]
    return article, people


def run(cmd, args):
    p = subprocess.run(cmd + args, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s exited %d: %s" % (" ".join(cmd + args), p.returncode, (p.stderr or p.stdout)[-2000:]))
    return p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cmd", default="java -jar target/newsgraph.jar")
    ap.add_argument("--set", nargs=2, action="append", metavar=("ARTICLES", "GOLD_GLOB"))
    ap.add_argument("--store", help="ingest into this folder and keep it (reused if it exists)")
    ap.add_argument("-v", action="store_true", help="print every person's IRIs and the gold keys")
    a = ap.parse_args()
    cmd = shlex.split(a.cmd)
    docs = {}  # article file name -> (path, {gold id -> names})
    sets = []
    for folder, pattern in a.set or DEFAULT_SETS:
        if not os.path.isdir(folder):
            print("skip (absent): " + folder)
            continue
        n = 0
        for g in sorted(glob.glob(pattern)):
            article, people = read_gold(g)
            path = os.path.join(folder, article)
            if os.path.exists(path):
                docs[article] = (path, people)
                n += 1
        sets.append("%s (%d)" % (folder, n))
    if not docs:
        sys.exit("no articles")

    # gold: each gold person of each article -> a real person's key, a key of its own, or None
    who = {}        # (article, gold id) -> key; None for a description ("the minister", "he")
    keys_in = defaultdict(set)  # article -> full keys named there
    for art, (_, people) in docs.items():
        for gid, names in people.items():
            whole = [full_key(n) for n in names if full_key(n) and len(proper(n)) == len(name_words(n))]
            ks = whole or sorted({full_key(n) for n in names} - {None})
            if ks:
                who[(art, gid)] = ks[0]
                keys_in[art].add(ks[0])
    # a part of a longer name, at its start or end, is that name ("Abu Musab", "El-Hassan Mohamed")
    longer = {}
    allkeys = {k for ks in keys_in.values() for k in ks}
    for k in allkeys:
        wk = k.split()
        wider = [l for l in allkeys if len(l.split()) > len(wk) and (l.split()[:len(wk)] == wk or l.split()[-len(wk):] == wk)]
        if len(wider) == 1:
            longer[k] = wider[0]
    for key, k in list(who.items()):
        who[key] = longer.get(k, k)
    for art in keys_in:
        keys_in[art] = {longer.get(k, k) for k in keys_in[art]}
    everywhere = defaultdict(set)  # last name word -> full keys of the whole gold
    for ks in keys_in.values():
        for k in ks:
            everywhere[k.split()[-1]].add(k)
    by_eye = []  # short names given a full key named only in other articles, to check by eye
    for art, (_, people) in docs.items():
        for gid, names in people.items():
            if (art, gid) in who:
                continue
            if description(names):
                who[(art, gid)] = None
                continue
            sn = {short_name(n) for n in names} - {None}
            here = [k for k in keys_in[art] if set(k.split()) & sn]
            there = sorted({k for w in sn for k in everywhere.get(w, ())})
            if len(here) == 1:
                who[(art, gid)] = here[0]
            elif not here and len(there) == 1:
                who[(art, gid)] = there[0]
                by_eye.append("%s %s %s" % (art, " / ".join(names), there[0]))
            else:
                who[(art, gid)] = art + "#" + gid
    articles_of = defaultdict(set)
    for (art, gid), k in who.items():
        if k and not k.startswith(art + "#"):
            articles_of[k].add(art)
    wanted = {k for k, arts in articles_of.items() if len(arts) >= 2}

    with tempfile.TemporaryDirectory() as tmp:
        store = a.store or os.path.join(tmp, "store")
        if not (a.store and os.path.isdir(a.store)):
            run(cmd, ["ingest", "--store", store] + [p for p, _ in docs.values()])
        q = os.path.join(tmp, "people.rq")
        with open(q, "w") as f:
            f.write(QUERY)
        out = run(cmd, ["query", "--store", store, "--format", "json", q])
    rows = [{k: v["value"] for k, v in r.items()} for r in json.loads(out[out.index("{"):])["results"]["bindings"]]

    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    labels = defaultdict(set)  # (article, iri) -> labels
    for r in rows:
        if r["kind"] == "same":
            parent[find(r["s"])] = find(r["o"])
        else:
            labels[(os.path.basename(r["src"]), r["s"])].add(r["o"])

    carried = defaultdict(set)   # class root -> keys of the gold people matched to it
    where = defaultdict(set)     # class root -> articles of those matches
    iris_of = defaultdict(set)   # key -> IRIs matched to it
    for (art, iri), labs in labels.items():
        if art not in docs:
            continue
        people = docs[art][1]
        index = defaultdict(set)
        for gid, names in people.items():
            for n in names:
                if who[(art, gid)]:
                    index[norm(n)].add(who[(art, gid)])
        matched = set()
        for lab in labs:
            ks = index.get(norm(lab), set())
            fk = longer.get(full_key(lab), full_key(lab))
            if not ks and fk in keys_in[art]:
                ks = {fk}
            if not ks and short_name(lab):
                same = [k for k in keys_in[art] if short_name(lab) in k.split()]
                ks = set(same) if len(same) == 1 else set()
            matched |= ks
        for k in matched:
            iris_of[k].add(iri)
            carried[find(iri)].add(k)
            where[find(iri)].add(art)

    print("sets: " + ", ".join(sets))
    if a.v:
        for line in by_eye:
            print("  by surname, from another article: " + line)
    counts = []
    for k in sorted(wanted):
        classes = {find(i) for i in iris_of[k]}
        if not classes:
            print("  %s: named in %d articles, never found" % (k, len(articles_of[k])))
            continue
        counts.append(len(classes))
        if a.v or len(classes) > 1:
            print("  %s: %d articles, %d IRI(s): %s" % (k, len(articles_of[k]), len(classes),
                  " ".join(sorted(i.rsplit("/", 1)[-1] for i in iris_of[k]))))
    wrong = {root: ks for root, ks in carried.items() if len(ks) > 1}
    for root, ks in sorted(wrong.items()):
        members = sorted(i.rsplit("/", 1)[-1] for i in {i for k in ks for i in iris_of[k]} if find(i) == root)
        scope = "within " + min(where[root]) if len(where[root]) == 1 else "across %d articles" % len(where[root])
        print("  WRONG MERGE %s (%s), %s: %s" % (root.rsplit("/", 1)[-1], " ".join(members), scope, "; ".join(sorted(ks))))
    avg = sum(counts) / len(counts) if counts else 0.0
    across = sum(1 for root in wrong if len(where[root]) > 1)
    print("people named in 2+ articles: %d (found: %d); IRIs per person: %.2f; wrong merges: %d (%d across articles)"
          % (len(wanted), len(counts), avg, len(wrong), across))


if __name__ == "__main__":
    main()
