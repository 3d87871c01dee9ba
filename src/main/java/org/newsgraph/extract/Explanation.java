package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Why the graph says what it says, sentence by sentence: the tokens with their tags, each mention
 * with its type, entity and the recognition pass that made it, and each fact with the rule that made
 * it. Pure: text in, lines out.
 *
 * <pre>{@code
 * List<String> lines = Explanation.lines(text, extractor.extract(text));
 * }</pre>
 */
public final class Explanation {

    private Explanation() {
    }

    /** A mention and the entity it was resolved to. */
    private record Resolved(Mention mention, Entity entity) {
    }

    public static List<String> lines(AnnotatedText text, Extraction x) {
        List<Resolved> mentions = new ArrayList<>();
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                mentions.add(new Resolved(m, e));
            }
        }
        mentions.sort(Comparator.comparingInt((Resolved r) -> r.mention().start()).thenComparingInt(r -> r.mention().end()));
        List<String> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.add("sentence " + s.index() + " [" + s.start() + "," + s.end() + "): " + s.text());
            StringBuilder tokens = new StringBuilder("  tokens:");
            for (Token t : s.tokens()) {
                tokens.append(' ').append(t.text()).append('/').append(t.pos());
            }
            out.add(tokens.toString());
            for (Resolved r : mentions) {
                Mention m = r.mention();
                if (m.sentence() == s.index()) {
                    out.add(String.format("  mention %-12s \"%s\" [%d,%d) -> %s  pass %s%s", m.type().localName(), m.text(),
                            m.start(), m.end(), r.entity().key(), m.pass(), m.metonym() ? "  (stands for its country)" : ""));
                }
            }
            for (RoleTitle t : x.titles()) {
                if (t.evidence().sentence() == s.index()) {
                    out.add(fact("title", t.person().label() + " \"" + t.title() + "\"", t.evidence()));
                }
            }
            for (Relation r : x.relations()) {
                if (r.evidence().sentence() == s.index()) {
                    out.add(fact(r.predicate(), r.subject().label() + " -> " + r.object().label(), r.evidence()));
                }
            }
            for (Report r : x.reports()) {
                if (r.evidence().sentence() == s.index()) {
                    out.add(fact(r.kind().predicate(), r.agent().label() + ": \"" + r.text() + "\"", r.evidence()));
                }
            }
        }
        return out;
    }

    private static String fact(String predicate, String what, Evidence e) {
        return String.format("  fact    %-12s %s  (%.2f, %s)  rule %s", predicate, what, e.confidence(),
                e.modality().name().toLowerCase(java.util.Locale.ROOT), e.rule());
    }
}
