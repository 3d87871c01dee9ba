package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One real-world entity found in an article: every mention that refers to it, the fullest name as
 * its label and every other name seen.
 *
 * @param key   a stable key, unique within its type, from which the IRI is minted
 *              (for countries the gazetteer's code, for others the normalised label)
 */
public record Entity(String key, EntityType type, String label, Set<String> names, List<Mention> mentions) {

    public Entity {
        names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
        mentions = List.copyOf(mentions);
    }

    /** Names other than the label. */
    public List<String> altLabels() {
        List<String> alt = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(label)) {
                alt.add(n);
            }
        }
        return alt;
    }

    public boolean mentionedIn(int sentence) {
        return mentions.stream().anyMatch(m -> m.sentence() == sentence);
    }

    @Override
    public String toString() {
        return type.localName() + ":" + label;
    }
}
