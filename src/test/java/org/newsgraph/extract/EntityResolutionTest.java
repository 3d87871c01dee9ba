package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.recognize.EntityRecognizer;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** Recognition and in-article resolution on short texts of our own, with the real models. */
class EntityResolutionTest {
    private static Annotator annotator;
    private static EntityRecognizer recognizer;
    private static EntityResolver resolver;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        Gazetteer gazetteer = Gazetteer.load();
        recognizer = new EntityRecognizer(gazetteer, EntityRecognizer.loadModel());
        resolver = new EntityResolver(gazetteer);
    }

    private static ResolvedMentions resolve(String text) {
        AnnotatedText t = annotator.annotate(text);
        return resolver.resolve(t, recognizer.recognize(t));
    }

    private static Optional<Entity> named(ResolvedMentions r, String name) {
        return r.entities().stream().filter(e -> e.names().contains(name)).findFirst();
    }

    private static Entity entity(ResolvedMentions r, String name) {
        return named(r, name).orElseThrow(() -> new AssertionError("no entity named " + name + " in " + r.entities()));
    }

    private static Mention mention(ResolvedMentions r, String text, int occurrence) {
        List<Mention> ms = r.mentions().stream().filter(m -> m.text().equals(text)).toList();
        assertTrue(ms.size() > occurrence, "mention " + text + " #" + occurrence + " in " + r.mentions());
        return ms.get(occurrence);
    }

    @Test
    void aSonWithTheSameNameAndJrIsAnotherPerson() {
        ResolvedMentions r = resolve("Harald Brandvold opened the plant on Monday. His son Harald Brandvold Jr. spoke next. "
                + "Brandvold Jr. said the plant would hire 200 people.");
        Entity father = entity(r, "Harald Brandvold");
        Entity son = entity(r, "Harald Brandvold Jr.");
        assertNotEquals(father.key(), son.key(), r.entities().toString());
        assertTrue(son.names().contains("Brandvold Jr.") || named(r, "Brandvold Jr.").map(e -> e.key().equals(son.key())).orElse(false),
                r.entities().toString());
        assertFalse(father.names().contains("Harald Brandvold Jr."), father.names().toString());
    }

    @Test
    void honorificAndSurnameJoinTheFullName() {
        ResolvedMentions r = resolve("Chancellor Park Ji-won opened the summit in Busan on Monday. "
                + "Critics doubt that Ms. Park can hold her coalition together. Park left early.");
        Entity park = entity(r, "Park Ji-won");
        assertEquals(EntityType.PERSON, park.type());
        assertEquals("Park Ji-won", park.label());
        assertTrue(park.names().contains("Park"), park.names().toString());
        assertEquals(1, r.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), r.entities().toString());
    }

    @Test
    void aSurnameWithoutItsArabicArticleIsTheSamePerson() {
        ResolvedMentions r = resolve("General Khalid Omar al-Tayeb spoke in Amman on Friday. "
                + "Critics say Mr. Tayeb has lost the army's trust.");
        Entity tayeb = entity(r, "Khalid Omar al-Tayeb");
        assertTrue(tayeb.names().contains("Tayeb"), tayeb.names().toString());
    }

    @Test
    void twoPeopleSharingASurnameStayApartAndABareSurnameGoesToTheNearest() {
        ResolvedMentions r = resolve("Lee Hae-jin, a former minister, met Lee Soo-min in Busan. "
                + "Lee Soo-min spoke first. Mr. Lee then said the talks had gone well.");
        Entity a = entity(r, "Lee Hae-jin");
        Entity b = entity(r, "Lee Soo-min");
        assertNotEquals(a, b);
        assertFalse(a.names().contains("Lee Soo-min"));
        assertEquals(b, r.entity(mention(r, "Lee", 0)), "Mr. Lee follows the nearer Lee Soo-min");
    }

    @Test
    void aBareSurnameBeforeTwoCandidatesLinksToNeither() {
        ResolvedMentions r = resolve("Mr. Lee arrived late. Later, Lee Hae-jin and Lee Soo-min signed the deal in Busan.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("Lee")),
                "undecidable Mr. Lee must not be linked: " + r.entities());
        assertNotEquals(entity(r, "Lee Hae-jin"), entity(r, "Lee Soo-min"));
    }

    @Test
    void initialsDoNotMakeANewPersonButASuffixDoes() {
        // a middle initial is dropped; "Jr." names the son, and his father may be named without it
        ResolvedMentions r = resolve("Robert F. Kennedy Jr. spoke in Ohio. Robert Kennedy Jr. later denied the report. "
                + "His father Robert Kennedy was shot in 1968.");
        Entity e = entity(r, "Robert F. Kennedy Jr.");
        assertEquals(e, entity(r, "Robert Kennedy Jr."));
        assertEquals("Robert F. Kennedy Jr.", e.label());
        assertNotEquals(e, entity(r, "Robert Kennedy"));
    }

    @Test
    void particlesStayInsideTheName() {
        ResolvedMentions r = resolve("Crown Prince Mohammed bin Salman met Bashar al-Assad in Riyadh on Tuesday.");
        assertEquals(EntityType.PERSON, entity(r, "Mohammed bin Salman").type());
        assertEquals(EntityType.PERSON, entity(r, "Bashar al-Assad").type());
    }

    @Test
    void countryNamesShortFormsAndDemonymsMeetOnOneCountry() {
        ResolvedMentions r = resolve("The United States sent aid. The U.S. says more will follow. "
                + "America is divided, and many Americans disagree. The Americans have not decided.");
        Entity us = entity(r, "United States");
        assertEquals(EntityType.COUNTRY, us.type());
        assertEquals("united-states", us.key(), "countries are keyed by their common name in every article");
        assertTrue(us.names().containsAll(List.of("U.S.", "America", "Americans")), us.names().toString());
        assertEquals(1, r.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).count(), r.entities().toString());
    }

    @Test
    void aPluralDemonymStandsForItsCountry() {
        ResolvedMentions r = resolve("The South Koreans protested against the plan.");
        Entity e = entity(r, "South Koreans");
        assertEquals(EntityType.COUNTRY, e.type());
        assertEquals("South Korea", e.label());
    }

    @Test
    void aDemonymAdjectiveOnItsOwnIsNoEntity() {
        ResolvedMentions r = resolve("Anna Berg, a Korean expert, spoke at the conference.");
        assertTrue(named(r, "Korean").isEmpty(), r.entities().toString());
        assertEquals(EntityType.PERSON, entity(r, "Anna Berg").type());
    }

    @Test
    void aDemonymBeforeTheStatesPeopleOrOrgansNamesTheCountry() {
        ResolvedMentions r = resolve("Israeli officials rejected the plan, and French troops stayed home. She loves French cuisine.");
        assertEquals("Israel", entity(r, "Israeli").label());
        assertEquals(EntityType.COUNTRY, entity(r, "Israeli").type());
        assertEquals(1, entity(r, "French").mentions().size(), "French cuisine names no state: " + r.mentions());
    }

    @Test
    void aCapitalActingForItsGovernmentIsTheCountryInRelationsButStaysAPlace() {
        ResolvedMentions r = resolve("Moscow has rejected the offer. The opposition party held a rally in Moscow.");
        Mention acting = mention(r, "Moscow", 0);
        Mention literal = mention(r, "Moscow", 1);
        assertEquals(EntityType.LOCATION, r.entity(acting).type());
        assertEquals("Russia", r.actor(acting).label());
        assertEquals(EntityType.COUNTRY, r.actor(acting).type());
        assertEquals(r.entity(literal), r.actor(literal), "a literal place acts as itself");
    }

    @Test
    void aCapitalNamedOnlyAsAPlaceBringsNoCountry() {
        ResolvedMentions r = resolve("The Lisbon-based charity sent a reporter, Ana Prado, who filed from Lisbon.");
        assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.COUNTRY), r.entities().toString());
        assertEquals(EntityType.LOCATION, entity(r, "Lisbon").type());
    }

    @Test
    void abbreviationsAndWellKnownOrganisations() {
        ResolvedMentions r = resolve("NATO and the UN met the DPRK envoy. The U.N. said little.");
        assertEquals(EntityType.ORGANIZATION, entity(r, "NATO").type());
        assertEquals(entity(r, "UN"), entity(r, "U.N."));
        assertEquals(EntityType.COUNTRY, entity(r, "DPRK").type());
    }

    @Test
    void organisationHeadWordsTypeAndAcronymsJoin() {
        ResolvedMentions r = resolve("The Foreign Ministry of Norway issued a statement. "
                + "The Syrian Democratic Forces (SDF) attacked. The SDF later withdrew.");
        assertEquals(EntityType.ORGANIZATION, entity(r, "Syrian Democratic Forces").type());
        assertEquals(entity(r, "Syrian Democratic Forces"), entity(r, "SDF"));
        assertTrue(r.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.label().contains("Ministry")),
                r.entities().toString());
    }

    @Test
    void hyphenatedGivenNamesAreWholeNames() {
        ResolvedMentions r = resolve("Her adviser Yi Mun-hui told Kim Sung-Han about it.");
        assertNotNull(named(r, "Yi Mun-hui").orElse(null), r.entities().toString());
        assertNotNull(named(r, "Kim Sung-Han").orElse(null), r.entities().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.label().endsWith("-") || e.label().equals("Kim Sung")),
                r.entities().toString());
    }

    @Test
    void aLoneNameIsKeyedToItsArticleButFullNamesAreNot() {
        ResolvedMentions a = resolve("Mr. Okafor arrived in Lagos on Friday.");
        ResolvedMentions b = resolve("Officials said Mr. Okafor left Lagos on Sunday.");
        Entity oa = named(a, "Okafor").orElse(null);
        Entity ob = named(b, "Okafor").orElse(null);
        if (oa != null && ob != null) {
            assertNotEquals(oa.key(), ob.key(), "a shared surname alone is no identity across articles");
        }
        assertEquals(entity(resolve("Amara Okafor spoke.")).key(), entity(resolve("Yesterday Amara Okafor left.")).key());
    }

    private static Entity entity(ResolvedMentions r) {
        return entity(r, "Amara Okafor");
    }

    @Test
    void anUnknownCapitalisedWordAtSentenceStartIsNoEntity() {
        ResolvedMentions r = resolve("Meanwhile the talks continued. Nevertheless nobody left.");
        assertTrue(r.entities().isEmpty(), r.entities().toString());
        assertNull(r.at(0, 0).orElse(null));
    }

    @Test
    void aLoneNameKeepsThePersonItFirstReferredToWhenARelativeAppears() {
        ResolvedMentions r = resolve("Rania Haddad won the national science prize on Monday. Haddad thanked her teachers. "
                + "Her father Karim Haddad said he was proud. The jury praised Haddad for her patience.");
        Entity rania = entity(r, "Rania Haddad");
        assertNotEquals(rania, entity(r, "Karim Haddad"));
        assertEquals(rania, r.entity(mention(r, "Haddad", 0)));
        assertEquals(rania, r.entity(mention(r, "Haddad", 1)), "the second bare Haddad is still Rania: " + r.entities());
    }

    @Test
    void aMisspelledSurnameJoinsTheOnlyPersonItIsCloseTo() {
        ResolvedMentions r = resolve("Helena Brautigam chairs the water board in Leeds. "
                + "\"We will not raise prices this year,\" Ms Bruatigamm said.");
        Entity helena = entity(r, "Helena Brautigam");
        assertTrue(helena.names().contains("Bruatigamm"), r.entities().toString());
        assertEquals(1, r.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), r.entities().toString());
    }

    @Test
    void aShortSurnameCloseToAnotherIsNoMisspelling() {
        ResolvedMentions r = resolve("Anna Berg met the press in Oslo. Later, Mr. Borg said the talks had failed.");
        assertTrue(entity(r, "Anna Berg").names().stream().noneMatch(n -> n.equals("Borg")), r.entities().toString());
    }

    @Test
    void aCountryNameIsNoAcronymOfABodyWithTheSameInitials() {
        ResolvedMentions r = resolve("Scientists at the University of Sheffield studied ozone. Ozone in the US fell by a quarter.");
        assertEquals(EntityType.COUNTRY, entity(r, "US").type());
        assertNotEquals(entity(r, "University of Sheffield"), entity(r, "US"));
    }

    @Test
    void aBodyNamedWithItsCountryIsTheSameBodyWithout() {
        ResolvedMentions r = resolve("The United Kingdom Home Office began sending letters on Monday. "
                + "Critics said the Home Office had waited too long.");
        assertEquals(entity(r, "United Kingdom Home Office"), entity(r, "Home Office"));
    }

    @Test
    void anOfPhraseAloneAndLeadingInitialsAreShortFormsOfTheSameBody() {
        ResolvedMentions r = resolve("The Church of Zenthology sued the paper in May. The group Zenthology denied it.");
        assertEquals(entity(r, "Church of Zenthology"), entity(r, "Zenthology"));
        r = resolve("A detective for the Fort Worth Sheriff's office took the case. A spokesman for the FW Sheriff's office "
                + "declined to comment.");
        assertEquals(entity(r, "Fort Worth Sheriff's office"), entity(r, "FW Sheriff's office"));
    }

    @Test
    void aPlaceWrittenWithInitialsIsThePlaceNamedInFull() {
        ResolvedMentions r = resolve("The team drove from East Los Angeles to the East L.A. station on Monday.");
        assertEquals(entity(r, "East Los Angeles"), entity(r, "East L.A."));
    }

    @Test
    void aBritishSpellingFindsTheGazetteersOrganisation() {
        ResolvedMentions r = resolve("The World Health Organisation said iodine was lacking. The WHO asked for salt to be iodised.");
        assertEquals(entity(r, "World Health Organisation"), entity(r, "WHO"));
    }

    @Test
    void theNameBeforeItsOfPhraseAndTheHeadWordAloneAreTheSameBody() {
        ResolvedMentions r = resolve("The ruling of the Federal Court of Arbitration came in July. Mayors asked that the Federal "
                + "Court be obeyed. The case on which the Court has ruled was brought by the city.");
        Entity court = entity(r, "Federal Court of Arbitration");
        assertEquals(court, entity(r, "Federal Court"));
        assertEquals(court, entity(r, "Court"));
    }

    @Test
    void twoBodiesWithTheSameShortFormKeepItApart() {
        ResolvedMentions r = resolve("The Federal Court of Arbitration and the Federal Court of Auditors disagreed. "
                + "The Federal Court said nothing more.");
        assertNotEquals(entity(r, "Federal Court of Arbitration"), entity(r, "Federal Court of Auditors"));
        assertEquals(3, r.entities().size(), "the short form fits both and joins neither: " + r.entities());
    }

    @Test
    void aRegionsDemonymNamesTheRegionAsACountrysDoes() {
        ResolvedMentions r = resolve("England beat Peru on Sunday, and English captain Tom Hale scored twice.");
        Entity england = entity(r, "England");
        assertTrue(england.names().contains("English"), r.entities().toString());
        assertEquals(EntityType.LOCATION, england.type());
    }
}
