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
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.PersonNameKey;
import org.newsgraph.rdf.ArticleGraph;
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
 * <li>{@code same-title}: among the store's people with that family name ({@link PersonNameKey#surname}),
 * exactly one carries one of the titles the article gives ("president");</li>
 * <li>{@code same-role}: among them, exactly one carries a title with the same head word
 * ("former president" and "president"; "Secretary of State" and "Secretary", the head of a title
 * being its word before a portfolio's "of" or "for", {@code [portfolio-openers]} in {@code lexicon.txt}).</li>
 * </ol>
 * A title is evidence only for a family name: "Col. John" (a lone first name) is not linked to a
 * colonel John Thomas, nor "Mr. Donald" to Donald Trump.
 * Without such evidence the person stays scoped to its article, so that two Kims never merge.
 *
 * <p>The link is recorded in the scoped person's article graph: the triple
 * {@code <scoped> owl:sameAs <store-wide>} and an {@code ng:IdentityLink} node with the rule, a
 * sentence of evidence and the articles it rests on ({@code prov:wasDerivedFrom}). Links always
 * reflect the store as it is: after an article is written or deleted, every article whose scoped
 * people it could settle (or unsettle) is resolved again, so deleting an article undoes what it
 * alone caused, and the links do not depend on the order of ingest.
 *
 * <p>All methods work on a {@link DatasetGraph} inside the caller's write transaction. The store's
 * people are indexed by name key and name word ({@link PeopleIndex}), read from the store once and
 * then kept up to date by every write, so the cost of a write grows with the articles it bears on,
 * not with the store. A write that fails must be followed by {@link #forget}.
 */
public final class CrossArticleResolver {
    static final String PERSON = NG.ID + "person/";
    /** The words that open a title's portfolio ("of", "for"): the head of the title stands before them. */
    private static final Set<String> PORTFOLIO_OPENERS = Gazetteer.lexiconSection("portfolio-openers");

    /** The store's people; null until first needed, and after a write that did not commit. */
    private PeopleIndex index;

    /**
     * After an article's graph was written: resolves it, and the other articles whose decisions its
     * people can change. Those are the articles with a scoped person sharing a name word with one of
     * its people who is new to the store, or who holds a title here that no other article gives them:
     * a person the store knew already, with titles it knew, changes no decision (and the evidence
     * cites the first article in the store's order, which a later one does not displace). So a
     * much-named person adds nothing per article, where resolving every article naming them again
     * made the cost of a write grow with the store.
     */
    public synchronized void afterPut(DatasetGraph dsg, Node graph) {
        PeopleIndex people = index(dsg);
        people.reindex(dsg, graph);
        Set<Node> affected = new LinkedHashSet<>();
        affected.add(graph);
        Set<String> words = PeopleIndex.nameWords(dsg, graph,
                p -> !people.namedElsewhere(p, graph) || holdsNewTitle(dsg, graph, p));
        affected.addAll(people.graphsWithScopedNamed(words, graph));
        for (Node g : affected) {
            relink(dsg, g, people);
        }
    }

    /** Whether the person holds a title in this graph that no other graph gives them. */
    private static boolean holdsNewTitle(DatasetGraph dsg, Node graph, Node person) {
        for (Iterator<Quad> it = dsg.find(graph, person, NG.title, Node.ANY); it.hasNext(); ) {
            Node title = it.next().getObject();
            boolean elsewhere = false;
            for (Iterator<Quad> o = dsg.find(Node.ANY, person, NG.title, title); o.hasNext() && !elsewhere; ) {
                elsewhere = !o.next().getGraph().equals(graph);
            }
            if (!elsewhere) {
                return true;
            }
        }
        return false;
    }

    /**
     * After many article graphs were written at once (a bulk load): resolves every article with
     * people named only in part, reading the store's people once. Gives the links that writing the
     * graphs one by one would, since the links never depend on the order of writing.
     */
    public synchronized void afterLoad(DatasetGraph dsg) {
        PeopleIndex people = PeopleIndex.read(dsg);
        index = people;
        for (Node g : people.graphsWithScoped()) {
            relink(dsg, g, people);
        }
    }

    /**
     * The articles to resolve again once this one is gone: those with scoped people whose name
     * words its people carry. Call before removing the graph, then {@link #afterDelete}.
     */
    public synchronized Set<Node> beforeDelete(DatasetGraph dsg, Node graph) {
        PeopleIndex people = index(dsg);
        Set<Node> affected = people.graphsWithScopedNamed(PeopleIndex.nameWords(dsg, graph), graph);
        people.remove(graph);
        return affected;
    }

    /** Resolves again the articles {@link #beforeDelete} named, the deleted one gone. */
    public synchronized void afterDelete(DatasetGraph dsg, Collection<Node> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        PeopleIndex people = index(dsg);
        for (Node g : graphs) {
            if (dsg.containsGraph(g)) {
                relink(dsg, g, people);
            }
        }
    }

    /**
     * Drops the index after a write transaction that did not commit: it may hold people the store
     * does not (or miss some it does), and is read from the store again when next needed.
     */
    public synchronized void forget() {
        index = null;
    }

    private PeopleIndex index(DatasetGraph dsg) {
        if (index == null) {
            index = PeopleIndex.read(dsg);
        }
        return index;
    }

    /** Removes an article graph's links and makes them again from the store as it is. */
    void relink(DatasetGraph dsg, Node graph, PeopleIndex people) {
        Node article = articleOf(graph);
        List<Quad> links = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Node, String> scoped : PeopleIndex.scopedIn(dsg, graph).entrySet()) {
            Optional<Link> link = decide(dsg, graph, article, scoped.getKey(), scoped.getValue(), people);
            if (link.isPresent()) {
                write(links, graph, article, ++n, link.get());
            }
        }
        List<Quad> old = links(dsg, graph);
        if (old.size() == links.size() && new HashSet<>(old).equals(new HashSet<>(links))) {
            return; // as they were: most articles a write bears on keep their links
        }
        old.forEach(dsg::delete);
        links.forEach(dsg::add);
    }

    /** One link with its evidence. */
    record Link(Node local, Node store, String rule, String evidence, Set<Node> articles) {
    }

    private Optional<Link> decide(DatasetGraph dsg, Node graph, Node article, Node scoped, String label, PeopleIndex people) {
        List<String> words = PersonNameKey.words(label);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() > 1) {
            Node same = people.byKey(String.join("-", words));
            return same == null ? Optional.empty()
                    : Optional.of(new Link(scoped, same, "same-full-name", "the same name, " + PeopleIndex.label(dsg, same), Set.of(article)));
        }
        String word = words.get(0);
        List<Node> candidates = people.named(word);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Node> here = candidates.stream().filter(p -> dsg.contains(graph, p, NG.mentionedIn, article)).toList();
        if (here.size() == 1) {
            return Optional.of(new Link(scoped, here.get(0), "full-name-in-article",
                    "named in full in the same article as " + PeopleIndex.label(dsg, here.get(0)), Set.of(article)));
        }
        if (here.size() > 1) {
            return Optional.empty(); // "Biden" in an article naming Joe and Hunter Biden
        }
        Set<String> titles = new TreeSet<>();
        dsg.find(graph, scoped, NG.title, Node.ANY).forEachRemaining(q -> titles.add(lower(q.getObject())));
        candidates = people.surnamed(word); // a title speaks for a family name only
        if (titles.isEmpty() || candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> same = byTitle(dsg, article, scoped, label, candidates, titles, false);
        return same.isPresent() ? same : byTitle(dsg, article, scoped, label, candidates, titles, true);
    }

    /** The one candidate with one of the titles (or, by head, a title ending in the same word). */
    private Optional<Link> byTitle(DatasetGraph dsg, Node article, Node scoped, String label, List<Node> candidates,
                                   Set<String> titles, boolean byHead) {
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
                if (wanted.contains(byHead ? head(t) : t) && found == null) {
                    found = byHead ? head(t) : t;
                    where.add(articleOf(q.getGraph())); // the first in the store's order: later articles do not displace it
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
                + "', held by no other " + label + " in the store: " + PeopleIndex.label(dsg, match), articles));
    }

    /** The quads recording one link, in the order they are written. */
    private static void write(List<Quad> quads, Node graph, Node article, int n, Link link) {
        Node node = NodeFactory.createURI(article.getURI() + "/link/" + n);
        quads.add(Quad.create(graph, link.local(), NG.owlSameAs, link.store()));
        quads.add(Quad.create(graph, node, NG.rdfType, NG.IdentityLink));
        quads.add(Quad.create(graph, node, NG.localPerson, link.local()));
        quads.add(Quad.create(graph, node, NG.storePerson, link.store()));
        quads.add(Quad.create(graph, node, NG.linkRule, NodeFactory.createLiteralString(link.rule())));
        quads.add(Quad.create(graph, node, NG.rdfsComment, NodeFactory.createLiteralString(link.evidence())));
        for (Node a : link.articles()) {
            quads.add(Quad.create(graph, node, NG.provWasDerivedFrom, a));
        }
    }

    /** The link quads an article graph holds: its owl:sameAs and its ng:IdentityLink nodes. */
    private static List<Quad> links(DatasetGraph dsg, Node graph) {
        List<Quad> old = new ArrayList<>();
        dsg.find(graph, Node.ANY, NG.owlSameAs, Node.ANY).forEachRemaining(old::add);
        List<Node> nodes = new ArrayList<>();
        dsg.find(graph, Node.ANY, NG.rdfType, NG.IdentityLink).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node n : nodes) {
            dsg.find(graph, n, Node.ANY, Node.ANY).forEachRemaining(old::add);
        }
        return old;
    }

    static Node articleOf(Node graph) {
        return ArticleGraph.articleNode(ArticleGraph.articleId(graph));
    }

    private static String lower(Node literal) {
        return literal.isLiteral() ? literal.getLiteralLexicalForm().toLowerCase(Locale.ROOT).strip() : "";
    }

    /** The head word of a title: "president" of "former president", "secretary" of "secretary of state". */
    static String head(String title) {
        String[] w = title.split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (PORTFOLIO_OPENERS.contains(w[i])) {
                return w[i - 1];
            }
        }
        return w[w.length - 1];
    }
}
