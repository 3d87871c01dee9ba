package org.newsgraph.extract.recognize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Tests on tokens and their shapes that several passes share: title words, name tokens, hyphenated
 * words the tokenizer split ("glued"), initials, runs of proper nouns, the head and modifiers of an
 * organisation's name. Immutable; reads the {@link Lexicon} and the {@link Gazetteer}.
 */
final class TokenShape {
    /** A family name and a hyphenated given name, as Korean and Chinese names are written ("Park Sun-won", "Hwang Hee-Chan"). */
    static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5} \\p{Lu}\\p{Ll}+-(\\p{Ll}+|\\p{Lu}\\p{Ll}{0,3})");

    private final Lexicon lx;
    private final Gazetteer gazetteer;

    TokenShape(Lexicon lexicon, Gazetteer gazetteer) {
        this.lx = lexicon;
        this.gazetteer = gazetteer;
    }

    Lexicon lexicon() {
        return lx;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    boolean isTitleWord(Token t) {
        String w = lower(t);
        return lx.honorifics().contains(w) || lx.titles().contains(w) || lx.titles().contains(w.replace(".", ""));
    }

    /** A locative preposition that can open a sentence before a place ("Near Al Huwayjah"); "To" can be a name. */
    boolean isOpeningPreposition(Token t) {
        return lx.locatives().contains(lower(t)) && !lower(t).equals("to");
    }

    boolean isNameToken(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isCapitalised() || lx.notNames().contains(lower(t).replace(".", "")) || isOpeningPreposition(t)) {
            return false; // "Near Al Huwayjah": a preposition opening the sentence is not part of the name
        }
        if (t.text().length() == 1 && !t.text().matches("[A-Z]")) {
            return false;
        }
        if (t.isProperNoun()) {
            return true;
        }
        // the tagger takes some foreign names for other words ("Yi" as a pronoun) inside a sentence
        return i > 0 && "PRON".equals(t.pos()) && !lx.pronouns().contains(lower(t));
    }

    /** Tokens {@code a} and {@code b} are pieces of one hyphenated word. */
    boolean glued(Sentence s, int a, int b) {
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

    /** Words the tokenizer split off a name ("Sung" "-Han", "Mun-" "hui", "Sung" "-" "Han"): take the rest of the word. */
    int extendGlued(Sentence s, int to) {
        while (to < s.size() && glued(s, to - 1, to)) {
            to++;
        }
        return to;
    }

    int extendGluedBack(Sentence s, int from) {
        while (from >= 1 && from < s.size() && glued(s, from - 1, from) && (s.token(from - 1).isCapitalised() || s.token(from - 1).text().equals("-"))) {
            from--;
        }
        return from;
    }

    /**
     * If a hyphenated modifier's tail starts at token {@code k} ("-" "based", "-based", or "based" after
     * "NATO-"), the index of its last token; otherwise -1.
     */
    int compoundTailAt(Sentence s, int k) {
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
            return k + 1 < s.size() && s.token(k + 1).start() == t.end() && lx.compoundTails().contains(lower(s.token(k + 1))) ? k + 1 : -1;
        }
        if (w.length() > 1 && w.charAt(0) == '-') {
            return lx.compoundTails().contains(w.substring(1).toLowerCase(Locale.ROOT)) ? k : -1;
        }
        return before.text().length() > 1 && before.text().endsWith("-") && lx.compoundTails().contains(lower(t)) ? k : -1;
    }

    /** Token {@code i} is a full stop glued to a single capital letter ("F" "."). */
    boolean isInitialStop(Sentence s, int i) {
        return i > 0 && i < s.size() && s.token(i).text().equals(".") && s.token(i).start() == s.token(i - 1).end()
                && s.token(i - 1).text().matches("\\p{Lu}");
    }

    /** After particles from {@code i} and the proper noun they lead to ("von der Leyen", "da Silva"), or {@code i}. */
    int particlesThenName(Sentence s, int i) {
        int k = i;
        while (k < s.size() && k - i < 3 && lx.particles().contains(lower(s.token(k)))) {
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

    /** Token {@code i} is a common noun in lower case ("study" after "the Iodine Nutrition"); false past the end. */
    boolean lowerCaseNounAt(Sentence s, int i) {
        return i < s.size() && "NOUN".equals(s.token(i).pos()) && !s.token(i).isCapitalised();
    }

    /** End of a run of proper-name tokens starting at {@code i}, or {@code i} if none starts there. */
    int properNameRun(Sentence s, int i) {
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
            } else if (lx.isNameSuffix(w) && t.isCapitalised()) {
                end++;
            } else if (orgHeadAt(s, end)) {
                end++; // "Rapid Support Forces" with the head tagged as a common noun
            } else if (lx.nameJoiners().contains(w) && end + 1 < s.size()
                    && isNameToken(s, end + 1) && hasOrgHead(s, i, end)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** The words before token {@code i} end with a noun for a kind of organisation ("think tank", "newspaper"). */
    boolean followsOrgNoun(Sentence s, int i) {
        if (i > 0 && s.token(i - 1).isCapitalised()) {
            return false; // "operator Network Solutions": a capitalised kind noun is the name's own word
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (lx.orgNouns().contains(s.span(k, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    boolean hasOrgHead(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lx.orgHeads().contains(lower(s.token(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type the last words of [from, to) give a name whatever else it holds: a place when a place's
     * head ends it ("NTU Hospital Station", {@link #placeHeaded}), an organisation when a body's unit
     * does ("School District", {@link #bodyOverPlace}); else null.
     */
    EntityType headedType(Sentence s, int from, int to) {
        if (placeHeaded(s, from, to)) {
            return EntityType.LOCATION;
        }
        return bodyOverPlace(s, from, to) ? EntityType.ORGANIZATION : null;
    }

    /**
     * Tokens [from, to) end in the head word of a built or natural place that is not an administrative
     * unit ({@code [location-heads]} less {@code [place-nouns]}), with no "of" or "for" before it: an
     * organisation's name before the head only says whose place it is ("NTU Hospital Station", "City
     * Hall Tower"). "School District" or "Department of State" stay bodies.
     */
    boolean placeHeaded(Sentence s, int from, int to) {
        String last = lower(s.token(to - 1));
        if (to - from < 2 || !lx.locationHeads().contains(last) || lx.placeNouns().contains(last)) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (lx.nameJoiners().contains(lower(s.token(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokens [from, to) end in an administrative unit ({@code [place-nouns]}) right after an
     * organisation head word: the unit of a service, a body ("Irving Independent School District").
     */
    boolean bodyOverPlace(Sentence s, int from, int to) {
        return to - from >= 2 && lx.placeNouns().contains(lower(s.token(to - 1)))
                && lx.orgHeads().contains(lower(s.token(to - 2)));
    }

    /** Token {@code k} is a capitalised organisation head word ("Forces", "Programme"). */
    boolean orgHeadAt(Sentence s, int k) {
        return k < s.size() && s.token(k).isCapitalised() && lx.orgHeads().contains(lower(s.token(k)));
    }

    /** Token {@code k} is a capitalised proper noun that names nothing by itself and heads nothing. */
    boolean bareNameWord(Sentence s, int k, List<Candidate> gaz) {
        Token t = s.token(k);
        String w = lower(t);
        // the tagger takes some surnames for common nouns ("Hazard"): capitalised inside a sentence is enough
        boolean nameShaped = isNameToken(s, k) && t.isProperNoun()
                || k > 0 && t.isCapitalised() && "NOUN".equals(t.pos()) && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
        return nameShaped && !lx.notNames().contains(w) && !isTitleWord(t) && !lx.orgHeads().contains(w)
                && !lx.locationHeads().contains(w) && !lx.eventHeads().contains(w) && !lx.compass().contains(w)
                && gazetteer.lookup(t.text()).isEmpty() && !w.endsWith("'s") && !w.endsWith("\u2019s")
                && gaz.stream().noneMatch(g -> g.from() <= k && k < g.to());
    }

    /**
     * {@code span} is a family name and a hyphenated given name ({@link #HYPHENATED_GIVEN_NAME}) whose
     * last syllable is no longer English word ("Booker Prize-winner" is not a name; "Park Sun-won" is).
     */
    boolean hyphenatedGivenName(String span) {
        if (!HYPHENATED_GIVEN_NAME.matcher(span).matches()) {
            return false;
        }
        String tail = span.substring(span.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        String before = span.substring(span.indexOf(' ') + 1, span.lastIndexOf('-')).toLowerCase(Locale.ROOT);
        if (lx.titles().contains(before)) {
            return false; // "Prime Minister-designate": a title with a tail
        }
        return tail.length() < 5 || !gazetteer.isCommonWord(tail);
    }

    /** A capitalised given name ("Enver", "Dries") that is no country, capital or organisation the gazetteer knows. */
    boolean isGivenName(Token t) {
        return t.isCapitalised() && gazetteer.isGivenName(t.text()) && gazetteer.lookup(t.text()).isEmpty() && !isTitleWord(t)
                && !lx.notNames().contains(lower(t));
    }

    /** A common English word in lower case ("series", "change"): a run of such words names no person. */
    boolean isCommonWord(Token t) {
        return gazetteer.isCommonWord(lower(t));
    }

    /**
     * Token {@code k} can be a family name after a given name: capitalised (whatever its tag: "Mertens"
     * may be tagged a noun), not all capitals, no title, head word, common word or gazetteer name.
     */
    boolean surnameLike(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        Token t = s.token(k);
        String w = lower(t);
        return t.isCapitalised() && t.text().length() > 1 && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
                && t.text().chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019')
                && !isTitleWord(t) && !lx.notNames().contains(w) && !lx.orgHeads().contains(w) && !lx.locationHeads().contains(w)
                && !lx.eventHeads().contains(w) && !lx.compass().contains(w) && !isCommonWord(t)
                && gazetteer.lookup(t.text()).isEmpty() && !w.endsWith("'s") && !w.endsWith("\u2019s");
    }

    boolean isDemonym(Token t) {
        return gazetteer.lookup(t.text()).stream().anyMatch(e -> e.kind() == Gazetteer.Kind.DEMONYM);
    }

    boolean hasOfPhrase(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (lx.ofPhraseOpeners().contains(lower(s.token(k)))) {
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
    int modifiersBefore(Sentence s, int from) {
        int k = from;
        while (k > 0 && from - k < 4) {
            Token t = s.token(k - 1);
            if (!t.isCapitalised() || "PUNCT".equals(t.pos()) || "DET".equals(t.pos()) || isTitleWord(t)
                    || lx.notNames().contains(lower(t)) || k - 1 == 0 && !t.isProperNoun() && !isDemonym(t)) {
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
    int headBefore(Sentence s, int from) {
        int k = from - 1;
        if (k >= 0 && lower(s.token(k)).equals("the")) {
            k--;
        }
        if (k < 1 || !lx.ofPhraseOpeners().contains(lower(s.token(k)))) {
            return from;
        }
        int head = k - 1;
        if (!s.token(head).isCapitalised() || !lx.orgHeads().contains(lower(s.token(head)))) {
            return from;
        }
        int start = head;
        while (start > 0 && head - start < 4 && s.token(start - 1).isCapitalised() && !isTitleWord(s.token(start - 1))
                && !"PUNCT".equals(s.token(start - 1).pos()) && !"DET".equals(s.token(start - 1).pos())) {
            start--;
        }
        return start;
    }

    /** Token {@code to} joins what is before it to a following capitalised word ("Globe and Mail"). */
    boolean joinedToName(Sentence s, int to) {
        return to + 1 < s.size() && lx.andWords().contains(lower(s.token(to))) && s.token(to + 1).isCapitalised();
    }

    /**
     * Where the name starts in tokens [from, to) that follow a title and "of" or "for": after the words
     * of the title's portfolio ("Minister of Education Stefania Giannini", "Secretary of State Antony
     * Blinken"); {@code from} when there is no such title or nothing follows the portfolio.
     */
    int afterPortfolio(Sentence s, int from, int to) {
        int k = from;
        if (k < to && lx.portfolioOpeners().contains(lower(s.token(k))) && k > 0 && isTitleWord(s.token(k - 1))) {
            k++;
        } else if (!(k >= 2 && lx.portfolioOpeners().contains(lower(s.token(k - 1))) && isTitleWord(s.token(k - 2)))) {
            return from;
        }
        int start = k;
        while (k < to) {
            int place = gazetteerMatch(s, k);
            if (place > k) {
                k = place; // "Minister for the Middle East Tobias Ellwood"
            } else if (lx.portfolios().contains(lower(s.token(k))) || lx.compass().contains(lower(s.token(k)))) {
                k++;
            } else {
                break;
            }
        }
        return k > start && k < to && s.token(k).isCapitalised() ? k : from;
    }

    /** End of the longest gazetteer name starting at {@code i}, or {@code i}. */
    int gazetteerMatch(Sentence s, int i) {
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
    boolean shapeFits(Sentence s, int i, int end) {
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

    /** "based" of "based" or "-based". */
    String tailWord(Token t) {
        String w = lower(t);
        return w.startsWith("-") ? w.substring(1) : w;
    }

    boolean afterOrganisationTail(Sentence s, int from) {
        for (int k = Math.max(1, from - 2); k < from; k++) {
            if (compoundTailAt(s, k) == from - 1) {
                return lx.organisationTails().contains(tailWord(s.token(from - 1)));
            }
        }
        return false;
    }

    String lower(Token t) {
        return t.lower();
    }
}
