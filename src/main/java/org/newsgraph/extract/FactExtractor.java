package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.RelationRules.Kind;
import org.newsgraph.extract.RelationRules.RoleClass;
import org.newsgraph.extract.RelationRules.Rule;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reads relations, roles, proposals, concerns and statements off resolved sentences, driven by the
 * declarative {@link RelationRules}; direct quotations are attributed here (inverted attributions,
 * quotations over several sentences, "according to X"). Pure: annotated text in, facts out.
 *
 * <pre>{@code
 * FactExtractor facts = new FactExtractor(RelationRules.load());
 * Extraction x = facts.extract(annotated, resolver.resolve(annotated, mentions));
 * }</pre>
 */
public final class FactExtractor {
    private static final double REPORTED_FACTOR = 0.85;
    private static final double HEDGED_FACTOR = 0.7;
    private static final double QUOTE_CONFIDENCE = 0.8;
    private static final double CONTINUED_QUOTE_CONFIDENCE = 0.6;
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    private static final Set<String> TITLE_TAGS = Set.of("ADJ", "NOUN", "PROPN", "DET");
    /** Words that open a role's owner phrase after the title ("of", "to", ...). */
    private static final Set<String> OWNER_WORDS = Set.of("of", "for", "to", "at", "with", "on", "in");
    /** The rule name and confidence of memberships and leaderships inferred for roles with no named owner. */
    private static final String NATIONAL_RULE = "role-national";
    private static final double NATIONAL_CONFIDENCE = 0.6;
    /** How many words before a local role ("mayor") its place may be named. */
    private static final int LOCAL_REACH = 4;

    private final RelationRules rules;
    private final Set<String> roleHeads = new HashSet<>();
    private final Set<String> say;
    private final Set<String> negation;
    private final Set<String> hedge;
    private final Set<String> reported;
    private final Set<String> quoteVerbs;
    private final Map<String, String> abbreviations = new java.util.HashMap<>();
    private final java.util.function.Predicate<String> demonym;

    /** Uses the bundled rules; the gazetteer tells demonyms ("English captain Harry Kane") from other names. */
    public FactExtractor(Gazetteer gazetteer) {
        this(RelationRules.load(), name -> gazetteer.lookup(name).stream().anyMatch(e -> e.kind() == Gazetteer.Kind.DEMONYM));
    }

    /** Without a gazetteer: no name counts as a demonym. */
    public FactExtractor(RelationRules rules) {
        this(rules, name -> false);
    }

