package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.RelationRules.DependencyPattern;
import org.newsgraph.extract.RelationRules.ElementKind;
import org.newsgraph.extract.RelationRules.Rule;
import org.newsgraph.extract.RelationRules.Slot;
import org.newsgraph.nlp.Dependencies;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Matches a dependency rule ({@code dep TRIGGER SLOT=ARG ...} in {@code relations.rules}) against
 * one sentence's parse: a trigger word and the arguments it governs. Arguments follow the syntax,
 * not the word order, so they survive inserted clauses ("X, who met Y on Tuesday, visited Z"),
 * passives ("Y was visited by X"), possessives ("X's talks with Y"), control ("X urged Y to visit
 * Z"), shared subjects ("X met Y and visited Z") and coordination ("X and Y signed").
 *
 * <p>A sentence is parsed only when a rule could fire on it: its trigger is there, and for a
 * relation, two entities are named (or one and a pronoun).
 */
final class DependencyMatcher {
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> CONTENT_SKIP = Set.of("that", "to", ",", ":", "whether", "if", "for", "about", "over", "of");
    /** Relations under which a nominal's name may hang ("President | Xi", "the ambassador, | Kim"). */
    private static final Set<String> NAME_CHILDREN = Set.of("flat", "compound", "appos");
    private static final int MAX_DEPTH = 4;
    /** Pronouns that may stand for a named speaker. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we");
    /** Verbs whose object noun names the event ("held talks", "paid a visit"): its subject is the verb's. */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "make", "pay", "begin", "start",
            "open", "continue", "resume", "launch", "express", "voice", "raise", "put");

    private final Discourse d;
    /** Mentions per sentence, counted once. */
    private int[] mentionCounts;

    DependencyMatcher(Discourse d) {
        this.d = d;
    }

    List<PatternMatcher.Match> matches(Rule rule, int sentence) {
        Sentence s = d.sentence(sentence);
        List<Integer> triggers = triggers(rule, sentence, s);
        if (triggers.isEmpty()) {
            return List.of();
        }
        Dependencies deps = d.text.syntax().of(s);
        if (deps == null || deps.size() != s.size()) {
            return List.of();
        }
        List<PatternMatcher.Match> out = new ArrayList<>();
        for (int trigger : triggers) {
            match(rule, sentence, s, deps, trigger, out);
        }
        return out;
    }

    /**
     * Parses, all at once, the sentences that some of the rules will ask for: the same sentences
     * {@link #matches} would parse one by one, for less (the parser sets itself up once).
     */
    void parseAhead(List<Rule> rules) {
        List<Sentence> wanted = new ArrayList<>();
        for (Sentence s : d.text.sentences()) {
            for (Rule rule : rules) {
                if (rule.readsSyntax() && !triggers(rule, s.index(), s).isEmpty()) {
                    wanted.add(s);
                    break;
                }
            }
        }
        d.text.syntax().parseAll(wanted);
    }

    /** The rule's trigger words in the sentence; none when the rule could not fire there (see {@link #worthParsing}). */
    private List<Integer> triggers(Rule rule, int sentence, Sentence s) {
        if (!enoughEntities(rule, sentence, s)) {
            return List.of();
        }
        DependencyPattern p = rule.dependency();
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (d.mentionAt(sentence, i) == null && PatternMatcher.wordMatches(p.trigger(), t)
                    && (p.triggerPos().isEmpty() || p.triggerPos().contains(t.pos()))) {
                triggers.add(i);
            }
        }
        return triggers.isEmpty() || !worthParsing(rule, s) ? List.of() : triggers;
    }

    /** A relation needs two named entities, a report one or a personal pronoun. */
    private boolean enoughEntities(Rule rule, int sentence, Sentence s) {
        if (mentionCounts == null) {
            mentionCounts = new int[d.text.sentences().size()];
            for (Mention m : d.resolved.mentions()) {
                if (m.sentence() >= 0 && m.sentence() < mentionCounts.length) {
                    mentionCounts[m.sentence()]++;
                }
            }
        }
        int mentions = mentionCounts[sentence];
        if (rule.kind() == RelationRules.Kind.REPORT) {
            return mentions > 0 || s.tokens().stream().anyMatch(t -> PERSONAL.contains(Discourse.lower(t)));
        }
        return mentions >= 2;
    }

    /**
     * Whether the rule could fire at all, before paying for a parse: besides its trigger and the
     * entities ({@link #enoughEntities}), every preposition a slot asks for must occur.
     */
    private boolean worthParsing(Rule rule, Sentence s) {
        for (Slot slot : rule.dependency().slots()) {
            if (!slot.prepositions().isEmpty() && s.tokens().stream().noneMatch(t -> slot.prepositions().contains(Discourse.lower(t)))) {
                return false;
            }
        }
        return true;
    }

    private void match(Rule rule, int sentence, Sentence s, Dependencies deps, int trigger, List<PatternMatcher.Match> out) {
        List<Discourse.Arg> as = List.of();
        List<Discourse.Arg> bs = List.of(new Discourse.Arg(null, null, null));
        int[] content = null;
        boolean hasB = false;
        for (Slot slot : rule.dependency().slots()) {
            List<Integer> heads = slotHeads(slot, sentence, s, deps, trigger);
            if (slot.role() == ElementKind.CONTENT && !slot.prepositions().isEmpty()) {
                heads = heads.stream().filter(h -> phrasal(s, deps, trigger, h)).toList();
            }
            if (slot.role() == ElementKind.CONTENT) {
                content = heads.isEmpty() ? null : content(s, deps, heads.get(0));
                if (content == null) {
                    return;
                }
                continue;
            }
            List<Discourse.Arg> args = new ArrayList<>();
            for (int h : heads) {
                for (Discourse.Arg a : args(sentence, s, deps, h, 0)) {
                    if (a.entity() != null && (slot.types().contains(a.entity().type()) || slot.types().contains(a.actor().type()))
                            && args.stream().noneMatch(x -> x.actor().equals(a.actor()))) {
                        args.add(a);
                    }
                }
            }
            if (args.isEmpty()) {
                return;
            }
            if (slot.role() == ElementKind.ARG_A) {
                as = args;
            } else {
                bs = args;
                hasB = true;
            }
        }
        for (Discourse.Arg a : as) {
            for (Discourse.Arg b : bs) {
                Discourse.Arg bound = hasB ? b : null;
                if (bound != null && a.actor().equals(bound.actor())) {
                    continue;
                }
                out.add(new PatternMatcher.Match(rule, a, bound, null, null, null,
                        content == null ? null : s.span(content[0], content[1] + 1),
                        content == null ? 0 : s.token(content[0]).start(), content == null ? 0 : s.token(content[1]).end(),
                        trigger, trigger + 1, sentence));
            }
        }
    }

    // ---- slots ----------------------------------------------------------------------------------

    /** The tokens that fill a slot of the trigger, following control, shared subjects and relative clauses. */
    private List<Integer> slotHeads(Slot slot, int sentence, Sentence s, Dependencies deps, int trigger) {
        boolean passive = passive(deps, trigger);
        return switch (slot.relation()) {
            case "subj" -> passive ? agents(s, deps, trigger) : subjects(s, deps, trigger, 0);
            case "nsubj" -> {
                List<Integer> subjects = subjects(s, deps, trigger, 0);
                yield subjects.isEmpty() ? passiveSubjects(s, deps, trigger) : subjects; // "X was alarmed"
            }
            case "obj" -> passive ? passiveSubjects(s, deps, trigger) : children(deps, trigger, "obj");
            case "agent" -> agents(s, deps, trigger);
            case "poss" -> children(deps, trigger, "nmod:poss");
            case "xcomp" -> clauses(s, deps, trigger, "xcomp", "to");
            case "ccomp" -> clauses(s, deps, trigger, "ccomp", "that");
            case "obl", "nmod" -> marked(s, deps, trigger, slot.relation(), slot.prepositions());
            default -> children(deps, trigger, slot.relation());
        };
    }

    /**
     * Clausal complements; also an adverbial clause opened by the complement's marker, which the
     * parser often gives instead ("urged Y | to visit", "said | that ...").
     */
    private static List<Integer> clauses(Sentence s, Dependencies deps, int trigger, String relation, String marker) {
        List<Integer> out = children(deps, trigger, relation);
        for (int c : deps.children(trigger)) {
            if (deps.relation(c).equals("advcl") && c > trigger && marker(s, deps, c, marker)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the clause headed by {@code head} is opened by the marker word ("to", "that"). */
    private static boolean marker(Sentence s, Dependencies deps, int head, String word) {
        for (int c : deps.children(head)) {
            if (deps.relation(c).equals("mark") && Discourse.lower(s.token(c)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(Dependencies deps, int trigger) {
        for (int c : deps.children(trigger)) {
            String r = deps.relation(c);
            if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Children of the trigger by relation; "obj" also takes "obj"'s subtypes. */
    private static List<Integer> children(Dependencies deps, int trigger, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int c : deps.children(trigger)) {
            if (deps.relation(c).equals(relation) || deps.baseRelation(c).equals(relation) && !relation.contains(":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The trigger's subject: its own, else a controller's ("X urged Y to visit": Y), a shared one, a relative's antecedent. */
    private List<Integer> subjects(Sentence s, Dependencies deps, int trigger, int depth) {
        List<Integer> own = new ArrayList<>();
        for (int c : deps.children(trigger)) {
            if (deps.relation(c).equals("nsubj") || deps.relation(c).equals("nsubj:outer")) {
                own.add(c); // nsubj:outer: "X and his father are to travel to Y"
            }
        }
        String rel = deps.relation(trigger);
        int head = deps.head(trigger);
        if (!own.isEmpty()) {
            if (RELATIVES.contains(Discourse.lower(s.token(own.get(0)))) && rel.startsWith("acl") && head >= 0) {
                return List.of(head); // "X, who met Y": X
            }
            return own;
        }
        if (head < 0 || depth >= MAX_DEPTH) {
            return List.of();
        }
        if (rel.equals("xcomp") || rel.equals("advcl") && marker(s, deps, trigger, "to")) {
            List<Integer> controller = children(deps, head, "obj");
            return controller.isEmpty() ? subjects(s, deps, head, depth + 1) : controller;
        }
        if (rel.equals("obj") && LIGHT_VERBS.contains(s.token(head).lowerLemma())) {
            return subjects(s, deps, head, depth + 1); // "X held talks with Y", "X paid a visit to Y"
        }
        if (rel.equals("conj") || rel.equals("advcl")) {
            return passive(deps, head) ? agents(s, deps, head) : subjects(s, deps, head, depth + 1);
        }
        if (rel.equals("acl") && s.token(trigger).text().endsWith("ing")) {
            return List.of(head); // "X, visiting Y,"
        }
        return List.of();
    }

    private List<Integer> passiveSubjects(Sentence s, Dependencies deps, int trigger) {
        List<Integer> own = children(deps, trigger, "nsubj:pass");
        if (!own.isEmpty() && RELATIVES.contains(Discourse.lower(s.token(own.get(0))))
                && deps.relation(trigger).startsWith("acl") && deps.head(trigger) >= 0) {
            return List.of(deps.head(trigger)); // "Y, who was visited by X": Y
        }
        if (own.isEmpty() && deps.relation(trigger).equals("acl") && deps.head(trigger) >= 0) {
            return List.of(deps.head(trigger)); // "Y, visited by X in May,"
        }
        return own;
    }

    /** The passive agent: "obl:agent", or an oblique marked "by". */
    private static List<Integer> agents(Sentence s, Dependencies deps, int trigger) {
        List<Integer> out = children(deps, trigger, "obl:agent");
        if (out.isEmpty()) {
            out = marked(s, deps, trigger, "obl", Set.of("by"));
        }
        return out;
    }

    /**
     * Obliques or nominal modifiers whose case word is one of the prepositions (any when none are
     * given). For a noun that is a light verb's object, the verb's obliques count too: "held talks
     * with Y" may hang "with Y" on either word.
     */
    private static List<Integer> marked(Sentence s, Dependencies deps, int trigger, String relation, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>(deps.children(trigger));
        int head = deps.head(trigger);
        if (relation.equals("nmod") && head >= 0 && deps.relation(trigger).equals("obj")
                && LIGHT_VERBS.contains(s.token(head).lowerLemma())) {
            for (int c : deps.children(head)) {
                if (c > trigger && deps.baseRelation(c).equals("obl")) {
                    candidates.add(c);
                }
            }
        }
        for (int c : candidates) {
            String base = deps.baseRelation(c);
            if (!base.equals(relation) && !(relation.equals("nmod") && base.equals("obl") && !deps.children(trigger).contains(c))) {
                continue;
            }
            if (deps.relation(c).equals("nmod:poss")) {
                continue;
            }
            if (prepositions.isEmpty()) {
                out.add(c);
                continue;
            }
            for (int k : deps.children(c)) {
                if (deps.relation(k).equals("case") && prepositions.contains(Discourse.lower(s.token(k)))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    // ---- arguments --------------------------------------------------------------------------------

    /**
     * The entities a head token stands for: the mention it lies in, a name hanging under it
     * ("President | Xi"), a pronoun's or role's referent, a government's country; plus those of its
     * conjuncts ("X and Y").
     */
    private List<Discourse.Arg> args(int sentence, Sentence s, Dependencies deps, int h, int depth) {
        List<Discourse.Arg> out = new ArrayList<>();
        Discourse.Arg a = arg(sentence, s, deps, h);
        if (a != null) {
            out.add(a);
        }
        if (depth < MAX_DEPTH) {
            for (int c : deps.children(h)) {
                if (deps.relation(c).equals("conj")) {
                    out.addAll(args(sentence, s, deps, c, depth + 1));
                }
            }
        }
        return out;
    }

    private Discourse.Arg arg(int sentence, Sentence s, Dependencies deps, int h) {
        Mention m = d.mentionAt(sentence, h);
        if (m != null) {
            return d.arg(m);
        }
        Token t = s.token(h);
        if (t.pos().equals("PRON")) {
            return d.pronoun(sentence, h, Discourse.lower(t));
        }
        if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
            for (int c : deps.children(h)) {
                Mention named = d.mentionAt(sentence, c);
                if (named != null && NAME_CHILDREN.contains(deps.baseRelation(c))
                        && (deps.baseRelation(c).equals("appos") || d.resolved.actor(named).type() == EntityType.PERSON)) {
                    return d.arg(named);
                }
            }
            Discourse.Arg g = d.government(sentence, h);
            return g != null ? g : d.role(sentence, h);
        }
        return null;
    }

    /**
     * Whether a content oblique's preposition follows the trigger as a verb particle does ("called
     * for", "warned of", "worried about"): right after it or after an adverb. "calls this a disaster
     * for Y" is not a call for Y.
     */
    private static boolean phrasal(Sentence s, Dependencies deps, int trigger, int oblique) {
        for (int c : deps.children(oblique)) {
            if (deps.relation(c).equals("case")) {
                int k = trigger + 1;
                while (k < c && s.token(k).pos().equals("ADV")) {
                    k++;
                }
                return k == c;
            }
        }
        return false;
    }

    /** The first and last token of what a clause says, without its "that" or "to" and end punctuation; null if too short. */
    private static int[] content(Sentence s, Dependencies deps, int head) {
        int[] span = deps.span(head);
        int from = span[0];
        int to = span[1];
        while (from < to && (CONTENT_SKIP.contains(Discourse.lower(s.token(from))) || s.token(from).isQuoteMark()
                && !closesLater(s, from, to))) {
            from++;
        }
        while (to > from && s.token(to).pos().equals("PUNCT") && !s.token(to).isQuoteMark()) {
            to--;
        }
        return to - from < 1 ? null : new int[] {from, to};
    }

    /** Whether a quotation mark at {@code open} has its partner before {@code to}. */
    private static boolean closesLater(Sentence s, int open, int to) {
        for (int k = open + 1; k <= to; k++) {
            if (s.token(k).isQuoteMark()) {
                return true;
            }
        }
        return false;
    }
}
