package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Source: organisations named together before one plural head word ({@code [org-heads]} in the
 * plural): "the State and Homeland Security Departments" are the State Department and the Homeland
 * Security Department, "the Labor, Commerce and Treasury departments" three departments. Each
 * conjunct is one name and carries the head in the singular ({@link Candidate#sharedHead()}), so
 * the first is "State Department", not "State". Not when a conjunct is a known place, country or
 * people ("the British and French governments" are the two countries), nor with a head that names
 * nothing alone ({@code [not-alone]}: "forces"). What it finds replaces the model's and the
 * context's names over the same words.
 */
final class CoordinatedHeads implements Pass {
    private final TokenShape shape;
    private final Lexicon lx;

    CoordinatedHeads(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
    }

    @Override
    public String name() {
        return "coordinated-heads";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> found = new ArrayList<>();
        for (int h = 2; h < s.size(); h++) {
            found.addAll(conjuncts(s, h, c));
        }
        if (found.isEmpty()) {
            return;
        }
        for (Candidates.Source source : List.of(Candidates.Source.MODEL, Candidates.Source.CONTEXT)) {
            List<Candidate> kept = new ArrayList<>(c.get(source).stream()
                    .filter(r -> found.stream().noneMatch(r::overlaps)).toList());
            if (source == Candidates.Source.MODEL) {
                kept.addAll(found);
                kept.sort(Comparator.comparingInt(Candidate::from));
            }
            c.set(source, kept);
        }
    }

    /** The names that share the plural head at {@code h}, in text order; empty if there is no such coordination. */
    private List<Candidate> conjuncts(Sentence s, int h, Candidates c) {
        Token head = s.token(h);
        String lemma = head.lowerLemma();
        if (!lx.orgHeads().contains(lemma) || lemma.equals(shape.lower(head)) || lx.notAlone().contains(lemma)) {
            return List.of();
        }
        String singular = lemma.substring(0, 1).toUpperCase(Locale.ROOT) + lemma.substring(1);
        List<int[]> spans = new ArrayList<>();
        int end = h;
        int from = wordsBefore(s, end);
        if (from == end) {
            return List.of();
        }
        spans.add(new int[] {from, h + 1});
        boolean and = false;
        while (from >= 2) {
            String joiner = shape.lower(s.token(from - 1));
            if (!and && lx.andWords().contains(joiner)) {
                and = true; // the last "and", then commas before it: "the Labor, Commerce and Treasury departments"
            } else if (!and || !joiner.equals(",")) {
                break;
            }
            end = from - 1;
            from = wordsBefore(s, end);
            if (from == end) {
                return List.of();
            }
            spans.add(0, new int[] {from, end});
        }
        if (!and || from > 0 && s.token(from - 1).isCapitalised()) {
            return List.of(); // no "and" before the last name, or the first name runs on ("New State and ...")
        }
        for (int[] span : spans) {
            String words = s.span(span[0], span[1] == h + 1 ? h : span[1]);
            // GeoNames' places are left out: most words are some town's name ("Commerce", "Homeland")
            boolean place = shape.gazetteer().lookup(words).stream().anyMatch(e -> e.type() != EntityType.ORGANIZATION)
                    || span[1] - span[0] == 1 && shape.isDemonym(s.token(span[0]));
            boolean gazetteered = c.get(Candidates.Source.GAZETTEER).stream()
                    .anyMatch(g -> g.type() != EntityType.ORGANIZATION && g.from() < span[1] && span[0] < g.to());
            if (place || gazetteered) {
                return List.of();
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int[] span : spans) {
            out.add(new Candidate(span[0], span[1], EntityType.ORGANIZATION, false, false, name(), singular));
        }
        return out;
    }

    /** Start of the capitalised words that end at {@code end} (exclusive), or {@code end} if there are none. */
    private int wordsBefore(Sentence s, int end) {
        int k = end;
        while (k > 0 && nameWord(s.token(k - 1)) && end - k < 4) {
            k--;
        }
        return k;
    }

    private boolean nameWord(Token t) {
        String w = shape.lower(t);
        return t.isCapitalised() && !shape.isTitleWord(t) && !lx.notNames().contains(w) && !lx.pronouns().contains(w)
                && !lx.functionTags().contains(t.pos()) && !w.equals("the");
    }
}
