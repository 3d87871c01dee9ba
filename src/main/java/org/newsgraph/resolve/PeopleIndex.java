package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.PersonNameKey;
import org.newsgraph.rdf.NG;

/**
 * The store's people by name, for {@link CrossArticleResolver}: those named in full by the key of
 * their name and by the first and last word of it, and the graphs holding an article-scoped person
 * by that person's first and last name word. Read from the person labels in one scan of the store,
 * then kept up to date graph by graph ({@link #reindex}, {@link #remove}), so a write no longer scans
 * every label in the store. What a single graph holds (its scoped people, the name words of its
 * people, a person's labels) is read from the store itself, in the store's order.
 */
final class PeopleIndex {

    /** Full-name people: person → graph → labels (two entities of one article may share a key). */
    private final Map<Node, Map<Node, Set<String>>> labels = new HashMap<>();
    /** Full-name people of each graph. */
    private final Map<Node, Set<Node>> fullIn = new HashMap<>();
    private final Map<String, Set<Node>> byKey = new HashMap<>();
    private final Map<String, Set<Node>> byWord = new HashMap<>();
    /** Full-name people by family name ({@link PersonNameKey#surname}), for the evidence of titles. */
    private final Map<String, Set<Node>> bySurname = new HashMap<>();
    /** The first and last words of each graph's scoped people, and the graphs by those words. */
    private final Map<Node, Set<String>> scopedWordsIn = new HashMap<>();
    private final Map<String, Set<Node>> scopedGraphsByWord = new HashMap<>();

    private PeopleIndex() {
    }

