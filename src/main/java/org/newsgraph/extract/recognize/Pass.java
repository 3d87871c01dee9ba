package org.newsgraph.extract.recognize;

import org.newsgraph.nlp.Sentence;

/**
 * One step of recognition over one sentence: it reads the shared candidates and adds, reshapes or
 * drops some. Passes are immutable and thread-safe; their order is written once, in {@link Passes}.
 */
interface Pass {

    /** The name recorded on what this pass makes ("model", "of-phrases"). */
    String name();

    void apply(Sentence s, Candidates candidates);

    /** Called once the article's last sentence is done (the model forgets the article here). */
    default void endArticle() {
    }
}
