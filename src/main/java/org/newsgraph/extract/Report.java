package org.newsgraph.extract;

import java.util.List;

/**
 * A proposal, concern or statement: who put it forward and the text of what was proposed, feared
 * or said, with the entities that text names.
 */
public record Report(ReportKind kind, Entity agent, String text, List<Entity> mentioned, Evidence evidence) {

    public Report {
        mentioned = List.copyOf(mentioned);
    }
}
