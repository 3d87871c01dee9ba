package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.GraphStore;

/** The option names users of Jena's own tools reach for: --loc, --results text, --time, export by file extension. */
class JenaConventionsTest {
    private static final String A = "00000000000000aa";
    private static final String B = "00000000000000bb";

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void twoArticles() {
        db = dir.resolve("db");
        try (GraphStore store = GraphStore.embedded(db)) {
            for (String id : new String[] {A, B}) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString("""
                        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                        PREFIX prov: <http://www.w3.org/ns/prov#>
                        PREFIX dcterms: <http://purl.org/dc/terms/>
                        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                        <https://w3id.org/newsgraph/id/article/%1$s> a ng:Article ; dcterms:title "Story %1$s" ;
                            dcterms:source "%1$s.txt" ; ng:contentHash "%1$s%2$s" ;
                            prov:generatedAtTime "2026-01-01T00:00:00Z"^^xsd:dateTime .
                        """.formatted(id, "0".repeat(48))).lang(Lang.TURTLE).parse(g);
                store.putArticle(new ArticleGraph(ArticleGraph.graphName(id), ArticleGraph.articleNode(id), g));
            }
        }
    }

    @Test
    void locIsTheStoreAndResultsTextIsTheTable() {
        CliRun r = CliRun.run("query", "--loc", db.toString(), "--results", "text", "--time",
                "SELECT ?t WHERE { ?a dcterms:title ?t } ORDER BY ?t");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("| \"Story " + A + "\" |"), r.toString());
        assertTrue(r.err().matches("(?s)Time: \\d+\\.\\d{3} sec\\n"), r.toString());
        CliRun csv = CliRun.run("query", "--loc", db.toString(), "--results", "csv", "SELECT ?t WHERE { ?a dcterms:title ?t } ORDER BY ?t");
        assertEquals("t\r\nStory " + A + "\r\nStory " + B + "\r\n", csv.out());
    }

    @Test
    void exportTakesTheFormatFromTheFileNameAndOneArticle() throws Exception {
        Path nt = dir.resolve("all.nt");
        CliRun all = CliRun.run("export", "--loc", db.toString(), "--output", nt.toString());
        assertEquals(0, all.exitCode(), all.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(g); // fails unless it is N-Triples
        assertEquals(10, g.size());

        Path rdf = dir.resolve("one.rdf");
        CliRun one = CliRun.run("export", "--store", db.toString(), "--article", B.substring(0, 15), "--output", rdf.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(Files.readString(rdf).contains("<rdf:RDF"), "RDF/XML by the .rdf extension");
        Graph only = RDFDataMgr.loadGraph(rdf.toString(), Lang.RDFXML);
        assertEquals(5, only.size());
        assertTrue(only.contains(ArticleGraph.articleNode(B), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        assertFalse(only.contains(ArticleGraph.articleNode(A), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));

        CliRun quads = CliRun.run("export", "--store", db.toString(), "--article", A, "--format", "nquads");
        assertTrue(quads.out().lines().allMatch(l -> l.endsWith("<" + ArticleGraph.graphName(A).getURI() + "> .")), quads.toString());
        assertEquals(5, quads.out().lines().count());

        CliRun unknown = CliRun.run("export", "--store", db.toString(), "--output", dir.resolve("x.dat").toString());
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("x.dat: cannot tell the format from the extension; give --format"), unknown.toString());
        assertFalse(Files.exists(dir.resolve("x.dat")));
    }
}
