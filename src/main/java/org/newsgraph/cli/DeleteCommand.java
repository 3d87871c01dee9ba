package org.newsgraph.cli;

import java.util.concurrent.Callable;

import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph delete}: removes one article's graph. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        header = "Removes one article's graph.",
        description = {
            "Removes an article's graph. ARTICLE is the id shown by 'newsgraph articles', a unique "
                + "prefix of it, its full content hash, or the source path it was ingested from.",
            "",
            "Example:",
            "  newsgraph delete 5e68b89ffc9390b7"
        })
public final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "ARTICLE", description = "Article id, id prefix, content hash or source path.")
    String article;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            ArticleInfo a = ArticleRef.resolve(store.articles(), article, store);
            store.deleteArticle(a.id());
            spec.commandLine().getOut().printf("deleted %s (%s, %d triples)%n", a.id(), a.title(), a.triples());
        }
        return 0;
    }
}
