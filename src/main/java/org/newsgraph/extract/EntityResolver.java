package org.newsgraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Groups the mentions of one article into entities.
 * <ol>
 * <li>Gazetteer names by their entry, so "the U.S.", "America" and "Americans" meet on the United
 * States (keyed by the country's common name, the same in every article).</li>
 * <li>People named in full by their name without initials and suffixes ("Joseph R. Biden Jr." and
 * "Joseph Biden" meet); other names by their normalised text, typed by majority.</li>
 * <li>A lone name part ("Mr. Kim", "Yoon") joins the nearest earlier person whose first or last name
 * it is, else the only later one; with several later candidates and none earlier it is undecidable
 * and joins no one. Once a lone name has referred to a person it keeps referring to that person,
 * even after a relative with the same name appears ("Mohamed" stays the son after "his father Mohamed
 * El-Hassan Mohamed"). A lone surname that fits no one may be a misspelling of the only person's
 * surname within two edits ("Ms Bauchtman" after "Lydia Buchtmann"). Two people who share a
 * surname stay apart.</li>
 * <li>Acronyms join the organisation whose initials they are ("SDF"); a gazetteer name ("US") is no
 * acronym of anything else.</li>
 * <li>Short forms join the organisation named in full: without its country ("Home Office" after "United
 * Kingdom Home Office"), without its of-phrase ("Supreme Court" after "Supreme Court of Cassation"),
 * its head word alone ("the Court"), a one-word head's of-phrase alone ("Scientology" after "Church of
 * Scientology"), its first words as initials ("LA Sheriff's office" after "Los Angeles Sheriff's office").</li>
 * <li>A place written with initials for some of its words ("East L.A.") joins the place named in full
 * before it ("East Los Angeles").</li>
 * <li>A capital used for its government ("Seoul has resisted") stays a place, but acts as its
 * country in relations ({@link ResolvedMentions#actor(Mention)}).</li>
 * </ol>
 * Keys are canonical (the fullest name) so the same entity gets the same IRI across articles; a
 * person known only by one name gets a key scoped to the article, since a shared surname alone is no
 * evidence of identity across articles.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;
    /** Generational suffixes ("Jr."), from the lexicon's [name-suffixes]. */
    private final Set<String> nameSuffixes;
    /** Head words of organisations' names ("court"), from the lexicon's [org-heads]. */
    private final Set<String> orgHeads;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.nameSuffixes = gazetteer.words("name-suffixes");
        this.orgHeads = gazetteer.words("org-heads");
    }

    /** The mentions of one article grouped into entities, by the steps listed above. */
    public ResolvedMentions resolve(AnnotatedText text, List<Mention> mentions) {
        Grouping g = new Grouping(mentions);
        g.byGazetteerEntryOrName();     // 1. gazetteer names by entry; people named in full apart; other names by text
        g.peopleByFullName();           // 2. people named in full, longest first; their names typed otherwise join them
        g.loneNamesToPeople();          // 3. "Mr. Kim", "Yoon": the nearest person with that name part
        g.acronymsToOrganisations();    // 4. "SDF" joins "Syrian Democratic Forces"
        g.shortFormsToOrganisations();  // 5. "Home Office", "Supreme Court", "the Court" join the body named in full
        g.initialsToPlaces();           //    "East L.A." joins "East Los Angeles"
        g.buildEntities(articleScope(text));
        return g.capitalsActAsCountries(text); // 6. "Seoul has resisted": the capital acts as South Korea
    }

    /** The state of one article's resolution, step by step. */
    private final class Grouping {
        private final List<Mention> ordered;
        private final Map<String, Builder> byKey = new LinkedHashMap<>();
        private final Map<Mention, Builder> builderOf = new IdentityHashMap<>();
        private final List<Mention> singles = new ArrayList<>();
        private final List<Mention> persons = new ArrayList<>();
        private final List<Builder> people = new ArrayList<>();
        private final Map<String, Entity> byEntityKey = new LinkedHashMap<>();
        private final List<Entity> entities = new ArrayList<>();
        private final Map<Mention, Entity> entityOf = new IdentityHashMap<>();
        private final List<Mention> resolved = new ArrayList<>();

        Grouping(List<Mention> mentions) {
            ordered = new ArrayList<>(mentions);
            ordered.sort(Comparator.comparingInt(Mention::start));
        }

        /** Step 1: gazetteer names by their entry; lone name parts and full person names set aside. */
        void byGazetteerEntryOrName() {
            for (Mention m : ordered) {
                Optional<Gazetteer.Entry> entry = gazetteer.lookup(m.text()).stream().findFirst();
                if (entry.isPresent()) {
                    Gazetteer.Entry e = entry.get();
                    Builder b = byKey.computeIfAbsent("gaz:" + e.type() + ":" + e.key(), k -> new Builder(false));
                    b.add(m, e.type());
                    b.canonical = e.canonical();
                    builderOf.put(m, b);
                } else if (nameParts(m.text()).size() == 1 && m.type() != EntityType.COUNTRY && !isAcronym(m.text())) {
                    singles.add(m);
                } else if (m.type() == EntityType.PERSON) {
                    persons.add(m);
                } else {
                    byName(m);
                }
            }
        }

        private void byName(Mention m) {
            Builder b = byKey.computeIfAbsent("name:" + Gazetteer.normalise(m.text()), k -> new Builder(false));
            b.add(m, m.type());
            builderOf.put(m, b);
        }

        /**
         * Step 2: people named in full, longest first, so shorter forms join the fullest name they fit;
         * then a multi-word name the model called a place or organisation but that is a person's name
         * elsewhere joins the person.
         */
        void peopleByFullName() {
            persons.sort(Comparator.comparingInt((Mention m) -> -nameParts(m.text()).size()).thenComparingInt(Mention::start));
            for (Mention m : persons) {
                List<String> parts = nameParts(m.text());
                String suffix = suffixOf(m.text());
                Builder match = null;
                for (Builder p : people) {
                    List<String> q = p.parts;
                    // "Donald Trump Jr." is not "Donald Trump": a generational suffix must agree
                    if (p.suffix.equals(suffix) && (q.equals(parts)
                            || (q.get(0).equals(parts.get(0)) && q.get(q.size() - 1).equals(parts.get(parts.size() - 1))))) {
                        match = p;
                        break;
                    }
                }
                if (match == null) {
                    match = new Builder(true);
                    match.parts = parts;
                    match.suffix = suffix;
                    people.add(match);
                    byKey.put("person:" + String.join(" ", parts) + (suffix.isEmpty() ? "" : " " + suffix), match);
                }
                match.add(m, EntityType.PERSON);
                builderOf.put(m, match);
            }
            for (Map.Entry<Mention, Builder> e : new ArrayList<>(builderOf.entrySet())) {
                Mention m = e.getKey();
                if (m.type() == EntityType.PERSON || e.getValue().person || gazetteer.lookup(m.text()).size() > 0) {
                    continue;
                }
                List<String> parts = nameParts(m.text());
                for (Builder p : people) {
                    if (p.parts.equals(parts)) {
                        e.getValue().remove(m);
                        p.add(m, EntityType.PERSON);
                        builderOf.put(m, p);
                        break;
                    }
                }
            }
        }

        /** Step 3: a lone name is a part of a person's name ({@link #nearestPerson}), else an entity of its own. */
        void loneNamesToPeople() {
            Map<String, List<Mention>> fullNames = fullNamesByPart(ordered, builderOf, people);
            Map<String, Builder> referredTo = new HashMap<>(); // singles come in text order
            for (Mention m : singles) {
                String part = nameParts(m.text()).get(0);
                String suffix = suffixOf(m.text());
                Builder person = referredTo.get(part + "|" + suffix);
                if (person == null) {
                    person = nearestPerson(m, part, suffix, fullNames, builderOf);
                }
                if (person == null && m.type() == EntityType.PERSON && suffix.isEmpty()) {
                    person = misspelledSurname(part);
                }
                if (person == undecidable) {
                    continue;
                }
                if (person != null) {
                    referredTo.putIfAbsent(part + "|" + suffix, person);
                    person.add(m, EntityType.PERSON);
                    builderOf.put(m, person);
                    continue;
                }
                byName(m);
            }
        }

        /** Step 4: acronyms of organisations ("SDF" for "Syrian Democratic Forces"). */
        void acronymsToOrganisations() {
            for (Builder acronym : new ArrayList<>(byKey.values())) {
                if (acronym.mentions.isEmpty() || acronym.person) {
                    continue;
                }
                String a = acronym.mentions.get(0).text().replace(".", "");
                if (!isAcronym(a) || acronym.canonical != null) {
                    continue; // "US" is the United States, not the initials of "University of Sheffield"
                }
                for (Builder full : byKey.values()) {
                    if (full != acronym && !full.person && !full.mentions.isEmpty() && full.type() != EntityType.PERSON
                            && a.equals(initials(full.longestName())) && a.length() >= 2) {
                        for (Mention m : acronym.mentions) {
                            full.add(m, full.type());
                            builderOf.put(m, full);
                        }
                        acronym.mentions.clear();
                        break;
                    }
                }
            }
        }

        /**
         * A lone surname no full name has, within two edits of exactly one person's surname: a
         * misspelling ("Bauchtman" for "Buchtmann"). Short names are left alone; they are too close
         * to too many others.
         */
        private Builder misspelledSurname(String part) {
            if (part.length() < 6) {
                return null;
            }
            Builder found = null;
            for (Builder p : people) {
                String last = p.parts.get(p.parts.size() - 1);
                if (p.parts.size() >= 2 && last.length() >= 6 && last.charAt(0) == part.charAt(0) && EDIT_DISTANCE.apply(last, part) <= 2) {
                    if (found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
            return found;
        }

        /**
         * Step 5: short forms of an organisation named in full in the article. "Home Office" after
         * "United Kingdom Home Office" (the name without a leading country), "Supreme Court" after
         * "Supreme Court of Cassation" (the name before its of-phrase, two words or more, when only one
         * organisation has it), and "Court" alone (an organisation head word) after the nearest
         * organisation whose head it is.
         */
        void shortFormsToOrganisations() {
            List<Builder> bodies = new ArrayList<>();
            for (Builder b : byKey.values()) {
                if (!b.person && b.canonical == null && !b.mentions.isEmpty() && b.type() == EntityType.ORGANIZATION) {
                    bodies.add(b);
                }
            }
            Map<String, Set<Builder>> shortForms = new HashMap<>();
            for (Builder b : bodies) {
                for (Mention m : b.mentions) {
                    for (String f : shortForms(m.text())) {
                        shortForms.computeIfAbsent(f, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(b);
                    }
                }
            }
            for (Builder b : bodies) {
                if (b.mentions.isEmpty()) {
                    continue;
                }
                Set<Builder> full = shortForms.getOrDefault(Gazetteer.normalise(b.longestName()), Set.of());
                Builder target = null;
                for (Builder f : full) {
                    // a short form refers back: the full name comes first ("European Court" before "European
                    // Court of Auditors" is another court whose name was cut short)
                    if (f != b && !f.mentions.isEmpty() && f.mentions.get(0).start() < b.mentions.get(0).start()) {
                        if (target != null) {
                            target = undecidable;
                            break;
                        }
                        target = f;
                    }
                }
                if (target != null && target != undecidable) {
                    moveAll(b, target);
                }
            }
            for (Builder b : bodies) {
                if (b.mentions.isEmpty() || b.mentions.stream().anyMatch(m -> nameParts(m.text()).size() != 1)) {
                    continue;
                }
                String word = Gazetteer.normalise(b.mentions.get(0).text());
                if (!orgHeads.contains(word)) {
                    continue;
                }
                // "the Court has ruled": the nearest organisation named before it whose head this is
                int at = b.mentions.get(0).start();
                Builder nearest = null;
                int nearestEnd = -1;
                for (Builder f : bodies) {
                    if (f == b || f.mentions.isEmpty()) {
                        continue;
                    }
                    for (Mention m : f.mentions) {
                        if (m.start() < at && m.start() > nearestEnd && word.equals(headWord(m.text()))) {
                            nearest = f;
                            nearestEnd = m.start();
                        }
                    }
                }
                if (nearest != null) {
                    moveAll(b, nearest);
                }
            }
        }

        /**
         * A place written with initials for some of its words joins the place named in full before it:
         * "East L.A." after "East Los Angeles", "N.Y. City" after "New York City".
         */
        void initialsToPlaces() {
            List<Builder> places = new ArrayList<>();
            for (Builder b : byKey.values()) {
                if (!b.person && !b.mentions.isEmpty() && b.type() == EntityType.LOCATION) {
                    places.add(b);
                }
            }
            for (Builder b : places) {
                if (b.mentions.isEmpty() || !DOTTED_INITIALS.matcher(b.mentions.get(0).text()).find()) {
                    continue;
                }
                String key = Gazetteer.normalise(b.longestName());
                for (Builder full : places) {
                    if (full != b && !full.mentions.isEmpty() && full.mentions.get(0).start() < b.mentions.get(0).start()
                            && withInitials(full.longestName()).contains(key)) {
                        moveAll(b, full);
                        break;
                    }
                }
            }
        }

        private void moveAll(Builder from, Builder to) {
            for (Mention m : from.mentions) {
                to.add(m, to.type());
                builderOf.put(m, to);
            }
            from.mentions.clear();
        }

        /** Entities from the groups: groups that reach the same key merge; mentions keep text order. */
        void buildEntities(String scope) {
            Map<Builder, String> keyOf = new IdentityHashMap<>();
            Map<String, Builder> merged = new HashMap<>();
            for (Builder b : byKey.values()) {
                if (b.mentions.isEmpty()) {
                    continue;
                }
                String key = b.key(scope);
                Builder first = merged.putIfAbsent(b.type() + "/" + key, b);
                if (first != null) {
                    for (Mention m : b.mentions) {
                        first.add(m, first.type());
                        builderOf.put(m, first);
                    }
                    b.mentions.clear();
                    continue;
                }
                keyOf.put(b, key);
            }
            Map<Builder, Entity> built = new IdentityHashMap<>();
            for (Builder b : byKey.values()) {
                if (!b.mentions.isEmpty()) {
                    Entity e = b.build(keyOf.get(b));
                    built.put(b, e);
                    entities.add(e);
                    byEntityKey.put(e.type() + "/" + e.key(), e);
                }
            }
            Map<Builder, Set<Mention>> members = new IdentityHashMap<>(); // a list's contains() per mention was quadratic
            for (Mention m : ordered) {
                Builder b = builderOf.get(m);
                if (b != null && built.containsKey(b) && members.computeIfAbsent(b, x -> new HashSet<>(x.mentions)).contains(m)) {
                    entityOf.put(m, built.get(b));
                    resolved.add(m);
                }
            }
        }

        /** Step 5: capitals that stand for their government act as the country in relations. */
        ResolvedMentions capitalsActAsCountries(AnnotatedText text) {
            Map<Mention, Entity> actorOf = new IdentityHashMap<>();
            for (Mention m : resolved) {
                if (!m.metonym() || entityOf.get(m).type() != EntityType.LOCATION) {
                    continue;
                }
                Optional<Gazetteer.Entry> country = gazetteer.countryOfCapital(m.text());
                if (country.isEmpty()) {
                    continue;
                }
                String name = country.get().canonical();
                Entity c = byEntityKey.get(EntityType.COUNTRY + "/" + slug(name));
                if (c == null && !actsAsSubject(text.sentences().get(m.sentence()), m.tokenEnd())) {
                    continue; // "a Vienna-based agency", "Dakar": the article never names the country, nor acts for it here
                }
                if (c == null) {
                    c = new Entity(slug(name), EntityType.COUNTRY, name, Set.of(name), List.of());
                    byEntityKey.put(EntityType.COUNTRY + "/" + slug(name), c);
                    entities.add(c);
                }
                actorOf.put(m, c);
            }
            return new ResolvedMentions(entities, resolved, entityOf, actorOf);
        }
    }

    /** A verb follows the mention, adverbs aside: "Seoul has resisted", "Washington quickly denied". */
    private static boolean actsAsSubject(Sentence s, int after) {
        int k = after;
        while (k < s.size() && "ADV".equals(s.token(k).pos())) {
            k++;
        }
        return k < s.size() && ("VERB".equals(s.token(k).pos()) || "AUX".equals(s.token(k).pos()));
    }

    /** Marker for "several people fit and none is nearer": the mention joins no one (never filled). */
    private final Builder undecidable = new Builder(true);

    /**
     * Mentions of people named in full, by their first and by their last name part, in text order.
     * Built once per article so that resolving lone names stays linear in the article's length.
     */
    private Map<String, List<Mention>> fullNamesByPart(List<Mention> ordered, Map<Mention, Builder> builderOf,
                                                              List<Builder> people) {
        Set<Builder> known = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(people);
        Map<String, List<Mention>> byPart = new HashMap<>();
        for (Mention other : ordered) {
            Builder b = builderOf.get(other);
            if (b == null || !known.contains(b)) {
                continue;
            }
            List<String> parts = nameParts(other.text());
            if (parts.size() < 2) {
                continue;
            }
            byPart.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(other);
            if (!parts.get(parts.size() - 1).equals(parts.get(0))) {
                byPart.computeIfAbsent(parts.get(parts.size() - 1), k -> new ArrayList<>()).add(other);
            }
        }
        return byPart;
    }

    private Builder nearestPerson(Mention m, String part, String suffix, Map<String, List<Mention>> fullNames,
                                         Map<Mention, Builder> builderOf) {
        Builder earlier = null;
        Set<Builder> later = new LinkedHashSet<>();
        for (Mention other : fullNames.getOrDefault(part, List.of())) {
            Builder b = builderOf.get(other);
            if (!suffix.isEmpty() && !suffix.equals(b.suffix)) {
                continue; // "Trump Jr." joins only a "... Trump Jr."
            }
            if (other.start() < m.start()) {
                earlier = b; // in text order: the last one before is the nearest
            } else {
                later.add(b);
            }
        }
        if (earlier != null) {
            return earlier;
        }
        if (later.size() == 1) {
            return later.iterator().next();
        }
        return later.isEmpty() ? null : undecidable;
    }

    /**
     * The shorter names an organisation's full name may go by later, normalised: without a leading
     * country name or demonym ("Home Office" for "United Kingdom Home Office", "Department of
     * Agriculture" for "U.S. Department of Agriculture"), and without its of-phrase when two words or
     * more remain ("Supreme Court" for "Supreme Court of Cassation"); the of-phrase alone after a
     * one-word head ("Scientology" for "Church of Scientology"; only organisations take short forms,
     * so the city of "University of Sheffield" stays itself); the first two or three words as their
     * initials ("LA Sheriff's office" for "Los Angeles Sheriff's office").
     */
    List<String> shortForms(String name) {
        List<String> out = new ArrayList<>();
        String[] words = name.trim().split("\\s+");
        int from = 0;
        for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
            if (gazetteer.country(join(words, 0, k)).isPresent() && Character.isUpperCase(words[k].charAt(0))) {
                from = k;
                out.add(Gazetteer.normalise(join(words, k, words.length)));
                break;
            }
        }
        for (int k = from + 2; k < words.length - 1; k++) {
            if (words[k].equals("of")) {
                out.add(Gazetteer.normalise(join(words, from, k)));
                break;
            }
        }
        if (words.length >= 3 && words[1].equals("of") && Character.isUpperCase(words[2].charAt(0))) {
            // "Scientology" after "Church of Scientology": a head word's of-phrase alone
            out.add(Gazetteer.normalise(join(words, 2, words.length)));
        }
        for (int k = 2; k <= Math.min(3, words.length - 1); k++) {
            String initials = initials(join(words, 0, k));
            if (initials.length() == k && Character.isUpperCase(words[k].charAt(0))) {
                // "LA Sheriff's office" after "Los Angeles Sheriff's office", "NY Police Department"
                out.add(Gazetteer.normalise(initials + " " + join(words, k, words.length)));
            }
        }
        return out;
    }

    /**
     * {@code name} with a run of two or three capitalised words cut to their initials, normalised:
     * "east la" and "ela" for "East Los Angeles".
     */
    static Set<String> withInitials(String name) {
        String[] words = name.trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 2; to <= Math.min(words.length, from + 3); to++) {
                String initials = initials(join(words, from, to));
                if (initials.length() == to - from) {
                    out.add(Gazetteer.normalise(join(words, 0, from) + " " + initials + " " + join(words, to, words.length)));
                }
            }
        }
        return out;
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive), joined by spaces. */
    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    /** The head word of an organisation's name in lower case: the word before "of", else the last ("court"). */
    static String headWord(String name) {
        String[] words = Gazetteer.normalise(name).split(" ");
        for (int k = 1; k < words.length; k++) {
            if (words[k].equals("of")) {
                return words[k - 1];
            }
        }
        return words[words.length - 1];
    }

    /** Edits between two names: insertions, deletions, substitutions and swaps of neighbours. */
    private static final DamerauLevenshteinDistance EDIT_DISTANCE = new DamerauLevenshteinDistance();

    /** Initials with full stops inside a name: "L.A." of "East L.A.". */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("\\b(\\p{Lu}\\.){2,}");

    /** The Arabic article on a surname: "al-Burhan", "el-Sisi". */
    private static final java.util.regex.Pattern ARTICLE_PREFIX = java.util.regex.Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\\p{L}{2})");

    /** The words of a name in lower case, without initials ("R.") and suffixes ("Jr."), hyphens kept inside words. */
    List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replace("\u2019", "'").split("\\s+")) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replace(".", "");
            word = ARTICLE_PREFIX.matcher(word).replaceFirst(""); // "al-Burhan" is "Burhan" alone
            if (word.isEmpty() || nameSuffixes.contains(word) || (word.length() == 1 && parts.size() > 0)) {
                continue;
            }
            parts.add(word);
        }
        if (parts.isEmpty()) {
            parts.add(Gazetteer.normalise(name));
        }
        return parts;
    }

    /** The generational suffixes of a name in lower case without stops ("jr", "iii"), or "". */
    String suffixOf(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!word.isEmpty() && nameSuffixes.contains(word)) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    private static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter);
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static String slug(String label) {
        return Gazetteer.normalise(label).replace("'", "").replace(' ', '-').replaceAll("[^\\p{L}\\p{N}-]", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A short fingerprint of the article, for keys that must not be shared across articles. */
    private static String articleScope(AnnotatedText text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Builder {
        final boolean person;
        List<String> parts;
        /** The generational suffix of a person's full name ("jr"), or "". */
        String suffix = "";
        String canonical;
        final List<Mention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new LinkedHashMap<>();

        Builder(boolean person) {
            this.person = person;
        }

        void add(Mention m, EntityType t) {
            mentions.add(m);
            votes.merge(t, 1, Integer::sum);
        }

        void remove(Mention m) {
            mentions.remove(m);
            votes.merge(m.type(), -1, Integer::sum);
        }

        EntityType type() {
            if (person) {
                return EntityType.PERSON;
            }
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
                if (best == null || e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        String longestName() {
            String best = null;
            for (Mention m : mentions) {
                if (best == null || m.text().length() > best.length()) {
                    best = m.text();
                }
            }
            return best;
        }

        String label() {
            if (canonical != null) {
                return canonical;
            }
            // the fullest name: most words, then the longest; a trailing "'s" is not part of it
            String best = null;
            for (Mention m : mentions) {
                String n = m.text();
                if (best == null || nameParts(n).size() > nameParts(best).size()
                        || (nameParts(n).size() == nameParts(best).size() && n.length() > best.length())) {
                    best = n;
                }
            }
            return best;
        }

        String key(String scope) {
            String label = label();
            String key = slug(label);
            if (person && nameParts(label).size() < 2 || !person && canonical == null && type() == EntityType.PERSON) {
                key = key + "-" + scope; // a lone name is no identity across articles
            } else if (person && !PersonNameKey.of(label).isEmpty()) {
                key = PersonNameKey.of(label); // "Donald J. Trump", "Zelenskyy": the spellings of one name, one key
            }
            return key;
        }

        Entity build(String key) {
            String label = label();
            Set<String> all = new LinkedHashSet<>();
            all.add(label);
            for (Mention m : mentions) {
                all.add(m.text());
            }
            return new Entity(key, type(), label, all, mentions);
        }
    }
}
