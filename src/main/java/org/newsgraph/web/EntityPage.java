package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.newsgraph.rdf.NG;

/**
 * An entity: its names, type and articles; every fact about it grouped by predicate, each with its
 * evidence sentence (both parties marked), badge, confidence and article; its statements and
 * proposals as a timeline. Rendered on the server: it needs no script.
 */
final class EntityPage {
    /** Articles listed at most; the count says how many there are. */
    private static final int ARTICLES_SHOWN = 200;

    private final StoreQueries queries;

    EntityPage(StoreQueries queries) {
        this.queries = queries;
    }

    /** The page, or null if the store knows no such entity. */
    String html(String id) {
        Node e = Entities.iri(id);
        if (e == null) {
            return null;
        }
        Map<String, Node> bind = Map.of("e", e);
        String label = null;
        String type = null;
        Set<String> alts = new TreeSet<>();
        for (StoreQueries.Row r : queries.select("entity", bind)) {
            String p = r.str("p");
            Node v = r.get("v");
            if (p.endsWith("#type") && v.isURI() && v.getURI().startsWith(NG.NS)) {
                type = Entities.typeName(v);
            } else if (p.endsWith("#label") && label == null) {
                label = v.getLiteralLexicalForm();
            } else if (p.endsWith("#altLabel")) {
                alts.add(v.getLiteralLexicalForm());
            }
        }
        if (label == null || type == null) {
            return null;
        }
        alts.remove(label);
        List<Fact> facts = new ArrayList<>();
        // the parties' names as the articles give them; the entity's own from above
        Map<Node, String[]> labels = new HashMap<>();
        Set<List<Node>> graphParty = new LinkedHashSet<>();
        for (StoreQueries.Row r : queries.select("entity-facts", bind)) {
            Fact f = Fact.of(r);
            facts.add(f);
            for (String side : List.of("s", "o")) {
                Node n = r.get(side);
                if (!n.equals(e) && r.get(side + "Label") != null && Entities.id(n) != null) {
                    labels.putIfAbsent(n, new String[] {r.str(side + "Label"), Entities.typeName(r.get(side + "Type"))});
                    graphParty.add(List.of(r.get("g"), n));
                }
            }
        }
        Map<Node, Set<String>> altNames = new HashMap<>();
        if (!graphParty.isEmpty()) {
            List<Node> pairs = graphParty.stream().flatMap(List::stream).toList();
            for (StoreQueries.Row r : queries.select("alt-labels-in", Map.of(), Map.of("g x", pairs))) {
                altNames.computeIfAbsent(r.get("x"), k -> new TreeSet<>()).add(r.str("alt"));
            }
        }
        Map<Node, Entities.Named> names = new HashMap<>();
        labels.forEach((n, lt) -> names.put(n, new Entities.Named(Entities.id(n), lt[0], lt[1],
                List.copyOf(altNames.getOrDefault(n, Set.of())))));
        names.put(e, new Entities.Named(id, label, type, List.copyOf(alts)));
        List<StoreQueries.Row> articles = queries.select("entity-articles", bind);

        String css = Entities.Named.cssClass(type);
        StringBuilder b = new StringBuilder(4096 + facts.size() * 900);
        b.append("<article class=\"entity-page\"><h1 class=\"").append(css).append("\">").append(Html.text(label)).append("</h1>")
                .append("<p class=\"meta\"><span class=\"type ").append(css).append("\">").append(Html.text(type)).append("</span>");
        if (!alts.isEmpty()) {
            b.append(" · also named ");
            String sep = "";
            for (String a : alts) {
                b.append(sep).append("<span class=\"alt\">").append(Html.text(a)).append("</span>");
                sep = ", ";
            }
        }
        b.append(" · ").append(count(articles.size(), "article")).append(" · ").append(count(facts.size(), "fact"))
                .append(" · <a class=\"graph-link\" href=\"").append(Html.graphHref(id)).append("\">Graph view</a></p>");
        timeline(b, e, facts, names);
        factGroups(b, e, facts, names);
        b.append("<section class=\"articles\"><h2>Articles</h2><ul>");
        for (StoreQueries.Row r : articles.subList(0, Math.min(ARTICLES_SHOWN, articles.size()))) {
            String a = r.str("a");
            b.append("<li><a href=\"").append(Html.articleHref(a.substring(a.lastIndexOf('/') + 1))).append("\">")
                    .append(Html.text(r.str("title"))).append("</a>");
            if (r.str("date") != null) {
                b.append(" · <time>").append(Html.text(r.str("date"))).append("</time>");
            }
            b.append(" · <span class=\"file\">").append(Html.text(r.str("source"))).append("</span></li>");
        }
        if (articles.size() > ARTICLES_SHOWN) {
            b.append("<li class=\"more\">and ").append(articles.size() - ARTICLES_SHOWN).append(" more</li>");
        }
        b.append("</ul></section></article>");
        return Html.page(label, b.toString());
    }

    /** Statements, proposals and concerns of the entity, oldest article first (undated ones last). */
    private static void timeline(StringBuilder b, Node e, List<Fact> facts, Map<Node, Entities.Named> names) {
        List<Fact> reports = new ArrayList<>(facts.stream().filter(f -> f.isReport() && f.subject().equals(e)).toList());
        if (reports.isEmpty()) {
            return;
        }
        reports.sort(Comparator.comparing(Fact::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Fact::articleTitle, Comparator.nullsLast(Comparator.naturalOrder())));
        b.append("<section class=\"timeline\"><h2>Statements and proposals</h2><ol>");
        for (Fact f : reports) {
            b.append("<li><time>").append(f.date() == null ? "undated" : Html.text(f.date())).append("</time> ")
                    .append("<span class=\"kind\">").append(Html.text(f.predicate())).append("</span> ")
                    .append("<q>").append(Html.text(f.objectText())).append("</q>");
            String badge = f.badge();
            if (badge != null) {
                b.append(" <span class=\"badge ").append(badge).append("\">").append(badge).append("</span>");
            }
            b.append(f.sourceHtml()).append("</li>");
        }
        b.append("</ol></section>");
    }

    /** The facts grouped by predicate and direction, the largest group first. */
    private static void factGroups(StringBuilder b, Node e, List<Fact> facts, Map<Node, Entities.Named> names) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = f.subject().equals(e) ? f.predicate() : f.predicate() + " (by others)";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Map.Entry<String, List<Fact>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<String, List<Fact>> g) -> -g.getValue().size()).thenComparing(Map.Entry::getKey));
        b.append("<section class=\"facts\"><h2>Facts</h2>");
        if (ordered.isEmpty()) {
            b.append("<p>No facts about this entity yet.</p>");
        }
        for (Map.Entry<String, List<Fact>> g : ordered) {
            List<Fact> list = g.getValue();
            list.sort(Comparator.comparing(Fact::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Fact::confidence, Comparator.nullsLast(Comparator.reverseOrder())));
            b.append("<section class=\"group\" data-predicate=\"").append(Html.text(list.get(0).predicate())).append("\"><h3>")
                    .append(Html.text(g.getKey())).append(" <span class=\"count\">").append(list.size()).append("</span></h3><ul>");
            for (Fact f : list) {
                b.append("<li class=\"fact\"><div class=\"claim\">").append(f.claimHtml(names)).append("</div>")
                        .append(f.evidenceHtml(names)).append(f.sourceHtml()).append("</li>");
            }
            b.append("</ul></section>");
        }
        b.append("</section>");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
