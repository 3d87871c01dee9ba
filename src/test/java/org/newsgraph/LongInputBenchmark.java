package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.Article;

/**
 * Very long lines and sentences must cost time linear in their length (issue 6). Opt-in:
 * {@code mvn -Pbench test -Dtest=LongInputBenchmark}. Prints seconds per stage; fails if four
 * times the input takes more than eight times as long (quadratic would be sixteen).
 */
@Tag("benchmark")
class LongInputBenchmark {
    private static final String SENTENCE = "The minister of Norway met officials from the United Nations in Geneva"
            + " on Monday to discuss aid. ";
    private static final String[] WORDS = {"officials", "from", "Norway", "and", "the", "aid", "groups", "met", "in",
        "Geneva"};

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
        seconds("warm-up", SENTENCE.repeat(2000)); // JIT
    }

    /** A single line of many short sentences, as in a dump with the newlines stripped. */
    @Test
    void singleLineOfAMegabyte() {
        assertLinear("single line", chars -> SENTENCE.repeat(chars / SENTENCE.length() + 1).substring(0, chars),
                250_000);
    }

    /** One sentence without any full stop: the annotator cuts it into pieces of 2,000 characters. */
    @Test
    void oneSentenceOfAHundredThousandWords() {
        assertLinear("one sentence", words -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words; i++) {
                sb.append(WORDS[i % WORDS.length]).append(' ');
            }
            return sb.toString();
        }, 25_000);
    }

    private static void assertLinear(String what, IntFunction<String> text, int size) {
        double small = seconds(what + " x1", text.apply(size));
        double large = seconds(what + " x4", text.apply(size * 4));
        assertTrue(large < 8 * Math.max(small, 0.5), what + ": 4x the input took " + large / small + "x the time");
    }

    private static double seconds(String what, String text) {
        long t0 = System.nanoTime();
        AnnotatedText annotated = pipeline.annotate(text);
        long t1 = System.nanoTime();
        var extraction = pipeline.extract(annotated);
        long t2 = System.nanoTime();
        ArticleGraph g = ArticleGraph.build(new Article(text, null, "bench", null, null), annotated, extraction,
                Instant.EPOCH);
        long t3 = System.nanoTime();
        System.out.printf("%s: %,d chars, %,d sentences: annotate %.1f s, extract %.1f s, graph %.1f s, %,d triples%n",
                what, text.length(), annotated.sentences().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                g.graph().size());
        return (t3 - t0) / 1e9;
    }
}
