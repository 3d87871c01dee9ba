package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.extract.RelationRules.Element;
import org.newsgraph.extract.RelationRules.ElementKind;
import org.newsgraph.extract.RelationRules.RoleClass;
import org.newsgraph.extract.RelationRules.Rule;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Matches one rule's token pattern against one sentence (see {@code relations.rules} for the elements). */
final class PatternMatcher {
    private static final int GAP = 6;
    private static final int PAREN = 14;
    private static final int TITLE_MODIFIERS = 4;
    private static final Set<String> TITLE_POS = Set.of("ADJ", "NOUN", "PROPN");
    private static final Set<String> TITLE_WORDS = Set.of("former", "acting", "deputy", "vice", "senior", "chief",
            "then", "interim", "outgoing", "incoming", "top", "assistant", "associate", "-");
    private static final Set<String> CONTENT_SKIP = Set.of("that", ",", ":", "to");

    /** What a match bound. Token indexes are within the sentence; content is text. */
    record Match(Rule rule, Discourse.Arg a, Discourse.Arg b, Mention prefix, String title, RoleClass roleClass,
                 String content, int contentStart, int contentEnd, int start, int triggerEnd, int sentence) {
    }

    private static final Set<String> CONTENT_OPENERS = Set.of("that", ":");

    private final Discourse d;
    private final List<RoleClass> roleClasses;
    private final Set<String> addressed;
    private final Map<Integer, List<int[]>[]> headEnds = new HashMap<>();
    private Map<String, List<int[]>> headsByLast;
    /** Per sentence, which word sets some token outside a mention matches (see {@link #couldMatch}). */
    private final Map<Integer, IdentityHashMap<Set<String>, Boolean>> wordsIn = new HashMap<>();
    private final DependencyMatcher dependencies;

    PatternMatcher(Discourse d, List<RoleClass> roleClasses, Set<String> addressed) {
        this.addressed = addressed;
        // roles without a named holder ("the South Korean president") are resolved later, once titles are known
        this.d = d;
        this.roleClasses = roleClasses;
        this.dependencies = new DependencyMatcher(d);
    }

    /** Parses at once every sentence the dependency rules among these will read. */
    void parseAhead(List<Rule> rules) {
        dependencies.parseAhead(rules);
    }

    /** Every match of the rule in the sentence, at most one per start position (per trigger for a dependency rule). */
    List<Match> matches(Rule rule, int sentence) {
        if (rule.readsSyntax()) {
            return dependencies.matches(rule, sentence);
        }
        Sentence s = d.sentence(sentence);
        if (!couldMatch(rule, sentence, s)) {
            return List.of();
        }
        List<Element> p = rule.pattern();
        List<Match> out = new ArrayList<>();
        ElementKind first = p.get(0).kind();
        boolean subject = first == ElementKind.SUBJ_A || first == ElementKind.SUBJ_B;
        boolean contentFirst = first == ElementKind.CONTENT;
        for (int start = 0; start < s.size(); start++) {
            State st = new State(rule, sentence, s);
            st.start = start;
            if (subject || contentFirst) {
                if (!match(st, p, 1, start)) {
                    continue;
                }
                if (subject) {
                    Discourse.Arg arg = d.subjectBefore(sentence, start);
                    Set<EntityType> types = p.get(0).types();
                    if (arg == null || !types.contains(arg.entity().type()) && !types.contains(arg.actor().type())) {
                        continue; // "A^:Person score for B"
                    }
                    if (first == ElementKind.SUBJ_A) {
                        st.a = arg;
                    } else {
                        st.b = arg;
                    }
                } else {
                    int end = start;
                    while (end > 0 && (Discourse.lower(s.token(end - 1)).equals(",") || s.token(end - 1).isQuoteMark())) {
                        end--;
                    }
                    if (end < 2) {
                        continue;
                    }
                    st.content = s.span(0, end);
                    st.contentStart = s.token(0).start();
                    st.contentEnd = s.token(end - 1).end();
                }
            } else if (!match(st, p, 0, start)) {
                continue;
            }
            if (st.a != null && st.b != null && st.a.actor().equals(st.b.actor())
                    && !(rule.target().equals("locatedIn") && !st.a.entity().equals(st.b.entity()))) {
                continue; // one actor twice; but a capital lies in its country ("Taipei, Taiwan")
            }
            out.add(new Match(rule, st.a, st.b, st.prefix, st.title, st.roleClass, st.content,
                    st.contentStart, st.contentEnd, start, st.triggerEnd, sentence));
        }
        return out;
    }

