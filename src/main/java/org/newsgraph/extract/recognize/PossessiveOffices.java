package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "the Los Angeles Sheriff's office", "the Manhattan District Attorney's Office": an office holder
 * ({@code [office-holders]}) with "'s" and a word for the body ({@code [office-heads]}) after it names
 * an organisation, with the capitalised words before the holder (the place it serves). The name
 * replaces whatever the other sources found inside it ("Los Angeles Sheriff" as a place, "LA Sheriff"
 * as a person).
 */
final class PossessiveOffices implements Pass {
    private static final int LONGEST_HOLDER = 3;
    private static final int LONGEST_PLACE = 4;

    private final TokenShape shape;
    private final Lexicon lx;

    PossessiveOffices(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "possessive-office";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> found = new ArrayList<>();
        for (int k = 1; k + 1 < s.size(); k++) {
            if (!s.token(k).isPossessive() || !lx.officeHeads().contains(shape.lower(s.token(k + 1)))) {
                continue;
            }
            int holder = holderStart(s, k);
            if (holder < 0) {
                continue;
            }
            int from = holder;
            while (from > 0 && holder - from < LONGEST_PLACE && placeWord(s.token(from - 1))) {
                from--;
            }
            if (from == holder && holder > 0 && s.token(holder - 1).isPossessive()) {
                continue; // "Texas's attorney general's office" is left to the other passes
            }
            found.add(new Candidate(from, k + 2, EntityType.ORGANIZATION, false, false, name()));
        }
        if (found.isEmpty()) {
            return;
        }
        for (Candidates.Source source : Candidates.Source.values()) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate r : c.get(source)) {
                if (found.stream().noneMatch(r::overlaps)) {
                    kept.add(r);
                }
            }
            if (source == Candidates.Source.MODEL) {
                kept.addAll(found);
                kept.sort(java.util.Comparator.comparingInt(Candidate::from));
            }
            c.set(source, kept);
        }
    }

    /** The first token of a capitalised office holder's title that ends right before {@code k}, or -1. */
    private int holderStart(Sentence s, int k) {
        for (int from = k - 1; from >= Math.max(0, k - LONGEST_HOLDER); from--) {
            if (!s.token(from).isCapitalised()) {
                return -1;
            }
            if (lx.officeHolders().contains(s.span(from, k).toLowerCase(java.util.Locale.ROOT))) {
                int longer = from;
                for (int f = from - 1; f >= Math.max(0, k - LONGEST_HOLDER); f--) {
                    if (s.token(f).isCapitalised() && lx.officeHolders().contains(s.span(f, k).toLowerCase(java.util.Locale.ROOT))) {
                        longer = f;
                    }
                }
                return longer;
            }
        }
        return -1;
    }

    private boolean placeWord(Token t) {
        return t.isCapitalised() && !"PUNCT".equals(t.pos()) && !"DET".equals(t.pos()) && !shape.isTitleWord(t)
                && !lx.notNames().contains(shape.lower(t));
    }
}
