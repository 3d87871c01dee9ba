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

    @Test
    void aTitleCaseHeadlineKeepsOnlyNamesTheGazetteerOrTheBodyGives() {
        List<Mention> ms = mentions("Navy Drones Strike Rebel Depots Near Aleppo, Ministry Says\n\n"
                + "Drones struck two depots near Aleppo on Monday, the defence ministry said.");
        assertEquals(List.of("Aleppo"), ms.stream().filter(m -> m.sentence() == 0).map(Mention::text).toList(), ms.toString());
    }

    @Test
    void theRulerOfARegimeIsAPerson() {
        List<Mention> ms = mentions("Aid convoys were blocked by the Lukashar regime again this week.");
        assertEquals(EntityType.PERSON, mention(ms, "Lukashar").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void anUnknownAcronymIsABodyNotAPlace() {
        List<Mention> ms = mentions("Aircraft from CJTF-OIR struck targets, and staff from USCENTCOM headquarters watched.");
        assertOrganisation(ms, "CJTF-OIR");
        assertOrganisation(ms, "USCENTCOM");
    }

    @Test
    void placeNamesWithoutTheirMarksAndArticleAreKnown() {
        List<Mention> ms = mentions("Forces retook Tikrit and moved on to Raqqah.");
        assertEquals(EntityType.LOCATION, mention(ms, "Tikrit").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.LOCATION, mention(ms, "Raqqah").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aCountryBeforeATitleAndASurnameIsEachItself() {
        List<Mention> ms = mentions("In Turkey Minister Ellwood met refugees.");
        assertEquals(EntityType.COUNTRY, mention(ms, "Turkey").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.PERSON, mention(ms, "Ellwood").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aTitleWithATailIsNoPerson() {
        List<Mention> ms = mentions("Officials said the parliament had chosen a new Prime Minister-designate after weeks of talks.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Minister")), ms.toString());
    }

    @Test
    void aCapitalisedWordHyphenedOnTheFrontIsPartOfTheName() {
        List<Mention> ms = mentions("Aircraft of the 40-nation Counter-Piracy Coalition patrolled the coast, officials said.");
        assertOrganisation(ms, "Counter-Piracy Coalition");
    }

    @Test
    void aHeadWordThatQualifiesTheNextNounIsLeftOut() {
        List<Mention> ms = mentions("Rescuers reached the Al Noor hospital complex in the east of the city.");
        assertOrganisation(ms, "Al Noor");
    }

    @Test
    void aCapitalisedKindNounIsTheNamesOwnWord() {
        List<Mention> ms = mentions("The domains were seized by the registrar Network Domains last week.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Domains")), ms.toString());
    }

    @Test
    void theArabicArticleWithItsHyphenStaysInTheName() {
        List<Mention> ms = mentions("Ziad Hamdan al-Obeidi was detained near the border on Tuesday.\n\n"
                + "A bomb hit a market and al Qaeda in Iraq claimed it.");
        assertEquals(EntityType.PERSON, mention(ms, "Ziad Hamdan al-Obeidi").map(Mention::type).orElse(null), ms.toString());
        assertOrganisation(ms, "al Qaeda in Iraq");
    }

    @Test
    void namesJoinedByASlashOrInOneHyphenedWordAreNoNameTogether() {
        List<Mention> ms = mentions("Talks on an Iraq/Kurdistan budget deal resumed, and the UK-France relationship was discussed.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("/") || m.text().contains("-")), ms.toString());
        assertEquals(EntityType.COUNTRY, mention(ms, "Iraq").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.COUNTRY, mention(ms, "France").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aParticleAloneIsNoName() {
        List<Mention> ms = mentions("The men fought alongside members of the Al bu Fahd tribe for months.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Al")), ms.toString());
    }

    @Test
    void aNicknameInQuotesIsPartOfThePersonsName() {
        List<Mention> ms = mentions("\"We will strike,\" said Col. Mark \"Tex\" Holloway, the spokesman.\n\n"
                + "Col. John \u201cJ.D.\u201d Dorran spoke next.");
        assertEquals(EntityType.PERSON, mention(ms, "Mark \"Tex\" Holloway").map(Mention::type).orElse(null), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("J.D.") || m.text().equals("Holloway")), ms.toString());
    }

    @Test
    void officeHoldersInThePluralAreNoName() {
        List<Mention> ms = mentions("The Foreign, Home and Defence Secretaries also attended the meeting.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Secretaries")), ms.toString());
    }

    @Test
    void placesByTheirShapeAndTheirCompany() {
        List<Mention> ms = mentions("Shelling hit East Kirkuk overnight, and fighting spread along the Zab river.\n\n"
                + "The attacks in Qamenas, Sarmin and Talamenes were condemned.\n\n"
                + "Dayr az Zawr was shelled again, officials said.");
        for (String place : List.of("East Kirkuk", "Zab", "Sarmin", "Talamenes", "Dayr az Zawr")) {
            assertEquals(EntityType.LOCATION, mention(ms, place).map(Mention::type).orElse(null), place + " in " + ms);
        }
    }

    @Test
    void aCapitalisedHeadTaggedAsACommonNounEndsTheName() {
        List<Mention> ms = mentions("He was taken to the Harbour Point Towers and questioned for hours.\n\n"
                + "Thousands crowded onto the Lin Wei Sheng Memorial near downtown Tainan.");
        assertEquals(EntityType.LOCATION, mention(ms, "Harbour Point Towers").map(Mention::type).orElse(null), ms.toString());
        assertEquals(EntityType.LOCATION, mention(ms, "Lin Wei Sheng Memorial").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void theContextsLongerNameWinsWhenTheModelCutItsFrontOff() {
        List<Mention> ms = mentions("Crowds gathered at Chiang Kai Shek Memorial Hall Station on Saturday.");
        assertEquals(EntityType.LOCATION, mention(ms, "Chiang Kai Shek Memorial Hall Station").map(Mention::type).orElse(null),
                ms.toString());
    }

    @Test
    void aPartyByItsShortName() {
        List<Mention> ms = mentions("Labour has a plan, the party's leader said on Monday.");
        assertOrganisation(ms, "Labour");
    }

    @Test
    void aCommandWithinAForceIsOneName() {
        List<Mention> ms = mentions("U.S. Naval Forces Central Command will release the results on Friday.");
        assertOrganisation(ms, "U.S. Naval Forces Central Command");
    }
}
