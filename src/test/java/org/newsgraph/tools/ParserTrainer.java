package org.newsgraph.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maltparser.MaltParserService;
import org.maltparser.core.exception.MaltChainedException;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Dependencies;
import org.newsgraph.nlp.DependencyParser;
import org.newsgraph.nlp.NlpModels;

/**
 * Trains the bundled dependency parser ({@code en-ud-parser.mco}, MaltParser with liblinear) on
 * Universal Dependencies English CoNLL-U files, then scores it on held-out CoNLL-U files twice:
 * with their gold tags and with the tags of the OpenNLP tagger the pipeline uses. Comment lines,
 * multiword-token lines and empty nodes are dropped; the UD tag fills both tag columns, since the
 * pipeline has no language-specific tags. Features: MaltParser's {@code stackproj} defaults plus the
 * lemmas of the two stack tops, the second lookahead word and word-tag pairs
 * ({@code src/test/resources/org/newsgraph/tools/parser-features.xml}). Deterministic: same data,
 * same model.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.ParserTrainer \
 *     -Dexec.args="src/main/resources/org/newsgraph/nlp/en-ud-parser.mco \
 *         --test ../shared/ud/ewt/en_ewt-ud-test.conllu ../shared/ud/gum ../shared/ud/ewt/en_ewt-ud-dev.conllu"
 * </pre>
 * With {@code --score-only} in place of the training files, scores the given model without training.
 */
public final class ParserTrainer {
    /** MaltParser's parsing algorithm: the projective stack system (arc-eager scored lower on EWT test). */
    static final String ALGORITHM = "stackproj";

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ParserTrainer() {
    }

    /** One sentence of a treebank: words, lemmas, UD tags, heads (0 is the root) and relations. */
    record TreeSentence(String[] words, String[] lemmas, String[] tags, int[] heads, String[] relations) {
    }

    public static void main(String[] args) throws IOException, MaltChainedException {
        if (args.length < 2) {
            System.err.println("usage: ParserTrainer MODEL.mco [--test HELD-OUT.conllu]... [--score-only | TRAIN.conllu|DIR...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        boolean scoreOnly = false;
        List<Path> train = new ArrayList<>();
        List<Path> test = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--test") && i + 1 < args.length) {
                test.addAll(conlluFiles(Path.of(args[++i])));
            } else if (args[i].equals("--score-only")) {
                scoreOnly = true;
            } else {
                train.addAll(conlluFiles(Path.of(args[i])));
            }
        }
        if (scoreOnly) {
            evaluate(DependencyParser.load(out.toUri().toURL()), read(test));
            return;
        }
        List<TreeSentence> trainSentences = read(train);
        System.err.printf("training on %d sentences, %d tokens from %d files%n", trainSentences.size(),
                tokens(trainSentences), train.size());
        Path work = Files.createTempDirectory("newsgraph-parser");
        Path data = work.resolve("train.conll");
        write(trainSentences, data);
        Path features = work.resolve("parser-features.xml");
        try (var in = ParserTrainer.class.getResourceAsStream("parser-features.xml")) {
            Files.copy(in, features);
        }
        long t0 = System.nanoTime();
        new MaltParserService().runExperiment("-c en-ud-parser -i " + data + " -w " + work
                + " -m learn -a " + ALGORITHM + " -l liblinear -if conllx -F " + features + " -lfi " + work.resolve("malt.log"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.copy(work.resolve("en-ud-parser.mco"), out, StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("learned in %.0f s: %s (%d bytes)%n", (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        if (!test.isEmpty()) {
            evaluate(DependencyParser.load(out.toUri().toURL()), read(test));
        }
    }

    /**
     * Prints UAS and LAS (punctuation included) with gold tags and with the pipeline's tags, and
     * tokens per second of the parsing thread's CPU time (wall time depends on what else runs).
     */
    static void evaluate(DependencyParser parser, List<TreeSentence> gold) {
        Annotator tagger = NlpModels.load().newAnnotator();
        for (boolean goldTags : new boolean[] {true, false}) {
            long n = 0;
            long unlabelled = 0;
            long labelled = 0;
            long nanos = 0;
            for (TreeSentence s : gold) {
                String[] tags = goldTags ? s.tags() : tagger.tags(s.words());
                long t0 = CPU.getCurrentThreadCpuTime();
                Dependencies d = parser.parse(s.words(), s.lemmas(), tags);
                nanos += CPU.getCurrentThreadCpuTime() - t0;
                for (int i = 0; i < s.words().length; i++) {
                    n++;
                    if (d.head(i) + 1 == s.heads()[i]) {
                        unlabelled++;
                        if (d.relation(i).equals(s.relations()[i])) {
                            labelled++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s tags: UAS %.3f LAS %.3f on %d tokens; %.0f tokens per CPU second%n",
                    goldTags ? "gold" : "tagger", unlabelled / (double) n, labelled / (double) n, n, n / (nanos / 1e9));
        }
    }

    private static List<Path> conlluFiles(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (var files = Files.list(p)) {
            return files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList();
        }
    }

    static List<TreeSentence> read(List<Path> files) throws IOException {
        List<TreeSentence> out = new ArrayList<>();
        for (Path f : files) {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (!rows.isEmpty()) {
                        out.add(sentence(rows));
                        rows = new ArrayList<>();
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 8 || c[0].contains("-") || c[0].contains(".")) {
                    continue; // multiword tokens and empty nodes
                }
                rows.add(c);
            }
            if (!rows.isEmpty()) {
                out.add(sentence(rows));
            }
        }
        return out;
    }

    private static TreeSentence sentence(List<String[]> rows) {
        int n = rows.size();
        TreeSentence s = new TreeSentence(new String[n], new String[n], new String[n], new int[n], new String[n]);
        for (int i = 0; i < n; i++) {
            String[] c = rows.get(i);
            s.words()[i] = c[1];
            s.lemmas()[i] = c[2];
            s.tags()[i] = c[3];
            s.heads()[i] = Integer.parseInt(c[6]);
            s.relations()[i] = c[7];
        }
        return s;
    }

    private static void write(List<TreeSentence> sentences, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TreeSentence s : sentences) {
                for (int i = 0; i < s.words().length; i++) {
                    w.write((i + 1) + "\t" + field(s.words()[i]) + "\t" + field(s.lemmas()[i]) + "\t" + s.tags()[i] + "\t"
                            + s.tags()[i] + "\t_\t" + s.heads()[i] + "\t" + s.relations()[i] + "\t_\t_\n");
                }
                w.write("\n");
            }
        }
    }

    private static String field(String s) {
        String f = s.replace(' ', '_');
        return f.isEmpty() ? "_" : f;
    }

    private static int tokens(List<TreeSentence> sentences) {
        return sentences.stream().mapToInt(s -> s.words().length).sum();
    }
}
