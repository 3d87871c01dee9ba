package org.newsgraph.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.NewsgraphException;

/**
 * Article text and metadata from an HTML page: the text of the {@code <article>} element (or the
 * body) paragraph by paragraph, the title, canonical URL and publication date from the page's
 * metadata (Open Graph, {@code article:published_time}, {@code <time>}) when present.
 */
final class HtmlArticles {
    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote, pre";

    private HtmlArticles() {
    }

    static Article parse(String source, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, figure").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a block holding blocks (a quote of paragraphs, a list item with a paragraph): they come on their own
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                text.append(t).append("\n\n");
            }
        }
        if (text.isEmpty()) {
            text.append(root.text());
        }
        String body = ArticleReader.normalise(text.toString());
        if (body.isBlank()) {
            throw new NewsgraphException(source + ": HTML page has no text to ingest");
        }
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(),
                doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : null);
        String url = absoluteUrl(firstNonBlank(meta(doc, "meta[property=og:url]"), attr(doc, "link[rel=canonical]", "href")),
                attr(doc, "link[rel=canonical]", "href"));
        String dateText = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=date]"), meta(doc, "meta[name=pubdate]"),
                meta(doc, "meta[name=dc.date]"), attr(doc, "time[datetime]", "datetime"));
        return new Article(body, title, source, url, parseDate(dateText));
    }

    /** The first candidate that is an absolute http(s) URL, a relative canonical link resolved against it. */
    private static String absoluteUrl(String preferred, String canonical) {
        URI base = httpUri(preferred);
        if (base == null) {
            base = httpUri(canonical);
        }
        if (base != null && canonical != null && !canonical.isBlank() && httpUri(canonical) == null) {
            try {
                URI resolved = base.resolve(canonical.strip());
                return httpUri(resolved.toString()) != null ? resolved.toString() : base.toString();
            } catch (IllegalArgumentException e) {
                return base.toString();
            }
        }
        return base == null ? null : base.toString();
    }

    private static URI httpUri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
