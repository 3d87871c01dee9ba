package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
        return parse(words(s), lemmas(s), tags(s));
    }

    /**
     * Parses several sentences in one call: the parser sets itself up (its feature model) once
     * for all of them rather than once per sentence, and each parse is the one {@link #parse(Sentence)} gives.
     */
    public List<Dependencies> parse(List<Sentence> sentences) {
        List<String[]> input = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.size() > 0) {
                input.add(lines(words(s), lemmas(s), tags(s)));
            }
        }
        List<String[]> output;
        try {
            output = input.isEmpty() ? List.of() : model.parseSentences(input);
        } catch (MaltChainedException e) {
            throw new IllegalStateException("parser failed: " + e.getMessage(), e);
        }
        List<Dependencies> parses = new ArrayList<>();
        int k = 0;
        for (Sentence s : sentences) {
            parses.add(s.size() == 0 ? new Dependencies(new int[0], new String[0]) : dependencies(output.get(k++)));
        }
        return parses;
    }

    /** Parses one sentence given its words, lemmas and UD tags (a tag such as "PROPN+PART" counts as PROPN). */
    public Dependencies parse(String[] words, String[] lemmas, String[] tags) {
        int n = words.length;
        if (n == 0) {
            return new Dependencies(new int[0], new String[0]);
        }
        String[] out;
        try {
            out = model.parseTokens(lines(words, lemmas, tags));
        } catch (MaltChainedException e) {
            throw new IllegalStateException("parser failed: " + e.getMessage(), e);
        }
        return dependencies(out);
    }

    /** The sentence as CoNLL lines: id, word, lemma, UD tag twice (a tag such as "PROPN+PART" counts as PROPN). */
    private static String[] lines(String[] words, String[] lemmas, String[] tags) {
        String[] lines = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String tag = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
            lines[i] = (i + 1) + "\t" + field(words[i]) + "\t" + field(lemmas[i]) + "\t" + tag + "\t" + tag + "\t_";
        }
        return lines;
    }

    private static String[] words(Sentence s) {
        return s.tokens().stream().map(Token::text).toArray(String[]::new);
    }

    private static String[] lemmas(Sentence s) {
        return s.tokens().stream().map(Token::lemma).toArray(String[]::new);
    }

    private static String[] tags(Sentence s) {
        return s.tokens().stream().map(Token::pos).toArray(String[]::new);
    }

    /** Heads and relations from the parser's CoNLL output lines. */
    private static Dependencies dependencies(String[] out) {
        int n = out.length;
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
