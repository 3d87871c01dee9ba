package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QuadFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load}: stores article graphs that were extracted elsewhere. */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Loads article graphs from N-Quads files into the store.",
        description = {
            "Loads the N-Quads (or TriG) that 'newsgraph extract', the Spark job or 'newsgraph export' write, "
                + "one graph per article, into the store. PATH is a file or a folder (read for .nq, .trig, "
                + "their .gz and Spark's part-NNNNN files). Into an empty TDB2 store it uses TDB2's bulk loader, "
                + "then links people across articles as ingest does; a bulk load that fails leaves the store "
                + "incomplete (remove it and load again). Into a store with articles, or a server (--endpoint), "
                + "each new article is written whole and an article already stored stays as it is.",
            "",
            "Example:",
            "  newsgraph extract --output part.nq articles/ && newsgraph load --store my-db part.nq",
            "  newsgraph load --store my-db spark-out/"
        })
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "N-Quads or TriG files, or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = QuadFiles.expand(paths);
        if (files.isEmpty()) {
            throw new NewsgraphException(paths + ": no .nq, .trig or part- files there");
        }
        long started = System.nanoTime();
        GraphStore.LoadTally t;
        String where;
        try (GraphStore store = storeOptions.open()) {
            where = store.describe();
            store.compactWhenDoubled(1000, m -> { // as ingest does, between batches
                err.println(m);
                err.flush();
            });
            t = store.load(files, m -> {
                if (storeOptions.verbose()) {
                    err.println(m);
                    err.flush();
                }
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("loaded %d article%s (%d quads%s), %d already stored, from %d file%s in %.1f s into %s%n",
                t.added(), t.added() == 1 ? "" : "s", t.quads(), t.bulk() ? ", bulk loader" : "", t.present(),
                files.size(), files.size() == 1 ? "" : "s", seconds, where);
        return 0;
    }
}
