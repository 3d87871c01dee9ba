package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

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
            "Lists the ingested articles: id (use it with delete), ingest time, triples, title and "
                + "source.",
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
            out.printf("%-16s  %-20s  %7s  %s%n", "ID", "INGESTED", "TRIPLES", "TITLE (SOURCE)");
            for (ArticleInfo a : articles) {
                out.printf("%-16s  %-20s  %7d  %s (%s)%n", a.id(), a.ingestedAt().replaceFirst("\\..*", ""),
                        a.triples(), shorten(a.title(), 60), a.source());
            }
            out.printf("%d article%s%n", articles.size(), articles.size() == 1 ? "" : "s");
        }
        return 0;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
