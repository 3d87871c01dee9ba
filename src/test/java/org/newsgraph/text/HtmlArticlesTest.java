package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

class HtmlArticlesTest {
    private final ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 1_000_000);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Harbour deal signed | The Daily Example</title>
              <meta property="og:title" content="Harbour deal signed">
              <meta property="og:url" content="https://news.example.org/2024/harbour-deal">
              <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
              <script>var tracking = "Do not ingest me";</script>
              <style>p { color: red }</style>
            </head><body>
              <nav><ul><li>Home</li><li>World</li></ul></nav>
              <header><p>Subscribe now</p></header>
              <article>
                <h1>Harbour deal signed</h1>
                <p>The mayor of Portville, Ana Ruiz, signed the harbour contract on Tuesday.</p>
                <blockquote><p>"This is a good day," she said.</p></blockquote>
                <ul><li><p>Work starts in May.</p></li></ul>
                <figure><figcaption>Photo: the harbour</figcaption></figure>
              </article>
              <aside>Related: weather</aside>
              <footer>Copyright</footer>
            </body></html>
            """;

    @Test
    void articleTextAndMetadataComeFromThePage() {
        Article a = reader.parse("page.html", PAGE.getBytes(StandardCharsets.UTF_8), true);

        assertEquals("Harbour deal signed", a.title());
        assertEquals("https://news.example.org/2024/harbour-deal", a.url());
        assertEquals(LocalDate.of(2024, 3, 5), a.date());
        assertTrue(a.text().contains("The mayor of Portville, Ana Ruiz, signed the harbour contract on Tuesday."), a.text());
        assertTrue(a.text().contains("\"This is a good day,\" she said."), a.text());
        for (String noise : new String[] {"tracking", "color", "Home", "Subscribe", "Related", "Copyright", "Photo"}) {
            assertFalse(a.text().contains(noise), "page furniture leaked into the text: " + noise + " in " + a.text());
        }
        assertEquals(1, count(a.text(), "good day"), "a quoted paragraph must appear once: " + a.text());
        assertEquals(1, count(a.text(), "Work starts"), "a list item with a paragraph must appear once: " + a.text());
        assertTrue(a.text().indexOf("mayor") < a.text().indexOf("good day"), "paragraphs keep their order");
    }

    @Test
    void fallsBackToTitleElementTimeElementAndBody() {
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
        assertEquals(LocalDate.of(2022, 1, 31), HtmlArticles.parseDate("2022-01-31T23:59:00Z"));
        assertEquals(LocalDate.of(2022, 1, 31), HtmlArticles.parseDate("2022-01-31"));
        assertNull(HtmlArticles.parseDate("last Tuesday"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
