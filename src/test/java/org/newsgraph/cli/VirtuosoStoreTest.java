package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;

/**
 * The store commands against a real Virtuoso Open Source (Debian's virtuoso-opensource, started on
 * free loopback ports with a database of its own): ingest, query, articles, delete and export give
 * the same graphs as the embedded TDB2 store. Virtuoso answers queries at /sparql, updates at
 * /sparql-auth and the Graph Store Protocol at /sparql-graph-crud-auth, behind digest
 * authentication (its dba user). Skipped when virtuoso-t is not installed, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtuosoStoreTest {
    private static final Path VIRTUOSO = Path.of("/usr/bin/virtuoso-t");

    private Path dir;
    private Process virtuoso;
    private String http;
    private Path passwordFile;

    @BeforeAll
    void startVirtuoso(@TempDir Path tempDir) throws Exception {
        boolean installed = Files.isExecutable(VIRTUOSO);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, "CI needs virtuoso-opensource (.ci/run installs it)");
        }
        Assumptions.assumeTrue(installed, "needs Virtuoso (apt-get install virtuoso-opensource)");
        dir = tempDir;
        Files.createDirectories(dir.resolve("db"));
        int sqlPort = freePort();
        int httpPort = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), """
                [Database]
                DatabaseFile = db/virtuoso.db
                ErrorLogFile = db/virtuoso.log
                LockFile = db/virtuoso.lck
                TransactionFile = db/virtuoso.trx
                xa_persistent_file = db/virtuoso.pxa
                Striping = 0
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = db/virtuoso-temp.db
                TransactionFile = db/virtuoso-temp.trx
                Striping = 0
                [Parameters]
                ServerPort = 127.0.0.1:%d
                DisableUnixSocket = 1
                CaseMode = 2
                DirsAllowed = .
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                ThreadsPerQuery = 1
                [HTTPServer]
                ServerPort = 127.0.0.1:%d
                ServerRoot = .
                ServerThreads = 4
                MaxClientConnections = 4
                Charset = UTF-8
                EnabledGzipContent = 0
                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 120
                """.formatted(sqlPort, httpPort));
        virtuoso = new ProcessBuilder(VIRTUOSO.toString(), "-f", "-c", "virtuoso.ini")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!log().contains("Server online")) {
            if (!virtuoso.isAlive() || System.nanoTime() > deadline) {
                fail("Virtuoso did not start:\n" + log());
            }
            Thread.sleep(200);
        }
        http = "http://127.0.0.1:" + httpPort;
        passwordFile = Files.writeString(dir.resolve("password"), "dba\n"); // a new database's dba password
    }

    @AfterAll
    void stopVirtuoso() throws InterruptedException {
        if (virtuoso != null) {
            virtuoso.destroy();
            if (!virtuoso.waitFor(30, TimeUnit.SECONDS)) {
                virtuoso.destroyForcibly();
            }
        }
    }

    private String[] virtuoso(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--query-url", http + "/sparql", "--update-url", http + "/sparql-auth",
                "--gsp-url", http + "/sparql-graph-crud-auth", "--user", "dba", "--password-file", passwordFile.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void ingestQueryArticlesDeleteExportGiveTheGraphsOfTdb2() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("bridge.txt"), """
                Bridge reopens in Riverton

                The mayor of Riverton, Clara Wendt, reopened the old bridge on Friday.
                Engineers from Stonework Ltd said the repairs took two years.
                """);
        Files.writeString(articles.resolve("ferry.txt"), """
                Ferry strike ends

                Workers at the Northsea Ferry Company ended their strike after talks in Oslo.
                Union leader Piet Jansen said the new contract was fair.
                """);
        String tdb = dir.resolve("tdb").toString();

        CliRun ingest = CliRun.run(virtuoso("ingest", articles.toString()));
        assertEquals(0, ingest.exitCode(), ingest.toString());
        assertTrue(ingest.out().startsWith("ingested 2 articles"), ingest.toString());
        CliRun local = CliRun.run("ingest", "--store", tdb, articles.toString());
        assertEquals(0, local.exitCode(), local.toString());
        // the check that failed with "Not a boolean result" when it was an ASK
        CliRun again = CliRun.run(virtuoso("ingest", articles.toString()));
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().startsWith("ingested 0 articles") && again.out().contains("2 unchanged"), again.toString());

        String names = "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name";
        CliRun query = CliRun.run(virtuoso("query", "--format", "csv", names));
        assertEquals(0, query.exitCode(), query.toString());
        assertTrue(query.out().contains("Piet Jansen"), query.out());
        assertEquals(CliRun.run("query", "--store", tdb, "--format", "csv", names).out(), query.out());

        CliRun listed = CliRun.run(virtuoso("articles"));
        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains("Bridge reopens in Riverton") && listed.out().contains("Ferry strike ends"), listed.out());

        String ferry = CliRun.run("articles", "--store", tdb).out().lines().filter(l -> l.contains("Ferry strike"))
                .findFirst().orElseThrow().split("\\s+")[0];
        CliRun delete = CliRun.run(virtuoso("delete", ferry));
        assertEquals(0, delete.exitCode(), delete.toString());
        assertEquals(0, CliRun.run("delete", "--store", tdb, ferry).exitCode());

        CliRun exported = CliRun.run(virtuoso("export", "--format", "nquads"));
        assertEquals(0, exported.exitCode(), exported.toString());
        Set<String> fromVirtuoso = quads(exported.out());
        assertFalse(fromVirtuoso.isEmpty());
        assertFalse(fromVirtuoso.stream().anyMatch(q -> q.contains(ferry)), "the deleted article is gone");
        assertEquals(quads(CliRun.run("export", "--store", tdb, "--format", "nquads").out()), fromVirtuoso,
                "Virtuoso holds the graphs TDB2 holds");

        Files.writeString(passwordFile, "not-the-password\n");
        CliRun refused = CliRun.run(virtuoso("ingest", articles.resolve("ferry.txt").toString()));
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains(http + "/sparql-graph-crud-auth") && refused.err().contains("HTTP 401"), refused.toString());
        assertFalse(refused.err().contains("cannot extract"), refused.toString());
    }

    /** The quads, without the ingest and extraction times (which differ between the two runs). */
    private static Set<String> quads(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(nquads)).lang(Lang.NQUADS).parse(dsg);
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(NG.provGeneratedAtTime) && !q.getPredicate().equals(NG.provEndedAtTime)) {
                out.add(FmtUtils.stringForQuad(q));
            }
        });
        return out;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("out.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
