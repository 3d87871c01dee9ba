package org.newsgraph.nlp;

/**
 * One token with its character span in the article, its Universal Dependencies part of speech
 * (PROPN, NOUN, VERB, ...) and lemma.
 */
public record Token(String text, int start, int end, String pos, String lemma) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    public boolean lemmaIs(String word) {
        return lemma.equalsIgnoreCase(word);
    }
}
