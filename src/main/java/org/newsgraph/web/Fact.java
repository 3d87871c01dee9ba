package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.newsgraph.rdf.NG;

/**
 * One described fact as the pages show it: subject, predicate, object, the evidence sentence with
 * its modality and confidence, and the article it came from (title, date, source).
 */
record Fact(Node subject, String predicate, Node object, String objectText, String modality, String confidence,
        String rule, String sentence, String articleId, String articleTitle, String date, String source) {

    /** Predicates whose object is a statement, proposal or concern node with its own text. */
    static final List<String> REPORTS = List.of("said", "proposed", "concernedAbout");

    static Fact of(StoreQueries.Row r) {
        String article = r.str("a");
        String articleId = article == null ? null : article.substring(article.lastIndexOf('/') + 1);
        Node o = r.get("o");
        String objectText = r.str("otext");
        if (objectText == null && o.isLiteral()) {
            objectText = o.getLiteralLexicalForm();
        }
        return new Fact(r.get("s"), local(r.get("p")), o, objectText, local(r.get("mod")), r.str("conf"),
                r.str("rule"), r.str("text"), articleId, r.str("title"), r.str("date"), r.str("source"));
    }

    boolean isReport() {
        return REPORTS.contains(predicate);
    }

    /** The modality as a badge word, or null for a plain assertion. */
    String badge() {
        return modality == null || modality.equals("Asserted") ? null : modality.toLowerCase(Locale.ROOT);
    }

    private static String local(Node n) {
        if (n == null) {
            return null;
        }
        String s = n.getURI();
        return s.startsWith(NG.NS) ? s.substring(NG.NS.length()) : s;
    }

    /** The claim line: subject, predicate, object, each entity linked, text as text. */
    String claimHtml(Map<Node, Entities.Named> names) {
        StringBuilder b = new StringBuilder();
        b.append(party(subject, names)).append(" <span class=\"pred\">").append(Html.text(predicate)).append("</span> ");
        if (objectText != null) {
            b.append(isReport() ? "<q class=\"said\">" : "<span class=\"literal\">").append(Html.text(objectText))
                    .append(isReport() ? "</q>" : "</span>");
        } else {
            b.append(party(object, names));
        }
        String badge = badge();
        if (badge != null) {
            b.append(" <span class=\"badge ").append(badge).append("\">").append(badge).append("</span>");
        }
        if (confidence != null) {
            b.append(" <span class=\"conf\" title=\"confidence\">").append(Html.text(confidence)).append("</span>");
        }
        return b.toString();
    }

    static String party(Node n, Map<Node, Entities.Named> names) {
        Entities.Named e = names.get(n);
        if (e == null) {
            return "<span class=\"entity\">" + Html.text(n.isURI() ? n.getURI() : n.toString()) + "</span>";
        }
        return "<a class=\"entity " + e.cssClass() + "\" href=\"" + Html.entityHref(e.id()) + "\">" + Html.text(e.label()) + "</a>";
    }

    /** The evidence sentence with both parties marked (by name until mentions carry offsets). */
    String evidenceHtml(Map<Node, Entities.Named> names) {
        if (sentence == null) {
            return "";
        }
        List<Highlighter.Span> spans = new ArrayList<>();
        Entities.Named s = names.get(subject);
        if (s != null) {
            spans.addAll(Highlighter.byLabel(sentence, s.names(), "hl-subject " + s.cssClass(), s.label()));
        }
        Entities.Named o = names.get(object);
        if (o != null) {
            spans.addAll(Highlighter.byLabel(sentence, o.names(), "hl-object " + o.cssClass(), o.label()));
        } else if (objectText != null) {
            spans.addAll(Highlighter.byLabel(sentence, List.of(objectText), "hl-object hl-text", predicate));
        }
        return "<blockquote class=\"evidence\">" + Highlighter.render(sentence, spans) + "</blockquote>";
    }

    /** The article line: title (linked), date, source. */
    String sourceHtml() {
        StringBuilder b = new StringBuilder("<div class=\"source\">");
        if (articleId != null) {
            b.append("<a href=\"").append(Html.articleHref(articleId)).append("\">").append(Html.text(articleTitle)).append("</a>");
        }
        if (date != null) {
            b.append(" · <time>").append(Html.text(date)).append("</time>");
        }
        if (source != null) {
            b.append(" · <span class=\"file\">").append(Html.text(source)).append("</span>");
        }
        return b.append("</div>").toString();
    }
}
