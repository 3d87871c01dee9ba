package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * "Defence Minister Wellington Koo": a place name between a title and a person's surname is the
 * person's given name. The model's person takes it in and the gazetteer's is dropped; so is the
 * gazetteer's when the context rules already read both names as one person.
 */
final class PlaceAsGivenName implements Pass {
    private final TokenShape shape;

    PlaceAsGivenName(TokenShape shape) {
        this.shape = shape;
    }

    @Override
    public String name() {
        return "place-as-given-name";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> gaz = c.get(Candidates.Source.GAZETTEER);
        List<Candidate> people = new ArrayList<>(c.get(Candidates.Source.MODEL));
        List<Candidate> kept = new ArrayList<>(gaz);
        for (int k = 0; k < people.size(); k++) {
            Candidate p = people.get(k);
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            for (Candidate g : gaz) {
                if (g.to() == p.from() && g.length() == 1 && g.type() == EntityType.LOCATION && g.from() > 0
                        && shape.isTitleWord(s.token(g.from() - 1))) {
                    people.set(k, p.reshaped(g.from(), p.to(), EntityType.PERSON, name()));
                    kept.remove(g);
                }
            }
        }
        for (Candidate p : c.get(Candidates.Source.CONTEXT)) {
            // the context rules read the title and both names as one person: the place gives way
            kept.removeIf(g -> p.type() == EntityType.PERSON && g.from() == p.from() && g.to() < p.to() && g.length() == 1
                    && g.type() == EntityType.LOCATION && g.from() > 0 && shape.isTitleWord(s.token(g.from() - 1)));
        }
        c.set(Candidates.Source.MODEL, people);
        c.set(Candidates.Source.GAZETTEER, kept);
    }
}
