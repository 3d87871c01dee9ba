package org.newsgraph.extract;

import org.newsgraph.nlp.AnnotatedText;

/**
 * Turns annotated text into entities and facts. Pure: no files, no store. Implementations are
 * thread-safe (resources are immutable), so one instance serves all ingest threads.
 */
public interface Extractor {

    Extraction extract(AnnotatedText text);
}
