package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
    }

    @Test
    void splitsSentencesWithOffsetsIntoTheArticle() {
        String text = "Title line\n\nThe minister met the envoy in Paris. She said nothing.";
        AnnotatedText t = annotator.annotate(text);
        List<Sentence> s = t.sentences();
        assertEquals(3, s.size(), "a line break ends a sentence");
        for (Sentence sentence : s) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
            for (Token tok : sentence.tokens()) {
                assertEquals(tok.text(), text.substring(tok.start(), tok.end()));
            }
        }
        assertEquals("She said nothing.", s.get(2).text());
    }

    @Test
    void possessivesAreTokensOfTheirOwnButVerbsAreNot() {
        String text = "Britain’s prime minister and Israel's army met the ministers' aides; it's late.";
        Sentence s = annotator.annotate(text).sentences().get(0);
        List<String> words = s.tokens().stream().map(Token::text).toList();
        assertEquals("Britain", words.get(0));
        assertEquals("’s", words.get(1));
        assertEquals("'s", s.token(1).lemma(), "a curly possessive reads as 's for the rules");
        assertEquals("PART", s.token(1).pos());
        assertTrue(words.contains("Israel") && words.contains("ministers") && words.contains("'"), words.toString());
        assertTrue(words.contains("it's"), "\"it's\" is not a possessive: " + words);
        for (Token tok : s.tokens()) {
            assertEquals(tok.text(), text.substring(tok.start(), tok.end()), "offsets stay in the article");
        }
    }

    @Test
    void tagsProperNounsAndLemmatisesVerbs() {
        Sentence s = annotator.annotate("Angela Merkel visited Washington and met officials.").sentences().get(0);
        assertTrue(s.token(0).isProperNoun(), s.token(0).toString());
        assertEquals("visit", s.token(2).lemma());
        assertEquals("meet", s.token(5).lemma());
    }

    @Test
    void cutsOverlongSentencesIntoBoundedPieces() {
        String text = "word ".repeat(3_000).strip();
        AnnotatedText t = annotator.annotate(text);
        assertTrue(t.sentences().size() >= 7, "15,000 characters in pieces of at most 2,000");
        assertTrue(t.sentences().stream().allMatch(s -> s.end() - s.start() <= Annotator.MAX_SENTENCE_CHARS));
    }
}
