package org.newsgraph.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's metadata as a page states it, each field taken from the first of these that gives it,
 * in the order browsers' reader views trust them:
 * <ol>
 *   <li>JSON-LD ({@code <script type="application/ld+json">}) of type {@code NewsArticle}, {@code Article}
 *       or another schema.org article type, also inside {@code @graph};</li>
 *   <li>Open Graph ({@code og:title}, {@code og:url}, {@code og:site_name}, {@code og:locale}) and
 *       {@code article:published_time}, {@code article:modified_time}, {@code article:author};</li>
 *   <li>Dublin Core ({@code DC.title}, {@code DC.date}, {@code DC.creator}, {@code dcterms.*}, ...), and the
 *       common {@code author}, {@code date}, {@code itemprop} metadata;</li>
 *   <li>{@code <time datetime>} (a {@code pubdate} or {@code datePublished} one first);</li>
 *   <li>{@code <title>} with the site's name cut off; {@code <html lang>}.</li>
 * </ol>
 * JSON-LD is read as plain JSON, not expanded as RDF: expansion would fetch the schema.org context,
 * and nothing is downloaded at run time.
 */
final class HtmlMetadata {
    /** The schema.org types whose JSON-LD describes the article itself. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNews",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
            "ScholarlyArticle", "TechArticle");

    /** Between a headline and a site name in {@code <title>}: "Talks resume - BBC News", "Site | Talks resume". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—:·»/\\\\] ");

    /** What was found; {@code null} where the page says nothing. */
    record Found(String title, String url, LocalDate date, PageMetadata page) {
    }

    private HtmlMetadata() {
    }

    /** Reads the metadata of a parsed page (before anything is removed from it). */
    static Found read(Document doc) {
        Index ix = new Index(doc);
        JsonObject ld = jsonLdArticle(ix.jsonLd);
        String siteName = first(ld == null ? null : name(ld.get("publisher")), ix.meta("og:site_name"),
                ix.meta("application-name"), ix.dublinCore("publisher"));

        String title = first(ld == null ? null : string(ld.get("headline")), ix.meta("og:title"),
                ix.meta("twitter:title"), ix.dublinCore("title"));
        title = title != null ? cutSiteName(title, siteName, null, false) : titleElement(doc.title(), ix.h1, siteName);

        String canonical = ix.canonical;
        String url = absoluteUrl(first(ld == null ? null : idOrString(ld.get("url")),
                ld == null ? null : idOrString(ld.get("mainEntityOfPage")), ix.meta("og:url"), canonical,
                ix.dublinCore("identifier")), canonical);

        LocalDate published = firstDate(ld == null ? null : string(ld.get("datePublished")),
                ix.meta("article:published_time"), ix.dublinCore("date.issued"), ix.dublinCore("issued"),
                ix.dublinCore("date"), ix.dublinCore("created"), ix.itemprop("datePublished"),
                ix.meta("date"), ix.meta("pubdate"), ix.meta("publish-date"),
                ix.time(), ld == null ? null : string(ld.get("dateCreated")));
        LocalDate modified = firstDate(ld == null ? null : string(ld.get("dateModified")),
                ix.meta("article:modified_time"), ix.meta("og:updated_time"), ix.dublinCore("modified"),
                ix.itemprop("dateModified"));

        List<String> authors = ld == null ? List.of() : names(ld.get("author"));
        if (authors.isEmpty()) {
            authors = ix.names("article:author");
        }
        if (authors.isEmpty()) {
            authors = ix.names("author");
        }
        if (authors.isEmpty()) {
            authors = ix.names("dc.creator", "dcterms.creator");
        }
        String language = languageTag(first(ld == null ? null : string(ld.get("inLanguage")),
                ix.meta("og:locale"), ix.dublinCore("language"), ix.lang,
                ix.meta("content-language")));
        return new Found(title, url, published, new PageMetadata(modified, authors, siteName, language));
    }

    // ------------------------------------------------------------------ JSON-LD

