package org.newsgraph.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.recognize.Recognized.assertOrganisation;
import static org.newsgraph.extract.recognize.Recognized.mention;
import static org.newsgraph.extract.recognize.Recognized.mentions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;

/** Refine's gazetteer pairs and event heads, title abbreviations, citation marks: sentences of our own. */
class RecognitionRepairsTest {
    @Test
    void placesJoinedByAHyphenAreEachThemselves() {
        List<Mention> ms = mentions("Officials discussed U.S.-Iraq ties and the Baghdad-Erbil dispute on Monday.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("-")), ms.toString());
        assertEquals(EntityType.COUNTRY, mention(ms, "Iraq").map(Mention::type).orElse(null), ms.toString());
        assertTrue(mention(ms, "Baghdad").isPresent() && mention(ms, "Erbil").isPresent(), ms.toString());
    }

    @Test
    void aCitationMarkIsNotPartOfTheName() {
        List<Mention> ms = mentions("The raid killed the commander Mohan al-Tikriti.[3] Others fled.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("[") || m.text().endsWith(".")), ms.toString());
    }

    @Test
    void aTitleAbbreviationWithoutItsStopIsNoName() {
        List<Mention> ms = mentions("Col Brandvold and Capt Haugsvik briefed the press in Oslo.");
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Col") || m.text().startsWith("Capt")), ms.toString());
    }

    @Test
    void aMilitaryRankIsNoPartOfTheName() {
        List<Mention> ms = mentions("Spc. Dana Whitfield and Cpl. Omar Reyes met Commodore Ian Pell in Oslo.");
        for (String name : List.of("Dana Whitfield", "Omar Reyes", "Ian Pell")) {
            assertEquals(EntityType.PERSON, mention(ms, name).map(Mention::type).orElse(null), ms.toString());
        }
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Spc") || m.text().startsWith("Cpl")), ms.toString());
    }

    @Test
    void equipmentAcronymsAreNoBodiesAndBrigadesAreOne() {
        List<Mention> ms = mentions("A UAV and a VBIED hit a depot of the Qalamun Brigades, the ministry said.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("UAV") || m.text().equals("VBIED")), ms.toString());
        assertOrganisation(ms, "Qalamun Brigades");
    }

    @Test
    void aServiceBeforeARankIsAnOrganisation() {
        List<Mention> ms = mentions("Questions were taken by Navy Capt. Ian Pell in the briefing room.");
        assertOrganisation(ms, "Navy");
        assertEquals(EntityType.PERSON, mention(ms, "Ian Pell").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void resolutionsAndCrisesAreNoEntities() {
        List<Mention> ms = mentions("Norway backed the Oslo Crisis Resolution after the Narvik Crisis.");
        assertTrue(ms.stream().noneMatch(m -> m.text().endsWith("Crisis") || m.text().endsWith("Resolution")), ms.toString());
    }
}
