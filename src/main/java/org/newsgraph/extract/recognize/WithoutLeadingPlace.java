package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;

/**
 * A person's name does not start with a place the gazetteer knows (see {@link #withoutLeadingPlace}).
 */
final class WithoutLeadingPlace implements Repair {
    private final TokenShape shape;
    private final Gazetteer gazetteer;

    WithoutLeadingPlace(TokenShape shape) {
        this.shape = shape;
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "without-leading-place";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return withoutLeadingPlace(cs, all.get(Candidates.Source.GAZETTEER));
    }

    /**
     * "Ambassador to the United States Hamdullah Mohib": a person's name does not start with a country
     * or place the gazetteer knows; the name finder's span is cut after it.
     */
    private List<Candidate> withoutLeadingPlace(List<Candidate> stat, List<Candidate> gaz) {
        List<Candidate> out = new ArrayList<>(stat.size());
        for (Candidate c : stat) {
            Candidate cut = c;
            if (c.type() == EntityType.PERSON) {
                for (Candidate g : gaz) {
                    if (g.from() == c.from() && g.to() < c.to() && g.type() != EntityType.PERSON) {
                        cut = c.reshaped(g.to(), c.to(), c.type(), name());
                    }
                }
            }
            out.add(cut);
        }
        return out;
    }
}
