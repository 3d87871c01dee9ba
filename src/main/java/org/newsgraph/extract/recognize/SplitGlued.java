package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * An organisation or place glued to the person named right after it is two names: "CEO of the Refugee
 * Council Enver Solomon told", "a student at University of Texas Arlington Amneh Jafari heard". The
 * person's part is two or three family-name words at the end, opened by a known given name, or after
 * an organisation head or a known place when a verb follows the whole.
 */
final class SplitGlued implements Repair {
    private final TokenShape shape;

    SplitGlued(TokenShape shape) {
        this.shape = shape;
    }

    @Override
    public String name() {
        return "split-glued";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            int cut = c.type() == EntityType.PERSON || c.gazetteer() || c.length() < 3 ? -1 : cut(s, c);
            if (cut < 0) {
                out.add(c);
                continue;
            }
            out.add(c.reshaped(c.from(), cut, c.type(), name()));
            out.add(c.reshaped(cut, c.to(), EntityType.PERSON, name()));
        }
        return out;
    }

    /** Where the person's name starts inside {@code c}, or -1. */
    private int cut(Sentence s, Candidate c) {
        for (int k = c.to() - 2; k >= Math.max(c.from() + 1, c.to() - 3); k--) {
            if (!personTail(s, k, c.to())) {
                continue;
            }
            Token before = s.token(k - 1);
            boolean verbAfter = c.to() < s.size() && ("VERB".equals(s.token(c.to()).pos()) || "AUX".equals(s.token(c.to()).pos()));
            boolean bodyBefore = shape.lexicon().orgHeads().contains(shape.lower(before))
                    || shape.gazetteer().isPlace(before.text()) || !shape.gazetteer().lookup(before.text()).isEmpty();
            if (shape.isGivenName(s.token(k)) && before.isCapitalised() && !shape.isGivenName(before)
                    || bodyBefore && verbAfter) {
                return k;
            }
        }
        return -1;
    }

    /** Tokens [from, to) are a given name or a family-name word, then one or two family-name words. */
    private boolean personTail(Sentence s, int from, int to) {
        if (to - from < 2 || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!shape.surnameLike(s, k) && !shape.isGivenName(s.token(k))) {
                return false;
            }
        }
        return true;
    }
}
