package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The declarative relation, role and report rules ({@code relations.rules}): word classes, role
 * classes and token patterns. Immutable once parsed; the format is described in the resource.
 *
 * <pre>{@code
 * RelationRules rules = RelationRules.load();
 * RelationRules custom = RelationRules.parse("relation visits 0.8 : A^ tour B\n", "inline");
 * }</pre>
 */
public final class RelationRules {
    static final String RESOURCE = "relations.rules";

    /** What a rule produces. */
    public enum Kind { RELATION, ROLE, REPORT }

    /**
     * One pattern element; {@code words} for word elements, {@code types} for argument elements,
     * {@code tags} the parts of speech a word element's token may have (empty: any).
     */
    public record Element(ElementKind kind, Set<String> words, Set<EntityType> types, boolean optional, Set<String> tags) {
        /** An element that takes a token of any part of speech. */
        public Element(ElementKind kind, Set<String> words, Set<EntityType> types, boolean optional) {
            this(kind, words, types, optional, Set.of());
        }

        /** This element, required. */
        Element required() {
            return new Element(kind, words, types, false, tags);
        }
    }

    /** The kinds of pattern elements (see the resource's header). */
    public enum ElementKind { ARG_A, ARG_B, SUBJ_A, SUBJ_B, PREFIX, TITLE, CONTENT, QCONTENT, WORD, GAP, PAREN, POSSESSIVE, COMMA,
        /** An entity mention that binds nothing ("ambassador to | the UN |, X"). */
        OTHER }

    /**
     * A rule.
     *
     * @param target a relation predicate, a report predicate ("said") or "title"
     * @param name   a readable name for provenance: the rule's line in the resource
     */
    public record Rule(Kind kind, String target, double confidence, List<Element> pattern, String name,
                       DependencyPattern dependency) {
        /** A surface rule. */
        public Rule(Kind kind, String target, double confidence, List<Element> pattern, String name) {
            this(kind, target, confidence, pattern, name, null);
        }

        /** Whether the rule reads the dependency parse (a {@code dep} pattern) rather than the token sequence. */
        public boolean readsSyntax() {
            return dependency != null;
        }
    }

    /**
     * A dependency pattern: a trigger word (optionally of one part of speech) and the arguments it
     * must govern (see the resource's header).
     */
    public record DependencyPattern(Set<String> trigger, Set<String> triggerPos, List<Slot> slots) {
    }

    /**
     * One argument of a dependency pattern.
     *
     * @param relation     subj, obj, nsubj, iobj, obl, nmod, poss, agent, ccomp, xcomp or appos
     * @param prepositions for obl and nmod: the case words allowed ("with", "to"); empty for any
     * @param role         ARG_A, ARG_B or CONTENT
     * @param types        the entity types allowed for an argument
     */
    public record Slot(String relation, Set<String> prepositions, ElementKind role, Set<EntityType> types) {
    }

    /** The dependency relations a slot may name. */
    static final Set<String> SLOT_RELATIONS = Set.of("subj", "obj", "nsubj", "iobj", "obl", "nmod", "poss", "agent",
            "ccomp", "xcomp", "appos");

    /**
     * A class of role heads and the relation it gives its holder to the organisation named with it
     * ({@code title}: none, the role is only a title).
     *
     * @param prefix   a country or organisation written just before the title names whose role it is
     * @param national a holder whose role names no owner at all serves the article's country
     *                 ("Prime Minister Rishi Sunak" in an article about the UK)
     * @param local    a holder whose role names no owner serves the place named just before the role
     *                 ("crowded into downtown Taipei to see city mayor Hau Lung-bin")
     */
    public record RoleClass(String name, String predicate, boolean prefix, boolean national, boolean local,
                            List<List<String>> heads) {
        /** Whether holding the role relates its holder to the owner named with it. */
        public boolean givesRelation() {
            return !predicate.equals("title");
        }
    }

    /** The vocabulary the predicates must come from, on the class path. */
    static final String VOCABULARY = "/ontology/newsgraph.ttl";

    private final Map<String, Set<String>> classes;
    private final List<RoleClass> roleClasses;
    private final List<Rule> rules;
    /** Each predicate a rule or role class names, with the line that names it ("relations.rules:97"). */
    private final Map<String, String> predicateLines;

    private RelationRules(Map<String, Set<String>> classes, List<RoleClass> roleClasses, List<Rule> rules,
            Map<String, String> predicateLines) {
        this.classes = Map.copyOf(classes);
        this.roleClasses = List.copyOf(roleClasses);
        this.rules = List.copyOf(rules);
        this.predicateLines = Map.copyOf(predicateLines);
    }

