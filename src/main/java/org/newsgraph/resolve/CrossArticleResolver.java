package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.PersonNameKey;
import org.newsgraph.rdf.NG;

/**
 * Cross-article resolution of people: links a person whom one article names only by surname or
 * title ("President Trump", "Mr. Kim", "Zelenskyy" alone), and whom extraction therefore scoped to
 * that article, to the store-wide person named in full elsewhere, when the evidence is clear:
 * <ol>
 * <li>{@code same-full-name}: the article's person has a full name after all, the key of a person
 * named in other articles;</li>
 * <li>{@code full-name-in-article}: exactly one person named in full in the same article has the
 * surname (or first name) as first or last word of their name, spelling variants folded
 * ({@link PersonNameKey});</li>
 * <li>{@code same-title}: among the store's people with that name word, exactly one carries one of
 * the titles the article gives ("president");</li>
 * <li>{@code same-role}: among them, exactly one carries a title with the same head word
 * ("former president" and "president").</li>
 * </ol>
 * Without such evidence the person stays scoped to its article, so that two Kims never merge.
 *
 * <p>The link is recorded in the scoped person's article graph: the triple
 * {@code <scoped> owl:sameAs <store-wide>} and an {@code ng:IdentityLink} node with the rule, a
 * sentence of evidence and the articles it rests on ({@code prov:wasDerivedFrom}). Links always
 * reflect the store as it is: after an article is written or deleted, every article whose scoped
 * people it could settle (or unsettle) is resolved again, so deleting an article undoes what it
 * alone caused, and the links do not depend on the order of ingest.
 *
 * <p>All methods work on a {@link DatasetGraph} inside the caller's write transaction. The cost is
 * one scan of the store's person labels per article written.
 */
public final class CrossArticleResolver {
    private static final String PERSON = NG.ID + "person/";

    /** After an article's graph was written: resolves it, and the articles its people bear on. */
    public void afterPut(DatasetGraph dsg, Node graph) {
        People people = People.read(dsg);
        Set<Node> affected = new LinkedHashSet<>();
        affected.add(graph);
        affected.addAll(people.graphsWithScopedNamed(people.nameWords(graph), graph));
        for (Node g : affected) {
            relink(dsg, g, people);
        }
    }

    /**
     * After many article graphs were written at once (a bulk load): resolves every article with
     * people named only in part, reading the store's people once. Gives the links that writing the
     * graphs one by one would, since the links never depend on the order of writing.
     */
    public void afterLoad(DatasetGraph dsg) {
        People people = People.read(dsg);
        for (Node g : new ArrayList<>(people.scoped.keySet())) {
            relink(dsg, g, people);
        }
    }

    /**
     * The articles to resolve again once this one is gone: those with scoped people whose name
     * words its people carry. Call before removing the graph, then {@link #afterDelete}.
     */
    public Set<Node> beforeDelete(DatasetGraph dsg, Node graph) {
        People people = People.read(dsg);
        return people.graphsWithScopedNamed(people.nameWords(graph), graph);
    }

    /** Resolves again the articles {@link #beforeDelete} named, the deleted one gone. */
    public void afterDelete(DatasetGraph dsg, Collection<Node> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        People people = People.read(dsg);
        for (Node g : graphs) {
            if (dsg.containsGraph(g)) {
                relink(dsg, g, people);
            }
        }
    }

    /** Removes an article graph's links and makes them again from the store as it is. */
    void relink(DatasetGraph dsg, Node graph, People people) {
        removeLinks(dsg, graph);
        Node article = articleOf(graph);
        int n = 0;
        for (Map.Entry<Node, String> scoped : people.scopedIn(graph).entrySet()) {
            Optional<Link> link = decide(dsg, graph, article, scoped.getKey(), scoped.getValue(), people);
            if (link.isPresent()) {
                write(dsg, graph, article, ++n, link.get());
            }
        }
    }

    /** One link with its evidence. */
    record Link(Node local, Node store, String rule, String evidence, Set<Node> articles) {
    }

