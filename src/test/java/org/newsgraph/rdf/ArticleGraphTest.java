package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Report;
import org.newsgraph.extract.ReportKind;
import org.newsgraph.extract.RoleTitle;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.Article;

class ArticleGraphTest {
    private static final String TEXT = "Ann Lee advises Ruritania. Ruritania did not arm Borduria.";

    private final Article article = new Article(TEXT, "Test", "test.txt", null, null);
    private final AnnotatedText text = new AnnotatedText(TEXT, List.of(
            new Sentence(0, 0, 26, TEXT.substring(0, 26), List.of(new Token("Ann", 0, 3, "PROPN", "Ann"))),
            new Sentence(1, 27, TEXT.length(), TEXT.substring(27), List.of(new Token("Ruritania", 27, 36, "PROPN", "Ruritania")))));
    private final Entity ann = new Entity("ann-lee", EntityType.PERSON, "Ann Lee", Set.of("Ann Lee", "Ms. Lee"), List.of());
    private final Entity ruritania = new Entity("ruritania", EntityType.COUNTRY, "Ruritania", Set.of("Ruritania"), List.of());
    private final Entity borduria = new Entity("borduria", EntityType.COUNTRY, "Borduria", Set.of("Borduria"), List.of());

    private Graph build() {
        Extraction x = new Extraction(List.of(ann, ruritania, borduria),
                List.of(new Relation(ann, "adviserTo", ruritania, new Evidence(0, 0.9, Modality.ASSERTED, "test")),
                        new Relation(ruritania, "supplies", borduria, new Evidence(1, 0.8, Modality.NEGATED, "test"))),
                List.of(new Report(ReportKind.STATEMENT, ann, "nothing new", List.of(ruritania), new Evidence(0, 0.7, Modality.REPORTED, "test"))),
                List.of(new RoleTitle(ann, "adviser", new Evidence(0, 0.9, Modality.ASSERTED, "test"))));
        return ArticleGraph.build(article, text, x, Instant.parse("2026-01-01T00:00:00Z")).graph();
    }

    @Test
    void entitiesAreTypedAndNamed() {
        Graph g = build();
        Node annNode = ArticleGraph.entityNode(ann);
        assertEquals("https://w3id.org/newsgraph/id/person/ann-lee", annNode.getURI());
        assertTrue(g.contains(annNode, NG.rdfType, NG.Person));
        assertTrue(g.contains(annNode, NG.rdfsLabel, NodeFactory.createLiteralString("Ann Lee")));
        assertTrue(g.contains(annNode, NG.skosAltLabel, NodeFactory.createLiteralString("Ms. Lee")));
        assertFalse(g.contains(annNode, NG.skosAltLabel, NodeFactory.createLiteralString("Ann Lee")), "the label is not repeated as altLabel");
    }

    @Test
    void everyFactPointsToItsSentenceWithConfidence() {
        Graph g = build();
        Node annNode = ArticleGraph.entityNode(ann);
        Node rur = ArticleGraph.entityNode(ruritania);
        assertTrue(g.contains(annNode, NG.adviserTo, rur));
        List<Triple> st = g.find(Node.ANY, NG.rdfPredicate, NG.adviserTo).toList();
        assertEquals(1, st.size());
        Node statement = st.get(0).getSubject();
        assertTrue(g.contains(statement, NG.rdfSubject, annNode));
        Node sentence = g.find(statement, NG.provWasDerivedFrom, Node.ANY).next().getObject();
        assertTrue(g.contains(sentence, NG.text, NodeFactory.createLiteralString("Ann Lee advises Ruritania.")));
        assertTrue(g.contains(sentence, NG.startOffset, Node.ANY));
        assertTrue(g.contains(statement, NG.confidence, Node.ANY));
        assertTrue(g.contains(statement, NG.modality, NG.Asserted));
    }

    @Test
    void negatedFactsAreDescribedButNotAsserted() {
        Graph g = build();
        Node rur = ArticleGraph.entityNode(ruritania);
        Node bor = ArticleGraph.entityNode(borduria);
        assertFalse(g.contains(rur, NG.supplies, bor));
        Node statement = g.find(Node.ANY, NG.rdfPredicate, NG.supplies).next().getSubject();
        assertTrue(g.contains(statement, NG.modality, NG.Negated));
    }

    @Test
    void statementsAreNodesWithTextAndMentions() {
        Graph g = build();
        Node annNode = ArticleGraph.entityNode(ann);
        Node said = g.find(annNode, NG.said, Node.ANY).next().getObject();
        assertTrue(g.contains(said, NG.rdfType, NG.Statement));
        assertTrue(g.contains(said, NG.text, NodeFactory.createLiteralString("nothing new")));
        assertTrue(g.contains(said, NG.mentions, ArticleGraph.entityNode(ruritania)));
    }

    @Test
    void theArticleNodeCarriesItsMetadata() {
        Graph g = build();
        Node a = ArticleGraph.articleNode(article.id());
        assertTrue(g.contains(a, NG.rdfType, NG.Article));
        assertTrue(g.contains(a, NG.contentHash, NodeFactory.createLiteralString(article.contentHash())));
        assertTrue(g.contains(a, NG.dctTitle, NodeFactory.createLiteralString("Test")));
        assertEquals(2, g.find(a, NG.hasSentence, Node.ANY).toList().size());
    }
}
