package org.newsgraph.extract.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Repair: in a headline written in title case ("DoD Spokesman: U.S. Airstrikes Weaken Al-Qaida, ISIL
 * Terrorists") every word is capitalised, so capitals say nothing and the model and the context rules
 * read runs of words as names ("U.S. Airstrikes Weaken Al", "Coalition Strikes Mosul Hospital"). There
 * only the gazetteer's names stand; {@link Propagation} then finds again, in the headline, the names
 * the article's body gives.
 *
 * <p>The headline is the article's first sentence; it is in title case when it has at least
 * {@value #MIN_CAPITALISED} capitalised words and no lower-case word but the short ones
 * ({@code [title-case-small]} in the lexicon: "in", "of", "with") and the particles inside names
 * ("Dayr az Zawr").
 */
final class TitleCaseHeadline implements Pass {
    private static final int MIN_CAPITALISED = 3;

    private final Set<String> small;
    private final Set<String> particles;

    TitleCaseHeadline(TokenShape shape) {
        this.small = shape.gazetteer().words("title-case-small");
        this.particles = shape.lexicon().particles();
    }

    @Override
    public String name() {
        return "title-case-headline";
    }

    @Override
    public void apply(Sentence s, Candidates all) {
        if (s.index() == 0 && titleCase(s)) {
            all.set(Candidates.Source.MODEL, List.of());
            all.set(Candidates.Source.CONTEXT, List.of());
        }
    }

    private boolean titleCase(Sentence s) {
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (t.isCapitalised()) {
                capitalised++;
            } else if (!small.contains(t.lower()) && !particles.contains(t.lower())) {
                return false;
            }
        }
        return capitalised >= MIN_CAPITALISED;
    }
}
