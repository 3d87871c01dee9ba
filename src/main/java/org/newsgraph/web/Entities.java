package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.rdf.NG;

/** Entity ids in URLs ({@code person/kim-sung-han}), their IRIs, and their names looked up in one query. */
final class Entities {
    /** What a page needs to show and highlight an entity. */
    record Named(String id, String label, String type, List<String> altLabels) {
        List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(label);
            all.addAll(altLabels);
            return all;
        }

        /** The type's CSS class: {@code t-person}, {@code t-country}... */
        String cssClass() {
            return cssClass(type);
        }

        static String cssClass(String type) {
            return "t-" + type.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A type's folder and a key as the resolver makes them (letters, digits, hyphens). */
    private static final Pattern ID = Pattern.compile("[a-z]+/[\\p{L}\\p{N}-]+");

    private Entities() {
    }

    /** The IRI of an id from a URL, or null if it is not one. */
    static Node iri(String id) {
        return id != null && ID.matcher(id).matches() ? NodeFactory.createURI(NG.ID + id) : null;
    }

    /** The id of an entity IRI, or null if the node is not an entity of ours. */
    static String id(Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(NG.ID)) {
            return null;
        }
        String id = n.getURI().substring(NG.ID.length());
        return ID.matcher(id).matches() ? id : null;
    }

    /** A class IRI's local name ({@code Person}), or the IRI if it is not ours. */
    static String typeName(Node type) {
        String s = type.getURI();
        return s.startsWith(NG.NS) ? s.substring(NG.NS.length()) : s;
    }

    /** Label, type and alternative names of the given entity IRIs, keyed by IRI. */
    static Map<Node, Named> lookUp(StoreQueries queries, Collection<Node> iris) {
        Set<Node> entities = iris.stream().filter(n -> id(n) != null).collect(Collectors.toCollection(LinkedHashSet::new));
        if (entities.isEmpty()) {
            return Map.of();
        }
        Map<Node, Named> named = new java.util.HashMap<>();
        for (StoreQueries.Row r : queries.select("labels", Map.of(), Map.of("x", entities))) {
            String alts = r.str("alts");
            List<String> altLabels = alts == null || alts.isEmpty() ? List.of() : List.of(alts.split("\u001F"));
            named.put(r.get("x"), new Named(id(r.get("x")), r.str("label"), typeName(r.get("type")), altLabels));
        }
        return named;
    }
}
