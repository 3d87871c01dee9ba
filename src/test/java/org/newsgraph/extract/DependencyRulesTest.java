package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.RelationRules.Rule;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/**
 * The rules that read the dependency parse, run alone (surface relation and report rules left out),
 * on sentences of our own where word distance misleads: each fact must come from a {@code dep} rule.
 */
class DependencyRulesTest {
    private static Annotator annotator;
    private static RelationRules syntaxOnly;
    private static FactExtractor facts;
    private static Map<String, Rule> rulesByName;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        syntaxOnly = RelationRules.load().only("syntax");
        facts = new FactExtractor(syntaxOnly);
        rulesByName = syntaxOnly.rules().stream().collect(Collectors.toMap(Rule::name, Function.identity()));
    }

    private static MarkedText text(String s) {
        return new MarkedText(annotator, s);
    }

    private static Extraction extract(MarkedText t) {
        return facts.extract(t.annotated(), t.resolved());
    }

    private static Optional<Relation> relation(Extraction x, String subject, String predicate, String object) {
        return x.relations().stream().filter(r -> r.subject().label().equals(subject) && r.predicate().equals(predicate)
                && r.object().label().equals(object)).findFirst();
    }

    /** The relation is there and a dependency rule made it. */
    private static void assertFromSyntax(Extraction x, String subject, String predicate, String object) {
        Optional<Relation> r = relation(x, subject, predicate, object);
        assertTrue(r.isPresent(), () -> "expected " + subject + " " + predicate + " " + object + " in " + x.relations());
        Rule rule = rulesByName.get(r.get().evidence().rule());
        assertTrue(rule != null && rule.readsSyntax(), () -> "made by " + r.get().evidence().rule());
    }

    private static void assertReport(Extraction x, ReportKind kind, String agent, String keyword) {
        Optional<Report> r = x.reports().stream().filter(p -> p.kind() == kind && p.agent().label().equals(agent)
                && p.text().contains(keyword)).findFirst();
        assertTrue(r.isPresent(), () -> "expected " + agent + " " + kind + " '" + keyword + "' in " + x.reports());
        Rule rule = rulesByName.get(r.get().evidence().rule());
        assertTrue(rule != null && rule.readsSyntax(), () -> "made by " + r.get().evidence().rule());
    }

    @Test
    void subjectAndObject() {
        Extraction x = extract(text("Olaf Scholz visited Poland on Monday.").person("Olaf Scholz").country("Poland"));
        assertFromSyntax(x, "Olaf Scholz", "visits", "Poland");
    }

    @Test
    void argumentsSurviveAnInsertedClause() {
        Extraction x = extract(text("Xi Jinping, who met Vladimir Putin in Moscow on Tuesday, visited France a week later.")
                .person("Xi Jinping").person("Vladimir Putin").country("France").place("Moscow"));
        assertFromSyntax(x, "Xi Jinping", "visits", "France");
        assertFromSyntax(x, "Xi Jinping", "communicatedWith", "Vladimir Putin");
        assertFalse(relation(x, "Vladimir Putin", "visits", "France").isPresent(), x.relations()::toString);
    }

    @Test
    void passiveAgentIsTheSubject() {
        Extraction x = extract(text("Poland was visited by Olaf Scholz in May.").person("Olaf Scholz").country("Poland"));
        assertFromSyntax(x, "Olaf Scholz", "visits", "Poland");
        assertFalse(relation(x, "Poland", "visits", "Olaf Scholz").isPresent(), x.relations()::toString);
    }

    @Test
    void possessorOfANoun() {
        Extraction x = extract(text("Russia's talks with Ukraine stalled last month.").country("Russia").country("Ukraine"));
        assertFromSyntax(x, "Russia", "communicatedWith", "Ukraine");
    }

    @Test
    void lightVerbLendsItsSubject() {
        Extraction x = extract(text("Turkey held lengthy talks on Sunday with Qatar.").country("Turkey").country("Qatar"));
        assertFromSyntax(x, "Turkey", "communicatedWith", "Qatar");
    }

    @Test
    void controllerIsTheObjectOfTheVerbAbove() {
        Extraction x = extract(text("Joe Biden urged Benjamin Netanyahu to visit Egypt next week.")
                .person("Joe Biden").person("Benjamin Netanyahu").country("Egypt"));
        assertFromSyntax(x, "Benjamin Netanyahu", "visits", "Egypt");
        assertFalse(relation(x, "Joe Biden", "visits", "Egypt").isPresent(), x.relations()::toString);
        assertFromSyntax(x, "Joe Biden", "pressures", "Benjamin Netanyahu");
    }

    @Test
    void coordinatedSubjectsEachHoldTheRelation() {
        Extraction x = extract(text("Finland and Sweden joined NATO after the invasion.")
                .country("Finland").country("Sweden").org("NATO"));
        assertFromSyntax(x, "Finland", "memberOf", "NATO");
        assertFromSyntax(x, "Sweden", "memberOf", "NATO");
    }

    @Test
    void sharedSubjectOfCoordinatedVerbs() {
        Extraction x = extract(text("Olaf Scholz met Andrzej Duda in Warsaw and visited Lithuania.")
                .person("Olaf Scholz").person("Andrzej Duda").country("Lithuania").place("Warsaw"));
        assertFromSyntax(x, "Olaf Scholz", "communicatedWith", "Andrzej Duda");
        assertFromSyntax(x, "Olaf Scholz", "visits", "Lithuania");
        assertFalse(relation(x, "Andrzej Duda", "visits", "Lithuania").isPresent(), x.relations()::toString);
    }

    @Test
    void travellingToAnOrganisationAndArrivingInAPlace() {
        Extraction x = extract(text("Eva Lind and her father are to travel to the Andean Council. "
                + "After many difficulties, Tomas Berg arrived in Lima on Monday.")
                .person("Eva Lind").org("Andean Council").person("Tomas Berg").place("Lima"));
        assertFromSyntax(x, "Eva Lind", "visits", "Andean Council");
        assertFromSyntax(x, "Tomas Berg", "visits", "Lima");
        assertFalse(relation(x, "Eva Lind", "visits", "Lima").isPresent(), x.relations()::toString);
    }

    @Test
    void reportedSpeechProposalsAndConcerns() {
        Extraction x = extract(text("Emmanuel Macron, speaking in Brussels, said on Friday that the alliance would grow. "
                + "Antony Blinken called for a ceasefire in the region. "
                + "Kishida is worried about the missile launches.")
                .person("Emmanuel Macron").person("Antony Blinken").person("Kishida").place("Brussels"));
        assertReport(x, ReportKind.STATEMENT, "Emmanuel Macron", "the alliance would grow");
        assertReport(x, ReportKind.PROPOSAL, "Antony Blinken", "ceasefire");
        assertReport(x, ReportKind.CONCERN, "Kishida", "missile launches");
    }

    @Test
    void malformedDependencyRulesNameTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse("relation visits 0.8 : dep visit subj=A object=B\n", "test.rules"));
        assertTrue(e.getMessage().startsWith("test.rules:1: unknown dependency relation object"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RelationRules.parse("relation visits 0.8 : dep visit subj=A\n", "test.rules"));
        assertTrue(e.getMessage().contains("needs A and B"), e.getMessage());
        Rule r = RelationRules.parse("relation visits 0.8 : dep visit|tour/VERB subj=A:Person obl/to|in=B\n", "t").rules().get(0);
        assertEquals(java.util.Set.of("to", "in"), r.dependency().slots().get(1).prepositions());
        assertEquals(java.util.Set.of("VERB"), r.dependency().triggerPos());
    }
}
