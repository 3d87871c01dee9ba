package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;
import org.maltparser.core.exception.MaltChainedException;

/**
 * A MaltParser dependency parser over the tagger's Universal Dependencies tags, with the model
 * shipped beside this class ({@code en-ud-parser.mco}; see {@code NOTICE-parser.md}). Thread-safe:
 * one instance serves every thread.
 *
 * <pre>{@code
 * Dependencies d = DependencyParser.load().parse(sentence);
 * }</pre>
 */
public final class DependencyParser {
    static final String MODEL = "en-ud-parser.mco";

    private final ConcurrentMaltParserModel model;

    private DependencyParser(ConcurrentMaltParserModel model) {
        this.model = model;
    }

    /**
     * Loads the bundled model. MaltParser reads a model as a jar file of its own, which it cannot
     * do inside another jar: the model is copied to a temporary file, read, and the file deleted.
     */
    public static DependencyParser load() {
        try (InputStream in = DependencyParser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL);
            }
            Path copy = Files.createTempFile("newsgraph-parser", ".mco");
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return load(copy.toUri().toURL());
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + MODEL, e);
        }
    }

    /** Loads a model from a MaltParser {@code .mco} file. */
    public static DependencyParser load(URL model) {
        try {
            return new DependencyParser(ConcurrentMaltParserService.initializeParserModel(model));
        } catch (MaltChainedException e) {
            throw new IllegalStateException("cannot load parser model " + model + ": " + e.getMessage(), e);
        }
    }

    public Dependencies parse(Sentence s) {
        String[] words = new String[s.size()];
        String[] lemmas = new String[s.size()];
        String[] tags = new String[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            words[i] = t.text();
            lemmas[i] = t.lemma();
            tags[i] = t.pos();
        }
        return parse(words, lemmas, tags);
    }

    /** Parses one sentence given its words, lemmas and UD tags (a tag such as "PROPN+PART" counts as PROPN). */
    public Dependencies parse(String[] words, String[] lemmas, String[] tags) {
        int n = words.length;
        if (n == 0) {
            return new Dependencies(new int[0], new String[0]);
        }
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            String tag = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
            lines[i] = (i + 1) + "\t" + field(words[i]) + "\t" + field(lemmas[i]) + "\t" + tag + "\t" + tag + "\t_";
        }
        String[] out;
        try {
            out = model.parseTokens(lines);
        } catch (MaltChainedException e) {
            throw new IllegalStateException("parser failed: " + e.getMessage(), e);
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 0; i < n; i++) {
            String[] cols = out[i].split("\t");
            heads[i] = Integer.parseInt(cols[6]) - 1;
            relations[i] = cols[7].toLowerCase(Locale.ROOT);
        }
        return new Dependencies(heads, relations);
    }

    /** A CoNLL field: no tabs or spaces inside, never empty. */
    private static String field(String s) {
        String f = s.replace('\t', '_').replace(' ', '_');
        return f.isEmpty() ? "_" : f;
    }
}
