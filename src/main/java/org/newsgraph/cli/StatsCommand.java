package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph stats}: counts of articles, entities by type and facts by predicate. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Counts articles, entities by type and facts by predicate.",
        description = {
            "Counts articles, entities by type, and relations and reports by predicate.",
            "",
            "Example:",
            "  newsgraph stats --store my-db"
        })
public final class StatsCommand implements Callable<Integer> {
    private static final String ENTITIES = """
            SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
              VALUES ?type { ng:Person ng:Organization ng:Country ng:Location }
              ?e a ?type } GROUP BY ?type ORDER BY DESC(?n)""";
    private static final String FACTS = """
            SELECT ?p (COUNT(*) AS ?n) WHERE {
              { SELECT DISTINCT ?s ?p ?o WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }
            } GROUP BY ?p ORDER BY DESC(?n)""";
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article }";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = storeOptions.open()) {
            store.forEachRow(q(ARTICLES), row -> out.printf("articles: %d%n", row.getLiteral("n").getLong()));
            out.println("entities:");
            store.forEachRow(q(ENTITIES), row -> out.printf("  %-14s %6d%n", local(row, "type"), row.getLiteral("n").getLong()));
            out.println("facts:");
            store.forEachRow(q(FACTS), row -> out.printf("  %-18s %6d%n", local(row, "p"), row.getLiteral("n").getLong()));
        }
        return 0;
    }

    private static Query q(String text) {
        return QueryCommand.parse(text, "stats");
    }

    private static String local(QuerySolution row, String var) {
        String uri = row.getResource(var).getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}
