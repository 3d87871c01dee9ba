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

import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.text.Article;

/**
 * Ingests a stream of article files: {@code threads} workers read and extract in parallel, and the
 * calling thread is the one writer, committing each article in its own write (whole or not at all),
 * or {@code batch} articles per write. At most {@code 2 × threads + batch} articles are held, so
 * memory does not grow with the corpus. Not thread-safe: one run at a time.
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

        /** After each file. */
        default void progress(Tally tally) {
        }
    }

    /** Counts so far. {@code words} counts the words of the articles added. */
    public record Tally(int added, int unchanged, int failed, long triples, long words, long nanos) {
        public int done() {
            return added + unchanged + failed;
        }

        Tally plus(Outcome o, boolean wasUnchanged, long nanosNow) {
            if (o.error != null) {
                return new Tally(added, unchanged, failed + 1, triples, words, nanosNow);
            }
            if (wasUnchanged) {
                return new Tally(added, unchanged + 1, failed, triples, words, nanosNow);
            }
            return new Tally(added + 1, unchanged, failed, triples + o.graph.graph().size(), words + o.words, nanosNow);
        }
    }

    /** What a worker made of one file: a graph, "already stored", or an error message. */
    private record Outcome(String articleId, ArticleGraph graph, long words, String error, Throwable cause) {
    }

    private final Pipeline pipeline;
    private final GraphStore store;
    private final int threads;
    private final int batch;
    private final List<Outcome> pending = new ArrayList<>();

    /**
     * @param threads extraction threads
     * @param batch   articles per write transaction (1: each article its own transaction)
     */
    public Ingester(Pipeline pipeline, GraphStore store, int threads, int batch) {
        if (threads < 1 || batch < 1) {
            throw new IllegalArgumentException("threads and batch must be at least 1, not " + threads + ", " + batch);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.threads = threads;
        this.batch = batch;
    }

    /**
     * Ingests every file; a file that fails to read or extract is reported and skipped. A store
     * failure stops the run (it would fail for every article).
     */
    public Tally run(Iterator<Path> files, Function<Path, Article> reader, Listener listener) {
        long started = System.nanoTime();
        Tally tally = new Tally(0, 0, 0, 0, 0, 0);
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
            if (store.hasArticle(article.id())) {
                return new Outcome(article.id(), null, 0, null, null);
            }
            return new Outcome(article.id(), pipeline.process(article), words(article.text()), null, null);
        } catch (NewsgraphException e) {
            return new Outcome(null, null, 0, e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            // a bug in extraction must not lose the rest of the corpus, and the writer must hear
            // about every file or it would wait for ever: report this file and go on
            return new Outcome(null, null, 0, file + ": cannot extract: " + e, e);
        }
    }

    private Tally write(Outcome o, Tally tally, long started, Listener listener) {
        Tally next = tally;
        if (o.error != null) {
            listener.failed(o.error, o.cause);
            next = tally.plus(o, false, System.nanoTime() - started);
        } else if (o.graph == null || isPending(o.articleId) || store.hasArticle(o.articleId)) {
            next = tally.plus(o, true, System.nanoTime() - started); // stored before, or the same text came twice
        } else {
            pending.add(o);
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
            next = next.plus(o, false, System.nanoTime() - started);
        }
        pending.clear();
        return next;
    }

    private boolean isPending(String articleId) {
        return pending.stream().anyMatch(o -> o.articleId.equals(articleId));
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
