package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Source: organisations that the words around them name as such, whatever the tagger made of their
 * words (news writes publications, web sites and groups with common nouns: "Freedom Magazine",
 * "Insurgency Wiki"). Five rules, each recorded on what it makes:
 * <ul>
 * <li>{@code kind-noun-before}: the capitalised words right after a noun for a kind of organisation
 * ({@code [org-nouns]}), maybe in quotes or after "such as": "the company Hitwise UK", "the website
 * "Insurgency Wiki"", "sites such as Gawker.com";</li>
 * <li>{@code kind-noun-after}: capitalised words between a determiner and such a noun: "the Sea Org
 * group", "the Acme organization" (not a known place or a demonym: "the Syrian group"); or with an
 * organisation head word in lower case, which belongs to the name: "the Malaysia Tourism board";</li>
 * <li>{@code web-address}: a word that is a web address ({@code [web-domains]}): "Gawker.com";</li>
 * <li>{@code the-title}: a capitalised "The" inside a sentence, after a preposition or a verb, opens a
 * title, most often a publication's: "of The Globe and Mail", "told The Straits Times".</li>
 * <li>{@code kind-noun-apposition}: capitalised words set apart by a comma before "a" and a kind noun:
 * "Instituto Gonzaga, a catholic school in Milan".</li>
 * </ul>
 * After a plural kind noun, "and" and commas part names: "the religious schools Santo Spirito and
 * Immacolata" are two. What these find stands with the model's names, in place of the names of any source it takes in
 * ("Netpulse" of "the company Netpulse Canada"); a longer model name around it wins. It runs after
 * the context's repairs.
 */
