package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages through the real command line: one story from two outlets, repaired bytes, metadata in the graph. */
class HtmlIngestTest {
    @TempDir
    Path dir;

    private static final String STORY = """
            <p>The mayor of Portville, Ana Ruiz, signed the harbour contract on Tuesday, ending two years of talks
            with the shipping firm Brightline over the future of the old docks.</p>
            <p>"This is a good day for the city," she said at the signing, adding that building work would start in
            May and last about three years.</p>
            <p>Opposition councillors said the deal gave too much to the company, and asked for the full contract to
            be published before the council votes on the budget next month.</p>""";

    /** The same story as one outlet frames it: its own menus, footer, address, date and name. */
    private static String outlet(String site, String url, String date, String story) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Harbour deal signed | %1$s</title>
                <meta property="og:site_name" content="%1$s"><meta property="og:url" content="%2$s">
                <meta property="article:published_time" content="%3$s">
                </head><body>
                <nav><ul><li><a href="/">%1$s home</a></li><li><a href="/local">Local</a></li></ul></nav>
                <div class="article-body"><h1>Harbour deal signed</h1>
                %4$s
                </div>
                <div class="sidebar related"><a href="/x">Most read at %1$s</a></div>
                <footer>Copyright %1$s</footer></body></html>""".formatted(site, url, date, story);
    }

    private static final String PUBLICATIONS = """
            SELECT ?site ?url ?date WHERE { ?a ng:publication ?p . ?p schema:publisher ?site ; schema:url ?url ;
              schema:datePublished ?date ; dcterms:source ?source } ORDER BY ?site""";

    @Test
    void theSameStoryFromTwoOutletsIsOneArticleWithBothPublications() throws IOException {
        Path a = Files.writeString(dir.resolve("gazette.html"), outlet("Portville Gazette", "https://gazette.example/harbour", "2024-03-05", STORY));
        Path b = Files.writeString(dir.resolve("daily.html"), outlet("Daily Example", "https://daily.example/news/42", "2024-03-06T07:00:00Z", STORY));
        String db = dir.resolve("db").toString();

        CliRun first = CliRun.run("ingest", "--store", db, a.toString());
        CliRun second = CliRun.run("ingest", "--store", db, b.toString());
        CliRun again = CliRun.run("ingest", "--store", db, a.toString(), b.toString());

        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(second.out().startsWith("ingested 0 articles (8 triples, 0 words), 0 unchanged, 1 more source of stored articles, 0 failed"),
                second.toString());
        assertTrue(again.out().startsWith("ingested 0 articles (0 triples, 0 words), 2 unchanged, 0 failed"), again.toString());
        CliRun articles = CliRun.run("articles", "--store", db);
        assertTrue(articles.out().contains("1 article"), articles.toString());
        CliRun pubs = CliRun.run("query", "--store", db, "--format", "csv", PUBLICATIONS);
        assertEquals("site,url,date\r\nDaily Example,https://daily.example/news/42,2024-03-06\r\n"
                + "Portville Gazette,https://gazette.example/harbour,2024-03-05\r\n", pubs.out(), pubs.toString());
        CliRun validate = CliRun.run("validate", "--store", db);
        assertEquals(0, validate.exitCode(), validate.toString());

        // re-extraction rebuilds the graph from the stored text, which holds no page: both sources stay
        CliRun re = CliRun.run("reextract", "--store", db, "--all");
        assertEquals(0, re.exitCode(), re.toString());
        assertEquals(pubs.out(), CliRun.run("query", "--store", db, "--format", "csv", PUBLICATIONS).out(),
                "every publication survives reextract");
        assertEquals(0, CliRun.run("validate", "--store", db).exitCode());
    }

    @Test
    void bothOutletsInOneBatchLandInOneGraph() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), outlet("Portville Gazette", "https://gazette.example/harbour", "2024-03-05", STORY));
        Files.writeString(pages.resolve("b.html"), outlet("Daily Example", "https://daily.example/news/42", "2024-03-06", STORY));
        String db = dir.resolve("db").toString();

        CliRun run = CliRun.run("ingest", "--store", db, "--batch", "4", "--threads", "2", pages.toString());

        assertTrue(run.out().startsWith("ingested 1 article"), run.toString());
        assertTrue(run.out().contains("0 unchanged, 1 more source of stored articles, 0 failed"), run.toString());
        CliRun pubs = CliRun.run("query", "--store", db, "--format", "csv", PUBLICATIONS);
        assertEquals(3, pubs.out().split("\r\n").length, pubs.toString());
        assertEquals(0, CliRun.run("validate", "--store", db).exitCode());
    }

    @Test
    void aStrayByteIsOneWarningAndTheBatchGoesOn() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String page = outlet("Portville Gazette", "https://gazette.example/harbour", "2024-03-05", STORY.replace("Brightline", "Bright\u0000line"));
        String[] halves = page.split("\u0000");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(0x96); // a Windows-1252 dash in a UTF-8 page
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        Path stray = Files.write(pages.resolve("stray.html"), bytes.toByteArray());
        Files.writeString(pages.resolve("other.txt"), "Dock workers in Rotterdam stopped work, the union said on Tuesday.");

        CliRun run = CliRun.run("ingest", "--store", dir.resolve("db").toString(), pages.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("ingested 2 articles"), run.toString());
        assertEquals("newsgraph ingest: warning: " + stray + ": 1 byte sequence not valid UTF-8 replaced with U+FFFD (the first at byte "
                + halves[0].getBytes(StandardCharsets.UTF_8).length + ")\n", run.err(), run.toString());
    }

    @Test
    void pageMetadataLandsInSchemaOrgTermsBesideDublinCore() throws IOException {
        String head = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": "Harbour deal signed", "datePublished": "2024-03-05", "dateModified": "2024-03-07",
                  "author": [{"name": "Lena Park"}, {"name": "Omar Said"}], "publisher": {"name": "Portville Gazette"},
                  "inLanguage": "en-GB", "url": "https://gazette.example/harbour"}</script>""";
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head>" + head + "</head><body><article>" + STORY
                + "</article></body></html>");
        String db = dir.resolve("db").toString();
        assertEquals(0, CliRun.run("ingest", "--store", db, page.toString()).exitCode());

        CliRun q = CliRun.run("query", "--store", db, "--format", "csv", """
                SELECT ?title ?headline ?date ?published ?modified ?publisher ?lang (GROUP_CONCAT(?author; separator="; ") AS ?authors)
                WHERE { ?a a ng:Article ; dcterms:title ?title ; schema:headline ?headline ; dcterms:date ?date ;
                  schema:datePublished ?published ; schema:dateModified ?modified ; schema:publisher ?publisher ;
                  schema:inLanguage ?lang ; schema:author ?author }
                GROUP BY ?title ?headline ?date ?published ?modified ?publisher ?lang""");
        assertEquals("title,headline,date,published,modified,publisher,lang,authors\r\n"
                + "Harbour deal signed,Harbour deal signed,2024-03-05,2024-03-05,2024-03-07,Portville Gazette,en-GB,Lena Park; Omar Said\r\n",
                q.out().replace("Omar Said; Lena Park", "Lena Park; Omar Said"), q.toString());
        assertEquals(0, CliRun.run("validate", "--store", db).exitCode());
    }
}
