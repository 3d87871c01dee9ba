package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens and tags them. Not thread-safe: one per thread.
 * Paragraph breaks (blank lines, and single newlines between lines) always end a sentence.
 *
 * <p>Tags and lemmas are decoded greedily (beam size 1), not with the beam of 3 that
 * {@code POSTaggerME} and {@code LemmatizerME} read from the models: the beam evaluates the model
 * three times per token, and tagging and lemmatizing were a fifth of the ingest time. On the
 * development texts the greedy tags differ from the beam's on few tokens (see AnnotatorTest).
 *
 * <pre>{@code
 * AnnotatedText t = NlpModels.load().newAnnotator().annotate("Seoul has resisted. Moscow waits.");
 * }</pre>
 */
public final class Annotator {
    /** Lemmas by token and tag: the lemmatizer is the slowest step and tokens repeat a lot. */
    private static final int LEMMA_CACHE_LIMIT = 50_000;
    /** Longer sentences are cut into pieces so tagging time stays linear. */
    static final int MAX_SENTENCE_CHARS = 2_000;
    /** Greedy decoding; see the class comment. */
    static final int BEAM_SIZE = 1;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final BeamSearch tagSearch;
    private final GreedyDecoder tagGreedy;
    private final POSContextGenerator tagContext;
    private final SequenceValidator<String> tagValidator;
    private final BeamSearch lemmaSearch;
    private final GreedyDecoder lemmaGreedy;
    private final LemmatizerContextGenerator lemmaContext;
    private final SequenceValidator<String> lemmaValidator;
    private final Map<String, String> lemmaCache = new HashMap<>();
    private final DependencyParser parser;

    Annotator(NlpModels models) {
        this(models, BEAM_SIZE);
    }

    /** With another beam size, for tests: OpenNLP's taggers use 3. */
    Annotator(NlpModels models, int beamSize) {
        this.parser = models.parser;
        this.sentenceDetector = new SentenceDetectorME(models.sentence);
        this.tokenizer = new TokenizerME(models.tokenizer);
        this.tagSearch = new BeamSearch(beamSize, models.pos.<MaxentModel>getArtifact(NlpModels.POS_ARTIFACT));
        this.tagGreedy = beamSize == 1 ? new GreedyDecoder(models.pos.<MaxentModel>getArtifact(NlpModels.POS_ARTIFACT)) : null;
        this.tagContext = models.pos.getFactory().getPOSContextGenerator(beamSize);
        this.tagValidator = models.pos.getFactory().getSequenceValidator();
        this.lemmaSearch = new BeamSearch(beamSize, models.lemmatizer.<MaxentModel>getArtifact(NlpModels.LEMMA_ARTIFACT));
        this.lemmaGreedy = beamSize == 1 ? new GreedyDecoder(models.lemmatizer.<MaxentModel>getArtifact(NlpModels.LEMMA_ARTIFACT)) : null;
        this.lemmaContext = models.lemmatizer.getFactory().getContextGenerator();
        this.lemmaValidator = models.lemmatizer.getFactory().getSequenceValidator();
    }

    /** UD tags of a sentence's tokens, as {@code POSTaggerME.tag} gives them, but with this annotator's beam size. */
    public String[] tags(String[] words) {
        if (tagGreedy != null) {
            return tagGreedy.decode(words, null, tagContext, tagValidator);
        }
        return tagSearch.bestSequence(words, null, tagContext, tagValidator).getOutcomes().toArray(String[]::new);
    }

    /** Lemmas as {@code LemmatizerME.lemmatize} gives them, but with this annotator's beam size. */
    String[] statisticalLemmas(String[] words, String[] tags) {
        String[] scripts = lemmaGreedy != null ? lemmaGreedy.decode(words, new Object[] {tags}, lemmaContext, lemmaValidator)
                : lemmaSearch.bestSequence(words, new Object[] {tags}, lemmaContext, lemmaValidator).getOutcomes().toArray(String[]::new);
        return LemmatizerME.decodeLemmas(words, scripts);
    }

