package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Names the model cut short grow to their whole: a person's name takes in the bare proper nouns
 * beside it, an organisation or place the proper nouns and head word after it.
 */
final class WholeNames implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;

    WholeNames(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "whole-names";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return wholePersonNames(s, cs, all.get(Candidates.Source.GAZETTEER));
    }

    /**
     * The model often takes one word of a person's name ("Eden" of "Eden Hazard", "Dario Gomez" of
     * "Hernan Dario Gomez") or splits it in two ("Jesse" + "Lingard"): a person's name takes in the
     * bare proper nouns right beside it, up to four words, and swallows the candidates it then overlaps.
     */
    private List<Candidate> wholePersonNames(Sentence s, List<Candidate> cs, List<Candidate> gaz) {
        List<Candidate> grown = new ArrayList<>();
        for (Candidate c : cs) {
            if (c.type() != EntityType.PERSON || shape.orgHeadAt(s, c.to())) {
                grown.add(c);
                continue;
            }
            int from = c.from();
            int to = c.to();
            while (to < s.size() && to - from < 5) {
                int next = shape.bareNameWord(s, to, gaz) ? shape.extendGlued(s, to + 1) : shape.particlesThenName(s, to);
                if (next == to) {
                    break;
                }
                to = next;
            }
            while (from > 0 && to - from < 4 && shape.bareNameWord(s, from - 1, gaz)) {
                from--;
            }
            grown.add(c.reshaped(from, to, c.type(), name()));
        }
        grown = wholeBodyNames(s, grown, gaz);
        grown.sort(Comparator.comparingInt(Candidate::from).thenComparing(c -> -c.length()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : grown) {
            if (out.stream().noneMatch(c::overlaps)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The name finder also cuts organisations and places short ("Al" of "Al Jazeera", "Rapid Support"
     * of "Rapid Support Forces", "World Food" of "World Food Programme"): such a name takes in the
     * proper nouns right after it, and a name followed by an organisation's head word ("Forces",
     * "Programme") takes the head in and is an organisation.
     */
    private List<Candidate> wholeBodyNames(Sentence s, List<Candidate> cs, List<Candidate> gaz) {
        List<Candidate> out = new ArrayList<>(cs.size());
        java.util.Set<Integer> personStarts = new java.util.HashSet<>();
        for (Candidate c : cs) {
            if (c.type() == EntityType.PERSON) {
                personStarts.add(c.from());
            }
        }
        for (Candidate c : cs) {
            int to = c.to();
            EntityType type = c.type();
            if (type == EntityType.PERSON) {
                if (shape.orgHeadAt(s, to)) {
                    while (shape.orgHeadAt(s, to)) {
                        to++;
                    }
                    type = EntityType.ORGANIZATION;
                }
            } else {
                // not into a person's name split off it ("Refugee Council | Enver Solomon")
                while (to < s.size() && to - c.from() < 6 && (shape.bareNameWord(s, to, gaz) || shape.orgHeadAt(s, to))
                        && !shape.glued(s, to - 1, to) && !personStarts.contains(to)) {
                    to++;
                }
                if (to > c.to() && lx.orgHeads().contains(shape.lower(s.token(to - 1)))) {
                    type = EntityType.ORGANIZATION;
                }
            }
            out.add(to == c.to() ? c : c.reshaped(c.from(), to, type, name()));
        }
        return out;
    }
}
