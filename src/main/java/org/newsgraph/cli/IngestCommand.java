package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphException;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
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
        description = {
            "Extracts entities and facts from articles and stores each article as one named graph,",
            "named from a hash of its text: ingesting the same text again changes nothing.",
            "PATH is a text, Markdown or HTML file, a folder (read recursively) or - for standard input.",
            "Bad files are reported and skipped; the exit code is 1 if any file failed.",
            "",
            "Example:",
            "  newsgraph ingest --store my-db seeds/ extra/article.txt"
        })
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - for standard input.")
    List<String> paths;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Character encoding of the files (default: ${DEFAULT-VALUE}; e.g. windows-1252).")
    Charset encoding;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(encoding, maxBytes);
        int added = 0;
        int unchanged = 0;
        int failed = 0;
        long triples = 0;
        long started = System.nanoTime();
        try (GraphStore store = storeOptions.open(); Stream<Path> files = reader.expand(paths)) {
            Pipeline pipeline = Pipeline.load(); // after opening the store: "in use" is reported at once
            for (Path file : (Iterable<Path>) files::iterator) {
                try {
                    Article article = reader.read(file);
                    if (store.hasArticle(article.id())) {
                        unchanged++;
                        continue;
                    }
                    ArticleGraph graph = process(pipeline, article);
                    store.putArticle(graph);
                    triples += graph.graph().size();
                    added++;
                } catch (NewsgraphException e) {
                    failed++;
                    err.println("newsgraph ingest: " + e.getMessage());
                    if (storeOptions.verbose) {
                        e.printStackTrace(err);
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("ingested %d article%s (%d triples), %d unchanged, %d failed in %.1f s into %s%n",
                added, added == 1 ? "" : "s", triples, unchanged, failed, seconds, storeOptions.storeFolder());
        return failed > 0 ? 1 : 0;
    }

    /** A bug in extraction fails that one file, not the batch: the rest still gets ingested. */
    private static ArticleGraph process(Pipeline pipeline, Article article) {
        try {
            return pipeline.process(article);
        } catch (RuntimeException e) {
            throw new NewsgraphException(article.source() + ": extraction failed, file skipped (" + e
                    + "); please report this with the file", e);
        }
    }
}
