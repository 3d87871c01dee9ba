package org.newsgraph.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the bundled English name finder ({@code en-ner-news.bin}: person, organization, location)
 * on the openly licensed IOB2 corpora in {@code ../shared/ner/}: Universal NER English-EWT (dev and
 * test) and the GUM name annotations (both CC BY-SA 4.0 / CC BY 4.0; see
 * {@code src/main/resources/org/newsgraph/extract/NOTICE-ner.md}). Deterministic: same data, same model.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.NameFinderTrainer \
 *     -Dexec.args="src/main/resources/org/newsgraph/extract/en-ner-news.bin \
 *         ../shared/ner/uner-en-ewt/en_ewt-ud-dev.iob2 ../shared/ner/uner-en-ewt/en_ewt-ud-test.iob2 \
 *         ../shared/ner/gum/gum-ner.iob2"
 * </pre>
 */
public final class NameFinderTrainer {
    private static final String GIVEN_NAMES = "/org/newsgraph/extract/given-names.txt";

    private NameFinderTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameFinderTrainer MODEL.bin CORPUS.iob2...");
            System.exit(2);
        }
        List<NameSample> samples = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            samples.addAll(readIob2(Path.of(args[i])));
        }
        System.err.printf("%d sentences%n", samples.size());
        byte[] features;
        try (InputStream in = NameFinderTrainer.class.getResourceAsStream("ner-features.xml")) {
            features = in.readAllBytes();
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("ner.algorithm", "MAXENT"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("ner.iterations", 150));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("ner.cutoff", 2));
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // the given-name list the recognizer reads (see NOTICE-names.md), as the dictionary feature "given"
        Map<String, Object> resources = Map.of("given", dictionary(GIVEN_NAMES));
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources, new BioCodec());
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            model.serialize(out);
        }
    }

    /** One name a line; lines starting with '#' are comments. */
    private static Dictionary dictionary(String resource) throws IOException {
        Dictionary d = new Dictionary(false);
        try (InputStream in = NameFinderTrainer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    d.put(new StringList(line.trim().split("\\s+")));
                }
            }
        }
        return d;
    }

    /**
     * Sentences of a CoNLL-style IOB2 file (token in column 2, tag in column 3); documents clear adaptive
     * data. GUM news documents ({@code # newdoc id = GUM_news_...}) are skipped whatever the file holds:
     * they are the evaluation articles of {@code ../shared/eval/gum-dev}.
     */
    static List<NameSample> readIob2(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDoc = true;
        boolean skip = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (skip && !line.startsWith("# newdoc")) {
                continue;
            }
            if (line.startsWith("# newdoc")) {
                newDoc = true;
                skip = line.contains("GUM_news_");
                if (skip) {
                    tokens.clear();
                    tags.clear();
                }
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(sample(tokens, tags, newDoc));
                    newDoc = false;
                    tokens.clear();
                    tags.clear();
                }
            } else {
                String[] cols = line.split("\t");
                if (cols[0].contains("-") || cols[0].contains(".")) {
                    continue; // multi-word token ranges and empty nodes
                }
                tokens.add(cols[1]);
                tags.add(cols.length > 2 ? cols[2] : "O");
            }
        }
        if (!tokens.isEmpty()) {
            out.add(sample(tokens, tags, newDoc));
        }
        return out;
    }

    private static NameSample sample(List<String> tokens, List<String> tags, boolean newDoc) {
        List<Span> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (start >= 0 && !inside) {
                names.add(new Span(start, i, typeName(type)));
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tag.substring(2);
            }
        }
        names.removeIf(s -> s.getType() == null);
        return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), newDoc);
    }

    private static String typeName(String tag) {
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PER" -> "person";
            case "ORG" -> "organization";
            case "LOC" -> "location";
            default -> null;
        };
    }
}
