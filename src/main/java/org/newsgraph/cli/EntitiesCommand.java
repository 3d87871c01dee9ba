package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.QuerySolution;
import org.newsgraph.extract.EntityType;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph entities [--type T] [--by-article] [NAME]}: lists or searches entities with
 * their names, types and article counts. Names live in each article's own graph, so
 * {@code --by-article} shows which article gave an entity which name: a wrong merge across articles
 * is traced to its article and undone with {@code newsgraph delete ARTICLE}.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        header = "Lists and searches the people, organisations, countries and places.",
        description = {
            "Lists the people, organisations, countries and places in the store with their names, "
                + "type and the number of articles that mention them, most mentioned first. NAME searches "
                + "every name (case-insensitive, part of a name is enough).",
            "",
            "Examples:",
            "  newsgraph entities --store my-db",
            "  newsgraph entities --type person Kim",
            "  newsgraph entities --by-article \"Kim Sung-Han\"   (which article gave which name)",
            "  newsgraph entities --mentions \"Kim Sung-Han\"     (every mention: article, offsets, pass, sentence)"
        })
public final class EntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: person, organization, country or location.")
    String type;

    @Option(names = "--by-article", description = "For each entity, the names each article gave it.")
    boolean byArticle;

    @Option(names = "--mentions", description = {"For each entity, every mention: its article, sentence, begin and end",
            "offsets (Unicode code points into the article text) and the recognition pass that found it."})
    boolean mentions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Part of a name to search for.")
    String name;

    @Override
    public Integer call() {
        String typeFilter = typeFilter();
        String nameFilter = name == null || name.isBlank() ? ""
                : "FILTER EXISTS { ?e rdfs:label|skos:altLabel ?n . FILTER(CONTAINS(LCASE(STR(?n)), " + literal(name) + ")) }";
        String query = """
                SELECT ?e ?type (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?names)
                       (COUNT(DISTINCT ?a) AS ?articles)
                WHERE {
                  VALUES ?type { %s }
                  ?e a ?type ; rdfs:label ?l .
                  OPTIONAL { ?e ng:mentionedIn ?a }
                  OPTIONAL { ?e skos:altLabel ?alt }
                  %s
                } GROUP BY ?e ?type ORDER BY DESC(?articles) ?label LIMIT %d""".formatted(typeFilter, nameFilter, limit);
        PrintWriter out = spec.commandLine().getOut();
        List<QuerySolution> rows = new ArrayList<>();
        try (GraphStore store = storeOptions.open()) {
            store.forEachRow(QueryCommand.parse(query, "entities"), rows::add);
            out.printf("%-13s %8s  %s%n", "TYPE", "ARTICLES", "NAME (OTHER NAMES)  IRI");
            for (QuerySolution row : rows) {
                String label = text(row, "label");
                List<String> others = new ArrayList<>();
                for (String n : text(row, "names").split("\u001f")) {
                    if (!n.isEmpty() && !n.equals(label)) {
                        others.add(n);
                    }
                }
                String iri = row.getResource("e").getURI();
                out.printf("%-13s %8d  %s%s  <%s>%n", local(row.getResource("type").getURI()),
                        row.getLiteral("articles").getLong(), label,
                        others.isEmpty() ? "" : " (" + String.join("; ", others) + ")", iri);
                if (byArticle) {
                    printByArticle(store, iri, out);
                }
                if (mentions) {
                    printMentions(store, iri, out);
                }
            }
        }
        out.printf("%d entit%s%n", rows.size(), rows.size() == 1 ? "y" : "ies");
        return 0;
    }

    private void printByArticle(GraphStore store, String iri, PrintWriter out) {
        String q = """
                SELECT ?id (GROUP_CONCAT(DISTINCT ?n; separator="; ") AS ?names) WHERE {
                  GRAPH ?g { <%s> rdfs:label|skos:altLabel ?n ; ng:mentionedIn ?a }
                  ?a ng:contentHash ?hash . BIND(SUBSTR(?hash, 1, 16) AS ?id)
                } GROUP BY ?id ORDER BY ?id""".formatted(iri);
        store.forEachRow(QueryCommand.parse(q, "entities"), row ->
                out.printf("%23s  %s: %s%n", "", text(row, "id"), text(row, "names")));
    }

    private void printMentions(GraphStore store, String iri, PrintWriter out) {
        String q = """
                SELECT ?id ?si ?begin ?end ?anchor ?pass ?text WHERE {
                  GRAPH ?g { ?m itsrdf:taIdentRef <%s> ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                                ng:recognitionPass ?pass ; nif:sentence ?s .
                             ?s ng:sentenceIndex ?si ; ng:text ?text ; dcterms:isPartOf ?a . ?a ng:contentHash ?hash }
                  BIND(SUBSTR(?hash, 1, 16) AS ?id)
                } ORDER BY ?id ?begin""".formatted(iri);
        store.forEachRow(QueryCommand.parse(q, "entities"), row ->
                out.printf("%23s  %s s%d [%d,%d) \"%s\" by %s: %s%n", "", text(row, "id"), row.getLiteral("si").getInt(),
                        row.getLiteral("begin").getLong(), row.getLiteral("end").getLong(), text(row, "anchor"),
                        text(row, "pass"), text(row, "text")));
    }

    private String typeFilter() {
        if (type == null) {
            StringBuilder all = new StringBuilder();
            for (EntityType t : EntityType.values()) {
                all.append("ng:").append(t.localName()).append(' ');
            }
            return all.toString();
        }
        for (EntityType t : EntityType.values()) {
            if (t.localName().equalsIgnoreCase(type) || t.name().equalsIgnoreCase(type)) {
                return "ng:" + t.localName();
            }
        }
        throw new ParameterException(spec.commandLine(),
                "--type " + type + ": not a type (use person, organization, country or location)");
    }

    private static String literal(String s) {
        return "\"" + s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) && row.get(var).isLiteral() ? row.getLiteral(var).getString() : "";
    }

    private static String local(String uri) {
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}
