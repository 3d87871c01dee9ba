package org.newsgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.rdf.NG;

/**
 * An article: its text with every mention marked and coloured by type, and the facts found in it.
 * The text is the stored sentences at their offsets (a gap of more than one character is taken as a
 * paragraph break, since only the sentences are stored).
 */
final class ArticlePage {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    private final StoreQueries queries;

    ArticlePage(StoreQueries queries) {
        this.queries = queries;
    }

    /** The page, or null if the store has no such article. */
    String html(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        Node a = NodeFactory.createURI(NG.ID + "article/" + id);
        Node g = NodeFactory.createURI(NG.GRAPH + id);
        List<StoreQueries.Row> info = queries.select("article", Map.of("a", a));
        if (info.isEmpty()) {
            return null;
        }
        StoreQueries.Row meta = info.get(0);
        Map<String, Node> bind = Map.of("a", a, "g", g);

        Map<Node, Entities.Named> entities = new LinkedHashMap<>();
        Map<Node, Set<String>> alts = new LinkedHashMap<>();
        for (StoreQueries.Row r : queries.select("article-entities", bind)) {
            Node e = r.get("e");
            String eid = Entities.id(e);
            if (eid == null || !r.get("type").getURI().startsWith(NG.NS)) {
                continue;
            }
            entities.putIfAbsent(e, new Entities.Named(eid, r.str("label"), Entities.typeName(r.get("type")), List.of()));
            if (r.str("alt") != null) {
                alts.computeIfAbsent(e, k -> new TreeSet<>()).add(r.str("alt"));
            }
        }
        alts.forEach((e, names) -> {
            Entities.Named n = entities.get(e);
            entities.put(e, new Entities.Named(n.id(), n.label(), n.type(), List.copyOf(names)));
        });

        // each mention where the extraction found it, by sentence; a store without mentions falls back on the names
        record Placed(Entities.Named entity, int begin, int end, String anchor) {
        }
        Map<String, List<Placed>> mentions = new LinkedHashMap<>();
        for (StoreQueries.Row r : queries.select("article-mentions", bind)) {
            Entities.Named e = entities.get(r.get("e"));
            if (e != null) {
                mentions.computeIfAbsent(r.str("sentence"), k -> new ArrayList<>())
                        .add(new Placed(e, r.integer("begin"), r.integer("end"), r.str("anchor")));
            }
        }

        StringBuilder b = new StringBuilder(16_384);
        b.append("<article class=\"article-page\"><h1>").append(Html.text(meta.str("title"))).append("</h1><p class=\"meta\">");
        if (meta.str("date") != null) {
            b.append("<time>").append(Html.text(meta.str("date"))).append("</time> · ");
        }
        b.append("<span class=\"file\">").append(Html.text(meta.str("source"))).append("</span>");
        if (meta.str("url") != null) {
            b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(safeUrl(meta.str("url"))))
                    .append("\">original</a>");
        }
        if (meta.str("ingested") != null) {
            b.append(" · ingested <time>").append(Html.text(meta.str("ingested"))).append("</time>");
        }
        b.append("</p><p class=\"legend\">");
        for (String t : List.of("Person", "Organization", "Country", "Location")) {
            b.append("<mark class=\"mention ").append(Entities.Named.cssClass(t)).append("\">").append(t).append("</mark> ");
        }
        b.append("</p><div class=\"text\"><p>");
        int end = -1;
        // UTF-16 units less code points before the sentence: the sentences' offsets count the one, NIF's the other
        // (what lies between sentences is white space, one unit a code point)
        int surrogates = 0;
        for (StoreQueries.Row s : queries.select("article-sentences", Map.of("a", a))) {
            int start = s.integer("start");
            if (end >= 0) {
                b.append(start - end > 1 ? "</p><p>" : " ");
            }
            end = s.integer("end");
            String text = s.str("text");
            List<Highlighter.Span> spans = new ArrayList<>();
            if (mentions.isEmpty()) {
                for (Entities.Named e : entities.values()) {
                    spans.addAll(Highlighter.byLabel(text, e.names(), "mention " + e.cssClass(), tooltip(e)));
                }
            }
            for (Placed m : mentions.getOrDefault(s.str("s"), List.of())) {
                Highlighter.atCodePoints(text, start - surrogates, m.begin(), m.end(), m.anchor(), "mention " + m.entity().cssClass(),
                        tooltip(m.entity())).ifPresent(spans::add);
            }
            surrogates += text.length() - text.codePointCount(0, text.length());
            b.append("<span class=\"sentence\" id=\"s").append(s.integer("i")).append("\">")
                    .append(Highlighter.render(text, spans)).append("</span>");
        }
        b.append("</p></div>");

        List<Fact> facts = new ArrayList<>();
        for (StoreQueries.Row r : queries.select("article-facts", bind)) {
            facts.add(Fact.of(r));
        }
        Map<Node, Entities.Named> names = new LinkedHashMap<>(entities);
        b.append("<section class=\"facts\"><h2>Facts found in it</h2>");
        if (facts.isEmpty()) {
            b.append("<p>None.</p>");
        } else {
            b.append("<ul>");
            for (Fact f : facts) {
                b.append("<li class=\"fact\"><div class=\"claim\">").append(f.claimHtml(names)).append("</div></li>");
            }
            b.append("</ul>");
        }
        b.append("</section><section class=\"mentions\"><h2>Entities</h2><ul class=\"hits\">");
        for (Entities.Named e : entities.values()) {
            b.append("<li><a class=\"entity ").append(e.cssClass()).append("\" href=\"").append(Html.entityHref(e.id()))
                    .append("\">").append(Html.text(e.label())).append("</a> <span class=\"type\">").append(Html.text(e.type()))
                    .append("</span></li>");
        }
        b.append("</ul></section></article>");
        return Html.page(meta.str("title"), b.toString());
    }

    private static String tooltip(Entities.Named e) {
        return e.label() + " (" + e.type() + ")";
    }

    /** Only http and https links are made clickable. */
    private static String safeUrl(String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? url : "#";
    }
}
