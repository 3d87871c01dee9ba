package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependency tree in Universal Dependencies terms: for each token, the index of its
 * head (-1 for the root) and its relation to it ("nsubj", "obl", "nmod:poss", ...).
 */
public final class Dependencies {
    private final int[] heads;
    private final String[] relations;

    public Dependencies(int[] heads, String[] relations) {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("heads and relations differ in length");
        }
        this.heads = heads.clone();
        this.relations = relations.clone();
    }

    public int size() {
        return heads.length;
    }

    /** The head of token i, or -1 when i is the root. */
    public int head(int i) {
        return heads[i];
    }

    /** The relation of token i to its head, in lower case ("root" for the root). */
    public String relation(int i) {
        return relations[i];
    }

    /** The relation without its subtype ("obl:agent" gives "obl"). */
    public String baseRelation(int i) {
        String r = relations[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The tokens whose head is i, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first and last token (inclusive) of the subtree headed by i. */
    public int[] span(int i) {
        int from = i;
        int to = i;
        for (int k = 0; k < heads.length; k++) {
            if (dominates(i, k)) {
                from = Math.min(from, k);
                to = Math.max(to, k);
            }
        }
        return new int[] {from, to};
    }

    /** Whether token {@code top} is {@code k} or one of its ancestors. */
    public boolean dominates(int top, int k) {
        for (int steps = 0; k >= 0 && steps <= heads.length; steps++) {
            if (k == top) {
                return true;
            }
            k = heads[k];
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            b.append(i).append("->").append(heads[i]).append(':').append(relations[i]).append(' ');
        }
        return b.toString().strip();
    }
}
