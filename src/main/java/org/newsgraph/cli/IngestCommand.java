package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

import org.newsgraph.Ingester;
import org.newsgraph.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.Article;
import org.newsgraph.text.ArticleReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest}: reads articles and writes one named graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Reads articles and stores each as one named graph of entities and facts.",
        description = {
            "Extracts entities and facts from articles and stores each article as one named graph, "
                + "named from a hash of its text: ingesting the same text again changes nothing. PATH is a "
                + "text, Markdown or HTML file, a folder (read recursively) or - for standard input. Bad "
                + "files are reported and skipped; the exit code is 1 if any file failed. Articles are "
                + "extracted on --threads threads; one writer commits each article whole. "
                + "An article that is clearly not English is refused and reported (the extraction reads English "
                + "only); a text of fewer than 100 letters is too short to tell and is ingested.",
            "",
            "Example:",
            "  newsgraph ingest --store my-db seeds/ extra/article.txt",
            "  newsgraph ingest --title 'Talks resume' --date 2024-05-02 --url https://example.org/a page.html"
        })
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ArticleOptions articleOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - for standard input.")
    List<String> paths;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Articles extracted in parallel (default: the number of cores); one writer commits them.")
    int threads;

    /** The largest write of the default growing batches: about 250 articles' graphs held in memory. */
    static final int MAX_BATCH = 256;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "0",
            description = {"Articles per write transaction (default: writes that grow with the store: 1, 2, 4...,",
                "and once batches reach " + MAX_BATCH + " articles, the extracted articles wait in a spool file in the",
                "store's folder until it holds as many articles as the store; 1: each article on its own).",
                "Fewer, larger writes are faster and keep a TDB2 store much smaller on disk; every article",
                "still lands whole, and an interrupted run loses at most the open batch or spool (run it again)."})
    int batch;

    @Option(names = "--compact-after", paramLabel = "N", defaultValue = "1000",
            description = {"Compact the embedded store once at least N articles were added and it takes at least",
                "twice the disk its live data needs (estimated from the last compaction), between batches as",
                "the run goes (default: ${DEFAULT-VALUE}; 0 never). TDB2 grows by every write transaction until",
                "compacted; compacting takes time in proportion to the whole store and needs room for one",
                "more copy of its live data."})
    int compactAfter;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = articleOptions.reader(paths);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Ingester.Tally tally;
        String where;
        long outdated = 0;
        try (GraphStore store = storeOptions.open(); Stream<Path> files = reader.expand(paths)) {
            Pipeline pipeline = Pipeline.load(); // after opening the store: "in use" is reported at once
            where = store.describe();
            Function<Path, Article> readEnglish = articleOptions.read(reader, pipeline);
            Progress progress = new Progress(err, System.console() != null ? countFiles(reader) : -1, storeOptions.verbose());
            if (compactAfter > 0) {
                // between batches, as the run goes: the disk a long run needs stays bounded
                store.compactWhenDoubled(compactAfter, m -> {
                    err.println(m);
                    err.flush();
                });
            }
            Ingester ingester = batch > 0 ? new Ingester(pipeline, store, workers, batch)
                    : new Ingester(pipeline, store, workers, 1, MAX_BATCH);
            tally = ingester.run(files.iterator(), readEnglish, progress);
            progress.clear();
            if (tally.unchanged() > 0) {
                outdated = store.countOutdated(pipeline.producer());
            }
        }
        double seconds = tally.nanos() / 1e9;
        String sources = tally.sources() == 0 ? "" : String.format(", %d more source%s of stored articles",
                tally.sources(), tally.sources() == 1 ? "" : "s");
        out.printf("ingested %d article%s (%d triples, %d words), %d unchanged%s, %d failed in %.1f s (%.1f articles/s) into %s%n",
                tally.added(), tally.added() == 1 ? "" : "s", tally.triples(), tally.words(), tally.unchanged(), sources,
                tally.failed(), seconds, seconds > 0 ? tally.done() / seconds : 0.0, where);
        if (outdated > 0) {
            // "unchanged" means the same text: its facts may still come from older rules or models
            err.printf("%d stored article%s extracted by another version, rules or models; "
                    + "'newsgraph reextract --outdated' updates %s%n", outdated, outdated == 1 ? " was" : "s were",
                    outdated == 1 ? "it" : "them");
        }
        return tally.failed() > 0 ? 1 : 0;
    }

    /** Counts the files for the estimate, by a second lazy walk (nothing is kept). */
    private long countFiles(ArticleReader reader) {
        try (Stream<Path> files = reader.expand(paths)) {
            return files.count();
        }
    }

    /** Reports failures, and progress on a terminal: count, rate and time left, at most twice a second. */
    private static final class Progress implements Ingester.Listener {
        private final PrintWriter err;
        private final long total;
        private final boolean verbose;
        private long lastShown;
        private boolean shown;

        Progress(PrintWriter err, long total, boolean verbose) {
            this.err = err;
            this.total = total;
            this.verbose = verbose;
        }

        @Override
        public void failed(String message, Throwable cause) {
            clear();
            err.println("newsgraph ingest: " + message);
            if (verbose && cause != null) {
                cause.printStackTrace(err);
            }
            err.flush();
        }

        @Override
        public void warned(String message) {
            clear();
            err.println("newsgraph ingest: warning: " + message);
            err.flush();
        }

        @Override
        public void progress(Ingester.Tally t) {
            if (total < 0 || t.nanos() - lastShown < 500_000_000L) {
                return;
            }
            lastShown = t.nanos();
            double rate = t.done() / (t.nanos() / 1e9);
            long left = rate > 0 ? Math.round((total - t.done()) / rate) : 0;
            err.printf("\r%d/%d articles, %.1f/s, %d:%02d left ", t.done(), total, rate, left / 60, left % 60);
            err.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
