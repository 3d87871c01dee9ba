package org.newsgraph.store;

import java.time.Instant;

import org.newsgraph.text.Article;

/**
 * An article as its graph holds it, to be extracted again.
 *
 * @param article     text and metadata (the text rebuilt from the sentences when the graph has no
 *                    {@code ng:articleText}: sentence texts at their offsets, single spaces or newlines between)
 * @param id          the graph's article id
 * @param contentHash the stored content hash
 * @param ingestedAt  the stored ingest time
 */
public record StoredArticle(Article article, String id, String contentHash, Instant ingestedAt) {
}
