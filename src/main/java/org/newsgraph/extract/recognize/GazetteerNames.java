package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Source: the gazetteer's names, longest match first: countries, demonyms that stand for their state,
 * capitals, regions and well-known organisations. Language names after "in" or "speaks" are skipped.
 */
final class GazetteerNames implements Pass {
    private final TokenShape shape;
    private final Lexicon lx;
    private final Gazetteer gazetteer;

    GazetteerNames(TokenShape shape) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.gazetteer = shape.gazetteer();
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        c.set(Candidates.Source.GAZETTEER, gazetteerCandidates(s));
    }

    private List<Candidate> gazetteerCandidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            boolean particle = lx.particles().contains(shape.lower(s.token(i)));
            if (!s.token(i).isCapitalised() && !particle || shape.lower(s.token(i)).equals("the")) { // "al Qaeda" opens lower case
                i++;
                continue;
            }
            int end = shape.gazetteerMatch(s, i);
            if (end > i) {
                Gazetteer.Entry e = gazetteer.lookup(s.span(i, end)).get(0);
                if (end < s.size() && s.token(end).text().equals(".") && s.token(end).start() == s.token(end - 1).end()
                        && s.token(end - 1).text().contains(".")) {
                    end++; // "U.N" "." is "U.N."
                }
                boolean language = end == i + 1 && i > 0 && lx.languages().contains(shape.lower(s.token(i)))
                        && lx.languageCues().contains(shape.lower(s.token(i - 1)));
                if (!language && (e.kind() != Gazetteer.Kind.DEMONYM || demonymStandsForState(s, end))) {
                    out.add(new Candidate(i, end, e.type(), true, e.kind() == Gazetteer.Kind.CAPITAL, name()));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
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
            String w = shape.lower(t);
            if (lx.stateNouns().contains(t.lowerLemma()) || lx.stateNouns().contains(w) || shape.isTitleWord(t)
                    || w.endsWith("s") && lx.stateNouns().contains(w.substring(0, w.length() - 1))) {
                return true;
            }
            if (!"ADJ".equals(t.pos()) && !"NOUN".equals(t.pos()) && !"PROPN".equals(t.pos())) {
                break;
            }
        }
        return false;
    }
}
