package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SparqlServer;

/**
 * Warm query latency through {@code newsgraph serve} (a read-only server on the store, HTTP on
 * 127.0.0.1): each ready query in {@code queries/}, whole and its first page ({@code LIMIT 100}),
 * and the lookups an entity page makes, for the store's most-mentioned person (a hub) and a
 * typical one. Each query runs once to warm up, then {@code bench.runs} times; the report gives
 * the median and the 95th percentile (with few runs, about the slowest). Not part of the unit
 * tests; run on demand against a store made by ingest or load:
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=QueryBenchmark -Dbench.store=target/bench/db-2400 -Dbench.runs=10
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.bench.QueryBenchmark DB [RUNS]
 * </pre>
 */
@Tag("benchmark")
public class QueryBenchmark {
    /** This JVM's CPU time (server and client are both in it): a figure that a busy machine does not inflate as much. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws IOException {
        if (args[0].equals("replicate")) {
            replicate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        System.setProperty("bench.store", args[0]);
        if (args.length > 1) {
            System.setProperty("bench.runs", args[1]);
        }
        new QueryBenchmark().warmLatency();
    }

    @Test
    void warmLatency() throws IOException {
        String db = System.getProperty("bench.store");
        Assumptions.assumeTrue(db != null && Files.isDirectory(Path.of(db)), "-Dbench.store=DIR names a store");
        int runs = Integer.getInteger("bench.runs", 10);
        try (GraphStore store = GraphStore.embedded(Path.of(db))) {
            SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, false);
            try {
                String url = server.datasetUrl() + "/sparql";
                System.out.println(report(url, runs));
            } finally {
                server.stop();
            }
        }
    }

    private static String report(String url, int runs) throws IOException {
        StringBuilder r = new StringBuilder("| query | rows | p50 ms | p95 ms | CPU ms p50 |\n|---|---:|---:|---:|---:|\n");
        String hub = one(url, """
                SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?e a ng:Person ; ng:mentionedIn ?a } }
                GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""");
        String typical = one(url, """
                SELECT ?e WHERE { { SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?e a ng:Person ; ng:mentionedIn ?a ; ng:said ?s } }
                GROUP BY ?e } FILTER(?n >= 2 && ?n <= 20) } ORDER BY ?e LIMIT 1""");
        Map<String, String> lookups = new LinkedHashMap<>();
        for (String[] e : new String[][] {{"hub", hub}, {"typical", typical}}) {
            String iri = "<" + e[1] + ">";
            lookups.put("entity-facts (per article graph) " + e[0], readyQuery("entity-facts.rq").replace("<https://w3id.org/newsgraph/id/person/kim-sung-han>", iri));
            lookups.put("entity-statements (per article graph) " + e[0], readyQuery("entity-statements.rq").replace("<https://w3id.org/newsgraph/id/person/kim-sung-han>", iri));
            lookups.put("entity-facts (union default graph) " + e[0], union(lookups.get("entity-facts (per article graph) " + e[0])));
            lookups.put("entity-statements (union default graph) " + e[0],
                    union(lookups.get("entity-statements (per article graph) " + e[0])));
        }
        for (String q : List.of("entity-facts", "entity-statements")) { // what a page of the hub shows first
            lookups.put(q + " (per article graph) hub, first page (LIMIT 100)", withLimit(lookups.get(q + " (per article graph) hub"), 100));
        }
        r.append("\nhub: ").append(hub).append(", typical: ").append(typical).append("\n\n");
        for (Map.Entry<String, String> q : lookups.entrySet()) {
            r.append(time(url, q.getKey(), q.getValue(), Math.max(runs, 20)));
        }
        List<Path> folders = new java.util.ArrayList<>(List.of(Path.of("queries")));
        if (System.getProperty("bench.extra") != null) {
            folders.add(Path.of(System.getProperty("bench.extra"))); // other forms of the queries, to compare
        }
        for (Path folder : folders) {
            r.append(timeFolder(url, folder, runs));
        }
        return r.toString();
    }

    private static String timeFolder(String url, Path folder, int runs) throws IOException {
        StringBuilder r = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path q : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(q);
                if (q.getFileName().toString().startsWith("entity-")) {
                    continue; // above, for two entities
                }
                r.append(time(url, q.getFileName() + " (first page, LIMIT 100)", withLimit(text, 100), runs));
                r.append(time(url, q.getFileName() + " (all rows)", withLimit(text, 0), 2));
            }
        }
        return r.toString();
    }

    /**
     * Writes n article graphs made from the article graphs of an N-Quads export (each article's quads
     * together, as export writes them): the articles as they are, then copies of them under new
     * article ids (a hash of the copy's number and the id), the article-scoped IRIs renamed with
     * them and every store-wide entity IRI kept, so the copies share the hubs of the original.
     */
    static void replicate(Path seed, int n, Path out) throws IOException {
        String g = "<" + NG.GRAPH;
        Map<String, List<String>> graphs = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(seed)) {
            lines.forEach(l -> {
                int i = l.lastIndexOf(g);
                graphs.computeIfAbsent(l.substring(i + g.length(), i + g.length() + 16), k -> new java.util.ArrayList<>()).add(l);
            });
        }
        try (var w = Files.newBufferedWriter(out)) {
            int made = 0;
            for (int copy = 0; made < n; copy++) {
                for (Map.Entry<String, List<String>> e : graphs.entrySet()) {
                    if (made++ >= n) {
                        break;
                    }
                    String id = e.getKey();
                    String to = copy == 0 ? id : sha1(copy + ":" + id).substring(0, 16);
                    for (String l : e.getValue()) {
                        w.write(copy == 0 ? l : l.replace(id, to).replace("-" + id.substring(0, 8), "-" + to.substring(0, 8)));
                        w.newLine();
                    }
                }
            }
        }
    }

    private static String sha1(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query with its LIMIT set to n (0: none). */
    static String withLimit(String text, int n) {
        String bare = text.replaceAll("(?im)^\\s*LIMIT\\s+\\d+\\s*(OFFSET\\s+\\d+)?\\s*$", "");
        return n > 0 ? bare + "\nLIMIT " + n + "\n" : bare;
    }

    private static String readyQuery(String name) throws IOException {
        return Files.readString(Path.of("queries", name));
    }

    /**
     * The same query matched in the union default graph: without its {@code GRAPH ?g {} } lines (the
     * ready per-entity queries open it on a line of its own and close it with a two-space brace).
     */
    static String union(String perGraph) {
        return perGraph.lines().filter(l -> !l.strip().equals("GRAPH ?g {") && !l.equals("  }"))
                .reduce("", (x, y) -> x + y + "\n");
    }

    private static String prefixes() {
        StringBuilder p = new StringBuilder();
        NG.PREFIXES.forEach((k, v) -> p.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return p.toString();
    }

    private static String one(String url, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(prefixes() + query).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            return row.getResource("e").getURI();
        }
    }

    private static String time(String url, String name, String query, int runs) {
        String text = prefixes() + query;
        long rows = run(url, text); // warm-up
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getProcessCpuTime();
            long t0 = System.nanoTime();
            run(url, text);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (CPU.getProcessCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        long p50 = ms[runs / 2];
        long p95 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
        String line = String.format("| %s | %d | %d | %d | %d |%n", name, rows, p50, p95, cpu[runs / 2]);
        System.out.print(line);
        System.out.flush();
        return line;
    }

    private static long run(String url, String text) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(text).build()) {
            ResultSet rs = qe.execSelect();
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

}