    private FactExtractor(RelationRules rules, java.util.function.Predicate<String> demonym) {
        this.rules = rules;
        this.demonym = demonym;
        for (RoleClass c : rules.roleClasses()) {
            for (List<String> head : c.heads()) {
                roleHeads.add(head.get(head.size() - 1));
                roleHeads.add(head.get(head.size() - 1) + "s");
            }
        }
        this.say = rules.words("say");
        this.negation = rules.words("negation");
        this.hedge = rules.words("hedge");
        this.reported = rules.words("reported");
        this.quoteVerbs = new HashSet<>(say);
        this.quoteVerbs.addAll(rules.words("quote"));
        for (String pair : rules.words("abbreviation")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                abbreviations.put(kv[0], kv[1]);
            }
        }
    }

    public Extraction extract(AnnotatedText text, ResolvedMentions resolved) {
        Discourse d = new Discourse(text, resolved, new Discourse.Words(roleHeads, rules.words("government"),
                rules.words("bare-government"), rules.words("honorific"), rules.words("document"), rules.words("obtain"),
                rules.words("female"), rules.words("male"), demonym));
        PatternMatcher matcher = new PatternMatcher(d, rules.roleClasses(), rules.words("addressed"));
        matcher.parseAhead(rules.rules());
        List<RoleTitle> titles = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<PatternMatcher.Match> unnamedHolders = new ArrayList<>();
        List<NationalRoles.RoleUse> roleUses = new ArrayList<>();

        for (Rule rule : rules.rules()) {
            if (rule.kind() != Kind.ROLE) {
                continue;
            }
            for (Sentence s : text.sentences()) {
                for (PatternMatcher.Match m : matcher.matches(rule, s.index())) {
                    if (m.a() == null) {
                        unnamedHolders.add(m);
                    } else {
                        roleFacts(d, m, s, titles, relations, roleUses);
                    }
                }
            }
        }
        d.useTitles(titles);
        for (PatternMatcher.Match m : unnamedHolders) {
            Sentence s = d.sentence(m.sentence());
            Entity holder = d.holderOf(m.title(), s.token(m.start()).start());
            if (holder != null && m.prefix() != null && prefixGivesRelation(d, m)) {
                roleRelation(holder, m.roleClass(), d.arg(m.prefix()), d.isDemonym(m.prefix()), evidence(m, s, m.start(), false))
                        .ifPresent(relations::add);
            }
        }
        relations.addAll(NationalRoles.relations(d, titles, roleUses, relations, NATIONAL_RULE, NATIONAL_CONFIDENCE));
        // a role already relates these pairs: "President Luis Mora of Peru" leads Peru, and is no mere member
        Set<String> rolePairs = new HashSet<>();
        relations.forEach(r -> rolePairs.add(r.subject().key() + "|" + r.object().key()));
        for (Rule rule : rules.rules()) {
            if (rule.kind() == Kind.ROLE) {
                continue;
            }
            for (Sentence s : text.sentences()) {
                for (PatternMatcher.Match m : matcher.matches(rule, s.index())) {
                    if (rule.kind() == Kind.RELATION) {
                        relation(d, m, s).ifPresent(r -> {
                            if (r.predicate().equals("memberOf")
                                    && rolePairs.contains(r.subject().key() + "|" + r.object().key())) {
                                return;
                            }
                            relations.add(r);
                            for (Discourse.Arg other : d.coordinatedBefore(m.a())) {
                                Entity subject = other.actor();
                                if (!subject.equals(r.object())) {
                                    relations.add(new Relation(subject, r.predicate(), r.object(), r.evidence()));
                                }
                            }
                        });
                    } else {
                        report(d, m, s).ifPresent(reports::add);
                    }
                }
            }
        }
        quotations(d, reports);
        return new Extraction(resolved.entities(), distinctRelations(relations), distinctReports(reports),
                distinctTitles(titles));
    }

    // ---- roles ------------------------------------------------------------------------------

    private void roleFacts(Discourse d, PatternMatcher.Match m, Sentence s, List<RoleTitle> titles, List<Relation> relations,
                           List<NationalRoles.RoleUse> roleUses) {
        if (m.a() == null || m.a().entity().type() != EntityType.PERSON || m.title() == null) {
            return;
        }
        Entity person = m.a().entity();
        Evidence ev = evidence(m, s, m.start(), false);
        String title = spelledOut(m.title());
        titles.add(new RoleTitle(person, title, ev));
        if (m.b() != null && !(m.roleClass().predicate().equals("memberOf") && m.b().actor().type() != EntityType.PERSON
                && afterTo(d, m.b())) && !modifiesANoun(d, m)) {
            roleRelation(person, m.roleClass(), m.b(), false, ev).ifPresent(relations::add);
        }
        if (m.prefix() != null && prefixGivesRelation(d, m)) {
            roleRelation(person, m.roleClass(), d.arg(m.prefix()), d.isDemonym(m.prefix()), ev).ifPresent(relations::add);
        }
        boolean owned = m.b() != null || m.prefix() != null || namesAnOwner(m.rule())
                || m.start() > 0 && (s.token(m.start() - 1).isPossessive() || Discourse.endsPossessive(s.token(m.start() - 1)));
        if (!owned && m.roleClass().local()) {
            Entity place = placeJustBefore(d, s, m.start());
            if (place != null) {
                relations.add(new Relation(person, m.roleClass().predicate(), place, ev));
            }
        }
        if (ev.modality() == Modality.ASSERTED) {
            roleUses.add(new NationalRoles.RoleUse(person, m.roleClass(), title, s.index(), owned));
        }
    }

    /**
     * The place named at most a few words before a local role, with no other name between: "Taipei
     * mayor X", "in downtown Taipei to see city mayor X".
     */
    private static Entity placeJustBefore(Discourse d, Sentence s, int titleStart) {
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - LOCAL_REACH; k--) {
            Mention m = d.mentionAt(s.index(), k);
            if (m != null) {
                Entity e = d.resolved.entity(m);
                return e.type() == EntityType.LOCATION ? e : null;
            }
            if (Discourse.lower(s.token(k)).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a person named as the owner after the title only modifies the owner's noun: "director of
     * the National Iodine Nutrition study", "a representative for the LA Sheriff's office" serve a study
     * and an office, not a person.
     */
    private boolean modifiesANoun(Discourse d, PatternMatcher.Match m) {
        Mention b = m.b().mention();
        if (b == null || m.b().actor().type() != EntityType.PERSON || b.sentence() != m.sentence() || b.tokenStart() <= m.start()) {
            return false;
        }
        Sentence s = d.sentence(b.sentence());
        int k = b.tokenEnd();
        if (k < s.size() && (s.token(k).isPossessive() || Discourse.endsPossessive(s.token(b.tokenEnd() - 1)))) {
            k += s.token(k).isPossessive() ? 1 : 0;
            return k < s.size() && s.token(k).pos().equals("NOUN") && !isRoleWord(s.token(k));
        }
        return k < s.size() && s.token(k).pos().equals("NOUN");
    }

    private boolean isRoleWord(Token t) {
        return roleHeads.contains(Discourse.lower(t)) || roleHeads.contains(t.lowerLemma());
    }

    /**
     * Whether the owner is named after "to": an official "to" a body is posted there, not one of its
     * members ("Israel's ambassador to the UN" belongs to Israel).
     */
    private static boolean afterTo(Discourse d, Discourse.Arg owner) {
        Mention b = owner.mention();
        if (b == null) {
            return false;
        }
        Sentence s = d.sentence(b.sentence());
        int k = b.tokenStart() - 1;
        while (k >= 0 && s.token(k).pos().equals("DET")) {
            k--;
        }
        return k >= 0 && Discourse.lower(s.token(k)).equals("to");
    }

    /** Whether the rule reads an owner phrase after the title ("undersecretary to the prime minister"), named or not. */
    private static boolean namesAnOwner(Rule rule) {
        List<RelationRules.Element> p = rule.pattern();
        for (int i = 0; i + 1 < p.size(); i++) {
            if (p.get(i).kind() == RelationRules.ElementKind.TITLE) {
                RelationRules.Element next = p.get(i + 1);
                return next.kind() == RelationRules.ElementKind.WORD && OWNER_WORDS.stream().anyMatch(next.words()::contains)
                        || p.stream().anyMatch(e -> e.kind() == RelationRules.ElementKind.ARG_B);
            }
        }
        return true;
    }

    /**
     * A prefix names whose role it is for official roles ("Jordanian Foreign Minister"); for other
     * roles only an organisation does ("Google co-founder Sergey Brin", but not "Korean expert X").
     */
    private static boolean prefixGivesRelation(Discourse d, PatternMatcher.Match m) {
        return m.roleClass().prefix() || d.resolved.actor(m.prefix()).type() == EntityType.ORGANIZATION;
    }

    /** "sen ." -> "senator", "rep." -> "representative": abbreviated titles written out. */
    private String spelledOut(String title) {
        String t = title.replace(" .", ".");
        String[] words = t.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String full = w.endsWith(".") ? abbreviations.get(w.substring(0, w.length() - 1)) : null;
            out.append(out.length() > 0 ? " " : "").append(full != null ? full : w);
        }
        return out.toString();
    }

    /** A leader leads, an adviser advises, others belong; anyone but a leader serving a person advises them. */
    /**
     * The relation a role gives its holder with the role's owner. A place owns a role only as leader
     * ("the Lombardy region's president"), unless it stands for its government or is named by its
     * people's demonym ("English captain Harry Kane": the region's team).
     */
    private static java.util.Optional<Relation> roleRelation(Entity person, RoleClass role, Discourse.Arg target,
                                                             boolean demonym, Evidence ev) {
        Entity to = target.actor();
        if (to.equals(person)) {
            return java.util.Optional.empty();
        }
        String predicate = role.predicate();
        if (!role.givesRelation()) {
            return java.util.Optional.empty();
        }
        if (role.local() && target.entity().type() == EntityType.LOCATION) {
            return java.util.Optional.of(new Relation(person, predicate, target.entity(), ev)); // "Taipei mayor": the city
        }
        if (to.type() == EntityType.PERSON) {
            if (predicate.equals("leaderOf")) {
                return java.util.Optional.empty();
            }
            predicate = "adviserTo";
        } else if (target.entity().type() == EntityType.LOCATION && !demonym
                && (target.mention() == null || !target.mention().metonym())) {
            if (!predicate.equals("leaderOf")) {
                return java.util.Optional.empty();
            }
            to = target.entity();
        }
        return java.util.Optional.of(new Relation(person, predicate, to, ev));
    }

    // ---- relations and reports ----------------------------------------------------------------

    private java.util.Optional<Relation> relation(Discourse d, PatternMatcher.Match m, Sentence s) {
        if (m.a() == null || m.b() == null) {
            return java.util.Optional.empty();
        }
        boolean places = m.rule().target().equals("locatedIn");
        Entity subject = places ? m.a().entity() : m.a().actor();
        Entity object = places ? m.b().entity() : m.b().actor();
        if (subject.equals(object) || places && inPlaceList(d, m)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Relation(subject, m.rule().target(), object, evidence(m, s, m.triggerEnd(), false)));
    }

    /**
     * Whether "A, B" is part of a list of places ("New South Wales, Victoria, South Australia and
     * Queensland") rather than a place and the place it lies in ("Irving, Texas,").
     */
    private static boolean inPlaceList(Discourse d, PatternMatcher.Match m) {
        Mention a = m.a().mention();
        Mention b = m.b().mention();
        if (a == null || b == null || a.sentence() != b.sentence() || b.tokenStart() != a.tokenEnd() + 1) {
            return false;
        }
        Sentence s = d.sentence(a.sentence());
        if (!s.token(a.tokenEnd()).text().equals(",")) {
            return false;
        }
        int after = b.tokenEnd();
        if (after + 1 < s.size() && s.token(after).text().equals(",")) {
            String next = Discourse.lower(s.token(after + 1));
            Mention third = d.mentionAt(s.index(), after + 1);
            if (next.equals("and") || next.equals("or") || third != null && isPlace(d, third)) {
                return true;
            }
        }
        if (after < s.size() && (Discourse.lower(s.token(after)).equals("and") || Discourse.lower(s.token(after)).equals("or"))) {
            return true; // "Victoria, South Australia and Queensland"
        }
        int before = a.tokenStart() - 1;
        return before > 0 && s.token(before).text().equals(",") && d.mentionAt(s.index(), before - 1) != null
                && isPlace(d, d.mentionAt(s.index(), before - 1));
    }

    private static boolean isPlace(Discourse d, Mention m) {
        EntityType t = d.resolved.entity(m).type();
        return t == EntityType.LOCATION || t == EntityType.COUNTRY;
    }

    private java.util.Optional<Report> report(Discourse d, PatternMatcher.Match m, Sentence s) {
        if (m.a() == null || m.content() == null) {
            return java.util.Optional.empty();
        }
        ReportKind kind = kindOf(m.rule().target());
        Evidence ev = evidence(m, s, m.start(), true);
        return java.util.Optional.of(new Report(kind, m.a().actor(), m.content(),
                mentionedIn(d, m.contentStart(), m.contentEnd(), m.a().actor()), ev));
    }

    private static ReportKind kindOf(String predicate) {
        for (ReportKind k : ReportKind.values()) {
            if (k.predicate().equals(predicate)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown report predicate " + predicate);
    }

    private static List<Entity> mentionedIn(Discourse d, int from, int to, Entity agent) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : d.resolved.mentions()) {
            Entity e = d.resolved.actor(m);
            if (m.start() >= from && m.end() <= to && !out.contains(e) && !e.equals(agent)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Modality from the words between the subject and the end of the trigger ("allegedly told",
     * "did not sell"), plus "according to" anywhere in the sentence; confidence scaled to match.
     * For reports the trigger itself is left out: "denied that ..." is a statement, not a negation.
     */
    private Evidence evidence(PatternMatcher.Match m, Sentence s, int windowEnd, boolean report) {
        int from = m.start();
        if (m.a() != null && m.a().mention() != null && m.a().mention().sentence() == s.index()
                && m.a().mention().tokenEnd() <= m.start()) {
            from = m.a().mention().tokenEnd();
        } else if (m.a() != null && m.a().mention() == null) {
            from = Math.max(0, m.start() - 3);
        }
        int to = report ? m.start() : Math.max(windowEnd, m.start());
        Modality modality = Modality.ASSERTED;
        for (int i = from; i < to && i < s.size(); i++) {
            Token t = s.token(i);
            if (PatternMatcher.wordMatches(negation, t)) {
                modality = Modality.NEGATED;
                break;
            }
            if (PatternMatcher.wordMatches(hedge, t)) {
                modality = Modality.HEDGED;
            } else if (modality == Modality.ASSERTED && PatternMatcher.wordMatches(reported, t) && !report) {
                modality = Modality.REPORTED;
            }
        }
        if (modality == Modality.ASSERTED && !report && s.text().toLowerCase(Locale.ROOT).contains("according to")) {
            modality = Modality.REPORTED;
        }
        double c = m.rule().confidence() * switch (modality) {
            case ASSERTED, NEGATED -> 1.0;
            case REPORTED -> REPORTED_FACTOR;
            case HEDGED -> HEDGED_FACTOR;
        };
        return new Evidence(s.index(), c, modality, m.rule().name());
    }

    // ---- direct quotations ---------------------------------------------------------------------

    /**
     * Each quotation goes to its speaker: an attribution right after it ('"...," said X', '"..." stated
     * he'), a verb of saying or "according to X" before it in its sentence, the agent of another report
     * in the same sentence, or else the speaker of a quotation in the sentence just before.
     */
    private void quotations(Discourse d, List<Report> reports) {
        Entity previousSpeaker = null;
        int previousLast = -10;
        for (Discourse.Quote q : d.quotes()) {
            String text = q.text(d.text.text());
            if (text.split("\\s+").length < 3) {
                continue; // a scare-quoted word or two ("iron-clad") is not a statement
            }
            Entity speaker = null;
            String rule = "quote-after";
            double confidence = QUOTE_CONFIDENCE;
            Discourse.Arg after = attributionAfter(d, q);
            if (after != null) {
                speaker = after.actor();
            }
            if (speaker == null) {
                Discourse.Arg before = attributionBefore(d, q);
                if (before != null) {
                    speaker = before.actor();
                    rule = "quote-before";
                }
            }
            if (speaker == null) {
                Discourse.Arg intro = introducedBefore(d, q);
                if (intro != null) {
                    speaker = intro.actor();
                    rule = "quote-introduced";
                }
            }
            if (speaker == null) {
                for (Report r : reports) {
                    if (r.evidence().sentence() == q.firstSentence() && r.kind() != ReportKind.CONCERN) {
                        speaker = r.agent();
                        rule = "quote-in-report";
                        break;
                    }
                }
            }
            boolean introducedByAnother = speaker == null && introducedOtherwise(d, q);
            Entity reportedBefore = statementAgent(reports, q.firstSentence() - 1);
            if (speaker == null && !introducedByAnother && reportedBefore != null && previousLast < q.firstSentence() - 1
                    && !otherPersonOutsideQuotes(d, q.firstSentence(), reportedBefore)) {
                speaker = reportedBefore; // 'Heald noted the findings show ...' / '"An air-quality cleanup ..."'
                rule = "quote-after-statement";
                confidence = CONTINUED_QUOTE_CONFIDENCE;
            }
            if (speaker == null && !introducedByAnother && previousSpeaker != null && q.firstSentence() - previousLast <= 1
                    && !otherPersonOutsideQuotes(d, q.firstSentence(), previousSpeaker)) {
                speaker = previousSpeaker;
                rule = "quote-continued";
                confidence = CONTINUED_QUOTE_CONFIDENCE;
            }
            if (speaker != null) {
                reports.add(new Report(ReportKind.STATEMENT, speaker, text, mentionedIn(d, q.open(), q.close(), speaker),
                        new Evidence(q.firstSentence(), confidence, Modality.ASSERTED, rule)));
                previousSpeaker = speaker;
                previousLast = q.lastSentence();
            }
        }
    }

    /** '"...," said X', '"..." stated he', '"...," X said'. */
    private Discourse.Arg attributionAfter(Discourse d, Discourse.Quote q) {
        Sentence s = d.sentence(q.lastSentence());
        int i = Discourse.tokenAtOrAfter(s, q.close());
        if (i < s.size() && s.token(i).isQuoteMark()) {
            i++;
        }
        while (i < s.size() && Discourse.lower(s.token(i)).equals(",")) {
            i++;
        }
        if (i >= s.size() && s.index() + 1 < d.text.sentences().size()) {
            s = d.sentence(s.index() + 1); // the attribution split off as a sentence of its own: '- Matthew Ingram'
            i = 0;
            if (s.size() == 0 || !DASHES.contains(s.token(0).text())) {
                return null;
            }
        }
        if (i >= s.size()) {
            return null;
        }
        if (DASHES.contains(s.token(i).text()) && i + 1 < s.size()) {
            Mention m = d.mentionAt(s.index(), i + 1); // '"..." - Matthew Ingram'
            return m != null && d.resolved.actor(m).type() == EntityType.PERSON ? d.arg(m) : null;
        }
        if (PatternMatcher.wordMatches(say, s.token(i)) && i + 1 < s.size()) {
            if (s.token(i + 1).pos().equals("PRON")) {
                return d.pronoun(s.index(), i + 1, Discourse.lower(s.token(i + 1)));
            }
            // 'said X', 'said Ambassador X', 'said the foreign minister', 'said Russia's foreign minister'
            for (int k = i + 1; k < s.size() && k <= i + 6; k++) {
                Mention m = d.mentionAt(s.index(), k);
                if (m != null && d.resolved.actor(m).type() == EntityType.PERSON) {
                    return d.arg(m);
                }
                Discourse.Arg role = d.role(s.index(), k);
                if (role != null) {
                    return role;
                }
                Token t = s.token(k);
                if (m == null && !TITLE_TAGS.contains(t.pos()) && !d.isHonorific(t) && !t.isPossessive()) {
                    break;
                }
            }
            Mention m = d.mentionAt(s.index(), i + 1);
            if (m == null && i + 2 < s.size() && s.token(i + 1).pos().equals("DET")) {
                m = d.mentionAt(s.index(), i + 2);
            }
            return m != null ? d.arg(m) : null;
        }
        for (int k = i; k < s.size() && k < i + 6; k++) {
            if (PatternMatcher.wordMatches(say, s.token(k))) {
                return d.subjectBefore(s.index(), k);
            }
            if (s.token(k).isQuoteMark()) {
                break;
            }
        }
        return null;
    }

    /** 'X said: "..."', 'X calls this an "..."', 'according to X, ... "..."' in the quotation's first sentence. */
    private Discourse.Arg attributionBefore(Discourse d, Discourse.Quote q) {
        Sentence s = d.sentence(q.firstSentence());
        int open = Discourse.tokenAtOrAfter(s, q.open());
        for (int k = open - 1; k >= 0; k--) {
            if (d.inQuote(s.index(), k)) {
                continue;
            }
            Token t = s.token(k);
            if (PatternMatcher.wordMatches(quoteVerbs, t)) {
                Discourse.Arg a = d.subjectBefore(s.index(), k);
                if (a != null) {
                    return a;
                }
            }
            if (t.is("according") && k + 2 < s.size() && s.token(k + 1).is("to")) {
                Mention m = d.mentionAt(s.index(), k + 2);
                if (m == null && k + 3 < s.size() && s.token(k + 2).pos().equals("DET")) {
                    m = d.mentionAt(s.index(), k + 3);
                }
                if (m != null) {
                    return d.arg(m);
                }
            }
        }
        return null;
    }

    /**
     * A quotation introduced by a colon ('Sunak defended the record: "..."') or opening a sentence
     * right after one that ends with a colon or comma ('Rathbun stated,' / '"Daniel was ..."'): the
     * verb of saying there, else the main subject of the introducing clause.
     */
    private Discourse.Arg introducedBefore(Discourse d, Discourse.Quote q) {
        Sentence s = d.sentence(q.firstSentence());
        int open = Discourse.tokenAtOrAfter(s, q.open());
        int k = open - 1;
        while (k >= 0 && s.token(k).isQuoteMark()) {
            k--;
        }
        if (k >= 0) {
            return Discourse.lower(s.token(k)).equals(":") && !d.inQuote(s.index(), k) ? introducer(d, s, k) : null;
        }
        if (s.index() == 0) {
            return null;
        }
        Sentence prev = d.sentence(s.index() - 1);
        int last = prev.size() - 1;
        if (last < 1 || d.inQuote(prev.index(), last)) {
            return null;
        }
        String w = Discourse.lower(prev.token(last));
        return w.equals(":") || w.equals(",") ? introducer(d, prev, last) : null;
    }

    /** The speaker of the clause ending at {@code end}: a verb of saying's subject, else the main subject. */
    private Discourse.Arg introducer(Discourse d, Sentence s, int end) {
        for (int k = end - 1; k >= 0; k--) {
            if (d.inQuote(s.index(), k) || s.token(k).isQuoteMark()) {
                continue;
            }
            if (PatternMatcher.wordMatches(quoteVerbs, s.token(k))) {
                Discourse.Arg a = d.subjectBefore(s.index(), k);
                if (a != null) {
                    return a;
                }
            }
        }
        Discourse.Arg a = d.sentenceSubject(s.index());
        if (a == null) {
            a = d.openingName(s.index());
        }
        if (a == null || a.actor().type() == EntityType.LOCATION) {
            return null;
        }
        if (a.mention() != null && (a.mention().sentence() != s.index() || a.mention().tokenStart() >= end)) {
            return null;
        }
        return a;
    }

    /**
     * Whether words of the quotation's own sentence introduce it without naming a speaker, so it
     * cannot be the last speaker going on: 'One poster admitted ..., writing "..."', 'An anonymous
     * blogger, "..."'. A quotation that opens its sentence, or follows only a dash, goes on.
     */
    private boolean introducedOtherwise(Discourse d, Discourse.Quote q) {
        Sentence s = d.sentence(q.firstSentence());
        int open = Discourse.tokenAtOrAfter(s, q.open());
        for (int k = 0; k < open && k < s.size(); k++) {
            Token t = s.token(k);
            if (d.inQuote(s.index(), k) || t.isQuoteMark() || t.pos().equals("PUNCT")) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** The person who made the one statement reported in a sentence, or null. */
    private static Entity statementAgent(List<Report> reports, int sentence) {
        Entity found = null;
        for (Report r : reports) {
            if (r.kind() == ReportKind.STATEMENT && r.evidence().sentence() == sentence) {
                if (found != null && !found.equals(r.agent()) || r.agent().type() != EntityType.PERSON) {
                    return null;
                }
                found = r.agent();
            }
        }
        return found;
    }

    /** Whether a person other than {@code speaker} is named outside quotations in the sentence: a new speaker. */
    private static boolean otherPersonOutsideQuotes(Discourse d, int sentence, Entity speaker) {
        for (Mention m : d.resolved.inSentence(sentence)) {
            Entity e = d.resolved.actor(m);
            if (e.type() == EntityType.PERSON && !e.equals(speaker) && !d.inQuote(sentence, m.tokenStart())) {
                return true;
            }
        }
        return false;
    }

    // ---- de-duplication ---------------------------------------------------------------------------

    private static List<Relation> distinctRelations(List<Relation> relations) {
        Map<String, Relation> best = new LinkedHashMap<>();
        for (Relation r : relations) {
            String key = r.subject().key() + "|" + r.subject().type() + "|" + r.predicate() + "|" + r.object().key()
                    + "|" + r.object().type() + "|" + (r.evidence().modality() == Modality.NEGATED);
            Relation old = best.get(key);
            if (old == null || old.evidence().confidence() < r.evidence().confidence()) {
                best.put(key, r);
            }
        }
        return List.copyOf(best.values());
    }

    /** Drops a report whose text another report of the same agent and kind already holds. */
    private static List<Report> distinctReports(List<Report> reports) {
        return withoutCovered(reports, (o, r, earlier) -> o.kind() == r.kind() && o.agent().equals(r.agent())
                && o.text().contains(r.text()) && (o.text().length() > r.text().length() || earlier));
    }

    /** One title per wording and person; "secretary" gives way to "foreign affairs secretary". */
    private static List<RoleTitle> distinctTitles(List<RoleTitle> titles) {
        return withoutCovered(titles, (o, t, earlier) -> o.person().equals(t.person())
                && (o.title().endsWith(" " + t.title()) || o.title().equals(t.title()) && earlier));
    }

    /** Whether {@code other} makes {@code item} redundant; {@code earlier}: other comes first in the list. */
    private interface Covers<T> {
        boolean test(T other, T item, boolean earlier);
    }

    /** The items no other item covers, in order. */
    private static <T> List<T> withoutCovered(List<T> items, Covers<T> covers) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean covered = false;
            for (int j = 0; j < items.size() && !covered; j++) {
                covered = i != j && covers.test(items.get(j), items.get(i), j < i);
            }
            if (!covered) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
