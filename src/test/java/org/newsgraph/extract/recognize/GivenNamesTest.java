package org.newsgraph.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.Sentence;

/**
 * The passes that read the given-name and common-word lists (GivenNames, GivenNameTypes, SplitGlued,
 * the word-tail and one-word filters of Refine, the honorific split of SplitTitled), on sentences of
 * our own with the real models.
 */
class GivenNamesTest {
    private static Annotator annotator;
    private static EntityRecognizer recognizer;
    private static Gazetteer gazetteer;
    private static TokenShape shape;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        gazetteer = Gazetteer.load();
        recognizer = new EntityRecognizer(gazetteer, EntityRecognizer.loadModel());
        shape = new TokenShape(recognizer.lexicon(), gazetteer);
    }

    private static List<Mention> mentions(String text) {
        return recognizer.recognize(annotator.annotate(text));
    }

    private static Optional<Mention> mention(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Mention person(List<Mention> ms, String text) {
        Mention m = mention(ms, text).orElseThrow(() -> new AssertionError(text + " not in " + ms));
        assertEquals(EntityType.PERSON, m.type(), m.toString());
        return m;
    }

    @Test
    void listsAreLoaded() {
        assertTrue(gazetteer.isGivenName("Enver"));
        assertTrue(!gazetteer.isGivenName("Hope"), "a common lower-case word is not listed");
        assertTrue(gazetteer.isCommonWord("series"));
        assertTrue(!gazetteer.isCommonWord("brandvold"));
    }

    /** Index of the first token of {@code s} reading {@code word}. */
    private static int at(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s);
    }

    @Test
    void organisationGluedToThePersonAfterItIsSplit() {
        Sentence s = annotator.annotate("The chair of the Harbour Workers Federation Enver Kolstad told reporters the strike would go on.")
                .sentences().get(0);
        Candidate glued = new Candidate(at(s, "Harbour"), at(s, "Kolstad") + 1, EntityType.ORGANIZATION, false, false, "model");
        List<Candidate> out = new SplitGlued(shape).repair(s, List.of(glued), new Candidates());
        assertEquals(2, out.size(), out.toString());
        assertEquals("Harbour Workers Federation", s.span(out.get(0).from(), out.get(0).to()));
        assertEquals(EntityType.ORGANIZATION, out.get(0).type());
        assertEquals("Enver Kolstad", s.span(out.get(1).from(), out.get(1).to()));
        assertEquals(EntityType.PERSON, out.get(1).type());
        assertEquals("model>split-glued", out.get(1).rule());
    }

    @Test
    void aNameWithoutAGivenNameOrVerbAfterItStaysWhole() {
        Sentence s = annotator.annotate("Fans of the Harbour Workers Federation Kolstad Branch gathered.").sentences().get(0);
        Candidate c = new Candidate(at(s, "Harbour"), at(s, "Branch") + 1, EntityType.ORGANIZATION, false, false, "model");
        assertEquals(List.of(c), new SplitGlued(shape).repair(s, List.of(c), new Candidates()));
    }

    @Test
    void aPlaceEndingAnOrganisationDoesNotStartThePerson() {
        List<Mention> ms = mentions("A lecturer at the University of Oslo Marit Haugsvik said the survey was small.");
        person(ms, "Marit Haugsvik");
        assertTrue(mention(ms, "University of Oslo").isPresent(), ms.toString());
    }

    @Test
    void givenNameMakesAPersonWhateverTheTags() {
        List<Mention> ms = mentions("Late in the match, Dries Holmgaard scored from a corner.");
        person(ms, "Dries Holmgaard");
    }

    @Test
    void anInitialBeforeTheGivenNameBelongsToTheName() {
        List<Mention> ms = mentions("The movement was founded by the writer L. Ron Hubbardson in the fifties.");
        person(ms, "L. Ron Hubbardson");
    }

    @Test
    void commonWordsAreNoPersonsName() {
        List<Mention> ms = mentions("He won the Budweiser Man of the Match award and watched Star Wars twice.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms.toString());
    }

    @Test
    void aHyphenAndACommonWordEndNoName() {
        List<Mention> ms = mentions("\"Ground-level ozone harms crops,\" the Ministry of Agriculture wrote.");
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Ground")), ms.toString());
    }

    @Test
    void aHyphenatedGivenNameKeepsItsSyllables() {
        List<Mention> ms = mentions("Seoul mayor Park Sun-won won a third term.");
        person(ms, "Park Sun-won");
    }

    @Test
    void functionWordsInCapitalsAndNumeralsAreNoNames() {
        List<Mention> ms = mentions("The letter said: do nothing UNLESS the court agrees, as in chapter XVII.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("UNLESS") || m.text().equals("XVII")), ms.toString());
    }

    @Test
    void anHonorificInsideANameStartsAOneWordName() {
        List<Mention> ms = mentions("The Undersecretary of Education Mr. Castellani rejected the request.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Education Mr")), ms.toString());
    }
}
