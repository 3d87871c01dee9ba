package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two articles about the same people and countries, ingested into one real TDB2 store: each gets one
 * IRI, names accumulate, two people who share a surname never share an IRI, and
 * {@code newsgraph entities} lists and searches them.
 */
class EntitiesCommandTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestTwoArticles() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), """
                President Amara Okafor of Nigeria met Chancellor Lena Vogt in Berlin on Monday.
                Mr. Okafor said Nigeria wants more trade with Germany. Ms. Vogt agreed.
                The Nigerians left Berlin pleased.
                """);
        Path second = Files.writeString(dir.resolve("second.txt"), """
                Lena Vogt flew to Lagos on Friday, where she met Amara Okafor and the opposition leader Tunde Okafor.
                Tunde Okafor said the visit changed nothing. Germany and Nigeria signed a deal anyway.
                """);
        db = dir.resolve("db").toString();
        CliRun r = CliRun.run("ingest", "--store", db, first.toString(), second.toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    /** IRI to all its names, for one type. */
    private static Map<String, Set<String>> names(String type) {
        CliRun r = CliRun.run("query", "--store", db, "--format", "tsv",
                "SELECT ?e ?n WHERE { ?e a ng:" + type + " ; rdfs:label|skos:altLabel ?n }");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, Set<String>> byIri = new HashMap<>();
        for (String line : r.out().lines().skip(1).toList()) {
            String[] cols = line.split("\t");
            byIri.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1].replaceAll("^\"|\"$", ""));
        }
        return byIri;
    }

    private static List<String> irisNamed(Map<String, Set<String>> byIri, String name) {
        return byIri.entrySet().stream().filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey).toList();
    }

    @Test
    void theSamePeopleAndCountriesGetOneIriAcrossArticles() {
        Map<String, Set<String>> people = names("Person");
        assertEquals(1, irisNamed(people, "Amara Okafor").size(), people.toString());
        assertEquals(1, irisNamed(people, "Lena Vogt").size(), people.toString());
        Map<String, Set<String>> countries = names("Country");
        List<String> nigeria = irisNamed(countries, "Nigeria");
        assertEquals(1, nigeria.size(), countries.toString());
        assertTrue(countries.get(nigeria.get(0)).contains("Nigerians"), "names accumulate: " + countries);
    }

    @Test
    void noIriCarriesTheNamesOfTwoPeople() {
        Map<String, Set<String>> people = names("Person");
        List<String> fullNames = List.of("Amara Okafor", "Tunde Okafor", "Lena Vogt");
        for (Map.Entry<String, Set<String>> e : people.entrySet()) {
            long distinct = fullNames.stream().filter(e.getValue()::contains).count();
            assertTrue(distinct <= 1, e.getKey() + " carries " + e.getValue());
        }
        assertFalse(irisNamed(people, "Tunde Okafor").isEmpty(), people.toString());
        assertFalse(irisNamed(people, "Tunde Okafor").equals(irisNamed(people, "Amara Okafor")));
    }

    @Test
    void entitiesListsNamesTypesAndArticleCounts() {
        CliRun r = CliRun.run("entities", "--store", db, "--type", "person", "okafor");
        assertEquals(0, r.exitCode(), r.toString());
        String amara = r.out().lines().filter(l -> l.contains("Amara Okafor")).findFirst().orElseThrow(() -> new AssertionError(r));
        assertTrue(amara.matches("Person\\s+2\\s+Amara Okafor.*"), amara);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Person\\s+1\\s+Tunde Okafor.*")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("Vogt")), "search by name: " + r.out());

        CliRun countries = CliRun.run("entities", "--store", db, "--type", "Country");
        assertTrue(countries.out().lines().anyMatch(l -> l.matches("Country\\s+2\\s+Nigeria .*")), countries.out());
    }

    @Test
    void byArticleShowsWhichArticleGaveWhichName() {
        CliRun r = CliRun.run("entities", "--store", db, "--by-article", "Nigerians");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Nigerians"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.matches("\\s+[0-9a-f]{16}: .*")).count(), r.out());
    }

    @Test
    void anUnknownTypeIsBadUsage() {
        CliRun r = CliRun.run("entities", "--store", db, "--type", "planet");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--type planet"), r.err());
    }
}
