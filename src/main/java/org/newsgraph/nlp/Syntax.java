package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parses of one article's sentences, made when first asked for: rules that read
 * syntax ask only for the sentences they could match, so most sentences are never parsed. Not
 * thread-safe (an article is read by one thread).
 */
public final class Syntax {
    /** No parser: every sentence's parse is null. */
    public static final Syntax NONE = new Syntax(null, 0);

    private final DependencyParser parser;
    private final Dependencies[] parses;
    private int parsed;
    private long parseNanos;

    Syntax(DependencyParser parser, int sentences) {
        this.parser = parser;
        this.parses = new Dependencies[sentences];
    }

    public boolean available() {
        return parser != null;
    }

    /** The parse of the sentence, or null when there is no parser. */
    public Dependencies of(Sentence s) {
        if (parser == null || s.index() >= parses.length) {
            return null;
        }
        Dependencies d = parses[s.index()];
        if (d == null) {
            long t0 = System.nanoTime();
            d = parser.parse(s);
            parseNanos += System.nanoTime() - t0;
            parses[s.index()] = d;
            parsed++;
        }
        return d;
    }

    /**
     * Parses the sentences not parsed yet in one call of the parser, which sets itself up once for
     * them all rather than once a sentence; {@link #of} then finds them parsed.
     */
    public void parseAll(List<Sentence> sentences) {
        if (parser == null) {
            return;
        }
        List<Sentence> todo = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.index() < parses.length && parses[s.index()] == null && !todo.contains(s)) {
                todo.add(s);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        List<Dependencies> done = parser.parse(todo);
        parseNanos += System.nanoTime() - t0;
        for (int i = 0; i < todo.size(); i++) {
            parses[todo.get(i).index()] = done.get(i);
        }
        parsed += todo.size();
    }

    /** How many sentences have been parsed so far. */
    public int parsedCount() {
        return parsed;
    }

    /** The time spent parsing so far, in nanoseconds (for measuring the parser's share). */
    public long parseNanos() {
        return parseNanos;
    }
}
