package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.WordSections;

/**
 * The word lists extraction relies on, loaded once from the classpath and immutable afterwards:
 * countries with their names, demonyms and capitals (derived from the ODbL mledoze/countries list),
 * well-known organisations, honorifics, role titles, organisation and place head words.
 */
public final class Gazetteer {

    /** A known name: what it refers to and how. */
    public record Entry(String key, String canonical, EntityType type, Kind kind) {
    }

    /** How a gazetteer name refers to its entity. */
    public enum Kind { NAME, DEMONYM, CAPITAL }

    private final Map<String, List<Entry>> byName;
    private final Map<String, String> countryNames;
    private final Map<String, String> countryOfCapital;
    /** The sections of {@code lexicon.txt}, entries in lower case. */
    private final WordSections lexicon;
    private final Set<String> places;
    private final Set<String> givenNames;
    private final Set<String> commonWords;
    private final int longestName;

    private Gazetteer(Map<String, List<Entry>> byName, Map<String, String> countryNames,
                      Map<String, String> countryOfCapital, WordSections lexicon, Set<String> places,
                      Set<String> givenNames, Set<String> commonWords) {
        this.givenNames = givenNames;
        this.commonWords = commonWords;
        this.byName = byName;
        this.countryNames = countryNames;
        this.countryOfCapital = countryOfCapital;
        this.lexicon = lexicon;
        this.places = places;
        this.longestName = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    public static Gazetteer load() {
        Map<String, List<Entry>> byName = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        Map<String, String> countryOfCapital = new HashMap<>();
        Set<String> sovereign = new HashSet<>();
        for (String[] row : rows("countries.tsv")) {
            String code = row[0];
            String common = row[1];
            countryNames.put(code, common);
            if (row.length > 5 && row[5].equals("yes")) {
                sovereign.add(code);
            }
            add(byName, common, new Entry(code, common, EntityType.COUNTRY, Kind.NAME));
            for (String n : split(row, 2)) {
                add(byName, n, new Entry(code, common, EntityType.COUNTRY, Kind.NAME));
            }
            for (String d : split(row, 3)) {
                add(byName, d, new Entry(code, common, EntityType.COUNTRY, Kind.DEMONYM));
                add(byName, d + "s", new Entry(code, common, EntityType.COUNTRY, Kind.DEMONYM));
            }
            for (String c : split(row, 4)) {
                add(byName, c, new Entry("city:" + c, c, EntityType.LOCATION, Kind.CAPITAL));
                countryOfCapital.putIfAbsent(normalise(c), code);
            }
        }
        for (String[] row : rows("country-extras.tsv")) {
            String common = countryNames.get(row[0]);
            if (common == null) {
                throw new IllegalStateException("country-extras.tsv names unknown country code " + row[0]);
            }
            for (String n : split(row, 1)) {
                add(byName, n, new Entry(row[0], common, EntityType.COUNTRY, Kind.NAME));
            }
            for (String d : split(row, 2)) {
                add(byName, d, new Entry(row[0], common, EntityType.COUNTRY, Kind.DEMONYM));
            }
            for (String c : split(row, 3)) {
                add(byName, c, new Entry("city:" + c, c, EntityType.LOCATION, Kind.CAPITAL));
                countryOfCapital.putIfAbsent(normalise(c), row[0]);
            }
        }
        for (String[] row : java.util.stream.Stream.of("organizations.tsv", "regions.tsv").flatMap(f -> rows(f).stream()).toList()) {
            EntityType type = EntityType.valueOf(row[1].toUpperCase(Locale.ROOT));
            Entry e = new Entry(row[0], row[0], type, Kind.NAME);
            add(byName, row[0], e);
            for (String n : split(row, 2)) {
                add(byName, n, e);
            }
            // regions.tsv: a constituent country's or region's demonyms ("English" for England), as a country's
            for (String d : split(row, 3)) {
                add(byName, d, new Entry(row[0], row[0], type, Kind.DEMONYM));
            }
        }
        // a name shared by a state and a territory ("American") means the state; a name before a demonym
        for (List<Entry> entries : byName.values()) {
            entries.sort(java.util.Comparator.comparingInt((Entry e) -> e.type() == EntityType.COUNTRY && !sovereign.contains(e.key()) ? 1 : 0)
                    .thenComparingInt(e -> e.kind().ordinal()));
        }
        return new Gazetteer(freeze(byName), Map.copyOf(countryNames), Map.copyOf(countryOfCapital), loadLexicon(),
                loadPlaces(), wordList("given-names.txt", false), wordList("common-words.txt", true));
    }

    /** The country entry of the state whose capital this is ("Seoul" gives South Korea). */
    public Optional<Entry> countryOfCapital(String capital) {
        String code = countryOfCapital.get(normalise(capital));
        if (code == null) {
            return Optional.empty();
        }
        String common = countryNames.get(code);
        return Optional.of(new Entry(code, common, EntityType.COUNTRY, Kind.NAME));
    }

    /**
     * Entries for a name as written (case and dots matter little: "U.S." and "US" both match; nor does
     * spelling: "World Health Organisation" finds "World Health Organization" and the other way round).
     */
    public List<Entry> lookup(String name) {
        String key = normalise(name);
        List<Entry> found = byName.getOrDefault(key, List.of());
        if (found.isEmpty() && key.contains("isation")) {
            found = byName.getOrDefault(key.replace("isation", "ization"), List.of());
        } else if (found.isEmpty() && key.contains("ization")) {
            found = byName.getOrDefault(key.replace("ization", "isation"), List.of());
        }
        return found;
    }

    public Optional<Entry> country(String name) {
        return lookup(name).stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst();
    }

    /** The common name of a country by its code. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    /**
     * The name is a city or region in GeoNames ({@code places.tsv}). Many places share a name with a
     * person ("Jackson", "Eden"), so this only settles the type of a name found otherwise.
     */
    public boolean isPlace(String name) {
        return places.contains(normalise(name));
    }

    /** The longest gazetteer name in words, for longest-match scanning. */
    public int longestName() {
        return longestName;
    }

    /** A lexicon section ("titles", "org-heads", "location-heads"), immutable: the same set on every call. */
    public Set<String> words(String section) {
        return lexicon.section(section);
    }

    /**
     * One section of {@code lexicon.txt}, read without the rest of the gazetteer: for a step outside
     * recognition (cross-article resolution) that needs one list.
     */
    public static Set<String> lexiconSection(String section) {
        return loadLexicon().section(section);
    }

    /** Lower case, dots and a leading "the" dropped, spaces folded. */
    public static String normalise(String name) {
        // a loop, not replace/replaceAll: this runs for every candidate name and every place at
        // start-up, and compiling the whitespace regex each time was 4% of the ingest time
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder n = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '-' || isRegexSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                n.append(' ');
                space = false;
            }
            n.append(c == '\u2019' ? '\'' : c);
        }
        if (space) {
            n.append(' ');
        }
        String out = n.toString().strip();
        return out.startsWith("the ") ? out.substring(4) : out;
    }

    /** What {@code \\s} matches in a Java regex. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(Map<String, List<Entry>> byName, String name, Entry entry) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return;
        }
        List<Entry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private static Map<String, List<Entry>> freeze(Map<String, List<Entry>> map) {
        Map<String, List<Entry>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static List<String> split(String[] row, int column) {
        if (column >= row.length || row[column].isBlank()) {
            return List.of();
        }
        return List.of(row[column].split("\\|"));
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** The sections of {@code lexicon.txt}, entries in lower case. */
    private static WordSections loadLexicon() {
        return WordSections.parse("lexicon.txt", lines("lexicon.txt"), w -> w.toLowerCase(Locale.ROOT));
    }

    /**
     * A given name ("Enver", "Thibaut", "Immacolata") from {@code given-names.txt} (see NOTICE-names.md):
     * written with its capital; names that are also common lower-case words ("Hope", "Will") are not listed.
     */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** A common English word ("series", "change", "unless"), given in lower case ({@code common-words.txt}). */
    public boolean isCommonWord(String lower) {
        return commonWords.contains(lower);
    }

    private static Set<String> wordList(String resource, boolean lowerCase) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                words.add(lowerCase ? t.toLowerCase(Locale.ROOT) : t);
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> loadPlaces() {
        Set<String> names = new HashSet<>();
        for (String[] row : rows("places.tsv")) {
            names.add(normalise(row[0]));
        }
        return Set.copyOf(names);
    }

    static List<String> lines(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource org/newsgraph/extract/" + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
