package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.Var;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * The web pages' only way to the data: the SELECT queries in {@code queries/*.rq} beside this class,
 * run on the store's dataset (the union of the article graphs as default graph) in a read
 * transaction. Parameters are bound as RDF terms, never pasted as text.
 */
final class StoreQueries {
    /** One result row, its terms copied out of the transaction. */
    record Row(Map<String, Node> values) {
        Node get(String var) {
            return values.get(var);
        }

        String str(String var) {
            Node n = values.get(var);
            if (n == null) {
                return null;
            }
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        }

        int integer(String var) {
            String s = str(var);
            return s == null ? 0 : Integer.parseInt(s);
        }
    }

    private static final long TIMEOUT_MILLIS = 20_000;

    private final GraphStore store;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    StoreQueries(GraphStore store) {
        this.store = store;
    }

    /**
     * Runs the named query with its {@code ?var}s bound to the given terms, and with
     * {@code VALUES ?var {}} blocks filled from the lists of terms (for {@code VALUES (?a ?b) {}}
     * the key is {@code "a b"} and the list holds the rows' terms one after another).
     */
    List<Row> select(String name, Map<String, Node> bindings, Map<String, Collection<Node>> values) {
        return select(name, bindings, values, TIMEOUT_MILLIS);
    }

    /** As above, with its own time limit. */
    List<Row> select(String name, Map<String, Node> bindings, Map<String, Collection<Node>> values, long timeoutMillis) {
        String text = texts.computeIfAbsent(name, StoreQueries::load);
        for (Map.Entry<String, Collection<Node>> v : values.entrySet()) {
            String[] vars = v.getKey().split(" ");
            StringBuilder terms = new StringBuilder();
            int i = 0;
            for (Node n : v.getValue()) {
                terms.append(vars.length > 1 && i % vars.length == 0 ? "(" : "").append(FmtUtils.stringForNode(n))
                        .append(vars.length > 1 && i % vars.length == vars.length - 1 ? ") " : " ");
                i++;
            }
            String head = vars.length == 1 ? "?" + vars[0] : "(?" + String.join(" ?", vars) + ")";
            text = text.replace("VALUES " + head + " {}", "VALUES " + head + " { " + terms + "}");
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        NG.PREFIXES.forEach(pss::setNsPrefix);
        bindings.forEach(pss::setParam);
        Query query = pss.asQuery();
        return store.query(query, timeoutMillis, qe -> {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            List<Row> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding b = rs.nextBinding();
                Map<String, Node> m = new HashMap<>(vars.size() * 2);
                for (Iterator<Var> it = b.vars(); it.hasNext(); ) {
                    Var var = it.next();
                    m.put(var.getVarName(), b.get(var));
                }
                rows.add(new Row(m));
            }
            return rows;
        });
    }

    List<Row> select(String name, Map<String, Node> bindings) {
        return select(name, bindings, Map.of());
    }

    private static String load(String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = StoreQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing query " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