final class KindNames implements Pass {
    private static final int LONGEST = 5;

    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    KindNames(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "kind-names";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        List<Candidate> found = find(s);
        if (found.isEmpty()) {
            return;
        }
        for (Candidates.Source source : Candidates.Source.values()) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate r : c.get(source)) {
                boolean within = found.stream().anyMatch(f -> f.from() <= r.from() && r.to() <= f.to());
                boolean overlaps = found.stream().anyMatch(r::overlaps);
                if (source == Candidates.Source.CONTEXT ? !overlaps : !within) {
                    kept.add(r);
                }
            }
            if (source == Candidates.Source.MODEL) {
                for (Candidate f : found) {
                    if (kept.stream().noneMatch(f::overlaps)) {
                        kept.add(f);
                    }
                }
                kept.sort(java.util.Comparator.comparingInt(Candidate::from));
            }
            c.set(source, kept);
        }
    }

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int from = i;
            int end;
            String rule;
            int[] named;
            if (isWebAddress(s.token(i))) {
                end = i + 1;
                rule = "web-address";
            } else if ((named = afterKindNoun(s, i)) != null) {
                from = named[0];
                end = named[1];
                rule = "kind-noun-before";
                if (named[2] == 1) { // "the religious schools | Santo Spirito | and | Immacolata": one name each
                    int[] next;
                    while ((next = nextConjunct(s, end)) != null) {
                        out.add(new Candidate(from, end, EntityType.ORGANIZATION, false, false, name() + ":" + rule));
                        from = next[0];
                        end = next[1];
                    }
                }
            } else if ((end = beforeAppositiveKind(s, i)) > i) {
                rule = "kind-noun-apposition";
            } else if ((end = beforeKindNoun(s, i)) > i) {
                rule = "kind-noun-after";
            } else if ((end = afterCapitalThe(s, i)) > i) {
                rule = "the-title";
            } else {
                i++;
                continue;
            }
            out.add(new Candidate(from, end, EntityType.ORGANIZATION, false, false, name() + ":" + rule));
            i = end;
        }
        return out;
    }

    /** A word with a dot before a known top-level domain and letters before it ("Gawker.com", "bbc.co.uk"). */
    boolean isWebAddress(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        int dot = w.indexOf('.');
        if (dot < 1 || w.endsWith(".") || !w.matches("[a-z0-9][a-z0-9.-]*[a-z]")) {
            return false;
        }
        for (String domain : lx.webDomains()) {
            if (w.endsWith("." + domain) && w.length() > domain.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the company | Hitwise UK", "the website "| Insurgency Wiki |"", "sites such as | Gawker.com": the
     * name after a kind noun at {@code i} (or after the quote at {@code i}), as {from, to, plural}; null
     * if none. After a plural ("the schools", "sites such as") "and" parts names ({@code plural} is 1).
     */
    private int[] afterKindNoun(Sentence s, int i) {
        boolean plural = pluralKindNoun(s, i) || i >= 2 && s.span(i - 2, i).equalsIgnoreCase("such as") && pluralKindNoun(s, i - 2);
        boolean kindBefore = shape.followsOrgNoun(s, i) || plural
                || i >= 2 && s.span(i - 2, i).equalsIgnoreCase("such as") && shape.followsOrgNoun(s, i - 2);
        if (!kindBefore) {
            return null;
        }
        boolean quoted = s.token(i).isQuoteMark();
        int k = quoted ? i + 1 : i;
        int end = capitalisedRun(s, k, !plural);
        if (end == k && k < s.size() && s.token(k).text().matches("[a-z]+(\\.[a-z]+){2,}")) {
            end = k + 1; // a newsgroup: "the newsgroup alt.politics.misc"
        }
        if (end == k || quoted && !(end < s.size() && s.token(end).isQuoteMark())) {
            return null;
        }
        if (end == k + 1 && s.token(k).text().length() == 1) {
            return null; // "Group F", "Plan B": a letter names a part, not an organisation
        }
        return new int[] {k, end, plural && !quoted ? 1 : 0};
    }

    /** After a name at {@code end}: ", | Name" or "and | Name", as {from, to}; null if no name follows so. */
    private int[] nextConjunct(Sentence s, int end) {
        if (end + 1 >= s.size() || !(s.token(end).text().equals(",") || lx.andWords().contains(shape.lower(s.token(end))))) {
            return null;
        }
        int k = s.token(end).text().equals(",") && lx.andWords().contains(shape.lower(s.token(end + 1))) ? end + 2 : end + 1;
        int to = capitalisedRun(s, k, false);
        return to > k ? new int[] {k, to} : null;
    }

    /**
     * "Instituto Gonzaga | , a catholic school in Milan": capitalised words from {@code i} set apart by
     * a comma, then "a" or "an", at most two modifiers and a kind noun that heads its phrase (not "a
     * party member", "a company spokesman"). Their end, or {@code i}.
     */
    private int beforeAppositiveKind(Sentence s, int i) {
        if (!s.token(i).isCapitalised() || i > 0 && s.token(i - 1).isCapitalised()) {
            return i;
        }
        int end = capitalisedRun(s, i, true);
        if (end == i || end + 3 >= s.size() || !s.token(end).text().equals(",")
                || !s.token(end + 1).lower().equals("a") && !s.token(end + 1).lower().equals("an")) {
            return i;
        }
        String span = s.span(i, end);
        if (!gazetteer.lookup(span).isEmpty() || gazetteer.isPlace(span)) {
            return i; // "Milan, a city of ...": a known place
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 5); k++) {
            Token t = s.token(k);
            if (lx.orgNouns().contains(shape.lower(t))) {
                boolean heads = k + 1 == s.size() || !"NOUN".equals(s.token(k + 1).pos()) && !"PROPN".equals(s.token(k + 1).pos());
                return heads ? end : i;
            }
            if (!"ADJ".equals(t.pos()) && !"NOUN".equals(t.pos())) {
                return i;
            }
        }
        return i;
    }

    /** "sites such as", "groups such as": a plural of a kind noun. */
    private boolean pluralKindNoun(Sentence s, int i) {
        if (i < 1) {
            return false;
        }
        String w = shape.lower(s.token(i - 1));
        return w.endsWith("s") && lx.orgNouns().contains(w.substring(0, w.length() - 1));
    }

    /** "the | Sea Org | group": a capitalised run between a determiner and a lower-case kind noun. */
    private int beforeKindNoun(Sentence s, int i) {
        if (i < 1 || !"the".equals(shape.lower(s.token(i - 1))) || !s.token(i).isCapitalised()) {
            return i;
        }
        int end = capitalisedRun(s, i);
        if (end == i || end >= s.size()) {
            return i;
        }
        Token next = s.token(end);
        String kind = shape.lower(next);
        boolean head = lx.orgHeads().contains(kind) && !lx.orgNouns().contains(kind);
        if (next.isCapitalised() || !lx.orgNouns().contains(kind) && !head) {
            return i;
        }
        String span = s.span(i, end);
        if (!gazetteer.lookup(span).isEmpty() || gazetteer.isPlace(span) || end - i == 1 && shape.isDemonym(s.token(i))) {
            return i; // "the Moscow group", "the Syrian group": a place or a people, not a name
        }
        boolean modifier = shape.lowerCaseNounAt(s, end + 1);
        // "the Malaysia Tourism board": a head word in lower case is still the name's, unless it only
        // qualifies the noun after it ("the Al Salem | hospital complex")
        return head && !modifier ? end + 1 : end;
    }

    /** "of The | Globe and Mail": a capital "The" inside a sentence, after a preposition or a verb. */
    private int afterCapitalThe(Sentence s, int i) {
        if (i < 2 || !s.token(i - 1).text().equals("The")) {
            return i;
        }
        String before = s.token(i - 2).pos();
        if (!"ADP".equals(before) && !"VERB".equals(before)) {
            return i;
        }
        int end = capitalisedRun(s, i);
        if (end == i || !gazetteer.lookup(s.span(i, end)).isEmpty() || gazetteer.isPlace(s.span(i, end))) {
            return i;
        }
        return end;
    }

    /**
     * Capitalised words from {@code i} whatever their tags, up to {@value #LONGEST}, joined by "and", "of"
     * or "&amp;" when a capitalised word follows: not punctuation, a title, a day or month, a pronoun.
     */
    private int capitalisedRun(Sentence s, int i) {
        return capitalisedRun(s, i, true);
    }

    /** As {@link #capitalisedRun(Sentence, int)}; with {@code withAnd} false "and" ends the run. */
    private int capitalisedRun(Sentence s, int i, boolean withAnd) {
        int end = i;
        while (end < s.size() && end - i < LONGEST) {
            Token t = s.token(end);
            String w = shape.lower(t);
            if (nameWord(t)) {
                end++;
            } else if (end > i && lx.nameJoiners().contains(w) && (withAnd || !lx.andWords().contains(w))
                    && end + 1 < s.size() && nameWord(s.token(end + 1))) {
                end += 2;
            } else if (end > i && shape.glued(s, end - 1, end)) {
                end = shape.extendGlued(s, end);
            } else {
                break;
            }
        }
        return end;
    }

    private boolean nameWord(Token t) {
        String w = shape.lower(t);
        return (t.isCapitalised() || isWebAddress(t)) && !"PUNCT".equals(t.pos()) && !shape.isTitleWord(t)
                && !lx.notNames().contains(w.replace(".", "")) && !lx.pronouns().contains(w) && !w.equals("the");
    }
}
