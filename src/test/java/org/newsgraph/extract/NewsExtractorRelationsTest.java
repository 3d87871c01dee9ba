package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.text.Article;

/** Relations through the real recogniser and resolver, down to the article graph. */
class NewsExtractorRelationsTest {

    @Test
    void assertedFactsAreTriplesAndNegatedOnesAreOnlyDescribed() {
        String text = "France agreed to sell helicopters to Egypt. Germany did not sell tanks to Egypt.";
        AnnotatedText annotated = NlpModels.load().newAnnotator().annotate(text);
        Extraction x = NewsExtractor.load().extract(annotated);
        Relation sold = x.relations().stream().filter(r -> r.subject().label().equals("France")).findFirst().orElseThrow(
                () -> new AssertionError("no France supplies Egypt in " + x.relations()));
        Relation notSold = x.relations().stream().filter(r -> r.subject().label().equals("Germany")).findFirst().orElseThrow(
                () -> new AssertionError("no negated Germany fact in " + x.relations()));
        Article article = new Article(text, null, "t1.txt", null, null);
        ArticleGraph g = ArticleGraph.build(article, annotated, x, Instant.parse("2026-01-01T00:00:00Z"));
        Node supplies = NG.ng("supplies");
        assertTrue(g.graph().contains(Triple.create(ArticleGraph.entityNode(sold.subject()), supplies,
                ArticleGraph.entityNode(sold.object()))));
        assertFalse(g.graph().contains(Triple.create(ArticleGraph.entityNode(notSold.subject()), supplies,
                ArticleGraph.entityNode(notSold.object()))));
        assertTrue(g.graph().contains(Node.ANY, NG.modality, NG.Negated));
    }

    @Test
    void aRegionsDemonymBeforeAPlayersRoleNamesHisTeam() {
        String text = "England beat Peru on Sunday, and English captain Tom Hale scored twice.";
        Extraction x = NewsExtractor.load().extract(NlpModels.load().newAnnotator().annotate(text));
        assertTrue(x.relations().stream().anyMatch(r -> r.predicate().equals("memberOf") && r.subject().label().equals("Tom Hale")
                && r.object().label().equals("England")), x.relations().toString());
    }
}
