package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Option;

/** Options every store command shares: where the graph lives, and how much to say. */
public final class StoreOptions {
    static final String DEFAULT_STORE = "newsgraph-db";

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: $NEWSGRAPH_STORE or ./" + DEFAULT_STORE + ").")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"A SPARQL 1.1 server instead of the TDB2 folder: query at URL/sparql, update at",
                "URL/update, Graph Store Protocol at URL/data (Fuseki's layout), e.g.",
                "http://localhost:3030/newsgraph (see 'newsgraph serve --writable')."})
    String endpoint;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and more detail on errors.")
    boolean verbose;

    Path storeFolder() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_STORE);
    }

    GraphStore open() {
        if (endpoint != null) {
            if (store != null) {
                throw new NewsgraphException("give either --store or --endpoint, not both", null, 2);
            }
            return GraphStore.remote(endpoint);
        }
        return GraphStore.embedded(storeFolder());
    }

    /** Opens a store that must exist: a read-only command does not create an empty one from a typo. */
    GraphStore openExisting() {
        Path folder = storeFolder();
        if (endpoint == null && !Files.isDirectory(folder)) {
            throw new NewsgraphException(folder + ": no store here (newsgraph ingest --store " + folder
                    + " creates one)");
        }
        return open();
    }
}
