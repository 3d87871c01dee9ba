package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleInfo;
import org.newsgraph.store.GraphStore;

class IngestCommandTest {
    @TempDir
    Path dir;

    private static final List<String> STORIES = List.of(
            "Talks in Geneva\n\nThe foreign minister of Norway, Ola Berg, met envoys from Chile in Geneva on Monday.",
            "Factory opens\n\nBrightcell Inc. opened a battery factory in Poland, its chief executive Sam Ortiz said.",
            "Flood warning\n\nThe weather service of Kenya warned of floods near Lake Victoria.",
            "Bank merger\n\nNordbank agreed to buy Halvorsen Bank for two billion crowns, officials said.",
            "Election result\n\nVoters in Peru elected Rosa Quispe as mayor of Cusco on Sunday.",
            "Port strike\n\nDock workers in Rotterdam stopped work, the union FNV said on Tuesday.");

    @Test
    void parallelBatchedIngestStoresTheSameArticlesAsOneThreadAndSkipsBadFiles() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < STORIES.size(); i++) {
            Files.writeString(corpus.resolve("story-" + i + ".txt"), STORIES.get(i));
        }
        Files.writeString(corpus.resolve("story-copy.txt"), STORIES.get(0)); // same text twice: one graph
        Files.write(corpus.resolve("broken.txt"), new byte[] {'a', 0, 'b'});

        CliRun parallel = CliRun.run("ingest", "--store", dir.resolve("parallel-db").toString(), "--threads", "3",
                "--batch", "4", corpus.toString());
        CliRun serial = CliRun.run("ingest", "--store", dir.resolve("serial-db").toString(), "--threads", "1", corpus.toString());

        assertEquals(1, parallel.exitCode(), "a failed file gives exit 1: " + parallel);
        assertTrue(parallel.err().contains("broken.txt: binary file"), parallel.toString());
        assertTrue(parallel.out().startsWith("ingested 6 articles"), parallel.toString());
        assertTrue(parallel.out().contains("0 unchanged, 1 more source of stored articles, 1 failed"), parallel.toString());
        assertEquals(serial.exitCode(), parallel.exitCode(), serial.toString());
        assertEquals(triplesById(dir.resolve("serial-db")), triplesById(dir.resolve("parallel-db")),
                "every article lands whole, whatever the number of threads and the batch size");
    }

    @Test
    void compactingAfterIngestShrinksTheStoreAndKeepsEveryTriple() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < STORIES.size(); i++) {
            Files.writeString(corpus.resolve("story-" + i + ".txt"), STORIES.get(i));
        }
        Path kept = dir.resolve("kept-db");
        Path compacted = dir.resolve("compacted-db");
        CliRun plain = CliRun.run("ingest", "--store", kept.toString(), "--threads", "1", "--compact-after", "0", corpus.toString());
        CliRun run = CliRun.run("ingest", "--store", compacted.toString(), "--threads", "1", "--compact-after", "3", corpus.toString());
        assertEquals(0, plain.exitCode(), plain.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("compacted to"), run.toString());
        assertTrue(!plain.err().contains("compact"), plain.toString());
        assertEquals(List.of("Data-0001"), generations(kept));
        List<String> after = generations(compacted);
        assertTrue(after.size() == 1 && !after.get(0).equals("Data-0001"), "a new generation, the old ones deleted: " + after);
        assertEquals(triplesById(kept), triplesById(compacted));
        CliRun again = CliRun.run("ingest", "--store", compacted.toString(), corpus.toString());
        assertTrue(again.out().contains("6 unchanged"), "the compacted store is the store: " + again);
    }

    private static List<String> generations(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void titleDateAndUrlLandOnTheArticleNode() throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "The council of Leeds approved a new tram line on Wednesday.");
        Path db = dir.resolve("db");
        CliRun run = CliRun.run("ingest", "--store", db.toString(), "--title", "Tram line approved",
                "--date", "2024-06-12", "--url", "https://example.org/news/tram", file.toString());
        assertEquals(0, run.exitCode(), run.toString());

        CliRun query = CliRun.run("query", "--store", db.toString(), "--format", "tsv", """
                SELECT ?title ?date ?url WHERE { ?a a ng:Article ; dcterms:title ?title ; dcterms:date ?date ; schema:url ?url }""");
        assertEquals(0, query.exitCode(), query.toString());
        assertEquals("?title\t?date\t?url\n\"Tram line approved\"\t\"2024-06-12\"^^<http://www.w3.org/2001/XMLSchema#date>\t"
                + "<https://example.org/news/tram>\n", query.out());
    }

    @Test
    void metadataOptionsNeedOneArticleAndValidValues() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text about Lisbon.");
        CliRun folder = CliRun.run("ingest", "--store", dir.resolve("db").toString(), "--title", "T", dir.toString());
        assertEquals(2, folder.exitCode(), folder.toString());
        assertTrue(folder.err().contains("--title, --date and --url describe one article"), folder.toString());

        CliRun badDate = CliRun.run("ingest", "--store", dir.resolve("db").toString(), "--date", "12/06/2024",
                dir.resolve("a.txt").toString());
        assertEquals(2, badDate.exitCode(), badDate.toString());
        assertTrue(badDate.err().contains("--date"), badDate.toString());

        CliRun badUrl = CliRun.run("ingest", "--store", dir.resolve("db").toString(), "--url", "example.org/x",
                dir.resolve("a.txt").toString());
        assertEquals(2, badUrl.exitCode(), badUrl.toString());
        assertTrue(badUrl.err().contains("--url"), badUrl.toString());
    }

    private static Map<String, Long> triplesById(Path db) {
        try (GraphStore store = GraphStore.embedded(db)) {
            return store.articles().stream().collect(Collectors.toMap(ArticleInfo::id, ArticleInfo::triples));
        }
    }
}
