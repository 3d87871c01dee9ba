package org.newsgraph.extract.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.RelationRules;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds names of people, organisations, countries and places by running the {@link Passes} over each
 * sentence and {@link Propagation} over the article. Every mention records the pass that made it.
 *
 * <pre>{@code
 * EntityRecognizer r = new EntityRecognizer(Gazetteer.load(), RelationRules.load(), EntityRecognizer.loadModel());
 * List<Mention> mentions = r.recognize(annotator.annotate(text));
 * }</pre>
 *
 * <p>Thread-safe: the passes are immutable and the model pass keeps one finder per thread.
 */
public final class EntityRecognizer {
    /** The bundled name finder model, on the classpath beside the gazetteers. */
    public static final String MODEL = "/org/newsgraph/extract/en-ner-news.bin";

    private final Lexicon lexicon;
    private final List<Pass> passes;
    private final Propagation propagation;

    /** A recogniser with the statistical name finder {@code model} (null: gazetteer and rules only). */
    public EntityRecognizer(Gazetteer gazetteer, RelationRules rules, TokenNameFinderModel model) {
        this.lexicon = Lexicon.load(gazetteer, rules);
        TokenShape shape = new TokenShape(lexicon, gazetteer);
        this.passes = Passes.of(shape, model);
        this.propagation = new Propagation(shape);
    }

    /** A recogniser reading the bundled relation rules' shared word classes. */
    public EntityRecognizer(Gazetteer gazetteer, TokenNameFinderModel model) {
        this(gazetteer, RelationRules.load(), model);
    }

    /** Loads the bundled name finder model from the classpath. */
    public static TokenNameFinderModel loadModel() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL.substring(1));
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL.substring(1), e);
        }
    }

    /** The word lists the passes read. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The names of the passes in the order they run, then the article-wide step. */
    public List<String> passNames() {
        List<String> names = new ArrayList<>(passes.stream().map(Pass::name).toList());
        names.add(Propagation.NAME);
        return names;
    }

    public List<Mention> recognize(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Candidates candidates = new Candidates();
            for (Pass p : passes) {
                p.apply(s, candidates);
            }
            for (Candidate c : candidates.chosen()) {
                mentions.add(mention(s, c));
            }
        }
        for (Pass p : passes) {
            p.endArticle();
        }
        return propagation.apply(text, mentions);
    }

    /** The mention of a chosen name: the text without a full stop, hyphen or possessive left on it. */
    private Mention mention(Sentence s, Candidate c) {
        boolean metonym = c.capital() && !(c.from() > 0 && lexicon.locatives().contains(s.token(c.from() - 1).lower()));
        String text = s.span(c.from(), c.to());
        int end = s.token(c.to() - 1).end();
        while (text.length() > 1 && "[({".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1); // "al-Freiji.[": a citation mark left on the name
            end--;
        }
        if (text.endsWith(".") && end < s.token(c.to() - 1).end() && s.token(c.to() - 1).text().length() > 4) {
            text = text.substring(0, text.length() - 1);
            end--;
        }
        if (c.to() == s.size() && text.endsWith(".") && s.token(c.to() - 1).text().length() > 3) {
            text = text.substring(0, text.length() - 1); // the sentence's full stop left on the last word
            end--;
        }
        if (text.endsWith("-") && text.length() > 1) {
            text = text.substring(0, text.length() - 1); // "NATO-" before "led"
            end--;
        }
        String bare = withoutPossessive(text);
        end -= text.length() - bare.length();
        text = bare;
        if (c.sharedHead() != null) { // "the State | and Homeland Security Departments": "State Department"
            boolean headInside = s.token(c.to() - 1).lowerLemma().equals(c.sharedHead().toLowerCase(Locale.ROOT));
            text = (headInside ? s.span(c.from(), c.to() - 1) : text) + " " + c.sharedHead();
        }
        return new Mention(s.index(), c.from(), c.to(), s.token(c.from()).start(), end, text, c.type(), metonym, c.rule());
    }

    /** "Hee-Chan's" is "Hee-Chan": the tokenizer sometimes leaves the possessive on the name. */
    static String withoutPossessive(String name) {
        if (name.length() > 2 && (name.endsWith("'s") || name.endsWith("\u2019s"))) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }
}
