package org.newsgraph.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.CollectionGraph;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Report;
import org.newsgraph.extract.RoleTitle;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.text.Article;
import org.newsgraph.text.PageMetadata;

/**
 * One article's named graph: the article node with its sentences, the entities it mentions, and
 * every fact with its provenance.
 *
 * <p>Provenance is modelled with standard RDF reification: each fact is asserted as a plain triple
 * (so ordinary queries need nothing special) and described by an {@code rdf:Statement} node that
 * points to the sentence ({@code prov:wasDerivedFrom}) and carries {@code ng:confidence},
 * {@code ng:modality} and {@code ng:extractionRule}. Reification was chosen over RDF-star because
 * every RDF 1.1 parser and SPARQL 1.1 store reads it (the export must load anywhere), and over
 * event nodes because the plain triples stay directly queryable. Negated facts are only described,
 * never asserted.
 *
 * @param name    the graph name
 * @param article the article node
 * @param graph   the triples
 */
public record ArticleGraph(Node name, Node article, Graph graph) {

    /** The graph name of an article id. */
    public static Node graphName(String articleId) {
        return NodeFactory.createURI(NG.GRAPH + articleId);
    }

    /** The article id of an article graph's name: the inverse of {@link #graphName}. */
    public static String articleId(Node graphName) {
        return graphName.getURI().substring(NG.GRAPH.length());
    }

    public static Node articleNode(String articleId) {
        return NodeFactory.createURI(NG.ID + "article/" + articleId);
    }

    /** The IRI of an entity: the same entity key and type give the same IRI in every article. */
    public static Node entityNode(Entity e) {
        return NodeFactory.createURI(NG.ID + e.type().localName().toLowerCase(Locale.ROOT) + "/" + e.key());
    }

    public static ArticleGraph build(Article article, AnnotatedText text, Extraction extraction, Instant ingestedAt) {
        return new Builder(article, article.id(), article.contentHash(), ingestedAt, null, null).build(text, extraction);
    }

    /**
     * The graph with what produced it: the article node is {@code prov:wasGeneratedBy} an
     * {@code ng:Extraction} activity carrying the producer, ended at {@code extractedAt}, and holds
     * the whole text ({@code ng:articleText}) so that it can be extracted again. {@code id} and
     * {@code contentHash} name the graph: when re-extracting, those of the stored article.
     */
    public static ArticleGraph build(Article article, String id, String contentHash, AnnotatedText text,
            Extraction extraction, Instant ingestedAt, Producer producer, Instant extractedAt) {
        return new Builder(article, id, contentHash, ingestedAt, producer, extractedAt).build(text, extraction);
    }

    /**
     * The node of one copy of an article: the same text read from another file, address or date (the
     * same story from another outlet) is another publication of the same article.
     */
    public static Node publicationNode(Article article) {
        return NodeFactory.createURI(articleNode(article.id()).getURI() + "/publication/" + article.publicationKey());
    }

    /**
     * Only the triples that record one more publication of an article already stored: added to its
     * graph, they keep every source, address and date of the same text.
     */
    public static ArticleGraph publication(Article article, Instant readAt) {
        Builder b = new Builder(article, readAt);
        b.publication();
        return new ArticleGraph(graphName(article.id()), b.articleNode, b.g);
    }

    private static final class Builder {
        private final Article article;
        private final String id;
        private final Node articleNode;
        // A plain set of triples, in the order they were made: the graph is only written out whole,
        // so the indexes of Jena's in-memory graph would be built for nothing (and their JIT
        // compilation alone took seconds of CPU in a short ingest run).
        private final Graph g = new CollectionGraph(new LinkedHashSet<>());
        private final Instant ingestedAt;
        private final String contentHash;
        private final Producer producer;
        private final Instant extractedAt;
        private int factCount;

        Builder(Article article, String id, String contentHash, Instant ingestedAt, Producer producer, Instant extractedAt) {
            this.article = article;
            this.id = id;
            this.articleNode = articleNode(id);
            this.ingestedAt = ingestedAt;
            this.contentHash = contentHash;
            this.producer = producer;
            this.extractedAt = extractedAt;
        }

        Builder(Article article, Instant readAt) {
            this(article, article.id(), article.contentHash(), readAt, null, null);
        }

