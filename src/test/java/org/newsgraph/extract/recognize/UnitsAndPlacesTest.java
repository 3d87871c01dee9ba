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

/** Numbered units, places before an organisation's name, places after "near": sentences of our own. */
class UnitsAndPlacesTest {
    @Test
    void aNumberedUnitIsOneOrganisation() {
        List<Mention> ms = mentions("Airmen from the 412th Aerial Tanker Wing flew beside the 9th Coastal Artillery Regiment on Tuesday.");
        assertOrganisation(ms, "412th Aerial Tanker Wing");
        assertOrganisation(ms, "9th Coastal Artillery Regiment");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Regiment") || m.text().equals("Wing")), ms.toString());
    }

    @Test
    void aCountryBeforeANumberedUnitIsPartOfIt() {
        List<Mention> ms = mentions("Ships of the U.S. 7th Fleet sailed past the island, and the 2nd Battalion stayed ashore.");
        assertOrganisation(ms, "U.S. 7th Fleet");
        assertOrganisation(ms, "2nd Battalion");
    }

    @Test
    void anOrdinalBeforeCommonWordsIsNoUnit() {
        List<Mention> ms = mentions("The 3rd round of talks in Geneva ended without a deal.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("3rd")), ms.toString());
    }

    @Test
    void aPlaceBeforeAnOrganisationsHeadIsPartOfItsName() {
        List<Mention> ms = mentions("The Basra Operational Command said the convoy had arrived.");
        assertOrganisation(ms, "Basra Operational Command");
        assertTrue(mention(ms, "Basra").isEmpty(), ms.toString());
    }

    @Test
    void aPlaceTheModelAlsoTagsStillJoinsTheOrganisationAfterIt() {
        List<Mention> ms = mentions("A cold morning greeted the Jordan Armed Forces, and the Kurdistan Regional Government sent a letter.");
        assertOrganisation(ms, "Jordan Armed Forces");
        assertOrganisation(ms, "Kurdistan Regional Government");
        assertTrue(mention(ms, "Jordan").isEmpty() && mention(ms, "Kurdistan").isEmpty(), ms.toString());
    }

    @Test
    void aDemonymBeforeCapitalisedNounsAndAHeadIsOneOrganisation() {
        assertOrganisation(mentions("The mission has trained the Iraqi Security Forces since May."), "Iraqi Security Forces");
        List<Mention> lower = mentions("Iraqi security forces entered the town in May.");
        assertTrue(lower.stream().noneMatch(m -> m.text().endsWith("forces")), lower.toString());
    }

    @Test
    void aPossessivePlaceStaysApartFromTheOrganisation() {
        List<Mention> ms = mentions("Yemen's Security Forces said the convoy had arrived.");
        assertTrue(mention(ms, "Yemen").isPresent(), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Yemen") && m.text().endsWith("Forces")), ms.toString());
    }

    @Test
    void capitalisedWordsAfterNearArePlaces() {
        List<Mention> ms = mentions("Near Qasr Al Hayr, two strikes hit a depot. A patrol waited outside Tell Brak for hours.");
        assertEquals(EntityType.LOCATION, mention(ms, "Qasr Al Hayr").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.LOCATION, mention(ms, "Tell Brak").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aWordThatOpensAPlaceNameMakesItAPlace() {
        List<Mention> ms = mentions("Families fled up Mount Kelvar and camped by Lake Orsin for weeks.");
        assertEquals(EntityType.LOCATION, mention(ms, "Mount Kelvar").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.LOCATION, mention(ms, "Lake Orsin").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aPlaceOpenedByAPlaceWordStaysAPlaceThoughAGivenNameFollows() {
        List<Mention> ms = mentions("Shelling hit villages around the Wadi Selim area of Damascus on Monday.");
        assertEquals(EntityType.LOCATION, mention(ms, "Wadi Selim").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void nearBeforeATitleOrAMonthNamesNoPlace() {
        List<Mention> ms = mentions("Talks near January ended, and aides stood near President Okafor.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.LOCATION), ms.toString());
    }

    @Test
    void aBuildingsHeadMakesAPlaceWhateverNamesItsOwner() {
        List<Mention> ms = mentions("Crowds gathered at Lakeview Hospital Station on Sunday.");
        assertEquals(EntityType.LOCATION, mention(ms, "Lakeview Hospital Station").map(Mention::type).orElse(null), ms.toString());
        assertOrganisation(mentions("The Harlow Independent School District said the boy broke no rule."), "Harlow Independent School District");
    }
}
