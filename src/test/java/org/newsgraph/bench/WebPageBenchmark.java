package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SparqlServer;
import org.newsgraph.web.WebApp;

/**
 * Page times of the browser view on a large store, with a warm server: the entity with the number
 * of facts nearest {@code bench.facts} (default 1,000), a search and that entity's graph data.
 * Needs a store made by {@link IngestBenchmark} (e.g. 2,400 articles); opt-in:
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=IngestBenchmark -Dbench.sizes=2400
 * mvn -B -Pbench test -Dtest=WebPageBenchmark -Dbench.store=target/bench/db-2400-batch1
 * </pre>
 */
@Tag("benchmark")
public class WebPageBenchmark {
    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.setProperty("bench.store", args[0]);
        }
        new WebPageBenchmark().pageTimes();
    }

    @Test
    void pageTimes() throws Exception {
        Path db = Path.of(System.getProperty("bench.store", "target/bench/db-2400-batch1"));
        Assumptions.assumeTrue(Files.isDirectory(db), "needs a benchmark store at " + db);
        int wanted = Integer.getInteger("bench.facts", 1000);
        try (GraphStore store = GraphStore.embedded(db)) {
            int articles = store.articles().size();
            int topUp = Integer.getInteger("bench.topUpTo", 0);
            if (articles < topUp) {
                topUp(store, topUp);
                articles = store.articles().size();
            }
            Query busiest = QueryFactory.create("PREFIX rdf: <" + NG.RDF_NS + "> SELECT ?e (COUNT(?st) AS ?n) WHERE { GRAPH ?g {"
                    + " { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } FILTER(STRSTARTS(STR(?e), \"" + NG.ID + "\")"
                    + " && !CONTAINS(STR(?e), \"/article/\")) } } GROUP BY ?e ORDER BY DESC(?n) LIMIT 200");
            List<QuerySolution> rows = store.query(busiest, 0, qe -> {
                List<QuerySolution> list = new ArrayList<>();
                qe.execSelect().forEachRemaining(list::add);
                return list;
            });
            QuerySolution pick = rows.get(0);
            for (QuerySolution r : rows) {
                if (Math.abs(r.getLiteral("n").getInt() - wanted) < Math.abs(pick.getLiteral("n").getInt() - wanted)) {
                    pick = r;
                }
            }
            String id = pick.getResource("e").getURI().substring(NG.ID.length());
            int facts = pick.getLiteral("n").getInt();
            System.out.println("busiest: " + rows.subList(0, Math.min(5, rows.size())));
            SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, false, SparqlServer.Limits.DEFAULT,
                    Map.of("/*", new WebApp(store, false)));
            try {
                String base = server.rootUrl();
                HttpClient http = HttpClient.newHttpClient();
                StringBuilder report = new StringBuilder(String.format(
                        "Browser view on %d articles, warm server (%d requests first), %d timed runs each:%n%n"
                        + "| page | HTML KB | p50 ms | p95 ms | max ms | CPU ms per request |%n|---|---:|---:|---:|---:|---:|%n",
                        articles, WARM_UP, RUNS));
                long first = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=ki")).build(), HttpResponse.BodyHandlers.ofString());
                report.insert(0, String.format("First search (waits for the name index read at start): %.0f ms%n%n", (System.nanoTime() - first) / 1e6));
                double[] entity = time(http, base + "/entity?id=" + enc(id), report, "entity page, " + id + " (" + facts + " facts)");
                time(http, base + "/?q=kim", report, "search page, q=kim");
                time(http, base + "/api/search?q=sou", report, "type-ahead, q=sou");
                time(http, base + "/api/graph?id=" + enc(id), report, "graph data, " + id);
                System.out.println(report);
                Files.createDirectories(Path.of("target", "bench"));
                Files.writeString(Path.of("target", "bench", "web-pages.md"), report);
                assertTrue(entity[0] < 500, "entity page p50 " + entity[0] + " ms");
            } finally {
                server.stop();
            }
        }
    }

    /**
     * Tops a store up to n articles by copying its articles under new ids (graph, article,
     * sentence and fact nodes renamed; entities shared), for when ingesting n real ones takes longer
     * than there is time for: the store then has the size and shape of n articles, with the facts
     * of each entity repeated.
     */
    static void topUp(GraphStore store, int n) throws Exception {
        List<org.newsgraph.store.ArticleInfo> originals = store.articles();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        List<org.newsgraph.rdf.ArticleGraph> batch = new ArrayList<>();
        int have = originals.size();
        for (int k = 0; have < n; k++) {
            org.newsgraph.store.ArticleInfo from = originals.get(k % originals.size());
            String id = java.util.HexFormat.of().formatHex(sha.digest((from.id() + "/copy/" + k).getBytes(StandardCharsets.UTF_8)), 0, 8);
            String oldArticle = NG.ID + "article/" + from.id();
            String newArticle = NG.ID + "article/" + id;
            String copyNote = " (copy " + k + ")";
            Query q = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + NG.GRAPH + from.id() + "> { ?s ?p ?o } }");
            org.apache.jena.graph.Graph source = store.query(q, 0, qe -> qe.execConstruct().getGraph());
            org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            source.find().forEachRemaining(t -> copy.add(org.apache.jena.graph.Triple.create(
                    rename(t.getSubject(), oldArticle, newArticle), t.getPredicate(),
                    t.getPredicate().equals(NG.contentHash) ? org.apache.jena.graph.NodeFactory.createLiteralString(id)
                            : t.getPredicate().equals(NG.dctSource)
                                    ? org.apache.jena.graph.NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm() + copyNote)
                                    : rename(t.getObject(), oldArticle, newArticle))));
            batch.add(new org.newsgraph.rdf.ArticleGraph(org.newsgraph.rdf.ArticleGraph.graphName(id),
                    org.apache.jena.graph.NodeFactory.createURI(newArticle), copy));
            have++;
            if (batch.size() == 100 || have == n) {
                store.putArticles(batch);
                batch.clear();
                System.out.println("topped up to " + have + " articles");
            }
        }
    }

    private static org.apache.jena.graph.Node rename(org.apache.jena.graph.Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? org.apache.jena.graph.NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    /** CPU time of this process (server and client), which a busy machine does not inflate as it does wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** p50, p95, max in ms; a table row appended to the report. */
    private static double[] time(HttpClient http, String url, StringBuilder report, String what) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url);
            size = r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        double[] ms = new double[RUNS];
        long cpu0 = cpuNanos();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, r.statusCode(), url);
        }
        double cpu = (cpuNanos() - cpu0) / 1e6 / RUNS;
        Arrays.sort(ms);
        double p50 = ms[RUNS / 2];
        double p95 = ms[(int) Math.ceil(RUNS * 0.95) - 1];
        String row = String.format("| %s | %.0f | %.0f | %.0f | %.0f | %.0f |%n", what, size / 1024.0, p50, p95, ms[RUNS - 1], cpu);
        System.out.print(row);
        report.append(row);
        return new double[] {p50, p95};
    }
}
