package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with bad files goes on, reports each bad file on one line, writes nothing for it and exits 1. */
class IngestFailuresTest {
    private static final String GOOD = "Officials from Norway met aid groups in Geneva on Monday.\n"
            + "The talks ended without an agreement.\n";
    private static final String ACCENTED = "Zürich officials met the café owners on Friday.\n";

    @TempDir
    Path dir;

    @Test
    void batchReportsEachBadFileGoesOnAndExitsOne() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), GOOD);
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1});
        Files.write(in.resolve("d-latin.txt"), ACCENTED.getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("e-good.md"), "# Aid\n\nGeneva hosted the donors again.\n");
        Files.writeString(in.resolve("f-huge.txt"), GOOD.repeat(20));
        Path missing = dir.resolve("missing.txt");
        String db = dir.resolve("db").toString();

        CliRun r = CliRun.run("ingest", "--store", db, "--max-bytes", "1000", in.toString(), missing.toString());

        assertEquals(1, r.exitCode(), r.toString());
        // files are read in parallel, and a missing path is found when the walk reaches it: sorted
        List<String> errors = r.err().lines().sorted().toList();
        assertEquals(java.util.stream.Stream.of(
                "newsgraph ingest: " + in.resolve("b-empty.txt") + ": empty file, nothing to ingest",
                "newsgraph ingest: " + in.resolve("c-binary.txt") + ": binary file (a GIF image), not an article",
                "newsgraph ingest: " + in.resolve("d-latin.txt") + ": not valid UTF-8 at byte 1"
                        + " (if it is Windows-1252 or Latin-1, pass --encoding windows-1252)",
                "newsgraph ingest: " + in.resolve("f-huge.txt") + ": file is " + GOOD.length() * 20
                        + " bytes, over the limit of 1000 (raise it with --max-bytes)",
                "newsgraph ingest: " + missing + ": no such file or folder").sorted().toList(), errors);
        assertFalse(r.hasStackTrace());
        assertTrue(r.out().startsWith("ingested 2 articles ("), r.out());
        assertTrue(r.out().contains(", 0 unchanged, 5 failed in "), r.out());

        CliRun sources = CliRun.run("query", "--store", db, "--format", "csv",
                "SELECT ?s WHERE { ?a a ng:Article ; dcterms:source ?s } ORDER BY ?s");
        assertEquals("s\r\n" + in.resolve("a-good.txt") + "\r\n" + in.resolve("e-good.md") + "\r\n", sources.out(),
                "only the good files are in the store");

        CliRun again = CliRun.run("ingest", "--store", db, in.resolve("a-good.txt").toString(), in.resolve("e-good.md").toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().startsWith("ingested 0 articles (0 triples") && again.out().contains("2 unchanged, 0 failed"), again.out());
    }

    @Test
    void windows1252IsDecodedWithTheEncodingOptionWithoutMojibake() throws Exception {
        Path latin = Files.write(dir.resolve("latin.txt"), ACCENTED.getBytes(Charset.forName("windows-1252")));
        String db = dir.resolve("db").toString();
        CliRun r = CliRun.run("ingest", "--store", db, "--encoding", "windows-1252", latin.toString());
        assertEquals(0, r.exitCode(), r.toString());
        CliRun text = CliRun.run("query", "--store", db, "--format", "tsv", "SELECT ?t WHERE { ?s a ng:Sentence ; ng:text ?t }");
        assertEquals("?t\n\"" + ACCENTED.strip() + "\"\n", new String(text.out().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
    }

    @Test
    void unknownEncodingIsBadUsage() {
        CliRun usage = CliRun.run("ingest", "--store", dir.resolve("db").toString(), "--encoding", "klingon-8", "x.txt");
        assertEquals(2, usage.exitCode(), usage.toString());
        assertTrue(usage.err().contains("klingon-8"), usage.err());
    }

    /** Regression: a title and name before a comma and a final name made the recognizer read past the sentence. */
    @Test
    void quoteAttributedToATitledNameIsIngested() throws Exception {
        Path quote = Files.writeString(dir.resolve("quote.txt"),
                "\"We sail together,\" said Capt. Jean Dupont, commander of Vigilant.\n");
        CliRun r = CliRun.run("ingest", "--store", dir.resolve("db").toString(), quote.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("ingested 1 article"), r.out());
    }
}
