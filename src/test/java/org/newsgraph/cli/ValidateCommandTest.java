package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.GraphStore;

class ValidateCommandTest {
    private static final String ID = "00000000000000aa";
    /** A small article graph in the shape ingest writes, with %s slots for the parts tests break. */
    private static final String ARTICLE = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX id: <https://w3id.org/newsgraph/id/>
            id:article\\/%1$s a ng:Article ; dcterms:title "Talks" ; dcterms:source "talks.txt" ;
                ng:contentHash "%2$s" ; prov:generatedAtTime "2026-01-01T00:00:00Z"^^xsd:dateTime ;
                ng:hasSentence <https://w3id.org/newsgraph/id/article/%1$s/sentence/0> .
            <https://w3id.org/newsgraph/id/article/%1$s/sentence/0> a ng:Sentence ;
                dcterms:isPartOf id:article\\/%1$s ; ng:sentenceIndex 0 ;
                ng:startOffset %3$s ; ng:endOffset 36 ; ng:text "Ann Lee met Bo Chan in Oslo on Monday." .
            id:person\\/ann_lee a ng:Person ; rdfs:label "Ann Lee" ; ng:mentionedIn id:article\\/%1$s .
            id:person\\/bo_chan a ng:Person ; rdfs:label "Bo Chan" ; ng:mentionedIn id:article\\/%1$s .
            id:person\\/ann_lee ng:communicatedWith id:person\\/bo_chan .
            <https://w3id.org/newsgraph/id/article/%1$s/fact/1> a rdf:Statement ;
                rdf:subject id:person\\/ann_lee ; rdf:predicate ng:communicatedWith ; rdf:object id:person\\/bo_chan ;
                prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/%1$s/sentence/0> ;
                ng:confidence %4$s ; ng:modality ng:Asserted .
            """;

    @TempDir
    Path dir;

    private void put(String startOffset, String confidence) {
        String ttl = ARTICLE.formatted(ID, "ab".repeat(32), startOffset, confidence);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString((ttl)).lang(Lang.TURTLE).parse(g);
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(new ArticleGraph(ArticleGraph.graphName(ID), ArticleGraph.articleNode(ID), g));
        }
    }

    @Test
    void wellFormedArticleGraphIsValid() {
        put("0", "0.85");
        CliRun r = CliRun.run("validate", "--store", dir.resolve("db").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("valid: 1 article graph (26 triples) conform to the shapes\n", r.out());
    }

    @Test
    void violationsNameArticleFocusNodePathAndProblem() {
        put("40", "1.5");
        CliRun r = CliRun.run("validate", "--store", dir.resolve("db").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("article " + ID + ": article/" + ID + "/sentence/0 ng:startOffset: a sentence has"
                + " exactly one ng:startOffset >= 0 and not after its ng:endOffset (value 40)\n"), r.out());
        assertTrue(r.out().contains("article " + ID + ": article/" + ID + "/fact/1 ng:confidence: a fact has exactly"
                + " one ng:confidence, an xsd:decimal from 0 to 1 (value 1.5)\n"), r.out());
        assertTrue(r.out().endsWith("2 violations in 1 of 1 article graphs\n"), r.out());
    }

    @Test
    void publicationsAndSchemaOrgMetadataAreChecked() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ARTICLE.formatted(ID, "ab".repeat(32), "0", "0.85") + """
                PREFIX schema: <https://schema.org/>
                id:article\\/%1$s schema:headline "Talks" ; schema:inLanguage "English" ;
                    ng:publication <https://w3id.org/newsgraph/id/article/%1$s/publication/1> .
                <https://w3id.org/newsgraph/id/article/%1$s/publication/1> a ng:Publication ; schema:headline "Talks" ;
                    prov:generatedAtTime "2026-01-01T00:00:00Z"^^xsd:dateTime ; schema:url "not an IRI" .
                """.formatted(ID)).lang(Lang.TURTLE).parse(g);
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(new ArticleGraph(ArticleGraph.graphName(ID), ArticleGraph.articleNode(ID), g));
        }
        CliRun r = CliRun.run("validate", "--store", dir.resolve("db").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("schema:inLanguage: an article has at most one schema:inLanguage, a BCP 47 tag"), r.out());
        assertTrue(r.out().contains("publication/1 dcterms:source: a publication has exactly one dcterms:source"), r.out());
        assertTrue(r.out().contains("publication/1 schema:url: a publication has at most one schema:url, an IRI"), r.out());
        assertTrue(r.out().endsWith("3 violations in 1 of 1 article graphs\n"), r.out());
    }

    @Test
    void graphWithoutItsArticleNodeIsReported() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(("""
                <https://w3id.org/newsgraph/id/person/x> a <https://w3id.org/newsgraph/ontology#Person> .
                """)).lang(Lang.TURTLE).parse(g);
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.putArticle(new ArticleGraph(ArticleGraph.graphName(ID), ArticleGraph.articleNode(ID), g));
        }
        CliRun r = CliRun.run("validate", "--store", dir.resolve("db").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("article " + ID + ": <https://w3id.org/newsgraph/graph/" + ID + ">: the graph does"
                + " not hold its article node article/" + ID + " typed ng:Article"), r.out());
        assertTrue(r.out().contains("person/x rdfs:label: an entity has exactly one non-empty rdfs:label"), r.out());
    }

    @Test
    void freshIngestOfTheSeedsIsValid() {
        Path seeds = Path.of("seeds");
        String db = dir.resolve("db").toString();
        CliRun ingest = CliRun.run("ingest", "--store", db, seeds.toString());
        assertEquals(0, ingest.exitCode(), ingest.toString());
        CliRun r = CliRun.run("validate", "--store", db);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("valid: "), r.out());
    }
}
