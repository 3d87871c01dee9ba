package org.newsgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.Article;

/**
 * Ingests a stream of article files: {@code threads} workers read and extract in parallel, and the
 * calling thread is the one writer, committing each article in its own write (whole or not at all),
 * or a batch of articles per write (fixed, or growing up to a maximum). At most
 * {@code 2 × threads + batch} articles are held, so memory does not grow with the corpus. Not thread-safe: one run at a time.
 *
 * <pre>{@code
 * Ingester.Tally t = new Ingester(pipeline, store, 2, 1).run(files, reader::read, listener);
 * }</pre>
 */
public final class Ingester {

    /** Hears about failures and progress; called on the writer (calling) thread only. */
    public interface Listener {
        /** A file that could not be ingested; the message names it. */
        void failed(String message, Throwable cause);

        /** Something the reader repaired in a file that was ingested all the same; the message names it. */
        default void warned(String message) {
        }

        /** After each file. */
        default void progress(Tally tally) {
        }
    }

    /**
     * Counts so far. {@code words} counts the words of the articles added; {@code sources} the files
     * whose text was stored already but from another source, address or date, now recorded beside it.
     */
    public record Tally(int added, int unchanged, int sources, int failed, long triples, long words, long nanos) {
        public int done() {
            return added + unchanged + sources + failed;
        }

        Tally failed(long nanosNow) {
            return new Tally(added, unchanged, sources, failed + 1, triples, words, nanosNow);
        }

        Tally unchanged(long nanosNow) {
            return new Tally(added, unchanged + 1, sources, failed, triples, words, nanosNow);
        }

        Tally source(long newTriples, long nanosNow) {
            return new Tally(added, unchanged, sources + 1, failed, triples + newTriples, words, nanosNow);
        }

        Tally added(Outcome o, long nanosNow) {
            return new Tally(added + 1, unchanged, sources, failed, triples + o.graph.graph().size(), words + o.words, nanosNow);
        }
    }

    /**
     * What a worker made of one file: the article's graph (null when the text is stored already), the
     * triples of this copy's publication, the reader's warnings; or an error message.
     */
    private record Outcome(String articleId, ArticleGraph graph, ArticleGraph publication, long words,
                           List<String> warnings, String error, Throwable cause) {
        static Outcome failure(String error, Throwable cause) {
            return new Outcome(null, null, null, 0, List.of(), error, cause);
        }
    }

    private final Pipeline pipeline;
    private final GraphStore store;
    private final int threads;
    private final int maxBatch;
    private int batch;
    private final List<Outcome> pending = new ArrayList<>();

    /**
     * @param threads extraction threads
     * @param batch   articles per write transaction (1: each article its own transaction)
     */
    public Ingester(Pipeline pipeline, GraphStore store, int threads, int batch) {
        this(pipeline, store, threads, batch, batch);
    }

    /**
     * Growing batches: the first write holds {@code firstBatch} articles and each next one twice as
     * many, up to {@code maxBatch}. The first articles land at once (and a killed run loses little
     * early on), while a long run commits rarely: TDB2 copies every index block a commit touches,
     * so the disk a run leaves behind grows with the number of commits, not of articles.
     */
    public Ingester(Pipeline pipeline, GraphStore store, int threads, int firstBatch, int maxBatch) {
        if (threads < 1 || firstBatch < 1 || maxBatch < firstBatch) {
            throw new IllegalArgumentException("threads and batch must be at least 1, not " + threads + ", "
                    + firstBatch + ".." + maxBatch);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.threads = threads;
        this.batch = firstBatch;
        this.maxBatch = maxBatch;
    }

    /**
     * Ingests every file; a file that fails to read or extract is reported and skipped. A store
     * failure stops the run (it would fail for every article).
     */
    public Tally run(Iterator<Path> files, Function<Path, Article> reader, Listener listener) {
        long started = System.nanoTime();
        Tally tally = new Tally(0, 0, 0, 0, 0, 0, 0);
        BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
        int maxInFlight = 2 * threads;
        int inFlight = 0;
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            while (files.hasNext()) {
                while (inFlight >= maxInFlight) {
                    tally = write(take(done), tally, started, listener);
                    inFlight--;
                }
                Path file = files.next();
                workers.execute(() -> done.add(extract(file, reader)));
                inFlight++;
                for (Outcome o = done.poll(); o != null; o = done.poll()) {
                    tally = write(o, tally, started, listener);
                    inFlight--;
                }
            }
            while (inFlight > 0) {
                tally = write(take(done), tally, started, listener);
                inFlight--;
            }
            tally = commit(tally, started, listener);
        } finally {
            workers.shutdownNow();
            awaitQuietly(workers); // after a store failure, no worker may still use the store when it closes
        }
        return tally;
    }