    /** The first article object in the page's JSON-LD blocks; a block that is not valid JSON is passed over. */
    private static JsonObject jsonLdArticle(List<String> blocks) {
        for (String block : blocks) {
            try {
                JsonObject found = findArticle(JSON.parseAny(block.strip()), 0);
                if (found != null) {
                    return found;
                }
            } catch (RuntimeException e) {
                // hand-written JSON-LD is often not strict JSON; the other sources still count
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v, int depth) {
        if (v == null || depth > 6) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                JsonObject found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        for (String type : strings(o.get("@type"))) {
            if (ARTICLE_TYPES.contains(type.replaceFirst("^(https?://schema\\.org/|schema:)", ""))) {
                return o;
            }
        }
        JsonObject found = findArticle(o.get("@graph"), depth + 1);
        return found != null ? found : findArticle(o.get("mainEntity"), depth + 1);
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.getAsArray().forEach(item -> out.addAll(strings(item)));
        } else if (v.isString()) {
            out.add(v.getAsString().value());
        }
        return out;
    }

    private static String string(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return blankToNull(v.getAsString().value());
        }
        if (v.isArray() && !v.getAsArray().isEmpty()) {
            return string(v.getAsArray().get(0));
        }
        if (v.isObject()) {
            return string(v.getAsObject().get("@value"));
        }
        return null;
    }

