package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/** The article-wide step after the sentence passes: names found once are found again. */
final class Propagation {
    /** The pass recorded on the mentions this step adds. */
    static final String NAME = "propagation";

    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    Propagation(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    /**
     * A name found once is a name wherever else the article writes it: the model and the rules judge each
     * sentence alone and miss repeats ("Blinken" after "Antony Blinken", a place named again in a
     * headline). A person's surname alone counts when no other proper noun stands right before it
     * ("Hunter Biden" is not "Joe Biden"); resolution then decides whose surname it is.
     */
    List<Mention> apply(AnnotatedText text, List<Mention> mentions) {
        java.util.Map<String, EntityType> names = new java.util.HashMap<>();
        List<Mention> peopleFirst = new ArrayList<>(mentions);
        peopleFirst.sort(Comparator.comparing(m -> m.type() != EntityType.PERSON || m.tokenEnd() - m.tokenStart() < 2));
        for (Mention m : peopleFirst) {
            Sentence s = text.sentences().get(m.sentence());
            if (m.type() == EntityType.COUNTRY || m.metonym() || m.text().length() < 3) {
                continue; // the gazetteer finds countries and capitals everywhere already
            }
            names.putIfAbsent(m.text(), m.type());
            int last = m.tokenEnd() - 1;
            while (last > m.tokenStart() && (lx.isNameSuffix(shape.lower(s.token(last))) || shape.glued(s, last - 1, last))) {
                last--;
            }
            if (m.type() == EntityType.PERSON && last > m.tokenStart() && !shape.glued(s, last - 1, last)) {
                String surname = s.span(last, shape.extendGlued(s, last + 1));
                if (surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))) {
                    names.putIfAbsent(surname, EntityType.PERSON);
                }
            }
        }
        if (names.isEmpty()) {
            return mentions;
        }
        // one name, one sense: a surname the model typed as a place elsewhere is still the person's
        List<Mention> typed = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean person = names.get(m.text()) == EntityType.PERSON && m.type() != EntityType.PERSON
                    && m.type() != EntityType.COUNTRY && !m.metonym() && gazetteer.lookup(m.text()).isEmpty();
            typed.add(person ? m.withType(EntityType.PERSON, "one-sense") : m);
        }
        mentions = typed;
        int longest = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1) + 2;
        List<Mention> out = new ArrayList<>(mentions);
        boolean[][] covered = new boolean[text.sentences().size()][];
        for (Sentence s : text.sentences()) {
            covered[s.index()] = new boolean[s.size()];
        }
        for (Mention m : mentions) {
            java.util.Arrays.fill(covered[m.sentence()], m.tokenStart(), m.tokenEnd(), true);
        }
        for (Sentence s : text.sentences()) {
            boolean[] taken = covered[s.index()];
            for (int i = 0; i < s.size(); i++) {
                if (taken[i] || !s.token(i).isCapitalised() || i > 0 && (shape.glued(s, i - 1, i) || shape.isNameToken(s, i - 1) && !shape.isTitleWord(s.token(i - 1)))) {
                    continue;
                }
                for (int end = Math.min(s.size(), i + longest); end > i; end--) {
                    EntityType type = names.get(s.span(i, end));
                    if (type != null && !taken[end - 1] && (end == s.size() || !shape.glued(s, end - 1, end) && !shape.isNameToken(s, end))) {
                        out.add(new Mention(s.index(), i, end, s.token(i).start(), s.token(end - 1).end(), s.span(i, end), type, false, NAME));
                        java.util.Arrays.fill(taken, i, end, true);
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenStart));
        return out;
    }
}
