package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One article seen as a whole: which token each mention covers, where quotations run, and how a
 * clause's subject, a pronoun ("he", "it") or a role ("the adviser") finds its entity.
 */
final class Discourse {
    /** A quotation: character offsets of its marks and the sentences holding them. */
    record Quote(int open, int close, int firstSentence, int lastSentence) {
        String text(String article) {
            return article.substring(open + 1, close).strip();
        }
    }

    /** An entity with the mention that names it here (the mention is null for resolved pronouns and roles). */
    record Arg(Entity entity, Entity actor, Mention mention) {
    }

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> SUBJECT_SKIP_POS = Set.of("AUX", "ADV", "PART", "VERB", "ADJ");
    private static final Set<String> PAREN_OPENERS = Set.of("who", "which", "whose", "a", "an", "the", "former",
            "acting", "then", "now", "himself", "herself", "itself", "also", "in", "at", "as");
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("while", "after", "before", "when", "since", "by", ",");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    private static final int SUBJECT_REACH = 14;
    /** A subject that is there but names nothing ("the opposition party"). */
    private static final Arg UNNAMED = new Arg(null, null, null);
    private static final int PAREN_REACH = 16;
    private static final int PRONOUN_SENTENCES_BACK = 3;

    final AnnotatedText text;
    final ResolvedMentions resolved;
    private final List<Mention[]> mentionAt = new ArrayList<>();
    private final List<boolean[]> quoted = new ArrayList<>();
    private final List<Quote> quotes;
    private List<RoleTitle> titles = List.of();
    private final Set<String> roleHeads;
    private final Set<String> governmentNouns;
    private final Set<String> bareGovernments;
    private final Set<String> honorifics;
    private final Set<String> documents;
    private final Set<String> obtained;
    private final Set<String> female;
    private final Set<String> male;
    private final java.util.function.Predicate<String> demonym;
    private final java.util.Map<Entity, Character> sexes = new java.util.HashMap<>();
    private java.util.Optional<Entity> homeCountry;

    /**
     * The word classes a discourse reads, from {@code relations.rules} (and the gazetteer for demonyms).
     *
     * @param roleHeads       last words of role titles ("adviser", "minister")
     * @param governmentNouns nouns for a country's or body's organs ({@code @government})
     * @param bareGovernments those that, after a bare "the", mean the government of the article's country
     *                        ({@code @bare-government})
     * @param honorifics      {@code @honorific}
     * @param documents       nouns for what speaks for its author ("the Home Office letter says", {@code @document})
     * @param obtainVerbs     verbs of getting hold of a document ("a letter seen by X says": X is not its author)
     * @param female          words that mark a person as a woman ({@code @female})
     * @param male            words that mark a person as a man ({@code @male})
     * @param demonym         whether a name is a demonym ("English", "South Korean")
     */
    record Words(Set<String> roleHeads, Set<String> governmentNouns, Set<String> bareGovernments, Set<String> honorifics,
                 Set<String> documents, Set<String> obtainVerbs, Set<String> female, Set<String> male,
                 java.util.function.Predicate<String> demonym) {
    }

    Discourse(AnnotatedText text, ResolvedMentions resolved, Words words) {
        this.honorifics = words.honorifics();
        this.documents = words.documents();
        this.text = text;
        this.resolved = resolved;
        this.roleHeads = words.roleHeads();
        this.governmentNouns = words.governmentNouns();
        this.bareGovernments = words.bareGovernments();
        this.obtained = words.obtainVerbs();
        this.female = words.female();
        this.male = words.male();
        this.demonym = words.demonym();
        this.quotes = findQuotes(text);
        for (Sentence s : text.sentences()) {
            Mention[] at = new Mention[s.size()];
            for (Mention m : resolved.inSentence(s.index())) {
                for (int i = Math.max(0, m.tokenStart()); i < Math.min(s.size(), m.tokenEnd()); i++) {
                    at[i] = m;
                }
            }
            mentionAt.add(at);
            boolean[] q = new boolean[s.size()];
            for (int i = 0; i < s.size(); i++) {
                int off = s.token(i).start();
                for (Quote quote : quotes) {
                    if (quote.open() < off && off < quote.close()) {
                        q[i] = true;
                        break;
                    }
                }
            }
            quoted.add(q);
        }
    }

