package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Source: a numbered unit, an ordinal then capitalised words that end in an organisation head ("the
 * 507th Air Refueling Wing", "3rd Battalion", "the 5th Special Forces Group"). The tagger takes the
 * ordinal for an adjective or a noun and the words after it for common nouns, so neither the model nor
 * the proper-noun runs of {@link ContextNames} see the whole name. A country, place or demonym right
 * before the ordinal is part of it ("the U.S. 5th Fleet", "a Jordanian 71st Counter Terrorism
 * Battalion"); {@link Choose} then lets the longer name win over the gazetteer's. The unit goes with
 * the model's names and replaces the pieces the other sources found inside it.
 */
final class NumberedUnits implements Pass {
    /** "1st", "22nd", "3rd", "507th". */
    static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    /** How many words after the ordinal a unit's name may have. */
    private static final int MAX_WORDS = 6;

    private final TokenShape shape;
    private final Lexicon lx;

    NumberedUnits(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "numbered-units";
    }

    @Override
    public void apply(Sentence s, Candidates all) {
        List<Candidate> model = new ArrayList<>(all.get(Candidates.Source.MODEL));
        List<Candidate> context = new ArrayList<>(all.get(Candidates.Source.CONTEXT));
        for (int i = 0; i < s.size(); i++) {
            if (!ORDINAL.matcher(s.token(i).text()).matches()) {
                continue;
            }
            int end = headEnd(s, i + 1);
            if (end < 0) {
                continue;
            }
            int from = i;
            for (Candidate g : all.get(Candidates.Source.GAZETTEER)) {
                if (g.to() == i && g.type() != EntityType.PERSON) {
                    from = g.from();
                }
            }
            Candidate unit = new Candidate(from, end, EntityType.ORGANIZATION, false, false, name());
            // a longer name of the model's that crosses the unit's edge is left alone
            if (model.stream().anyMatch(c -> c.overlaps(unit) && (c.from() < unit.from() || c.to() > unit.to()))) {
                continue;
            }
            model.removeIf(unit::overlaps);
            context.removeIf(unit::overlaps);
            model.add(unit);
            i = end - 1;
        }
        all.set(Candidates.Source.MODEL, model);
        all.set(Candidates.Source.CONTEXT, context);
    }

    /** The end of the longest run of capitalised words from {@code k} whose last word is an organisation head, or -1. */
    private int headEnd(Sentence s, int k) {
        int end = -1;
        for (int j = k; j < s.size() && j - k < MAX_WORDS; j++) {
            var t = s.token(j);
            if (!t.isCapitalised() || "PUNCT".equals(t.pos()) || lx.functionTags().contains(t.pos()) && !"NUM".equals(t.pos())) {
                break;
            }
            if (lx.orgHeads().contains(shape.lower(t))) {
                end = j + 1;
            }
        }
        return end;
    }
}
