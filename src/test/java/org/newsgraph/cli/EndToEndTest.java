package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job through the real command line: ingest the seeds, query, export, delete. */
class EndToEndTest {
    @TempDir
    static Path dir;
    static String store;

    @BeforeAll
    static void ingestSeeds() {
        store = dir.resolve("db").toString();
        CliRun r = CliRun.run("ingest", "--store", store, "seeds");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("ingested 1 article"), r.out());
    }

    @Test
    void ingestingTheSameFolderAgainChangesNothing() {
        long before = tripleCount();
        CliRun again = CliRun.run("ingest", "--store", store, "seeds");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("1 unchanged"), again.out());
        assertEquals(before, tripleCount());
    }

    private static long tripleCount() {
        CliRun r = CliRun.run("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, r.exitCode(), r.toString());
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void queryAnswersInStandardJson() {
        CliRun r = CliRun.run("query", "--store", store, "--format", "json",
                "SELECT ?name WHERE { ?c a ng:Country ; rdfs:label ?name }");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("\"bindings\""), r.out());
        assertTrue(r.out().contains("\"South Korea\""), r.out());
    }

    @Test
    void askAndConstructWork() {
        CliRun ask = CliRun.run("query", "--store", store, "ASK { ?p a ng:Person }");
        assertEquals("yes", ask.out().strip(), ask.toString());
        CliRun construct = CliRun.run("query", "--store", store,
                "CONSTRUCT { ?c a ng:Country } WHERE { ?c a ng:Country }");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(construct.out(), Lang.TURTLE).parse(g);
        assertTrue(g.size() >= 5, construct.out());
    }

    @Test
    void everyShippedQueryReturnsRowsOnTheSeed() throws IOException {
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            List<Path> files = queries.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(files.size() >= 7, files.toString());
            for (Path q : files) {
                CliRun r = CliRun.run("query", "--store", store, "--format", "csv", q.toString());
                assertEquals(0, r.exitCode(), q + ": " + r);
                assertTrue(r.out().lines().count() >= 2, q + " returned no rows on the seed: " + r.out());
            }
        }
    }

    @Test
    void exportedTurtleAndNQuadsParse() {
        CliRun ttl = CliRun.run("export", "--store", store);
        assertEquals(0, ttl.exitCode(), ttl.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 100);
        org.eclipse.rdf4j.model.Model rdf4j;
        try {
            rdf4j = org.eclipse.rdf4j.rio.Rio.parse(new java.io.StringReader(ttl.out()), "",
                    org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(g.size(), rdf4j.size(), "an independent parser (RDF4J Rio) reads the same triples");
        Path nq = dir.resolve("out.nq");
        CliRun r = CliRun.run("export", "--store", store, "--format", "nquads", "--output", nq.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(nq));
    }

    @Test
    void articlesStatsAndDelete() {
        Path other = dir.resolve("other-db");
        CliRun in = CliRun.run("ingest", "--store", other.toString(), "seeds");
        assertEquals(0, in.exitCode(), in.toString());
        CliRun list = CliRun.run("articles", "--store", other.toString());
        assertTrue(list.out().contains("1 article"), list.out());
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        CliRun stats = CliRun.run("stats", "--store", other.toString());
        assertTrue(stats.out().contains("Person"), stats.out());
        CliRun del = CliRun.run("delete", "--store", other.toString(), id.substring(0, 8));
        assertEquals(0, del.exitCode(), del.toString());
        assertTrue(CliRun.run("articles", "--store", other.toString()).out().contains("0 articles"));
        CliRun missing = CliRun.run("delete", "--store", other.toString(), id);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such article"), missing.err());
    }

    @Test
    void helpExplainsAndBadUsageExitsWithTwo() {
        CliRun help = CliRun.run("ingest", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Example"), help.out());
        CliRun bad = CliRun.run("query", "--store", store, "--format", "yaml", "ASK {}");
        assertEquals(2, bad.exitCode());
        assertFalse(bad.err().isBlank());
    }

    @Test
    void malformedQueryNamesLineAndColumn() {
        CliRun r = CliRun.run("query", "--store", store, "SELECT ?x WHERE {\n  ?x ?y \n}");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("line"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    }
}