    /** Reads every person label of the store. */
    static PeopleIndex read(DatasetGraph dsg) {
        PeopleIndex index = new PeopleIndex();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NG.rdfsLabel, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (isPersonLabel(q)) {
                index.add(q.getGraph(), q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        }
        return index;
    }

    /** The graphs that hold people scoped to their article, as a copy. */
    List<Node> graphsWithScoped() {
        return new ArrayList<>(scopedWordsIn.keySet());
    }

    /** Indexes a graph written (or written again) in this transaction, dropping what it held before. */
    void reindex(DatasetGraph dsg, Node graph) {
        remove(graph);
        dsg.find(graph, Node.ANY, NG.rdfsLabel, Node.ANY).forEachRemaining(q -> {
            if (isPersonLabel(q)) {
                add(graph, q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
    }

    /** Forgets a graph's people (a graph deleted, or about to be indexed again). */
    void remove(Node graph) {
        Set<Node> people = fullIn.remove(graph);
        if (people != null) {
            for (Node p : people) {
                Map<Node, Set<String>> byGraph = labels.get(p);
                byGraph.remove(graph).forEach(l -> unindex(p, l));
                if (byGraph.isEmpty()) {
                    labels.remove(p);
                } else {
                    byGraph.values().forEach(ls -> ls.forEach(l -> index(p, l))); // what its other labels still give
                }
            }
        }
        Set<String> words = scopedWordsIn.remove(graph);
        if (words != null) {
            for (String w : words) {
                removeFrom(scopedGraphsByWord, w, graph);
            }
        }
    }

    /** The store-wide person with the key; when several, the one whose IRI is the key, else the first IRI. */
    Node byKey(String key) {
        Set<Node> people = byKey.get(key);
        if (people == null || people.isEmpty()) {
            return null;
        }
        return people.stream().filter(p -> p.getURI().equals(CrossArticleResolver.PERSON + key)).findFirst()
                .orElseGet(() -> people.stream().min(Comparator.comparing(Node::getURI)).get());
    }

    /** Whether other graphs name the person in full with every name this graph gives them. */
    boolean namedElsewhere(Node person, Node graph) {
        Map<Node, Set<String>> byGraph = labels.get(person);
        if (byGraph == null || !byGraph.containsKey(graph)) {
            return false;
        }
        Set<String> unseen = new HashSet<>(byGraph.get(graph));
        for (Iterator<Map.Entry<Node, Set<String>>> it = byGraph.entrySet().iterator(); it.hasNext() && !unseen.isEmpty(); ) {
            Map.Entry<Node, Set<String>> e = it.next();
            if (!e.getKey().equals(graph)) {
                unseen.removeAll(e.getValue());
            }
        }
        return unseen.isEmpty();
    }

    /** The store-wide people whose name starts or ends with the word. */
    List<Node> named(String word) {
        Set<Node> people = byWord.get(word);
        return people == null ? List.of() : new ArrayList<>(people);
    }

    /** The store-wide people with the family name ("Kim" for Kim Sung-han, "Thomas" for John J. Thomas). */
    List<Node> surnamed(String word) {
        Set<Node> people = bySurname.get(word);
        return people == null ? List.of() : new ArrayList<>(people);
    }

    /** The graphs, other than {@code except}, with a scoped person whose name starts or ends with one of the words. */
    Set<Node> graphsWithScopedNamed(Set<String> words, Node except) {
        Set<Node> graphs = new LinkedHashSet<>();
        for (String w : words) {
            graphs.addAll(scopedGraphsByWord.getOrDefault(w, Set.of()));
        }
        graphs.remove(except);
        return graphs;
    }

    // ---- read from the store -------------------------------------------------------------------

    /** The first and last name words of the people a graph names in full. */
    static Set<String> nameWords(DatasetGraph dsg, Node graph) {
        return nameWords(dsg, graph, p -> true);
    }

    /** The first and last name words of the people a graph names in full and {@code which} accepts. */
    static Set<String> nameWords(DatasetGraph dsg, Node graph, java.util.function.Predicate<Node> which) {
        Set<String> words = new HashSet<>();
        dsg.find(graph, Node.ANY, NG.rdfsLabel, Node.ANY).forEachRemaining(q -> {
            if (isPersonLabel(q) && !isScoped(graph, q.getSubject()) && which.test(q.getSubject())) {
                List<String> w = PersonNameKey.words(q.getObject().getLiteralLexicalForm());
                if (w.size() >= 2) {
                    List<String> name = PersonNameKey.withoutSuffix(w);
                    words.add(name.get(0));
                    words.add(name.get(name.size() - 1));
                }
            }
        });
        return words;
    }

    /** A graph's scoped people with their labels, in the store's order of their labels. */
    static Map<Node, String> scopedIn(DatasetGraph dsg, Node graph) {
        Map<Node, String> scoped = new LinkedHashMap<>();
        dsg.find(graph, Node.ANY, NG.rdfsLabel, Node.ANY).forEachRemaining(q -> {
            if (isPersonLabel(q) && isScoped(graph, q.getSubject())) {
                scoped.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
        return scoped;
    }

    /**
     * The label a store-wide person is shown by: the first of its full-name labels in the store's
     * order (the order a scan of all labels meets them), else its IRI.
     */
    static String label(DatasetGraph dsg, Node person) {
        for (Iterator<Quad> it = dsg.find(Node.ANY, person, NG.rdfsLabel, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (isPersonLabel(q) && !isScoped(q.getGraph(), person)
                    && PersonNameKey.words(q.getObject().getLiteralLexicalForm()).size() >= 2) {
                return q.getObject().getLiteralLexicalForm();
            }
        }
        return person.getURI();
    }

    // ---- inside ----------------------------------------------------------------------------------

    private static boolean isPersonLabel(Quad q) {
        Node s = q.getSubject();
        return s.isURI() && s.getURI().startsWith(CrossArticleResolver.PERSON) && q.getObject().isLiteral()
                && !q.isDefaultGraph();
    }

    /** A person scoped to the graph's article: its IRI ends in the first 8 digits of the article's id. */
    static boolean isScoped(Node graph, Node person) {
        String local = person.getURI().substring(CrossArticleResolver.PERSON.length());
        String id = graph.getURI().startsWith(NG.GRAPH) ? graph.getURI().substring(NG.GRAPH.length()) : "";
        return id.length() >= 8 && local.endsWith("-" + id.substring(0, 8));
    }

    private void add(Node graph, Node person, String label) {
        if (isScoped(graph, person)) {
            List<String> w = PersonNameKey.words(label);
            if (!w.isEmpty()) {
                for (String word : List.of(w.get(0), w.get(w.size() - 1))) {
                    scopedWordsIn.computeIfAbsent(graph, g -> new HashSet<>()).add(word);
                    scopedGraphsByWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(graph);
                }
            }
            return;
        }
        if (PersonNameKey.words(label).size() < 2) {
            return;
        }
        labels.computeIfAbsent(person, p -> new HashMap<>()).computeIfAbsent(graph, g -> new HashSet<>()).add(label);
        fullIn.computeIfAbsent(graph, g -> new HashSet<>()).add(person);
        index(person, label);
    }

    private void index(Node person, String label) {
        List<String> words = PersonNameKey.words(label);
        byKey.computeIfAbsent(String.join("-", words), k -> new LinkedHashSet<>()).add(person);
        List<String> name = PersonNameKey.withoutSuffix(words);
        byWord.computeIfAbsent(name.get(0), k -> new LinkedHashSet<>()).add(person);
        byWord.computeIfAbsent(name.get(name.size() - 1), k -> new LinkedHashSet<>()).add(person);
        bySurname.computeIfAbsent(PersonNameKey.surname(label), k -> new LinkedHashSet<>()).add(person);
    }

    private void unindex(Node person, String label) {
        List<String> words = PersonNameKey.words(label);
        removeFrom(byKey, String.join("-", words), person);
        List<String> name = PersonNameKey.withoutSuffix(words);
        removeFrom(byWord, name.get(0), person);
        removeFrom(byWord, name.get(name.size() - 1), person);
        removeFrom(bySurname, PersonNameKey.surname(label), person);
    }

    private static void removeFrom(Map<String, Set<Node>> map, String key, Node value) {
        Set<Node> set = map.get(key);
        if (set != null) {
            set.remove(value);
            if (set.isEmpty()) {
                map.remove(key);
            }
        }
    }
}
