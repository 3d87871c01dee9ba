package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.Fingerprint;
import org.newsgraph.rdf.Producer;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph articles}: lists what was ingested. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        header = "Lists the ingested articles with what produced each.",
        description = {
            "Lists the ingested articles: id (use it with delete, export --article and reextract), "
                + "ingest time, triples, what extracted it (version, and hashes of the rules and of the "
                + "models; * marks an outdated one), title and source.",
            "",
            "Example:",
            "  newsgraph articles --store my-db"
        })
public final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = storeOptions.open()) {
            List<ArticleInfo> articles = store.articles();
            Producer current = Fingerprint.current();
            out.printf("%-16s  %-20s  %7s  %-46s  %s%n", "ID", "INGESTED", "TRIPLES", "EXTRACTED BY", "TITLE (SOURCE)");
            long outdated = 0;
            for (ArticleInfo a : articles) {
                String by = a.producer() == null ? "(not recorded)" : a.producer().describe();
                if (a.outdated(current)) {
                    outdated++;
                    by = "*" + by;
                }
                out.printf("%-16s  %-20s  %7d  %-46s  %s (%s)%n", a.id(), a.ingestedAt().replaceFirst("\\..*", ""),
                        a.triples(), by, shorten(a.title(), 60), a.source());
            }
            out.printf("%d article%s", articles.size(), articles.size() == 1 ? "" : "s");
            if (outdated > 0) {
                out.printf(", %d outdated (*: not extracted by this version, %s; 'newsgraph reextract --outdated' updates them)",
                        outdated, current.describe());
            }
            out.println();
        }
        return 0;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