        ArticleGraph build(AnnotatedText text, Extraction x) {
            add(articleNode, NG.rdfType, NG.Article);
            add(articleNode, NG.dctTitle, literal(article.title()));
            add(articleNode, NG.dctSource, literal(article.source()));
            add(articleNode, NG.contentHash, literal(contentHash));
            add(articleNode, NG.provGeneratedAtTime, NodeFactory.createLiteralDT(ingestedAt.toString(), XSDDatatype.XSDdateTime));
            add(articleNode, NG.tokenCount, integer(text.tokenCount()));
            if (article.url() != null) {
                add(articleNode, NG.schemaUrl, NodeFactory.createURI(article.url()));
            }
            if (article.date() != null) {
                add(articleNode, NG.dctDate, date(article.date()));
            }
            metadata();
            publication();
            if (producer != null) {
                Node activity = NodeFactory.createURI(articleNode.getURI() + "/extraction");
                add(articleNode, NG.articleText, literal(article.text()));
                add(articleNode, NG.provWasGeneratedBy, activity);
                add(activity, NG.rdfType, NG.provActivity);
                add(activity, NG.rdfType, NG.Extraction);
                add(activity, NG.softwareVersion, literal(producer.version()));
                add(activity, NG.rulesHash, literal(producer.rulesHash()));
                add(activity, NG.modelsHash, literal(producer.modelsHash()));
                add(activity, NG.provEndedAtTime, NodeFactory.createLiteralDT(extractedAt.toString(), XSDDatatype.XSDdateTime));
            }
            for (Sentence s : text.sentences()) {
                Node sn = sentenceNode(s.index());
                add(articleNode, NG.hasSentence, sn);
                add(sn, NG.rdfType, NG.Sentence);
                add(sn, NG.dctIsPartOf, articleNode);
                add(sn, NG.sentenceIndex, integer(s.index()));
                add(sn, NG.startOffset, integer(s.start()));
                add(sn, NG.endOffset, integer(s.end()));
                add(sn, NG.text, literal(s.text()));
            }
            for (Entity e : x.entities()) {
                Node en = entityNode(e);
                add(en, NG.rdfType, NG.ng(e.type().localName()));
                add(en, NG.rdfsLabel, literal(e.label()));
                for (String alt : e.altLabels()) {
                    add(en, NG.skosAltLabel, literal(alt));
                }
                add(en, NG.mentionedIn, articleNode);
            }
            mentions(text.text(), x);
            for (RoleTitle t : x.titles()) {
                fact(entityNode(t.person()), NG.title, literal(t.title()), t.evidence());
            }
            for (Relation r : x.relations()) {
                fact(entityNode(r.subject()), NG.ng(r.predicate()), entityNode(r.object()), r.evidence());
            }
            Map<String, Integer> reportCount = new HashMap<>();
            for (Report r : x.reports()) {
                int n = reportCount.merge(r.kind().className(), 1, Integer::sum);
                Node node = NodeFactory.createURI(articleNode.getURI() + "/" + r.kind().className().toLowerCase(Locale.ROOT) + "/" + n);
                add(node, NG.rdfType, NG.ng(r.kind().className()));
                add(node, NG.text, literal(r.text()));
                add(node, NG.sentence, sentenceNode(r.evidence().sentence()));
                for (Entity m : r.mentioned()) {
                    add(node, NG.mentions, entityNode(m));
                }
                fact(entityNode(r.agent()), NG.ng(r.kind().predicate()), node, r.evidence());
            }
            return new ArticleGraph(graphName(id), articleNode, g);
        }

        /**
         * Every mention of an entity as a NIF 2.0 string ({@code ng:Mention}, a {@code nif:Phrase}):
         * its text, its begin and end index in Unicode code points from the start of the article
         * text (as NIF counts; the sentences' ng:startOffset counts UTF-16 units), its sentence, the
         * entity ({@code itsrdf:taIdentRef}) and the recognition pass that found it.
         */
        private void mentions(String articleText, Extraction x) {
            record Resolved(org.newsgraph.extract.Mention m, Entity e) {
            }
            List<Resolved> all = new ArrayList<>();
            for (Entity e : x.entities()) {
                for (org.newsgraph.extract.Mention m : e.mentions()) {
                    all.add(new Resolved(m, e));
                }
            }
            all.sort(Comparator.comparingInt((Resolved r) -> r.m().start()).thenComparingInt(r -> r.m().end()));
            int[] codePoints = codePointOffsets(articleText);
            int n = 0;
            for (Resolved r : all) {
                org.newsgraph.extract.Mention m = r.m();
                Node mn = NodeFactory.createURI(articleNode.getURI() + "/mention/" + (++n));
                add(mn, NG.rdfType, NG.Mention);
                add(mn, NG.nifAnchorOf, literal(articleText.substring(m.start(), m.end())));
                add(mn, NG.nifBeginIndex, nonNegative(codePoints == null ? m.start() : codePoints[m.start()]));
                add(mn, NG.nifEndIndex, nonNegative(codePoints == null ? m.end() : codePoints[m.end()]));
                add(mn, NG.nifSentence, sentenceNode(m.sentence()));
                add(mn, NG.itsrdfTaIdentRef, entityNode(r.e()));
                add(mn, NG.recognitionPass, literal(m.pass()));
            }
        }

