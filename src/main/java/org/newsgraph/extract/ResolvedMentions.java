package org.newsgraph.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentions with the entity each refers to. {@link #actor(Mention)} gives the entity that acts in a
 * relation: the country for a capital used for its government.
 */
public final class ResolvedMentions {
    private final List<Entity> entities;
    private final List<Mention> mentions;
    private final Map<Mention, Entity> entityOf;
    private final Map<Mention, Entity> actorOf;

    public ResolvedMentions(List<Entity> entities, List<Mention> mentions, Map<Mention, Entity> entityOf,
                            Map<Mention, Entity> actorOf) {
        this.entities = List.copyOf(entities);
        this.mentions = List.copyOf(mentions);
        this.entityOf = new IdentityHashMap<>(entityOf);
        this.actorOf = new IdentityHashMap<>(actorOf);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** All resolved mentions in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    public Entity entity(Mention m) {
        return entityOf.get(m);
    }

    /** The entity that acts when this mention is a relation's argument. */
    public Entity actor(Mention m) {
        Entity a = actorOf.get(m);
        return a != null ? a : entityOf.get(m);
    }

    /** Mentions in one sentence, in order. */
    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The mention covering a token, if any. */
    public Optional<Mention> at(int sentence, int token) {
        return mentions.stream()
                .filter(m -> m.sentence() == sentence && m.tokenStart() <= token && token < m.tokenEnd())
                .findFirst();
    }
}
