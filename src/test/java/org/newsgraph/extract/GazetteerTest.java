package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
