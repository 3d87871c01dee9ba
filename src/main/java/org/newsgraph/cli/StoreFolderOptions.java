package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Option;

/**
 * The TDB2 folder and {@code --verbose}: the options of commands that need the store on this
 * machine ({@code serve}), and part of {@link StoreOptions} for the others. {@code --loc} is the
 * name Jena's own tools ({@code tdb2.tdbquery --loc DIR}) give the same option.
 */
public final class StoreFolderOptions {
    static final String DEFAULT_STORE = "newsgraph-db";

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR",
            description = "TDB2 store folder (default: $NEWSGRAPH_STORE, else " + DEFAULT_STORE + " in the working folder). --loc is the name Jena's tools give it.")
    Path store;

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
        return GraphStore.embedded(storeFolder());
    }

    /** Opens a store that must exist: a read-only command does not create an empty one from a typo. */
    GraphStore openExisting() {
        Path folder = storeFolder();
        if (!Files.isDirectory(folder)) {
            throw new NewsgraphException(folder + ": no store here (newsgraph ingest --store " + folder
                    + " creates one)");
        }
        return open();
    }
}
