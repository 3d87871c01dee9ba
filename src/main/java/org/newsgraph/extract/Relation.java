package org.newsgraph.extract;

/**
 * An entity-to-entity fact: {@code subject predicate object}, with the predicate's local name in
 * the ontology ("adviserTo", "supplies", ...).
 */
public record Relation(Entity subject, String predicate, Entity object, Evidence evidence) {
}
