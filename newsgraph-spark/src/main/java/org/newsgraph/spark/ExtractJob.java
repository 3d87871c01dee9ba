package org.newsgraph.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.ArticleQuads;
import org.newsgraph.NewsgraphException;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.Article;
import org.newsgraph.text.ArticleReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code newsgraph extract} on Apache Spark: reads the articles under any path Spark reads (a local
 * folder, {@code hdfs://}, {@code s3a://}), extracts each with the same pipeline per partition, the
 * models loaded once per executor, and writes the quads {@code newsgraph extract} writes for them as
 * N-Quads part files ({@code part-r-00000.nq}, ...), each article's graph whole in one file, ready
 * for {@code newsgraph load DIR} or any store's bulk loader.
 *
 * <pre>{@code
 * spark-submit --class org.newsgraph.spark.ExtractJob newsgraph-spark.jar s3a://news/2026/ s3a://news-rdf/2026/
 * }</pre>
 *
 * <p>Copies of one text (the same story from several outlets) are brought together by article id,
 * so that the article's graph is made once, from the copy whose source sorts first, and the other
 * copies add their publications, as {@code extract} and {@code ingest} do.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        header = "Extracts articles into N-Quads on Apache Spark, one named graph per article.",
        description = {"INPUT is a file or folder (read recursively) that Spark reads: local, hdfs://, s3a://. "
                + "OUTPUT is a folder that must not exist; it gets one N-Quads file per partition."})
public final class ExtractJob implements Callable<Integer> {

    /** How articles are read, as {@code newsgraph extract}'s options say it; sent to the executors. */
    public record Settings(String encoding, long maxBytes, boolean checkLanguage, int partitions, boolean gzip)
            implements Serializable {
        ArticleReader reader() {
            return new ArticleReader(Charset.forName(encoding), maxBytes);
        }
    }

    /** One file's bytes, named as the graph will name its source. */
    record Copy(String source, byte[] bytes) implements Serializable {
    }

    /** What a run did: graphs written, files that failed (each with its message), time. */
    public record Result(long articles, List<String> failures, long nanos) {
    }

    @Parameters(index = "0", paramLabel = "INPUT", description = "The articles: a file or folder.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The folder for the N-Quads part files.")
    String output;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Character encoding of the text files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--lang", paramLabel = "LANG", description = "'en': read every article as English, unchecked.")
    String lang;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Output files (and extraction tasks); default: Spark's default parallelism.")
    int partitions;

    @Option(names = "--gzip", description = "Compress the part files (.nq.gz).")
    boolean gzip;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Override
    public Integer call() {
        if (lang != null && !lang.equals("en")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--lang: only en is supported, not '" + lang + "'");
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Result r = run(sc, input, output, new Settings(encoding, maxBytes, lang == null, partitions, gzip));
            PrintStream err = System.err;
            r.failures().forEach(f -> err.println("newsgraph-spark: " + f));
            double seconds = r.nanos() / 1e9;
            err.printf("extracted %d articles, %d failed in %.1f s (%.1f articles/s) to %s%n",
                    r.articles(), r.failures().size(), seconds, r.articles() / seconds, output);
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Runs the job on a context the caller owns. */
    public static Result run(JavaSparkContext sc, String input, String output, Settings settings) {
        long started = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int parts = settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism();
        CollectionAccumulator<String> failures = sc.sc().collectionAccumulator("failed files");
        LongAccumulator articles = sc.sc().longAccumulator("articles");

        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(input, parts)
                .filter(f -> ArticleReader.isArticleFile(Path.of(fileName(f._1()))));
        JavaPairRDD<String, Copy> byArticle = files.flatMapToPair(f -> {
            Copy copy = new Copy(sourceName(f._1()), f._2().toArray());
            try {
                return List.of(new Tuple2<>(read(settings.reader(), copy).id(), copy)).iterator();
            } catch (NewsgraphException e) {
                failures.add(e.getMessage());
                return List.<Tuple2<String, Copy>>of().iterator();
            }
        });
        JavaRDD<String> quads = byArticle.groupByKey(parts).mapPartitions(groups -> {
            Pipeline pipeline = Executors.pipeline();
            ArticleReader reader = settings.reader();
            List<String> out = new ArrayList<>();
            while (groups.hasNext()) {
                String q = quads(pipeline, reader, settings.checkLanguage(), groups.next()._2(), failures);
                if (!q.isEmpty()) {
                    out.add(q);
                    articles.add(1);
                }
            }
            return out.iterator();
        });
        Class<? extends CompressionCodec> codec = settings.gzip() ? GzipCodec.class : null;
        Configuration job = new Configuration(hadoop);
        if (codec != null) {
            job.setBoolean("mapreduce.output.fileoutputformat.compress", true);
            job.setClass("mapreduce.output.fileoutputformat.compress.codec", codec, CompressionCodec.class);
        }
        quads.mapToPair(q -> new Tuple2<>(NullWritable.get(), new Text(q)))
                .saveAsNewAPIHadoopFile(output, NullWritable.class, Text.class, NQuadsOutputFormat.class, job);
        List<String> failed = new ArrayList<>(failures.value());
        failed.sort(null);
        return new Result(articles.value(), failed, System.nanoTime() - started);
    }

    /**
     * The N-Quads of one article: its graph made from the copy whose source sorts first, and the
     * publications of the others (no trailing newline: the output format adds one).
     */
    static String quads(Pipeline pipeline, ArticleReader reader, boolean checkLanguage, Iterable<Copy> copies,
            CollectionAccumulator<String> failures) {
        List<Copy> sorted = new ArrayList<>();
        copies.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Copy::source));
        ArticleQuads admitted = new ArticleQuads(pipeline);
        StringBuilder out = new StringBuilder();
        for (Copy c : sorted) {
            try {
                Article article = read(reader, c);
                if (checkLanguage) {
                    pipeline.requireEnglish(article);
                }
                ArticleGraph g = admitted.admit(article, () -> pipeline.process(article));
                if (g != null) {
                    out.append(ArticleQuads.nquads(g));
                }
            } catch (NewsgraphException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                failures.add(c.source() + ": cannot extract: " + e);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    static Article read(ArticleReader reader, Copy c) {
        return reader.parse(c.source(), c.bytes(), ArticleReader.isHtml(Path.of(fileName(c.source()))));
    }

    /** A local file is named by its path, as {@code newsgraph extract} names it; others by their URI. */
    static String sourceName(String uri) {
        return uri.startsWith("file:") ? new org.apache.hadoop.fs.Path(uri).toUri().getPath() : uri;
    }

    private static String fileName(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.isEmpty() ? "_" : name;
    }
}
