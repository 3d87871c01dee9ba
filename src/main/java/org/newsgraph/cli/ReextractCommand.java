package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.Fingerprint;
import org.newsgraph.Pipeline;
import org.newsgraph.Reextractor;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Producer;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph reextract}: extracts stored articles again after the rules or models changed. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        header = "Extracts stored articles again with the current rules and models.",
        description = {
            "Ingesting the same text again changes nothing, so after an upgrade the old facts stay. "
                + "reextract reads each article's text back from the store, extracts it with this "
                + "version's rules and models, and replaces its graph in one transaction (same id, "
                + "ingest time and metadata). --outdated (the default) takes the articles that "
                + "'newsgraph articles' marks outdated, --all every article, or name the ARTICLEs.",
            "",
            "Example:",
            "  newsgraph reextract --store my-db --outdated",
            "  newsgraph reextract d559cc28"
        })
public final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--outdated", description = "Articles extracted by another version, rules or models (the default).")
        boolean outdated;

        @Option(names = "--all", description = "Every article.")
        boolean all;
    }

    @Parameters(arity = "0..*", paramLabel = "ARTICLE", description = "Article ids, id prefixes, content hashes or source paths.")
    List<String> articles;

    @Override
    public Integer call() {
        if (which != null && articles != null && !articles.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give either --outdated, --all or ARTICLE names, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Producer current = Fingerprint.current();
        int done;
        int failed;
        try (GraphStore store = storeOptions.openExisting()) {
            List<ArticleInfo> stored = store.articles();
            List<ArticleInfo> chosen = choose(stored, store, current);
            if (chosen.isEmpty()) {
                out.printf("nothing to re-extract: %d article%s, none outdated (%s)%n", stored.size(),
                        stored.size() == 1 ? "" : "s", current.describe());
                return 0;
            }
            Pipeline pipeline = Pipeline.load();
            int[] replaced = {0};
            failed = new Reextractor(pipeline, store).run(chosen, new Reextractor.Listener() {
                @Override
                public void replaced(ArticleInfo before, ArticleGraph after) {
                    replaced[0]++;
                    out.printf("%s  %d -> %d triples  %s%n", before.id(), before.triples(), after.graph().size(),
                            ArticlesCommand.shorten(before.title(), 60));
                    out.flush();
                }

                @Override
                public void failed(String message, Throwable cause) {
                    err.println("newsgraph reextract: " + message);
                    if (storeOptions.verbose() && cause != null) {
                        cause.printStackTrace(err);
                    }
                    err.flush();
                }
            });
            done = replaced[0];
        }
        out.printf("re-extracted %d article%s, %d failed in %.1f s (%s)%n", done, done == 1 ? "" : "s", failed,
                (System.nanoTime() - started) / 1e9, current.describe());
        return failed > 0 ? 1 : 0;
    }

    private List<ArticleInfo> choose(List<ArticleInfo> stored, GraphStore store, Producer current) {
        if (articles != null && !articles.isEmpty()) {
            Map<String, ArticleInfo> named = new LinkedHashMap<>();
            for (String ref : articles) {
                ArticleInfo a = ArticleRef.resolve(stored, ref, store);
                named.put(a.id(), a);
            }
            return List.copyOf(named.values());
        }
        if (which != null && which.all) {
            return stored;
        }
        return stored.stream().filter(a -> a.outdated(current)).toList();
    }
}
