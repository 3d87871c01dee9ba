package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.GraphValidator;
import org.newsgraph.rdf.GraphValidator.Violation;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph validate}: checks every article graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks every article graph against the SHACL shapes.",
        description = {
            "Checks every article graph in the store against the SHACL shapes of ontology/shapes.ttl "
                + "and prints each violation as: article ID: FOCUS-NODE PATH: MESSAGE (value V). Each "
                + "article graph is checked on its own, as ingest wrote it. Exit code 1 if any violation.",
            "",
            "Example:",
            "  newsgraph validate --store my-db"
        })
public final class ValidateCommand implements Callable<Integer> {
    private static final String GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g";
    private static final String GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GraphValidator validator = GraphValidator.load();
        int graphs = 0;
        int badGraphs = 0;
        int violations = 0;
        long triples = 0;
        try (GraphStore store = storeOptions.openExisting()) {
            List<Node> names = new ArrayList<>();
            store.forEachRow(QueryCommand.parse(GRAPHS, "validate"), row -> names.add(row.get("g").asNode()));
            for (Node name : names) {
                graphs++;
                List<Violation> found;
                if (!name.isURI() || !name.getURI().startsWith(NG.GRAPH)) {
                    found = List.of(new Violation("?", name.toString(), "",
                            "a named graph that is not an article graph (names start with " + NG.GRAPH + ")", ""));
                } else {
                    Graph g = fetch(store, name);
                    triples += g.size();
                    found = validator.validate(ArticleGraph.articleId(name), g);
                }
                found.forEach(v -> out.println(v.describe()));
                violations += found.size();
                badGraphs += found.isEmpty() ? 0 : 1;
            }
        }
        if (violations == 0) {
            out.printf("valid: %d article graph%s (%d triples) conform to the shapes%n", graphs, graphs == 1 ? "" : "s",
                    triples);
        } else {
            out.printf("%d violation%s in %d of %d article graphs%n", violations, violations == 1 ? "" : "s",
                    badGraphs, graphs);
        }
        out.flush();
        return violations == 0 ? 0 : 1;
    }

    private static Graph fetch(GraphStore store, Node name) {
        Query q = QueryCommand.parse(GRAPH.replace("?g", "<" + name.getURI() + ">"), "validate");
        return store.query(q, 0, qe -> qe.execConstruct().getGraph());
    }
}
