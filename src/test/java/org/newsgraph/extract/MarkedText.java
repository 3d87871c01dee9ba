package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A test text annotated by the real OpenNLP models, with the entities placed by hand so fact
 * extraction is tested apart from recognition: {@code person("Ana Ruiz", "Ms. Ruiz")} marks every
 * occurrence of either name as one person.
 */
final class MarkedText {
    private final String text;
    private final AnnotatedText annotated;
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private final Map<String, String> actors = new LinkedHashMap<>();

    MarkedText(Annotator annotator, String text) {
        this.text = text;
        this.annotated = annotator.annotate(text);
    }

    MarkedText person(String label, String... aliases) {
        return add(EntityType.PERSON, label, aliases);
    }

    MarkedText country(String label, String... aliases) {
        return add(EntityType.COUNTRY, label, aliases);
    }

    MarkedText org(String label, String... aliases) {
        return add(EntityType.ORGANIZATION, label, aliases);
    }

    MarkedText place(String label, String... aliases) {
        return add(EntityType.LOCATION, label, aliases);
    }

    /** A capital that stands for its country's government. */
    MarkedText capitalOf(String city, String country) {
        add(EntityType.LOCATION, city);
        actors.put(city, country);
        return this;
    }

    private MarkedText add(EntityType type, String label, String... aliases) {
        types.put(label, type);
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(List.of(aliases));
        names.put(label, all);
        return this;
    }

    AnnotatedText annotated() {
        return annotated;
    }

    ResolvedMentions resolved() {
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, String> labelOf = new IdentityHashMap<>();
        // longest names first so "Kim Sung-Han" wins over "Kim"
        List<String[]> byLength = new ArrayList<>();
        names.forEach((label, list) -> list.forEach(n -> byLength.add(new String[] {label, n})));
        byLength.sort((a, b) -> b[1].length() - a[1].length());
        for (String[] ln : byLength) {
            int from = 0;
            int at;
            while ((at = text.indexOf(ln[1], from)) >= 0) {
                from = at + ln[1].length();
                if (at > 0 && Character.isLetter(text.charAt(at - 1))
                        || from < text.length() && Character.isLetter(text.charAt(from))) {
                    continue;
                }
                Mention m = mention(at, from, ln[1], types.get(ln[0]), actors.containsKey(ln[0]));
                if (m != null && mentions.stream().noneMatch(o -> o.overlaps(m))) {
                    mentions.add(m);
                    labelOf.put(m, ln[0]);
                }
            }
        }
        mentions.sort((a, b) -> a.start() - b.start());
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String label : names.keySet()) {
            List<Mention> own = mentions.stream().filter(m -> label.equals(labelOf.get(m))).toList();
            entities.put(label, new Entity(label.toLowerCase(Locale.ROOT).replace(' ', '-'), types.get(label), label,
                    Set.copyOf(names.get(label)), own));
        }
        Map<Mention, Entity> entityOf = new IdentityHashMap<>();
        Map<Mention, Entity> actorOf = new IdentityHashMap<>();
        for (Mention m : mentions) {
            String label = labelOf.get(m);
            entityOf.put(m, entities.get(label));
            if (actors.containsKey(label)) {
                actorOf.put(m, entities.get(actors.get(label)));
            }
        }
        return new ResolvedMentions(List.copyOf(entities.values()), mentions, entityOf, actorOf);
    }

    private Mention mention(int start, int end, String name, EntityType type, boolean metonym) {
        for (Sentence s : annotated.sentences()) {
            if (start < s.start() || end > s.end()) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (t.start() >= start && (t.end() <= end || t.start() < end && t.text().endsWith("'s"))) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            return first < 0 ? null : new Mention(s.index(), first, last + 1, start, end, name, type, metonym);
        }
        return null;
    }
}
