package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.RelationRules.RoleClass;

/**
 * The country a national role serves when the article names no owner for it: "Prime Minister Rishi
 * Sunak" or "Home Secretary Suella Braverman" in an article about the UK lead or belong to the UK.
 *
 * <p>The country is the one the article is about: the most mentioned, counting twice each sentence
 * that gives the role and names that country alone. It must clearly lead the others (at least three
 * mentions, half again as many as the next), or nothing is said. A country whose same role another
 * person already holds is no candidate ("President Biden" in an article where "the South Korean
 * president" is Yoon leads the US, not South Korea), and a person the article already ties to a
 * country or organisation through a role keeps that tie alone.
 */
final class NationalRoles {
    private static final int MIN_MENTIONS = 3;
    private static final double LEAD = 1.5;
    private static final int SENTENCE_VOTE = 2;

    /**
     * A role given to a person: its holder, class, words and sentence, and whether the text says
     * whose role it is there ("Labour's shadow home secretary", even when Labour goes unrecognised).
     */
    record RoleUse(Entity person, RoleClass roleClass, String title, int sentence, boolean owned) {
    }

    private NationalRoles() {
    }

    /**
     * The relations the roles with no owner imply, given every role use and the relations already found.
     *
     * @param evidenceRule the name recorded as the rule that made them
     */
    static List<Relation> relations(Discourse d, List<RoleTitle> titles, List<RoleUse> uses, List<Relation> known,
                                    String evidenceRule, double confidence) {
        Set<Entity> tied = new HashSet<>();
        for (Relation r : known) {
            EntityType t = r.object().type();
            if (isRoleRelation(r) && (t == EntityType.COUNTRY || t == EntityType.ORGANIZATION)) {
                tied.add(r.subject());
            }
        }
        Map<Entity, Integer> mentions = d.countryMentions();
        List<Relation> out = new ArrayList<>();
        Map<Entity, List<RoleUse>> byPerson = new LinkedHashMap<>();
        Set<Entity> owned = new HashSet<>();
        for (RoleUse u : uses) {
            if (u.owned()) {
                owned.add(u.person());
            } else if (u.roleClass().national()) {
                byPerson.computeIfAbsent(u.person(), k -> new ArrayList<>()).add(u);
            }
        }
        for (Map.Entry<Entity, List<RoleUse>> e : byPerson.entrySet()) {
            Entity person = e.getKey();
            if (tied.contains(person) || owned.contains(person)) {
                continue;
            }
            RoleUse first = e.getValue().get(0);
            Set<Entity> taken = takenBy(person, first, known, titles);
            Map<Entity, Integer> score = new LinkedHashMap<>();
            mentions.forEach((c, n) -> {
                if (!taken.contains(c)) {
                    score.put(c, n);
                }
            });
            Set<Integer> sentences = new HashSet<>();
            for (RoleUse u : e.getValue()) {
                if (!sentences.add(u.sentence())) {
                    continue; // one vote a sentence, however many rules matched there
                }
                Set<Entity> here = new HashSet<>();
                for (Mention m : d.resolved.inSentence(u.sentence())) {
                    Entity c = d.resolved.actor(m);
                    if (score.containsKey(c)) {
                        here.add(c);
                    }
                }
                if (here.size() == 1) {
                    score.merge(here.iterator().next(), SENTENCE_VOTE, Integer::sum);
                }
            }
            Entity country = Discourse.clearLeader(score, MIN_MENTIONS, LEAD);
            if (country != null) {
                String predicate = first.roleClass().predicate();
                Evidence ev = new Evidence(first.sentence(), confidence, Modality.ASSERTED, evidenceRule);
                out.add(new Relation(person, predicate, country, ev));
            }
        }
        return out;
    }

    private static boolean isRoleRelation(Relation r) {
        return r.predicate().equals("memberOf") || r.predicate().equals("leaderOf") || r.predicate().equals("adviserTo");
    }

    /** Countries whose same role ("president") another person already holds. */
    private static Set<Entity> takenBy(Entity person, RoleUse role, List<Relation> known, List<RoleTitle> titles) {
        String head = headOf(role);
        Set<Entity> taken = new HashSet<>();
        for (Relation r : known) {
            if (!r.subject().equals(person) && r.predicate().equals(role.roleClass().predicate())
                    && r.object().type() == EntityType.COUNTRY && holds(titles, r.subject(), head)) {
                taken.add(r.object());
            }
        }
        return taken;
    }

    private static boolean holds(List<RoleTitle> titles, Entity person, String head) {
        return titles.stream().anyMatch(t -> t.person().equals(person) && t.title().endsWith(head));
    }

    /** The longest head of the role's class that its words end with ("prime minister"), else its words. */
    private static String headOf(RoleUse u) {
        String best = u.title();
        int bestLength = 0;
        for (List<String> head : u.roleClass().heads()) {
            String h = String.join(" ", head);
            if ((u.title().equals(h) || u.title().endsWith(" " + h)) && h.length() > bestLength) {
                best = h;
                bestLength = h.length();
            }
        }
        return best;
    }
}
