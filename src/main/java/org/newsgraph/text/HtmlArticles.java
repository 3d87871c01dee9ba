package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.newsgraph.NewsgraphException;

import net.dankito.readability4j.Readability4J;

/**
 * The article in an HTML page as a reader sees it: its main text, found by Mozilla Readability's
 * algorithm (through Readability4J), without the menus, teasers and footers around it, paragraph by
 * paragraph; and its metadata ({@link HtmlMetadata}). When Readability finds no content, the text of
 * the {@code <article>} element (or {@code <main>}, or the body) without its page furniture is taken.
 */
final class HtmlArticles {
    /** Elements whose start and end break the text into paragraphs. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "td", "th", "caption", "br", "hr", "address", "details", "summary");
    /** Elements that are never article prose: scripts, menus, forms, captions, embedded media. */
    private static final Set<String> SKIPPED = Set.of("head", "title", "meta", "link", "script", "style",
            "noscript", "template", "nav", "aside", "footer", "figure",
            "figcaption", "picture", "svg", "iframe", "button", "form", "select", "textarea", "input", "object",
            "canvas", "video", "audio");
    /** Page furniture removed before the fallback reads {@code <article>}, {@code <main>} or the body. */
    private static final String FURNITURE = "nav, header, footer, aside, form, figure, [role=navigation], [aria-hidden=true]";

    private HtmlArticles() {
    }

    static Article parse(String source, String html, List<String> warnings) {
        Document doc = Jsoup.parse(html);
        HtmlMetadata.Found meta = HtmlMetadata.read(doc); // before Readability, which removes the scripts
        String body = readable(doc);
        if (body.isBlank()) {
            body = fallback(Jsoup.parse(html));
        }
        if (body.isBlank()) {
            throw new NewsgraphException(source + ": HTML page has no text to ingest");
        }
        return new Article(body, meta.title(), source, meta.url(), meta.date(), meta.page(), warnings);
    }

    /** The main text by Readability's scoring, or "" when it finds none (or fails on an odd page). */
    private static String readable(Document doc) {
        try {
            // the address only resolves links, which the text does not keep
            Element content = new Readability4J("http://localhost/", doc).parse().getArticleContent();
            return content == null ? "" : paragraphs(content);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String fallback(Document doc) {
        doc.select(FURNITURE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        return paragraphs(root);
    }

    /** The text under an element, one paragraph per block, white space inside each collapsed. */
    static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(current, paragraphs);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(current, paragraphs);
        return ArticleReader.normalise(String.join("\n\n", paragraphs));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().replaceAll("[\\s\u00A0]+", " ").strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
