package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "Counter-Daesh Coalition", "Anti-Corruption Bureau": a capitalised word hyphened onto the front of
 * a name is the name's first word. Not when that word is a name of its own (the gazetteer's, a
 * known place, a demonym: "Iraq-Syria border", "Russian-Ukrainian talks"), a title ("Ex-President")
 * or when it opens the sentence (a headline's "Al-").
 */
final class HyphenatedPrefix implements Repair {
    private final TokenShape shape;
    private final Gazetteer gazetteer;

    HyphenatedPrefix(TokenShape shape) {
        this.shape = shape;
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "hyphenated-prefix";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            int k = c.from() - 2;
            if (k >= 1 && s.token(k + 1).text().equals("-") && shape.glued(s, k, k + 1) && shape.glued(s, k + 1, k + 2)
                    && prefix(s.token(k)) && cs.stream().noneMatch(o -> o != c && o.overlaps(k, c.to()))) {
                out.add(c.reshaped(k, c.to(), c.type(), name()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private boolean prefix(Token t) {
        return t.isCapitalised() && !shape.isTitleWord(t) && gazetteer.lookup(t.text()).isEmpty()
                && !gazetteer.isPlace(t.text()) && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }
}
