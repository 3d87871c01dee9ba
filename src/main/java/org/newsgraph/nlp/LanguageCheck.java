package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a text is English, with OpenNLP's language detector (the 103-language model of
 * {@code opennlp-models-langdetect}). The extraction is English only: a German article would
 * otherwise be ingested with nonsense entities ("Bundeskanzler Olaf Scholz" as a person).
 *
 * <p>It refuses only on clear evidence: a text with fewer than {@value #MIN_LETTERS} letters is not
 * judged at all (a headline or a two-line note says too little, and English names in it easily
 * look foreign), and a text is refused only when another language comes first with a confidence
 * of at least {@value #MIN_CONFIDENCE} and English gets less than {@value #MAX_ENGLISH}. Only the
 * first {@value #SAMPLE_CHARS} characters are read: that is plenty, and keeps the check cheap on
 * long texts; and when the first {@value #FIRST_CHARS} are English with confidence
 * {@value #MIN_CONFIDENCE} or more, as most articles' are, the rest is not read (a third of the
 * cost). Thread-safe.
 *
 * <pre>{@code
 * LanguageCheck check = LanguageCheck.load();
 * check.foreign(text).ifPresent(lang -> ...);   // e.g. "German (deu)"
 * }</pre>
 */
public final class LanguageCheck {
    static final String MODEL = "/langdetect-183.bin";
    static final String NAMES = "/org/newsgraph/nlp/language-names.tsv";
    /** Fewer letters than this and the text is not judged. */
    public static final int MIN_LETTERS = 100;
    static final double MIN_CONFIDENCE = 0.5;
    static final double MAX_ENGLISH = 0.1;
    static final int SAMPLE_CHARS = 3000;
    /** An opening this long that is English with confidence {@value #MIN_CONFIDENCE} settles it. */
    static final int FIRST_CHARS = 1000;

    private final LanguageDetectorModel model;
    private final Map<String, String> names;
    // LanguageDetectorME keeps no state between calls, but its documentation does not promise
    // thread safety: one per thread
    private final ThreadLocal<LanguageDetectorME> detectors;

    private LanguageCheck(LanguageDetectorModel model, Map<String, String> names) {
        this.model = model;
        this.names = names;
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
    }

    /** Loads the model shipped in the OpenNLP model jar (about a second). */
    public static LanguageCheck load() {
        try (InputStream in = LanguageCheck.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException(MODEL + " is not on the classpath (is opennlp-models-langdetect missing?)");
            }
            return new LanguageCheck(new LanguageDetectorModel(in), languageNames());
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the language detector: " + e.getMessage(), e);
        }
    }

    /**
     * The language of a text that is clearly not English, as "German (deu)"; empty for English,
     * and for a text too short or too mixed to tell.
     */
    public Optional<String> foreign(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        if (sample.length() > FIRST_CHARS) {
            // most articles are English and say so early: judge the opening alone first
            Language[] opening = detectors.get().predictLanguages(sample.substring(0, FIRST_CHARS));
            if ("eng".equals(opening[0].getLang()) && opening[0].getConfidence() >= MIN_CONFIDENCE) {
                return Optional.empty();
            }
        }
        Language[] ranked = detectors.get().predictLanguages(sample);
        Language best = ranked[0];
        if ("eng".equals(best.getLang()) || best.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        for (Language l : ranked) {
            if ("eng".equals(l.getLang()) && l.getConfidence() >= MAX_ENGLISH) {
                return Optional.empty();
            }
        }
        return Optional.of(name(best.getLang()) + " (" + best.getLang() + ")");
    }

    /** The English name of an ISO 639-3 code, or the code itself. */
    String name(String code) {
        return names.getOrDefault(code, code);
    }

    private static Map<String, String> languageNames() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(two);
            names.put(l.getISO3Language(), l.getDisplayLanguage(Locale.ENGLISH));
        }
        try (InputStream in = LanguageCheck.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IOException(NAMES + " is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                names.put(f[0].strip(), f[1].strip());
            }
        }
        return names;
    }
}
