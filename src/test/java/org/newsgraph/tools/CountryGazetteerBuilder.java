package org.newsgraph.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Derives {@code countries.tsv} (the country gazetteer) from the ODbL {@code countries.json}
 * of the mledoze/countries project, kept in {@code ../shared/gazetteers/countries/}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.CountryGazetteerBuilder \
 *     -Dexec.args="../shared/gazetteers/countries/countries.json src/main/resources/org/newsgraph/extract/countries.tsv"
 * </pre>
 *
 * Columns: ISO 3166 alpha-3 code, common name, other names, demonyms, capitals (lists split by
 * {@code |}), sovereign ({@code yes} for independent states and UN members). Only ASCII names are
 * kept; two-letter codes are dropped except a few that news writes as words (US, UK), since "IN" or
 * "IT" would match ordinary words.
 */
public final class CountryGazetteerBuilder {
    private static final Set<String> SHORT_CODES_KEPT = Set.of("US", "UK");

    private CountryGazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CountryGazetteerBuilder countries.json countries.tsv");
            System.exit(2);
        }
        JsonArray countries;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            countries = JSON.parseAny(in).getAsArray();
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Derived from mledoze/countries (countries.json), ODC Open Database Licence 1.0.");
        lines.add("# Regenerate with org.newsgraph.tools.CountryGazetteerBuilder; see NOTICE-countries.md.");
        lines.add("# code\tcommon name\tother names\tdemonyms\tcapitals\tsovereign");
        for (JsonValue v : countries) {
            JsonObject c = v.getAsObject();
            JsonObject name = c.get("name").getAsObject();
            String common = name.get("common").getAsString().value();
            Set<String> names = new LinkedHashSet<>();
            addName(names, name.get("official").getAsString().value());
            for (JsonValue alt : c.get("altSpellings").getAsArray()) {
                addName(names, alt.getAsString().value());
            }
            names.remove(common);
            Set<String> demonyms = new LinkedHashSet<>();
            JsonObject dem = c.hasKey("demonyms") ? c.get("demonyms").getAsObject() : null;
            if (dem != null && dem.hasKey("eng")) {
                JsonObject eng = dem.get("eng").getAsObject();
                for (String k : List.of("m", "f")) {
                    if (eng.hasKey(k)) {
                        addName(demonyms, eng.get(k).getAsString().value());
                    }
                }
            }
            Set<String> capitals = new LinkedHashSet<>();
            if (c.hasKey("capital")) {
                for (JsonValue cap : c.get("capital").getAsArray()) {
                    addName(capitals, cap.getAsString().value());
                }
            }
            lines.add(String.join("\t", c.get("cca3").getAsString().value(), common,
                    String.join("|", names), String.join("|", demonyms), String.join("|", capitals),
                    sovereign(c) ? "yes" : "no"));
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        System.err.println("wrote " + (lines.size() - 3) + " countries to " + args[1]);
    }

    /** Independent or a UN member: such a country wins a name it shares with a territory ("American"). */
    private static boolean sovereign(JsonObject c) {
        return (c.hasKey("independent") && c.get("independent").isBoolean() && c.get("independent").getAsBoolean().value())
                || (c.hasKey("unMember") && c.get("unMember").isBoolean() && c.get("unMember").getAsBoolean().value());
    }

    private static void addName(Set<String> names, String name) {
        String n = name.strip();
        boolean ascii = n.chars().allMatch(ch -> ch < 128);
        if (!ascii || n.contains(",") || n.isEmpty()) {
            return;
        }
        if (n.length() <= 2 && !SHORT_CODES_KEPT.contains(n)) {
            return;
        }
        names.add(n);
    }
}
