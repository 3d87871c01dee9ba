package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.CliRun;
import org.newsgraph.text.Article;


/**
 * Ingest throughput and query latency on made-up corpora of N distinct news-length articles
 * (the seed and the development texts in ../shared/eval, sentences shuffled within paragraphs,
 * a varied dateline, short texts topped up with paragraphs of another one). Not part of the unit
 * tests; run on demand:
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=IngestBenchmark -Dbench.sizes=300,1000 -Dbench.threads=2 -Dbench.batch=1
 * </pre>
 *
 * The corpora and stores go to {@code target/bench/}; the report to {@code target/bench/report-N.md}
 * and standard output. Nothing generated is committed. Also runs as a plain main, e.g. in the
 * background while the build goes on:
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.bench.IngestBenchmark 10000
 * </pre>
 * or only write a corpus of N articles into one folder ({@code src/test/sh/scale-run.sh} then
 * ingests it with the launcher as a user would):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.bench.IngestBenchmark corpus 10000 DIR
 * </pre>
 */
@Tag("benchmark")
public class IngestBenchmark {
    private static final Path OUT = Path.of("target", "bench");
    private static final int MIN_WORDS = 450;
    private static final int PART = 1000;
    /** Seconds a query may run before it is cancelled and reported as such. */
    private static final String TIMEOUT = System.getProperty("bench.timeout", "300");
    private static final String[] CITIES = {"LONDON", "NAIROBI", "SEOUL", "LIMA", "OSLO", "CAIRO", "MANILA",
        "BERLIN", "QUITO", "HANOI", "ACCRA", "WARSAW", "DHAKA", "LISBON", "TORONTO", "PERTH"};
    private static final String[] MONTHS = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug",
        "Sept", "Oct", "Nov", "Dec"};

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("corpus")) { // only write the articles, for src/test/sh/scale-run.sh
            List<String> bases = baseTexts();
            long words = makeCorpus(bases, 0, Integer.parseInt(args[1]), Path.of(args[2]));
            System.out.println(args[1] + " articles, " + words + " words in " + args[2]);
            return;
        }
        if (args.length > 0) {
            System.setProperty("bench.sizes", String.join(",", args));
        }
        new IngestBenchmark().ingestAndQuery();
    }

    @Test
    void ingestAndQuery() throws IOException {
        List<String> bases = baseTexts();
        Assumptions.assumeTrue(bases.size() >= 10, "needs the development texts in ../shared/eval");
        int threads = Integer.getInteger("bench.threads", 2);
        int batch = Integer.getInteger("bench.batch", 1);
        for (String size : System.getProperty("bench.sizes", "300,1000").split(",")) {
            run(bases, Integer.parseInt(size.strip()), threads, batch);
        }
    }

    /**
     * Ingests n articles into a fresh store in parts of at most {@value #PART} (one {@code ingest}
     * run each, so the figures at 1,000, 2,000... articles come out as it goes), then times the
     * queries after the first part and at the end. The report is appended to as it runs.
     */
    private static void run(List<String> bases, int n, int threads, int batch) throws IOException {
        Path db = OUT.resolve("db-" + n + "-batch" + batch);
        Path report = OUT.resolve("report-" + n + "-batch" + batch + ".md");
        deleteTree(db);
        Files.createDirectories(OUT);
        Files.writeString(report, "## " + n + " articles, --threads " + threads + " --batch " + batch + "\n\n"
                + "| articles in store | part | part s | articles/s | words/s | peak heap MB | store MB | compact s | compacted MB |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long totalWords = 0;
        double totalSeconds = 0;
        int parts = (n + PART - 1) / PART;
        for (int part = 0; part < parts; part++) {
            int from = part * PART;
            int count = Math.min(PART, n - from);
            Path corpus = OUT.resolve("corpus-" + n).resolve(String.format("part-%03d", part));
            long words = makeCorpus(bases, from, count, corpus);
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            CliRun ingest = cli("ingest", "--store", db.toString(), "--threads", String.valueOf(threads),
                    "--batch", String.valueOf(batch), "--compact-after", "0", corpus.toString());
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertEquals(0, ingest.exitCode(), ingest.err());
            assertTrue(ingest.out().startsWith("ingested " + count + " articles"), ingest.out());
            totalWords += words;
            totalSeconds += seconds;
            double storeMb = size(db) / 1e6;
            // what `ingest` does after 1,000 articles by default, timed apart from the ingest
            long compacting = System.nanoTime();
            try (org.newsgraph.store.GraphStore store = org.newsgraph.store.GraphStore.embedded(db)) {
                store.compact();
            }
            double compactSeconds = (System.nanoTime() - compacting) / 1e9;
            append(report, String.format("| %d | %d | %.1f | %.2f | %.0f | %.0f | %.0f | %.1f | %.0f |%n", from + count, count,
                    seconds, count / seconds, words / seconds, peak / 1e6, storeMb, compactSeconds, size(db) / 1e6));
            if (part == 0 || part == parts - 1 || part == parts / 2) {
                append(report, "\n" + queryTimes(db, from + count) + "\n");
            }
        }
        append(report, String.format("%nTotal: %d articles, %d words (%.0f per article) in %.1f s: %.2f articles/s,"
                + " %.0f words/s (each part includes loading the models, about 3 s)%n%n",
                n, totalWords, (double) totalWords / n, totalSeconds, n / totalSeconds, totalWords / totalSeconds));
        System.out.println(Files.readString(report));
    }

    private static String queryTimes(Path db, int articles) throws IOException {
        StringBuilder r = new StringBuilder("Queries on " + articles + " articles (ms, run twice):\n\n"
                + "| query | rows | first run ms | second run ms |\n|---|---:|---:|---:|\n");
        Path queries = Path.of("queries");
        if (!Files.isDirectory(queries)) {
            return r.append("(no queries/ folder)\n").toString();
        }
        try (Stream<Path> files = Files.list(queries)) {
            for (Path q : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                long t0 = System.nanoTime();
                CliRun first = cli("query", "--store", db.toString(), "--format", "tsv", "--timeout", TIMEOUT, q.toString());
                long t1 = System.nanoTime();
                CliRun second = first.exitCode() == 0
                        ? cli("query", "--store", db.toString(), "--format", "tsv", "--timeout", TIMEOUT, q.toString()) : first;
                long t2 = System.nanoTime();
                String rows = first.exitCode() == 0 ? String.valueOf(first.out().lines().count() - 1)
                        : "failed: " + first.err().strip().replaceAll("\\s+", " ");
                r.append(String.format("| %s | %s | %.0f | %.0f |%n", q.getFileName(), rows, (t1 - t0) / 1e6, (t2 - t1) / 1e6));
                if (second.exitCode() == 0) {
                    assertEquals(first.out(), second.out(), "the same query gives the same answer");
                }
            }
        }
        return r.toString();
    }

    private static void append(Path report, String text) throws IOException {
        Files.writeString(report, text, java.nio.file.StandardOpenOption.APPEND);
        System.out.print(text);
        System.out.flush();
    }

    /**
     * Writes articles number {@code from} to {@code from + count - 1} of the sequence of distinct
     * variants (the sequence does not depend on how it is cut into parts); returns their word count.
     */
    static long makeCorpus(List<String> bases, int from, int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<String> ids = new HashSet<>();
        long words = 0;
        int k = 0;
        for (int made = 0; made < from + count; k++) {
            String text = variant(bases, k);
            if (!ids.add(new Article(text, null, "-", null, null).id())) {
                continue;
            }
            if (made++ < from) {
                continue;
            }
            Path file = folder.resolve(String.format("article-%05d.txt", made - 1));
            if (!Files.exists(file)) {
                Files.writeString(file, text);
            }
            words += text.split("\\s+").length;
        }
        return words;
    }

    static String variant(List<String> bases, int k) {
        Random random = new Random(k);
        List<String> first = paragraphs(bases.get(k % bases.size()));
        StringBuilder text = new StringBuilder(first.get(0)).append("\n\n");
        text.append(CITIES[random.nextInt(CITIES.length)]).append(", ").append(MONTHS[random.nextInt(12)])
                .append(' ').append(1 + random.nextInt(28)).append(" - ");
        List<String> body = new ArrayList<>(first.subList(1, first.size()));
        for (int extra = 1; words(body) < MIN_WORDS && extra < 10; extra++) {
            List<String> more = paragraphs(bases.get((k * 31 + extra * 7) % bases.size()));
            body.addAll(more.subList(Math.min(1, more.size() - 1), more.size()));
        }
        for (String paragraph : body) {
            List<String> sentences = new ArrayList<>(Arrays.asList(paragraph.split("(?<=[.!?])\\s+(?=[A-Z\"“])")));
            Collections.shuffle(sentences, random);
            text.append(String.join(" ", sentences)).append("\n\n");
        }
        return text.toString().strip() + "\n";
    }

    private static List<String> paragraphs(String text) {
        List<String> list = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                list.add(p.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        return list;
    }

    private static int words(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    }

    private static List<String> baseTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), Path.of("..", "shared", "eval", "re3d-dev", "articles"),
                Path.of("..", "shared", "eval", "gum-dev", "articles"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static CliRun cli(String... args) {
        return CliRun.run(args);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
