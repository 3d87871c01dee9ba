package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;

/**
 * Names cut at a hyphenated modifier ("Vienna-based", "NATO-led"); see {@link #splitCompounds}.
 */
final class CompoundSplit implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    CompoundSplit(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "compound-split";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return splitCompounds(s, cs);
    }

    /**
     * Candidates cut at a hyphenated modifier: "Vienna-based agency" is Vienna; "Athens-based Helios
     * Marine Management" is Athens and Helios Marine Management; "NATO-led Kosovo Force" is NATO and
     * Kosovo Force. The name after an organisation-making tail ("-based", "-run", "-backed") is an
     * organisation unless the gazetteer knows it.
     */
    private List<Candidate> splitCompounds(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Candidate rest = c;
            if (c.type() != EntityType.ORGANIZATION && !c.gazetteer() && shape.afterOrganisationTail(s, c.from())
                    && gazetteer.lookup(s.span(c.from(), c.to())).isEmpty()) {
                rest = c.reshaped(c.from(), c.to(), EntityType.ORGANIZATION, name()); // "the Oslo-based | Nordvik Shipping"
            }
            for (int k = c.from() + 1; k < rest.to(); k++) {
                int last = shape.compoundTailAt(s, k);
                if (last < 0) {
                    continue;
                }
                if (k > rest.from()) {
                    out.add(new Candidate(rest.from(), k, rest.type(), rest.gazetteer(), false, rest.rule() + ">" + name()));
                }
                int from = last + 1;
                if (from >= rest.to() || !s.token(from).isCapitalised()) {
                    rest = null;
                    break;
                }
                EntityType type = lx.organisationTails().contains(shape.tailWord(s.token(last)))
                        && gazetteer.lookup(s.span(from, rest.to())).isEmpty() ? EntityType.ORGANIZATION : rest.type();
                rest = rest.reshaped(from, rest.to(), type, name());
                k = from;
            }
            if (rest != null) {
                out.add(rest);
            }
        }
        return out;
    }
}
