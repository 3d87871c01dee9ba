package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds names of people, organisations, countries and places: gazetteer names first (longest
 * match), then runs of proper nouns typed by their context (an honorific or title before them, an
 * organisation or place head word at their end, a verb of saying after them).
 */
public final class EntityRecognizer {
    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "i", "god", "covid", "internet", "image", "source");
    private static final Set<String> PARTICLES = Set.of("al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "el", "abu", "du");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&", "on");
    private static final Set<String> SAY_LEMMAS = Set.of("say", "tell", "add", "state", "claim", "warn", "argue", "note", "explain");

    private final Gazetteer gazetteer;
    private final Set<String> honorifics;
    private final Set<String> titles;
    private final Set<String> orgHeads;
    private final Set<String> locationHeads;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.honorifics = gazetteer.words("honorifics");
        this.titles = gazetteer.words("titles");
        this.orgHeads = gazetteer.words("org-heads");
        this.locationHeads = gazetteer.words("location-heads");
    }

    public List<Mention> recognize(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            recognize(s, mentions);
        }
        return mentions;
    }

    private void recognize(Sentence s, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            Token t = s.token(i);
            if (!t.isCapitalised()) {
                i++;
                continue;
            }
            int gazEnd = gazetteerMatch(s, i);
            int runEnd = properNameRun(s, i);
            if (gazEnd > i && gazEnd >= runEnd) {
                Gazetteer.Entry e = gazetteer.lookup(s.span(i, gazEnd)).get(0);
                out.add(mention(s, i, gazEnd, s.span(i, gazEnd), e.type()));
                i = gazEnd;
            } else if (runEnd > i) {
                EntityType type = typeOf(s, i, runEnd);
                if (type != null) {
                    out.add(mention(s, i, runEnd, s.span(i, runEnd), type));
                }
                i = runEnd;
            } else {
                i++;
            }
        }
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
        return s.token(end - 1).isCapitalised();
    }

    /** End of a run of proper-name tokens starting at {@code i}, or {@code i} if none starts there. */
    private int properNameRun(Sentence s, int i) {
        if (!isNameToken(s, i)) {
            return i;
        }
        int end = i + 1;
        while (end < s.size()) {
            Token t = s.token(end);
            if (isNameToken(s, end)) {
                end++;
            } else if (t.text().equals("-") && end + 1 < s.size() && t.start() == s.token(end - 1).end()
                    && s.token(end + 1).start() == t.end() && Character.isLetter(s.token(end + 1).text().charAt(0))) {
                end += 2; // "Sung-Han", "Mun-hui": hyphenated given names the tokenizer splits
            } else if (PARTICLES.contains(t.text().toLowerCase(Locale.ROOT)) && end + 1 < s.size() && isNameToken(s, end + 1)) {
                end += 2;
            } else if (NAME_JOINERS.contains(t.text().toLowerCase(Locale.ROOT)) && end + 1 < s.size()
                    && isNameToken(s, end + 1) && hasOrgHead(s, i, end)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean hasOrgHead(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (orgHeads.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameToken(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isCapitalised() || NOT_NAMES.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (t.text().length() == 1 && !t.text().matches("[A-Z]")) {
            return false;
        }
        if (t.isProperNoun()) {
            return true;
        }
        // capitalised words inside a sentence that the tagger did not call proper nouns
        return i > 0 && !"NUM".equals(t.pos()) && !"PRON".equals(t.pos()) && !"DET".equals(t.pos())
                && !"ADP".equals(t.pos()) && !"PUNCT".equals(t.pos());
    }

    private EntityType typeOf(Sentence s, int from, int to) {
        String last = s.token(to - 1).text().toLowerCase(Locale.ROOT);
        String first = s.token(from).text().toLowerCase(Locale.ROOT);
        if (titles.contains(first) || honorifics.contains(first)) {
            return null; // a bare title ("President") is not a name
        }
        if (orgHeads.contains(last) || hasOrgHead(s, from, to)) {
            return EntityType.ORGANIZATION;
        }
        if (locationHeads.contains(last)) {
            return EntityType.LOCATION;
        }
        if (from > 0) {
            String before = s.token(from - 1).text().toLowerCase(Locale.ROOT);
            if (honorifics.contains(before) || titles.contains(before)) {
                return EntityType.PERSON;
            }
            if (Set.of("in", "at", "near", "from", "to", "across").contains(before) && to - from == 1) {
                return EntityType.LOCATION;
            }
        }
        if (to < s.size() && SAY_LEMMAS.contains(s.token(to).lemma().toLowerCase(Locale.ROOT))) {
            return EntityType.PERSON;
        }
        String text = s.span(from, to);
        if (text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT))) {
            return EntityType.ORGANIZATION;
        }
        return to - from >= 2 ? EntityType.PERSON : EntityType.ORGANIZATION;
    }

    private static Mention mention(Sentence s, int from, int to, String text, EntityType type) {
        return new Mention(s.index(), from, to, s.token(from).start(), s.token(to - 1).end(), text, type, false);
    }
}
