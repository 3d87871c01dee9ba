package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.LanguageCheckTest;

/** ingest refuses an article that is not English, names the language, and goes on with the batch. */
class IngestLanguageTest {
    @TempDir
    Path dir;

    @Test
    void germanAndKoreanAreRefusedTheRestOfTheBatchIsIngested() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path german = Files.writeString(in.resolve("a-german.txt"), LanguageCheckTest.GERMAN);
        Path korean = Files.writeString(in.resolve("b-korean.txt"), LanguageCheckTest.KOREAN);
        Path english = Files.writeString(in.resolve("c-english.txt"), LanguageCheckTest.ENGLISH);
        String db = dir.resolve("db").toString();

        CliRun r = CliRun.run("ingest", "--store", db, in.toString());

        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(List.of(
                "newsgraph ingest: " + german + ": looks like German (deu), not English; --lang en to ingest anyway",
                "newsgraph ingest: " + korean + ": looks like Korean (kor), not English; --lang en to ingest anyway"),
                r.err().lines().sorted().toList());
        assertFalse(r.hasStackTrace());
        assertTrue(r.out().startsWith("ingested 1 article ("), r.out());
        assertTrue(r.out().contains(", 0 unchanged, 2 failed in "), r.out());
        CliRun sources = CliRun.run("query", "--store", db, "--format", "csv",
                "SELECT ?s WHERE { ?a a ng:Article ; dcterms:source ?s }");
        assertEquals("s\r\n" + english + "\r\n", sources.out());

        // --lang en takes the user's word for it
        CliRun anyway = CliRun.run("ingest", "--store", db, "--lang", "en", german.toString());
        assertEquals(0, anyway.exitCode(), anyway.toString());
        assertTrue(anyway.out().startsWith("ingested 1 article ("), anyway.out());
    }

    @Test
    void anotherLanguageThanEnglishIsBadUsage() {
        CliRun r = CliRun.run("ingest", "--store", dir.resolve("db").toString(), "--lang", "de", "x.txt");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--lang: only en is supported"), r.err());
    }
}
