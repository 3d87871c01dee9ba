package org.newsgraph.cli;

import java.util.List;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

/** Finds the article a user means: its id, a unique prefix of it, its full content hash or its source path. */
final class ArticleRef {
    private ArticleRef() {
    }

    static ArticleInfo resolve(List<ArticleInfo> articles, String ref, GraphStore store) {
        List<ArticleInfo> matches = articles.stream()
                .filter(a -> a.id().startsWith(ref) || a.hash().equals(ref) || a.source().equals(ref))
                .toList();
        if (matches.isEmpty()) {
            throw new NewsgraphException(ref + ": no such article in " + store.describe() + " (see 'newsgraph articles')");
        }
        if (matches.size() > 1) {
            throw new NewsgraphException(ref + ": matches " + matches.size() + " articles; give more of the id");
        }
        return matches.get(0);
    }
}