        /** The page's metadata in schema.org terms, beside the Dublin Core ones. */
        private void metadata() {
            PageMetadata page = article.page();
            add(articleNode, NG.schemaHeadline, literal(article.title()));
            if (article.date() != null) {
                add(articleNode, NG.schemaDatePublished, date(article.date()));
            }
            if (page.modified() != null) {
                add(articleNode, NG.schemaDateModified, date(page.modified()));
            }
            for (String author : page.authors()) {
                add(articleNode, NG.schemaAuthor, literal(author));
            }
            if (page.publisher() != null) {
                add(articleNode, NG.schemaPublisher, literal(page.publisher()));
            }
            if (page.language() != null) {
                add(articleNode, NG.schemaInLanguage, literal(page.language()));
            }
        }

        /** This copy of the text: where it was read, its address, date, headline and publisher. */
        void publication() {
            Node pub = publicationNode(article);
            add(articleNode, NG.publication, pub);
            add(pub, NG.rdfType, NG.Publication);
            add(pub, NG.dctSource, literal(article.source()));
            add(pub, NG.schemaHeadline, literal(article.title()));
            add(pub, NG.provGeneratedAtTime, NodeFactory.createLiteralDT(ingestedAt.toString(), XSDDatatype.XSDdateTime));
            if (article.url() != null) {
                add(pub, NG.schemaUrl, NodeFactory.createURI(article.url()));
            }
            if (article.date() != null) {
                add(pub, NG.schemaDatePublished, date(article.date()));
            }
            if (article.page().publisher() != null) {
                add(pub, NG.schemaPublisher, literal(article.page().publisher()));
            }
        }

        private void fact(Node s, Node p, Node o, Evidence ev) {
            if (ev.modality() != Modality.NEGATED) {
                add(s, p, o);
            }
            Node st = NodeFactory.createURI(articleNode.getURI() + "/fact/" + (++factCount));
            add(st, NG.rdfType, NG.rdfStatement);
            add(st, NG.rdfSubject, s);
            add(st, NG.rdfPredicate, p);
            add(st, NG.rdfObject, o);
            add(st, NG.provWasDerivedFrom, sentenceNode(ev.sentence()));
            add(st, NG.confidence, confidence(ev.confidence()));
            add(st, NG.modality, modality(ev.modality()));
            if (ev.rule() != null) {
                add(st, NG.extractionRule, literal(ev.rule()));
            }
        }

        private Node sentenceNode(int index) {
            return NodeFactory.createURI(articleNode.getURI() + "/sentence/" + index);
        }

        private void add(Node s, Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }
    }

    static Node modality(Modality m) {
        return switch (m) {
            case ASSERTED -> NG.Asserted;
            case REPORTED -> NG.Reported;
            case HEDGED -> NG.Hedged;
            case NEGATED -> NG.Negated;
        };
    }

    /**
     * A confidence as an xsd:decimal of two places in its canonical form ("0.9", not "0.90"): TDB2
     * stores decimals by value and gives them back canonical, so this is the literal every store
     * holds, and the graph that {@code newsgraph extract} writes equals the one ingest stores.
     */
    static Node confidence(double c) {
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(c).setScale(2, java.math.RoundingMode.HALF_UP);
        return NodeFactory.createLiteralDT(org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(value),
                XSDDatatype.XSDdecimal);
    }

    static Node date(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /**
     * For each UTF-16 offset of {@code text} (and its length), the number of code points before it;
     * null when the text has no character outside the Basic Multilingual Plane, where the two agree.
     */
    static int[] codePointOffsets(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return null;
        }
        int[] out = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            out[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                cp++;
            }
        }
        out[text.length()] = cp;
        return out;
    }

    static Node nonNegative(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** Entities of an extraction as nodes (for tests and stats). */
    public static List<Node> entityNodes(Extraction x) {
        return x.entities().stream().map(ArticleGraph::entityNode).toList();
    }
}