    public AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span line : lines(text)) {
            String lineText = line.getCoveredText(text).toString();
            for (Span s : joinAbbreviations(lineText, sentenceDetector.sentPosDetect(lineText))) {
                int start = line.getStart() + s.getStart();
                int end = line.getStart() + s.getEnd();
                for (int from = start; from < end; from += MAX_SENTENCE_CHARS) {
                    int to = Math.min(end, from + MAX_SENTENCE_CHARS);
                    Sentence sentence = sentence(text, sentences.size(), from, to);
                    if (sentence != null) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return new AnnotatedText(text, sentences).withParser(parser);
    }

    private Sentence sentence(String text, int index, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        String sentenceText = text.substring(start, end);
        Span[] spans = splitJoiners(sentenceText, tokenizer.tokenizePos(sentenceText));
        if (spans.length == 0) {
            return null;
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentenceText).toString();
        }
        String[] tags = tags(words);
        String[] lemmas = lemmas(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i], lemmas[i]));
        }
        return new Sentence(index, start, end, sentenceText, splitPossessives(tokens));
    }

    private static final java.util.regex.Pattern SLASHED_NAMES = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]*/\\p{Lu}[\\p{L}.'-]*");

    /**
     * Joiners the tokenizer leaves on a word, split off before tagging: a slash between two capitalised
     * words ("Iraq/Kurdistan" is two names and a slash) and a hyphen ending a word glued to the next
     * ("UK-" "France", "al-" "Karbouly": the hyphen goes apart, as in "al" "-" "Zarqawi").
     */
    static Span[] splitJoiners(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            String w = sp.getCoveredText(text).toString();
            boolean gluedNext = i + 1 < spans.length && spans[i + 1].getStart() == sp.getEnd();
            if (SLASHED_NAMES.matcher(w).matches() && w.indexOf('/') == w.lastIndexOf('/')) {
                int slash = sp.getStart() + w.indexOf('/');
                out.add(new Span(sp.getStart(), slash));
                out.add(new Span(slash, slash + 1));
                out.add(new Span(slash + 1, sp.getEnd()));
            } else if (gluedNext && w.length() > 1 && w.endsWith("-") && Character.isLetter(w.charAt(w.length() - 2))) {
                out.add(new Span(sp.getStart(), sp.getEnd() - 1));
                out.add(new Span(sp.getEnd() - 1, sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    /**
     * The UD models keep a possessive on its word ("Israel's", tagged PROPN+PART; "ministers'",
     * NOUN+PART), while names, gazetteers and the name finder's training data have it apart: the
     * possessive becomes a token of its own, tagged PART, after tagging so the tags stay the model's.
     */
    static List<Token> splitPossessives(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            int cut = possessiveStart(t);
            if (cut <= 0) {
                out.add(t);
                continue;
            }
            String pos = t.pos().contains("+") ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
            if (!pos.startsWith("NOUN") && !pos.startsWith("PROPN")) {
                pos = "PROPN"; // "Britain's" tagged VERB
            }
            String word = t.text().substring(0, cut);
            String lemma = t.lemma().length() > cut && t.lemma().regionMatches(true, 0, word, 0, cut)
                    ? t.lemma().substring(0, cut) : "PROPN".equals(pos) ? word : t.lemma();
            out.add(new Token(word, t.start(), t.start() + cut, pos, lemma));
            String clitic = t.text().substring(cut);
            out.add(new Token(clitic, t.start() + cut, t.end(), "PART", clitic.replace('\u2019', '\'')));
        }
        return out;
    }

    /** Words whose "'s" is a verb ("it's", "that's") or a pronoun ("let's"), never a possessive. */
    private static final java.util.Set<String> NOT_POSSESSORS = java.util.Set.of("it", "he", "she", "that", "what",
            "who", "where", "there", "here", "let", "how", "when", "why", "this", "everyone", "everything",
            "nothing", "something", "someone", "anyone", "one");

    /**
     * Where the possessive of a noun token starts ("Israel|'s", "Britain|'s", "ministers|'"), or -1.
     * The tagger's tag for such tokens varies (PROPN+PART, PROPN, NOUN, even VERB), so a capitalised
     * word or a noun is enough, unless the word is one whose "'s" is "is" or "us".
     */
    private static int possessiveStart(Token t) {
        String w = t.text();
        boolean nounLike = t.isCapitalised() || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN");
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) && Character.isLetterOrDigit(w.charAt(w.length() - 3))
                && nounLike && !NOT_POSSESSORS.contains(w.substring(0, w.length() - 2).toLowerCase(java.util.Locale.ROOT))) {
            return w.length() - 2;
        }
        if (w.length() > 3 && (t.pos().endsWith("+PART") || t.isCapitalised()) && (w.endsWith("s'") || w.endsWith("s\u2019"))) {
            return w.length() - 1;
        }
        return -1;
    }

    private String[] lemmas(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String cached = lemmaCache.get(words[i] + '\t' + tags[i]);
            if (cached == null) {
                missing.add(i);
            } else {
                lemmas[i] = cached;
            }
        }
        if (!missing.isEmpty()) {
            String[] w = new String[missing.size()];
            String[] t = new String[missing.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = words[missing.get(k)];
                t[k] = tags[missing.get(k)];
            }
            String[] found = statisticalLemmas(w, t);
            if (lemmaCache.size() > LEMMA_CACHE_LIMIT) {
                lemmaCache.clear();
            }
            for (int k = 0; k < w.length; k++) {
                String lemma = found[k] == null || found[k].isEmpty() || "O".equals(found[k])
                        ? w[k].toLowerCase() : found[k];
                lemmas[missing.get(k)] = lemma;
                lemmaCache.put(w[k] + '\t' + t[k], lemma);
            }
        }
        return lemmas;
    }

    /** The abbreviations the sentence detector takes for a sentence end, from {@code abbreviations.txt}. */
    static final String ABBREVIATIONS = "/org/newsgraph/nlp/abbreviations.txt";
    private static final WordSections ABBREVIATION_LISTS = WordSections.read(ABBREVIATIONS);
    /** Titles and initials before a name: "Robert F." "Kennedy", "Gen." "Mark Milley". */
    private static final Set<String> BEFORE_NAMES = ABBREVIATION_LISTS.section("before-names");
    /** Dotted abbreviations that modify the next word: "U.S." "President Joe Biden". */
    private static final Set<String> MODIFIERS = ABBREVIATION_LISTS.section("modifiers");
    /** Words that open a sentence even after a modifier: "the U.S." "The visa ...". */
    private static final Set<String> SENTENCE_OPENERS = ABBREVIATION_LISTS.section("sentence-openers");
    /** The abbreviation a sentence ends with, less its last full stop: "Kennedy F", "in the U.S", "Lt. Gen". */
    private static final java.util.regex.Pattern LAST_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])((?:\\p{L}+\\.\\s?)?\\p{L}+(?:\\.\\p{L}+)*)\\.$");

    /** Sentences joined where the detector split after an initial, a title or a modifying abbreviation. */
    static List<Span> joinAbbreviations(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String prevText = text.substring(prev.getStart(), prev.getEnd()).strip();
                String next = text.substring(s.getStart(), s.getEnd()).strip();
                if (!next.isEmpty() && (Character.isLowerCase(next.charAt(0))
                        || Character.isUpperCase(next.charAt(0)) && continuesAfter(prevText, next))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The text before ends with an abbreviation that the capitalised text after continues. */
    private static boolean continuesAfter(String before, String after) {
        java.util.regex.Matcher m = LAST_ABBREVIATION.matcher(before);
        if (!m.find()) {
            return false;
        }
        String abbreviation = m.group(1);
        String last = abbreviation.substring(abbreviation.lastIndexOf(' ') + 1);
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0)) || BEFORE_NAMES.contains(abbreviation)
                || BEFORE_NAMES.contains(last)) {
            return true;
        }
        if (!MODIFIERS.contains(last)) {
            return false;
        }
        int wordEnd = 0;
        while (wordEnd < after.length() && Character.isLetter(after.charAt(wordEnd))) {
            wordEnd++;
        }
        return !SENTENCE_OPENERS.contains(after.substring(0, wordEnd));
    }

    /** Non-empty lines of the text; each line is split into sentences on its own. */
    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && !text.substring(start, i).isBlank()) {
                    lines.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
