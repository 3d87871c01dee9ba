package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ChildJvm;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

class StoreLocksTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessGetsAClearMessageAndTheStoreStaysIntact() throws Exception {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.embedded(db)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(ArticleGraph.articleNode("a1"), NG.rdfType, NG.Article));
            store.putArticle(new ArticleGraph(ArticleGraph.graphName("a1"), ArticleGraph.articleNode("a1"), g));
        }
        Process holder = ChildJvm.start(dir.resolve("child.log"), HoldStore.class.getName(), db.toString());
        try {
            BufferedReader childOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", childOut.readLine(), () -> log());

            NewsgraphException e = assertThrows(NewsgraphException.class, () -> GraphStore.embedded(db));
            assertEquals(db + ": store is in use by another process (pid " + holder.pid() + "); a TDB2 store can be"
                    + " opened by one process at a time. Wait for it or stop it; to ingest while `newsgraph serve`"
                    + " runs, start serve with --writable and give ingest --endpoint with the server's address.",
                    e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(0, holder.exitValue(), this::log);
        try (GraphStore store = GraphStore.embedded(db)) {
            assertTrue(store.hasArticle("a1"), "the holder's store is readable and unchanged after it exits");
        }
    }

    @Test
    void fileInsteadOfFolderIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GraphStore.embedded(file));
        assertEquals(file + ": is a file, not a store folder (--store takes a folder)", e.getMessage());
        assertFalse(Files.isDirectory(file));
    }

    @Test
    void folderOfOtherFilesIsNotTurnedIntoAStore() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Ministers met.");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GraphStore.embedded(articles));
        assertEquals(articles + ": not a newsgraph store (the folder holds other files and no TDB2 database);"
                + " give --store a new or empty folder", e.getMessage());
        try (var files = Files.list(articles)) {
            assertEquals(1, files.count(), "nothing written into the folder");
        }
        Path empty = Files.createDirectory(dir.resolve("empty"));
        try (GraphStore store = GraphStore.embedded(empty)) {
            assertFalse(store.hasArticle("x"), "an empty folder becomes a store");
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (Exception e) {
            return "(no child log)";
        }
    }
}
