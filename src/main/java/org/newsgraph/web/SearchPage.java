package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;

/** The start page: a search box, server-rendered results for {@code ?q=}, and the type-ahead's JSON. */
final class SearchPage {
    /** One entity found: its id, name, type and how many articles mention it. */
    record Hit(String id, String label, String type, int articles) {
    }

    private final StoreQueries queries;

    SearchPage(StoreQueries queries) {
        this.queries = queries;
    }

    List<Hit> find(String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (StoreQueries.Row r : queries.select("search", Map.of("needle", NodeFactory.createLiteralString(needle)))) {
            String id = Entities.id(r.get("e"));
            if (id != null) {
                hits.add(new Hit(id, r.str("label"), Entities.typeName(r.get("type")), r.integer("articles")));
            }
        }
        return hits;
    }

    String html(String q) {
        String query = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Search the news graph</h1>")
                .append("<form class=\"big-search\" action=\"/\" method=\"get\" role=\"search\">")
                .append("<input id=\"q\" type=\"search\" name=\"q\" autocomplete=\"off\" autofocus value=\"")
                .append(Html.text(query)).append("\" placeholder=\"A name: Kim, Seoul, Pentagon…\" aria-label=\"Name\">")
                .append("<button type=\"submit\">Search</button>")
                .append("<ul id=\"suggestions\" class=\"suggestions\" hidden></ul></form>");
        if (!query.isEmpty()) {
            List<Hit> hits = find(query);
            b.append("<section class=\"results\"><h2>").append(hits.size() == 1 ? "1 entity" : hits.size() + " entities")
                    .append(" matching “").append(Html.text(query)).append("”</h2><ul class=\"hits\">");
            for (Hit h : hits) {
                b.append("<li><a class=\"entity ").append(Entities.Named.cssClass(h.type())).append("\" href=\"")
                        .append(Html.entityHref(h.id())).append("\">").append(Html.text(h.label())).append("</a> ")
                        .append("<span class=\"type\">").append(Html.text(h.type())).append("</span> ")
                        .append("<span class=\"count\">").append(h.articles()).append(h.articles() == 1 ? " article" : " articles")
                        .append("</span></li>");
            }
            b.append("</ul></section>");
        }
        return Html.page(query.isEmpty() ? "Search" : query, b.toString(), "search.js");
    }

    String json(String q) {
        StringBuilder b = new StringBuilder("[");
        for (Hit h : find(q)) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"id\":").append(Json.string(h.id())).append(",\"label\":").append(Json.string(h.label()))
                    .append(",\"type\":").append(Json.string(h.type())).append(",\"articles\":").append(h.articles())
                    .append(",\"href\":").append(Json.string(Html.entityHref(h.id()))).append('}');
        }
        return b.append(']').toString();
    }
}
