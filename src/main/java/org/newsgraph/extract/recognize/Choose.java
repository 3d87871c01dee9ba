package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.nlp.Sentence;

/**
 * Settles overlaps in the sources' order of trust: the gazetteer, then the model, then context. A
 * longer model name around a gazetteer name wins ("Bank of Korea", "American Airlines") unless it is
 * a demonym before a common noun ("South Korean government"); a context name of the same type that
 * ends with the model's but starts before it wins over the model's.
 */
final class Choose implements Pass {
    private final Lexicon lx;

    Choose(Lexicon lexicon) {
        this.lx = lexicon;
    }

    @Override
    public String name() {
        return "choose";
    }

    @Override
    public void apply(Sentence s, Candidates all) {
        List<Candidate> stat = all.get(Candidates.Source.MODEL);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate g : all.get(Candidates.Source.GAZETTEER)) {
            boolean inside = stat.stream().anyMatch(c -> c.from() <= g.from() && g.to() <= c.to() && c.length() > g.length()
                    && s.token(c.to() - 1).isCapitalised() && !isDemonymPhrase(s, c));
            if (!inside) {
                chosen.add(g);
            }
        }
        for (Candidate c : stat) {
            Candidate longer = longerFront(c, all.get(Candidates.Source.CONTEXT));
            if (longer != null && chosen.stream().noneMatch(longer::overlaps)) {
                chosen.add(longer);
            } else if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        for (Candidate r : all.get(Candidates.Source.CONTEXT)) {
            if (chosen.stream().noneMatch(r::overlaps)) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::from));
        all.choose(chosen);
    }

    /**
     * The context's name of the same type that ends where the model's does but starts before it: the
     * model cut the front off ("Shek Memorial Hall Station" of "Chiang Kai Shek Memorial Hall Station").
     */
    private static Candidate longerFront(Candidate c, List<Candidate> context) {
        for (Candidate r : context) {
            if (r.to() == c.to() && r.from() < c.from() && r.type() == c.type()) {
                return r;
            }
        }
        return null;
    }

    /** "South Korean government": a demonym before a common noun is the country, not a named body. */
    private boolean isDemonymPhrase(Sentence s, Candidate c) {
        return !s.token(c.to() - 1).isProperNoun() && !lx.orgHeads().contains(s.token(c.to() - 1).lower());
    }
}