    void useTitles(List<RoleTitle> found) {
        this.titles = List.copyOf(found);
        sexes.clear();
    }

    /** The mention names its entity by a demonym ("English captain Harry Kane", "the South Koreans"). */
    boolean isDemonym(Mention m) {
        return demonym.test(m.text());
    }

    Sentence sentence(int i) {
        return text.sentences().get(i);
    }

    Mention mentionAt(int sentence, int token) {
        Mention[] at = mentionAt.get(sentence);
        return token >= 0 && token < at.length ? at[token] : null;
    }

    boolean inQuote(int sentence, int token) {
        return quoted.get(sentence)[token];
    }

    List<Quote> quotes() {
        return quotes;
    }

    Arg arg(Mention m) {
        return new Arg(resolved.entity(m), resolved.actor(m), m);
    }

    static String lower(Token t) {
        return t.normal();
    }

    /**
     * The subject of the clause whose verb (or trigger) starts at {@code from}: the nearest entity
     * before it, looking past auxiliaries, adverbs, "who ..." clauses and appositives, resolving a
     * pronoun or "the adviser". Null when the subject is something the article does not name.
     */
    Arg subjectBefore(int sentence, int from) {
        Arg a = findSubject(sentence, from, false);
        return a == UNNAMED ? null : a;
    }

