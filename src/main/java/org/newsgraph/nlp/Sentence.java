package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence of an article: its position, character span in the article text and tokens.
 *
 * @param index  0-based position in the article
 * @param start  offset of the first character in the article text
 * @param end    offset after the last character
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The article text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
