package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * "East Los Angeles", "West Jerusalem": a capitalised point of the compass ({@code [compass-in-names]})
 * right before a place is part of the place's name. Lower case ("east Los Angeles") and "Eastern" are
 * left out: those describe a part of the place.
 */
final class CompassPlaces implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;

    CompassPlaces(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "compass-place";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            int k = c.from() - 1;
            boolean compass = c.type() == EntityType.LOCATION && k >= 0 && s.token(k).isCapitalised()
                    && lx.compassInNames().contains(shape.lower(s.token(k)))
                    && (k == 0 || !s.token(k - 1).isCapitalised() || "DET".equals(s.token(k - 1).pos()));
            if (compass && cs.stream().noneMatch(o -> o != c && o.overlaps(k, k + 1))) {
                out.add(c.reshaped(k, c.to(), EntityType.LOCATION, name()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
