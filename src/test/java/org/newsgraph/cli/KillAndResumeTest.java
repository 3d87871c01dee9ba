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
import java.util.concurrent.ThreadLocalRandom;
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
    private static final int ARTICLES = 30;
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
        CliRun busy = CliRun.run("articles", "--store", db.toString());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        assertEquals(1, busy.exitCode(), busy.toString());
        assertTrue(busy.err().contains(": store is in use by another process (pid " + child.pid() + ")"), busy.toString());

        Map<String, Set<String>> afterKill = graphs(db);
        System.out.println("killed with " + afterKill.size() + " of " + ARTICLES + " articles in the store");
        assertTrue(afterKill.size() < ARTICLES, "killed before the end, else this test proves nothing: "
                + afterKill.size() + " articles\n" + log());

        Path clean = dir.resolve("clean");
        CliRun cleanRun = CliRun.run("ingest", "--store", clean.toString(), in.toString());
        assertEquals(0, cleanRun.exitCode(), cleanRun.toString());
        Map<String, Set<String>> expected = graphs(clean);
        assertEquals(ARTICLES, expected.size());

        for (Map.Entry<String, Set<String>> g : afterKill.entrySet()) {
            assertEquals(expected.get(g.getKey()), g.getValue(), "article graph " + g.getKey()
                    + " left by the killed ingest is whole (same triples as a clean run)");
        }

        CliRun resume = CliRun.run("ingest", "--store", db.toString(), in.toString());
        assertEquals(0, resume.exitCode(), resume.toString());
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
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 8; s++) { // long enough that TDB2 flushes new terms after the first few articles
                text.append(who).append(" met ").append(other).append(" in ").append(where).append(" on day ")
                        .append(i * 10 + s).append(" of the talks about aid for ").append(100 + i * 10 + s)
                        .append(" families in the north of the country.\n");
            }
            text.append(other).append(" said the talks would continue next week.\n");
            Files.writeString(folder.resolve(String.format("article-%03d.txt", i)), text.toString());
        }
        return folder;
    }

    /** Waits until the child has started writing its first article: TDB2 appends new terms to nodes-data.obj. */
    private void waitForFirstWrite(Process child, Path db) throws Exception {
        Path nodes = db.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child ended before it was killed (exit " + child.exitValue() + ")\n" + log());
            }
            if (Files.exists(nodes) && Files.size(nodes) > 0) {
                // at once: most likely inside the first article's transaction; a little later: after some commits
                Thread.sleep(ThreadLocalRandom.current().nextInt(150));
                return;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        fail("the child wrote nothing in 180 s\n" + log());
    }

    /** Each article graph as its triples, without the ingest and extraction times (which differ between runs). */
    private static Map<String, Set<String>> graphs(Path db) {
        Map<String, Set<String>> graphs = new TreeMap<>();
        try (GraphStore store = GraphStore.embedded(db)) {
            store.forEachRow(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    (QuerySolution row) -> {
                        String p = row.get("p").toString();
                        if (!p.equals(NG.provGeneratedAtTime.getURI()) && !p.equals(NG.provEndedAtTime.getURI())) {
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
