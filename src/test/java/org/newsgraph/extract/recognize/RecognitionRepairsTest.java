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

/** Refine's gazetteer pairs and event heads, title abbreviations, citation marks: sentences of our own. */
class RecognitionRepairsTest {
    private static Annotator annotator;
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        recognizer = new EntityRecognizer(Gazetteer.load(), EntityRecognizer.loadModel());
    }

    private static List<Mention> mentions(String text) {
        return recognizer.recognize(annotator.annotate(text));
    }

    private static Optional<Mention> mention(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void placesJoinedByAHyphenAreEachThemselves() {
        List<Mention> ms = mentions("Officials discussed U.S.-Iraq ties and the Baghdad-Erbil dispute on Monday.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("-")), ms.toString());
        assertEquals(EntityType.COUNTRY, mention(ms, "Iraq").map(Mention::type).orElse(null), ms.toString());
        assertTrue(mention(ms, "Baghdad").isPresent() && mention(ms, "Erbil").isPresent(), ms.toString());
    }

    @Test
    void aCitationMarkIsNotPartOfTheName() {
        List<Mention> ms = mentions("The raid killed the commander Mohan al-Tikriti.[3] Others fled.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("[") || m.text().endsWith(".")), ms.toString());
    }

    @Test
    void aTitleAbbreviationWithoutItsStopIsNoName() {
        List<Mention> ms = mentions("Col Brandvold and Capt Haugsvik briefed the press in Oslo.");
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Col") || m.text().startsWith("Capt")), ms.toString());
    }

    @Test
    void resolutionsAndCrisesAreNoEntities() {
        List<Mention> ms = mentions("Norway backed the Oslo Crisis Resolution after the Narvik Crisis.");
        assertTrue(ms.stream().noneMatch(m -> m.text().endsWith("Crisis") || m.text().endsWith("Resolution")), ms.toString());
    }
}
