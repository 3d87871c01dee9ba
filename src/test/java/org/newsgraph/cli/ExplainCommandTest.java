package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph explain} on the seed article, with the real models. */
class ExplainCommandTest {
    static final Path SEED = Path.of("seeds/000_5e68b89ffc9390b7.txt");
    static CliRun run;

    @BeforeAll
    static void explainSeed() {
        run = CliRun.run("explain", SEED.toString());
    }

    @Test
    void everySentenceWithItsTaggedTokens() {
        assertEquals(0, run.exitCode(), run.toString());
        List<String> sentences = run.out().lines().filter(l -> l.startsWith("sentence ")).toList();
        assertTrue(sentences.size() > 10, run.out());
        assertTrue(sentences.get(0).startsWith("sentence 0 [0,"), sentences.get(0));
        assertTrue(run.out().contains(" Kim/PROPN Sung-Han/PROPN") || run.out().contains(" Kim/PROPN Sung/"), run.out());
    }

    @Test
    void mentionsNameTheirTypeAndPass() {
        List<String> mentions = run.out().lines().filter(l -> l.startsWith("  mention ")).toList();
        assertFalse(mentions.isEmpty());
        assertTrue(mentions.stream().allMatch(l -> l.contains("  pass ")), mentions.toString());
        // the seed names South Korea in the gazetteer's words and Kim Sung-Han through the model or context
        assertTrue(mentions.stream().anyMatch(l -> l.contains("Country") && l.contains("pass gazetteer")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(l -> l.contains("Person") && l.contains("\"Kim Sung-Han\"")
                && !l.contains("pass gazetteer")), mentions.toString());
    }

    @Test
    void factsNameTheirRule() {
        List<String> facts = run.out().lines().filter(l -> l.startsWith("  fact ")).toList();
        assertFalse(facts.isEmpty(), run.out());
        assertTrue(facts.stream().allMatch(l -> l.matches(".*  rule \\S+$")), facts.toString());
        assertTrue(facts.stream().anyMatch(l -> l.contains("said") && l.contains("rule report@relations.rules:")), facts.toString());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt(@TempDir Path dir) {
        CliRun r = CliRun.run("explain", dir.resolve("nope.txt").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("nope.txt"), r.toString());
        assertFalse(r.hasStackTrace(), r.toString());
    }
}
