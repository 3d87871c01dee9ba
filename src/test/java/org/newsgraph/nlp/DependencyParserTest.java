package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DependencyParserTest {
    private static NlpModels models;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        annotator = models.newAnnotator();
    }

    private static int index(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }

    @Test
    void parsesSubjectObjectAndOblique() {
        AnnotatedText t = annotator.annotate("The minister met the ambassador in Paris on Monday.");
        Sentence s = t.sentences().get(0);
        Dependencies d = t.syntax().of(s);
        int met = index(s, "met");
        assertEquals(-1, d.head(met), d::toString);
        assertEquals("root", d.relation(met));
        assertEquals(met, d.head(index(s, "minister")));
        assertEquals("nsubj", d.relation(index(s, "minister")));
        assertEquals("obj", d.relation(index(s, "ambassador")));
        assertEquals("obl", d.baseRelation(index(s, "Paris")));
        assertEquals("case", d.relation(index(s, "in")));
        assertTrue(d.dominates(met, index(s, "Monday")));
        assertEquals(List.of(index(s, "the"), index(s, "ambassador")), List.of(d.span(index(s, "ambassador"))[0], d.span(index(s, "ambassador"))[1]));
    }

    @Test
    void passiveSubjectAndAgent() {
        AnnotatedText t = annotator.annotate("Kyiv was visited by the chancellor.");
        Sentence s = t.sentences().get(0);
        Dependencies d = t.syntax().of(s);
        assertEquals("nsubj:pass", d.relation(index(s, "Kyiv")));
        int agent = index(s, "chancellor");
        assertEquals(index(s, "visited"), d.head(agent));
        assertTrue(d.relation(agent).startsWith("obl"), d::toString);
    }

    @Test
    void parsesOnlyTheSentencesAskedForAndOnlyOnce() {
        AnnotatedText t = annotator.annotate("Seoul has resisted. Moscow waits. Beijing watches.");
        assertEquals(0, t.syntax().parsedCount());
        Dependencies first = t.syntax().of(t.sentences().get(1));
        assertSame(first, t.syntax().of(t.sentences().get(1)));
        assertEquals(1, t.syntax().parsedCount());
        assertNull(new AnnotatedText(t.text(), t.sentences()).syntax().of(t.sentences().get(0)), "no parser, no parse");
    }

    @Test
    void sentencesParsedTogetherGetTheParsesTheyGetAlone() {
        AnnotatedText t = annotator.annotate("The Zorblatt envoy, who met Qwimby on Tuesday, urged Seoul to talk. "
                + "Moscow waits. Kyiv was visited by the chancellor, and the Flurben delegation left.");
        List<String> alone = t.sentences().stream().map(s -> models.parser().parse(s).toString()).toList();
        t.syntax().parseAll(List.of(t.sentences().get(0), t.sentences().get(2)));
        assertEquals(2, t.syntax().parsedCount(), "only the sentences asked for");
        assertEquals(alone.get(0), t.syntax().of(t.sentences().get(0)).toString());
        assertEquals(alone.get(2), t.syntax().of(t.sentences().get(2)).toString(), "unknown words of the first do not change the second");
        assertEquals(2, t.syntax().parsedCount(), "found parsed, not parsed again");
        assertEquals(alone.get(1), t.syntax().of(t.sentences().get(1)).toString());
    }

    @Test
    void oneParserServesSeveralThreadsWithTheSameResults() throws Exception {
        String text = "South Korean President Yoon Suk Yeol met Chinese leader Xi Jinping in Lima on Friday, "
                + "and the two leaders agreed to hold further talks.";
        Sentence s = annotator.annotate(text).sentences().get(0);
        String expected = models.parser().parse(s).toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> models.parser().parse(s).toString()));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
