package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The newsgraph vocabulary ({@code ontology/newsgraph.ttl}) and the other vocabularies the graph
 * uses. Java refers to every term through this class.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Base of entity, article and fact IRIs. */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Base of the named graphs, one per article. */
    public static final String GRAPH = "https://w3id.org/newsgraph/graph/";

    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String DCT_NS = "http://purl.org/dc/terms/";
    public static final String SCHEMA_NS = "https://schema.org/";
    /** NIF 2.0 core: mentions as strings with offsets. */
    public static final String NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /** ITS 2.0 in RDF: {@code itsrdf:taIdentRef} links a mention to the entity it names. */
    public static final String ITSRDF_NS = "http://www.w3.org/2005/11/its/rdf#";
    public static final String OWL_NS = "http://www.w3.org/2002/07/owl#";

    // classes
    public static final Node Person = ng("Person");
    public static final Node Organization = ng("Organization");
    public static final Node Country = ng("Country");
    public static final Node Location = ng("Location");
    public static final Node Article = ng("Article");
    public static final Node Sentence = ng("Sentence");
    public static final Node Proposal = ng("Proposal");
    public static final Node Concern = ng("Concern");
    public static final Node Statement = ng("Statement");
    public static final Node Mention = ng("Mention");
    public static final Node Publication = ng("Publication");

    // roles and reports
    public static final Node title = ng("title");
    public static final Node text = ng("text");
    public static final Node proposed = ng("proposed");
    public static final Node concernedAbout = ng("concernedAbout");
    public static final Node said = ng("said");
    public static final Node mentions = ng("mentions");

    // entity relations
    public static final Node adviserTo = ng("adviserTo");
    public static final Node memberOf = ng("memberOf");
    public static final Node leaderOf = ng("leaderOf");
    public static final Node communicatedWith = ng("communicatedWith");
    public static final Node supplies = ng("supplies");
    public static final Node pressures = ng("pressures");
    public static final Node spiesOn = ng("spiesOn");
    public static final Node visits = ng("visits");
    public static final Node allyOf = ng("allyOf");
    public static final Node fightsAgainst = ng("fightsAgainst");
    public static final Node locatedIn = ng("locatedIn");

    // articles, sentences and provenance
    public static final Node contentHash = ng("contentHash");
    public static final Node hasSentence = ng("hasSentence");
    public static final Node sentenceIndex = ng("sentenceIndex");
    public static final Node startOffset = ng("startOffset");
    public static final Node endOffset = ng("endOffset");
    public static final Node sentence = ng("sentence");
    public static final Node confidence = ng("confidence");
    public static final Node modality = ng("modality");
    public static final Node extractionRule = ng("extractionRule");
    public static final Node mentionedIn = ng("mentionedIn");
    public static final Node tokenCount = ng("tokenCount");
    public static final Node recognitionPass = ng("recognitionPass");
    public static final Node articleText = ng("articleText");
    public static final Node Extraction = ng("Extraction");
    public static final Node softwareVersion = ng("softwareVersion");
    public static final Node rulesHash = ng("rulesHash");
    public static final Node modelsHash = ng("modelsHash");
    public static final Node publication = ng("publication");
    public static final Node Asserted = ng("Asserted");
    public static final Node Reported = ng("Reported");
    public static final Node Hedged = ng("Hedged");
    public static final Node Negated = ng("Negated");

    // cross-article links of people
    public static final Node IdentityLink = ng("IdentityLink");
    public static final Node localPerson = ng("localPerson");
    public static final Node storePerson = ng("storePerson");
    public static final Node linkRule = ng("linkRule");

    // other vocabularies
    public static final Node rdfType = uri(RDF_NS + "type");
    public static final Node rdfStatement = uri(RDF_NS + "Statement");
    public static final Node rdfSubject = uri(RDF_NS + "subject");
    public static final Node rdfPredicate = uri(RDF_NS + "predicate");
    public static final Node rdfObject = uri(RDF_NS + "object");
    public static final Node rdfsLabel = uri(RDFS_NS + "label");
    public static final Node rdfsComment = uri(RDFS_NS + "comment");
    public static final Node owlSameAs = uri(OWL_NS + "sameAs");
    public static final Node skosAltLabel = uri(SKOS_NS + "altLabel");
    public static final Node provWasDerivedFrom = uri(PROV_NS + "wasDerivedFrom");
    public static final Node provGeneratedAtTime = uri(PROV_NS + "generatedAtTime");
    public static final Node provActivity = uri(PROV_NS + "Activity");
    public static final Node provWasGeneratedBy = uri(PROV_NS + "wasGeneratedBy");
    public static final Node provEndedAtTime = uri(PROV_NS + "endedAtTime");
    public static final Node dctTitle = uri(DCT_NS + "title");
    public static final Node dctSource = uri(DCT_NS + "source");
    public static final Node dctDate = uri(DCT_NS + "date");
    public static final Node dctIsPartOf = uri(DCT_NS + "isPartOf");
    public static final Node schemaUrl = uri(SCHEMA_NS + "url");
    public static final Node schemaHeadline = uri(SCHEMA_NS + "headline");
    public static final Node schemaDatePublished = uri(SCHEMA_NS + "datePublished");
    public static final Node schemaDateModified = uri(SCHEMA_NS + "dateModified");
    public static final Node schemaAuthor = uri(SCHEMA_NS + "author");
    public static final Node schemaPublisher = uri(SCHEMA_NS + "publisher");
    public static final Node schemaInLanguage = uri(SCHEMA_NS + "inLanguage");

    public static final Node nifAnchorOf = uri(NIF_NS + "anchorOf");
    public static final Node nifBeginIndex = uri(NIF_NS + "beginIndex");
    public static final Node nifEndIndex = uri(NIF_NS + "endIndex");
    public static final Node nifSentence = uri(NIF_NS + "sentence");
    public static final Node itsrdfTaIdentRef = uri(ITSRDF_NS + "taIdentRef");


    /** Prefixes written in Turtle output and known to queries. */
    public static final java.util.Map<String, String> PREFIXES = java.util.Map.ofEntries(
            java.util.Map.entry("ng", NS), java.util.Map.entry("ngid", ID), java.util.Map.entry("rdf", RDF_NS),
            java.util.Map.entry("rdfs", RDFS_NS), java.util.Map.entry("xsd", XSD_NS), java.util.Map.entry("skos", SKOS_NS),
            java.util.Map.entry("prov", PROV_NS), java.util.Map.entry("dcterms", DCT_NS),
            java.util.Map.entry("schema", SCHEMA_NS), java.util.Map.entry("owl", OWL_NS),
            java.util.Map.entry("nif", NIF_NS), java.util.Map.entry("itsrdf", ITSRDF_NS));

    private NG() {
    }

    /** A term of the newsgraph ontology by local name. */
    public static Node ng(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
