package org.newsgraph.extract.recognize;

import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * "Robert F" "." "Kennedy Jr.": names the model cut at an initial's full stop are one name.
 */
final class JoinInitials implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;

    JoinInitials(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "join-initials";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return joinInitials(s, cs);
    }

    private List<Candidate> joinInitials(Sentence s, List<Candidate> cs) {
        cs.sort(Comparator.comparingInt(Candidate::from));
        for (int k = cs.size() - 1; k > 0; k--) {
            Candidate a = cs.get(k - 1);
            Candidate b = cs.get(k);
            if (a.type() == EntityType.PERSON && b.from() == a.to() + 1 && shape.isInitialStop(s, a.to())) {
                cs.set(k - 1, a.reshaped(a.from(), b.to(), b.type() == EntityType.PERSON ? a.type() : b.type(), name()));
                cs.remove(k);
            }
        }
        // "Joseph R" "." "Biden Jr.": a person's name that stops at a middle initial goes on to the surname
        for (int k = 0; k < cs.size(); k++) {
            Candidate a = cs.get(k);
            if (a.type() != EntityType.PERSON || a.to() - a.from() < 2 || !shape.isInitialStop(s, a.to())) {
                continue;
            }
            int end = a.to() + 1;
            while (end < s.size() && (s.token(end).isProperNoun() && s.token(end).isCapitalised()
                    || end > a.to() + 1 && lx.isNameSuffix(shape.lower(s.token(end))))) {
                end++;
            }
            if (end > a.to() + 1 && (k + 1 == cs.size() || cs.get(k + 1).from() >= end)) {
                cs.set(k, a.reshaped(a.from(), end, a.type(), name()));
            }
        }
        return cs;
    }
}
