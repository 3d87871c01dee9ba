package org.newsgraph;

import java.time.Clock;
import java.time.Instant;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NewsExtractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.LanguageCheck;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Producer;
import org.newsgraph.text.Article;

/**
 * article → annotated text → extraction → RDF. Holds the immutable models and rules; each thread
 * gets its own {@link Annotator} (OpenNLP taggers are not thread-safe).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.load();
 * ArticleGraph g = p.process(article);
 * }</pre>
 */
public final class Pipeline {
    private final NlpModels models;
    private final Extractor extractor;
    private final Clock clock;
    private final ThreadLocal<Annotator> annotators;
    private final Producer producer;
    private final LanguageCheck language;

    public Pipeline(NlpModels models, Extractor extractor, Clock clock) {
        this(models, extractor, clock, Fingerprint.current(), null);
    }

    /**
     * @param producer what the graphs record as having made them
     * @param language the check {@link #requireEnglish} makes; null: every text passes
     */
    public Pipeline(NlpModels models, Extractor extractor, Clock clock, Producer producer, LanguageCheck language) {
        this.language = language;
        this.models = models;
        this.extractor = extractor;
        this.clock = clock;
        this.annotators = ThreadLocal.withInitial(models::newAnnotator);
        this.producer = producer;
    }

    /** Loads the bundled models, gazetteers and rules. */
    public static Pipeline load() {
        // the name-finder model and the OpenNLP models take seconds each to read: load them side by side
        java.util.concurrent.CompletableFuture<NewsExtractor> extractor =
                java.util.concurrent.CompletableFuture.supplyAsync(NewsExtractor::load);
        java.util.concurrent.CompletableFuture<LanguageCheck> language =
                java.util.concurrent.CompletableFuture.supplyAsync(LanguageCheck::load);
        NlpModels models = NlpModels.load();
        try {
            return new Pipeline(models, extractor.join(), Clock.systemUTC(), Fingerprint.current(), language.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                // a bundled rules or data file that does not parse: its message names the file and line
                throw new NewsgraphException(bad.getMessage(), bad);
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    public AnnotatedText annotate(String text) {
        return annotators.get().annotate(text);
    }

    public Extraction extract(AnnotatedText text) {
        return extractor.extract(text);
    }

    /**
     * The article, if it is English or too short to tell; else a failure naming the language found
     * ("x.txt: looks like German (deu), not English; --lang en to ingest anyway").
     */
    public Article requireEnglish(Article article) {
        if (language != null) {
            language.foreign(article.text()).ifPresent(lang -> {
                throw new NewsgraphException(article.source() + ": looks like " + lang
                        + ", not English; --lang en to ingest anyway");
            });
        }
        return article;
    }

    /** The article's named graph. Safe to call from several threads. */
    public ArticleGraph process(Article article) {
        Instant now = Instant.now(clock);
        return process(article, article.id(), article.contentHash(), now);
    }

    /**
     * The graph of an article already stored, extracted again: it keeps the stored id, content
     * hash and ingest time, and records this pipeline as its producer.
     */
    public ArticleGraph process(Article article, String id, String contentHash, Instant ingestedAt) {
        AnnotatedText text = annotate(article.text());
        Extraction extraction = extractor.extract(text);
        return ArticleGraph.build(article, id, contentHash, text, extraction, ingestedAt, producer, Instant.now(clock));
    }

    /** What this pipeline records as the producer of the graphs it makes. */
    public Producer producer() {
        return producer;
    }

    /** The triples that add one more source of an article already stored (no extraction). */
    public ArticleGraph publication(Article article) {
        return ArticleGraph.publication(article, Instant.now(clock));
    }

    public NlpModels models() {
        return models;
    }
}
