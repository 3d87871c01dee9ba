package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpModels;

class RelationRulesTest {

    @Test
    void bundledRulesCoverEveryRelationOfTheContract() {
        RelationRules rules = RelationRules.load();
        Set<String> predicates = new java.util.HashSet<>();
        rules.rules().forEach(r -> predicates.add(r.target()));
        rules.roleClasses().forEach(c -> predicates.add(c.predicate()));
        for (String p : Set.of("adviserTo", "memberOf", "leaderOf", "communicatedWith", "supplies", "pressures",
                "spiesOn", "visits", "allyOf", "fightsAgainst", "locatedIn", "said", "proposed", "concernedAbout", "title")) {
            assertTrue(predicates.contains(p), "no rule for " + p);
        }
    }

    @Test
    void aMalformedLineIsReportedWithItsPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse("@say = say tell\nrelation supplies high : A^ sell B\n", "my.rules"));
        assertTrue(e.getMessage().startsWith("my.rules:2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse("relation supplies 0.8 : A^ @sell B\n", "my.rules"));
        assertTrue(e.getMessage().contains("unknown word class @sell"), e.getMessage());
    }

    /** The example of the README's "Adding a relation type": a new relation type is one line of rules, no Java. */
    @Test
    void aNewRelationTypeNeedsOnlyARule() {
        RelationRules rules = RelationRules.parse("""
                @sanction = sanction embargo blacklist
                relation sanctions 0.8 : A^ @sanction B
                relation sanctions 0.75 : A^ impose * sanctions on|against B
                """, "inline");
        FactExtractor facts = new FactExtractor(rules);
        MarkedText t = new MarkedText(NlpModels.load().newAnnotator(),
                "Canada imposed new sanctions on Freedonia. Norway sanctioned Ruritania in May.")
                .country("Canada").country("Freedonia").country("Norway").country("Ruritania");
        Extraction x = facts.extract(t.annotated(), t.resolved());
        assertEquals(Set.of("Canada sanctions Freedonia", "Norway sanctions Ruritania"),
                Set.copyOf(x.relations().stream().map(r -> r.subject().label() + " " + r.predicate() + " " + r.object().label()).toList()));
    }
}
