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

/**
 * Organisations named by the words around them (kind nouns, web addresses, a capital "The", an office
 * holder's office), compass words in place names, and a country after "of the": sentences of our own.
 */
class OrganisationContextTest {
    @Test
    void aNameAfterAKindNounIsAnOrganisation() {
        assertOrganisation(mentions("The files appeared on the website \"Harbour Watch Wiki\", a spinoff of a forum."), "Harbour Watch Wiki");
        assertOrganisation(mentions("Traffic rose sharply, according to the company Netpulse Canada."), "Netpulse Canada");
        assertOrganisation(mentions("The study was published in journal Coastal Ecology Letters on Monday."), "Coastal Ecology Letters");
        assertOrganisation(mentions("He was attacked in the publication Harbour Review last year."), "Harbour Review");
    }

    @Test
    void aNameBeforeAKindNounIsAnOrganisation() {
        assertOrganisation(mentions("A spokesman for the Morden Ridge group declined to comment."), "Morden Ridge");
    }

    @Test
    void aPlaceOrAPeopleBeforeAKindNounIsNoOrganisation() {
        List<Mention> ms = mentions("The Syrian group said the Moscow group had left.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void aWebAddressIsAnOrganisation() {
        assertOrganisation(mentions("Other sites such as Brambleton.com said they would keep the files."), "Brambleton.com");
        List<Mention> ms = mentions("He said the figures were 3.5 and rising.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains(".")), ms.toString());
    }

    @Test
    void aCapitalTheInsideASentenceOpensATitle() {
        assertOrganisation(mentions("Writing in a column, Peter Hale of The Daily Lantern called the plan a mistake."), "Daily Lantern");
    }

    @Test
    void anOfficeHoldersOfficeIsAnOrganisation() {
        List<Mention> ms = mentions("A detective for the Kent County Sheriff's office questioned him on Tuesday.");
        assertOrganisation(ms, "Kent County Sheriff's office");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Kent County Sheriff")), ms.toString());
    }

    @Test
    void aCountryAfterANamedBodyStaysItself() {
        List<Mention> ms = mentions("The study was led by Weston State University of the US and funded by the Bank of England.");
        assertOrganisation(ms, "Weston State University");
        assertEquals(EntityType.COUNTRY, mention(ms, "US").map(Mention::type).orElse(null), ms.toString());
        assertOrganisation(ms, "Bank of England");
    }

    @Test
    void aHeadWordInLowerCaseAfterANameIsPartOfIt() {
        assertOrganisation(mentions("The Norland Heritage board opened a stand at the fair."), "Norland Heritage board");
    }

    @Test
    void aCapitalisedCompassWordBeforeAPlaceIsPartOfItsName() {
        List<Mention> ms = mentions("The family lived in East Leeds before the war.");
        assertEquals(EntityType.LOCATION, mention(ms, "East Leeds").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void namesBeforeOnePluralHeadAreOneOrganisationEach() {
        List<Mention> ms = mentions("After talks between the State and Homeland Security Departments, the visas were granted.");
        assertOrganisation(ms, "State Department");
        assertOrganisation(ms, "Homeland Security Department");
        ms = mentions("Officials of the Labor, Commerce and Treasury departments met on Monday.");
        assertOrganisation(ms, "Labor Department");
        assertOrganisation(ms, "Commerce Department");
        assertOrganisation(ms, "Treasury Department");
    }

    @Test
    void peoplesBeforeOnePluralHeadStayTheirCountries() {
        List<Mention> ms = mentions("The British and French governments agreed on the text.");
        assertEquals(EntityType.COUNTRY, mention(ms, "British").map(Mention::type).orElse(null), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), ms.toString());
    }

    @Test
    void namesAfterAPluralKindNounAreOneOrganisationEach() {
        List<Mention> ms = mentions("The court ruled on the religious schools Harwood Abbey and Villa Serena in Pisa.");
        assertOrganisation(ms, "Harwood Abbey");
        assertOrganisation(ms, "Villa Serena");
        assertOrganisation(mentions("She worked for the company Harlow and Finch until May."), "Harlow and Finch");
    }

    @Test
    void aNameSetApartBeforeAKindNounIsAnOrganisation() {
        assertOrganisation(mentions("Collegio Marlow, a catholic school in Turin, paid the tax."), "Collegio Marlow");
        List<Mention> ms = mentions("Tom Brandt, a party member, left the hall.");
        assertEquals(EntityType.PERSON, mention(ms, "Tom Brandt").map(Mention::type).orElse(null), ms.toString());
    }

    @Test
    void aLetterAfterAKindNounNamesNoOrganisation() {
        List<Mention> ms = mentions("In Group F, Sweden beat Chile on Monday.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("F")), ms.toString());
    }

    @Test
    void anAdministrativeUnitAfterABodysHeadIsThatBody() {
        assertOrganisation(mentions("He sued the School District last year."), "School District");
    }
}