    private Optional<Link> decide(DatasetGraph dsg, Node graph, Node article, Node scoped, String label, People people) {
        List<String> words = PersonNameKey.words(label);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() > 1) {
            Node same = people.byKey.get(String.join("-", words));
            return same == null ? Optional.empty()
                    : Optional.of(new Link(scoped, same, "same-full-name", "the same name, " + people.label(same), Set.of(article)));
        }
        String word = words.get(0);
        List<Node> candidates = people.named(word);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Node> here = candidates.stream().filter(p -> dsg.contains(graph, p, NG.mentionedIn, article)).toList();
        if (here.size() == 1) {
            return Optional.of(new Link(scoped, here.get(0), "full-name-in-article",
                    "named in full in the same article as " + people.label(here.get(0)), Set.of(article)));
        }
        if (here.size() > 1) {
            return Optional.empty(); // "Biden" in an article naming Joe and Hunter Biden
        }
        Set<String> titles = new TreeSet<>();
        dsg.find(graph, scoped, NG.title, Node.ANY).forEachRemaining(q -> titles.add(lower(q.getObject())));
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> same = byTitle(dsg, article, scoped, candidates, titles, false, people);
        return same.isPresent() ? same : byTitle(dsg, article, scoped, candidates, titles, true, people);
    }

    /** The one candidate with one of the titles (or, by head, a title ending in the same word). */
    private Optional<Link> byTitle(DatasetGraph dsg, Node article, Node scoped, List<Node> candidates, Set<String> titles,
                                   boolean byHead, People people) {
        Set<String> wanted = new HashSet<>();
        for (String t : titles) {
            wanted.add(byHead ? head(t) : t);
        }
        Node match = null;
        String matched = null;
        Set<Node> evidence = new LinkedHashSet<>();
        for (Node p : candidates) {
            Set<Node> where = new LinkedHashSet<>();
            String found = null;
            for (Iterator<Quad> it = dsg.find(Node.ANY, p, NG.title, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                String t = lower(q.getObject());
                if (wanted.contains(byHead ? head(t) : t)) {
                    found = byHead ? head(t) : t;
                    where.add(articleOf(q.getGraph()));
                }
            }
            if (found == null) {
                continue;
            }
            if (match != null) {
                return Optional.empty(); // two people with that name word and that title: no evidence
            }
            match = p;
            matched = found;
            evidence = where;
        }
        if (match == null) {
            return Optional.empty();
        }
        Set<Node> articles = new LinkedHashSet<>();
        articles.add(article);
        articles.addAll(evidence);
        String rule = byHead ? "same-role" : "same-title";
        return Optional.of(new Link(scoped, match, rule, (byHead ? "the role '" : "the title '") + matched
                + "', held by no other " + people.wordOf(scoped, article) + " in the store: " + people.label(match), articles));
    }

    private static void write(DatasetGraph dsg, Node graph, Node article, int n, Link link) {
        Node node = NodeFactory.createURI(article.getURI() + "/link/" + n);
        dsg.add(graph, link.local(), NG.owlSameAs, link.store());
        dsg.add(graph, node, NG.rdfType, NG.IdentityLink);
        dsg.add(graph, node, NG.localPerson, link.local());
        dsg.add(graph, node, NG.storePerson, link.store());
        dsg.add(graph, node, NG.linkRule, NodeFactory.createLiteralString(link.rule()));
        dsg.add(graph, node, NG.rdfsComment, NodeFactory.createLiteralString(link.evidence()));
        for (Node a : link.articles()) {
            dsg.add(graph, node, NG.provWasDerivedFrom, a);
        }
    }

    private static void removeLinks(DatasetGraph dsg, Node graph) {
        List<Quad> old = new ArrayList<>();
        dsg.find(graph, Node.ANY, NG.owlSameAs, Node.ANY).forEachRemaining(old::add);
        List<Node> nodes = new ArrayList<>();
        dsg.find(graph, Node.ANY, NG.rdfType, NG.IdentityLink).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node n : nodes) {
            dsg.find(graph, n, Node.ANY, Node.ANY).forEachRemaining(old::add);
        }
        old.forEach(dsg::delete);
    }

    static Node articleOf(Node graph) {
        return NodeFactory.createURI(NG.ID + "article/" + graph.getURI().substring(NG.GRAPH.length()));
    }

    private static String lower(Node literal) {
        return literal.isLiteral() ? literal.getLiteralLexicalForm().toLowerCase(Locale.ROOT).strip() : "";
    }

    private static String head(String title) {
        String[] w = title.split("\\s+");
        return w[w.length - 1];
    }

    /**
     * The people of the store, read from their labels in one scan: those named in full by key and
     * by the first and last word of their names, and the article-scoped ones by graph.
     */
    static final class People {
        /** Store-wide people by the key of their name. */
        final Map<String, Node> byKey = new HashMap<>();
        /** Store-wide people by the first and by the last word of their name (suffixes aside). */
        final Map<String, List<Node>> byWord = new HashMap<>();
        /** Scoped people: graph → person → label. */
        final Map<Node, Map<Node, String>> scoped = new HashMap<>();
        /** Full-name people of each graph, by graph: their name words. */
        final Map<Node, Set<String>> wordsOf = new HashMap<>();
        final Map<Node, String> labels = new HashMap<>();

        static People read(DatasetGraph dsg) {
            People p = new People();
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NG.rdfsLabel, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                Node s = q.getSubject();
                if (!s.isURI() || !s.getURI().startsWith(PERSON) || !q.getObject().isLiteral() || q.isDefaultGraph()) {
                    continue;
                }
                p.add(q.getGraph(), s, q.getObject().getLiteralLexicalForm());
            }
            return p;
        }

        private void add(Node graph, Node person, String label) {
            String local = person.getURI().substring(PERSON.length());
            String id = graph.getURI().startsWith(NG.GRAPH) ? graph.getURI().substring(NG.GRAPH.length()) : "";
            if (id.length() >= 8 && local.endsWith("-" + id.substring(0, 8))) {
                scoped.computeIfAbsent(graph, g -> new LinkedHashMap<>()).put(person, label);
                return;
            }
            List<String> words = PersonNameKey.words(label);
            if (words.size() < 2) {
                return;
            }
            labels.putIfAbsent(person, label);
            byKey.putIfAbsent(String.join("-", words), person);
            List<String> name = nameWords(words);
            Set<String> ofGraph = wordsOf.computeIfAbsent(graph, g -> new HashSet<>());
            for (String w : new LinkedHashSet<>(List.of(name.get(0), name.get(name.size() - 1)))) {
                List<Node> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
                if (!list.contains(person)) {
                    list.add(person);
                }
                ofGraph.add(w);
            }
        }

        /** The words of a name without a generational suffix at the end. */
        private static List<String> nameWords(List<String> words) {
            String last = words.get(words.size() - 1);
            return words.size() > 2 && Set.of("jr", "sr", "ii", "iii", "iv").contains(last) ? words.subList(0, words.size() - 1) : words;
        }

        List<Node> named(String word) {
            return byWord.getOrDefault(word, List.of());
        }

        Set<String> nameWords(Node graph) {
            return wordsOf.getOrDefault(graph, Set.of());
        }

        Map<Node, String> scopedIn(Node graph) {
            return scoped.getOrDefault(graph, Map.of());
        }

        /** The graphs, other than {@code except}, with a scoped person named by one of the words. */
        Set<Node> graphsWithScopedNamed(Set<String> words, Node except) {
            Set<Node> graphs = new LinkedHashSet<>();
            if (words.isEmpty()) {
                return graphs;
            }
            for (Map.Entry<Node, Map<Node, String>> e : scoped.entrySet()) {
                if (e.getKey().equals(except)) {
                    continue;
                }
                for (String label : e.getValue().values()) {
                    List<String> w = PersonNameKey.words(label);
                    if (!w.isEmpty() && (words.contains(w.get(0)) || words.contains(w.get(w.size() - 1)))) {
                        graphs.add(e.getKey());
                        break;
                    }
                }
            }
            return graphs;
        }

        String label(Node person) {
            return labels.getOrDefault(person, person.getURI());
        }

        String wordOf(Node scoped, Node article) {
            for (Map<Node, String> m : this.scoped.values()) {
                String l = m.get(scoped);
                if (l != null) {
                    return l;
                }
            }
            return "person of that name";
        }
    }
}
