package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Source: a known given name followed by one or two family-name words is a person, whatever the
 * tagger made of them ("Dries Mertens" with "Dries" tagged a verb, "musician Tiziano Lugli" tagged
 * nouns, "L. Ron Hubbard"). The given names are {@code given-names.txt}; a word the treebanks use in
 * lower case is in neither place of the name. Adds to the context names where none overlaps.
 */
final class GivenNames implements Pass {
    private final TokenShape shape;

    GivenNames(TokenShape shape) {
        this.shape = shape;
    }

    @Override
    public String name() {
        return "given-name";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> context = new ArrayList<>(c.get(Candidates.Source.CONTEXT));
        List<Candidate> model = c.get(Candidates.Source.MODEL);
        List<Candidate> gazetteer = c.get(Candidates.Source.GAZETTEER);
        for (Candidate p : people(s)) {
            if (context.stream().noneMatch(p::overlaps) && model.stream().noneMatch(p::overlaps)
                    && gazetteer.stream().noneMatch(p::overlaps)) {
                context.add(p);
            }
        }
        context.sort(java.util.Comparator.comparingInt(Candidate::from));
        c.set(Candidates.Source.CONTEXT, context);
    }

    /** Runs of a given name and one or two family-name words, with an initial before them ("L. Ron Hubbard"). */
    List<Candidate> people(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!shape.isGivenName(s.token(i)) || !shape.surnameLike(s, i + 1) && !shape.isGivenName(s.token(i + 1 < s.size() ? i + 1 : i))) {
                i++;
                continue;
            }
            int to = i + 1;
            while (to < s.size() && to - i < 3 && (shape.surnameLike(s, to) || shape.isGivenName(s.token(to)))) {
                to = shape.extendGlued(s, to + 1);
            }
            if (to - i < 2) {
                i++;
                continue;
            }
            int from = i;
            if (from >= 1 && s.token(from - 1).text().matches("\\p{Lu}\\.")) {
                from--; // "L." before "Ron Hubbard"
            } else if (from >= 2 && shape.isInitialStop(s, from - 1)) {
                from -= 2;
            }
            out.add(new Candidate(from, to, EntityType.PERSON, false, false, name()));
            i = to;
        }
        return out;
    }
}
