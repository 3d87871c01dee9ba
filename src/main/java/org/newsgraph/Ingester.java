package org.newsgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ArticleSpool;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.Article;

/**
 * Ingests a stream of article files: {@code threads} workers read and extract in parallel, the
 * calling thread gathers their graphs into batches, and one writer thread commits each article in
 * its own write (whole or not at all), or a batch of articles per write (fixed, or growing up to a
 * maximum). With growing batches into a store that offers an {@link ArticleSpool} (embedded TDB2),
 * the writer hands each batch to the spool, so that writes grow with the store while memory holds
 * one batch. A batch is written while the next one is extracted, so extraction does not stop for
 * the store's writes (nor for a compaction between them); at most one batch is being written. At
 * most {@code 2 × threads + 2 × batch} articles are held, so memory does not grow with the corpus.
 * Not thread-safe: one run at a time.
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
    private final boolean growing;
    private int batch;
    /** Where the writer puts batches, for growing batches into a store that spools; else null. */
    private ArticleSpool spool;
    private final List<Outcome> pending = new ArrayList<>();
    /** The batch being written by the writer thread, and its article ids; null and empty when none. */
    private Future<List<Outcome>> writing;
    private Set<String> writingIds = Set.of();

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
        this.growing = maxBatch > firstBatch;
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
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("newsgraph-extract-"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemonThreads("newsgraph-write-"));
        spool = growing ? store.spool().orElse(null) : null;
        try {
            while (files.hasNext()) {
                while (inFlight >= maxInFlight) {
                    tally = write(writer, take(done), tally, started, listener);
                    inFlight--;
                }
                Path file = files.next();
                workers.execute(() -> done.add(extract(file, reader)));
                inFlight++;
                for (Outcome o = done.poll(); o != null; o = done.poll()) {
                    tally = write(writer, o, tally, started, listener);
                    inFlight--;
                }
            }
            while (inFlight > 0) {
                tally = write(writer, take(done), tally, started, listener);
                inFlight--;
            }
            tally = commit(writer, tally, started);
            tally = awaitWrite(tally, started);
            tally = flushSpool(writer, tally, started);
        } finally {
            workers.shutdownNow();
            writer.shutdown(); // a write under way finishes (or fails) whole
            awaitQuietly(workers, 60); // after a store failure, no worker may still use the store when it closes
            awaitQuietly(writer, Long.MAX_VALUE); // nor the writer: a compaction may take minutes
            if (spool != null) {
                spool.close(); // after a failure: what it held is not in the store, and is extracted again next time
                spool = null;
            }
        }
        return tally;
    }

    private Outcome extract(Path file, Function<Path, Article> reader) {
        try {
            Article article = reader.apply(file);
            ArticleGraph publication = pipeline.publication(article);
            if (store.hasArticle(article.id()) || spool != null && spool.holds(article.id())) {
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

    private Tally write(ExecutorService writer, Outcome o, Tally tally, long started, Listener listener) {
        Tally next = tally;
        if (o.articleId != null && writingIds.contains(o.articleId)) {
            next = awaitWrite(next, started); // a copy of a text being written: see it stored, then record this copy
        }
        if (o.articleId != null && spool != null && spool.holds(o.articleId)) {
            next = awaitWrite(next, started); // a copy of a spooled text (rare): store the spool, then record this copy
            next = flushSpool(writer, next, started);
        }
        long now = System.nanoTime() - started;
        if (o.error != null) {
            listener.failed(o.error, o.cause);
            next = next.failed(now);
        } else {
            o.warnings.forEach(listener::warned);
            Outcome stored = pendingOf(o.articleId);
            if (stored != null) { // the same text came twice in this batch: the one graph records both copies
                // (its triples are counted when the graph is committed)
                Node pub = publicationNode(o.publication);
                if (stored.graph.graph().contains(stored.graph.article(), NG.publication, pub)) {
                    next = next.unchanged(now);
                } else {
                    o.publication.graph().find().forEachRemaining(stored.graph.graph()::add);
                    next = next.source(0, now);
                }
            } else if (o.graph == null || store.hasArticle(o.articleId)) {
                next = addPublication(o, next, now);
            } else {
                pending.add(o);
            }
        }
        if (pending.size() >= batch) {
            next = commit(writer, next, started);
        }
        listener.progress(next);
        return next;
    }

    /**
     * Hands the pending articles to the writer thread, to be committed in one write, once the write
     * before has finished; returns the tally with that earlier write's articles counted.
     */
    private Tally commit(ExecutorService writer, Tally tally, long started) {
        if (pending.isEmpty()) {
            return tally;
        }
        Tally next = awaitWrite(tally, started);
        List<Outcome> articles = List.copyOf(pending);
        pending.clear();
        writingIds = new HashSet<>();
        articles.forEach(o -> writingIds.add(o.articleId));
        writing = writer.submit(() -> {
            if (spool != null) {
                spool.add(articles.stream().map(Outcome::graph).toList());
            } else if (articles.size() == 1) {
                store.putArticle(articles.get(0).graph);
            } else {
                store.putArticles(articles.stream().map(Outcome::graph).toList());
            }
            return articles;
        });
        batch = (int) Math.min(maxBatch, 2L * batch);
        return next;
    }

    /** Writes what the spool holds, on the writer thread, and waits for it; nothing without a spool. */
    private Tally flushSpool(ExecutorService writer, Tally tally, long started) {
        if (spool == null || spool.size() == 0) {
            return tally;
        }
        writing = writer.submit(() -> {
            spool.flush();
            return List.of(); // its articles were counted when spooled
        });
        return awaitWrite(tally, started);
    }

    /** Waits for the write under way, if any, and counts its articles; a store failure stops the run. */
    private Tally awaitWrite(Tally tally, long started) {
        if (writing == null) {
            return tally;
        }
        List<Outcome> written;
        try {
            written = writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // as the store threw it, so that the command maps it to its message and exit code
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            writing = null;
            writingIds = Set.of();
        }
        Tally next = tally;
        for (Outcome o : written) {
            next = next.added(o, System.nanoTime() - started);
        }
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

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService workers, long seconds) {
        try {
            workers.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
