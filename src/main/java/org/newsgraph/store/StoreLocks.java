package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsgraphException;

/** Opens and releases TDB2 databases, turning "in use by another process" into a clear message. */
final class StoreLocks {
    private StoreLocks() {
    }

    static DatasetGraph connect(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NewsgraphException(folder + ": is a file, not a store folder (--store takes a folder)");
        }
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(folder.toString()));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock") || message.contains("Lock")) {
                throw new NewsgraphException(folder + ": store is in use by another process (" + message
                        + "). Stop it, or ingest through its server: newsgraph serve --writable, then --endpoint.", e);
            }
            throw new NewsgraphException(folder + ": cannot open store: " + message, e);
        }
    }

    static void release(Path folder, DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }
}
