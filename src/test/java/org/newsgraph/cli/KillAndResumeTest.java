package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ChildJvm;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * kill -9 in the middle of an ingest (a real child JVM, killed with destroyForcibly) leaves a
 * readable store holding only whole articles; running the same ingest again completes the rest
 * and gives the same graphs as a clean run.
 */
class KillAndResumeTest {
    private static final int ARTICLES = 60;
    private static final List<String> PEOPLE = List.of("Anna Berg", "Tomas Lind", "Maria Costa", "Kofi Mensah",
            "Li Wei", "Omar Haddad");
    private static final List<String> PLACES = List.of("Norway", "Ghana", "Brazil", "Jordan", "Canada");

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeArticlesAndResumes() throws Exception {
        Path in = writeArticles(Files.createDirectory(dir.resolve("articles")));
        Path db = dir.resolve("db");

        Process child = ChildJvm.start(dir.resolve("child.log"), Main.class.getName(),
                "ingest", "--store", db.toString(), in.toString());
        waitForFirstWrite(child, db);
        Cli busy = Cli.run("articles", "--store", db.toString());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        assertEquals(1, busy.code(), busy.toString());
        assertTrue(busy.err().contains(": store is in use by another process (pid " + child.pid() + ")"), busy.toString());

        Map<String, Set<String>> afterKill = graphs(db);
        assertTrue(afterKill.size() < ARTICLES, "killed before the end, else this test proves nothing: "
                + afterKill.size() + " articles\n" + log());

        Path clean = dir.resolve("clean");
        Cli cleanRun = Cli.run("ingest", "--store", clean.toString(), in.toString());
        assertEquals(0, cleanRun.code(), cleanRun.toString());
        Map<String, Set<String>> expected = graphs(clean);
        assertEquals(ARTICLES, expected.size());

        for (Map.Entry<String, Set<String>> g : afterKill.entrySet()) {
            assertEquals(expected.get(g.getKey()), g.getValue(), "article graph " + g.getKey()
                    + " left by the killed ingest is whole (same triples as a clean run)");
        }

        Cli resume = Cli.run("ingest", "--store", db.toString(), in.toString());
        assertEquals(0, resume.code(), resume.toString());
        assertTrue(resume.out().startsWith("ingested " + (ARTICLES - afterKill.size()) + " article"), resume.out());
        assertTrue(resume.out().contains(", " + afterKill.size() + " unchanged, 0 failed"), resume.out());
        assertEquals(expected, graphs(db), "after resuming, the store equals a clean run");
    }

    /** Small distinct articles: a meeting, a number, a statement. */
    private static Path writeArticles(Path folder) throws IOException {
        for (int i = 0; i < ARTICLES; i++) {
            String who = PEOPLE.get(i % PEOPLE.size());
            String other = PEOPLE.get((i + 1) % PEOPLE.size());
            String where = PLACES.get(i % PLACES.size());
            String text = who + " met " + other + " in " + where + " on day " + i + " of the talks.\n"
                    + "They discussed aid for " + (100 + i) + " families.\n"
                    + other + " said the talks would continue next week.\n";
            Files.writeString(folder.resolve(String.format("article-%03d.txt", i)), text);
        }
        return folder;
    }

    /** Waits until the child has started writing articles: TDB2 appends new terms to nodes-data.obj. */
    private void waitForFirstWrite(Process child, Path db) throws Exception {
        Path nodes = db.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child ended before it was killed (exit " + child.exitValue() + ")\n" + log());
            }
            if (Files.exists(nodes) && Files.size(nodes) > 0) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        fail("the child wrote nothing in 180 s\n" + log());
    }

    /** Each article graph as its triples, without the ingest time (which differs between runs). */
    private static Map<String, Set<String>> graphs(Path db) {
        Map<String, Set<String>> graphs = new TreeMap<>();
        try (GraphStore store = GraphStore.embedded(db)) {
            store.forEachRow(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    (QuerySolution row) -> {
                        String p = row.get("p").toString();
                        if (!p.equals(NG.provGeneratedAtTime.getURI())) {
                            graphs.computeIfAbsent(row.get("g").toString(), k -> new HashSet<>())
                                    .add(row.get("s") + " " + p + " " + row.get("o"));
                        }
                    });
        }
        for (Map.Entry<String, Set<String>> g : graphs.entrySet()) {
            String article = NG.ID + "article/" + g.getKey().substring(NG.GRAPH.length());
            assertTrue(g.getValue().contains(article + " " + NG.rdfType.getURI() + " " + NG.Article.getURI()),
                    g.getKey() + " holds its ng:Article node");
        }
        return graphs;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return "(no child log)";
        }
    }
}
