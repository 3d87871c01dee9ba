package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a bundled word list in sections, the format of {@code lexicon.txt} and
 * {@code abbreviations.txt}: a line "[name]" starts a section, '#' starts a comment, every other
 * non-blank line is one entry of the section above it, kept as written (stripped).
 */
public final class WordSections {
    private WordSections() {
    }

    /**
     * The sections of a list's lines, in file order, each immutable.
     *
     * @param name the list's name, for messages
     * @throws IllegalStateException on an entry before the first section
     */
    public static Map<String, List<String>> parse(String name, List<String> lines) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(name + ": an entry before the first [section]: " + t);
            } else {
                current.add(t);
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
