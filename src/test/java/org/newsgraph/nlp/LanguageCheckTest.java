package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language check on texts written for this test: German and Korean are refused, English passes. */
public class LanguageCheckTest {
    /** A German news paragraph, a Korean one and an English one naming foreign people and places (written for these tests). */
    public static final String GERMAN = text("german.txt");
    public static final String KOREAN = text("korean.txt");
    public static final String ENGLISH = text("english.txt");

    static LanguageCheck check;

    static String text(String name) {
        try (var in = LanguageCheckTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void load() {
        check = LanguageCheck.load();
    }

    @Test
    void germanIsNamed() {
        assertEquals(Optional.of("German (deu)"), check.foreign(GERMAN));
    }

    @Test
    void koreanIsNamed() {
        assertEquals(Optional.of("Korean (kor)"), check.foreign(KOREAN));
    }

    @Test
    void englishWithForeignNamesPasses() {
        assertEquals(Optional.empty(), check.foreign(ENGLISH));
    }

    @Test
    void aTextTooShortToTellIsNotJudged() {
        String shortGerman = "Der Bürgermeister sagte, die Bauarbeiten beginnen im Frühjahr.";
        assertTrue(shortGerman.codePoints().filter(Character::isLetter).count() < LanguageCheck.MIN_LETTERS);
        assertEquals(Optional.empty(), check.foreign(shortGerman));
        // the same sentences, long enough, are judged
        assertEquals(Optional.of("German (deu)"), check.foreign(shortGerman + " " + GERMAN));
    }

    @Test
    void codesJavaDoesNotNameComeFromTheDataFile() {
        assertEquals("Persian", check.name("pes"));
        assertEquals("Chinese (Mandarin)", check.name("cmn"));
        assertEquals("French", check.name("fra"));
    }
}
