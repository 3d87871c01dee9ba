package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.ArticleReader;

/**
 * Ingest through the spool (growing writes, small batches so that a handful of articles reach it)
 * stores what one article a write stores, including a copy of a text that is still in the spool.
 */
class IngesterTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        pipeline = Pipeline.load();
    }

    @Test
    void spooledIngestStoresWhatOneArticleAWriteStores() throws IOException {
        List<Path> files = new ArrayList<>();
        String[] places = {"Norway", "Chile", "Kenya", "Peru", "Poland", "Ghana", "Jordan", "Canada", "Brazil"};
        for (int i = 0; i < places.length; i++) {
            Path f = dir.resolve("story-" + i + ".txt");
            Files.writeString(f, "Talks " + i + "\n\nThe foreign minister of " + places[i]
                    + ", Ola Berg, met envoys in Geneva on Monday, officials said.");
            files.add(f);
        }
        // batches of 1, 2, 2...: stories 3 and 4 wait in the spool while 5 and 6 are written with them;
        // 7 and 8 are spooled when the copy of 7 comes, which must see 7 stored and add its source
        Path copy = dir.resolve("copy-of-7.txt");
        Files.copy(files.get(7), copy);
        files.add(copy);

        ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 1_000_000);
        Ingester.Listener quiet = (message, cause) -> fail(message);
        Ingester.Tally spooled;
        Map<String, Set<String>> viaSpool;
        try (GraphStore store = GraphStore.embedded(dir.resolve("spooled"))) {
            spooled = new Ingester(pipeline, store, 1, 1, 2).run(files.iterator(), reader::read, quiet);
            viaSpool = graphs(store);
        }
        Map<String, Set<String>> oneByOne;
        try (GraphStore store = GraphStore.embedded(dir.resolve("one-by-one"))) {
            new Ingester(pipeline, store, 1, 1).run(files.iterator(), reader::read, quiet);
            oneByOne = graphs(store);
        }
        assertEquals(9, spooled.added());
        assertEquals(1, spooled.sources(), "the copy is recorded as one more source of its stored text");
        assertEquals(oneByOne, viaSpool, "the same graphs, whole, whichever way they were written");
        assertFalse(Files.exists(dir.resolve("spooled").resolve("ingest-spool.nq.gz")), "the spool is gone");
    }

    /** Each article graph as its triples, without the ingest and extraction times (which differ between runs). */
    private static Map<String, Set<String>> graphs(GraphStore store) {
        Map<String, Set<String>> graphs = new HashMap<>();
        store.forEachRow(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"), row -> {
            String p = row.get("p").toString();
            if (!p.equals(NG.provGeneratedAtTime.getURI()) && !p.equals(NG.provEndedAtTime.getURI())) {
                graphs.computeIfAbsent(row.get("g").toString(), k -> new TreeSet<>())
                        .add(row.get("s") + " " + p + " " + row.get("o"));
            }
        });
        return graphs;
    }
}
