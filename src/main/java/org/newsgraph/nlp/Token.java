package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token with its character span in the article, its Universal Dependencies part of speech
 * (PROPN, NOUN, VERB, ...) and lemma. The lower-case forms the rules compare are computed once
 * here: rule matching asks for them many times per token.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String pos;
    private final String lemma;
    private final String lower;
    private final String normal;
    private final String lowerLemma;
    private String stem;

    public Token(String text, int start, int end, String pos, String lemma) {
        this.text = Objects.requireNonNull(text);
        this.start = start;
        this.end = end;
        this.pos = Objects.requireNonNull(pos);
        this.lemma = Objects.requireNonNull(lemma);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.normal = lower.replace('\u2019', '\'');
        this.lowerLemma = lemma.toLowerCase(Locale.ROOT);
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String pos() {
        return pos;
    }

    public String lemma() {
        return lemma;
    }

    /** The text in lower case. */
    public String lower() {
        return lower;
    }

    /** The text in lower case with typographic apostrophes made plain ("Britain\u2019s" gives "britain's"). */
    public String normal() {
        return normal;
    }

    /** A possessive of its own: "'s" or a lone apostrophe (typographic ones included). */
    public boolean isPossessive() {
        return normal.equals("'s") || normal.equals("'");
    }

    /** The lemma in lower case. */
    public String lowerLemma() {
        return lowerLemma;
    }

    /**
     * A crude stem of {@link #normal()} for when the lemmatizer fails ("pressing" lemmatized as
     * "presse" still stems to "press"): -ied/-ies to -y, one of -ing, -ed, -es, -s off, a doubled last
     * consonant halved ("fretting" to "fret").
     */
    public String stem() {
        String s = stem;
        if (s == null) {
            s = stem(normal);
            stem = s;
        }
        return s;
    }

    static String stem(String w) {
        String x = w;
        if (x.endsWith("ied") || x.endsWith("ies")) {
            return x.substring(0, x.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (x.endsWith(suffix) && x.length() > suffix.length() + 2) {
                x = x.substring(0, x.length() - suffix.length());
                break;
            }
        }
        int n = x.length();
        if (n > 3 && x.charAt(n - 1) == x.charAt(n - 2) && !x.endsWith("ss") && !x.endsWith("ll")) {
            x = x.substring(0, n - 1);
        }
        return x;
    }

    /** A double quotation mark: straight, curly or doubled ("``", "''"). */
    public boolean isQuoteMark() {
        return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d") || text.equals("``") || text.equals("''");
    }

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

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text) && pos.equals(t.pos)
                && lemma.equals(t.lemma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, pos, lemma);
    }

    @Override
    public String toString() {
        return text + "/" + pos + "[" + start + "," + end + ")";
    }
}
