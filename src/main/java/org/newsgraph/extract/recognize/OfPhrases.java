package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;

/**
 * Organisations and places take in their of-phrases and the head cut off before them (see
 * {@link #withOfPhrases}).
 */
final class OfPhrases implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    OfPhrases(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "of-phrases";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return withOfPhrases(s, cs);
    }

    /**
     * "Colorado State University | of the US": a body already named by its capitalised words and head
     * ends before an "of the" and a country, which says where it is (the model often reads on).
     */
    private Candidate withoutCountryOf(Sentence s, Candidate c) {
        if (c.type() == EntityType.PERSON || c.gazetteer()) {
            return c;
        }
        for (int j = c.from() + 2; j + 2 < c.to(); j++) {
            if (shape.lower(s.token(j)).equals("of") && shape.lower(s.token(j + 1)).equals("the")
                    && lx.orgHeads().contains(shape.lower(s.token(j - 1))) && gazetteer.country(s.span(j + 2, c.to())).isPresent()) {
                return c.reshaped(c.from(), j, c.type(), name());
            }
        }
        return c;
    }

    /**
     * An organisation or place named by its head word takes in the "of" or "for" phrase of capitalised
     * words after it: "Center for Strategic and International Studies", "Great Hall of the People",
     * "Bank of Korea" (a name inside such a phrase is part of it, (see {@link Choose}). A name cut
     * short at the front grows back to its head ({@link TokenShape#headBefore}) or its capitalised modifiers
     * ({@link TokenShape#modifiersBefore}); a name overlapped by one grown over it is dropped.
     */
    private List<Candidate> withOfPhrases(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            c = withoutCountryOf(s, c);
            String head = shape.lower(s.token(c.to() - 1));
            int to = c.to();
            if (c.type() != EntityType.PERSON && (lx.orgHeads().contains(head) || lx.locationHeads().contains(head))) {
                // "Joint Council for the Welfare of Immigrants": one or more such phrases
                while (to + 1 < s.size() && lx.ofPhraseOpeners().contains(shape.lower(s.token(to)))) {
                    int k = to + 1;
                    if (shape.lower(s.token(k)).equals("the")) {
                        k++;
                    }
                    int end = k;
                    while (end < s.size() && s.token(end).isCapitalised() && !shape.isTitleWord(s.token(end))
                            && !"PUNCT".equals(s.token(end).pos()) && !lx.notNames().contains(shape.lower(s.token(end)))
                            && end - k < 5) { // "Lakeview Hospital Station | on Sunday": no day or month
                        end++;
                        if (shape.joinedToName(s, end)) {
                            end++;
                        }
                    }
                    if (end == k || !s.token(end - 1).isCapitalised()) {
                        break;
                    }
                    if (k > to + 1 && to - c.from() >= 2 && gazetteer.country(s.span(k, end)).isPresent()) {
                        break; // "Colorado State University | of the US": a named body, then the country it is in
                    }
                    to = end;
                }
            }
            int from = c.type() == EntityType.PERSON || c.gazetteer() ? c.from() : shape.headBefore(s, c.from());
            if (from < c.from() - 3 && shape.lower(s.token(c.from() - 1)).equals("the") && gazetteer.country(s.span(c.from(), c.to())).isPresent()) {
                from = c.from(); // "Colorado State University of the | US": the country stays itself
            }
            if (from == c.from() && c.type() == EntityType.ORGANIZATION && !c.gazetteer()
                    && (lx.orgHeads().contains(head) || shape.bodyOverPlace(s, c.from(), c.to()))) {
                from = shape.modifiersBefore(s, c.from());
            }
            if (c.type() != EntityType.PERSON && !c.gazetteer() && shape.hasOfPhrase(s, from, to)) {
                // "Office of Foreign Assets | Control": the name goes on while its words are capitalised
                int phraseEnd = to;
                while (to < s.size() && to - phraseEnd < 2 && s.token(to).isCapitalised() && !shape.isTitleWord(s.token(to))
                        && !"PUNCT".equals(s.token(to).pos()) && !lx.notNames().contains(shape.lower(s.token(to)))
                        && gazetteer.lookup(s.token(to).text()).isEmpty()) {
                    to++;
                }
            }
            if (from == c.from() && c.type() == EntityType.LOCATION && !c.gazetteer() && c.length() >= 2
                    && lx.locationHeads().contains(head) && c.from() > 0 && s.token(c.from() - 1).isProperNoun()) {
                int start = shape.modifiersBefore(s, c.from());
                if (start < c.from()) {
                    out.add(c.reshaped(start, to, EntityType.LOCATION, name())); // "Chiang Kai Shek | Memorial Hall Station"
                    continue;
                }
            }
            if (from < c.from()) {
                out.add(c.reshaped(from, to, EntityType.ORGANIZATION, name()));
            } else {
                out.add(to == c.to() ? c : new Candidate(c.from(), to, c.type(), c.gazetteer(), c.capital(), c.rule() + ">" + name()));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::from).thenComparing(Comparator.comparingInt(Candidate::to).reversed()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : out) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c); // otherwise swallowed by a name extended over it
            }
        }
        return kept;
    }
}
