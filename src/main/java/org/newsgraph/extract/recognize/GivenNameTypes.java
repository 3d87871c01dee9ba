package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * A name the model typed a place or an organisation that is exactly a given name and family names
 * ("musician Tiziano Lugli" as a place) is a person; not after a place preposition ("in Santa Rosa"),
 * nor when a word that opens places' names opens it ("Wadi Barada").
 */
final class GivenNameTypes implements Repair {
    private final TokenShape shape;
    private final GivenNames people;

    GivenNameTypes(TokenShape shape) {
        this.shape = shape;
        this.people = new GivenNames(shape);
    }

    @Override
    public String name() {
        return "given-name-type";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        List<Candidate> runs = people.people(s);
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            boolean person = c.type() != EntityType.PERSON && !c.gazetteer()
                    && runs.stream().anyMatch(p -> p.from() == c.from() && p.to() == c.to())
                    && !(c.from() > 0 && shape.lexicon().placePrepositions().contains(shape.lower(s.token(c.from() - 1))))
                    && !shape.lexicon().placeOpeners().contains(shape.lower(s.token(c.from())));
            out.add(person ? c.reshaped(c.from(), c.to(), EntityType.PERSON, name()) : c);
        }
        return out;
    }
}
