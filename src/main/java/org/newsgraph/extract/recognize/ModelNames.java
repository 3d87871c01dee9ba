package org.newsgraph.extract.recognize;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Source: the statistical name finder behind OpenNLP's {@link TokenNameFinder} ({@code
 * en-ner-news.bin}, see {@code NOTICE-ner.md}). Its spans are trimmed of titles, determiners and
 * punctuation, and context corrects its type ("Foreign Ministry" is an organisation).
 *
 * <p>Thread-safe: each thread gets its own {@link NameFinderME} over the shared immutable model; its
 * adaptive data is cleared at the end of each article.
 */
final class ModelNames implements Pass {
    private final TokenShape shape;
    private final Lexicon lx;
    private final ThreadLocal<TokenNameFinder> finders;

    ModelNames(TokenShape shape, TokenNameFinderModel model) {
        this.shape = shape;
        this.lx = shape.lexicon();
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public void apply(Sentence s, Candidates c) {
        c.set(Candidates.Source.MODEL, modelCandidates(s, finders.get()));
    }

    @Override
    public void endArticle() {
        finders.get().clearAdaptiveData();
    }

    private List<Candidate> modelCandidates(Sentence s, TokenNameFinder finder) {
        String[] tokens = new String[s.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = s.token(i).text();
        }
        List<Candidate> out = new ArrayList<>();
        for (Span span : finder.find(tokens)) {
            int from = span.getStart();
            int to = span.getEnd();
            // leading honorifics, titles and determiners are not part of the name
            while (from < to && (shape.isTitleWord(s.token(from)) || "DET".equals(s.token(from).pos())
                    || "PUNCT".equals(s.token(from).pos()) || shape.isOpeningPreposition(s.token(from)))) {
                from++;
            }
            from = shape.afterPortfolio(s, from, to);
            while (to > from && ("PUNCT".equals(s.token(to - 1).pos()) && !(s.token(to - 1).text().equals(".") && to - 2 >= from
                    && s.token(to - 2).text().length() <= 2)
                    || "PART".equals(s.token(to - 1).pos()) || s.token(to - 1).text().equals("'s"))) {
                to--;
            }
            while (to - 1 > from && lx.nameJoiners().contains(s.token(to - 1).text())) {
                to--; // "University of" is cut before the rest of its name
            }
            to = shape.extendGlued(s, to);
            from = shape.extendGluedBack(s, from);
            if (from >= to || !plausibleName(s, from, to)) {
                continue;
            }
            EntityType type = switch (span.getType()) {
                case "person" -> EntityType.PERSON;
                case "organization" -> EntityType.ORGANIZATION;
                default -> EntityType.LOCATION;
            };
            out.add(new Candidate(from, to, correctType(s, from, to, type), false, false, name()));
        }
        return out;
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
            String w = shape.lower(t);
            if (t.isCapitalised()) {
                if (!lx.notNames().contains(w.replace(".", "")) && !shape.isTitleWord(t)) {
                    content = true;
                }
            } else if (!lx.particles().contains(w) && !lx.nameJoiners().contains(w) && !"NUM".equals(t.pos())
                    && !t.text().equals("-") && !t.text().equals(".") && !t.text().equals("'") && !lx.isNameSuffix(w)
                    && !(k > from && shape.glued(s, k - 1, k))) {
                return false;
            }
        }
        if (to - from == 1 && (first.text().length() == 1 || lx.compass().contains(shape.lower(first)))) {
            return false; // "the South" alone is too vague to name anything
        }
        return content;
    }

    /** Context beats the model: head words, honorifics. */
    private EntityType correctType(Sentence s, int from, int to, EntityType type) {
        String last = shape.lower(s.token(to - 1));
        EntityType headed = shape.headedType(s, from, to);
        if (headed != null) {
            return headed;
        }
        if (lx.orgHeads().contains(last) || (to - from >= 3 && shape.hasOrgHead(s, from, to))) {
            return EntityType.ORGANIZATION;
        }
        if (lx.locationHeads().contains(last) && to - from >= 2) {
            return EntityType.LOCATION;
        }
        if (from > 0 && lx.honorifics().contains(shape.lower(s.token(from - 1)))) {
            return EntityType.PERSON;
        }
        if (type == EntityType.PERSON && from > 0 && lx.placePrepositions().contains(shape.lower(s.token(from - 1)))
                && !(to < s.size() && s.token(to).isPossessive())) {
            return EntityType.LOCATION; // "near Al Huwayjah", "in Raqqa"; not "in Biden's speech"
        }
        return type;
    }
}
