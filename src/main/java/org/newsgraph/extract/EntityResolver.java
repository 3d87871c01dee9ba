package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Groups the mentions of one article into entities: gazetteer names by their entry (so "the U.S.",
 * "America" and "Americans" meet), people by full name, and a lone surname or given name
 * ("Mr. Kim") to the nearest earlier person it fits. Two people who share a name part stay apart.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ResolvedMentions resolve(AnnotatedText text, List<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start));
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<Mention, Builder> builderOf = new IdentityHashMap<>();
        Map<Mention, String> actorKey = new IdentityHashMap<>();

        // 1. full names and gazetteer names
        for (Mention m : ordered) {
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(m.text()).stream().findFirst();
            String key;
            EntityType type = m.type();
            String canonical = m.text();
            if (entry.isPresent()) {
                Gazetteer.Entry e = entry.get();
                type = e.type();
                canonical = e.canonical();
                key = type + ":" + Gazetteer.normalise(canonical);
                if (e.kind() == Gazetteer.Kind.CAPITAL) {
                    gazetteer.country(countryOfCapital(e)).ifPresent(c -> { });
                }
            } else if (m.type() == EntityType.PERSON && words(m.text()) == 1) {
                continue; // decided in step 2
            } else {
                key = type + ":" + Gazetteer.normalise(m.text());
            }
            Builder b = byKey.computeIfAbsent(key, k -> new Builder(k));
            b.add(m, m.text(), canonical, type);
            builderOf.put(m, b);
        }
        // 2. single names: nearest earlier person (then nearest later) with that name part
        Map<String, List<Mention>> fullNames = fullNamesByPart(ordered, builderOf);
        for (Mention m : ordered) {
            if (builderOf.containsKey(m)) {
                if (m.type() != EntityType.PERSON && words(m.text()) == 1) {
                    Builder person = nearestPerson(m, fullNames, builderOf);
                    if (person != null) {
                        builderOf.get(m).remove(m);
                        person.add(m, m.text(), null, EntityType.PERSON);
                        builderOf.put(m, person);
                    }
                }
                continue;
            }
            Builder person = nearestPerson(m, fullNames, builderOf);
            if (person == null) {
                person = byKey.computeIfAbsent(EntityType.PERSON + ":" + Gazetteer.normalise(m.text()), Builder::new);
                person.add(m, m.text(), m.text(), EntityType.PERSON);
            } else {
                person.add(m, m.text(), null, EntityType.PERSON);
            }
            builderOf.put(m, person);
        }
        // 3. acronyms of organisations ("SDF" for "Syrian Democratic Forces")
        for (Builder acronym : new ArrayList<>(byKey.values())) {
            if (acronym.type != EntityType.ORGANIZATION || !isAcronym(acronym.canonical)) {
                continue;
            }
            for (Builder full : byKey.values()) {
                if (full != acronym && full.type == EntityType.ORGANIZATION && !full.mentions.isEmpty()
                        && acronym.canonical.replace(".", "").equals(initials(full.canonical))) {
                    for (Mention m : acronym.mentions) {
                        full.add(m, m.text(), null, full.type);
                        builderOf.put(m, full);
                    }
                    acronym.mentions.clear();
                    break;
                }
            }
        }

        Map<Builder, Entity> built = new IdentityHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Builder b : byKey.values()) {
            if (!b.mentions.isEmpty()) {
                Entity e = b.build();
                built.put(b, e);
                entities.add(e);
            }
        }
        Map<Mention, Entity> entityOf = new IdentityHashMap<>();
        List<Mention> resolved = new ArrayList<>();
        for (Mention m : ordered) {
            Builder b = builderOf.get(m);
            if (b != null && built.containsKey(b)) {
                entityOf.put(m, built.get(b));
                resolved.add(m);
            }
        }
        return new ResolvedMentions(entities, resolved, entityOf, Map.of());
    }

    private String countryOfCapital(Gazetteer.Entry capital) {
        return capital.canonical();
    }

    /**
     * Person mentions of two or more words by their first and by their last name part, in text
     * order. Built once per article so that resolving single names stays linear in the number of
     * mentions (a scan of all mentions per single name took minutes on a 1 MB article).
     */
    private static Map<String, List<Mention>> fullNamesByPart(List<Mention> ordered, Map<Mention, Builder> builderOf) {
        Map<String, List<Mention>> byPart = new HashMap<>();
        for (Mention other : ordered) {
            Builder b = builderOf.get(other);
            if (b == null || b.type != EntityType.PERSON || words(other.text()) < 2) {
                continue;
            }
            String[] parts = Gazetteer.normalise(other.text()).split(" ");
            byPart.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(other);
            if (!parts[parts.length - 1].equals(parts[0])) {
                byPart.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(other);
            }
        }
        byPart.values().forEach(list -> list.sort(Comparator.comparingInt(Mention::start)));
        return byPart;
    }

    private static Builder nearestPerson(Mention m, Map<String, List<Mention>> fullNames,
            Map<Mention, Builder> builderOf) {
        Builder best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention other : fullNames.getOrDefault(Gazetteer.normalise(m.text()), List.of())) {
            if (other == m) {
                continue;
            }
            int distance = other.start() <= m.start() ? m.start() - other.start() : 1_000_000 + other.start() - m.start();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = builderOf.get(other);
            }
        }
        return best;
    }

    static int words(String name) {
        return name.strip().split("[\\s-]+").length - (name.contains("-") ? name.split("-").length - 1 : 0);
    }

    private static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static final class Builder {
        final String key;
        EntityType type;
        String canonical;
        final Set<String> names = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Builder(String key) {
            this.key = key;
        }

        void add(Mention m, String name, String canonicalName, EntityType t) {
            mentions.add(m);
            names.add(name);
            if (type == null) {
                type = t;
            }
            if (canonicalName != null && (canonical == null || canonicalName.length() > canonical.length())) {
                canonical = canonicalName;
            }
        }

        void remove(Mention m) {
            mentions.remove(m);
        }

        Entity build() {
            String label = canonical != null ? canonical : names.iterator().next();
            Set<String> all = new LinkedHashSet<>();
            all.add(label);
            for (Mention m : mentions) {
                all.add(m.text());
            }
            return new Entity(Gazetteer.normalise(label).replace(' ', '-').replaceAll("[^a-z0-9-]", ""),
                    type, label, all, mentions);
        }
    }
}
