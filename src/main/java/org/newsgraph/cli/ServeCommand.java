package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SparqlServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: a SPARQL endpoint (Apache Jena Fuseki) over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the store over HTTP (SPARQL) with Apache Jena Fuseki.",
        description = {
            "Serves the store over HTTP with Apache Jena Fuseki until Ctrl-C. Dataset /newsgraph: "
                + "SPARQL query at /newsgraph/sparql over the union of all article graphs. With --writable "
                + "also SPARQL Update at /newsgraph/update and the Graph Store Protocol at /newsgraph/data, "
                + "so other newsgraph commands can use it with --endpoint. One log line per request.",
            "",
            "Example:",
            "  newsgraph serve --store my-db --writable",
            "  newsgraph ingest --endpoint http://127.0.0.1:3030/newsgraph seeds/"
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreFolderOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--writable", description = "Accept SPARQL Update and Graph Store Protocol writes.")
    boolean writable;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}; 0: never). A client's timeout parameter may only shorten it.")
    double queryTimeout;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "1000000",
            description = "At most this many result rows per query; a larger LIMIT is lowered to it (default: ${DEFAULT-VALUE}; 0: no cap).")
    long maxResults;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "100000000",
            description = "Refuse a request body larger than this with HTTP 413 (default: ${DEFAULT-VALUE}; 0: no limit).")
    long maxRequestBytes;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch closed = new CountDownLatch(1);
        try (GraphStore store = storeOptions.open()) {
            if (queryTimeout < 0 || maxResults < 0 || maxRequestBytes < 0) {
                throw new ParameterException(spec.commandLine(), "--query-timeout, --max-results and --max-request-bytes cannot be negative");
            }
            SparqlServer server = SparqlServer.start(store, host, port, writable,
                    new SparqlServer.Limits(Math.round(queryTimeout * 1000), maxResults, maxRequestBytes));
            // Ctrl-C: stop the server, then let this thread close the store before the JVM exits.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                awaitQuietly(closed);
                err.println("newsgraph serve: stopped, store closed");
                err.flush();
            }, "newsgraph-serve-stop"));
            err.printf("newsgraph serve: %s %s at %s/sparql (Ctrl-C stops)%n", store.describe(),
                    writable ? "writable" : "read-only", server.datasetUrl());
            err.flush();
            server.join();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
