package org.newsgraph.cli;

import java.nio.file.Path;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every store command shares: where the graph lives (a TDB2 folder or a server), and how much to say. */
public final class StoreOptions {
    @Mixin
    StoreFolderOptions folder;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 server instead of the TDB2 folder: query at URL/sparql, update at "
                + "URL/update, Graph Store Protocol at URL/data (Fuseki's layout), e.g. "
                + "http://localhost:3030/newsgraph (see 'newsgraph serve --writable').")
    String endpoint;

    boolean verbose() {
        return folder.verbose;
    }

    Path storeFolder() {
        return folder.storeFolder();
    }

    GraphStore open() {
        if (endpoint != null) {
            if (folder.store != null) {
                throw new NewsgraphException("give either --store or --endpoint, not both", null, 2);
            }
            return GraphStore.remote(endpoint);
        }
        return folder.open();
    }

    /** Opens a store that must exist: a read-only command does not create an empty one from a typo. */
    GraphStore openExisting() {
        return endpoint != null ? open() : folder.openExisting();
    }
}
