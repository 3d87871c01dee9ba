package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.ArticleQuads;
import org.newsgraph.NewsgraphException;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.Article;
import org.newsgraph.text.ArticleReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph extract}: the quads ingest would store, written out, with no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Writes the quads ingest would store for articles, one named graph per article, with no store.",
        description = {
            "Reads articles as ingest does (PATH is a text, Markdown or HTML file, a folder read recursively, "
                + "or - for standard input) and writes to standard output, or --output, the quads ingest would store "
                + "for them: one named graph per article, in the order of the files. The same text from a second "
                + "file adds only its publication to the article's graph. Only the owl:sameAs links the embedded "
                + "store makes between articles are missing (they depend on the other articles stored). Bad files "
                + "are reported on standard error and skipped; the exit code is 1 if any failed. Load the output "
                + "with 'newsgraph load' or any store's bulk loader.",
            "",
            "Example:",
            "  newsgraph extract seeds/ > seeds.nq",
            "  find articles -name '*.html' -print0 | xargs -0 newsgraph extract > all.nq"
        })
public final class ExtractCommand implements Callable<Integer> {
    /** Output syntaxes: both keep one named graph per article and stream. */
    public enum Format {
        nquads(RDFFormat.NQUADS, "nq"), trig(RDFFormat.TRIG_BLOCKS, "trig");

        final RDFFormat rdf;
        private final String extension;

        Format(RDFFormat rdf, String extension) {
            this.rdf = rdf;
            this.extension = extension;
        }

        static Format ofFileName(String name) {
            for (Format f : values()) {
                if (name.toLowerCase(Locale.ROOT).endsWith("." + f.extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions articleOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - for standard input.")
    List<String> paths;

    @Option(names = {"-f", "--format"},
            description = "Syntax: ${COMPLETION-CANDIDATES} (default: from the --output extension .nq or .trig, else nquads).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (under a temporary name until complete) instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Articles extracted in parallel (default: the number of cores); the output keeps the files' order.")
    int threads;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and more detail on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Format chosen = format != null ? format : output == null ? Format.nquads : Format.ofFileName(output.getFileName().toString());
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), output + ": cannot tell the format from the extension (.nq or .trig); give --format");
        }
        ArticleReader reader = articleOptions.reader(paths);
        PrintWriter err = spec.commandLine().getErr();
        Tally tally;
        try (Stream<Path> files = reader.expand(paths)) {
            Pipeline pipeline = Pipeline.load();
            Function<Path, Article> read = articleOptions.read(reader, pipeline);
            int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            if (output == null) {
                WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut());
                tally = run(pipeline, files.iterator(), read, os, chosen, workers, err);
                os.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    tally = run(pipeline, files.iterator(), read, os, chosen, workers, err);
                } catch (IOException e) {
                    throw new NewsgraphException(output + ": cannot write: " + e.getMessage(), e);
                }
                try {
                    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new NewsgraphException(output + ": cannot write: " + e.getMessage(), e);
                }
            }
        }
        double seconds = tally.nanos / 1e9;
        err.printf(Locale.ROOT, "extracted %d article%s (%d quads), %d more source%s, %d failed in %.1f s (%.1f articles/s)%s%n",
                tally.articles, tally.articles == 1 ? "" : "s", tally.quads, tally.sources, tally.sources == 1 ? "" : "s",
                tally.failed, seconds, seconds > 0 ? (tally.articles + tally.sources) / seconds : 0.0,
                output == null ? "" : " to " + output + " (" + chosen + ")");
        err.flush();
        return tally.failed > 0 ? 1 : 0;
    }

    /** What a worker made of one file: the article and its graph, or an error message. */
    private record Outcome(Article article, ArticleGraph graph, String error, Throwable cause) {
    }

    private static final class Tally {
        int articles;
        int sources;
        int failed;
        long quads;
        long nanos;
    }

    /**
     * Extracts on {@code workers} threads and writes each article's graph in the order of the
     * files; at most {@code 2 × workers} articles are held at a time.
     */
    private Tally run(Pipeline pipeline, Iterator<Path> files, Function<Path, Article> read, OutputStream os,
            Format f, int workers, PrintWriter err) {
        long started = System.nanoTime();
        Tally tally = new Tally();
        ArticleQuads quads = new ArticleQuads(pipeline);
        StreamRDF out = StreamRDFWriter.getWriterStream(os, f.rdf);
        out.start();
        org.newsgraph.rdf.NG.PREFIXES.forEach(out::prefix); // TriG's; N-Quads has none
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(err, System.console() != null);
        try {
            ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
            while (files.hasNext() || !inFlight.isEmpty()) {
                if (files.hasNext() && inFlight.size() < 2 * workers) {
                    Path file = files.next();
                    inFlight.add(pool.submit(() -> extract(pipeline, file, read)));
                    continue;
                }
                Outcome o = take(inFlight.poll());
                if (o.error != null) {
                    progress.clear();
                    err.println("newsgraph extract: " + o.error);
                    if (verbose && o.cause != null) {
                        o.cause.printStackTrace(err);
                    }
                    err.flush();
                    tally.failed++;
                } else {
                    o.article.warnings().forEach(w -> {
                        progress.clear();
                        err.println("newsgraph extract: warning: " + w);
                    });
                    ArticleGraph g = quads.admit(o.article, o::graph);
                    if (g != null) {
                        ArticleQuads.write(g, out);
                        tally.quads += g.graph().size();
                        if (g.graph() == o.graph.graph()) {
                            tally.articles++;
                        } else {
                            tally.sources++;
                        }
                    }
                }
                tally.nanos = System.nanoTime() - started;
                progress.show(tally);
            }
        } finally {
            pool.shutdownNow();
        }
        out.finish();
        progress.clear();
        tally.nanos = System.nanoTime() - started;
        return tally;
    }

    private static Outcome extract(Pipeline pipeline, Path file, Function<Path, Article> read) {
        try {
            Article article = read.apply(file);
            return new Outcome(article, pipeline.process(article), null, null);
        } catch (NewsgraphException e) {
            return new Outcome(null, null, e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            // a bug in extraction must not lose the rest of the corpus: report this file and go on
            return new Outcome(null, null, file + ": cannot extract: " + e, e);
        }
    }

    private static Outcome take(Future<Outcome> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("extract interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsgraphException("cannot extract: " + e.getCause(), e.getCause());
        }
    }

    /** On a terminal: the count and rate, at most twice a second, on standard error. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private long lastShown;
        private boolean shown;

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void show(Tally t) {
            if (!terminal || t.nanos - lastShown < 500_000_000L) {
                return;
            }
            lastShown = t.nanos;
            int done = t.articles + t.sources + t.failed;
            err.printf(Locale.ROOT, "\r%d articles, %.1f/s ", done, done / (t.nanos / 1e9));
            err.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(40) + "\r");
                err.flush();
                shown = false;
            }
        }
    }
}
