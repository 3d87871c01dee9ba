package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * "The attacks in Qamenas, Sarmin and Talamenes", "the assault of Husaybah and Karabilah": proper
 * nouns listed after a place, joined by a comma or "and", that nothing else named are places too.
 * Not a known given name ("Mosul and Ahmed"), a word that is no name ({@code [not-names]}) or a
 * gazetteer name (a demonym before a noun); after a comma alone the list must go on ("in Tashkent,
 * Uzbek alumni" lists nothing). It runs on the chosen names, after {@link Choose}.
 */
final class CoordinatedPlaces implements Pass {
    private static final int LONGEST = 3;

    private final TokenShape shape;
    private final Lexicon lx;

    CoordinatedPlaces(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "coordinated-place";
    }

    @Override
    public void apply(Sentence s, Candidates all) {
        List<Candidate> chosen = new ArrayList<>(all.chosen());
        boolean grew = false;
        for (int n = 0; n < chosen.size(); n++) {
            Candidate c = chosen.get(n);
            if (c.type() != EntityType.LOCATION) {
                continue;
            }
            Candidate next = nextConjunct(s, c.to(), chosen);
            if (next != null) {
                chosen.add(n + 1, next);
                grew = true;
            }
        }
        if (grew) {
            chosen.sort(Comparator.comparingInt(Candidate::from));
            all.choose(chosen);
        }
    }

    /** The place after ", " or " and " or ", and " at {@code end}, or null. */
    private Candidate nextConjunct(Sentence s, int end, List<Candidate> chosen) {
        int k = end;
        if (k < s.size() && s.token(k).text().equals(",")) {
            k++;
        }
        boolean and = k < s.size() && lx.andWords().contains(shape.lower(s.token(k)));
        if (and) {
            k++;
        }
        if (k == end || k >= s.size() || shape.isGivenName(s.token(k))) {
            return null;
        }
        int to = k;
        while (to < s.size() && to - k < LONGEST && shape.isNameToken(s, to) && !shape.isTitleWord(s.token(to))) {
            to = shape.extendGlued(s, to + 1);
        }
        if (to == k || to < s.size() && (shape.isNameToken(s, to) || s.token(to).text().equals("-"))) {
            return null; // a longer run of capitals is some other name
        }
        boolean listGoesOn = to < s.size() && (s.token(to).text().equals(",") || lx.andWords().contains(shape.lower(s.token(to))));
        if (!and && !listGoesOn || !shape.gazetteer().lookup(s.span(k, to)).isEmpty()) {
            return null; // "in Tashkent, Uzbek alumni": after a comma alone the list must go on; a demonym is no place
        }
        Candidate place = new Candidate(k, to, EntityType.LOCATION, false, false, name());
        return chosen.stream().anyMatch(place::overlaps) ? null : place;
    }
}
