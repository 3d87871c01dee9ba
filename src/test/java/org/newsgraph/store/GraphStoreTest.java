package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extraction;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.Article;

class GraphStoreTest {
    @TempDir
    Path dir;

    private static ArticleGraph article(String text) {
        Article a = new Article(text, null, "mem", null, null);
        return ArticleGraph.build(a, new AnnotatedText(text, List.of()), new Extraction(List.of(), List.of(), List.of(), List.of()),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void articlesAreNamedGraphsQueriedAsOneUnion() {
        ArticleGraph a = article("First article.");
        ArticleGraph b = article("Second article.");
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(a);
            store.putArticle(b);
            assertTrue(store.hasArticle(new Article("First article.", null, "x", null, null).id()));
            List<String> titles = new ArrayList<>();
            store.forEachRow(QueryFactory.create(
                    "SELECT ?t WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> ; <http://purl.org/dc/terms/title> ?t } ORDER BY ?t"),
                    row -> titles.add(row.getLiteral("t").getString()));
            assertEquals(List.of("First article.", "Second article."), titles, "no GRAPH clause needed");
            assertEquals(2, store.articles().size());
        }
    }

    @Test
    void theSpoolWritesWhenItHoldsAsManyArticlesAsTheStoreAndLosesNothing() throws Exception {
        Path db = dir.resolve("db");
        List<ArticleGraph> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(article("Article number " + i + " about the talks."));
        }
        try (GraphStore store = GraphStore.embedded(db)) {
            store.putArticles(all.subList(0, 4));
            ArticleSpool spool = store.spool().orElseThrow();
            spool.add(all.subList(4, 6)); // 2 < 4 stored: spooled, not in the store yet
            assertEquals(2, spool.size());
            assertTrue(spool.holds(all.get(4).name().getURI().substring(org.newsgraph.rdf.NG.GRAPH.length())));
            assertTrue(java.nio.file.Files.size(db.resolve(ArticleSpool.NAME)) > 0, "on disk, not in memory");
            assertEquals(4, store.articles().size());
            spool.add(all.subList(6, 8)); // 2 + 2 >= 4: the spool and these in one write
            assertEquals(0, spool.size());
            assertFalse(java.nio.file.Files.exists(db.resolve(ArticleSpool.NAME)));
            assertEquals(8, store.articles().size());
            spool.add(all.subList(8, 10)); // 2 < 8: spooled
            spool.close(); // an interrupted run: what was spooled is not stored, and the file is gone
            assertEquals(8, store.articles().size());
            assertFalse(java.nio.file.Files.exists(db.resolve(ArticleSpool.NAME)));
            ArticleSpool again = store.spool().orElseThrow();
            again.add(all.subList(8, 12));
            again.flush();
            assertEquals(12, store.articles().size());
            for (ArticleGraph a : all) {
                Graph stored = GraphFactory.createGraphMem();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.exportArticle(a.name().getURI().substring(org.newsgraph.rdf.NG.GRAPH.length()), out, Lang.NTRIPLES);
                RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES).parse(stored);
                assertTrue(stored.isIsomorphicWith(a.graph()), "article graph written whole through the spool");
            }
        }
    }

    @Test
    void puttingAnArticleAgainReplacesItsGraphOnly() {
        ArticleGraph a = article("Same text.");
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(a);
            store.putArticle(article("Other text."));
            long before = store.articles().stream().mapToLong(ArticleInfo::triples).sum();
            store.putArticle(a);
            assertEquals(before, store.articles().stream().mapToLong(ArticleInfo::triples).sum());
        }
    }

    @Test
    void deleteRemovesOneArticleAndSurvivesReopening() {
        ArticleGraph a = article("To delete.");
        ArticleGraph b = article("To keep.");
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.embedded(db)) {
            store.putArticle(a);
            store.putArticle(b);
            String id = a.name().getURI().substring(a.name().getURI().lastIndexOf('/') + 1);
            assertTrue(store.deleteArticle(id));
            assertFalse(store.deleteArticle(id), "already gone");
        }
        try (GraphStore store = GraphStore.embedded(db)) {
            assertEquals(1, store.articles().size());
            assertEquals("To keep.", store.articles().get(0).title());
        }
    }

    @Test
    void exportKeepsGraphsInNQuadsAndMergesThemInTurtle() {
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(article("One."));
            store.putArticle(article("Two."));
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            store.export(nq, Lang.NQUADS);
            DatasetGraph ds = DatasetGraphFactory.create();
            RDFParser.fromString(nq.toString(), Lang.NQUADS).parse(ds);
            assertEquals(2, ds.size(), "two named graphs");

            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            store.export(ttl, Lang.TURTLE);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
            long quads = org.apache.jena.atlas.iterator.Iter.count(ds.find());
            assertEquals(quads, g.size(), "the union of both graphs");
        }
    }

    @Test
    void compactionWaitsForTheStoreToBeTwiceItsLiveData() {
        long mb = 1 << 20;
        // before any compaction: the size at opening stands for the live data (an empty store: 0)
        assertTrue(GraphStore.worthCompacting(10 * mb, 0, 0, 1000));
        assertFalse(GraphStore.worthCompacting(15 * mb, 8 * mb, 0, 1000));
        // 500 MB for 1,000 articles at the last compaction, 1,000 more written: about 1,000 MB live
        assertFalse(GraphStore.worthCompacting(1300 * mb, 500 * mb, 1000, 1000), "growth by new articles is no reason");
        assertTrue(GraphStore.worthCompacting(2000 * mb, 500 * mb, 1000, 1000), "growth by copied blocks is");
        assertTrue(GraphStore.worthCompacting(1100 * mb, 500 * mb, 1000, 10), "10 articles in many small writes");
        assertFalse(GraphStore.worthCompacting(-1, 0, 0, 1000), "unknown size: never");
    }
}
