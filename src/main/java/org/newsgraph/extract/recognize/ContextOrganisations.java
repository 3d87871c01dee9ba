package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;

/** An organisation named by its head word ("the Joint Council for ...") is as good as the model's names. */
final class ContextOrganisations implements Pass {

    @Override
    public String name() {
        return "context-organisations";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> model = new ArrayList<>(c.get(Candidates.Source.MODEL));
        for (Candidate r : c.get(Candidates.Source.CONTEXT)) {
            if (r.type() == EntityType.ORGANIZATION && model.stream().noneMatch(r::overlaps)) {
                model.add(r);
            }
        }
        c.set(Candidates.Source.MODEL, model);
    }
}
