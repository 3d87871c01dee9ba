package org.newsgraph.extract;

/**
 * Where a fact comes from and how much to trust it.
 *
 * @param sentence   index of the sentence the fact was read from
 * @param confidence 0 to 1
 * @param modality   asserted, reported, hedged or negated
 * @param rule       the name of the rule that produced it, for debugging and provenance
 */
public record Evidence(int sentence, double confidence, Modality modality, String rule) {
}
