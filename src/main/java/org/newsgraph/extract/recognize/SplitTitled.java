package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A title word or an organisation head inside a name, followed by a person's name, ends the first
 * name and starts the person's ("Shadow Home Secretary | Yvette Cooper"); a body named before the title
 * stays an organisation ("Navy | Capt. | Jeff Davis").
 */
final class SplitTitled implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    SplitTitled(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "split-titled";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return splitTitled(s, cs);
    }

    /**
     * "Shadow Home Secretary Yvette Cooper", "Refugee Council Enver Solomon": a title word or an
     * organisation head inside a model name, followed by two or three proper nouns (one after an
     * honorific: "Education Mr. Toccafondi"), ends the first name
     * (an organisation, or nothing for a bare title) and starts a person's.
     */
    private List<Candidate> splitTitled(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            int cut = -1;
            boolean title = false;
            for (int k = c.from(); k < c.to() - 1; k++) {
                Token t = s.token(k);
                boolean isTitle = shape.isTitleWord(t);
                boolean honorific = lx.honorifics().contains(shape.lower(t));
                // after a place the gazetteer knows a surname alone is enough: "In Turkey | Minister | Ellwood met"
                boolean known = isTitle && k > c.from() && !gazetteer.lookup(s.span(c.from(), k)).isEmpty();
                if ((isTitle || lx.orgHeads().contains(shape.lower(t))) && personTail(s, k + 1, c.to(), honorific || known ? 1 : 2)) {
                    cut = k + 1;
                    title = isTitle;
                }
            }
            if (cut < 0) {
                out.add(c);
                continue;
            }
            if (!title && cut > c.from()) {
                out.add(c.reshaped(c.from(), cut, EntityType.ORGANIZATION, name()));
            } else if (title) {
                // "Navy | Capt. Jeff Davis", "Army | Lt. Gen. Stephen Townsend": the body before the rank stays a name
                int titleFrom = cut - 1;
                while (titleFrom > c.from() && shape.isTitleWord(s.token(titleFrom - 1))) {
                    titleFrom--;
                }
                if (titleFrom > c.from() && lx.orgHeads().contains(shape.lower(s.token(titleFrom - 1)))) {
                    out.add(c.reshaped(c.from(), titleFrom, EntityType.ORGANIZATION, name()));
                }
            }
            out.add(c.reshaped(cut, c.to(), EntityType.PERSON, name()));
        }
        return out;
    }

    /**
     * Tokens [from, to) are two or three capitalised proper nouns with no head word: a person's name;
     * after an honorific one is enough ("Undersecretary of Education Mr. | Toccafondi").
     */
    private boolean personTail(Sentence s, int from, int to, int least) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (shape.glued(s, k - 1, k) && k > from || shape.isInitialStop(s, k) || k > from && lx.particles().contains(shape.lower(t))) {
                continue;
            }
            if (!t.isCapitalised() || !t.isProperNoun() || shape.isTitleWord(t) || lx.orgHeads().contains(shape.lower(t))
                    || lx.locationHeads().contains(shape.lower(t)) || !gazetteer.lookup(t.text()).isEmpty()) {
                return false;
            }
            words++;
        }
        return words >= least && words <= 3;
    }
}
