package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void normaliseFoldsCaseDotsHyphensAndSpaces() {
        assertEquals("us", Gazetteer.normalise("U.S."));
        assertEquals("united states", Gazetteer.normalise("  The United\tStates "));
        assertEquals("guinea bissau", Gazetteer.normalise("Guinea-Bissau"));
        assertEquals("côte d'ivoire", Gazetteer.normalise("Côte d\u2019Ivoire"));
        assertEquals("a b", Gazetteer.normalise("a . - \n b"));
        assertEquals("theodore", Gazetteer.normalise("Theodore"), "only a whole leading 'the' goes");
        assertEquals("", Gazetteer.normalise(" . "));
    }

    @Test
    void aLexiconSectionIsLoadedOnceAndCannotChange() {
        Gazetteer g = Gazetteer.load();
        java.util.Set<String> heads = g.words("org-heads");
        assertTrue(heads.contains("court"), heads::toString);
        // the resolver asks for this list once per article: it must not be copied each time
        assertSame(heads, g.words("org-heads"));
        assertThrows(UnsupportedOperationException.class, () -> heads.add("x"));
    }
}
