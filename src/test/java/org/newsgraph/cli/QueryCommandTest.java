package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

class QueryCommandTest {
    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("db").toString();
    }

    @Test
    void unclosedQueryNamesLineAndColumnWithoutStackTrace() {
        CliRun r = CliRun.run("query", "--store", store(), "SELECT ?s\nWHERE { ?s ?p ?o ");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("newsgraph query: syntax error in query at line 2, column 17: the query ends too early"
                + " (a missing '}' or ')'?)\n", r.err());
        assertFalse(r.hasStackTrace(), r.toString());
    }

    @Test
    void unexpectedTokenAndMisspelledKeywordAreShownWithTheirPlace() {
        CliRun token = CliRun.run("query", "--store", store(), "SELECT * { ?s ?p ?o FILTER(?o > ) }");
        assertEquals(1, token.exitCode());
        assertTrue(token.err().contains("at line 1, column 33: unexpected \")\""), token.toString());
        CliRun keyword = CliRun.run("query", "--store", store(), "SELEC * WHERE { ?s ?p ?o }");
        assertEquals(1, keyword.exitCode());
        assertTrue(keyword.err().contains("at line 1, column 6: unexpected character ' ' after \"SELEC\""),
                keyword.toString());
    }

    @Test
    void errorInAQueryFileNamesTheFile() throws Exception {
        Path rq = Files.writeString(dir.resolve("bad.rq"), "PREFIX x: <http://x/>\nSELECT * WHERE {\n  ?s y:p ?o }\n");
        CliRun r = CliRun.run("query", "--store", store(), rq.toString());
        assertEquals(1, r.exitCode());
        assertEquals("newsgraph query: " + rq + ": syntax error in query at line 3, column 6:"
                + " Unresolved prefixed name: y:p\n", r.err());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun r = CliRun.run("query", "--verbose", "--store", store(), "SELECT * WHERE { ?s ?p ?o ");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("QueryParseException"), r.toString());
    }

    @Test
    void timeoutCancelsALongQuery() {
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            Graph g = GraphFactory.createDefaultGraph();
            Node article = ArticleGraph.articleNode("0000000000000001");
            for (int i = 0; i < 1000; i++) {
                g.add(Triple.create(article, NG.tokenCount, NodeFactory.createLiteralDT("" + i, XSDDatatype.XSDinteger)));
            }
            store.putArticle(new ArticleGraph(ArticleGraph.graphName("0000000000000001"), article, g));
        }
        long started = System.nanoTime();
        // 10^9 rows: minutes without a timeout
        CliRun r = CliRun.run("query", "--store", store(), "--timeout", "0.5",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("newsgraph query: query timed out (raise --timeout)\n(run with --verbose for details)\n", r.err());
        assertTrue(seconds < 30, "took " + seconds + " s");
        CliRun quick = CliRun.run("query", "--store", store(), "--timeout", "5", "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c }");
        assertEquals(0, quick.exitCode(), quick.toString());
        assertEquals("n\r\n1000\r\n", quick.out());
    }

    @Test
    void limitAndOffsetPageThroughAnOrderedAnswer() {
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            Graph g = GraphFactory.createDefaultGraph();
            Node article = ArticleGraph.articleNode("0000000000000001");
            for (int i = 0; i < 10; i++) {
                g.add(Triple.create(article, NG.tokenCount, NodeFactory.createLiteralDT("" + i, XSDDatatype.XSDinteger)));
            }
            store.putArticle(new ArticleGraph(ArticleGraph.graphName("0000000000000001"), article, g));
        }
        String q = "SELECT ?n WHERE { ?a ng:tokenCount ?n } ORDER BY ?n LIMIT 3";
        assertEquals("n\r\n0\r\n1\r\n2\r\n", CliRun.run("query", "--store", store(), "--format", "csv", q).out());
        CliRun page = CliRun.run("query", "--store", store(), "--format", "csv", "--limit", "2", "--offset", "4", q);
        assertEquals("n\r\n4\r\n5\r\n", page.out(), page.toString());
        CliRun all = CliRun.run("query", "--store", store(), "--format", "csv", "--limit", "0", q);
        assertEquals(11, all.out().lines().count(), all.toString());
        CliRun negative = CliRun.run("query", "--store", store(), "--limit", "-1", q);
        assertEquals(2, negative.exitCode(), negative.toString());
    }

    @Test
    void missingStoreIsReportedNotCreated() {
        Path typo = dir.resolve("typo-db");
        CliRun r = CliRun.run("query", "--store", typo.toString(), "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("newsgraph query: " + typo + ": no store here (newsgraph ingest --store " + typo
                + " creates one)\n", r.err());
        assertFalse(Files.exists(typo));
    }
}
