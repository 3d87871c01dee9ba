package org.newsgraph;

import java.util.List;

import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoredArticle;

/**
 * Extracts stored articles again with the running pipeline: each article's text and metadata are
 * read from its graph, and the new graph replaces the old one in one write, keeping the graph
 * name, content hash and ingest time. An article that fails to extract is reported and kept as
 * it was; a store failure stops the run.
 *
 * <pre>{@code
 * new Reextractor(Pipeline.load(), store).run(outdatedArticles, listener);
 * }</pre>
 */
public final class Reextractor {

    /** Hears about each article, on the calling thread. */
    public interface Listener {
        void replaced(ArticleInfo before, ArticleGraph after);

        void failed(String message, Throwable cause);
    }

    private final Pipeline pipeline;
    private final GraphStore store;

    public Reextractor(Pipeline pipeline, GraphStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Re-extracts the articles in order; returns how many failed. */
    public int run(List<ArticleInfo> articles, Listener listener) {
        int failed = 0;
        for (ArticleInfo a : articles) {
            ArticleGraph graph;
            try {
                StoredArticle stored = store.storedArticle(a.id());
                graph = pipeline.process(stored.article(), stored.id(), stored.contentHash(), stored.ingestedAt());
                store.pageTriples(a.id()).forEach(graph.graph()::add); // sources and page metadata stay
            } catch (NewsgraphException e) {
                listener.failed(e.getMessage(), e);
                failed++;
                continue;
            } catch (RuntimeException e) {
                listener.failed(a.id() + ": cannot extract: " + e, e);
                failed++;
                continue;
            }
            store.putArticle(graph); // one write: the old graph is replaced whole or not at all
            listener.replaced(a, graph);
        }
        return failed;
    }
}
