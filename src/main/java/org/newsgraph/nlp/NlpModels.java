package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT), loaded once from the classpath. Models are immutable and
 * shared between threads; each thread makes its own {@link Annotator} over them.
 */
public final class NlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** The maxent models inside the POS and lemmatizer model packages (OpenNLP's artifact names). */
    static final String POS_ARTIFACT = "pos.model";
    static final String LEMMA_ARTIFACT = "lemmatizer.model";

    /** The class-path names of the OpenNLP models (their versions are in the names). */
    public static java.util.List<String> resources() {
        return java.util.List.of(SENTENCE, TOKENS, POS, LEMMAS);
    }

    final SentenceModel sentence;
    final TokenizerModel tokenizer;
    final POSModel pos;
    final LemmatizerModel lemmatizer;
    final DependencyParser parser;

    private NlpModels(SentenceModel sentence, TokenizerModel tokenizer, POSModel pos, LemmatizerModel lemmatizer,
                      DependencyParser parser) {
        this.sentence = sentence;
        this.tokenizer = tokenizer;
        this.pos = pos;
        this.lemmatizer = lemmatizer;
        this.parser = parser;
    }

    /** Loads the models shipped in the OpenNLP model jars and the bundled dependency parser. */
    public static NlpModels load() {
        // the parser model takes about as long to read as the OpenNLP ones: read it beside them
        java.util.concurrent.CompletableFuture<DependencyParser> parser =
                java.util.concurrent.CompletableFuture.supplyAsync(DependencyParser::load);
        try {
            return new NlpModels(new SentenceModel(open(SENTENCE)), alphanumericTokens(new TokenizerModel(open(TOKENS))),
                    new POSModel(open(POS)), new LemmatizerModel(open(LEMMAS)), parser.join());
        } catch (IOException e) {
            throw new IllegalStateException("cannot load OpenNLP model: " + e.getMessage(), e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** The dependency parser (thread-safe). */
    public DependencyParser parser() {
        return parser;
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric optimisation on: a run of letters and digits
     * between spaces is one token without asking the model about each character in it. The UD model
     * ships with it off; with it, tokenizing costs about half.
     */
    static TokenizerModel alphanumericTokens(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), java.util.Map.of(),
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the classpath (is the OpenNLP model jar missing?)");
        }
        return in;
    }

    public Annotator newAnnotator() {
        return new Annotator(this);
    }
}
