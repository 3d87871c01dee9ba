package org.newsgraph.extract;

/** What an agent put forward: a proposal, a concern or a statement. */
public enum ReportKind {
    PROPOSAL("proposed", "Proposal"), CONCERN("concernedAbout", "Concern"), STATEMENT("said", "Statement");

    private final String predicate;
    private final String className;

    ReportKind(String predicate, String className) {
        this.predicate = predicate;
        this.className = className;
    }

    /** Local name of the property from agent to node. */
    public String predicate() {
        return predicate;
    }

    /** Local name of the node's class. */
    public String className() {
        return className;
    }
}
