package org.newsgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One article as read from its source: the plain text that extraction sees, and what is known
 * about where it came from. The content hash names the article's graph, so the same text always
 * lands in the same graph; the same text read from a second source adds that source to it.
 *
 * @param text     the article text, newlines normalised to {@code \n}
 * @param title    a title (the page's headline, the first line, or given by the user)
 * @param source   where it was read from (a path, {@code -} for standard input, or a URL)
 * @param url      the article's address when known, else {@code null}
 * @param date     the publication date when known, else {@code null}
 * @param page     what the page says about itself beyond title, address and date (never {@code null})
 * @param warnings what the reader repaired on the way (undecodable bytes, a wrong charset), one line each
 */
public record Article(String text, String title, String source, String url, LocalDate date,
                      PageMetadata page, List<String> warnings) {

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) {
            title = firstLine(text);
        }
        page = page == null ? PageMetadata.NONE : page;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An article with no page metadata and nothing repaired. */
    public Article(String text, String title, String source, String url, LocalDate date) {
        this(text, title, source, url, date, PageMetadata.NONE, List.of());
    }

    /** SHA-256 of the text, hex encoded. */
    public String contentHash() {
        return sha256(text);
    }

    /** The short id used in IRIs: the first 16 hex digits of the content hash. */
    public String id() {
        return contentHash().substring(0, 16);
    }

    /**
     * What tells this copy of the text from another copy of the same text: where it was read, its
     * address and its date. The same text from a second outlet has another key.
     */
    public String publicationKey() {
        return sha256(source + "\n" + Objects.toString(url, "") + "\n" + Objects.toString(date, "")).substring(0, 16);
    }

    public Article withMetadata(String newTitle, String newUrl, LocalDate newDate) {
        return new Article(text, newTitle != null ? newTitle : title, source,
                newUrl != null ? newUrl : url, newDate != null ? newDate : date, page, warnings);
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
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
