package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;

/** The start page: a search box, server-rendered results for {@code ?q=}, and the type-ahead's JSON. */
final class SearchPage {
    /** One entity found: its id, name, type and how many articles mention it. */
    record Hit(String id, String label, String type, int articles) {
    }

    /** Hits shown at most. */
    private static final int LIMIT = 20;
    /** How old the name index may get on a writable server before it is read again. */
    private static final long REFRESH_MILLIS = 60_000;
    /** Reading every name of a large store on a busy machine may take a while, once. */
    private static final long INDEX_TIMEOUT_MILLIS = 300_000;

    /** One entity's names, lower-cased, with the hit to show. */
    private record Entry(List<String> names, Hit hit) {
    }

    private final StoreQueries queries;
    private final boolean live;
    private volatile List<Entry> index;
    private volatile long loadedAt;

    /**
     * @param live whether the store can change while served (then the name index is read again
     *             when it is more than a minute old)
     */
    SearchPage(StoreQueries queries, boolean live) {
        this.queries = queries;
        this.live = live;
    }

    /**
     * Entities one of whose names contains the text, ignoring case, the most mentioned first. The
     * names come from one SPARQL query ({@code names.rq}) kept in memory, since a scan of every
     * label of a large store for each key stroke takes seconds.
     */
    List<Hit> find(String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : index()) {
            for (String name : e.names()) {
                if (name.contains(needle)) {
                    hits.add(e.hit());
                    break;
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::articles).reversed().thenComparing(Hit::label));
        return hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits;
    }

    private List<Entry> index() {
        List<Entry> current = index;
        if (current == null || live && System.currentTimeMillis() - loadedAt > REFRESH_MILLIS) {
            synchronized (this) {
                if (index == current) {
                    index = load();
                    loadedAt = System.currentTimeMillis();
                }
                current = index;
            }
        }
        return current;
    }

    /** Reads the name index now (the server calls it at start, so the first search is quick). */
    void warm() {
        index();
    }

    private List<Entry> load() {
        Map<Node, Hit> hits = new LinkedHashMap<>();
        Map<Node, List<String>> names = new HashMap<>();
        for (StoreQueries.Row r : queries.select("names", Map.of(), Map.of(), INDEX_TIMEOUT_MILLIS)) {
            Node e = r.get("e");
            String id = Entities.id(e);
            if (id == null) {
                continue;
            }
            // an entity named differently in some articles: the label of most articles, their sum
            Hit row = new Hit(id, r.str("label"), Entities.typeName(r.get("type")), r.integer("articles"));
            hits.merge(e, row, (a, b) -> new Hit(id, a.articles() >= b.articles() ? a.label() : b.label(), a.type(),
                    a.articles() + b.articles()));
            names.computeIfAbsent(e, k -> new ArrayList<>()).add(row.label().toLowerCase(Locale.ROOT));
        }
        for (StoreQueries.Row r : queries.select("alt-names", Map.of(), Map.of(), INDEX_TIMEOUT_MILLIS)) {
            List<String> list = names.get(r.get("e"));
            if (list != null) {
                list.add(r.str("alt").toLowerCase(Locale.ROOT));
            }
        }
        List<Entry> entries = new ArrayList<>(hits.size());
        hits.forEach((e, hit) -> entries.add(new Entry(List.copyOf(names.get(e)), hit)));
        return List.copyOf(entries);
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
