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
    private final LanguageCheck language;

    public Pipeline(NlpModels models, Extractor extractor, Clock clock) {
        this(models, extractor, clock, null);
    }

    /** @param language the check {@link #requireEnglish} makes; null: every text passes */
    public Pipeline(NlpModels models, Extractor extractor, Clock clock, LanguageCheck language) {
        this.language = language;
        this.models = models;
        this.extractor = extractor;
        this.clock = clock;
        this.annotators = ThreadLocal.withInitial(models::newAnnotator);
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
            return new Pipeline(models, extractor.join(), Clock.systemUTC(), language.join());
        } catch (java.util.concurrent.CompletionException e) {
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
        AnnotatedText text = annotate(article.text());
        Extraction extraction = extractor.extract(text);
        return ArticleGraph.build(article, text, extraction, Instant.now(clock));
    }

    public NlpModels models() {
        return models;
    }
}
