package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SparqlServer;

/** The store commands with --endpoint against real Fuseki servers on 127.0.0.1 (random ports). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointCommandsTest {
    private Path dir;

    private GraphStore writableStore;
    private SparqlServer writable;
    private GraphStore readOnlyStore;
    private SparqlServer readOnly;
    private Path first;
    private Path second;

    @BeforeAll
    void startServers(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        writableStore = GraphStore.embedded(dir.resolve("writable-db"));
        writable = SparqlServer.start(writableStore, "127.0.0.1", 0, true);
        readOnlyStore = GraphStore.embedded(dir.resolve("read-only-db"));
        readOnly = SparqlServer.start(readOnlyStore, "127.0.0.1", 0, false);
        first = Files.writeString(dir.resolve("bridge.txt"), """
                Bridge reopens in Riverton

                The mayor of Riverton, Clara Wendt, reopened the old bridge on Friday.
                Engineers from Stonework Ltd said the repairs took two years.
                """);
        second = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry strike ends

                Workers at the Northsea Ferry Company ended their strike after talks in Oslo.
                Union leader Piet Jansen said the new contract was fair.
                """);
    }

    @AfterAll
    void stopServers() {
        if (writable != null) {
            writable.stop();
            writableStore.close();
        }
        if (readOnly != null) {
            readOnly.stop();
            readOnlyStore.close();
        }
    }

    @Test
    void theSameTextFromASecondSourceIsAddedToItsGraphThroughTheEndpoint() throws IOException {
        String url = writable.datasetUrl();
        String text = "Dam inspection ordered\n\nThe water board of Eastfield ordered an inspection of the Kessel dam on Monday.\n";
        Path one = Files.writeString(dir.resolve("dam-1.txt"), text);
        Path two = Files.writeString(dir.resolve("dam-2.txt"), text);

        CliRun first = CliRun.run("ingest", "--endpoint", url, one.toString());
        CliRun second = CliRun.run("ingest", "--endpoint", url, two.toString());

        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(second.out().contains("0 unchanged, 1 more source of stored articles, 0 failed"), second.toString());
        CliRun sources = CliRun.run("query", "--endpoint", url, "--format", "csv", """
                SELECT ?source WHERE { ?a dcterms:title "Dam inspection ordered" ; ng:publication/dcterms:source ?source }
                ORDER BY ?source""");
        assertEquals("source\r\n" + one + "\r\n" + two + "\r\n", sources.out(), sources.toString());
        CliRun delete = CliRun.run("delete", "--endpoint", url, one.toString());
        assertEquals(0, delete.exitCode(), delete.toString());
    }

    @Test
    void ingestQueryArticlesExportAndDeleteThroughTheEndpoint() {
        String url = writable.datasetUrl();
        CliRun ingest = CliRun.run("ingest", "--endpoint", url, "--threads", "2", first.toString(), second.toString());
        assertEquals(0, ingest.exitCode(), ingest.toString());
        assertTrue(ingest.out().startsWith("ingested 2 articles"), ingest.toString());
        assertTrue(ingest.out().contains("into " + url), ingest.toString());

        // the default graph the server queries is the union: no GRAPH clause needed
        CliRun count = CliRun.run("query", "--endpoint", url, "--format", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article }");
        assertEquals(0, count.exitCode(), count.toString());
        assertEquals("n\r\n2\r\n", count.out());
        CliRun titles = CliRun.run("query", "--endpoint", url, "--format", "tsv",
                "SELECT ?t WHERE { ?a a ng:Article ; dcterms:title ?t } ORDER BY ?t");
        assertEquals("?t\n\"Bridge reopens in Riverton\"\n\"Ferry strike ends\"\n", titles.out(), titles.toString());

        List<ArticleInfo> stored = writableStore.articles();
        assertEquals(2, stored.size(), "the articles landed in the server's TDB2 store");
        CliRun articles = CliRun.run("articles", "--endpoint", url);
        assertEquals(0, articles.exitCode(), articles.toString());
        assertTrue(articles.out().contains("Bridge reopens in Riverton") && articles.out().endsWith("2 articles\n"),
                articles.toString());

        CliRun export = CliRun.run("export", "--endpoint", url, "--format", "nquads");
        assertEquals(0, export.exitCode(), export.toString());
        DatasetGraph exported = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(export.out(), Lang.NQUADS).parse(exported);
        long exportedGraphs = org.apache.jena.atlas.iterator.Iter.count(exported.listGraphNodes());
        assertEquals(2, exportedGraphs, "one named graph per article");
        assertEquals(stored.get(0).triples() + stored.get(1).triples(), exported.stream().count(),
                "export carries every quad of the store");

        CliRun again = CliRun.run("ingest", "--endpoint", url, first.toString());
        assertTrue(again.out().startsWith("ingested 0 articles") && again.out().contains("1 unchanged"), again.toString());

        String id = stored.stream().filter(a -> a.title().startsWith("Ferry")).findFirst().orElseThrow().id();
        CliRun delete = CliRun.run("delete", "--endpoint", url, id);
        assertEquals(0, delete.exitCode(), delete.toString());
        assertTrue(delete.out().startsWith("deleted " + id), delete.toString());
        List<ArticleInfo> left = writableStore.articles();
        assertEquals(1, left.size());
        assertEquals("Bridge reopens in Riverton", left.get(0).title());
    }

    @Test
    void readOnlyServerAnswersQueriesAndRefusesWrites() throws Exception {
        String url = readOnly.datasetUrl();
        CliRun ingest = CliRun.run("ingest", "--endpoint", url, first.toString());
        assertEquals(1, ingest.exitCode(), ingest.toString());
        assertTrue(ingest.err().contains(url + "/data") && ingest.err().contains("--writable"), ingest.toString());
        assertEquals(0, readOnlyStore.articles().size(), "nothing was written");

        CliRun query = CliRun.run("query", "--endpoint", url, "ASK { ?s ?p ?o }");
        assertEquals(0, query.exitCode(), query.toString());
        assertEquals("no\n", query.out());

        HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "SPARQL Update must be refused, got HTTP " + update.statusCode());
        assertEquals(0, readOnlyStore.articles().size());
        boolean anyQuad = readOnlyStore.query(org.apache.jena.query.QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }"), 0,
                qe -> qe.execAsk());
        assertTrue(!anyQuad, "the store is still empty");
    }

    @Test
    void unreachableEndpointIsReportedWithItsUrl() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/newsgraph";
        CliRun articles = CliRun.run("articles", "--endpoint", url);
        assertEquals(1, articles.exitCode(), articles.toString());
        assertTrue(articles.err().contains(url + "/sparql: cannot reach the SPARQL server"), articles.toString());
    }

    @Test
    void serviceOptionsAndCredentialsAreCheckedBeforeAnyRequest() throws IOException {
        CliRun alone = CliRun.run("articles", "--query-url", writable.datasetUrl() + "/sparql");
        assertEquals(2, alone.exitCode(), alone.toString());
        assertTrue(alone.err().contains("give all three of --query-url, --update-url and --gsp-url"), alone.toString());
        CliRun local = CliRun.run("articles", "--store", dir.resolve("x").toString(), "--user", "dba");
        assertEquals(2, local.exitCode(), local.toString());
        assertTrue(local.err().contains("--user and --password-file are for a server"), local.toString());
        CliRun inUrl = CliRun.run("articles", "--endpoint", "http://dba:secret@127.0.0.1:1/newsgraph");
        assertEquals(2, inUrl.exitCode(), inUrl.toString());
        assertTrue(inUrl.err().contains("not in the URL") && !inUrl.err().contains("secret"), inUrl.toString());
        CliRun noFile = CliRun.run("articles", "--endpoint", writable.datasetUrl(), "--user", "dba",
                "--password-file", dir.resolve("missing").toString());
        assertEquals(2, noFile.exitCode(), noFile.toString());
        assertTrue(noFile.err().contains("missing: cannot read the password file"), noFile.toString());
        // the query service given apart: the same answers as through --endpoint
        Path password = Files.writeString(dir.resolve("password"), "unused\n");
        CliRun apart = CliRun.run("articles", "--query-url", writable.datasetUrl() + "/sparql", "--update-url",
                writable.datasetUrl() + "/update", "--gsp-url", writable.datasetUrl() + "/data", "--user", "anyone",
                "--password-file", password.toString());
        assertEquals(0, apart.exitCode(), apart.toString());
        assertEquals(CliRun.run("articles", "--endpoint", writable.datasetUrl()).out(), apart.out());
    }

    @Test
    void storeAndEndpointTogetherIsAUsageError() {
        CliRun both = CliRun.run("articles", "--store", dir.resolve("x").toString(), "--endpoint", writable.datasetUrl());
        assertEquals(2, both.exitCode(), both.toString());
        assertTrue(both.err().contains("either --store or --endpoint"), both.toString());
    }
}
