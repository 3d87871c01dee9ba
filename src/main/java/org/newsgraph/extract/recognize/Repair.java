package org.newsgraph.extract.recognize;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/**
 * A pass that reshapes the candidates of one source ("the model's names take in their of-phrases").
 * The same repair runs on several sources; {@link #on} binds it to one.
 */
interface Repair {

    String name();

    List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all);

    /** This repair as a pass over the candidates of {@code source}. */
    default Pass on(Candidates.Source source) {
        Repair self = this;
        return new Pass() {
            @Override
            public String name() {
                return self.name();
            }

            @Override
            public void apply(Sentence s, Candidates c) {
                c.set(source, self.repair(s, new java.util.ArrayList<>(c.get(source)), c));
            }
        };
    }
}
