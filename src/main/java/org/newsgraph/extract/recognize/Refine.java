package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;

/**
 * Drops what is not an entity and retypes a person that is a place (see {@link #refine}).
 */
final class Refine implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    Refine(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "refine";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return refine(s, cs);
    }

    /**
     * Drops what is not an entity and corrects a person that is a place: events ("World Cup"), language
     * names and lone demonyms (the gazetteer already decided whether those stand for a state); a
     * person-typed name that starts with a compass word ("East Mosul") or is a GeoNames place
     * ("Raqqah", "Tabqa") without a title before it or a verb of saying after it is a location.
     */
    private List<Candidate> refine(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            String last = shape.lower(s.token(c.to() - 1));
            if (lx.eventHeads().contains(last) && (c.type() != EntityType.ORGANIZATION || lx.documentHeads().contains(last))) {
                continue;
            }
            if (c.length() == 1 && (lx.languages().contains(last) || shape.isDemonym(s.token(c.from())))) {
                continue;
            }
            if (headWordAlone(s, c, last)) {
                continue;
            }
            if (c.type() == EntityType.PERSON && placeShaped(s, c)) {
                c = c.reshaped(c.from(), c.to(), EntityType.LOCATION, name());
            }
            if (c.type() != EntityType.PERSON && !c.gazetteer() && TokenShape.HYPHENATED_GIVEN_NAME.matcher(s.span(c.from(), c.to())).matches()
                    && gazetteer.lookup(s.span(c.from(), c.to())).isEmpty()) {
                c = c.reshaped(c.from(), c.to(), EntityType.PERSON, name()); // "Park Sun-won", "Lai Ching-te"
            }
            out.add(c);
        }
        return out;
    }

    /**
     * A head word taken alone where it names nothing: "Army chief" opening a sentence, "the Islamic
     * Republic's". Not when a name can grow around it (its modifiers, an of-phrase either side), nor
     * mid-sentence after a lower-case word, where it may be a name ("the Coalition said", "Congress").
     */
    private boolean headWordAlone(Sentence s, Candidate c, String word) {
        if (c.length() != 1 || c.gazetteer() || !gazetteer.lookup(s.token(c.from()).text()).isEmpty() || lx.bodiesAlone().contains(word)) {
            return false;
        }
        boolean head = lx.orgHeads().contains(word);
        if (!lx.notAlone().contains(word) && !(head && (c.from() == 0 || s.token(c.from() - 1).isCapitalised()))) {
            return false;
        }
        boolean grows = c.type() == EntityType.ORGANIZATION && head && shape.modifiersBefore(s, c.from()) < c.from()
                || shape.headBefore(s, c.from()) < c.from()
                || c.to() + 1 < s.size() && lx.ofPhraseOpeners().contains(shape.lower(s.token(c.to()))) && s.token(c.to() + 1).isCapitalised();
        return !grows;
    }

    private boolean placeShaped(Sentence s, Candidate c) {
        if (c.length() >= 2 && lx.compass().contains(shape.lower(s.token(c.from())))) {
            return true;
        }
        if (!gazetteer.isPlace(s.span(c.from(), c.to()))) {
            return false;
        }
        boolean titled = c.from() > 0 && shape.isTitleWord(s.token(c.from() - 1));
        boolean speaks = c.to() < s.size() && lx.say().contains(s.token(c.to()).lowerLemma());
        return !titled && !speaks;
    }
}
