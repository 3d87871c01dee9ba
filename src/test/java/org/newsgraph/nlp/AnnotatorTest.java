package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

class AnnotatorTest {
    private static final String[] NEWS = {
        "South Korean President Yoon Suk Yeol met Chinese leader Xi Jinping in Lima on Friday.",
        "The minister said the talks, which lasted three hours, had been \"constructive\".",
        "Officials in Seoul fear that Pyongyang is supplying artillery shells to Moscow.",
        "Her national security adviser, Jake Sullivan, declined to comment on the reports.",
        "Shares of the company fell 4.5% after it warned that profits would be lower than expected.",
        "Protesters gathered outside parliament, demanding the resignation of the prime minister.",
    };
    private static NlpModels models;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        annotator = models.newAnnotator();
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
    void aModifyingAbbreviationBeforeATitleEndsNoSentence() {
        List<String> s = annotator.annotate("U.S. President Joe Biden met the U.N. Secretary-General in Rome. "
                + "Gen. Mark Milley stayed home.").sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("U.S. President Joe Biden met the U.N. Secretary-General in Rome.", "Gen. Mark Milley stayed home."), s);
    }

    @Test
    void aModifyingAbbreviationStillEndsASentenceBeforeASentenceOpener() {
        String text = "She moved to the U.S. The visa came later.";
        int cut = text.indexOf("The");
        Span[] detected = {new Span(0, cut - 1), new Span(cut, text.length())};
        assertEquals(List.of(detected), Annotator.joinAbbreviations(text, detected));
        String titled = "He met U.S. President Joe Biden.";
        int at = titled.indexOf("President");
        assertEquals(List.of(new Span(0, titled.length())),
                Annotator.joinAbbreviations(titled, new Span[] {new Span(0, at - 1), new Span(at, titled.length())}));
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

    @Test
    void beamOfThreeGivesWhatTheOpenNlpTaggersGive() {
        Annotator beam = new Annotator(models, 3);
        POSTaggerME tagger = new POSTaggerME(models.pos);
        LemmatizerME lemmatizer = new LemmatizerME(models.lemmatizer);
        for (String sentence : NEWS) {
            String[] words = new TokenizerME(models.tokenizer).tokenize(sentence);
            String[] tags = tagger.tag(words);
            assertArrayEquals(tags, beam.tags(words), sentence);
            assertArrayEquals(lemmatizer.lemmatize(words, tags), beam.statisticalLemmas(words, tags), sentence);
        }
    }

    @Test
    void greedyDecodingAgreesWithTheBeamOnNearlyEveryToken() {
        Annotator beam = new Annotator(models, 3);
        int tokens = 0;
        int tagsDiffer = 0;
        int lemmasDiffer = 0;
        for (String sentence : NEWS) {
            String[] words = new TokenizerME(models.tokenizer).tokenize(sentence);
            String[] tags = beam.tags(words);
            String[] greedy = annotator.tags(words);
            String[] lemmas = beam.statisticalLemmas(words, tags);
            String[] greedyLemmas = annotator.statisticalLemmas(words, tags);
            for (int i = 0; i < words.length; i++) {
                tokens++;
                tagsDiffer += tags[i].equals(greedy[i]) ? 0 : 1;
                lemmasDiffer += lemmas[i].equals(greedyLemmas[i]) ? 0 : 1;
            }
        }
        assertTrue(tagsDiffer * 50 <= tokens, tagsDiffer + " of " + tokens + " tags differ");
        assertTrue(lemmasDiffer * 50 <= tokens, lemmasDiffer + " of " + tokens + " lemmas differ");
    }

    @Test
    void greedyDecoderGivesWhatABeamOfOneGives() {
        opennlp.tools.ml.model.MaxentModel pos = models.pos.getArtifact(NlpModels.POS_ARTIFACT);
        opennlp.tools.ml.BeamSearch beamOfOne = new opennlp.tools.ml.BeamSearch(1, pos);
        GreedyDecoder greedy = new GreedyDecoder(pos);
        var contexts = models.pos.getFactory().getPOSContextGenerator(1);
        var validator = models.pos.getFactory().getSequenceValidator();
        for (String sentence : NEWS) {
            String[] words = new TokenizerME(models.tokenizer).tokenize(sentence);
            assertArrayEquals(beamOfOne.bestSequence(words, null, contexts, validator).getOutcomes().toArray(String[]::new),
                    greedy.decode(words, null, contexts, validator), sentence);
        }
    }
}
