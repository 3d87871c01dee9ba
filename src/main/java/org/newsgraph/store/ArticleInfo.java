package org.newsgraph.store;

import org.newsgraph.rdf.Producer;

/**
 * What the store knows about one ingested article.
 *
 * @param producer what extracted its graph, or null for a graph that does not say (older versions)
 */
public record ArticleInfo(String id, String title, String source, String hash, String ingestedAt, long triples,
        Producer producer) {

    /** True when the running newsgraph would extract something else: another producer, or none recorded. */
    public boolean outdated(Producer current) {
        return !current.equals(producer);
    }
}
