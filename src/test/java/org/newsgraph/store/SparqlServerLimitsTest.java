package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;

/**
 * No request can take {@code serve} away from the others: Fuseki cancels a runaway query at the
 * timeout while another client is answered, results are capped, large request bodies refused.
 * Real Fuseki on 127.0.0.1, a free port.
 */
class SparqlServerLimitsTest {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path dir;

    private static GraphStore storeWith(Path folder, int triples) {
        GraphStore store = GraphStore.embedded(folder);
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o" + i)));
        }
        store.putArticle(new ArticleGraph(ArticleGraph.graphName("00000000000000aa"), ArticleGraph.articleNode("00000000000000aa"), g));
        return store;
    }

    private static HttpRequest query(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build();
    }

    @Test
    void aRunawayQueryIsCancelledWhileAnotherClientIsAnswered() throws Exception {
        try (GraphStore store = storeWith(dir.resolve("db"), 200)) {
            SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, false, new SparqlServer.Limits(2_000, 0, 0));
            try {
                HttpClient http = HttpClient.newHttpClient();
                long started = System.nanoTime();
                CompletableFuture<HttpResponse<String>> runaway = http.sendAsync(query(server.datasetUrl(), RUNAWAY),
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(300); // let it start
                long asked = System.nanoTime();
                HttpResponse<String> simple = http.send(query(server.datasetUrl(), "ASK { <urn:s1> ?p ?o }"),
                        HttpResponse.BodyHandlers.ofString());
                double simpleSeconds = (System.nanoTime() - asked) / 1e9;
                assertEquals(200, simple.statusCode(), simple.body());
                assertTrue(simple.body().contains("true"), simple.body());
                assertTrue(simpleSeconds < 10, "the second client waited " + simpleSeconds + " s");

                HttpResponse<String> cancelled = runaway.get(60, TimeUnit.SECONDS);
                double runawaySeconds = (System.nanoTime() - started) / 1e9;
                // 200^4 rows take hours; the answer comes only once the server stopped counting
                assertTrue(cancelled.statusCode() >= 400 || !cancelled.body().matches("(?s)n\\r\\n\\d+.*"),
                        "cancelled, not answered: " + cancelled.statusCode() + " " + cancelled.body());
                assertTrue(runawaySeconds < 30, "cancelled after " + runawaySeconds + " s with a 2 s timeout");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void resultsAreCappedAndLargeRequestsRefused() throws Exception {
        try (GraphStore store = storeWith(dir.resolve("db"), 50)) {
            SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, true, new SparqlServer.Limits(60_000, 7, 1_000));
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> rows = http.send(query(server.datasetUrl(), "SELECT ?s WHERE { ?s ?p ?o }"),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, rows.statusCode(), rows.body());
                assertEquals(1 + 7, rows.body().lines().count(), "a header and 7 rows: " + rows.body());
                HttpResponse<String> few = http.send(query(server.datasetUrl(), "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(1 + 3, few.body().lines().count(), "a smaller LIMIT stays: " + few.body());

                String big = "<urn:a> <urn:b> \"" + "x".repeat(2_000) + "\" .";
                HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=urn:big"))
                        .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(big)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(413, put.statusCode(), put.body());
                HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=urn:small"))
                        .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(small.statusCode() < 300, "a small write passes: " + small.statusCode());
            } finally {
                server.stop();
            }
        }
    }
}
