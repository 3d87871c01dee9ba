package org.newsgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * The graph view: an entity and its neighbours, edges labelled by predicate, drawn in the browser
 * by cytoscape.js ({@code /static/graph.js} fetches {@link #json}). The page itself also lists the
 * neighbours as links, for reading without script.
 */
final class GraphPage {
    /** One edge: subject, predicate, object, and how many facts say it. */
    record Edge(Node subject, String predicate, Node object, int count) {
    }

    private final StoreQueries queries;

    GraphPage(StoreQueries queries) {
        this.queries = queries;
    }

    private List<Edge> edges(Node e) {
        List<Edge> edges = new ArrayList<>();
        for (StoreQueries.Row r : queries.select("neighbours", Map.of("e", e))) {
            String p = r.get("p").getURI();
            edges.add(new Edge(r.get("s"), p.substring(p.indexOf('#') + 1), r.get("o"), r.integer("n")));
        }
        return edges;
    }

    private static Set<Node> nodes(Node e, List<Edge> edges) {
        Set<Node> nodes = new LinkedHashSet<>();
        nodes.add(e);
        for (Edge edge : edges) {
            nodes.add(edge.subject());
            nodes.add(edge.object());
        }
        return nodes;
    }

    /** The page, or null if the store knows no such entity. */
    String html(String id) {
        Node e = Entities.iri(id);
        if (e == null) {
            return null;
        }
        List<Edge> edges = edges(e);
        Map<Node, Entities.Named> names = Entities.lookUp(queries, nodes(e, edges));
        Entities.Named self = names.get(e);
        if (self == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(4096);
        b.append("<div class=\"graph-page\"><h1 class=\"").append(self.cssClass()).append("\">")
                .append(Html.text(self.label())).append(" <span class=\"sub\">and its neighbours</span></h1>")
                .append("<p class=\"meta\"><a href=\"").append(Html.entityHref(id)).append("\">Back to the entity page</a>")
                .append(" · click a node to see it, click it again to expand it</p>")
                .append("<div class=\"graph-box\"><div id=\"cy\" data-entity=\"").append(Html.text(id)).append("\"></div>")
                .append("<aside id=\"panel\" class=\"panel\"><p>Click a node.</p></aside></div>")
                .append("<section class=\"edges\"><h2>Edges</h2><ul>");
        for (Edge edge : edges) {
            b.append("<li>").append(Fact.party(edge.subject(), names)).append(" <span class=\"pred\">")
                    .append(Html.text(edge.predicate())).append("</span> ").append(Fact.party(edge.object(), names));
            if (edge.count() > 1) {
                b.append(" <span class=\"count\">×").append(edge.count()).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul></section></div>");
        return Html.page(self.label() + " — graph", b.toString(), "cytoscape.min.js", "graph.js");
    }

    /** The entity and its neighbours as {@code {"nodes":[...],"edges":[...]}}, or null if unknown. */
    String json(String id) {
        Node e = Entities.iri(id);
        if (e == null) {
            return null;
        }
        List<Edge> edges = edges(e);
        Map<Node, Entities.Named> names = Entities.lookUp(queries, nodes(e, edges));
        if (!names.containsKey(e)) {
            return null;
        }
        StringBuilder b = new StringBuilder("{\"nodes\":[");
        String sep = "";
        for (Entities.Named n : names.values()) {
            b.append(sep).append("{\"id\":").append(Json.string(n.id())).append(",\"label\":").append(Json.string(n.label()))
                    .append(",\"type\":").append(Json.string(n.type())).append(",\"href\":").append(Json.string(Html.entityHref(n.id())))
                    .append('}');
            sep = ",";
        }
        b.append("],\"edges\":[");
        sep = "";
        for (Edge edge : edges) {
            Entities.Named s = names.get(edge.subject());
            Entities.Named o = names.get(edge.object());
            if (s == null || o == null) {
                continue;
            }
            b.append(sep).append("{\"id\":").append(Json.string(s.id() + " " + edge.predicate() + " " + o.id()))
                    .append(",\"source\":").append(Json.string(s.id())).append(",\"target\":").append(Json.string(o.id()))
                    .append(",\"label\":").append(Json.string(edge.predicate())).append(",\"count\":").append(edge.count()).append('}');
            sep = ",";
        }
        return b.append("]}").toString();
    }
}
