package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds names of people, organisations, countries and places. Three sources are combined, in this
 * order of trust: the gazetteer (countries, demonyms, capitals, well-known organisations; longest
 * match), the bundled statistical name finder ({@code en-ner-news.bin}, see {@code NOTICE-ner.md}),
 * and runs of proper nouns that the model missed but whose context types them (an honorific or title
 * before, an organisation or place head word at the end, a verb of saying after, an acronym).
 * Context rules also correct the model's type ("Foreign Ministry" is an organisation).
 *
 * <p>Thread-safe: each thread gets its own {@link NameFinderME} over the shared immutable model.
 */
public final class EntityRecognizer {
    /** The bundled name finder model, on the classpath beside this class. */
    public static final String MODEL = "en-ner-news.bin";

    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "i", "god", "covid", "internet", "image", "source", "photo", "reuters/",
            "am", "pm", "ok", "tv", "ceo", "gmt", "utc", "et", "pst", "est", "edt",
            "ramadan", "christmas", "easter", "thanksgiving", "eid", "hanukkah", "diwali", "passover", "lent");
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le",
            "el", "abu", "du", "di", "del", "dos", "bint");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&", "on");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> SAY_LEMMAS = Set.of("say", "tell", "add", "state", "claim", "warn", "argue",
            "note", "explain");
    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her",
            "its", "our", "their", "my", "your", "him", "them", "us", "me", "who", "what", "this", "that", "these",
            "those", "one", "some", "all", "both", "each", "none", "anyone", "someone", "everyone", "nobody");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "western", "eastern", "northern", "southern");
    /** Prepositions after which a name is a place, not a person. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "inside", "across",
            "throughout", "around");
    /** Words that open the of-phrase of a title's portfolio ("Minister of Education", "Minister for Europe"). */
    private static final Set<String> PORTFOLIO_OPENERS = Set.of("of", "for");
    /** Words that open the of-phrase of an organisation or place ("Center for ...", "Authority on ..."). */
    private static final Set<String> OF_PHRASE_OPENERS = Set.of("of", "for", "on");
    private static final Set<String> AND_WORDS = Set.of("and", "&");
    private static final Set<String> LANGUAGE_CUES = Set.of("in", "into", "from", "speak", "speaks", "spoke", "speaking");
    /** Parts of speech a name the tagger mis-tagged never has. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM");
    /**
     * Second halves of hyphenated modifiers made from a name ("Vienna-based", "Iran-backed", "NATO-led",
     * "Hamas-run"): the name ends before the hyphen, and what follows is another name, if any.
     */
    private static final Set<String> COMPOUND_TAILS = Set.of("based", "run", "led", "backed", "aligned", "allied",
            "owned", "controlled", "funded", "sponsored", "linked", "affiliated", "held", "occupied", "born",
            "made", "brokered", "headquartered", "registered", "listed", "flagged", "operated", "bound", "friendly",
            "leaning", "style", "era", "focused", "centred", "centered", "dominated", "supported", "inspired");
    /** Of these, the ones whose following name is an organisation ("the Doha-based Al Jazeera"). */
    private static final Set<String> ORGANISATION_TAILS = Set.of("based", "run", "backed", "owned", "controlled",
            "funded", "sponsored", "headquartered", "registered", "listed", "operated", "supported");
    /** Event heads that end a document's name even when it was typed as an organisation ("Mutual Defense Treaty"). */
    private static final Set<String> DOCUMENT_HEADS = Set.of("treaty", "agreement", "accord", "accords", "convention",
            "protocol", "act", "doctrine", "declaration");
    /** Head words that do name a body alone when capitalised ("Congress voted"). */
    private static final Set<String> BODIES_ALONE = Set.of("congress", "parliament", "senate");
    /** Common nouns for kinds of place: "the city of | Qom". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "provinces", "region",
            "district", "port", "county", "island", "islands", "governorate", "oblast", "enclave", "municipality",
            "neighbourhood", "neighborhood", "suburb", "outskirts", "settlement", "camp", "state", "prefecture");
    /** Words that name nothing on their own, though the name finder sometimes takes them alone. */
    private static final Set<String> NOT_ALONE = Set.of("republic", "air", "state", "kingdom", "federation",
            "government", "defense", "defence", "front", "force", "forces", "assembly", "union");
    /** A family name and a hyphenated given name, as Korean and Chinese names are written ("Park Sun-won"). */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5} \\p{Lu}\\p{Ll}+-\\p{Ll}+");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "across", "into",
            "around", "outside", "inside", "throughout", "within", "towards", "toward");

    private final Gazetteer gazetteer;
    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;
    private final Set<String> honorifics;
    private final Set<String> titles;
    private final Set<String> orgHeads;
    private final Set<String> locationHeads;
    private final Set<String> orgNouns;
    private final Set<String> stateNouns;
    private final Set<String> eventHeads;
    private final Set<String> languages;
    private final Set<String> portfolios;

    /** A recogniser with the statistical name finder {@code model} (null: gazetteer and rules only). */
    public EntityRecognizer(Gazetteer gazetteer, TokenNameFinderModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.finders = model == null ? null : ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.honorifics = gazetteer.words("honorifics");
        this.titles = gazetteer.words("titles");
        this.orgHeads = gazetteer.words("org-heads");
        this.locationHeads = gazetteer.words("location-heads");
        this.orgNouns = gazetteer.words("org-nouns");
        this.stateNouns = gazetteer.words("state-nouns");
        this.eventHeads = gazetteer.words("event-heads");
        this.languages = gazetteer.words("languages");
        this.portfolios = gazetteer.words("portfolios");
    }

    /** Loads the bundled name finder model from the classpath. */
    public static TokenNameFinderModel loadModel() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newsgraph/extract/" + MODEL);
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load org/newsgraph/extract/" + MODEL, e);
        }
    }

    public List<Mention> recognize(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        NameFinderME finder = finders == null ? null : finders.get();
        for (Sentence s : text.sentences()) {
            recognize(s, finder, mentions);
        }
        if (finder != null) {
            finder.clearAdaptiveData();
        }
        return propagate(text, mentions);
    }

    /**
     * A name found once is a name wherever else the article writes it: the model and the rules judge each
     * sentence alone and miss repeats ("Blinken" after "Antony Blinken", a place named again in a
     * headline). A person's surname alone counts when no other proper noun stands right before it
     * ("Hunter Biden" is not "Joe Biden"); resolution then decides whose surname it is.
     */
    private List<Mention> propagate(AnnotatedText text, List<Mention> mentions) {
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
            while (last > m.tokenStart() && (NAME_SUFFIXES.contains(lower(s.token(last))) || glued(s, last - 1, last))) {
                last--;
            }
            if (m.type() == EntityType.PERSON && last > m.tokenStart() && !glued(s, last - 1, last)) {
                String surname = s.span(last, extendGlued(s, last + 1));
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
            typed.add(person ? m.withType(EntityType.PERSON) : m);
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
                if (taken[i] || !s.token(i).isCapitalised() || i > 0 && (glued(s, i - 1, i) || isNameToken(s, i - 1) && !isTitleWord(s.token(i - 1)))) {
                    continue;
                }
                for (int end = Math.min(s.size(), i + longest); end > i; end--) {
                    EntityType type = names.get(s.span(i, end));
                    if (type != null && !taken[end - 1] && (end == s.size() || !glued(s, end - 1, end) && !isNameToken(s, end))) {
                        out.add(new Mention(s.index(), i, end, s.token(i).start(), s.token(end - 1).end(), s.span(i, end), type, false));
                        java.util.Arrays.fill(taken, i, end, true);
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenStart));
        return out;
    }

    /** A candidate name: tokens [from, to) of a sentence. */
    private record Candidate(int from, int to, EntityType type, boolean gazetteer, boolean capital) {
        int length() {
            return to - from;
        }

        boolean overlaps(Candidate o) {
            return from < o.to && o.from < to;
        }
    }

    private void recognize(Sentence s, NameFinderME finder, List<Mention> out) {
        List<Candidate> gaz = gazetteerCandidates(s);
        List<Candidate> stat = splitTitled(s, joinInitials(s, new ArrayList<>(finder == null ? List.of() : modelCandidates(s, finder))));
        stat = splitCompounds(s, withOfPhrases(s, refine(s, wholePersonNames(s, stat, gaz))));
        List<Candidate> rules = splitCompounds(s, withOfPhrases(s, refine(s, splitTitled(s, ruleCandidates(s)))));
        for (Candidate r : rules) {
            if (r.type == EntityType.ORGANIZATION && stat.stream().noneMatch(r::overlaps)) {
                stat.add(r); // an organisation named by its head word is as good as the model's
            }
        }
        stat = withoutLeadingPlace(stat, gaz);
        stat = withHyphenatedNames(s, stat);
        gaz = placeAsGivenName(s, stat, gaz);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate g : gaz) {
            // a longer model name around a gazetteer name wins: "Bank of Korea", "American Airlines"
            boolean inside = stat.stream().anyMatch(c -> c.from <= g.from && g.to <= c.to && c.length() > g.length()
                    && s.token(c.to - 1).isCapitalised() && !isDemonymPhrase(s, c));
            if (!inside) {
                chosen.add(g);
            }
        }
        for (Candidate c : stat) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        for (Candidate r : rules) {
            if (chosen.stream().noneMatch(r::overlaps)) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::from));
        for (Candidate c : chosen) {
            boolean metonym = c.capital && !(c.from > 0 && LOCATIVES.contains(lower(s.token(c.from - 1))));
            String text = s.span(c.from, c.to);
            int end = s.token(c.to - 1).end();
            if (c.to == s.size() && text.endsWith(".") && s.token(c.to - 1).text().length() > 3) {
                text = text.substring(0, text.length() - 1); // the sentence's full stop left on the last word
                end--;
            }
            if (text.endsWith("-") && text.length() > 1) {
                text = text.substring(0, text.length() - 1); // "NATO-" before "led"
                end--;
            }
            String bare = withoutPossessive(text);
            end -= text.length() - bare.length();
            text = bare;
            out.add(new Mention(s.index(), c.from, c.to, s.token(c.from).start(), end, text, c.type, metonym));
        }
    }

    /**
     * A family name and a hyphenated given name ("Liang Wen-chieh", "Cho Tae-yong", "Park Sun-won") is
     * a person whatever the tagger made of its words; it replaces the name finder's spans over it.
     */
    private List<Candidate> withHyphenatedNames(Sentence s, List<Candidate> stat) {
        List<Candidate> out = new ArrayList<>(stat);
        for (int i = 0; i + 1 < s.size(); i++) {
            Token first = s.token(i);
            if (!first.isCapitalised() || FUNCTION_TAGS.contains(first.pos()) || isTitleWord(first)
                    || !gazetteer.lookup(first.text()).isEmpty() || !s.token(i + 1).isCapitalised()) {
                continue;
            }
            int end = extendGlued(s, i + 2);
            if (!HYPHENATED_GIVEN_NAME.matcher(s.span(i, end)).matches()) {
                continue;
            }
            Candidate name = new Candidate(i, end, EntityType.PERSON, false, false);
            out.removeIf(name::overlaps);
            out.add(name);
            i = end - 1;
        }
        out.sort(Comparator.comparingInt(Candidate::from));
        return out;
    }

    /**
     * "Defence Minister Wellington Koo": a place name between a title and a person's surname is the
     * person's given name. The person's candidate takes it in and the gazetteer's is dropped.
     */
    private List<Candidate> placeAsGivenName(Sentence s, List<Candidate> stat, List<Candidate> gaz) {
        List<Candidate> kept = new ArrayList<>(gaz);
        for (int k = 0; k < stat.size(); k++) {
            Candidate p = stat.get(k);
            if (p.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate g : gaz) {
                if (g.to == p.from && g.length() == 1 && g.type == EntityType.LOCATION && g.from > 0
                        && isTitleWord(s.token(g.from - 1))) {
                    stat.set(k, new Candidate(g.from, p.to, EntityType.PERSON, false, false));
                    kept.remove(g);
                }
            }
        }
        return kept;
    }

    /**
     * "Ambassador to the United States Hamdullah Mohib": a person's name does not start with a country
     * or place the gazetteer knows; the name finder's span is cut after it.
     */
    private static List<Candidate> withoutLeadingPlace(List<Candidate> stat, List<Candidate> gaz) {
        List<Candidate> out = new ArrayList<>(stat.size());
        for (Candidate c : stat) {
            Candidate cut = c;
            if (c.type == EntityType.PERSON) {
                for (Candidate g : gaz) {
                    if (g.from == c.from && g.to < c.to && g.type != EntityType.PERSON) {
                        cut = new Candidate(g.to, c.to, c.type, false, false);
                    }
                }
            }
            out.add(cut);
        }
        return out;
    }

    /** "Hee-Chan's" is "Hee-Chan": the tokenizer sometimes leaves the possessive on the name. */
    static String withoutPossessive(String name) {
        if (name.length() > 2 && (name.endsWith("'s") || name.endsWith("\u2019s"))) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /**
     * The model often takes one word of a person's name ("Eden" of "Eden Hazard", "Dario Gomez" of
     * "Hernan Dario Gomez") or splits it in two ("Jesse" + "Lingard"): a person's name takes in the
     * bare proper nouns right beside it, up to four words, and swallows the candidates it then overlaps.
     */
    private List<Candidate> wholePersonNames(Sentence s, List<Candidate> cs, List<Candidate> gaz) {
        List<Candidate> grown = new ArrayList<>();
        for (Candidate c : cs) {
            if (c.type != EntityType.PERSON || orgHeadAt(s, c.to)) {
                grown.add(c);
                continue;
            }
            int from = c.from;
            int to = c.to;
            while (to < s.size() && to - from < 5) {
                int next = bareNameWord(s, to, gaz) ? extendGlued(s, to + 1) : particlesThenName(s, to);
                if (next == to) {
                    break;
                }
                to = next;
            }
            while (from > 0 && to - from < 4 && bareNameWord(s, from - 1, gaz)) {
                from--;
            }
            grown.add(new Candidate(from, to, c.type, false, false));
        }
        grown = wholeBodyNames(s, grown, gaz);
        grown.sort(Comparator.comparingInt(Candidate::from).thenComparing(c -> -c.length()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : grown) {
            if (out.stream().noneMatch(c::overlaps)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * An organisation or place named by its head word takes in the "of" or "for" phrase of capitalised
     * words after it: "Center for Strategic and International Studies", "Great Hall of the People",
     * "Bank of Korea" (a name inside such a phrase is part of it, see {@link #recognize}). A name cut
     * short at the front grows back to its head ({@link #headBefore}) or its capitalised modifiers
     * ({@link #modifiersBefore}); a name overlapped by one grown over it is dropped.
     */
    private List<Candidate> withOfPhrases(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            String head = lower(s.token(c.to - 1));
            int to = c.to;
            if (c.type != EntityType.PERSON && (orgHeads.contains(head) || locationHeads.contains(head))) {
                // "Joint Council for the Welfare of Immigrants": one or more such phrases
                while (to + 1 < s.size() && OF_PHRASE_OPENERS.contains(lower(s.token(to)))) {
                    int k = to + 1;
                    if (lower(s.token(k)).equals("the")) {
                        k++;
                    }
                    int end = k;
                    while (end < s.size() && s.token(end).isCapitalised() && !isTitleWord(s.token(end))
                            && !"PUNCT".equals(s.token(end).pos()) && end - k < 5) {
                        end++;
                        if (joinedToName(s, end)) {
                            end++;
                        }
                    }
                    if (end == k || !s.token(end - 1).isCapitalised()) {
                        break;
                    }
                    to = end;
                }
            }
            int from = c.type == EntityType.PERSON || c.gazetteer ? c.from : headBefore(s, c.from);
            if (from == c.from && c.type == EntityType.ORGANIZATION && !c.gazetteer && orgHeads.contains(head)) {
                from = modifiersBefore(s, c.from);
            }
            if (c.type != EntityType.PERSON && !c.gazetteer && hasOfPhrase(s, from, to)) {
                // "Office of Foreign Assets | Control": the name goes on while its words are capitalised
                int phraseEnd = to;
                while (to < s.size() && to - phraseEnd < 2 && s.token(to).isCapitalised() && !isTitleWord(s.token(to))
                        && !"PUNCT".equals(s.token(to).pos()) && !NOT_NAMES.contains(lower(s.token(to)))
                        && gazetteer.lookup(s.token(to).text()).isEmpty()) {
                    to++;
                }
            }
            if (from < c.from) {
                out.add(new Candidate(from, to, EntityType.ORGANIZATION, false, false));
            } else {
                out.add(to == c.to ? c : new Candidate(c.from, to, c.type, c.gazetteer, c.capital));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::from).thenComparing(Comparator.comparingInt(Candidate::to).reversed()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : out) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c); // otherwise swallowed by a name extended over it
            }
        }
        return kept;
    }

    private boolean isDemonym(Token t) {
        return gazetteer.lookup(t.text()).stream().anyMatch(e -> e.kind() == Gazetteer.Kind.DEMONYM);
    }

    private static boolean hasOfPhrase(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (OF_PHRASE_OPENERS.contains(lower(s.token(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of an organisation's name the name finder cut short at the front ("North Korea's
     * | Reconnaissance General | Bureau", "The | Resistance | Front"): capitalised words that the
     * gazetteer does not know, up to a determiner, a possessive, a title or punctuation.
     */
    private int modifiersBefore(Sentence s, int from) {
        int k = from;
        while (k > 0 && from - k < 4) {
            Token t = s.token(k - 1);
            if (!t.isCapitalised() || "PUNCT".equals(t.pos()) || "DET".equals(t.pos()) || isTitleWord(t)
                    || NOT_NAMES.contains(lower(t)) || k - 1 == 0 && !t.isProperNoun() && !isDemonym(t)) {
                break;
            }
            if (isDemonym(t)) {
                return k - 1; // "Serbian | Progressive Party", "Chinese | Foreign Ministry": the demonym opens the name
            }
            if (!gazetteer.lookup(t.text()).isEmpty()) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * Where a name is the of-phrase of an organisation named before it ("Council on | Foreign
     * Relations", "Office of | Foreign Assets Control", "Institute for the | Study of War"), the first
     * token of the whole name: the head and the capitalised words before it. {@code from} if none.
     */
    private int headBefore(Sentence s, int from) {
        int k = from - 1;
        if (k >= 0 && lower(s.token(k)).equals("the")) {
            k--;
        }
        if (k < 1 || !OF_PHRASE_OPENERS.contains(lower(s.token(k)))) {
            return from;
        }
        int head = k - 1;
        if (!s.token(head).isCapitalised() || !orgHeads.contains(lower(s.token(head)))) {
            return from;
        }
        int start = head;
        while (start > 0 && head - start < 4 && s.token(start - 1).isCapitalised() && !isTitleWord(s.token(start - 1))
                && !"PUNCT".equals(s.token(start - 1).pos()) && !"DET".equals(s.token(start - 1).pos())) {
            start--;
        }
        return start;
    }

    /**
     * The name finder also cuts organisations and places short ("Al" of "Al Jazeera", "Rapid Support"
     * of "Rapid Support Forces", "World Food" of "World Food Programme"): such a name takes in the
     * proper nouns right after it, and a name followed by an organisation's head word ("Forces",
     * "Programme") takes the head in and is an organisation.
     */
    private List<Candidate> wholeBodyNames(Sentence s, List<Candidate> cs, List<Candidate> gaz) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            int to = c.to;
            EntityType type = c.type;
            if (type == EntityType.PERSON) {
                if (orgHeadAt(s, to)) {
                    while (orgHeadAt(s, to)) {
                        to++;
                    }
                    type = EntityType.ORGANIZATION;
                }
            } else {
                while (to < s.size() && to - c.from < 6 && (bareNameWord(s, to, gaz) || orgHeadAt(s, to))
                        && !glued(s, to - 1, to)) {
                    to++;
                }
                if (to > c.to && orgHeads.contains(lower(s.token(to - 1)))) {
                    type = EntityType.ORGANIZATION;
                }
            }
            out.add(to == c.to ? c : new Candidate(c.from, to, type, false, false));
        }
        return out;
    }

    /** Token {@code k} is a capitalised organisation head word ("Forces", "Programme"). */
    private boolean orgHeadAt(Sentence s, int k) {
        return k < s.size() && s.token(k).isCapitalised() && orgHeads.contains(lower(s.token(k)));
    }

    /** Token {@code k} is a capitalised proper noun that names nothing by itself and heads nothing. */
    private boolean bareNameWord(Sentence s, int k, List<Candidate> gaz) {
        Token t = s.token(k);
        String w = lower(t);
        // the tagger takes some surnames for common nouns ("Hazard"): capitalised inside a sentence is enough
        boolean nameShaped = isNameToken(s, k) && t.isProperNoun()
                || k > 0 && t.isCapitalised() && "NOUN".equals(t.pos()) && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
        return nameShaped && !NOT_NAMES.contains(w) && !isTitleWord(t) && !orgHeads.contains(w)
                && !locationHeads.contains(w) && !eventHeads.contains(w) && !COMPASS.contains(w)
                && gazetteer.lookup(t.text()).isEmpty() && !w.endsWith("'s") && !w.endsWith("\u2019s")
                && gaz.stream().noneMatch(g -> g.from <= k && k < g.to);
    }

    /**
     * Drops what is not an entity and corrects a person that is a place: events ("World Cup"), language
     * names and lone demonyms (the gazetteer already decided whether those stand for a state); a
     * person-typed name that starts with a compass word ("East Mosul") or is a GeoNames place
     * ("Raqqah", "Tabqa") without a title before it or a verb of saying after it is a location.
     */
    private List<Candidate> refine(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            String last = lower(s.token(c.to - 1));
            if (eventHeads.contains(last) && (c.type != EntityType.ORGANIZATION || DOCUMENT_HEADS.contains(last))) {
                continue;
            }
            if (c.length() == 1 && (languages.contains(last) || isDemonym(s.token(c.from)))) {
                continue;
            }
            if (headWordAlone(s, c, last)) {
                continue;
            }
            if (c.type == EntityType.PERSON && placeShaped(s, c)) {
                c = new Candidate(c.from, c.to, EntityType.LOCATION, false, false);
            }
            if (c.type != EntityType.PERSON && !c.gazetteer && HYPHENATED_GIVEN_NAME.matcher(s.span(c.from, c.to)).matches()
                    && gazetteer.lookup(s.span(c.from, c.to)).isEmpty()) {
                c = new Candidate(c.from, c.to, EntityType.PERSON, false, false); // "Park Sun-won", "Lai Ching-te"
            }
            out.add(c);
        }
        return out;
    }

    /**
     * A head word taken alone where it names nothing: "Army chief" opening a sentence, "the Islamic
     * Republic's". Not when a name can grow around it (its modifiers, an of-phrase either side), nor
     * mid-sentence after a lower-case word, where it may be a name ("the Coalition said", "Congress").
     */
    private boolean headWordAlone(Sentence s, Candidate c, String word) {
        if (c.length() != 1 || c.gazetteer || !gazetteer.lookup(s.token(c.from).text()).isEmpty() || BODIES_ALONE.contains(word)) {
            return false;
        }
        boolean head = orgHeads.contains(word);
        if (!NOT_ALONE.contains(word) && !(head && (c.from == 0 || s.token(c.from - 1).isCapitalised()))) {
            return false;
        }
        boolean grows = c.type == EntityType.ORGANIZATION && head && modifiersBefore(s, c.from) < c.from
                || headBefore(s, c.from) < c.from
                || c.to + 1 < s.size() && OF_PHRASE_OPENERS.contains(lower(s.token(c.to))) && s.token(c.to + 1).isCapitalised();
        return !grows;
    }

    private boolean placeShaped(Sentence s, Candidate c) {
        if (c.length() >= 2 && COMPASS.contains(lower(s.token(c.from)))) {
            return true;
        }
        if (!gazetteer.isPlace(s.span(c.from, c.to))) {
            return false;
        }
        boolean titled = c.from > 0 && isTitleWord(s.token(c.from - 1));
        boolean speaks = c.to < s.size() && SAY_LEMMAS.contains(s.token(c.to).lowerLemma());
        return !titled && !speaks;
    }

    /** "Robert F" "." "Kennedy Jr.": names the model cut at an initial's full stop are one name. */
    private static List<Candidate> joinInitials(Sentence s, List<Candidate> cs) {
        cs.sort(Comparator.comparingInt(Candidate::from));
        for (int k = cs.size() - 1; k > 0; k--) {
            Candidate a = cs.get(k - 1);
            Candidate b = cs.get(k);
            if (a.type == EntityType.PERSON && b.from == a.to + 1 && isInitialStop(s, a.to)) {
                cs.set(k - 1, new Candidate(a.from, b.to, b.type == EntityType.PERSON ? a.type : b.type, false, false));
                cs.remove(k);
            }
        }
        // "Joseph R" "." "Biden Jr.": a person's name that stops at a middle initial goes on to the surname
        for (int k = 0; k < cs.size(); k++) {
            Candidate a = cs.get(k);
            if (a.type != EntityType.PERSON || a.to - a.from < 2 || !isInitialStop(s, a.to)) {
                continue;
            }
            int end = a.to + 1;
            while (end < s.size() && (s.token(end).isProperNoun() && s.token(end).isCapitalised()
                    || end > a.to + 1 && NAME_SUFFIXES.contains(lower(s.token(end))))) {
                end++;
            }
            if (end > a.to + 1 && (k + 1 == cs.size() || cs.get(k + 1).from >= end)) {
                cs.set(k, new Candidate(a.from, end, a.type, false, false));
            }
        }
        return cs;
    }

    /**
     * "Shadow Home Secretary Yvette Cooper", "Refugee Council Enver Solomon": a title word or an
     * organisation head inside a model name, followed by two or three proper nouns, ends the first name
     * (an organisation, or nothing for a bare title) and starts a person's.
     */
    private List<Candidate> splitTitled(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            int cut = -1;
            boolean title = false;
            for (int k = c.from; k < c.to - 2; k++) {
                Token t = s.token(k);
                boolean isTitle = isTitleWord(t);
                if ((isTitle || orgHeads.contains(lower(t))) && personTail(s, k + 1, c.to)) {
                    cut = k + 1;
                    title = isTitle;
                }
            }
            if (cut < 0) {
                out.add(c);
                continue;
            }
            if (!title && cut > c.from) {
                out.add(new Candidate(c.from, cut, EntityType.ORGANIZATION, false, false));
            }
            out.add(new Candidate(cut, c.to, EntityType.PERSON, false, false));
        }
        return out;
    }

    /** Tokens [from, to) are two or three capitalised proper nouns with no head word: a person's name. */
    private boolean personTail(Sentence s, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (glued(s, k - 1, k) && k > from || isInitialStop(s, k) || k > from && PARTICLES.contains(lower(t))) {
                continue;
            }
            if (!t.isCapitalised() || !t.isProperNoun() || isTitleWord(t) || orgHeads.contains(lower(t))
                    || locationHeads.contains(lower(t)) || !gazetteer.lookup(t.text()).isEmpty()) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 3;
    }

    /** Token {@code i} is a full stop glued to a single capital letter ("F" "."). */
    private static boolean isInitialStop(Sentence s, int i) {
        return i > 0 && i < s.size() && s.token(i).text().equals(".") && s.token(i).start() == s.token(i - 1).end()
                && s.token(i - 1).text().matches("\\p{Lu}");
    }

    /** "South Korean government": a demonym before a common noun is the country, not a named body. */
    private boolean isDemonymPhrase(Sentence s, Candidate c) {
        return !s.token(c.to - 1).isProperNoun() && !orgHeads.contains(lower(s.token(c.to - 1)));
    }

    private List<Candidate> gazetteerCandidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.token(i).isCapitalised() || lower(s.token(i)).equals("the")) {
                i++;
                continue;
            }
            int end = gazetteerMatch(s, i);
            if (end > i) {
                Gazetteer.Entry e = gazetteer.lookup(s.span(i, end)).get(0);
                if (end < s.size() && s.token(end).text().equals(".") && s.token(end).start() == s.token(end - 1).end()
                        && s.token(end - 1).text().contains(".")) {
                    end++; // "U.N" "." is "U.N."
                }
                boolean language = end == i + 1 && i > 0 && languages.contains(lower(s.token(i)))
                        && LANGUAGE_CUES.contains(lower(s.token(i - 1)));
                if (!language && (e.kind() != Gazetteer.Kind.DEMONYM || demonymStandsForState(s, end))) {
                    out.add(new Candidate(i, end, e.type(), true, e.kind() == Gazetteer.Kind.CAPITAL));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** End of the longest gazetteer name starting at {@code i}, or {@code i}. */
    private int gazetteerMatch(Sentence s, int i) {
        int best = i;
        for (int end = i + 1; end <= Math.min(s.size(), i + gazetteer.longestName() + 3); end++) {
            String span = s.span(i, end);
            if (!gazetteer.lookup(span).isEmpty() && shapeFits(s, i, end)) {
                best = end;
            }
        }
        return best;
    }

    /** Short names must be written in capitals ("US", not the pronoun "us"); the last word must be capitalised. */
    private static boolean shapeFits(Sentence s, int i, int end) {
        String span = s.span(i, end);
        String letters = span.replace(".", "");
        if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (end < s.size() && s.token(end).text().equals("-") && s.token(end).start() == s.token(end - 1).end()
                && compoundTailAt(s, end) < 0) {
            return false; // "Kim Jong-" is not "Kim" followed by a hyphen; "Iran-backed" is Iran
        }
        return s.token(end - 1).isCapitalised();
    }

    /**
     * A demonym names its country when it stands alone ("the Israelis", "the South Korean said") or
     * qualifies the state's people or organs ("Israeli officials", "Korean troops"); before other nouns
     * it is a language or an origin ("a Korean expert", "English food") and names nothing.
     */
    private boolean demonymStandsForState(Sentence s, int end) {
        if (end >= s.size()) {
            return true;
        }
        Token next = s.token(end);
        String pos = next.pos();
        if (!"NOUN".equals(pos) && !"PROPN".equals(pos) && !"ADJ".equals(pos)) {
            return true;
        }
        for (int k = end; k < Math.min(s.size(), end + 3); k++) {
            Token t = s.token(k);
            String w = lower(t);
            if (stateNouns.contains(t.lowerLemma()) || stateNouns.contains(w) || isTitleWord(t)
                    || w.endsWith("s") && stateNouns.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
            if (!"ADJ".equals(t.pos()) && !"NOUN".equals(t.pos()) && !"PROPN".equals(t.pos())) {
                break;
            }
        }
        return false;
    }

    private List<Candidate> modelCandidates(Sentence s, NameFinderME finder) {
        String[] tokens = new String[s.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = s.token(i).text();
        }
        List<Candidate> out = new ArrayList<>();
        for (Span span : finder.find(tokens)) {
            int from = span.getStart();
            int to = span.getEnd();
            // leading honorifics, titles and determiners are not part of the name
            while (from < to && (isTitleWord(s.token(from)) || "DET".equals(s.token(from).pos())
                    || "PUNCT".equals(s.token(from).pos()) || isOpeningPreposition(s.token(from)))) {
                from++;
            }
            from = afterPortfolio(s, from, to);
            while (to > from && ("PUNCT".equals(s.token(to - 1).pos()) && !(s.token(to - 1).text().equals(".") && to - 2 >= from
                    && s.token(to - 2).text().length() <= 2)
                    || "PART".equals(s.token(to - 1).pos()) || s.token(to - 1).text().equals("'s"))) {
                to--;
            }
            while (to - 1 > from && NAME_JOINERS.contains(s.token(to - 1).text())) {
                to--; // "University of" is cut before the rest of its name
            }
            to = extendGlued(s, to);
            from = extendGluedBack(s, from);
            if (from >= to || !plausibleName(s, from, to)) {
                continue;
            }
            EntityType type = switch (span.getType()) {
                case "person" -> EntityType.PERSON;
                case "organization" -> EntityType.ORGANIZATION;
                default -> EntityType.LOCATION;
            };
            out.add(new Candidate(from, to, correctType(s, from, to, type), false, false));
        }
        return out;
    }

    /** Words the tokenizer split off a name ("Sung" "-Han", "Mun-" "hui", "Sung" "-" "Han"): take the rest of the word. */
    private static int extendGlued(Sentence s, int to) {
        while (to < s.size() && glued(s, to - 1, to)) {
            to++;
        }
        return to;
    }

    private static int extendGluedBack(Sentence s, int from) {
        while (from >= 1 && from < s.size() && glued(s, from - 1, from) && (s.token(from - 1).isCapitalised() || s.token(from - 1).text().equals("-"))) {
            from--;
        }
        return from;
    }

    /**
     * If a hyphenated modifier's tail starts at token {@code k} ("-" "based", "-based", or "based" after
     * "NATO-"), the index of its last token; otherwise -1.
     */
    static int compoundTailAt(Sentence s, int k) {
        if (k <= 0 || k >= s.size()) {
            return -1;
        }
        Token t = s.token(k);
        Token before = s.token(k - 1);
        if (before.end() != t.start()) {
            return -1;
        }
        String w = t.text();
        if (w.equals("-") || w.equals("\u2010") || w.equals("\u2011")) {
            return k + 1 < s.size() && s.token(k + 1).start() == t.end() && COMPOUND_TAILS.contains(lower(s.token(k + 1))) ? k + 1 : -1;
        }
        if (w.length() > 1 && w.charAt(0) == '-') {
            return COMPOUND_TAILS.contains(w.substring(1).toLowerCase(Locale.ROOT)) ? k : -1;
        }
        return before.text().length() > 1 && before.text().endsWith("-") && COMPOUND_TAILS.contains(lower(t)) ? k : -1;
    }

    /**
     * Candidates cut at a hyphenated modifier: "Vienna-based agency" is Vienna; "Athens-based Helios
     * Marine Management" is Athens and Helios Marine Management; "NATO-led Kosovo Force" is NATO and
     * Kosovo Force. The name after an organisation-making tail ("-based", "-run", "-backed") is an
     * organisation unless the gazetteer knows it.
     */
    private List<Candidate> splitCompounds(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Candidate rest = c;
            if (c.type != EntityType.ORGANIZATION && !c.gazetteer && afterOrganisationTail(s, c.from)
                    && gazetteer.lookup(s.span(c.from, c.to)).isEmpty()) {
                rest = new Candidate(c.from, c.to, EntityType.ORGANIZATION, false, false); // "the Oslo-based | Nordvik Shipping"
            }
            for (int k = c.from + 1; k < rest.to; k++) {
                int last = compoundTailAt(s, k);
                if (last < 0) {
                    continue;
                }
                if (k > rest.from) {
                    out.add(new Candidate(rest.from, k, rest.type, rest.gazetteer, false));
                }
                int from = last + 1;
                if (from >= rest.to || !s.token(from).isCapitalised()) {
                    rest = null;
                    break;
                }
                EntityType type = ORGANISATION_TAILS.contains(tailWord(s.token(last)))
                        && gazetteer.lookup(s.span(from, rest.to)).isEmpty() ? EntityType.ORGANIZATION : rest.type;
                rest = new Candidate(from, rest.to, type, false, false);
                k = from;
            }
            if (rest != null) {
                out.add(rest);
            }
        }
        return out;
    }

    /** "based" of "based" or "-based". */
    private static String tailWord(Token t) {
        String w = lower(t);
        return w.startsWith("-") ? w.substring(1) : w;
    }

    private static boolean afterOrganisationTail(Sentence s, int from) {
        for (int k = Math.max(1, from - 2); k < from; k++) {
            if (compoundTailAt(s, k) == from - 1) {
                return ORGANISATION_TAILS.contains(tailWord(s.token(from - 1)));
            }
        }
        return false;
    }

    /** Tokens {@code a} and {@code b} are pieces of one hyphenated word. */
    private static boolean glued(Sentence s, int a, int b) {
        if (a < 0 || b >= s.size() || a >= b) {
            return false;
        }
        Token x = s.token(a);
        Token y = s.token(b);
        if (x.end() != y.start() || y.text().isEmpty() || compoundTailAt(s, b) >= 0) {
            return false;
        }
        if (x.text().endsWith("-") || y.text().startsWith("-") && y.text().length() > 1) {
            return true;
        }
        if (Character.isUpperCase(x.text().charAt(x.text().length() - 1)) && Character.isUpperCase(y.text().charAt(0))
                && x.text().chars().allMatch(Character::isLetter) && y.text().chars().allMatch(Character::isLetter)) {
            return true; // an acronym the tokenizer cut in two ("SD" "F")
        }
        return y.text().equals("-") && b + 1 < s.size() && s.token(b + 1).start() == y.end()
                && Character.isLetter(s.token(b + 1).text().charAt(0));
    }

    /** A name has a capitalised word or a number ("38 North") first and no lower-case word but particles and joiners. */
    private boolean plausibleName(Sentence s, int from, int to) {
        Token first = s.token(from);
        if (!first.isCapitalised() && !"NUM".equals(first.pos())) {
            return false;
        }
        boolean content = false;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            String w = lower(t);
            if (t.isCapitalised()) {
                if (!NOT_NAMES.contains(w.replace(".", "")) && !isTitleWord(t)) {
                    content = true;
                }
            } else if (!PARTICLES.contains(w) && !NAME_JOINERS.contains(w) && !"NUM".equals(t.pos())
                    && !t.text().equals("-") && !t.text().equals(".") && !t.text().equals("'") && !NAME_SUFFIXES.contains(w)
                    && !(k > from && glued(s, k - 1, k))) {
                return false;
            }
        }
        if (to - from == 1 && (first.text().length() == 1 || COMPASS.contains(lower(first)))) {
            return false; // "the South" alone is too vague to name anything
        }
        return content;
    }

    private boolean isTitleWord(Token t) {
        String w = lower(t);
        return honorifics.contains(w) || titles.contains(w) || titles.contains(w.replace(".", ""));
    }

    /** Context beats the model: head words, honorifics. */
    private EntityType correctType(Sentence s, int from, int to, EntityType type) {
        String last = lower(s.token(to - 1));
        if (orgHeads.contains(last) || (to - from >= 3 && hasOrgHead(s, from, to))) {
            return EntityType.ORGANIZATION;
        }
        if (locationHeads.contains(last) && to - from >= 2) {
            return EntityType.LOCATION;
        }
        if (from > 0 && honorifics.contains(lower(s.token(from - 1)))) {
            return EntityType.PERSON;
        }
        if (type == EntityType.PERSON && from > 0 && PLACE_PREPOSITIONS.contains(lower(s.token(from - 1)))
                && !(to < s.size() && Discourse.isPossessive(s.token(to)))) {
            return EntityType.LOCATION; // "near Al Huwayjah", "in Raqqa"; not "in Biden's speech"
        }
        return type;
    }

    private List<Candidate> ruleCandidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (i + 1 < s.size() && ("NUM".equals(s.token(i).pos()) || s.token(i).text().matches("\\d+"))) {
                // a number opens a name only right after a noun for a kind of organisation ("the think tank 38 North")
                int end = properNameRun(s, i + 1);
                if (end > i + 1 && followsOrgNoun(s, i)) {
                    out.add(new Candidate(i, end, EntityType.ORGANIZATION, false, false));
                    i = end;
                    continue;
                }
            }
            int named = afterPortfolio(s, i, s.size());
            if (named > i) {
                // "Secretary of State Antony Blinken": the tagger's tags are no guide in such a row of capitals
                int nameEnd = named;
                while (nameEnd < s.size() && nameEnd - named < 3 && s.token(nameEnd).isCapitalised()
                        && !isTitleWord(s.token(nameEnd)) && !NOT_NAMES.contains(lower(s.token(nameEnd)))
                        && !"PUNCT".equals(s.token(nameEnd).pos()) && gazetteer.lookup(s.token(nameEnd).text()).isEmpty()) {
                    nameEnd = extendGlued(s, nameEnd + 1);
                }
                boolean body = false;
                for (int k = named; k < Math.min(s.size(), nameEnd + 1); k++) {
                    body |= orgHeads.contains(lower(s.token(k))) || locationHeads.contains(lower(s.token(k)));
                }
                if (nameEnd > named && !body) {
                    out.add(new Candidate(named, nameEnd, EntityType.PERSON, false, false));
                    i = nameEnd;
                    continue;
                }
            }
            int end = properNameRun(s, i);
            if (end == i && i > 0 && isTitleWord(s.token(i - 1)) && mistaggedName(s, i)) {
                end = properNameRun(s, i + 1); // "Foreign Minister Wang Yi" with "Wang" tagged as a verb
            }
            if (end == i && s.token(i).isCapitalised() && "ADJ".equals(s.token(i).pos())) {
                // "Syrian Democratic Forces": capitalised adjectives open a name that ends in an organisation head
                int k = i;
                while (k < s.size() && s.token(k).isCapitalised() && "ADJ".equals(s.token(k).pos())) {
                    k++;
                }
                int runEnd = properNameRun(s, k);
                if (runEnd == k && k < s.size() && s.token(k).isCapitalised() && orgHeads.contains(lower(s.token(k)))) {
                    runEnd = k + 1; // "Intergovernmental Authority" with the head tagged as a common noun
                }
                if (runEnd > k && orgHeads.contains(lower(s.token(runEnd - 1)))) {
                    end = runEnd;
                }
            }
            if (end > i) {
                EntityType type = typeOf(s, i, end);
                if (type != null) {
                    out.add(new Candidate(i, end, type, false, false));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Where the name starts in tokens [from, to) that follow a title and "of" or "for": after the words
     * of the title's portfolio ("Minister of Education Stefania Giannini", "Secretary of State Antony
     * Blinken"); {@code from} when there is no such title or nothing follows the portfolio.
     */
    private int afterPortfolio(Sentence s, int from, int to) {
        int k = from;
        if (k < to && PORTFOLIO_OPENERS.contains(lower(s.token(k))) && k > 0 && isTitleWord(s.token(k - 1))) {
            k++;
        } else if (!(k >= 2 && PORTFOLIO_OPENERS.contains(lower(s.token(k - 1))) && isTitleWord(s.token(k - 2)))) {
            return from;
        }
        int start = k;
        while (k < to) {
            int place = gazetteerMatch(s, k);
            if (place > k) {
                k = place; // "Minister for the Middle East Tobias Ellwood"
            } else if (portfolios.contains(lower(s.token(k))) || COMPASS.contains(lower(s.token(k)))) {
                k++;
            } else {
                break;
            }
        }
        return k > start && k < to && s.token(k).isCapitalised() ? k : from;
    }

    /**
     * A capitalised word right after a title that the tagger took for another part of speech but that
     * reads as a name: not inflected (its lemma is itself), not a function word, and followed by a
     * proper noun ("Wang" tagged VERB in "Foreign Minister Wang Yi").
     */
    private boolean mistaggedName(Sentence s, int i) {
        Token t = s.token(i);
        String w = lower(t);
        return t.isCapitalised() && i + 1 < s.size() && isNameToken(s, i + 1) && !isTitleWord(t)
                && t.lowerLemma().equals(w) && !NOT_NAMES.contains(w) && !PRONOUNS.contains(w)
                && !FUNCTION_TAGS.contains(t.pos())
                && gazetteer.lookup(t.text()).isEmpty();
    }

    /** After particles from {@code i} and the proper noun they lead to ("von der Leyen", "da Silva"), or {@code i}. */
    private static int particlesThenName(Sentence s, int i) {
        int k = i;
        while (k < s.size() && k - i < 3 && PARTICLES.contains(lower(s.token(k)))) {
            k++;
        }
        if (k > i && k + 1 < s.size() && s.token(k).text().equals("-") && glued(s, k - 1, k) && s.token(k + 1).isCapitalised()) {
            return extendGlued(s, k + 2); // "al" "-" "Aiser"
        }
        if (k > i && k < s.size() && s.token(k).text().length() > 1 && s.token(k).text().charAt(0) == '-'
                && Character.isUpperCase(s.token(k).text().charAt(1)) && s.token(k - 1).end() == s.token(k).start()) {
            return extendGlued(s, k + 1); // "al" "-Hayya"
        }
        boolean name = k < s.size() && (isNameToken(s, k) || s.token(k).isCapitalised() && "NOUN".equals(s.token(k).pos()));
        return k > i && name ? extendGlued(s, k + 1) : i;
    }

    /** End of a run of proper-name tokens starting at {@code i}, or {@code i} if none starts there. */
    private int properNameRun(Sentence s, int i) {
        if (i >= s.size() || !isNameToken(s, i) || isTitleWord(s.token(i))) {
            return i;
        }
        int end = i + 1;
        int next;
        while (end < s.size()) {
            Token t = s.token(end);
            String w = lower(t);
            if (isNameToken(s, end)) {
                end++;
            } else if (isInitialStop(s, end) && end + 1 < s.size() && isNameToken(s, end + 1)) {
                end += 2; // "Robert F. Kennedy"
            } else if (glued(s, end - 1, end)) {
                end = extendGlued(s, end); // "Sung-Han", "Mun-hui": hyphenated given names the tokenizer splits
            } else if ((next = particlesThenName(s, end)) > end) {
                end = next; // "Ursula von der Leyen", "Lula da Silva"
            } else if (NAME_SUFFIXES.contains(w) && t.isCapitalised()) {
                end++;
            } else if (orgHeadAt(s, end)) {
                end++; // "Rapid Support Forces" with the head tagged as a common noun
            } else if (NAME_JOINERS.contains(w) && end + 1 < s.size()
                    && isNameToken(s, end + 1) && hasOrgHead(s, i, end)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** The words before token {@code i} end with a noun for a kind of organisation ("think tank", "newspaper"). */
    private boolean followsOrgNoun(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (orgNouns.contains(s.span(k, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrgHead(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (orgHeads.contains(lower(s.token(k)))) {
                return true;
            }
        }
        return false;
    }

    /** A locative preposition that can open a sentence before a place ("Near Al Huwayjah"); "To" can be a name. */
    private static boolean isOpeningPreposition(Token t) {
        return LOCATIVES.contains(lower(t)) && !lower(t).equals("to");
    }

    private static boolean isNameToken(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isCapitalised() || NOT_NAMES.contains(lower(t).replace(".", "")) || isOpeningPreposition(t)) {
            return false; // "Near Al Huwayjah": a preposition opening the sentence is not part of the name
        }
        if (t.text().length() == 1 && !t.text().matches("[A-Z]")) {
            return false;
        }
        if (t.isProperNoun()) {
            return true;
        }
        // the tagger takes some foreign names for other words ("Yi" as a pronoun) inside a sentence
        return i > 0 && "PRON".equals(t.pos()) && !PRONOUNS.contains(lower(t));
    }

    /** The type the context gives a proper-noun run the model missed, or null when the context says nothing. */
    private EntityType typeOf(Sentence s, int from, int to) {
        String last = lower(s.token(to - 1));
        if (orgHeads.contains(last) || hasOrgHead(s, from, to)) {
            return EntityType.ORGANIZATION;
        }
        if (locationHeads.contains(last) && to - from >= 2) {
            return EntityType.LOCATION;
        }
        if (from > 0) {
            Token before = s.token(from - 1);
            if (isTitleWord(before)) {
                return EntityType.PERSON;
            }
            if (followsOrgNoun(s, from)) {
                return EntityType.ORGANIZATION;
            }
            if (LOCATIVES.contains(lower(before)) && !before.text().equals("to") && to - from <= 3
                    && s.token(from).isProperNoun()) {
                return EntityType.LOCATION; // "in Mosul", "near Dayr Az Zawr"
            }
            if (lower(before).equals("of") && from >= 2 && PLACE_NOUNS.contains(lower(s.token(from - 2))) && to - from <= 3
                    && s.token(from).isProperNoun()) {
                return EntityType.LOCATION; // "the town of Zvecan", "the provinces of Hodeidah and Saada"
            }
        }
        if (to < s.size() && SAY_LEMMAS.contains(s.token(to).lowerLemma()) && to - from >= 2) {
            return EntityType.PERSON;
        }
        if (to - from >= 2 && appositiveTitle(s, to)) {
            return EntityType.PERSON; // "Lee Hae-jin, a former minister,"
        }
        if (to - from >= 2 && to - from <= 4 && personShaped(s, from, to)) {
            return EntityType.PERSON;
        }
        if (to - from == 1 && s.token(from).isProperNoun() && gazetteer.isPlace(s.token(from).text())
                && !(to < s.size() && SAY_LEMMAS.contains(s.token(to).lowerLemma()))
                && !(from > 0 && "NUM".equals(s.token(from - 1).pos())) && !joinedToName(s, to)) {
            return EntityType.LOCATION; // "shelled Kharkiv": a lone proper noun that is a known place
        }
        String text = s.span(from, to).replace(".", "");
        if (to - from == 1 && text.length() >= 2 && text.length() <= 6 && text.equals(text.toUpperCase(Locale.ROOT))
                && text.chars().allMatch(Character::isLetter)) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** Token {@code to} joins what is before it to a following capitalised word ("Globe and Mail"). */
    private static boolean joinedToName(Sentence s, int to) {
        return to + 1 < s.size() && AND_WORDS.contains(lower(s.token(to))) && s.token(to + 1).isCapitalised();
    }

    /** ", a former minister" / ", the company's chief executive" after a name. */
    private boolean appositiveTitle(Sentence s, int to) {
        if (to + 1 >= s.size() || !s.token(to).text().equals(",")) {
            return false;
        }
        for (int k = to + 1; k < Math.min(s.size(), to + 6); k++) {
            Token t = s.token(k);
            if (titles.contains(lower(t))) {
                return true;
            }
            if (t.text().equals(",") || "VERB".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** Two to four capitalised proper nouns, none of them a gazetteer name or a head word: most often a person. */
    private boolean personShaped(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            String w = lower(t);
            if (glued(s, k - 1 < from ? k : k - 1, k) && k > from) {
                continue;
            }
            if (!t.isProperNoun() && !(k > from && NAME_SUFFIXES.contains(w)) && !PARTICLES.contains(w)) {
                return false;
            }
            if (locationHeads.contains(w) || isTitleWord(t) || !gazetteer.lookup(t.text()).isEmpty()
                    || t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Token t) {
        return t.lower();
    }
}
