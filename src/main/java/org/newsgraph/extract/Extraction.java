package org.newsgraph.extract;

import java.util.List;

/** Everything extracted from one article. */
public record Extraction(List<Entity> entities, List<Relation> relations, List<Report> reports, List<RoleTitle> titles) {

    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        reports = List.copyOf(reports);
        titles = List.copyOf(titles);
    }
}
