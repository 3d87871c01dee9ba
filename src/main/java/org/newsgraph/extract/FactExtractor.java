package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reads relations, roles, proposals, concerns and statements off resolved sentences.
 * First version: titles before names and statements introduced by a verb of saying.
 */
public final class FactExtractor {
    private static final Set<String> SAY = Set.of("say", "tell", "state", "claim", "warn", "argue", "deny", "add");

    private final Set<String> titles;

    public FactExtractor(Gazetteer gazetteer) {
        this.titles = gazetteer.words("titles");
    }

    public Extraction extract(AnnotatedText text, ResolvedMentions resolved) {
        List<Relation> relations = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<RoleTitle> roles = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention m : resolved.inSentence(s.index())) {
                Entity e = resolved.entity(m);
                if (e.type() == EntityType.PERSON) {
                    titleBefore(s, m).ifPresent(t -> roles.add(new RoleTitle(e, t,
                            new Evidence(s.index(), 0.9, Modality.ASSERTED, "title-before-name"))));
                }
            }
            statement(s, resolved).ifPresent(reports::add);
        }
        return new Extraction(resolved.entities(), relations, reports, roles);
    }

    private java.util.Optional<String> titleBefore(Sentence s, Mention m) {
        int k = m.tokenStart();
        StringBuilder title = new StringBuilder();
        while (k > 0 && titles.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
            k--;
            title.insert(0, s.token(k).text().toLowerCase(Locale.ROOT) + (title.isEmpty() ? "" : " "));
        }
        return title.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(title.toString());
    }

    /** "X said (that) ..." with X a named entity. */
    private java.util.Optional<Report> statement(Sentence s, ResolvedMentions resolved) {
        for (Mention m : resolved.inSentence(s.index())) {
            int v = m.tokenEnd();
            if (v < s.size()) {
                Token verb = s.token(v);
                if (SAY.contains(verb.lemma().toLowerCase(Locale.ROOT)) && v + 1 < s.size()) {
                    String content = s.span(v + 1, s.size());
                    Entity agent = resolved.actor(m);
                    return java.util.Optional.of(new Report(ReportKind.STATEMENT, agent, content, List.of(),
                            new Evidence(s.index(), 0.7, Modality.ASSERTED, "subject-say")));
                }
            }
        }
        return java.util.Optional.empty();
    }
}
