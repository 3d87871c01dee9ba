package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A predicate in the rules that the ontology does not define fails at start-up, with file and line. */
class RulesVocabularyTest {
    private static final Set<String> DEFINED = RelationRules.vocabularyProperties();

    @Test
    void theBundledRulesUseOnlyDefinedPredicates() {
        assertTrue(DEFINED.containsAll(Set.of("supplies", "adviserTo", "said", "title")), DEFINED.toString());
        RelationRules.load(); // checks, and would throw
    }

    @Test
    void aMisspelledRelationNamesItsFileAndLine() {
        String rules = "@supply = supply sell\n"
                + "relation supplies 0.8 : A^ @supply * to B\n"
                + "relation suplies 0.8 : A^ ship * to B\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse(rules, "my.rules").requireDefined(DEFINED, "ontology/newsgraph.ttl"));
        assertEquals("my.rules:3: predicate suplies is not defined in ontology/newsgraph.ttl"
                + " (add it there first, or fix the spelling)", e.getMessage());
    }

    @Test
    void aRoleClassPredicateIsCheckedToo() {
        String rules = "roleclass boss bossOf : boss | manager\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse(rules, "my.rules").requireDefined(DEFINED, "ontology/newsgraph.ttl"));
        assertTrue(e.getMessage().startsWith("my.rules:1: predicate bossOf is not defined"), e.getMessage());
    }
}
