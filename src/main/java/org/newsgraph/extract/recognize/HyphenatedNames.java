package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A family name and a hyphenated given name is a person (see {@link #withHyphenatedNames}).
 */
final class HyphenatedNames implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    HyphenatedNames(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "hyphenated-name";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return withHyphenatedNames(s, cs);
    }

    /**
     * A family name and a hyphenated given name ("Liang Wen-chieh", "Cho Tae-yong", "Park Sun-won") is
     * a person whatever the tagger made of its words; it replaces the name finder's spans over it.
     */
    private List<Candidate> withHyphenatedNames(Sentence s, List<Candidate> stat) {
        List<Candidate> out = new ArrayList<>(stat);
        for (int i = 0; i + 1 < s.size(); i++) {
            Token first = s.token(i);
            if (!first.isCapitalised() || lx.functionTags().contains(first.pos()) || shape.isTitleWord(first)
                    || !gazetteer.lookup(first.text()).isEmpty() || !s.token(i + 1).isCapitalised()) {
                continue;
            }
            int end = shape.extendGlued(s, i + 2);
            if (!shape.hyphenatedGivenName(s.span(i, end))) {
                continue;
            }
            Candidate name = new Candidate(i, end, EntityType.PERSON, false, false, name());
            out.removeIf(name::overlaps);
            out.add(name);
            i = end - 1;
        }
        out.sort(Comparator.comparingInt(Candidate::from));
        return out;
    }
}