    /**
     * For measuring what each kind of rule brings: the system property {@code newsgraph.rulekinds} set to
     * {@code surface} drops the dependency rules, {@code syntax} drops the surface relation and report
     * rules (role rules stay: they have no dependency form). Unset, both run.
     */
    static final String ABLATION_PROPERTY = "newsgraph.rulekinds";

    /** The bundled rules, their predicates checked against the bundled vocabulary. */
    public static RelationRules load() {
        try (InputStream in = RelationRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE)
                    .requireDefined(vocabularyProperties(), VOCABULARY.substring(1))
                    .only(System.getProperty(ABLATION_PROPERTY, "both"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Fails on the first predicate that {@code defined} (local names of the ontology's properties)
     * lacks, naming the rules file and line: a typo would otherwise mint a new property silently.
     */
    public RelationRules requireDefined(Set<String> defined, String vocabulary) {
        predicateLines.entrySet().stream()
                .filter(e -> !defined.contains(e.getKey()))
                .min(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(RelationRules::lineOf)))
                .ifPresent(e -> {
                    throw new IllegalArgumentException(e.getValue() + ": predicate " + e.getKey()
                            + " is not defined in " + vocabulary + " (add it there first, or fix the spelling)");
                });
        return this;
    }

    private static int lineOf(String where) {
        return Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
    }

    /** Local names of the ng: properties the bundled ontology defines. */
    static Set<String> vocabularyProperties() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (InputStream in = RelationRules.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VOCABULARY);
            }
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VOCABULARY, e);
        }
        String ns = "https://w3id.org/newsgraph/ontology#";
        Set<String> names = new java.util.HashSet<>();
        for (String type : List.of("ObjectProperty", "DatatypeProperty")) {
            g.find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2002/07/owl#" + type))
                    .forEachRemaining(t -> {
                        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ns)) {
                            names.add(t.getSubject().getURI().substring(ns.length()));
                        }
                    });
        }
        return names;
    }

    public static RelationRules parse(String text, String source) {
        return parse(new StringReader(text), source);
    }

    /** Parses rules; a malformed line fails with its source and line number. */
    public static RelationRules parse(Reader reader, String source) {
        Map<String, Set<String>> classes = new HashMap<>();
        List<RoleClass> roleClasses = new ArrayList<>();
        List<String[]> pending = new ArrayList<>();
        Map<String, String> predicateLines = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty()) {
                    continue;
                }
                String where = source + ":" + no;
                if (l.startsWith("@")) {
                    int eq = l.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException(where + ": word class needs '=': " + l);
                    }
                    classes.put(l.substring(1, eq).strip(), Set.of(l.substring(eq + 1).strip().toLowerCase(Locale.ROOT).split("\\s+")));
                } else if (l.startsWith("roleclass ")) {
                    RoleClass c = roleClass(l, where);
                    roleClasses.add(c);
                    predicateLines.putIfAbsent(c.predicate(), where);
                } else {
                    pending.add(new String[] {l, where});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        List<Rule> rules = new ArrayList<>();
        for (String[] p : pending) {
            Rule r = rule(p[0], p[1], classes);
            rules.add(r);
            if (r.kind() != Kind.ROLE) {
                predicateLines.merge(r.target(), p[1], (a, b) -> lineOf(a) <= lineOf(b) ? a : b);
            }
        }
        return new RelationRules(classes, roleClasses, rules, predicateLines);
    }

    /** These rules with only the surface ones ("surface"), only the dependency ones and roles ("syntax"), or all ("both"). */
    RelationRules only(String which) {
        return switch (which) {
            case "both" -> this;
            case "surface" -> new RelationRules(classes, roleClasses, rules.stream().filter(r -> !r.readsSyntax()).toList(),
                    predicateLines);
            case "syntax" -> new RelationRules(classes, roleClasses,
                    rules.stream().filter(r -> r.readsSyntax() || r.kind() == Kind.ROLE).toList(), predicateLines);
            default -> throw new IllegalArgumentException(ABLATION_PROPERTY + " must be surface, syntax or both, not " + which);
        };
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RoleClass> roleClasses() {
        return roleClasses;
    }

    /** A word class; empty when the resource does not define it. */
    public Set<String> words(String name) {
        return classes.getOrDefault(name, Set.of());
    }

    private static RoleClass roleClass(String l, String where) {
        int colon = l.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(where + ": roleclass needs ':' before its heads");
        }
        String[] head = l.substring(0, colon).strip().split("\\s+");
        if (head.length < 3) {
            throw new IllegalArgumentException(where + ": expected 'roleclass NAME PREDICATE [prefix] [national] [local] : heads'");
        }
        Set<String> flags = new java.util.HashSet<>(List.of(head).subList(3, head.length));
        for (String f : flags) {
            if (!f.equals("prefix") && !f.equals("national") && !f.equals("local")) {
                throw new IllegalArgumentException(where + ": unknown roleclass flag " + f + " (prefix, national or local)");
            }
        }
        List<List<String>> heads = new ArrayList<>();
        for (String h : l.substring(colon + 1).split("\\|")) {
            if (!h.isBlank()) {
                heads.add(List.of(h.strip().toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        return new RoleClass(head[1], head[2], flags.contains("prefix"), flags.contains("national"), flags.contains("local"),
                heads);
    }

    private static Rule rule(String l, String where, Map<String, Set<String>> classes) {
        int colon = l.indexOf(" : ");
        if (colon < 0) {
            throw new IllegalArgumentException(where + ": expected 'KIND ... : PATTERN'");
        }
        String[] head = l.substring(0, colon).strip().split("\\s+");
        String[] body = l.substring(colon + 3).strip().split("\\s+");
        Kind kind;
        String target;
        String conf;
        switch (head[0]) {
            case "relation", "report" -> {
                if (head.length != 3) {
                    throw new IllegalArgumentException(where + ": expected '" + head[0] + " PREDICATE CONFIDENCE : PATTERN'");
                }
                kind = head[0].equals("relation") ? Kind.RELATION : Kind.REPORT;
                target = head[1];
                conf = head[2];
                if (kind == Kind.REPORT && java.util.Arrays.stream(ReportKind.values()).noneMatch(k -> k.predicate().equals(target))) {
                    throw new IllegalArgumentException(where + ": unknown report predicate " + target);
                }
            }
            case "role" -> {
                if (head.length != 2) {
                    throw new IllegalArgumentException(where + ": expected 'role CONFIDENCE : PATTERN'");
                }
                kind = Kind.ROLE;
                target = "title";
                conf = head[1];
            }
            default -> throw new IllegalArgumentException(where + ": unknown rule kind " + head[0]);
        }
        double confidence;
        try {
            confidence = Double.parseDouble(conf);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": confidence is not a number: " + conf);
        }
        if (body[0].equals("dep")) {
            return new Rule(kind, target, confidence, List.of(), head[0] + "@" + where,
                    dependencyPattern(body, kind, where, classes));
        }
        List<Element> pattern = new ArrayList<>();
        for (String t : body) {
            pattern.add(element(t, where, classes));
        }
        return new Rule(kind, target, confidence, List.copyOf(pattern), head[0] + "@" + where);
    }

    /** {@code dep TRIGGER[/POS] SLOT=A|B|CONTENT ...}, e.g. {@code dep @visit/VERB subj=A obj=B:Country}. */
    private static DependencyPattern dependencyPattern(String[] body, Kind kind, String where, Map<String, Set<String>> classes) {
        if (body.length < 3) {
            throw new IllegalArgumentException(where + ": expected 'dep TRIGGER SLOT=ARG ...'");
        }
        String trigger = body[1];
        Set<String> pos = Set.of();
        int slash = trigger.indexOf('/');
        if (slash > 0) {
            pos = Set.of(trigger.substring(slash + 1).toUpperCase(Locale.ROOT).split("\\|"));
            trigger = trigger.substring(0, slash);
        }
        Set<String> words = element(trigger, where, classes).words();
        if (words.isEmpty()) {
            throw new IllegalArgumentException(where + ": a dependency pattern starts with its trigger word");
        }
        List<Slot> slots = new ArrayList<>();
        boolean hasA = false;
        for (int i = 2; i < body.length; i++) {
            String t = body[i];
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(where + ": expected RELATION=A, =B or =CONTENT: " + t);
            }
            String rel = t.substring(0, eq);
            Set<String> preps = Set.of();
            int ps = rel.indexOf('/');
            if (ps > 0) {
                preps = Set.of(rel.substring(ps + 1).toLowerCase(Locale.ROOT).split("\\|"));
                rel = rel.substring(0, ps);
            }
            if (!SLOT_RELATIONS.contains(rel)) {
                throw new IllegalArgumentException(where + ": unknown dependency relation " + rel + " (one of "
                        + new java.util.TreeSet<>(SLOT_RELATIONS) + ")");
            }
            String arg = t.substring(eq + 1);
            Set<EntityType> types = EnumSet.allOf(EntityType.class);
            int colon = arg.indexOf(':');
            if (colon > 0) {
                types = EnumSet.noneOf(EntityType.class);
                for (String ty : arg.substring(colon + 1).split("\\|")) {
                    try {
                        types.add(EntityType.valueOf(ty.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": unknown entity type " + ty);
                    }
                }
                arg = arg.substring(0, colon);
            }
            ElementKind role = switch (arg) {
                case "A" -> ElementKind.ARG_A;
                case "B" -> ElementKind.ARG_B;
                case "CONTENT" -> ElementKind.CONTENT;
                default -> throw new IllegalArgumentException(where + ": a slot binds A, B or CONTENT, not " + arg);
            };
            hasA |= role == ElementKind.ARG_A;
            slots.add(new Slot(rel, preps, role, Set.copyOf(types)));
        }
        boolean needsB = kind != Kind.REPORT;
        if (!hasA || needsB && slots.stream().noneMatch(x -> x.role() == ElementKind.ARG_B)
                || !needsB && slots.stream().noneMatch(x -> x.role() == ElementKind.CONTENT)) {
            throw new IllegalArgumentException(where + ": a dependency relation needs A and B, a report A and CONTENT");
        }
        if (kind == Kind.ROLE) {
            throw new IllegalArgumentException(where + ": role rules have no dependency form");
        }
        return new DependencyPattern(words, pos, List.copyOf(slots));
    }

    private static Element element(String token, String where, Map<String, Set<String>> classes) {
        boolean optional = token.endsWith("?") && token.length() > 1;
        String t = optional ? token.substring(0, token.length() - 1) : token;
        String name = t;
        Set<EntityType> types = EnumSet.allOf(EntityType.class);
        int colon = t.indexOf(':');
        if (colon > 0 && (t.startsWith("A") || t.startsWith("B"))) {
            name = t.substring(0, colon);
            types = EnumSet.noneOf(EntityType.class);
            for (String ty : t.substring(colon + 1).split("\\|")) {
                types.add(EntityType.valueOf(ty.toUpperCase(Locale.ROOT)));
            }
        }
        ElementKind k = switch (name) {
            case "A" -> ElementKind.ARG_A;
            case "B" -> ElementKind.ARG_B;
            case "A^" -> ElementKind.SUBJ_A;
            case "B^" -> ElementKind.SUBJ_B;
            case "P" -> ElementKind.PREFIX;
            case "TITLE" -> ElementKind.TITLE;
            case "CONTENT" -> ElementKind.CONTENT;
            case "QCONTENT" -> ElementKind.QCONTENT;
            case "*" -> ElementKind.GAP;
            case ",*," -> ElementKind.PAREN;
            case "'s" -> ElementKind.POSSESSIVE;
            case "," -> ElementKind.COMMA;
            case "E" -> ElementKind.OTHER;
            default -> ElementKind.WORD;
        };
        Set<String> words = Set.of();
        Set<String> tags = Set.of();
        if (k == ElementKind.WORD) {
            // "@say/VERB": the word must have one of these tags ("warning/NOUN" is no verb of saying)
            int slash = t.indexOf('/');
            if (slash > 0) {
                tags = Set.of(t.substring(slash + 1).toUpperCase(Locale.ROOT).split("\\|"));
                t = t.substring(0, slash);
            }
            java.util.Set<String> w = new java.util.HashSet<>();
            for (String alt : t.split("\\|")) {
                if (alt.startsWith("@")) {
                    Set<String> c = classes.get(alt.substring(1));
                    if (c == null) {
                        throw new IllegalArgumentException(where + ": unknown word class " + alt);
                    }
                    w.addAll(c);
                } else if (!alt.isEmpty()) {
                    w.add(alt.toLowerCase(Locale.ROOT));
                }
            }
            words = Set.copyOf(w);
        }
        return new Element(k, words, Set.copyOf(types), optional, tags);
    }

    /** Role classes by name, in file order. */
    Map<String, RoleClass> roleClassesByName() {
        Map<String, RoleClass> m = new LinkedHashMap<>();
        roleClasses.forEach(c -> m.put(c.name(), c));
        return m;
    }
}
