package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.PersonNameKey;
import org.newsgraph.extract.RoleTitle;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.GraphValidator;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.Article;

/**
 * Cross-article links of people on a real TDB2 store. Articles are built with their people placed
 * by hand (as extraction would key them: a full name by its key, a lone name scoped to its
 * article), so the step is tested apart from recognition.
 */
class CrossArticleResolverTest {
    @TempDir
    Path dir;

    /** One article: its text (only its hash matters) and its people as "Label" or "Label|title". */
    private static ArticleGraph article(String text, String... people) {
        Article a = new Article(text, null, "mem", null, null);
        List<Entity> entities = new ArrayList<>();
        List<RoleTitle> titles = new ArrayList<>();
        for (String p : people) {
            String[] f = p.split("\\|");
            List<String> words = PersonNameKey.words(f[0]);
            String key = words.size() > 1 ? PersonNameKey.of(f[0])
                    : f[0].toLowerCase(java.util.Locale.ROOT) + "-" + a.id().substring(0, 8);
            Entity e = new Entity(key, EntityType.PERSON, f[0], Set.of(f[0]), List.of());
            entities.add(e);
            if (f.length > 1) {
                titles.add(new RoleTitle(e, f[1], new Evidence(0, 0.9, Modality.ASSERTED, "test")));
            }
        }
        return ArticleGraph.build(a, new AnnotatedText(text, List.of()),
                new Extraction(entities, List.of(), List.of(), titles), Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Every owl:sameAs of the store as "local label -> store IRI's local name (rule)". */
    private static List<String> links(GraphStore store) {
        List<String> links = new ArrayList<>();
        store.forEachRow(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?label ?to ?rule WHERE { GRAPH ?g { ?from owl:sameAs ?to ; rdfs:label ?label .
                    ?link ng:localPerson ?from ; ng:storePerson ?to ; ng:linkRule ?rule } } ORDER BY ?label ?to"""),
                r -> links.add(r.getLiteral("label").getString() + " -> "
                        + r.getResource("to").getURI().replaceFirst(".*/person/", "") + " (" + r.getLiteral("rule").getString() + ")"));
        return links;
    }

    private static Set<String> triples(GraphStore store, ArticleGraph a) {
        Set<String> t = new TreeSet<>();
        store.forEachRow(QueryFactory.create("SELECT ?s ?p ?o WHERE { GRAPH <" + a.name().getURI() + "> { ?s ?p ?o } }"),
                r -> t.add(r.get("s") + " " + r.get("p") + " " + r.get("o")));
        return t;
    }

    @Test
    void aTitledSurnameJoinsTheOnePersonWithThatTitleWhicheverCameFirst() {
        ArticleGraph full = article("Donald J. Trump, the president, spoke.", "Donald J. Trump|president", "Melania Trump");
        ArticleGraph lone = article("President Trump spoke again.", "Trump|president");
        try (GraphStore store = GraphStore.embedded(dir.resolve("a"))) {
            store.putArticle(full);
            store.putArticle(lone);
            assertEquals(List.of("Trump -> donald-trump (same-title)"), links(store));
        }
        try (GraphStore store = GraphStore.embedded(dir.resolve("b"))) {
            store.putArticle(lone); // the surname first: linked once the full name arrives
            assertEquals(List.of(), links(store));
            store.putArticle(full);
            assertEquals(List.of("Trump -> donald-trump (same-title)"), links(store));
        }
    }

    @Test
    void deletingAnArticleUndoesTheLinksItAloneCaused() {
        ArticleGraph full = article("Donald Trump, the president, spoke.", "Donald Trump|president");
        ArticleGraph other = article("The president Donald Trump spoke.", "Donald Trump|former president");
        ArticleGraph lone = article("President Trump spoke again.", "Trump|president");
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(lone);
            Set<String> alone = triples(store, lone);
            store.putArticle(full);
            store.putArticle(other);
            assertEquals(List.of("Trump -> donald-trump (same-title)"), links(store));
            store.deleteArticle(full.name().getURI().replaceFirst(".*/", ""));
            assertEquals(List.of("Trump -> donald-trump (same-role)"), links(store), "the other article still gives the role");
            store.deleteArticle(other.name().getURI().replaceFirst(".*/", ""));
            assertEquals(List.of(), links(store));
            assertEquals(alone, triples(store, lone), "the article's graph is as it was before the others came");
        }
    }

    @Test
    void anotherArticleNamingAKnownPersonLeavesTheLinksToThemAsTheyAre() {
        ArticleGraph full = article("Donald Trump, the president, spoke.", "Donald Trump|president");
        ArticleGraph lone = article("President Trump spoke again.", "Trump|president");
        ArticleGraph again = article("The president, Donald Trump, spoke once more.", "Donald Trump|president");
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(full);
            store.putArticle(lone);
            Set<String> linked = triples(store, lone);
            assertTrue(linked.stream().anyMatch(t -> t.contains("wasDerivedFrom") && t.contains(full.name().getURI().replaceFirst(".*/", ""))),
                    "the link cites the article that gives the title: " + linked);
            store.putArticle(again); // nothing new about him: the lone article's graph is not rewritten
            assertEquals(linked, triples(store, lone));
            store.deleteArticle(full.name().getURI().replaceFirst(".*/", ""));
            assertEquals(List.of("Trump -> donald-trump (same-title)"), links(store), "the third article still gives the title");
            assertTrue(triples(store, lone).stream().anyMatch(t -> t.contains("wasDerivedFrom")
                    && t.contains(again.name().getURI().replaceFirst(".*/", ""))), "and is cited now");
        }
    }

    @Test
    void twoKimsNeverMerge() {
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(article("Kim Jong-un, the leader, fired missiles.", "Kim Jong-un|leader"));
            store.putArticle(article("Kim Sung-han, the adviser, spoke.", "Kim Sung-han|national security adviser"));
            store.putArticle(article("Mr. Kim, the adviser, resigned.", "Kim|adviser"));
            store.putArticle(article("Mr. Kim spoke to reporters.", "Kim"));
            store.putArticle(article("President Kim visited Tokyo.", "Kim|president"));
            store.putArticle(article("Ed Miliband, the minister, spoke.", "Ed Miliband|minister"));
            store.putArticle(article("David Miliband, the minister, spoke.", "David Miliband|minister"));
            store.putArticle(article("Minister Miliband resigned.", "Miliband|minister"));
            assertEquals(List.of("Kim -> kim-sung-han (same-role)"), links(store),
                    "a lone Kim without title, or with a title no Kim has, stays alone; two ministers Miliband: no link");
        }
    }

    @Test
    void aSpellingVariantJoinsTheFullNameInTheSameArticle() {
        ArticleGraph a = article("Volodymyr Zelensky met reporters. Zelenskyy said...", "Volodymyr Zelensky", "Zelenskyy",
                "Mohamed El-Hassan Mohamed"); // a name whose first and last words are one
        ArticleGraph both = article("Joe Biden and Hunter Biden. Biden said...", "Joe Biden", "Hunter Biden", "Biden");
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(a);
            store.putArticle(both);
            assertEquals(List.of("Zelenskyy -> volodymyr-zelensky (full-name-in-article)"), links(store));
            GraphValidator validator = GraphValidator.load();
            // (the fixture has no sentences, which the shapes ask of an article: only the link nodes are checked)
            assertTrue(validate(store, validator, a).stream().noneMatch(v -> v.focus().contains("/link/")),
                    "the link records pass the shapes");
        }
    }

    private static List<GraphValidator.Violation> validate(GraphStore store, GraphValidator validator, ArticleGraph a) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.forEachRow(QueryFactory.create("SELECT ?s ?p ?o WHERE { GRAPH <" + a.name().getURI() + "> { ?s ?p ?o } }"),
                r -> g.add(org.apache.jena.graph.Triple.create(r.get("s").asNode(), r.get("p").asNode(), r.get("o").asNode())));
        List<GraphValidator.Violation> v = validator.validate(a.name().getURI().replaceFirst(".*/", ""), g);
        return v;
    }
}