    private Outcome extract(Path file, Function<Path, Article> reader) {
        try {
            Article article = reader.apply(file);
            ArticleGraph publication = pipeline.publication(article);
            if (store.hasArticle(article.id())) {
                return new Outcome(article.id(), null, publication, 0, article.warnings(), null, null);
            }
            return new Outcome(article.id(), pipeline.process(article), publication, words(article.text()),
                    article.warnings(), null, null);
        } catch (NewsgraphException e) {
            return Outcome.failure(e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            // a bug in extraction must not lose the rest of the corpus, and the writer must hear
            // about every file or it would wait for ever: report this file and go on
            return Outcome.failure(file + ": cannot extract: " + e, e);
        }
    }

    private Tally write(Outcome o, Tally tally, long started, Listener listener) {
        Tally next = tally;
        long now = System.nanoTime() - started;
        if (o.error != null) {
            listener.failed(o.error, o.cause);
            next = tally.failed(now);
        } else {
            o.warnings.forEach(listener::warned);
            Outcome stored = pendingOf(o.articleId);
            if (stored != null) { // the same text came twice in this batch: the one graph records both copies
                // (its triples are counted when the graph is committed)
                Node pub = publicationNode(o.publication);
                if (stored.graph.graph().contains(stored.graph.article(), NG.publication, pub)) {
                    next = tally.unchanged(now);
                } else {
                    o.publication.graph().find().forEachRemaining(stored.graph.graph()::add);
                    next = tally.source(0, now);
                }
            } else if (o.graph == null || store.hasArticle(o.articleId)) {
                next = addPublication(o, tally, now);
            } else {
                pending.add(o);
            }
        }
        if (pending.size() >= batch) {
            next = commit(next, started, listener);
        }
        listener.progress(next);
        return next;
    }

    /** Commits the pending articles in one write; a store failure stops the run. */
    private Tally commit(Tally tally, long started, Listener listener) {
        if (pending.isEmpty()) {
            return tally;
        }
        if (pending.size() == 1) {
            store.putArticle(pending.get(0).graph);
        } else {
            store.putArticles(pending.stream().map(Outcome::graph).toList());
        }
        Tally next = tally;
        for (Outcome o : pending) {
            next = next.added(o, System.nanoTime() - started);
        }
        pending.clear();
        batch = (int) Math.min(maxBatch, 2L * batch);
        return next;
    }

    /**
     * The text is stored already: this copy is unchanged if its publication is recorded, else its
     * publication is added to the article's graph in a write of its own.
     */
    private Tally addPublication(Outcome o, Tally tally, long now) {
        if (store.hasSubject(o.publication.name(), publicationNode(o.publication))) {
            return tally.unchanged(now);
        }
        store.addToArticle(o.publication);
        return tally.source(o.publication.graph().size(), now);
    }

    /** The publication node in a graph of publication triples. */
    private static Node publicationNode(ArticleGraph publication) {
        return publication.graph().find(publication.article(), NG.publication, Node.ANY)
                .mapWith(Triple::getObject).next();
    }

    private Outcome pendingOf(String articleId) {
        for (Outcome o : pending) {
            if (o.articleId.equals(articleId)) {
                return o;
            }
        }
        return null;
    }

    private static Outcome take(BlockingQueue<Outcome> done) {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("ingest interrupted", e);
        }
    }

    private static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsgraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            workers.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
