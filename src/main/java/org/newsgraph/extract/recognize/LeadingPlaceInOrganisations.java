package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Repair: a place, country or demonym written right before an organisation's name that ends in a
 * head word is part of that name ("the Kurdistan Regional Government", "the Baghdad Operational
 * Command", "Iraqi Security Forces"): the organisation's span takes it in and {@link Choose} lets the
 * longer name win over the gazetteer's. Not across a possessive or a comma ("Iraq's Security
 * Forces" keeps Iraq apart), and not when the place is itself inside a longer name.
 */
final class LeadingPlaceInOrganisations implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;

    LeadingPlaceInOrganisations(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "leading-place-in-organisations";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        List<Candidate> out = new ArrayList<>(cs.size());
        List<Candidate> absorbed = new ArrayList<>();
        for (Candidate c : cs) {
            Candidate grown = c;
            if (c.type() == EntityType.ORGANIZATION && !c.gazetteer() && s.token(c.from()).isCapitalised()
                    && lx.orgHeads().contains(shape.lower(s.token(c.to() - 1)))) {
                for (Candidate g : all.get(Candidates.Source.GAZETTEER)) {
                    if (g.to() == c.from() && g.type() != EntityType.PERSON
                            && cs.stream().noneMatch(o -> o != c && o.overlaps(g) && !within(o, g))) {
                        grown = c.reshaped(g.from(), c.to(), c.type(), name());
                        // the same place found again by this source ("Jordan" tagged by the model) goes into the name too
                        cs.stream().filter(o -> o != c && within(o, g)).forEach(absorbed::add);
                    }
                }
            }
            out.add(grown);
        }
        out.removeAll(absorbed);
        return out;
    }

    private static boolean within(Candidate inner, Candidate outer) {
        return outer.from() <= inner.from() && inner.to() <= outer.to();
    }
}
