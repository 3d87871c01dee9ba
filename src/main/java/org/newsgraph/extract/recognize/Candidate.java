package org.newsgraph.extract.recognize;

import org.newsgraph.extract.EntityType;

/**
 * A candidate name: tokens [from, to) of a sentence, its type, and the rule that made it: the source
 * pass, then each repair that reshaped it ("model>whole-names").
 *
 * @param gazetteer  the gazetteer found it (repairs leave such names alone)
 * @param capital    a capital city, which may stand for its country's government
 * @param sharedHead a head word the name shares with the next names of a coordination, in the
 *                   singular, to be added to its words ("the State | and Homeland Security
 *                   Departments": "State" names the "Department"); null for most names
 */
record Candidate(int from, int to, EntityType type, boolean gazetteer, boolean capital, String rule, String sharedHead) {

    Candidate(int from, int to, EntityType type, boolean gazetteer, boolean capital, String rule) {
        this(from, to, type, gazetteer, capital, rule, null);
    }

    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return overlaps(o.from, o.to);
    }

    /** This candidate shares a token with tokens [{@code otherFrom}, {@code otherTo}). */
    boolean overlaps(int otherFrom, int otherTo) {
        return from < otherTo && otherFrom < to;
    }

    /** This candidate reshaped by {@code pass}: the flags are dropped, the rule records the pass. */
    Candidate reshaped(int newFrom, int newTo, EntityType newType, String pass) {
        return new Candidate(newFrom, newTo, newType, false, false, rule + ">" + pass, sharedHead);
    }
}