    /** A name given as a string or as an object with {@code name}. */
    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return string(v.getAsObject().get("name"));
        }
        if (v.isArray() && !v.getAsArray().isEmpty()) {
            return name(v.getAsArray().get(0));
        }
        String s = string(v);
        return s == null || isUrl(s) ? null : s;
    }

    private static List<String> names(JsonValue v) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (v != null && v.isArray()) {
            v.getAsArray().forEach(item -> {
                String n = name(item);
                if (n != null) {
                    out.add(n);
                }
            });
        } else {
            String n = name(v);
            if (n != null) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    private static String idOrString(JsonValue v) {
        if (v != null && v.isObject()) {
            return string(v.getAsObject().get("@id"));
        }
        return string(v);
    }

    // ------------------------------------------------------------------ the page's metadata elements

    /**
     * The page's metadata elements, gathered in one walk over the page (a selector per field would
     * walk it once each): {@code <meta>} content by {@code property}, {@code name} and {@code http-equiv}
     * (lower case), {@code itemprop} dates, {@code <time datetime>}, the canonical link, the first
     * {@code <h1>} and the JSON-LD blocks.
     */
    private static final class Index {
        final Map<String, List<String>> metas = new HashMap<>();
        final Map<String, String> itemprops = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        String canonical;
        String lang;
        String h1;
        String pubdateTime;
        String articleTime;
        String firstTime;

        Index(Document doc) {
            for (Element e : doc.getAllElements()) {
                switch (e.normalName()) {
                    case "meta" -> {
                        String content = blankToNull(e.attr("content"));
                        if (content != null) {
                            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("http-equiv")}) {
                                if (!key.isBlank()) {
                                    metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                                }
                            }
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                            jsonLd.add(e.data());
                        }
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").strip().equalsIgnoreCase("canonical")) {
                            canonical = blankToNull(e.attr("href"));
                        }
                    }
                    case "html" -> lang = blankToNull(e.attr("lang"));
                    case "h1" -> {
                        if (h1 == null) {
                            h1 = blankToNull(e.text());
                        }
                    }
                    case "time" -> {
                        String t = blankToNull(e.attr("datetime"));
                        if (t != null) {
                            if (pubdateTime == null && (e.hasAttr("pubdate") || e.attr("itemprop").equals("datePublished"))) {
                                pubdateTime = t;
                            }
                            if (articleTime == null && !e.parents().select("article").isEmpty()) {
                                articleTime = t;
                            }
                            if (firstTime == null) {
                                firstTime = t;
                            }
                        }
                    }
                    default -> {
                    }
                }
                String itemprop = e.attr("itemprop");
                if ((itemprop.equals("datePublished") || itemprop.equals("dateModified")) && !itemprops.containsKey(itemprop)) {
                    String v = first(e.attr("content"), e.attr("datetime"), e.normalName().equals("meta") ? null : e.text());
                    if (v != null) {
                        itemprops.put(itemprop, v);
                    }
                }
            }
        }

        /** {@code <meta property=KEY>} or {@code <meta name=KEY>}, any case. */
        String meta(String key) {
            List<String> values = metas.get(key.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** {@code <meta name="DC.term">} or {@code dcterms.term}, any case. */
        String dublinCore(String term) {
            return first(meta("dc." + term), meta("dcterms." + term));
        }

        String itemprop(String name) {
            return itemprops.get(name);
        }

        /** The names under these keys, in page order, without profile addresses. */
        List<String> names(String... keys) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String key : keys) {
                for (String n : metas.getOrDefault(key, List.of())) {
                    if (!isUrl(n)) {
                        out.add(n.strip());
                    }
                }
            }
            return List.copyOf(out);
        }

        /** The publication time in the page's markup: a {@code pubdate} or {@code datePublished} one, else the first. */
        String time() {
            return first(pubdateTime, articleTime, firstTime);
        }
    }

    // ------------------------------------------------------------------ titles

    /** {@code <title>} without the site's name; the page's own {@code <h1>} decides where the two cannot. */
    private static String titleElement(String titleText, String heading, String siteName) {
        String title = blankToNull(titleText);
        if (title == null) {
            return heading;
        }
        return cutSiteName(title.strip(), siteName, heading, true);
    }

    /**
     * A headline without the site name around it: "Talks resume - BBC News" gives "Talks resume". With
     * the site's name known, only that is cut; otherwise the heading on the page, when it is one side,
     * decides, and else, when {@code guess}, the longer side of the last separator is kept (Readability's rule).
     */
    static String cutSiteName(String title, String siteName, String heading, boolean guess) {
        String t = title.strip().replaceAll("\\s+", " ");
        if (heading != null && heading.strip().equalsIgnoreCase(t)) {
            return t;
        }
        var m = TITLE_SEPARATOR.matcher(t);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        if (siteName != null) {
            String site = siteName.strip();
            int[] last = seps.get(seps.size() - 1);
            int[] firstSep = seps.get(0);
            if (t.substring(last[1]).equalsIgnoreCase(site)) {
                return t.substring(0, last[0]).strip();
            }
            if (t.substring(0, firstSep[0]).equalsIgnoreCase(site)) {
                return t.substring(firstSep[1]).strip();
            }
        }
        if (heading != null) {
            String h = heading.strip().replaceAll("\\s+", " ");
            for (int[] sep : seps) {
                if (t.substring(0, sep[0]).strip().equalsIgnoreCase(h) || t.substring(sep[1]).strip().equalsIgnoreCase(h)) {
                    return h;
                }
            }
        }
        if (siteName != null || !guess) {
            return t; // the site is named and not in the title: the separators belong to the headline
        }
        int[] last = seps.get(seps.size() - 1);
        String before = t.substring(0, last[0]).strip();
        String after = t.substring(last[1]).strip();
        if (words(before) >= words(after) && words(before) >= 3) {
            return before;
        }
        int[] firstSep = seps.get(0);
        String rest = t.substring(firstSep[1]).strip();
        return words(rest) >= 3 && words(t.substring(0, firstSep[0])) < words(rest) ? rest : t;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    // ------------------------------------------------------------------ values

    /** A BCP 47 tag from {@code en_GB}, {@code en-gb} or {@code EN}; {@code null} if it is not one. */
    static String languageTag(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replace('_', '-');
        int comma = v.indexOf(',');
        if (comma > 0) {
            v = v.substring(0, comma).strip();
        }
        if (!v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return null;
        }
        String[] parts = v.split("-");
        StringBuilder tag = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            tag.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return tag.toString();
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = parseDate(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A date from an ISO 8601 date or date-time; anything else is left out, not guessed. */
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

    private static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
