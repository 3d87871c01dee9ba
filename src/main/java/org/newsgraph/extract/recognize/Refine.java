package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Drops what is not an entity and retypes a person that is a place (see {@link #refine}).
 */
final class Refine implements Repair {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    Refine(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "refine";
    }

    @Override
    public List<Candidate> repair(Sentence s, List<Candidate> cs, Candidates all) {
        return refine(s, cs);
    }

    /**
     * Drops what is not an entity and corrects a person that is a place: events ("World Cup"), language
     * names, a particle alone ("Al" of "the Al bu Nimr tribe") and lone demonyms (the gazetteer already
     * decided whether those stand for a state); a person-typed name that starts with a compass word
     * ("East Mosul") or is a GeoNames place ("Raqqah", "Tabqa") without a title before it or a verb of
     * saying after it is a location; a location written as an unknown acronym is an organisation.
     */
    private List<Candidate> refine(Sentence s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            List<Candidate> parts = gazetteerPair(s, c);
            if (!parts.isEmpty()) {
                out.addAll(parts);
                continue;
            }
            if (!c.gazetteer()) {
                c = withoutWordTail(s, c);
                if (c == null || notAName(s, c)) {
                    continue;
                }
            }
            String last = shape.lower(s.token(c.to() - 1));
            if (lx.eventHeads().contains(last) && (c.type() != EntityType.ORGANIZATION || lx.documentHeads().contains(last))) {
                continue;
            }
            if (c.length() == 1 && (lx.languages().contains(last) || shape.isDemonym(s.token(c.from())) || lx.particles().contains(last))) {
                continue;
            }
            if (headWordAlone(s, c, last)) {
                continue;
            }
            if (c.type() == EntityType.PERSON && placeShaped(s, c)) {
                c = c.reshaped(c.from(), c.to(), EntityType.LOCATION, name());
            }
            if (c.type() == EntityType.LOCATION && !c.gazetteer() && acronym(s.span(c.from(), c.to()))) {
                c = c.reshaped(c.from(), c.to(), EntityType.ORGANIZATION, name()); // "CJTF-OIR", "USCENTCOM"
            }
            if (c.type() != EntityType.PERSON && !c.gazetteer() && shape.hyphenatedGivenName(s.span(c.from(), c.to()))
                    && gazetteer.lookup(s.span(c.from(), c.to())).isEmpty()) {
                c = c.reshaped(c.from(), c.to(), EntityType.PERSON, name()); // "Park Sun-won", "Lai Ching-te"
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
        if (c.length() != 1 || c.gazetteer() || !gazetteer.lookup(s.token(c.from()).text()).isEmpty() || lx.bodiesAlone().contains(word)) {
            return false;
        }
        boolean head = lx.orgHeads().contains(word);
        if (!lx.notAlone().contains(word) && !(head && (c.from() == 0 || s.token(c.from() - 1).isCapitalised()))) {
            return false;
        }
        boolean grows = c.type() == EntityType.ORGANIZATION && head && shape.modifiersBefore(s, c.from()) < c.from()
                || shape.headBefore(s, c.from()) < c.from()
                || c.to() + 1 < s.size() && lx.ofPhraseOpeners().contains(shape.lower(s.token(c.to()))) && s.token(c.to() + 1).isCapitalised();
        return !grows;
    }

    /**
     * "U.S.-Iraq ties", "the Baghdad-Erbil dispute": names the gazetteer knows joined by hyphens or a
     * slash are those names, each with its gazetteer type; empty when {@code c} is not such a pair.
     */
    private List<Candidate> gazetteerPair(Sentence s, Candidate c) {
        List<Candidate> parts = new ArrayList<>();
        int start = c.from();
        for (int k = c.from(); k <= c.to(); k++) {
            String w = k < c.to() ? s.token(k).text() : "-";
            if (!w.equals("-") && !w.equals("/") && !w.equals("\u2013")) {
                continue;
            }
            if (k == start) {
                return List.of();
            }
            String part = s.span(start, k);
            List<Gazetteer.Entry> known = gazetteer.lookup(part);
            if (known.isEmpty() ? !gazetteer.isPlace(part) : known.get(0).kind() == Gazetteer.Kind.DEMONYM) {
                return List.of();
            }
            EntityType type = known.isEmpty() ? EntityType.LOCATION : known.get(0).type();
            parts.add(new Candidate(start, k, type, false, false, c.rule() + ">" + name()));
            start = k + 1;
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    /**
     * A hyphen and a common lower-case word end no name: "Ground-level ozone", "Safari-and", "a Booker
     * Prize-winner" lose the tail; what is left must still be a name. Not "Park Sun-won", whose
     * syllables may be words.
     */
    private Candidate withoutWordTail(Sentence s, Candidate c) {
        if (shape.hyphenatedGivenName(s.span(c.from(), c.to()))) {
            return c;
        }
        Token last = s.token(c.to() - 1);
        String w = shape.lower(last);
        String tail = w.startsWith("-") ? w.substring(1) : w;
        boolean wordTail = last.text().equals(w) && (gazetteer.isCommonWord(tail) || lx.andWords().contains(tail));
        int to;
        if (wordTail && w.startsWith("-") && c.length() > 1 && shape.glued(s, c.to() - 2, c.to() - 1)) {
            to = c.to() - 1; // "Safari" "-and"
        } else if (wordTail && c.length() > 2 && s.token(c.to() - 2).text().equals("-") && shape.glued(s, c.to() - 3, c.to() - 2)) {
            to = c.to() - 2; // "Ground" "-" "level"
        } else {
            int dash = last.text().lastIndexOf('-');
            String after = dash > 0 ? last.text().substring(dash + 1) : "";
            if (c.length() == 1 && dash > 0 && after.equals(after.toLowerCase(java.util.Locale.ROOT))
                    && (gazetteer.isCommonWord(after) || lx.andWords().contains(after))) {
                return null; // "Co-founder" as one token
            }
            return c;
        }
        if (to <= c.from()) {
            return null;
        }
        Token first = s.token(c.from());
        if (to - c.from() == 1 && (first.text().length() <= 2 || gazetteer.isCommonWord(shape.lower(first)))) {
            return null; // "Ground" of "Ground-level", "Co" of "Co-founder"
        }
        return c.reshaped(c.from(), to, c.type(), name());
    }

    /**
     * One word that names nothing: a function or common word in capitals ("UNLESS" in a quoted letter), a Roman
     * numeral ("XVII"), a capitalised common word the context took for a place ("Cool clock").
     */
    private boolean notAName(Sentence s, Candidate c) {
        if (pluralTitle(s.token(c.to() - 1))) {
            return true; // "the Foreign, Home and Defence Secretaries": office holders, not a name
        }
        if (c.length() != 1) {
            return false;
        }
        Token t = s.token(c.from());
        String text = t.text();
        if (text.indexOf('-') > 0 && java.util.Arrays.stream(text.split("-")).allMatch(p -> !gazetteer.lookup(p).isEmpty())) {
            return true; // "UK-France relationship": two known names, one word, naming neither alone
        }
        if (text.length() > 1 && text.equals(text.toUpperCase(java.util.Locale.ROOT)) && gazetteer.lookup(text).isEmpty()
                && (lx.functionTags().contains(t.pos()) || text.length() >= 4 && gazetteer.isCommonWord(shape.lower(t)))) {
            return true; // not "NATO"; "UNLESS", "NEVER"
        }
        if (text.matches("[IVXLCDM]{2,}")) {
            return true;
        }
        return c.rule().startsWith("context") && c.type() == EntityType.LOCATION
                && !text.equals(text.toUpperCase(java.util.Locale.ROOT)) && gazetteer.isCommonWord(shape.lower(t))
                && !shape.isGivenName(t) && !(c.from() > 0 && lx.locatives().contains(shape.lower(s.token(c.from() - 1))));
    }

    /** "Secretaries", "Ministers": a title in the plural. */
    private boolean pluralTitle(Token t) {
        String w = shape.lower(t);
        return w.endsWith("ies") && lx.titles().contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("s") && lx.titles().contains(w.substring(0, w.length() - 1));
    }

    /**
     * Capitals only, three letters or more, maybe in hyphenated parts ("CJTF-OIR"), and no place the
     * gazetteers know: the short name of a body, not of a place (places the gazetteers know, "UAE",
     * "DPRK", keep their type).
     */
    private boolean acronym(String text) {
        String letters = text.replace("-", "");
        return letters.length() >= 3 && letters.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')
                && gazetteer.lookup(text).isEmpty() && !gazetteer.isPlace(text);
    }

    private boolean placeShaped(Sentence s, Candidate c) {
        if (c.length() >= 2 && lx.compass().contains(shape.lower(s.token(c.from())))) {
            return true;
        }
        if (!gazetteer.isPlace(s.span(c.from(), c.to()))) {
            return false;
        }
        if (c.length() == 1 && c.rule().startsWith("model") && shape.isGivenName(s.token(c.from()))) {
            return false; // "Daniel" is a GeoNames place too; the model's person stays one
        }
        boolean titled = c.from() > 0 && shape.isTitleWord(s.token(c.from() - 1));
        boolean speaks = c.to() < s.size() && lx.say().contains(s.token(c.to()).lowerLemma());
        return !titled && !speaks;
    }
}
