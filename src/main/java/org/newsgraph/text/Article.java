package org.newsgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from its source: the plain text that extraction sees, and what is known
 * about where it came from. The content hash names the article's graph, so the same text always
 * lands in the same graph.
 *
 * @param text   the article text, newlines normalised to {@code \n}
 * @param title  a title (the page title, the first line, or given by the user)
 * @param source where it was read from (a path, {@code -} for standard input, or a URL)
 * @param url    the article's address when known, else {@code null}
 * @param date   the publication date when known, else {@code null}
 */
public record Article(String text, String title, String source, String url, LocalDate date) {

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) {
            title = firstLine(text);
        }
    }

    /** SHA-256 of the text, hex encoded. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The short id used in IRIs: the first 16 hex digits of the content hash. */
    public String id() {
        return contentHash().substring(0, 16);
    }

    public Article withMetadata(String newTitle, String newUrl, LocalDate newDate) {
        return new Article(text, newTitle != null ? newTitle : title, source,
                newUrl != null ? newUrl : url, newDate != null ? newDate : date);
    }

    static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                t = t.replaceFirst("^#+\\s*", "");
                return t.length() > 200 ? t.substring(0, 200) + "…" : t;
            }
        }
        return "(untitled)";
    }
}
