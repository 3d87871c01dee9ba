package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

/** Pages of our own making, one per case: what a reader sees as the article, and what the page says of it. */
class HtmlArticlesTest {
    private final ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 1_000_000);

    /** The article's paragraphs, as a reader sees them. */
    static final List<String> STORY = List.of(
            "The mayor of Portville, Ana Ruiz, signed the harbour contract on Tuesday, ending two years of talks "
                    + "with the shipping firm Brightline over the future of the old docks.",
            "\"This is a good day for the city and for everyone who works on the water,\" she said at the signing, "
                    + "adding that building work would start in May and last about three years.",
            "Opposition councillors said the deal gave too much to the company, and asked for the full contract "
                    + "to be published before the council votes on the budget next month.",
            "Brightline's chief executive, Tom Hale, said the firm would hire four hundred people in the town "
                    + "and move its northern office to the harbour once the work is finished.");

    /** A news site's page: menus, teasers, a newsletter box and a footer around the article. */
    static String page(String head, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("      <p>").append(p.replace("&", "&amp;")).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                  <meta charset="utf-8">
                  %s
                  <script>var tracking = "Do not ingest me";</script>
                  <style>p { color: red }</style>
                </head><body>
                  <div id="masthead"><a href="/">Daily Example</a>
                    <nav class="navigation"><h2>News navigation</h2><ul><li><a href="/">Home</a></li><li><a href="/video">Video</a></li>
                      <li><a href="/world">World</a></li><li><a href="/us">US &amp; Canada</a></li></ul></nav></div>
                  <div class="page-wrapper">
                    <div class="story-body">
                      <h1>Harbour deal signed</h1>
                %s
                      <figure><img src="h.jpg"><figcaption>Photo: the harbour at dawn</figcaption></figure>
                    </div>
                    <div class="related-links"><h3>More on this story</h3><ul>
                      <li><a href="/a">Rain closes schools in Lakeside</a></li><li><a href="/b">Ferry prices to rise</a></li></ul></div>
                    <div class="promo newsletter"><p>Find out how with our Free Report</p><a href="/tv">On your connected TV</a></div>
                  </div>
                  <footer><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact Daily Example News</a></li></ul>
                    <p>Copyright 2024 Daily Example. Read about our approach to external linking.</p></footer>
                </body></html>
                """.formatted(head, body);
    }

    private Article parse(String html) {
        return reader.parse("page.html", html.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void navigationTeasersAndFooterStayOutOfTheText() {
        Article a = parse(page("<title>Harbour deal signed - Daily Example News</title>", STORY));

        assertEquals(String.join("\n\n", STORY), a.text().replaceFirst("^Harbour deal signed\n\n", ""),
                "the article's paragraphs, in order, and nothing else");
        for (String noise : new String[] {"tracking", "color", "navigation", "Home", "Video", "US & Canada", "More on this story",
            "Ferry", "Free Report", "connected TV", "Contact", "Copyright", "Photo"}) {
            assertFalse(a.text().contains(noise), "page furniture leaked into the text: " + noise + " in " + a.text());
        }
    }

    @Test
    void jsonLdMetadataComesFirst() {
        String head = """
                <title>Harbour deal: council signs - Daily Example News</title>
                <meta property="og:title" content="Open Graph title">
                <meta property="article:published_time" content="2024-01-01T00:00:00Z">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Daily Example", "url": "https://news.example.org/"},
                  {"@type": ["NewsArticle"], "headline": "Harbour deal signed after two years of talks",
                   "datePublished": "2024-03-05T23:30:00-05:00", "dateModified": "2024-03-07T08:00:00Z",
                   "author": [{"@type": "Person", "name": "Lena Park"}, {"@type": "Person", "name": "Omar Said"}],
                   "publisher": {"@type": "NewsMediaOrganization", "name": "Daily Example"},
                   "mainEntityOfPage": {"@id": "https://news.example.org/2024/harbour"},
                   "inLanguage": "en-GB"}]}
                </script>
                <script type="application/ld+json">{ not json, as some sites write it, </script>""";
        Article a = parse(page(head, STORY));

        assertEquals("Harbour deal signed after two years of talks", a.title());
        assertEquals(LocalDate.of(2024, 3, 5), a.date(), "the date as the page states it, in its own time zone");
        assertEquals("https://news.example.org/2024/harbour", a.url());
        assertEquals(new PageMetadata(LocalDate.of(2024, 3, 7), List.of("Lena Park", "Omar Said"), "Daily Example", "en-GB"),
                a.page());
        assertTrue(a.text().startsWith(STORY.get(0)) || a.text().startsWith("Harbour deal signed\n\n" + STORY.get(0)), a.text());
    }

    @Test
    void openGraphAlone() {
        String head = """
                <title>Harbour deal signed | Daily Example</title>
                <meta property="og:title" content="Harbour deal signed | Daily Example">
                <meta property="og:site_name" content="Daily Example">
                <meta property="og:url" content="https://news.example.org/2024/harbour">
                <meta property="og:locale" content="en_GB">
                <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
                <meta property="article:modified_time" content="2024-03-06T10:00:00+01:00">
                <meta property="article:author" content="https://www.facebook.com/lenapark">
                <meta name="author" content="Lena Park">""";
        Article a = parse(page(head, STORY));

        assertEquals("Harbour deal signed", a.title(), "the site's name is cut off the headline");
        assertEquals("https://news.example.org/2024/harbour", a.url());
        assertEquals(LocalDate.of(2024, 3, 5), a.date());
        assertEquals(new PageMetadata(LocalDate.of(2024, 3, 6), List.of("Lena Park"), "Daily Example", "en-GB"), a.page(),
                "a profile address is not an author's name");
    }

    @Test
    void dublinCoreAlone() {
        String head = """
                <meta name="DC.title" content="Harbour deal signed">
                <meta name="DC.date.issued" content="2024-03-05">
                <meta name="DC.creator" content="Lena Park">
                <meta name="dcterms.publisher" content="Portville Gazette">
                <meta name="DC.language" content="en">""";
        Article a = parse(page(head, STORY));

        assertEquals("Harbour deal signed", a.title());
        assertEquals(LocalDate.of(2024, 3, 5), a.date());
        assertEquals(new PageMetadata(null, List.of("Lena Park"), "Portville Gazette", "en"), a.page());
    }

    @Test
    void timeElementAndTitleWithoutTheSiteName() {
        List<String> dated = List.of(STORY.get(0), "Published <time datetime=\"2023-11-20T08:00\">20 November</time>. "
                + STORY.get(1));
        Article a = parse(page("<title>Daily Example News - Harbour deal signed</title>", dated));

        assertEquals("Harbour deal signed", a.title(), "the page's own heading tells the headline from the site name");
        assertEquals(LocalDate.of(2023, 11, 20), a.date());
        assertNull(a.url());
        assertEquals("en", a.page().language(), "from <html lang>");
    }

    @Test
    void siteNamesAreCutOnlyWhereTheyAreSure() {
        assertEquals("Talks resume in Geneva", HtmlMetadata.cutSiteName("Talks resume in Geneva - BBC News", null, null, true));
        assertEquals("Talks resume in Geneva", HtmlMetadata.cutSiteName("Talks resume in Geneva – Wikipedia", null, null, true));
        assertEquals("Talks resume in Geneva", HtmlMetadata.cutSiteName("Example Times | Talks resume in Geneva", "Example Times", null, true));
        assertEquals("Brexit - what happens next", HtmlMetadata.cutSiteName("Brexit - what happens next", null, null, false),
                "a headline from metadata is cut only at the site's own name");
        assertEquals("Spain 2 - 1 Italy", HtmlMetadata.cutSiteName("Spain 2 - 1 Italy | Sport", "Sport", null, true));
        assertEquals("Spain 2 - 1 Italy", HtmlMetadata.cutSiteName("Spain 2 - 1 Italy", null, "Spain 2 - 1 Italy", true));
    }

    @Test
    void pageWithoutReadableContentFallsBackToItsBody() {
        String html = """
                <html><head><title>Rain closes schools</title>
                <link rel="canonical" href="https://example.com/rain"></head>
                <body><p>Schools in Lakeside closed on <time datetime="2023-11-20">Monday</time>.</p>
                <p>They reopen next week.</p></body></html>""";
        Article a = reader.parse("rain.htm", html.getBytes(StandardCharsets.UTF_8), true);

        assertEquals("Rain closes schools", a.title());
        assertEquals("https://example.com/rain", a.url());
        assertEquals(LocalDate.of(2023, 11, 20), a.date());
        assertEquals("Schools in Lakeside closed on Monday.\n\nThey reopen next week.", a.text());
    }

    @Test
    void relativeCanonicalLinkIsNotTakenForAnAddress() {
        String html = "<html><head><title>T</title><link rel=canonical href=\"/news/1\"></head><body><p>Text here.</p></body></html>";
        Article a = reader.parse("rel.html", html.getBytes(StandardCharsets.UTF_8), true);

        assertNull(a.url(), "a relative link is not an article address");
        assertNull(a.date());
    }

    @Test
    void pageWithoutTextIsRefusedNamingTheFile() {
        String html = "<html><head><title>Empty</title><script>x()</script></head><body><nav>Menu</nav></body></html>";
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> reader.parse("pages/empty.html", html.getBytes(StandardCharsets.UTF_8), true));
        assertTrue(e.getMessage().startsWith("pages/empty.html: "), e.getMessage());
    }

    @Test
    void unparseableDatesAreLeftOutNotGuessed() {
        assertEquals(LocalDate.of(2022, 1, 31), HtmlMetadata.parseDate("2022-01-31T23:59:00Z"));
        assertEquals(LocalDate.of(2022, 1, 31), HtmlMetadata.parseDate("2022-01-31"));
        assertNull(HtmlMetadata.parseDate("last Tuesday"));
    }
}
