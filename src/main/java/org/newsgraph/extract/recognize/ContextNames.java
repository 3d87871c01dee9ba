package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Source: runs of proper nouns the model missed but whose context types them: an honorific or title
 * before, an organisation or place head word at the end, a locative before, a verb of saying after,
 * an appositive title, the shape of a person's name, an acronym.
 */
final class ContextNames implements Pass {
    private static final Pattern HYPHENATED_ACRONYM = Pattern.compile("\\p{Lu}{2,6}(-\\p{Lu}{2,6})+");

    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    ContextNames(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "context";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> found = ruleCandidates(s);
        c.set(Candidates.Source.CONTEXT, found);
        List<Candidate> nicknamed = found.stream().filter(f -> f.rule().endsWith(":nickname")).toList();
        if (!nicknamed.isEmpty()) {
            // the quotes cut the model's name short ("John" of "John “J.D.” Dorrian"): the whole name stands with the model's
            List<Candidate> model = new ArrayList<>(c.get(Candidates.Source.MODEL));
            model.removeIf(m -> nicknamed.stream().anyMatch(m::overlaps));
            model.addAll(nicknamed);
            model.sort(Comparator.comparingInt(Candidate::from));
            c.set(Candidates.Source.MODEL, model);
        }
    }

    private List<Candidate> ruleCandidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (i + 1 < s.size() && ("NUM".equals(s.token(i).pos()) || s.token(i).text().matches("\\d+"))) {
                // a number opens a name only right after a noun for a kind of organisation ("the think tank 38 North")
                int end = shape.properNameRun(s, i + 1);
                if (end > i + 1 && shape.followsOrgNoun(s, i)) {
                    out.add(new Candidate(i, end, EntityType.ORGANIZATION, false, false, name() + ":number-after-org-noun"));
                    i = end;
                    continue;
                }
            }
            int nicknamed = nicknamedPerson(s, i);
            if (nicknamed > i) {
                out.add(new Candidate(i, nicknamed, EntityType.PERSON, false, false, name() + ":nickname"));
                i = nicknamed;
                continue;
            }
            int named = shape.afterPortfolio(s, i, s.size());
            if (named > i) {
                // "Secretary of State Antony Blinken": the tagger's tags are no guide in such a row of capitals
                int nameEnd = named;
                while (nameEnd < s.size() && nameEnd - named < 3 && s.token(nameEnd).isCapitalised()
                        && !shape.isTitleWord(s.token(nameEnd)) && !lx.notNames().contains(shape.lower(s.token(nameEnd)))
                        && !"PUNCT".equals(s.token(nameEnd).pos()) && gazetteer.lookup(s.token(nameEnd).text()).isEmpty()) {
                    nameEnd = shape.extendGlued(s, nameEnd + 1);
                }
                boolean body = false;
                for (int k = named; k < Math.min(s.size(), nameEnd + 1); k++) {
                    body |= lx.orgHeads().contains(shape.lower(s.token(k))) || lx.locationHeads().contains(shape.lower(s.token(k)));
                }
                boolean qualifies = shape.lowerCaseNounAt(s, nameEnd);
                if (nameEnd > named && !body && !qualifies) { // not "Director of the National | Iodine Nutrition | study"
                    out.add(new Candidate(named, nameEnd, EntityType.PERSON, false, false, name() + ":after-portfolio"));
                    i = nameEnd;
                    continue;
                }
            }
            int end = shape.properNameRun(s, i);
            if (end == i && s.token(i).isCapitalised() && lx.placeOpeners().contains(shape.lower(s.token(i)))) {
                end = Math.max(i, shape.properNameRun(s, i + 1)); // "Mount Sinjar" with "Mount" tagged as a common noun
                end = end == i + 1 ? i : end;
            }
            if (end == i && i > 0 && shape.isTitleWord(s.token(i - 1)) && mistaggedName(s, i)) {
                end = shape.properNameRun(s, i + 1); // "Foreign Minister Wang Yi" with "Wang" tagged as a verb
            }
            if (end == i && s.token(i).isCapitalised() && "ADJ".equals(s.token(i).pos())) {
                // "Syrian Democratic Forces": capitalised adjectives open a name that ends in an organisation head
                int k = i;
                while (k < s.size() && s.token(k).isCapitalised() && "ADJ".equals(s.token(k).pos())) {
                    k++;
                }
                int runEnd = shape.properNameRun(s, k);
                if (runEnd == k) {
                    // "Intergovernmental Authority", "Iraqi Security Forces": capitalised common nouns up to a head
                    int h = k;
                    while (h < s.size() && h - k < 3 && s.token(h).isCapitalised() && "NOUN".equals(s.token(h).pos())
                            && !lx.orgHeads().contains(shape.lower(s.token(h)))) {
                        h++;
                    }
                    if (h < s.size() && s.token(h).isCapitalised() && lx.orgHeads().contains(shape.lower(s.token(h)))) {
                        runEnd = h + 1;
                    }
                }
                if (runEnd > k && (lx.orgHeads().contains(shape.lower(s.token(runEnd - 1))) || lx.orgHeads().contains(shape.lower(s.token(k)))
                        && runEnd - k >= 3 && lx.nameJoiners().contains(shape.lower(s.token(k + 1))))) {
                    // "Supreme Court of Cassation": or the head right after the adjectives, before its of-phrase
                    end = runEnd;
                }
            }
            while (end > i && end < s.size() && s.token(end).isCapitalised() && !shape.glued(s, end - 1, end)
                    && (lx.locationHeads().contains(shape.lower(s.token(end))) || lx.orgHeads().contains(shape.lower(s.token(end))))) {
                end++; // "the Century City | Towers", "Tabqa | Dam": a capitalised head the tagger took for a common noun
            }
            if (end > i) {
                EntityType type = typeOf(s, i, end);
                if (type != null) {
                    out.add(new Candidate(i, end, type, false, false, name()));
                }
                i = end;
            } else {
                i++;
            }
        }
        return joinedBodies(s, out);
    }

    /**
     * "U.S. Air Forces | Central Command": two organisations' names with nothing between them are one
     * name, a command within a force; not when the first is a name the gazetteer knows ("U.S." of "U.S.
     * Central Command", whose leading country has a repair of its own).
     */
    private List<Candidate> joinedBodies(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.to() == c.from() && last.type() == EntityType.ORGANIZATION && c.type() == EntityType.ORGANIZATION
                    && gazetteer.lookup(s.span(last.from(), last.to())).isEmpty()) {
                out.set(out.size() - 1, last.reshaped(last.from(), c.to(), EntityType.ORGANIZATION, "joined-bodies"));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A capitalised word right after a title that the tagger took for another part of speech but that
     * reads as a name: not inflected (its lemma is itself), not a function word, and followed by a
     * proper noun ("Wang" tagged VERB in "Foreign Minister Wang Yi").
     */
    private boolean mistaggedName(Sentence s, int i) {
        Token t = s.token(i);
        String w = shape.lower(t);
        return t.isCapitalised() && i + 1 < s.size() && shape.isNameToken(s, i + 1) && !shape.isTitleWord(t)
                && t.lowerLemma().equals(w) && !lx.notNames().contains(w) && !lx.pronouns().contains(w)
                && !lx.functionTags().contains(t.pos())
                && gazetteer.lookup(t.text()).isEmpty();
    }

    /** The type the context gives a proper-noun run the model missed, or null when the context says nothing. */
    private EntityType typeOf(Sentence s, int from, int to) {
        String last = shape.lower(s.token(to - 1));
        EntityType headed = shape.headedType(s, from, to);
        if (headed != null) {
            return headed;
        }
        if (lx.orgHeads().contains(last) || shape.hasOrgHead(s, from, to)) {
            return EntityType.ORGANIZATION;
        }
        if (lx.locationHeads().contains(last) && to - from >= 2) {
            return EntityType.LOCATION;
        }
        if (to < s.size() && !s.token(to).isCapitalised() && lx.locationHeads().contains(shape.lower(s.token(to)))
                && s.token(from).isProperNoun() && !shape.isGivenName(s.token(from))) {
            return EntityType.LOCATION; // "the Tigris river", "Nineveh province": a place's head word in lower case after it
        }
        if (to - from >= 2 && lx.compassInNames().contains(shape.lower(s.token(from))) && gazetteer.isPlace(s.span(from + 1, to))) {
            return EntityType.LOCATION; // "East Mosul", "South Kordofan": a point of the compass and a known place
        }
        if (lx.placeOpeners().contains(shape.lower(s.token(from))) && to - from >= 2
                && (s.token(from + 1).isProperNoun() || lx.particles().contains(shape.lower(s.token(from + 1))))) {
            return EntityType.LOCATION; // "Mount Sinjar", "Wadi Barada"
        }
        if (from > 0) {
            Token before = s.token(from - 1);
            if (shape.isTitleWord(before)) {
                return EntityType.PERSON;
            }
            if (shape.followsOrgNoun(s, from)) {
                return EntityType.ORGANIZATION;
            }
            if (lx.locatives().contains(shape.lower(before)) && !before.text().equals("to") && to - from <= 3
                    && s.token(from).isProperNoun()) {
                return EntityType.LOCATION; // "in Mosul", "near Dayr Az Zawr"
            }
            if (shape.lower(before).equals("of") && from >= 2 && lx.placeNouns().contains(shape.lower(s.token(from - 2))) && to - from <= 3
                    && s.token(from).isProperNoun()) {
                return EntityType.LOCATION; // "the town of Zvecan", "the provinces of Hodeidah and Saada"
            }
        }
        if (to - from == 1 && to < s.size() && lx.ruleNouns().contains(shape.lower(s.token(to)))
                && gazetteer.lookup(s.token(from).text()).isEmpty() && !shape.isDemonym(s.token(from))) {
            return EntityType.PERSON; // "the Asad regime": the regime's ruler
        }
        if (to < s.size() && lx.say().contains(s.token(to).lowerLemma()) && to - from >= 2) {
            return EntityType.PERSON;
        }
        if (to - from >= 2 && appositiveTitle(s, to)) {
            return EntityType.PERSON; // "Lee Hae-jin, a former minister,"
        }
        if (to - from >= 2 && to - from <= 4 && personShaped(s, from, to)) {
            return EntityType.PERSON;
        }
        if (to - from == 1 && s.token(from).isProperNoun() && gazetteer.isPlace(s.token(from).text())
                && !(to < s.size() && lx.say().contains(s.token(to).lowerLemma()))
                && !(from > 0 && "NUM".equals(s.token(from - 1).pos())) && !shape.joinedToName(s, to)) {
            return EntityType.LOCATION; // "shelled Kharkiv": a lone proper noun that is a known place
        }
        String text = s.span(from, to).replace(".", "");
        if (to - from == 1 && text.length() >= 2 && text.length() <= 6 && text.equals(text.toUpperCase(Locale.ROOT))
                && text.chars().allMatch(Character::isLetter)
                || to - from == 1 && HYPHENATED_ACRONYM.matcher(text).matches()) {
            if (nickname(s, from)) {
                return null; // "Col. John “J.D.” Dorrian": a person's nickname
            }
            return EntityType.ORGANIZATION; // "CJTF-OIR"
        }
        return null;
    }

    /** The word at {@code i} stands in quotes between two capitalised words: "John “J.D.” Dorrian". */
    private boolean nickname(Sentence s, int i) {
        return i >= 2 && i + 2 < s.size() && s.token(i - 1).isQuoteMark() && s.token(i + 1).isQuoteMark()
                && s.token(i - 2).isCapitalised() && s.token(i + 2).isCapitalised();
    }

    /**
     * End of a person's name with a nickname in quotes that starts at {@code i}: a given name, one
     * or two capitalised words in quotes, then a proper noun ("Richard "Tex" Coe", "John “J.D.” Dorrian");
     * or {@code i}.
     */
    private int nicknamedPerson(Sentence s, int i) {
        if (i + 4 >= s.size() || !s.token(i + 1).isQuoteMark()
                || !shape.isGivenName(s.token(i)) && !(shape.isNameToken(s, i) && !shape.isTitleWord(s.token(i)))) {
            return i;
        }
        int close = i + 2;
        while (close < s.size() && close - i <= 4 && !s.token(close).isQuoteMark()) {
            if (!s.token(close).isCapitalised()) {
                return i;
            }
            close++;
        }
        if (close == i + 2 || close + 1 >= s.size() || !s.token(close).isQuoteMark() || !shape.isNameToken(s, close + 1)) {
            return i;
        }
        return shape.extendGlued(s, close + 2);
    }

    /** ", a former minister" / ", the company's chief executive" after a name. */
    private boolean appositiveTitle(Sentence s, int to) {
        if (to + 1 >= s.size() || !s.token(to).text().equals(",")) {
            return false;
        }
        for (int k = to + 1; k < Math.min(s.size(), to + 6); k++) {
            Token t = s.token(k);
            if (lx.titles().contains(shape.lower(t))) {
                return true;
            }
            if (t.text().equals(",") || "VERB".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Two to four capitalised proper nouns, none of them a gazetteer name or a head word: most often a
     * person. Not when a word is a common English word ("Budweiser Man", "Star Wars", "Climate
     * Change"), unless the run opens with a known given name ("Harry Kane").
     */
    private boolean personShaped(Sentence s, int from, int to) {
        if (gazetteer.isPlace(s.span(from, to))) {
            return false; // "Dayr az Zawr"
        }
        boolean given = shape.isGivenName(s.token(from));
        for (int k = from; k < to; k++) {
            if (!given && shape.isCommonWord(s.token(k))) {
                return false;
            }
            Token t = s.token(k);
            String w = shape.lower(t);
            if (shape.glued(s, k - 1 < from ? k : k - 1, k) && k > from) {
                continue;
            }
            if (!t.isProperNoun() && !(k > from && lx.isNameSuffix(w)) && !lx.particles().contains(w)) {
                return false;
            }
            if (lx.locationHeads().contains(w) || shape.isTitleWord(t) || !gazetteer.lookup(t.text()).isEmpty()
                    || t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
