package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;


/** What a user reads: the help of every command and the README, and the files they name. */
class HelpTextsTest {
    /** A project file named in prose: a path or file name with an extension the project uses. */
    private static final Pattern FILE = Pattern.compile(
            "(?<![\\w./-])((?:[\\w.-]+/)*[\\w-]+\\.(?:md|ttl|rq|rules|tsv|bin|properties))(?![\\w/])|`(LICENSE|NOTICE)`");

    private static String help(String... command) {
        return CliRun.run(command).out();
    }

    private static List<String> allHelp() {
        List<String> texts = new ArrayList<>();
        texts.add(help("--help"));
        for (String name : Main.newCommandLine().getSubcommands().keySet()) {
            texts.add(help(name, "--help"));
        }
        return texts;
    }

    @Test
    void everyFileTheReadmeOrAHelpTextNamesExists() throws IOException {
        List<String> texts = new ArrayList<>(allHelp());
        texts.add(Files.readString(Path.of("README.md")));
        texts.add(Files.readString(Path.of("src/main/resources/org/newsgraph/extract/relations.rules")));
        Set<String> missing = new TreeSet<>();
        Set<String> checked = new TreeSet<>();
        for (String text : texts) {
            Matcher m = FILE.matcher(text);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (name.startsWith("target/") || name.startsWith("../") || name.contains("NAME")) {
                    continue; // built files, placeholders, the shared data beside the repository
                }
                checked.add(name);
                if (!exists(name)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(checked.contains("ontology/shapes.ttl") && checked.contains("queries/advisers.rq"),
                "the scan finds file names: " + checked);
        assertEquals(Set.of(), missing, "named in the README or --help but not in the repository");
    }

    /** A path from the repository root, or a file name found anywhere in it. */
    private static boolean exists(String name) throws IOException {
        if (Files.exists(Path.of(name))) {
            return true;
        }
        String fileName = Path.of(name).getFileName().toString();
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            return files.filter(p -> !p.startsWith("./target") && !p.startsWith("./.git"))
                    .anyMatch(p -> p.getFileName().toString().equals(fileName) && p.toString().endsWith(name));
        }
    }

    @Test
    void theCommandListEndsEverySummaryWithItsSentence() {
        String top = help("--help");
        String commands = top.substring(top.indexOf("Commands:"));
        List<String> summaries = new ArrayList<>();
        for (String line : commands.lines().skip(1).toList()) {
            if (line.startsWith("   ")) {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            } else {
                summaries.add(line.strip());
            }
        }
        assertEquals(Main.newCommandLine().getSubcommands().size(), summaries.size(), commands);
        for (String s : summaries) {
            assertTrue(s.endsWith("."), "cut mid-sentence: " + s);
        }
    }

    @Test
    void serveOffersOnlyWhatItAccepts() {
        String serve = help("serve", "--help");
        assertFalse(serve.contains("--endpoint="), "no --endpoint option: " + serve);
        assertTrue(serve.contains("--query-timeout") && serve.contains("--loc"), serve);
        CliRun r = CliRun.run("serve", "--endpoint", "http://127.0.0.1:1/newsgraph");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Unknown option") && r.err().contains("'--endpoint'"), r.toString());
    }

    @Test
    void queryHelpListsEveryPredeclaredPrefix() {
        String query = help("query", "--help").replaceAll("\\s+", " ");
        for (String prefix : NG.PREFIXES.keySet()) {
            assertTrue(query.contains(" " + prefix + ":"), prefix + ": missing from query --help: " + query);
        }
    }

    @Test
    void exportHelpAndReadmeAgreeOnWhatStreams() throws IOException {
        String export = help("export", "--help").replaceAll("\\s+", " ");
        assertTrue(export.contains("turtle, ntriples, trig and nquads stream"), export);
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("Turtle, N-Triples, TriG and N-Quads stream"), "README export section");
        for (ExportCommand.Format f : ExportCommand.Format.values()) {
            assertTrue(export.contains(f.name()), f + " missing from export --help");
        }
    }

    @Test
    void everyCommandIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : Main.newCommandLine().getSubcommands().keySet()) {
            if (!name.equals("help")) {
                assertTrue(readme.contains("newsgraph " + name), name + " is not in the README");
            }
        }
    }
}
