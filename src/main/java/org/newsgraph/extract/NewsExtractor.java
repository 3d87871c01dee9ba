package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.extract.recognize.EntityRecognizer;
import org.newsgraph.nlp.AnnotatedText;

/**
 * The news extractor: recognises mentions, resolves them to entities, then reads relations,
 * roles, proposals, concerns and statements off the sentences.
 *
 * <pre>{@code
 * Extractor x = NewsExtractor.load();
 * Extraction e = x.extract(NlpModels.load().newAnnotator().annotate(text));
 * }</pre>
 */
public final class NewsExtractor implements Extractor {
    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;
    private final FactExtractor facts;

    public NewsExtractor(Gazetteer gazetteer, opennlp.tools.namefind.TokenNameFinderModel names) {
        this.recognizer = new EntityRecognizer(gazetteer, names);
        this.resolver = new EntityResolver(gazetteer);
        this.facts = new FactExtractor(gazetteer);
    }

    /** Loads the bundled gazetteers, name finder model and rules. */
    public static NewsExtractor load() {
        return new NewsExtractor(Gazetteer.load(), EntityRecognizer.loadModel());
    }

    @Override
    public Extraction extract(AnnotatedText text) {
        List<Mention> mentions = recognizer.recognize(text);
        ResolvedMentions resolved = resolver.resolve(text, mentions);
        return facts.extract(text, resolved);
    }
}
