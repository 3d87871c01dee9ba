package org.newsgraph.extract;

/** How firmly the text states a fact, so users can filter out the hedged, reported and negated. */
public enum Modality {
    /** Stated as fact by the article. */
    ASSERTED,
    /** Attributed to a source ("reportedly", "according to", "claims"). */
    REPORTED,
    /** Possible or alleged ("might", "allegedly", "could"). */
    HEDGED,
    /** Denied or negated ("did not", "denied"). */
    NEGATED
}
