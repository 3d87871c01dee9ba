package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fingerprint;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

/**
 * Stale facts after an upgrade: every graph says what produced it, {@code articles} marks the
 * outdated ones, and {@code reextract --outdated} brings them up to date from the stored text.
 */
class ReextractCommandTest {
    private static final String STORY = "Talks in Geneva\n\nThe foreign minister of Norway, Ola Berg, met envoys "
            + "from Chile in Geneva on Monday.\n\nBerg said Norway would supply grain to Chile.";
    private static final String OTHER = "Port strike\n\nDock workers in Rotterdam stopped work, the union FNV said.";

    @TempDir
    Path dir;

    @Test
    void outdatedGraphsAreShownAndReextractedFromTheStoredText() throws IOException {
        Path db = dir.resolve("db");
        Files.writeString(dir.resolve("geneva.txt"), STORY);
        Files.writeString(dir.resolve("port.txt"), OTHER);
        assertEquals(0, CliRun.run("ingest", "--store", db.toString(), dir.resolve("geneva.txt").toString(),
                dir.resolve("port.txt").toString()).exitCode());

        CliRun fresh = CliRun.run("articles", "--store", db.toString());
        assertTrue(fresh.out().contains(Fingerprint.current().describe()), fresh.toString());
        assertTrue(fresh.out().endsWith("2 articles\n"), "nothing outdated after ingest: " + fresh);

        String geneva;
        long triplesBefore;
        try (GraphStore store = GraphStore.embedded(db)) {
            ArticleInfo a = store.articles().stream().filter(x -> x.source().endsWith("geneva.txt")).findFirst().orElseThrow();
            geneva = a.id();
            triplesBefore = a.triples();
            RDFConnection c = store.connection();
            // as an older version wrote it: other rules for one article; neither text nor producer for the other
            c.update("PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                    + "DELETE { GRAPH ?g { ?x ng:rulesHash ?h } } INSERT { GRAPH ?g { ?x ng:rulesHash \"" + "0".repeat(64) + "\" } } "
                    + "WHERE { GRAPH ?g { ?a ng:contentHash ?c . FILTER(STRSTARTS(?c, \"" + geneva + "\")) ?x ng:rulesHash ?h } }");
            c.update("PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> DELETE { GRAPH ?g { ?a ng:articleText ?t ; prov:wasGeneratedBy ?x . ?x ?p ?o } } "
                    + "WHERE { GRAPH ?g { ?a ng:articleText ?t ; prov:wasGeneratedBy ?x ; dcterms:source ?s . ?x ?p ?o "
                    + "FILTER(STRENDS(?s, \"port.txt\")) } }");
        }

        CliRun stale = CliRun.run("articles", "--store", db.toString());
        assertTrue(stale.out().contains("2 outdated"), stale.toString());
        assertTrue(stale.out().contains("(not recorded)"), stale.toString());
        assertTrue(stale.out().contains("*0.1"), "outdated rows are starred: " + stale);

        CliRun again = CliRun.run("ingest", "--store", db.toString(), dir.resolve("geneva.txt").toString());
        assertTrue(again.out().contains("0 articles") && again.out().contains("1 unchanged"), again.toString());
        assertTrue(again.err().contains("2 stored articles were extracted by another version, rules or models; "
                + "'newsgraph reextract --outdated' updates them"), "ingest says why unchanged is not up to date: " + again);

        CliRun re = CliRun.run("reextract", "--store", db.toString(), "--outdated");
        assertEquals(0, re.exitCode(), re.toString());
        assertTrue(re.out().contains("re-extracted 2 articles, 0 failed"), re.toString());

        CliRun after = CliRun.run("articles", "--store", db.toString());
        assertFalse(after.out().contains("outdated"), after.toString());
        assertTrue(after.out().contains(geneva), "the graph keeps its id: " + after);
        try (GraphStore store = GraphStore.embedded(db)) {
            ArticleInfo a = store.articles().stream().filter(x -> x.id().equals(geneva)).findFirst().orElseThrow();
            assertEquals(triplesBefore, a.triples(), "the same text and rules give the same graph");
            assertEquals(STORY, store.storedArticle(geneva).article().text());
            ArticleInfo port = store.articles().stream().filter(x -> x.source().endsWith("port.txt")).findFirst().orElseThrow();
            assertEquals(OTHER, store.storedArticle(port.id()).article().text(),
                    "a graph without its text gets it back from the sentences at their offsets");
        }
        assertEquals(0, CliRun.run("validate", "--store", db.toString()).exitCode());
        CliRun none = CliRun.run("reextract", "--store", db.toString());
        assertTrue(none.out().startsWith("nothing to re-extract: 2 articles, none outdated"), none.toString());
        CliRun current = CliRun.run("ingest", "--store", db.toString(), dir.resolve("geneva.txt").toString());
        assertTrue(current.err().isEmpty(), "no hint once up to date: " + current);
    }

    @Test
    void namedArticlesAndTheChoiceAreChecked() throws IOException {
        Path db = dir.resolve("db");
        Files.writeString(dir.resolve("port.txt"), OTHER);
        CliRun.run("ingest", "--store", db.toString(), dir.resolve("port.txt").toString());
        CliRun unknown = CliRun.run("reextract", "--store", db.toString(), "ffff");
        assertEquals(1, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("ffff: no such article"), unknown.toString());
        CliRun both = CliRun.run("reextract", "--store", db.toString(), "--all", "--outdated");
        assertEquals(2, both.exitCode(), both.toString());
    }
}