    /** Like {@link #subjectBefore}, but {@link #UNNAMED} when the subject is a noun the article does not name. */
    /**
     * @param inMainClause true when called while looking for the sentence's main subject: then a
     *                     coordinated or participle clause cannot defer to the main subject again
     *                     (that recursion never ended on some sentences)
     */
    private Arg findSubject(int sentence, int from, boolean inMainClause) {
        Sentence s = sentence(sentence);
        int j = from - 1;
        int steps = 0;
        while (j >= 0 && steps++ < SUBJECT_REACH) {
            Token t = s.token(j);
            Mention m = mentionAt(sentence, j);
            String w = lower(t);
            if (m != null) {
                if (j + 1 < s.size() && s.token(j + 1).isPossessive() && j + 1 < from
                        || endsPossessive(s.token(m.tokenEnd() - 1)) && m.tokenEnd() <= from) {
                    return UNNAMED; // "Russia's minister said": the subject is the unnamed minister
                }
                int before = m.tokenStart() - 1;
                while (before > 0 && s.token(before).pos().equals("DET")) {
                    before--;
                }
                if (before > 1 && lower(s.token(before)).equals("by") && obtained.contains(s.token(before - 1).lowerLemma())
                        && NOMINAL.contains(s.token(before - 2).pos())) {
                    return UNNAMED; // "a leaked letter seen by Sky News says": the letter speaks, not who saw it
                }
                if (before > 0 && s.token(before).pos().equals("ADP") && !lower(s.token(before)).equals("to")
                        && NOMINAL.contains(s.token(before - 1).pos())) {
                    // "the party in Seoul said", "analysts at Brookings in Washington said": the head spoke
                    Mention head = mentionAt(sentence, before - 1);
                    if (head != null) {
                        j = head.tokenEnd() - 1;
                        continue;
                    }
                    Arg role = role(sentence, before - 1);
                    return role != null ? role : UNNAMED;
                }
                return arg(m);
            }
            if (w.equals(",") && j + 1 < from && RELATIVES.contains(lower(s.token(j + 1)))) {
                j--; // "Pistorius, who visited Kyiv": the comma opens the clause holding the verb
                continue;
            }
            if (w.equals(",")) {
                int open = openingComma(s, j);
                if (open < 0) {
                    return null;
                }
                int inside = open + 1;
                while (inside < j && isHonorific(s.token(inside))) {
                    inside++;
                }
                Mention only = mentionAt(sentence, inside);
                if (only != null && only.tokenEnd() == j) {
                    return arg(only); // "the adviser for Korea, Mr. Kim, proposed"
                }
                String first = lower(s.token(open + 1));
                boolean appositive = PAREN_OPENERS.contains(first) || s.token(open + 1).pos().equals("NOUN")
                        || s.token(open + 1).pos().equals("ADJ") || s.token(open + 1).pos().equals("NUM")
                        || isRoleHead(s.token(j - 1)); // "Gomez, Panama coach, said", "Daniel, 19, said"
                if (!appositive || mentionAt(sentence, open - 1) == null
                        && !s.token(open - 1).pos().equals("NOUN")) {
                    return null; // not an appositive or relative clause: the subject is out of reach
                }
                j = open - 1;
                continue;
            }
            if (w.equals(")")) {
                int open = j - 1; // "The World Health Organisation (WHO) recommends": past the bracket
                while (open >= 0 && open >= j - PAREN_REACH && !lower(s.token(open)).equals("(")) {
                    open--;
                }
                if (open > 0 && !lower(s.token(open)).equals("(")) {
                    return null;
                }
                Mention inside = open >= 0 ? mentionAt(sentence, open + 1) : null;
                if (inside != null && inside.tokenStart() == open + 1 && inside.tokenEnd() == j) {
                    return arg(inside); // "The Union of Rationalist Atheists (UAAR) has launched": the short name
                }
                if (open > 0) {
                    j = open - 1;
                    continue;
                }
                return null;
            }
            if (t.isQuoteMark() && j == from - 1 && inQuoteAt(sentence, from)) {
                j--; // 'the UN agency "recommended it two years ago"': the quotation opens at the verb
                continue;
            }
            if (t.isQuoteMark() || w.equals(";") || w.equals(":") || w.equals("(")) {
                return null;
            }
            if (t.pos().equals("PRON")) {
                if (w.equals("who") || w.equals("which") || w.equals("that")) {
                    j--;
                    continue;
                }
                return pronoun(sentence, j, w);
            }
            if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
                Arg g = government(sentence, j);
                if (g == null) {
                    g = role(sentence, j);
                }
                if (g == null && t.pos().equals("PROPN")) {
                    g = personOfUnnamedBody(sentence, j);
                }
                return g != null ? g : UNNAMED;
            }
            if (w.equals("and") && j + 1 < s.size() && s.token(j + 1).pos().equals("VERB") && !t.pos().equals("NOUN")) {
                return inMainClause ? null : sentenceSubject(sentence); // "X called for restraint and urged Y": X urged
            }
            if (PARTICIPLE_OPENERS.contains(w) && participleFollows(s, j + 1)) {
                return inMainClause ? null : sentenceSubject(sentence); // "..., while secretly fretting about": the main clause's subject
            }
            if (SUBJECT_SKIP_POS.contains(t.pos()) || w.equals("to")) {
                j--;
                continue;
            }
            return null;
        }
        return null;
    }

    private boolean inQuoteAt(int sentence, int token) {
        return token < sentence(sentence).size() && inQuote(sentence, token);
    }

    /**
     * "Matthew Ingram of The Globe and Mail dubbed ...": the subject is the person before "of", "at" or
     * "from" when the capitalised words after it name a body that recognition left out; null otherwise.
     */
    private Arg personOfUnnamedBody(int sentence, int last) {
        Sentence s = sentence(sentence);
        for (int k = last - 1; k > 0 && k >= last - 8; k--) {
            Token t = s.token(k);
            String w = lower(t);
            if (mentionAt(sentence, k) != null) {
                return null;
            }
            if (t.pos().equals("ADP")) {
                if (!(w.equals("of") || w.equals("at") || w.equals("from"))) {
                    return null;
                }
                Mention m = mentionAt(sentence, k - 1);
                return m != null && resolved.actor(m).type() == EntityType.PERSON && !possessive(m) ? arg(m) : null;
            }
            if (!(t.pos().equals("PROPN") || t.pos().equals("DET") || w.equals("and") || w.equals("&") || t.isCapitalised())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The named entity that opens a sentence ("The Guardian cited examples, including: ..."), for a
     * sentence whose verb the tagger missed; null when the name is a possessor or sits in a phrase.
     */
    Arg openingName(int sentence) {
        Sentence s = sentence(sentence);
        int k = 0;
        while (k < s.size() && s.token(k).pos().equals("DET")) {
            k++;
        }
        Mention m = mentionAt(sentence, k);
        if (m == null || m.tokenStart() != k || m.tokenEnd() >= s.size() || possessive(m)) {
            return null;
        }
        Token next = s.token(m.tokenEnd());
        if (next.pos().equals("ADP") || next.pos().equals("PUNCT") || next.pos().equals("CCONJ")
                || next.pos().equals("NOUN") || next.pos().equals("PROPN")) {
            return null;
        }
        return arg(m);
    }

    private static boolean participleFollows(Sentence s, int k) {
        while (k < s.size() && s.token(k).pos().equals("ADV")) {
            k++;
        }
        return k < s.size() && s.token(k).pos().equals("VERB") && s.token(k).text().endsWith("ing");
    }

    private boolean isRoleHead(Token t) {
        return roleHeads.contains(lower(t)) || roleHeads.contains(t.lowerLemma());
    }

    boolean isHonorific(Token t) {
        return honorifics.contains(lower(t));
    }

    /** The tokenizer sometimes keeps the possessive on the name ("Hale's", tagged PROPN+PART). */
    static boolean endsPossessive(Token t) {
        String w = lower(t);
        return w.length() > 2 && (w.endsWith("'s") || t.pos().endsWith("+PART"));
    }

    /** The comma opening a parenthetical that closes at {@code close}, or -1. */
    private int openingComma(Sentence s, int close) {
        for (int k = close - 1; k >= 0 && k >= close - PAREN_REACH; k--) {
            String w = lower(s.token(k));
            if (w.equals(",")) {
                return k;
            }
            if (w.equals(";") || s.token(k).isQuoteMark()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the South Korean government", "Israeli officials": the country or body that modifies the noun;
     * "the Home Office letter", "a Kremlin statement": the author of a document that speaks for it.
     */
    Arg government(int sentence, int head) {
        Sentence s = sentence(sentence);
        Token t = s.token(head);
        boolean document = documents.contains(lower(t)) || documents.contains(t.lowerLemma());
        if (!document && !governmentNouns.contains(lower(t)) && !governmentNouns.contains(t.lowerLemma())) {
            return null;
        }
        if (!document && head > 0 && lower(s.token(head - 1)).equals("the") && bareGovernments.contains(lower(t))
                && !(head + 1 < s.size() && lower(s.token(head + 1)).equals("of"))) {
            Entity home = homeCountry();
            return home == null ? null : new Arg(home, home, null); // "the government" of an article about one country
        }
        for (int k = head - 1; k >= 0 && k >= head - 4; k--) {
            Mention m = mentionAt(sentence, k);
            if (m != null) {
                EntityType type = resolved.actor(m).type();
                return type == EntityType.COUNTRY || type == EntityType.ORGANIZATION
                        || document && type == EntityType.PERSON && !possessive(m) ? arg(m) : null;
            }
            String pos = s.token(k).pos();
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !s.token(k).isPossessive()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The country an article is about, for a bare "the government": the one named at least three times
     * and at least twice as often as any other; null when no country stands out.
     */
    Entity homeCountry() {
        if (homeCountry == null) {
            homeCountry = java.util.Optional.ofNullable(clearLeader(countryMentions(), 3, 2.0));
        }
        return homeCountry.orElse(null);
    }

    /** How often each country is mentioned in the article, in the order first mentioned. */
    java.util.Map<Entity, Integer> countryMentions() {
        java.util.Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
        for (Mention m : resolved.mentions()) {
            Entity e = resolved.actor(m);
            if (e != null && e.type() == EntityType.COUNTRY) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The top-scoring entity when it clearly leads: a score of at least {@code min} and at least
     * {@code lead} times the next one's; null otherwise (so also on a tie).
     */
    static Entity clearLeader(java.util.Map<Entity, Integer> score, int min, double lead) {
        Entity top = null;
        int best = 0;
        int second = 0;
        for (var e : score.entrySet()) {
            int v = e.getValue();
            if (v > best) {
                second = best;
                best = v;
                top = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        return best >= min && best >= lead * second ? top : null;
    }

    /**
     * The subject of a sentence's main clause: the head before its first verb ("The South Korean
     * government is ...", "Yi Mun-hui allegedly told ..."), or null when that head names nothing.
     */
    Arg sentenceSubject(int sentence) {
        Arg a = mainSubject(sentence);
        return a == UNNAMED ? null : a;
    }

    private Arg mainSubject(int sentence) {
        Sentence s = sentence(sentence);
        int from = 0;
        String firstPos = s.size() > 0 ? s.token(0).pos() : "";
        if (firstPos.equals("ADP") || firstPos.equals("SCONJ") || firstPos.equals("VERB")) {
            for (int k = 0; k < s.size(); k++) {
                if (lower(s.token(k)).equals(",")) {
                    from = k + 1;
                    break;
                }
            }
        }
        for (int k = from; k < s.size(); k++) {
            Token t = s.token(k);
            boolean inMention = mentionAt(sentence, k) != null;
            if (!inMention && (t.pos().equals("VERB") || t.pos().equals("AUX"))) {
                return k > from ? findSubject(sentence, k, true) : null;
            }
            if (t.isQuoteMark() || lower(t).equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** "the adviser", "the South Korean president": the nearest earlier person given that role. */
    Arg role(int sentence, int head) {
        Sentence s = sentence(sentence);
        String w = lower(s.token(head));
        if (!roleHeads.contains(w) && !roleHeads.contains(s.token(head).lowerLemma())) {
            return null;
        }
        int k = head - 1;
        while (k >= 0 && (s.token(k).pos().equals("ADJ") || s.token(k).pos().equals("NOUN")
                || mentionAt(sentence, k) != null)) {
            k--;
        }
        if (k < 0 || !(lower(s.token(k)).equals("the") || lower(s.token(k)).equals("this"))) {
            return null;
        }
        String lemma = s.token(head).lowerLemma();
        int offset = s.token(head).start();
        Arg best = null;
        int bestStart = -1;
        for (RoleTitle t : titles) {
            if (!(t.title().endsWith(w) || t.title().endsWith(lemma))) {
                continue;
            }
            for (Mention m : t.person().mentions()) {
                if (m.start() < offset && m.start() > bestStart) {
                    bestStart = m.start();
                    best = new Arg(t.person(), t.person(), null);
                }
            }
        }
        return best;
    }

    /**
     * A possessor such as "Yoon" in "Yoon's" that recognition left out, read as the one entity that
     * has this name or surname; null when no entity or several fit.
     */
    Arg possessiveName(int sentence, int token) {
        Sentence s = sentence(sentence);
        if (token < 0 || token >= s.size() || mentionAt(sentence, token) != null) {
            return null;
        }
        Token t = s.token(token);
        String base;
        if (endsPossessive(t)) {
            base = t.text().substring(0, t.text().length() - 2);
        } else if (t.isCapitalised() && token + 1 < s.size() && s.token(token + 1).isPossessive()) {
            base = t.text();
        } else {
            return null;
        }
        Entity found = null;
        for (Entity e : resolved.entities()) {
            for (String n : e.names()) {
                if (n.equals(base) || n.endsWith(" " + base)) {
                    if (found != null && !found.equals(e)) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found == null ? null : new Arg(found, found, null);
    }

    /** "Turkey and Qatar have held talks": the entities coordinated before a subject mention. */
    List<Arg> coordinatedBefore(Arg subject) {
        List<Arg> out = new ArrayList<>();
        if (subject == null || subject.mention() == null) {
            return out;
        }
        Mention m = subject.mention();
        Sentence s = sentence(m.sentence());
        int k = m.tokenStart() - 1;
        while (k > 0 && (lower(s.token(k)).equals("and") || lower(s.token(k)).equals(","))) {
            int end = k - 1;
            while (end >= 0 && s.token(end).pos().equals("DET")) {
                end--;
            }
            Mention before = end >= 0 ? mentionAt(m.sentence(), end) : null;
            if (before == null || possessive(before)) {
                break;
            }
            out.add(arg(before));
            k = before.tokenStart() - 1;
        }
        return out;
    }

    /** The person nearest before a character offset whose title ends with the given head ("president"). */
    Entity holderOf(String head, int offset) {
        Entity best = null;
        int bestStart = -1;
        for (RoleTitle t : titles) {
            if (!t.title().endsWith(head)) {
                continue;
            }
            for (Mention m : t.person().mentions()) {
                if (m.start() < offset && m.start() > bestStart) {
                    bestStart = m.start();
                    best = t.person();
                }
            }
        }
        return best;
    }

    /** he/she: the nearest person; it and they: a country or organisation. */
    Arg pronoun(int sentence, int token, String word) {
        List<Set<EntityType>> tries;
        Set<EntityType> groups = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION);
        if (PERSON_PRONOUNS.contains(word)) {
            tries = List.of(Set.of(EntityType.PERSON));
        } else if (THING_PRONOUNS.contains(word)) {
            tries = List.of(groups);
        } else if (PLURAL_PRONOUNS.contains(word)) {
            tries = List.of(groups); // "they": a country or body; one named person is never "they"
        } else {
            return null;
        }
        if (inQuote(sentence, token)) {
            return null; // a speaker's "they" is the speaker's business
        }
        // same sentence, nearest first, outside quotations
        for (Set<EntityType> fits : tries) {
            for (int k = token - 1; k >= 0; k--) {
                Mention m = mentionAt(sentence, k);
                if (m != null && !inQuote(sentence, k) && fits.contains(resolved.actor(m).type()) && !possessive(m)
                        && agrees(resolved.actor(m), word)) {
                    return arg(m);
                }
            }
        }
        // earlier sentences: the nearest one's subject if it fits, else its first fitting mention
        for (int si = sentence - 1; si >= 0 && si >= sentence - PRONOUN_SENTENCES_BACK; si--) {
            Arg subject = mainSubject(si);
            if (subject == UNNAMED) {
                return null; // "The opposition party ... . It claimed": the pronoun stands for something unnamed
            }
            if (subject != null) {
                for (Set<EntityType> fits : tries) {
                    if (fits.contains(subject.actor().type()) && agrees(subject.actor(), word)) {
                        return subject;
                    }
                }
            }
            for (Set<EntityType> fits : tries) {
                for (Mention m : resolved.inSentence(si)) {
                    if (!inQuote(si, m.tokenStart()) && fits.contains(resolved.actor(m).type()) && !possessive(m)
                            && agrees(resolved.actor(m), word)) {
                        return arg(m);
                    }
                }
            }
        }
        return null;
    }

    /** Whether a pronoun can stand for the entity: "she" is not a man the article marks as one, nor "he" a woman. */
    private boolean agrees(Entity e, String pronoun) {
        if (e.type() != EntityType.PERSON) {
            return true;
        }
        char sex = sexOf(e);
        boolean feminine = pronoun.equals("she") || pronoun.equals("her");
        boolean masculine = pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his");
        return !(feminine && sex == 'm' || masculine && sex == 'f');
    }

    /**
     * 'f' or 'm' when the article marks the person's sex with an honorific before a mention ("Ms.
     * Ruiz", "Mr. Kim") or a title ("spokeswoman", "chairman"); 0 when it does not, or marks both.
     */
    char sexOf(Entity e) {
        return sexes.computeIfAbsent(e, p -> {
            boolean f = false;
            boolean m = false;
            for (Mention mention : p.mentions()) {
                Sentence s = sentence(mention.sentence());
                String first = mention.tokenStart() < s.size() ? lower(s.token(mention.tokenStart())) : "";
                String before = mention.tokenStart() > 0 ? lower(s.token(mention.tokenStart() - 1)) : "";
                if (mention.tokenStart() > 1 && before.equals(".")) {
                    before = lower(s.token(mention.tokenStart() - 2)); // "Ms ." split by the tokenizer
                }
                f |= female.contains(first) || female.contains(before);
                m |= male.contains(first) || male.contains(before);
            }
            for (RoleTitle t : titles) {
                if (t.person().equals(p)) {
                    String last = t.title().substring(t.title().lastIndexOf(' ') + 1);
                    f |= female.contains(last) || last.endsWith("woman");
                    m |= male.contains(last) || last.endsWith("man") && !last.endsWith("woman");
                }
            }
            return f == m ? (char) 0 : f ? 'f' : 'm';
        });
    }

    private boolean possessive(Mention m) {
        Sentence s = sentence(m.sentence());
        return m.tokenEnd() < s.size() && s.token(m.tokenEnd()).isPossessive() || endsPossessive(s.token(m.tokenEnd() - 1));
    }

    /**
     * Pairs quotation marks over the whole article: straight quotes toggle, curly ones open and close.
     * A quotation over paragraphs opens each with a mark and closes only the last ('...: "People flee.
     * [new paragraph] "No one should ..."'): each paragraph's part is a quotation of its own. A mark alone
     * on its line closes the quotation before it; an unclosed quotation ends at a blank line.
     */
    private static List<Quote> findQuotes(AnnotatedText text) {
        String a = text.text();
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '\u201c' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                out.add(new Quote(open, i, sentenceAt(text, open), sentenceAt(text, i)));
                open = -1;
            } else if (c == '\n' && open >= 0) {
                int k = i;
                while (k < a.length() && Character.isWhitespace(a.charAt(k))) {
                    k++;
                }
                boolean mark = k < a.length() && (a.charAt(k) == '"' || a.charAt(k) == '\u201c' || a.charAt(k) == '\u201d');
                boolean alone = mark && (k + 1 == a.length() || a.charAt(k + 1) == '\n' || a.charAt(k + 1) == '\r');
                if (mark && !alone && a.charAt(k) != '\u201d') {
                    int end = i;
                    while (end > open + 1 && Character.isWhitespace(a.charAt(end - 1))) {
                        end--;
                    }
                    out.add(new Quote(open, end, sentenceAt(text, open), sentenceAt(text, end - 1)));
                    open = -1;
                    i = k - 1; // the next paragraph's mark opens its part
                } else if (!alone && i + 1 < a.length() && a.charAt(i + 1) == '\n') {
                    open = -1;
                }
            }
        }
        return out;
    }

    static int sentenceAt(AnnotatedText text, int offset) {
        int found = 0;
        for (Sentence s : text.sentences()) {
            if (s.start() <= offset) {
                found = s.index();
            } else {
                break;
            }
        }
        return found;
    }

    /** The token index at or after a character offset in a sentence (size when past the end). */
    static int tokenAtOrAfter(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).end() > offset) {
                return i;
            }
        }
        return s.size();
    }
}
