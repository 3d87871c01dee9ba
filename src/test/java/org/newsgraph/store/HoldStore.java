package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run in a child JVM: opens a store, says "ready", and holds it until stdin closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (GraphStore store = GraphStore.embedded(Path.of(args[0]))) {
            store.hasArticle("0");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
