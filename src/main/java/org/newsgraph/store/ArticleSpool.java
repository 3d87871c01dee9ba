package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.ArticleGraph;

/**
 * Lets a long ingest write in a few large transactions without holding their articles in memory.
 * Articles handed over are written at once while the spool holds fewer articles than the store
 * (so a new store fills by 1, 1, 2, 4... articles a write); else they are appended to a spool
 * file (gzipped N-Quads in the store's folder), and the spool is written to the store in one
 * transaction once it holds as many articles as the store did. A run thus commits about
 * log2(articles) times instead of once per batch.
 *
 * <p>Why: TDB2's B+trees are copy-on-write, and a commit leaves behind the old copy of every index
 * block it touched. Per commit, that is most blocks of the indexes led by a shared node (the
 * predicate- and object-first ones), so a run of fixed-size commits leaves garbage growing with
 * the square of the articles, and compacting it needs room for yet another copy. Commits that grow
 * with the store leave garbage of at most the size of the store's earlier versions, a geometric sum
 * bounded by the final store.
 *
 * <p>An article is in the store only once the spool holding it was written: an interrupted run
 * loses at most the articles of the spool (run it again; those still to store are extracted
 * again), and the store always holds whole articles. For the writer thread of one ingest: not
 * thread-safe, apart from {@link #holds}.
 */
public final class ArticleSpool implements AutoCloseable {

    /** Writes the spooled quads (none: {@code file} null) and {@code more} in one write transaction. */
    @FunctionalInterface
    interface Writer {
        void write(Path file, List<ArticleGraph> more);
    }

    private final Writer writer;
    private final Path file;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private long stored;
    private OutputStream out;
    private StreamRDF quads;

    /**
     * @param folder where the spool file goes (the store's own folder, so that its size counts as the
     *               store's and it sits on the same device)
     * @param stored articles in the store now
     */
    ArticleSpool(Writer writer, Path folder, long stored) {
        this.writer = writer;
        this.file = folder.resolve(NAME);
        this.stored = stored;
    }

    /** The spool file's name in the store's folder; one left by an interrupted run is replaced. */
    static final String NAME = "ingest-spool.nq.gz";

    /** Hands articles over: written now, or spooled until the spool is as large as the store. */
    public void add(List<ArticleGraph> articles) {
        if (ids.size() + articles.size() >= Math.max(1, stored)) {
            commit(articles);
            return;
        }
        if (quads == null) {
            open();
        }
        for (ArticleGraph a : articles) {
            a.graph().find().forEachRemaining(t -> quads.quad(Quad.create(a.name(), t)));
            ids.add(ArticleGraph.articleId(a.name()));
        }
    }

    /** Whether the article is spooled and not in the store yet (safe from any thread). */
    public boolean holds(String articleId) {
        return ids.contains(articleId);
    }

    /** Articles spooled, not in the store yet. */
    public int size() {
        return ids.size();
    }

    /** Writes what is spooled, if anything, to the store. */
    public void flush() {
        if (!ids.isEmpty()) {
            commit(List.of());
        }
    }

    private void commit(List<ArticleGraph> more) {
        Path spooled = null;
        if (quads != null) {
            closeFile();
            spooled = file;
        }
        writer.write(spooled, more);
        stored += ids.size() + more.size();
        ids.clear();
        deleteFile();
    }

    private void open() {
        try {
            out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                { def.setLevel(Deflater.BEST_SPEED); }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the ingest spool (" + e.getMessage() + ")", e);
        }
        quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        quads.start();
    }

    private void closeFile() {
        quads.finish();
        quads = null;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the ingest spool (" + e.getMessage() + ")", e);
        } finally {
            out = null;
        }
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot remove the ingest spool (" + e.getMessage() + ")", e);
        }
    }

    /** Streams a spool file's quads to {@code sink}. */
    static void read(Path file, StreamRDF sink) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the ingest spool (" + e.getMessage() + ")", e);
        }
    }

    /** Drops what was not written (the articles are not in the store) and removes the file. */
    @Override
    public void close() {
        if (quads != null) {
            try {
                closeFile();
            } catch (UncheckedIOException e) {
                // the spool is dropped anyway
            }
        }
        ids.clear();
        deleteFile();
    }
}
