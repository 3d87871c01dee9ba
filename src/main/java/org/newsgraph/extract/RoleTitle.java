package org.newsgraph.extract;

/** A role the article gives a person ("national security adviser", "former president"). */
public record RoleTitle(Entity person, String title, Evidence evidence) {
}
