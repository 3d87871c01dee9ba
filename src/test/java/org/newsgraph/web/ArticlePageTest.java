package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** The article page over a real TDB2 store holding one article graph written by hand. */
class ArticlePageTest {
    private static final String ID = "0123456789abcdef";

    /** Two sentences after a flag (two code points, four UTF-16 units); "Paris" is named twice in the second. */
    private static final String FIRST = "\uD83C\uDDEB\uD83C\uDDF7 Emmanuel Macron left Paris.";
    private static final String SECOND = "He defended the Paris Agreement in Paris.";

    @Test
    void marksTheStoredMentionsNotEveryOccurrenceOfTheirNames(@TempDir Path dir) throws IOException {
        String text = FIRST + " " + SECOND;
        int secondStart = FIRST.length() + 1;
        StringBuilder trig = new StringBuilder();
        NG.PREFIXES.forEach((p, ns) -> trig.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        String iri = NG.ID + "article/" + ID;
        String article = "<" + iri + ">";
        trig.append("<").append(NG.GRAPH).append(ID).append("> {\n")
                .append(article).append(" a ng:Article ; dcterms:title \"Macron\" ; dcterms:source \"macron.txt\" ;\n")
                .append("  ng:hasSentence <").append(iri).append("/s0> , <").append(iri).append("/s1> .\n")
                .append(sentence(iri + "/s0", 0, 0, FIRST))
                .append(sentence(iri + "/s1", 1, secondStart, SECOND))
                .append("ngid:person\\/emmanuel-macron a ng:Person ; rdfs:label \"Emmanuel Macron\" ; ng:mentionedIn ").append(article).append(" .\n")
                .append("ngid:location\\/paris a ng:Location ; rdfs:label \"Paris\" ; ng:mentionedIn ").append(article).append(" .\n")
                .append(mention(iri, 1, "s0", text, text.indexOf("Emmanuel"), "Emmanuel Macron", "person\\/emmanuel-macron"))
                .append(mention(iri, 2, "s0", text, text.indexOf("Paris"), "Paris", "location\\/paris"))
                .append(mention(iri, 3, "s1", text, text.lastIndexOf("Paris"), "Paris", "location\\/paris"))
                .append("}\n");
        Path file = dir.resolve("article.trig");
        Files.writeString(file, trig);
        try (GraphStore store = GraphStore.embedded(dir.resolve("db"))) {
            store.load(List.of(file), line -> { });
            String html = new ArticlePage(new StoreQueries(store)).html(ID);
            assertTrue(html.contains("Emmanuel Macron</mark> left <mark class=\"mention t-location\" title=\"Paris (Location)\">Paris</mark>."),
                    html);
            // "the Paris Agreement" names no mention of Paris: only the last "Paris" of the sentence is marked
            assertTrue(html.contains("He defended the Paris Agreement in <mark class=\"mention t-location\" title=\"Paris (Location)\">Paris</mark>."),
                    html);
            String body = html.substring(html.indexOf("<div class=\"text\">"), html.indexOf("</div>", html.indexOf("<div class=\"text\">")));
            assertEquals(3, body.split("<mark ", -1).length - 1, body);
        }
    }

    private static String sentence(String node, int index, int start, String text) {
        return "<" + node + "> ng:sentenceIndex " + index + " ; ng:startOffset " + start + " ; ng:endOffset "
                + (start + text.length()) + " ; ng:text \"" + text + "\" .\n";
    }

    /** A NIF mention at UTF-16 offset {@code at} of the article text, written with code-point offsets. */
    private static String mention(String article, int n, String sentence, String text, int at, String anchor, String entity) {
        int begin = text.codePointCount(0, at);
        return "<" + article + "/mention/" + n + "> a ng:Mention ; nif:anchorOf \"" + anchor + "\" ; nif:beginIndex " + begin
                + " ; nif:endIndex " + (begin + anchor.codePointCount(0, anchor.length())) + " ; nif:sentence <" + article + "/"
                + sentence + "> ; itsrdf:taIdentRef ngid:" + entity + " .\n";
    }
}
