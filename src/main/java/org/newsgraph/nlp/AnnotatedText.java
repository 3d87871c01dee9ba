package org.newsgraph.nlp;

import java.util.List;

/**
 * An article's text split into sentences and annotated tokens, with their dependency parses made
 * on demand ({@link Syntax#NONE} when no parser is at hand).
 */
public record AnnotatedText(String text, List<Sentence> sentences, Syntax syntax) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        syntax = syntax == null ? Syntax.NONE : syntax;
    }

    /** Without dependency parses. */
    public AnnotatedText(String text, List<Sentence> sentences) {
        this(text, sentences, Syntax.NONE);
    }

    /** The same text with parses made by the given parser. */
    public AnnotatedText withParser(DependencyParser parser) {
        return new AnnotatedText(text, sentences, parser == null ? Syntax.NONE : new Syntax(parser, sentences.size()));
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
