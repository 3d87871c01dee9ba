package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.ArticleReader;

/**
 * Every entity mention is in the graph as a NIF string: the seed and an article with characters
 * outside the Basic Multilingual Plane are ingested into a real TDB2 store, and each mention's
 * begin and end index (Unicode code points) cut its text out of the article's text.
 */
class MentionsTest {
    static final Path SEED = Path.of("seeds/000_5e68b89ffc9390b7.txt");
    @TempDir
    static Path dir;
    static String db;
    static Path emoji;

    @BeforeAll
    static void ingest() throws Exception {
        // U+1F4F0 (newspaper) and U+1D11E (G clef) take two UTF-16 units each: offsets after them differ
        emoji = Files.writeString(dir.resolve("emoji.txt"), """
                \uD83D\uDCF0 President Amara Okafor of Nigeria met Chancellor Lena Vogt in Berlin on Monday.
                \uD834\uDD1E Mr. Okafor said Nigeria wants more trade with Germany, and Ms. Vogt agreed.
                """);
        db = dir.resolve("db").toString();
        CliRun r = CliRun.run("ingest", "--store", db, SEED.toString(), emoji.toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    private record Row(String hash, String anchor, int begin, int end, String pass, String entity) {
    }

    private static List<Row> mentions() {
        Query q = QueryFactory.create("""
                PREFIX ng: <%s> PREFIX nif: <%s> PREFIX itsrdf: <%s> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?hash ?anchor ?begin ?end ?pass ?e WHERE { GRAPH ?g {
                  ?m a ng:Mention ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                     ng:recognitionPass ?pass ; itsrdf:taIdentRef ?e ; nif:sentence ?s .
                  ?s dcterms:isPartOf ?a . ?a ng:contentHash ?hash } }""".formatted(NG.NS, NG.NIF_NS, NG.ITSRDF_NS));
        List<Row> rows = new ArrayList<>();
        try (GraphStore store = GraphStore.embedded(Path.of(db))) {
            store.forEachRow(q, (QuerySolution s) -> rows.add(new Row(s.getLiteral("hash").getString(),
                    s.getLiteral("anchor").getString(), s.getLiteral("begin").getInt(), s.getLiteral("end").getInt(),
                    s.getLiteral("pass").getString(), s.getResource("e").getURI())));
        }
        return rows;
    }

    @Test
    void offsetsInCodePointsCutTheMentionOutOfTheArticle() {
        ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 10_000_000);
        Map<String, String> textByHash = new HashMap<>();
        for (Path p : List.of(SEED, emoji)) {
            var article = reader.read(p);
            textByHash.put(article.contentHash(), article.text());
        }
        List<Row> rows = mentions();
        assertTrue(rows.size() > 20, rows.toString());
        int afterAstral = 0;
        for (Row r : rows) {
            String text = textByHash.get(r.hash());
            int[] cps = text.codePoints().toArray();
            String cut = new String(cps, r.begin(), r.end() - r.begin());
            assertEquals(r.anchor(), cut, r.toString());
            if (text.codePointCount(0, text.length()) != text.length()) {
                afterAstral++;
                // the same offsets read as UTF-16 units would cut one character early
                assertFalse(r.anchor().equals(text.substring(r.begin(), r.end())), r.toString());
            }
        }
        assertTrue(afterAstral >= 4, "mentions of the article with astral characters: " + afterAstral);
    }

    @Test
    void eachMentionNamesItsEntityAndPass() {
        List<Row> rows = mentions();
        assertTrue(rows.stream().anyMatch(r -> r.anchor().equals("Okafor") && r.entity().endsWith("/person/amara-okafor")),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.pass().isBlank()));
        assertTrue(rows.stream().anyMatch(r -> r.pass().startsWith("gazetteer")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.pass().startsWith("model")), rows.toString());
    }

    @Test
    void entitiesListsMentions() {
        CliRun r = CliRun.run("entities", "--store", db, "--mentions", "Lena Vogt");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.out().lines().filter(l -> l.contains("\"Vogt\"") || l.contains("\"Lena Vogt\"")).toList();
        assertTrue(lines.size() >= 2, r.out());
        assertTrue(lines.stream().allMatch(l -> l.matches(".* s\\d+ \\[\\d+,\\d+\\) \".*\" by \\S+: .*")), r.out());
    }

    @Test
    void mentionGraphsAreValid() {
        CliRun r = CliRun.run("validate", "--store", db);
        assertEquals(0, r.exitCode(), r.toString());
    }
}
