package org.newsgraph.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/**
 * The mentions the real recognizer finds in a sentence of a test's own, with the real models,
 * loaded once for every test class of the package that reads sentences this way.
 */
final class Recognized {
    private static Annotator annotator;
    private static EntityRecognizer recognizer;

    private Recognized() {
    }

    static synchronized List<Mention> mentions(String text) {
        if (recognizer == null) {
            annotator = NlpModels.load().newAnnotator();
            recognizer = new EntityRecognizer(Gazetteer.load(), EntityRecognizer.loadModel());
        }
        return recognizer.recognize(annotator.annotate(text));
    }

    /** Fails unless the mention with exactly this text is an organisation. */
    static void assertOrganisation(List<Mention> ms, String name) {
        assertEquals(EntityType.ORGANIZATION, mention(ms, name).map(Mention::type).orElse(null), ms.toString());
    }

    /** The first mention with exactly this text. */
    static Optional<Mention> mention(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }
}
