package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A bundled word list in sections, the format of {@code lexicon.txt} and {@code abbreviations.txt}:
 * a line "[name]" starts a section, '#' starts a comment, every other non-blank line is one entry of
 * the section above it (stripped). Immutable: each section is one set, made once.
 */
public final class WordSections {
    private final String name;
    private final Map<String, Set<String>> sections;

    private WordSections(String name, Map<String, Set<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /**
     * The sections of a list's lines, each entry in the {@code form} given ({@code String::strip} as
     * written, or lower case).
     *
     * @param name the list's name, for messages
     * @throws IllegalStateException on an entry before the first section
     */
    public static WordSections parse(String name, List<String> lines, UnaryOperator<String> form) {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new LinkedHashSet<>());
            } else if (current == null) {
                throw new IllegalStateException(name + ": an entry before the first [section]: " + t);
            } else {
                current.add(form.apply(t));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordSections(name, Map.copyOf(frozen));
    }

    /** The sections of a list on the classpath ({@code resource} an absolute path), entries as written. */
    public static WordSections read(String resource) {
        try (InputStream in = WordSections.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * One section, immutable: the same set on every call.
     *
     * @throws IllegalArgumentException when the list has no such section
     */
    public Set<String> section(String section) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalArgumentException(name + " has no section [" + section + "]");
        }
        return words;
    }
}
