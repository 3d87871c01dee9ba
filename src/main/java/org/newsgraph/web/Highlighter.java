package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Marks spans of a text as HTML {@code <mark>} elements, escaping everything else. The spans come
 * from the stored mentions' offsets ({@link #atCodePoints}), or, where no offsets are known (a fact's
 * evidence, a store written before mentions were kept), from the names ({@link #byLabel}).
 */
final class Highlighter {
    /** Characters {@code [start, end)} of the text, shown with a CSS class and an optional tooltip. */
    record Span(int start, int end, String cssClass, String title) {
    }

    private Highlighter() {
    }

    /**
     * The text as HTML with the spans marked. Overlapping spans: the earlier one wins, and of two
     * starting together the longer one.
     */
    static String render(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder b = new StringBuilder(text.length() + 64 * sorted.size());
        int at = 0;
        for (Span s : sorted) {
            if (s.start() < at || s.end() > text.length() || s.end() <= s.start()) {
                continue;
            }
            b.append(Html.text(text.substring(at, s.start())));
            b.append("<mark class=\"").append(Html.text(s.cssClass())).append('"');
            if (s.title() != null) {
                b.append(" title=\"").append(Html.text(s.title())).append('"');
            }
            b.append('>').append(Html.text(text.substring(s.start(), s.end()))).append("</mark>");
            at = s.end();
        }
        return b.append(Html.text(text.substring(at))).toString();
    }

    /**
     * A mention's span in a text that starts {@code textStart} code points into the article, its
     * {@code begin} and {@code end} counted in code points from the article's start as NIF counts
     * them; empty when it does not lie in the text or its text there is not {@code anchor}.
     */
    static Optional<Span> atCodePoints(String text, int textStart, int begin, int end, String anchor, String cssClass,
            String title) {
        int from = begin - textStart;
        int to = end - textStart;
        if (from < 0 || to <= from || to > text.codePointCount(0, text.length())) {
            return Optional.empty();
        }
        int start = text.offsetByCodePoints(0, from);
        int stop = text.offsetByCodePoints(start, to - from);
        if (anchor != null && !text.substring(start, stop).equals(anchor)) {
            return Optional.empty();
        }
        return Optional.of(new Span(start, stop, cssClass, title));
    }

    /**
     * Every whole-word occurrence of any of the names in the text, as spans of one class. Exact case
     * first; a name that does not occur so is looked for ignoring case.
     */
    static List<Span> byLabel(String text, Iterable<String> names, String cssClass, String title) {
        List<Span> spans = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            int before = spans.size();
            find(text, name, cssClass, title, spans);
            if (spans.size() == before) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.length() == text.length()) {
                    find(lower, name.toLowerCase(Locale.ROOT), cssClass, title, spans);
                }
            }
        }
        return spans;
    }

    private static void find(String text, String name, String cssClass, String title, List<Span> out) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (wordEdge(text, i - 1) && wordEdge(text, end)) {
                out.add(new Span(i, end, cssClass, title));
            }
        }
    }

    private static boolean wordEdge(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
