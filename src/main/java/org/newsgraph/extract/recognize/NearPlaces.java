package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Source: the capitalised words right after a preposition of nearness are a place ("Near Dayr Az
 * Zawr, five strikes ...", "a strike outside Al Shadaddi"), whatever the tagger made of them: it
 * often takes an unknown Arabic or Kurdish place name for common nouns or the model for a person. The
 * words run to a comma, a full stop or a lower-case word, at most {@value #MAX_WORDS} of them, none a
 * title, a month or a day. The place replaces what the model and context found inside those words; a
 * longer name that crosses its edge, or a name the gazetteer knows, is left alone. The prepositions
 * are the lexicon's {@code [near-words]}.
 */
final class NearPlaces implements Pass {
    private static final int MAX_WORDS = 4;

    private final TokenShape shape;
    private final Lexicon lx;
    private final Set<String> nearWords;

    NearPlaces(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.nearWords = shape.gazetteer().words("near-words");
    }

    @Override
    public String name() {
        return "near-places";
    }

    @Override
    public void apply(Sentence s, Candidates all) {
        List<Candidate> model = new ArrayList<>(all.get(Candidates.Source.MODEL));
        List<Candidate> context = new ArrayList<>(all.get(Candidates.Source.CONTEXT));
        List<Candidate> gaz = all.get(Candidates.Source.GAZETTEER);
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!nearWords.contains(shape.lower(s.token(i)))) {
                continue;
            }
            int end = runEnd(s, i + 1);
            if (end < 0) {
                continue;
            }
            Candidate place = new Candidate(i + 1, end, EntityType.LOCATION, false, false, name());
            if (gaz.stream().anyMatch(place::overlaps)
                    || model.stream().anyMatch(c -> c.overlaps(place) && (c.from() < place.from() || c.to() > place.to()))) {
                continue;
            }
            model.removeIf(place::overlaps);
            context.removeIf(place::overlaps);
            model.add(place);
            i = end - 1;
        }
        all.set(Candidates.Source.MODEL, model);
        all.set(Candidates.Source.CONTEXT, context);
    }

    /** The end of the capitalised words from {@code k} when a comma, a full stop, the end or a lower-case word follows them; else -1. */
    private int runEnd(Sentence s, int k) {
        int j = k;
        while (j < s.size() && j - k < MAX_WORDS) {
            Token t = s.token(j);
            String w = shape.lower(t);
            if (!t.isCapitalised() || "PUNCT".equals(t.pos()) || lx.notNames().contains(w.replace(".", ""))
                    || shape.isTitleWord(t) || lx.pronouns().contains(w)) {
                break;
            }
            j++;
        }
        if (j == k) {
            return -1;
        }
        if (j == s.size()) {
            return j;
        }
        Token next = s.token(j);
        boolean closed = next.text().equals(",") || next.text().equals(".") || next.text().equals(";")
                || Character.isLowerCase(next.text().charAt(0));
        return closed ? j : -1;
    }
}