    /**
     * False when the sentence lacks something a required element of the rule needs wherever it
     * would match: a word outside a mention, a role head, a comma. Most rules fail this way on most
     * sentences, and the test is much cheaper than trying the pattern at every token.
     */
    private boolean couldMatch(Rule rule, int sentence, Sentence s) {
        for (Element e : rule.pattern()) {
            if (e.optional()) {
                continue;
            }
            boolean possible = switch (e.kind()) {
                case WORD -> hasWord(sentence, s, e.words());
                case TITLE -> hasRoleHead(sentence, s);
                case COMMA, PAREN -> hasWord(sentence, s, COMMA_WORD);
                default -> true;
            };
            if (!possible) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> COMMA_WORD = Set.of(",");

    private boolean hasWord(int sentence, Sentence s, Set<String> words) {
        return wordsIn.computeIfAbsent(sentence, k -> new IdentityHashMap<>()).computeIfAbsent(words, w -> {
            for (int i = 0; i < s.size(); i++) {
                if (words == COMMA_WORD ? s.token(i).text().equals(",")
                        : d.mentionAt(sentence, i) == null && wordMatches(words, s.token(i))) {
                    return true;
                }
            }
            return false;
        });
    }

    private boolean hasRoleHead(int sentence, Sentence s) {
        for (List<int[]> heads : headsEndingAt(sentence, s)) {
            if (!heads.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final class State {
        final Rule rule;
        final int sentence;
        final Sentence s;
        int start;
        Discourse.Arg a;
        Discourse.Arg b;
        Mention prefix;
        String title;
        RoleClass roleClass;
        String content;
        int contentStart;
        int contentEnd;
        int triggerEnd;

        State(Rule rule, int sentence, Sentence s) {
            this.rule = rule;
            this.sentence = sentence;
            this.s = s;
        }
    }

    /** Binds argument A or B, matches the rest of the pattern from {@code next}, and unbinds it on failure. */
    private boolean bindAndMatch(State st, List<Element> p, int ei, boolean isA, Discourse.Arg arg, int next) {
        Discourse.Arg saved = isA ? st.a : st.b;
        if (isA) {
            st.a = arg;
        } else {
            st.b = arg;
        }
        if (match(st, p, ei + 1, next)) {
            return true;
        }
        if (isA) {
            st.a = saved;
        } else {
            st.b = saved;
        }
        return false;
    }

    private boolean match(State st, List<Element> p, int ei, int pos) {
        if (ei == p.size()) {
            if (st.content == null || p.get(0).kind() == ElementKind.CONTENT) {
                st.triggerEnd = pos;
            }
            return true;
        }
        Element e = p.get(ei);
        if (e.optional()) {
            List<Element> copy = new ArrayList<>(p);
            copy.set(ei, e.required());
            if (match(st, copy, ei, pos)) {
                return true;
            }
            return match(st, p, ei + 1, pos);
        }
        Sentence s = st.s;
        switch (e.kind()) {
            case WORD -> {
                if (pos < s.size() && d.mentionAt(st.sentence, pos) == null && wordMatches(e.words(), s.token(pos))
                        && hasTag(e.tags(), s.token(pos))) {
                    return match(st, p, ei + 1, pos + 1);
                }
                return false;
            }
            case COMMA -> {
                return pos < s.size() && s.token(pos).text().equals(",") && match(st, p, ei + 1, pos + 1);
            }
            case POSSESSIVE -> {
                if (pos < s.size()) {
                    if (s.token(pos).isPossessive()) {
                        return match(st, p, ei + 1, pos + 1);
                    }
                }
                return pos > 0 && Discourse.endsPossessive(s.token(pos - 1)) && match(st, p, ei + 1, pos);
            }
            case ARG_A, ARG_B, PREFIX -> {
                int at = pos;
                Mention m = d.mentionAt(st.sentence, at);
                while ((m == null || m.tokenStart() != at) && at < s.size() && at < pos + 2
                        && (s.token(at).pos().equals("DET") || d.isHonorific(s.token(at)))) {
                    at++; // "the US", "Mr. Yoon" when the mention leaves the word out
                    m = d.mentionAt(st.sentence, at);
                }
                Discourse.Arg arg;
                if (m == null || m.tokenStart() != at) {
                    // "Yoon's" left unrecognised because the tokenizer kept the possessive on the name
                    arg = e.kind() == ElementKind.PREFIX ? null : d.possessiveName(st.sentence, pos);
                    if (arg == null || !e.types().contains(arg.entity().type())) {
                        return false;
                    }
                    return bindAndMatch(st, p, ei, e.kind() == ElementKind.ARG_A, arg, pos + 1);
                }
                arg = d.arg(m);
                Mention holder = e.kind() == ElementKind.ARG_B ? titledPersonAfter(st, m.tokenEnd()) : null;
                if (holder != null) {
                    m = holder; // "met Chinese President Xi Jinping": the object is Xi, not China
                    arg = d.arg(m);
                }
                if (e.kind() == ElementKind.PREFIX) {
                    // a country, a body, or a region named by its demonym ("English captain Harry Kane")
                    if (arg.actor().type() != EntityType.COUNTRY && arg.actor().type() != EntityType.ORGANIZATION
                            && !(arg.actor().type() == EntityType.LOCATION && d.isDemonym(m))) {
                        return false;
                    }
                    Mention saved = st.prefix;
                    st.prefix = m;
                    if (match(st, p, ei + 1, m.tokenEnd())) {
                        return true;
                    }
                    st.prefix = saved;
                    return false;
                }
                if (!e.types().contains(arg.entity().type()) && !e.types().contains(arg.actor().type())) {
                    return false;
                }
                return bindAndMatch(st, p, ei, e.kind() == ElementKind.ARG_A, arg, m.tokenEnd());
            }
            case GAP -> {
                for (int n = 0; n <= GAP && pos + n <= s.size(); n++) {
                    if (n > 0) {
                        int k = pos + n - 1;
                        Token t = s.token(k);
                        if (d.mentionAt(st.sentence, k) != null || t.isQuoteMark() || t.text().equals(";")
                                || t.text().equals(".")) {
                            return false;
                        }
                    }
                    if (match(st, p, ei + 1, pos + n)) {
                        return true;
                    }
                }
                return false;
            }
            case PAREN -> {
                if (pos >= s.size() || !s.token(pos).text().equals(",")) {
                    return false;
                }
                for (int k = pos + 2; k < s.size() && k <= pos + PAREN; k++) {
                    String w = s.token(k).text();
                    if (w.equals(";") || s.token(k).isQuoteMark()) {
                        return false;
                    }
                    if (w.equals(",")) {
                        return match(st, p, ei + 1, k + 1);
                    }
                }
                return false;
            }
            case OTHER -> {
                Mention m = d.mentionAt(st.sentence, pos);
                return m != null && m.tokenStart() == pos && match(st, p, ei + 1, m.tokenEnd());
            }
            case TITLE -> {
                return title(st, p, ei, pos);
            }
            case CONTENT, QCONTENT -> {
                return content(st, e.kind() == ElementKind.QCONTENT, pos) && match(st, p, ei + 1, s.size());
            }
            default -> throw new IllegalStateException("subject elements come first: " + st.rule.name());
        }
    }

    /** The token has one of these tags, or none are asked for ("PROPN+PART" counts as PROPN). */
    static boolean hasTag(Set<String> tags, Token t) {
        if (tags.isEmpty()) {
            return true;
        }
        String tag = t.pos();
        int plus = tag.indexOf('+');
        return tags.contains(plus > 0 ? tag.substring(0, plus) : tag);
    }

    /** By lower-case form, or by lemma unless the token is a proper noun ("States" is not "state"). */
    static boolean wordMatches(Set<String> words, Token t) {
        String w = Discourse.lower(t);
        if (words.contains(w)) {
            return true;
        }
        if (t.isProperNoun()) {
            return false;
        }
        return words.contains(t.lowerLemma()) || words.contains(t.stem());
    }

    /** A person named right after a title that starts at {@code from} ("Chinese | President Xi Jinping"). */
    private Mention titledPersonAfter(State st, int from) {
        Sentence s = st.s;
        for (int k = from; k < s.size() && k < from + 5; k++) {
            Mention m = d.mentionAt(st.sentence, k);
            if (m != null) {
                return k > from && m.tokenStart() == k && d.arg(m).entity().type() == EntityType.PERSON
                        && isRoleHead(s.token(k - 1)) ? m : null;
            }
            String tag = s.token(k).pos();
            if (!TITLE_POS.contains(tag) && !d.isHonorific(s.token(k))) {
                return null;
            }
        }
        return null;
    }

    private boolean isRoleHead(Token t) {
        String w = Discourse.lower(t);
        for (RoleClass c : roleClasses) {
            for (List<String> head : c.heads()) {
                if (head.get(head.size() - 1).equals(w) || d.isHonorific(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A role phrase from pos: a few modifiers, then a role head; the longest that lets the rest match. */
    private boolean title(State st, List<Element> p, int ei, int pos) {
        Sentence s = st.s;
        int limit = Math.min(s.size(), pos + TITLE_MODIFIERS + 4);
        List<int[]> ends = new ArrayList<>();
        for (int k = pos; k < limit; k++) {
            Token t = s.token(k);
            if (d.mentionAt(st.sentence, k) != null) {
                break;
            }
            String w = Discourse.lower(t);
            String tag = t.pos().contains("+") ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
            boolean ok = TITLE_POS.contains(tag) || TITLE_WORDS.contains(w)
                    || !headsEndingAt(st.sentence, s)[k].isEmpty() // a head whatever its tag: "barrister/ADP"
                    || w.equals("and") && k > pos // "interior and overseas minister"
                    || w.equals("of") && k > pos && !headsEndingAt(st.sentence, s)[k - 1].isEmpty() // "chief of staff", not "part of"
                    || tag.equals("ADV") && k > pos && Discourse.lower(s.token(k - 1)).equals("and"); // "and overseas/ADV"
            if ((w.equals("of") || w.equals("for")) && k > pos && !headsEndingAt(st.sentence, s)[k - 1].isEmpty()) {
                // a portfolio after the head: "Minister of Education", "Undersecretary for Health"
                int e = k + 1;
                while (e < limit + 3 && e < s.size() && d.mentionAt(st.sentence, e) == null
                        && s.token(e).isCapitalised() && s.token(e).pos().equals("PROPN")) {
                    e++;
                }
                if (e > k + 1) {
                    int[] h = headsEndingAt(st.sentence, s)[k - 1].get(0);
                    ends.add(new int[] {e, h[0], h[1]});
                }
            }
            if (!ok) {
                break;
            }
            for (int[] h : headsEndingAt(st.sentence, s)[k]) {
                if (k - h[1] + 1 >= pos) {
                    // an abbreviated head keeps its full stop: "Sen. Chuck Grassley"
                    boolean stop = k + 1 < s.size() && s.token(k + 1).text().equals(".") && t.text().length() <= 4
                            && t.isCapitalised() && s.token(k + 1).start() == t.end();
                    ends.add(new int[] {k + (stop ? 2 : 1), h[0], h[1]});
                }
            }
        }
        // longest phrase first; at the same end the longer head ("prime minister" before "minister")
        ends.sort((x, y) -> x[0] != y[0] ? x[0] - y[0] : x[2] - y[2]);
        for (int i = ends.size() - 1; i >= 0; i--) {
            int end = ends.get(i)[0];
            if (Discourse.lower(s.token(end - 1)).equals("of") || Discourse.lower(s.token(end - 1)).equals("and")) {
                continue;
            }
            String saved = st.title;
            RoleClass savedClass = st.roleClass;
            st.title = s.span(pos, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("'s$", "");
            st.roleClass = roleClasses.get(ends.get(i)[1]);
            if (match(st, p, ei + 1, end)) {
                return true;
            }
            st.title = saved;
            st.roleClass = savedClass;
        }
        return false;
    }

    /** For each token, the role heads ending there as {class index, head length}; computed once per sentence. */
    private List<int[]>[] headsEndingAt(int sentence, Sentence s) {
        return headEnds.computeIfAbsent(sentence, k -> {
            String[] words = new String[s.size()];
            String[] lemmas = new String[s.size()];
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                words[i] = withoutSuffix(Discourse.lower(t), "'s");
                lemmas[i] = withoutSuffix(t.lowerLemma(), "+'s");
            }
            @SuppressWarnings("unchecked")
            List<int[]>[] at = new List[s.size()];
            Map<String, List<int[]>> byLast = headsByLastWord();
            for (int last = 0; last < s.size(); last++) {
                at[last] = new ArrayList<>();
                // only the heads whose last word is the token's word, its lemma or its singular can end here
                String w = words[last];
                List<int[]> candidates = new ArrayList<>(byLast.getOrDefault(w, List.of()));
                if (!lemmas[last].equals(w)) {
                    candidates.addAll(byLast.getOrDefault(lemmas[last], List.of()));
                }
                if (w.endsWith("s") && !w.isEmpty()) {
                    String singular = w.substring(0, w.length() - 1);
                    if (!singular.equals(lemmas[last])) {
                        candidates.addAll(byLast.getOrDefault(singular, List.of()));
                    }
                }
                candidates.sort((x, y) -> x[0] != y[0] ? x[0] - y[0] : x[1] - y[1]); // class order, then head order
                for (int[] c : candidates) {
                    List<String> head = roleClasses.get(c[0]).heads().get(c[1]);
                    if (endsWith(words, lemmas, last, head)) {
                        at[last].add(new int[] {c[0], head.size()});
                    }
                }
            }
            return at;
        });
    }

    /** The role heads by their last word, as {class index, head index}, in class and head order. */
    private Map<String, List<int[]>> headsByLastWord() {
        if (headsByLast == null) {
            headsByLast = new HashMap<>();
            for (int ci = 0; ci < roleClasses.size(); ci++) {
                List<List<String>> heads = roleClasses.get(ci).heads();
                for (int hi = 0; hi < heads.size(); hi++) {
                    List<String> head = heads.get(hi);
                    headsByLast.computeIfAbsent(head.get(head.size() - 1), k -> new ArrayList<>()).add(new int[] {ci, hi});
                }
            }
        }
        return headsByLast;
    }

    /**
     * True if the head's words end at token {@code last}, each matching a token's word (less a
     * possessive), its lemma, or its plural. Takes the sentence's words and lemmas normalised once:
     * this runs for every token and every head, and was a third of the ingest time when it
     * lower-cased and ran a regex per comparison.
     */
    private static boolean endsWith(String[] words, String[] lemmas, int last, List<String> head) {
        int first = last - head.size() + 1;
        if (first < 0) {
            return false;
        }
        for (int i = 0; i < head.size(); i++) {
            String w = words[first + i];
            String h = head.get(i);
            if (!w.equals(h) && !lemmas[first + i].equals(h) && !isPlural(w, h)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlural(String w, String h) {
        return w.length() == h.length() + 1 && w.endsWith("s") && w.startsWith(h);
    }

    private static String withoutSuffix(String w, String suffix) {
        return w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : w;
    }

    /** "stated to LA Weekly that ...", "tweeted to a student": "to" opens an addressee, not an infinitive. */
    private boolean addresseeAfterTo(State st, int pos) {
        Sentence s = st.s;
        if (pos + 1 >= s.size() || !s.token(pos).is("to")) {
            return false;
        }
        if (d.mentionAt(st.sentence, pos + 1) != null || pos + 2 < s.size() && d.mentionAt(st.sentence, pos + 2) != null) {
            return true;
        }
        String next = s.token(pos + 1).pos();
        return next.equals("DET") || next.equals("PRON") || next.equals("NOUN") || next.equals("PROPN");
    }

    /** The rest of the sentence from pos, or the quotation opening there (which may run on). */
    private boolean content(State st, boolean needQuote, int pos) {
        Sentence s = st.s;
        int from = pos;
        if (pos > 0 && wordMatches(addressed, s.token(pos - 1)) || addresseeAfterTo(st, pos)) {
            // "told reporters in Cairo that ...": skip the addressee
            int k = pos;
            while (k < s.size() && k < pos + 25 && !CONTENT_OPENERS.contains(Discourse.lower(s.token(k)))
                    && !s.token(k).isQuoteMark()
                    && !(k > pos && s.token(k).text().equals(",") && d.mentionAt(st.sentence, k - 1) != null)) {
                k++; // ... up to "that", ":", a quotation, or the comma after a named addressee ("told CNN, ...")
            }
            if (k >= s.size() || k >= pos + 25) {
                return false;
            }
            from = k;
        }
        while (from < s.size() && CONTENT_SKIP.contains(Discourse.lower(s.token(from)))) {
            from++;
        }
        if (from >= s.size()) {
            return false;
        }
        st.triggerEnd = pos;
        String article = d.text.text();
        if (s.token(from).isQuoteMark()) {
            int offset = s.token(from).start();
            for (Discourse.Quote q : d.quotes()) {
                if (q.open() == offset) {
                    int end = q.close() + 1;
                    // the sentence may go on after the quotation: keep the rest of this sentence
                    int sentenceEnd = s.end();
                    if (q.lastSentence() == st.sentence && sentenceEnd > end) {
                        end = sentenceEnd;
                    }
                    st.content = article.substring(offset, end).strip();
                    st.contentStart = offset;
                    st.contentEnd = end;
                    return true;
                }
            }
        }
        String closing = Discourse.lower(s.token(s.size() - 1));
        if (closing.equals(":") || closing.equals(",")) {
            return false; // 'X tweeted using his account:' introduces a quotation in the next sentence
        }
        int to = s.size();
        while (to > from && (s.token(to - 1).text().equals(".") || s.token(to - 1).pos().equals("PUNCT")
                && !s.token(to - 1).isQuoteMark())) {
            to--;
        }
        if (to - from < 2 && !(to - from == 1 && from > 0 && s.token(from - 1).is("as"))) {
            return false; // one word is no content, but for a verdict: "described the ruling as historic"
        }
        String span = s.span(from, to);
        if (needQuote && !(span.contains("\"") || span.contains("\u201c") || span.contains("\u201d"))) {
            return false;
        }
        st.content = span;
        st.contentStart = s.token(from).start();
        st.contentEnd = s.token(to - 1).end();
        return true;
    }
}
