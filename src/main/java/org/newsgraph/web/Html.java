package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the page frame shared by every page. All text from the store goes through {@link #text}. */
final class Html {
    private Html() {
    }

    /** Text escaped for element content and quoted attribute values. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** A query parameter value (the slash of an entity id left readable: it is allowed there). */
    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    static String entityHref(String entityId) {
        return "/entity?id=" + param(entityId);
    }

    static String graphHref(String entityId) {
        return "/graph?id=" + param(entityId);
    }

    static String articleHref(String articleId) {
        return "/article?id=" + param(articleId);
    }

    /**
     * A whole page: the title (escaped here), the body (already HTML) and the scripts it loads from
     * {@code /static/}. No inline script anywhere, so the Content-Security-Policy can forbid it.
     */
    static String page(String title, String body, String... scripts) {
        StringBuilder b = new StringBuilder(body.length() + 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append(" · newsgraph</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        for (String s : scripts) {
            b.append("<script defer src=\"/static/").append(s).append("\"></script>");
        }
        b.append("</head><body><header class=\"top\"><a class=\"home\" href=\"/\">newsgraph</a>")
                .append("<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Search people, organisations, places\" aria-label=\"Search\">")
                .append("</form></header><main>")
                .append(body)
                .append("</main></body></html>\n");
        return b.toString();
    }
}
