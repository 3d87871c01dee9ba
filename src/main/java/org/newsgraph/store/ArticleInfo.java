package org.newsgraph.store;

/** What the store knows about one ingested article. */
public record ArticleInfo(String id, String title, String source, String hash, String ingestedAt, long triples) {
}
