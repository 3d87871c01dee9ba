package org.newsgraph.extract;

/**
 * A stretch of text that names (or refers to) an entity.
 *
 * @param sentence   index of the sentence
 * @param tokenStart first token (inclusive) in the sentence
 * @param tokenEnd   last token (exclusive)
 * @param start      character offset in the article
 * @param end        character offset after the mention
 * @param text       the name as written, without honorifics ("Kim Sung-Han", "Mr. Kim" gives "Kim")
 * @param type       the entity type this mention suggests
 * @param metonym    true when a place name stands for its country's government ("Seoul has resisted")
 * @param pass       the recognition pass and repairs that made it ("model>of-phrases"; "given" when
 *                   placed by hand)
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, int start, int end, String text,
                      EntityType type, boolean metonym, String pass) {

    /** A mention placed by hand (tests, fixtures): its pass is "given". */
    public Mention(int sentence, int tokenStart, int tokenEnd, int start, int end, String text,
                   EntityType type, boolean metonym) {
        this(sentence, tokenStart, tokenEnd, start, end, text, type, metonym, "given");
    }

    /** This mention with another type; {@code why} names the step that retyped it and joins the pass. */
    public Mention withType(EntityType newType, String why) {
        return new Mention(sentence, tokenStart, tokenEnd, start, end, text, newType, metonym, pass + ">" + why);
    }

    public boolean overlaps(Mention other) {
        return sentence == other.sentence && tokenStart < other.tokenEnd && other.tokenStart < tokenEnd;
    }
}
