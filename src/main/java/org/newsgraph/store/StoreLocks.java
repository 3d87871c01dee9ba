package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsgraphException;

/**
 * Opens and releases TDB2 databases, turning "in use by another process" into a clear message.
 *
 * <p>TDB2 lets one JVM at a time open a database: it writes its process id into {@code tdb.lock}
 * and, in Jena 5.6.0, a second JVM gets {@code DBOpEnvException("Failed to get a lock: file='…':
 * held by process N")}. A lock left by a killed process is taken over (Jena checks the process is
 * gone), so {@code kill -9} needs no manual clean-up.
 */
final class StoreLocks {
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private StoreLocks() {
    }

    static DatasetGraph connect(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NewsgraphException(folder + ": is a file, not a store folder (--store takes a folder)");
        }
        if (holdsOtherFiles(folder)) {
            throw new NewsgraphException(folder + ": not a newsgraph store (the folder holds other files and no"
                    + " TDB2 database); give --store a new or empty folder");
        }
        try {
            return DiskFull.guard(folder, () -> DatabaseMgr.connectDatasetGraph(Location.create(folder.toString())));
        } catch (DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw inUse(folder, e);
            }
            throw new NewsgraphException(folder + ": cannot open store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new NewsgraphException(folder + ": cannot open store: " + e.getMessage(), e);
        }
    }

    /**
     * True for a folder with files but no TDB2 database in it ({@code tdb.lock}, {@code Data-NNNN}):
     * TDB2 would quietly create its files among them, e.g. with {@code --store articles/} by mistake.
     */
    private static boolean holdsOtherFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            return !names.isEmpty() && names.stream().noneMatch(n -> n.equals("tdb.lock") || n.startsWith("Data-"));
        } catch (IOException e) {
            throw new NewsgraphException(folder + ": cannot read store folder: " + e.getMessage(), e);
        }
    }

    /** The message for a store another process holds; names that process when Jena says which it is. */
    static NewsgraphException inUse(Path folder, RuntimeException e) {
        Matcher m = HOLDER.matcher(String.valueOf(e.getMessage()));
        String who = m.find() ? "another process (pid " + m.group(1) + ")" : "another process";
        return new NewsgraphException(folder + ": store is in use by " + who + "; a TDB2 store can be opened by"
                + " one process at a time. Wait for it or stop it; to ingest while `newsgraph serve` runs, start"
                + " serve with --writable and use its address: newsgraph ingest --endpoint"
                + " http://127.0.0.1:3030/newsgraph PATH...", e);
    }

    static void release(Path folder, DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }
}
