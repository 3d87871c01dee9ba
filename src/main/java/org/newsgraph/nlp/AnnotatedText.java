package org.newsgraph.nlp;

import java.util.List;

/** An article's text split into sentences and annotated tokens. */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
