package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** One test per phrasing family, on short sentences of our own; entities are placed by hand. */
class FactExtractorTest {
    private static Annotator annotator;
    private static FactExtractor facts;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        facts = new FactExtractor(RelationRules.load());
    }

    static MarkedText text(String s) {
        return new MarkedText(annotator, s);
    }

    static Extraction extract(MarkedText t) {
        return facts.extract(t.annotated(), t.resolved());
    }

    static Optional<Relation> relation(Extraction x, String subject, String predicate, String object) {
        return x.relations().stream().filter(r -> r.subject().label().equals(subject) && r.predicate().equals(predicate)
                && r.object().label().equals(object)).findFirst();
    }

    static void assertRelation(Extraction x, String subject, String predicate, String object) {
        assertTrue(relation(x, subject, predicate, object).isPresent(),
                () -> "expected " + subject + " " + predicate + " " + object + " in " + x.relations());
    }

    static List<String> titles(Extraction x, String person) {
        return x.titles().stream().filter(t -> t.person().label().equals(person)).map(RoleTitle::title).toList();
    }

    static Optional<Report> report(Extraction x, ReportKind kind, String agent, String keyword) {
        return x.reports().stream().filter(r -> r.kind() == kind && r.agent().label().equals(agent)
                && r.text().contains(keyword)).findFirst();
    }

    static void assertReport(Extraction x, ReportKind kind, String agent, String keyword) {
        assertTrue(report(x, kind, agent, keyword).isPresent(),
                () -> "expected " + agent + " " + kind + " '" + keyword + "' in " + x.reports());
    }

    @Nested
    class Verbs {
        @Test
        void sellingToIsSupply() {
            Extraction x = extract(text("Norway agreed to sell patrol boats to Chile last spring.").country("Norway").country("Chile"));
            assertRelation(x, "Norway", "supplies", "Chile");
            assertEquals(Modality.ASSERTED, relation(x, "Norway", "supplies", "Chile").get().evidence().modality());
        }

        @Test
        void meetingIsCommunication() {
            Extraction x = extract(text("Ana Ruiz met Tomas Berg in Oslo on Tuesday.").person("Ana Ruiz").person("Tomas Berg").place("Oslo"));
            assertRelation(x, "Ana Ruiz", "communicatedWith", "Tomas Berg");
        }

        @Test
        void passiveTellingIsCommunication() {
            Extraction x = extract(text("Ms. Ruiz was told by Mr. Berg that the deal was off.")
                    .person("Ana Ruiz", "Ms. Ruiz").person("Tomas Berg", "Mr. Berg"));
            assertRelation(x, "Ana Ruiz", "communicatedWith", "Tomas Berg");
        }

        @Test
        void urgingIsPressure() {
            Extraction x = extract(text("Brazil urged Peru to reopen the border.").country("Brazil").country("Peru"));
            assertRelation(x, "Brazil", "pressures", "Peru");
        }

        @Test
        void spyingAndAttackingAndVisiting() {
            Extraction x = extract(text("Officials say Ruritania has been spying on Freedonia for years. "
                    + "Freedonia's army attacked Ruritania in May. Tomas Berg will travel to Freedonia next week.")
                    .country("Ruritania").country("Freedonia").person("Tomas Berg"));
            assertRelation(x, "Ruritania", "spiesOn", "Freedonia");
            assertRelation(x, "Tomas Berg", "visits", "Freedonia");
        }

        @Test
        void subjectsPastRelativeClausesAndCoordination() {
            Extraction x = extract(text("Eva Lind, who visited Chile in May, returned home. "
                    + "Tomas Berg asked for calm and urged Peru to withdraw. "
                    + "President Luis Mora of Peru warned that talks would fail.")
                    .person("Eva Lind").country("Chile").person("Tomas Berg").country("Peru").person("Luis Mora"));
            assertRelation(x, "Eva Lind", "visits", "Chile");
            assertRelation(x, "Tomas Berg", "pressures", "Peru");
            assertReport(x, ReportKind.STATEMENT, "Luis Mora", "talks would fail");
        }

        @Test
        void anObjectWithANationalTitleIsThePerson() {
            Extraction x = extract(text("Tomas Berg met Chilean President Rosa Vial in Lima.")
                    .person("Tomas Berg").country("Chile", "Chilean").person("Rosa Vial").place("Lima"));
            assertRelation(x, "Tomas Berg", "communicatedWith", "Rosa Vial");
            assertRelation(x, "Rosa Vial", "leaderOf", "Chile");
            assertFalse(relation(x, "Tomas Berg", "communicatedWith", "Chile").isPresent());
        }

        @Test
        void anUnnamedHeadWithANamedPlaceIsNoSubject() {
            Extraction x = extract(text("Analysts at a bank in Oslo suggested that rates would rise.").place("Oslo"));
            assertTrue(x.reports().isEmpty(), () -> x.reports().toString());
        }

        @Test
        void coordinatedSubjectsBothAct() {
            Extraction x = extract(text("Chile and Peru have held talks with Bolivia.").country("Chile").country("Peru").country("Bolivia"));
            assertRelation(x, "Chile", "communicatedWith", "Bolivia");
            assertRelation(x, "Peru", "communicatedWith", "Bolivia");
            assertFalse(relation(x, "Chile", "communicatedWith", "Peru").isPresent());
        }

        @Test
        void aCapitalActsForItsCountry() {
            Extraction x = extract(text("Lima has pressed Quito to extradite the suspects.")
                    .country("Peru").country("Ecuador").capitalOf("Lima", "Peru").capitalOf("Quito", "Ecuador"));
            assertRelation(x, "Peru", "pressures", "Ecuador");
        }
    }

    @Nested
    class Nominalisations {
        @Test
        void allianceBetween() {
            Extraction x = extract(text("The alliance between Peru and Ecuador has held for decades.").country("Peru").country("Ecuador"));
            assertRelation(x, "Peru", "allyOf", "Ecuador");
        }

        @Test
        void underPressureFrom() {
            Extraction x = extract(text("Chile is under growing pressure from Brazil to cut tariffs.").country("Chile").country("Brazil"));
            assertRelation(x, "Brazil", "pressures", "Chile");
        }

        @Test
        void honorificOutsideTheMention() {
            Extraction x = extract(text("Brazil put heavy pressure on Mr. Mora to resign.").country("Brazil").person("Luis Mora", "Mora"));
            assertRelation(x, "Brazil", "pressures", "Luis Mora");
        }

        @Test
        void stateVisit() {
            Extraction x = extract(text("Mr. Berg will make a state visit to Canada in June.").person("Tomas Berg", "Mr. Berg").country("Canada"));
            assertRelation(x, "Tomas Berg", "visits", "Canada");
        }
    }

    @Nested
    class Roles {
        @Test
        void titleBeforeName() {
            Extraction x = extract(text("Defense Secretary Ana Ruiz landed in Oslo.").person("Ana Ruiz").place("Oslo"));
            assertEquals(List.of("defense secretary"), titles(x, "Ana Ruiz"));
        }

        @Test
        void countryAdjectiveBeforeTitleGivesMembership() {
            Extraction x = extract(text("Chilean Foreign Minister Rosa Vial arrived on Monday.").country("Chile", "Chilean").person("Rosa Vial"));
            assertEquals(List.of("foreign minister"), titles(x, "Rosa Vial"));
            assertRelation(x, "Rosa Vial", "memberOf", "Chile");
        }

        @Test
        void presidentOfCountryLeadsIt() {
            Extraction x = extract(text("President Luis Mora of Peru opened the summit.").person("Luis Mora").country("Peru"));
            assertEquals(List.of("president"), titles(x, "Luis Mora"));
            assertRelation(x, "Luis Mora", "leaderOf", "Peru");
        }

        @Test
        void appositiveWithOrganisation() {
            Extraction x = extract(text("Maria Lopez, a senior analyst with the think tank Polar Watch, disagreed.")
                    .person("Maria Lopez").org("Polar Watch"));
            assertTrue(titles(x, "Maria Lopez").contains("senior analyst"), () -> titles(x, "Maria Lopez").toString());
            assertRelation(x, "Maria Lopez", "memberOf", "Polar Watch");
        }

        @Test
        void possessiveTitleMakesAnAdviser() {
            Extraction x = extract(text("Governor Hale's chief of staff Tom Baker resigned on Friday.")
                    .person("Ed Hale", "Hale").person("Tom Baker"));
            assertEquals(List.of("chief of staff"), titles(x, "Tom Baker"));
            assertRelation(x, "Tom Baker", "adviserTo", "Ed Hale");
            assertEquals(List.of("governor"), titles(x, "Ed Hale"));
        }

        @Test
        void anUnrecognisedPossessiveNameFindsItsEntity() {
            Extraction x = extract(text("Luis Mora arrived first. Mora's chief of staff Eva Lind followed him.")
                    .person("Luis Mora").person("Eva Lind"));
            assertRelation(x, "Eva Lind", "adviserTo", "Luis Mora");
        }

        @Test
        void possessiveTitleInApposition() {
            Extraction x = extract(text("Norway's prime minister, Eva Lind, spoke with Luis Mora by phone.")
                    .country("Norway").person("Eva Lind").person("Luis Mora"));
            assertEquals(List.of("prime minister"), titles(x, "Eva Lind"));
            assertRelation(x, "Eva Lind", "leaderOf", "Norway");
            assertRelation(x, "Eva Lind", "communicatedWith", "Luis Mora");
        }

        @Test
        void relativeClauseAndPredicate() {
            Extraction x = extract(text("Anna Berg, who was the foreign minister at the time, left early. "
                    + "Tomas Holm is the national security adviser.").person("Anna Berg").person("Tomas Holm"));
            assertEquals(List.of("foreign minister"), titles(x, "Anna Berg"));
            assertEquals(List.of("national security adviser"), titles(x, "Tomas Holm"));
        }

        @Test
        void formerAndActingStayInTheTitle() {
            Extraction x = extract(text("Former President Luis Mora met acting Prime Minister Eva Lind.")
                    .person("Luis Mora").person("Eva Lind"));
            assertEquals(List.of("former president"), titles(x, "Luis Mora"));
            assertEquals(List.of("acting prime minister"), titles(x, "Eva Lind"));
        }

        @Test
        void roleOfAnUnnamedBodyBeforeTheName() {
            Extraction x = extract(text("A spokesman for the interior ministry, Ana Ruiz, declined to comment.").person("Ana Ruiz"));
            assertEquals(List.of("spokesman"), titles(x, "Ana Ruiz"));
        }

        @Test
        void aNationalRoleWithoutANameGoesToItsLastHolder() {
            Extraction x = extract(text("President Luis Mora spoke in Lima. Critics attacked the Peruvian president's plan.")
                    .person("Luis Mora").country("Peru", "Peruvian").place("Lima"));
            assertRelation(x, "Luis Mora", "leaderOf", "Peru");
        }

        @Test
        void titleThenNameAfterComma() {
            Extraction x = extract(text("The trade adviser for Peru, Mr. Mora, rejected the offer.")
                    .person("Luis Mora", "Mr. Mora").country("Peru"));
            assertEquals(List.of("trade adviser"), titles(x, "Luis Mora"));
            assertRelation(x, "Luis Mora", "adviserTo", "Peru");
        }
    }

    @Nested
    class Reports {
        @Test
        void reportedSpeech() {
            Extraction x = extract(text("Brazil warned that the tariffs would hurt farmers.").country("Brazil"));
            assertReport(x, ReportKind.STATEMENT, "Brazil", "tariffs would hurt farmers");
        }

        @Test
        void invertedAttributionWithPronoun() {
            Extraction x = extract(text("Tomas Berg left the room. \"We will never sign this treaty,\" said he.")
                    .person("Tomas Berg"));
            assertReport(x, ReportKind.STATEMENT, "Tomas Berg", "never sign this treaty");
        }

        @Test
        void quotationOverTwoSentencesAndItsContinuation() {
            Extraction x = extract(text("Ana Ruiz said: \"The port is closed. Nobody can enter it.\" "
                    + "\"The fishermen are angry about the rules.\"").person("Ana Ruiz"));
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "Nobody can enter");
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "fishermen are angry");
        }

        @Test
        void theAddresseeIsNotWhatWasSaid() {
            Extraction x = extract(text("Luis Mora told reporters in Lima that the border would reopen. Eva Lind told reporters in Oslo.")
                    .person("Luis Mora").person("Eva Lind").place("Lima").place("Oslo"));
            Report r = report(x, ReportKind.STATEMENT, "Luis Mora", "border would reopen").orElseThrow();
            assertFalse(r.text().contains("reporters"), r.text());
            assertTrue(report(x, ReportKind.STATEMENT, "Eva Lind", "").isEmpty(), () -> x.reports().toString());
        }

        @Test
        void accordingTo() {
            Extraction x = extract(text("According to Maria Lopez, the election will be delayed by a year.").person("Maria Lopez"));
            assertReport(x, ReportKind.STATEMENT, "Maria Lopez", "election will be delayed");
        }

        @Test
        void concernPhrasings() {
            Extraction x = extract(text("Chile raised concerns about the new fishing quotas. "
                    + "Peru is worried about rising food prices. "
                    + "Quito has refused to act, while quietly fretting about its debts.")
                    .country("Chile").country("Peru").country("Ecuador").capitalOf("Quito", "Ecuador"));
            assertReport(x, ReportKind.CONCERN, "Chile", "fishing quotas");
            assertReport(x, ReportKind.CONCERN, "Peru", "food prices");
            assertReport(x, ReportKind.CONCERN, "Ecuador", "debts");
        }

        @Test
        void proposalsAndRoleSubject() {
            Extraction x = extract(text("Anna Berg, the trade minister, spoke first. The minister proposed a joint customs office. "
                    + "Peru called for an independent inquiry.").person("Anna Berg").country("Peru"));
            assertReport(x, ReportKind.PROPOSAL, "Anna Berg", "joint customs office");
            assertReport(x, ReportKind.PROPOSAL, "Peru", "independent inquiry");
        }

        @Test
        void pronounSubjectsResolveToTheRightKindOfEntity() {
            Extraction x = extract(text("Peru and Tomas Berg signed the accord. It claimed that the accord ends the dispute. "
                    + "He said the work had only begun.").country("Peru").person("Tomas Berg"));
            assertReport(x, ReportKind.STATEMENT, "Peru", "ends the dispute");
            assertReport(x, ReportKind.STATEMENT, "Tomas Berg", "work had only begun");
        }

        @Test
        void reportListsTheEntitiesItNames() {
            Extraction x = extract(text("Brazil warned that Chile would lose access to the canal.").country("Brazil").country("Chile"));
            Report r = report(x, ReportKind.STATEMENT, "Brazil", "canal").orElseThrow();
            assertEquals(List.of("Chile"), r.mentioned().stream().map(Entity::label).toList());
        }

        @Test
        void aNounOfSayingIsNoStatement() {
            // "comments" and "reports" are nouns here, though their stems are verbs of saying
            Extraction x = extract(text("Brazil comments on the vote angered Chile. Brazil reports on the vote were wrong. "
                    + "Chile stated that the vote was fair.").country("Brazil").country("Chile"));
            assertTrue(report(x, ReportKind.STATEMENT, "Brazil", "").isEmpty(), () -> x.reports().toString());
            assertReport(x, ReportKind.STATEMENT, "Chile", "the vote was fair");
        }

        @Test
        void aSayWordTaggedAsANounBeforeThatIsAStatement() {
            // the tagger reads "warns" after a name as a plural noun; before "that" it is the verb
            Extraction x = extract(text("Chile warns that the vote was rigged.").country("Chile"));
            assertReport(x, ReportKind.STATEMENT, "Chile", "the vote was rigged");
        }

        @Test
        void anUnnamedSubjectGivesNoStatement() {
            Extraction x = extract(text("The opposition party in Lima said the vote was rigged.")
                    .country("Peru").capitalOf("Lima", "Peru"));
            assertTrue(x.reports().isEmpty(), () -> x.reports().toString());
        }
    }

    @Nested
    class Modalities {
        @Test
        void hedged() {
            Extraction x = extract(text("Norway allegedly sold rifles to Chile.").country("Norway").country("Chile"));
            assertEquals(Modality.HEDGED, relation(x, "Norway", "supplies", "Chile").orElseThrow().evidence().modality());
        }

        @Test
        void negated() {
            Extraction x = extract(text("Norway did not sell rifles to Chile.").country("Norway").country("Chile"));
            Relation r = relation(x, "Norway", "supplies", "Chile").orElseThrow();
            assertEquals(Modality.NEGATED, r.evidence().modality());
        }

        @Test
        void reportedLowersConfidence() {
            Extraction x = extract(text("Norway sold rifles to Chile, according to the newspaper. Norway sold tanks to Peru.")
                    .country("Norway").country("Chile").country("Peru"));
            Relation reported = relation(x, "Norway", "supplies", "Chile").orElseThrow();
            Relation plain = relation(x, "Norway", "supplies", "Peru").orElseThrow();
            assertEquals(Modality.REPORTED, reported.evidence().modality());
            assertTrue(reported.evidence().confidence() < plain.evidence().confidence());
        }

        @Test
        void aPatternRunningOffTheSentenceEndFindsNothing() {
            Extraction x = extract(text("Dock workers in Oslo stopped work, the union Fellesforbund said on Tuesday. Norway sold")
                    .place("Oslo").org("Fellesforbund").country("Norway"));
            assertTrue(x.relations().isEmpty(), () -> x.relations().toString());
        }

        @Test
        void aProperNounIsNoTrigger() {
            Extraction x = extract(text("Relations between the United States and Peru soured.").country("United States").country("Peru"));
            assertTrue(x.reports().isEmpty(), () -> x.reports().toString());
            assertFalse(x.relations().stream().anyMatch(r -> r.predicate().equals("supplies")));
        }
    }

    @Nested
    class MoreRoles {
        @Test
        void abbreviatedTitlesAreWrittenOutAndASecondRoleIsKept() {
            Extraction x = extract(text("Sen. Ana Ruiz, the top Democrat on the committee, left early.").person("Ana Ruiz"));
            assertTrue(titles(x, "Ana Ruiz").contains("senator"), () -> titles(x, "Ana Ruiz").toString());
            assertTrue(titles(x, "Ana Ruiz").contains("top democrat"), () -> titles(x, "Ana Ruiz").toString());
        }

        @Test
        void rolesWithModifiersStayWhole() {
            Extraction x = extract(text("Deputy Attorney General Eva Lind met Speaker Tomas Berg and Special counsel Luis Mora.")
                    .person("Eva Lind").person("Tomas Berg").person("Luis Mora"));
            assertEquals(List.of("deputy attorney general"), titles(x, "Eva Lind"));
            assertEquals(List.of("speaker"), titles(x, "Tomas Berg"));
            assertTrue(titles(x, "Luis Mora").contains("special counsel"), () -> titles(x, "Luis Mora").toString());
        }

        @Test
        void portfolioAfterTheHead() {
            Extraction x = extract(text("Minister of Education Rosa Vial said the schools would reopen.").person("Rosa Vial"));
            assertEquals(List.of("minister of education"), titles(x, "Rosa Vial"));
        }

        @Test
        void roleWithAnUnnamedOwnerInApposition() {
            Extraction x = extract(text("Luis Mora, undersecretary to the prime minister, said the table would open.").person("Luis Mora"));
            assertEquals(List.of("undersecretary"), titles(x, "Luis Mora"));
        }

        @Test
        void anOrganisationBeforeAnyRoleGivesMembershipButADemonymOnlyForOfficials() {
            Extraction x = extract(text("Norsk Data co-founder Eva Lind met Chilean expert Luis Mora and Chilean captain Rosa Vial.")
                    .org("Norsk Data").person("Eva Lind").country("Chile", "Chilean").person("Luis Mora").person("Rosa Vial"));
            assertRelation(x, "Eva Lind", "memberOf", "Norsk Data");
            assertRelation(x, "Rosa Vial", "memberOf", "Chile");
            assertTrue(relation(x, "Luis Mora", "memberOf", "Chile").isEmpty(), () -> x.relations().toString());
        }

        @Test
        void aRoleBeforeTheNameAtTheSentenceEnd() {
            Extraction x = extract(text("Eva Lind was put through to a Norsk Data attorney, Luis Mora.")
                    .person("Eva Lind").org("Norsk Data").person("Luis Mora"));
            assertEquals(List.of("attorney"), titles(x, "Luis Mora"));
            assertRelation(x, "Luis Mora", "memberOf", "Norsk Data");
        }

        @Test
        void leaderOfANamedPartOfAPlace() {
            Extraction x = extract(text("The president of the Lombardy region, Rosa Vial, reacted quickly.")
                    .place("Lombardy").person("Rosa Vial"));
            assertEquals(List.of("president"), titles(x, "Rosa Vial"));
        }
    }

    @Nested
    class Quotations {
        @Test
        void saidWithATitleBeforeTheName() {
            Extraction x = extract(text("\"Ten years ago this was not possible at all,\" said Ambassador Eva Lind.").person("Eva Lind"));
            assertReport(x, ReportKind.STATEMENT, "Eva Lind", "not possible");
        }

        @Test
        void saidTheMinisterFindsTheMinister() {
            Extraction x = extract(text("Foreign Minister Eva Lind arrived on Monday. \"We will not give up on this deal,\" said the foreign minister.")
                    .person("Eva Lind"));
            assertReport(x, ReportKind.STATEMENT, "Eva Lind", "give up");
        }

        @Test
        void aColonIntroducesTheQuotationOfTheMainSubject() {
            Extraction x = extract(text("On Wednesday, Luis Mora defended the budget: \"We are working as quickly as we can.\"")
                    .person("Luis Mora"));
            assertReport(x, ReportKind.STATEMENT, "Luis Mora", "quickly as we can");
        }

        @Test
        void aQuotationAfterAnIntroducingSentence() {
            Extraction x = extract(text("Professor Rosa Vial commented,\n\"Hoping that this turns into a national conversation.\"")
                    .person("Rosa Vial"));
            assertReport(x, ReportKind.STATEMENT, "Rosa Vial", "national conversation");
        }

        @Test
        void aDashAfterTheQuotationNamesTheSpeaker() {
            Extraction x = extract(text("\"So far it is one to nothing, but it is a long game.\" - Tomas Berg").person("Tomas Berg"));
            assertReport(x, ReportKind.STATEMENT, "Tomas Berg", "long game");
        }

        @Test
        void anAppositiveWithARoleBeforeSaid() {
            Extraction x = extract(text("Luis Mora, Peru coach, said, \"We have learned a lot from this game.\"")
                    .person("Luis Mora").country("Peru"));
            assertReport(x, ReportKind.STATEMENT, "Luis Mora", "learned a lot");
        }

        @Test
        void aNewSpeakerEndsTheContinuation() {
            Extraction x = extract(text("Eva Lind said: \"The port is closed for now.\" Tomas Berg met reporters: "
                    + "\"Nobody can enter it today.\"").person("Eva Lind").person("Tomas Berg"));
            assertTrue(report(x, ReportKind.STATEMENT, "Eva Lind", "Nobody").isEmpty(), () -> x.reports().toString());
        }
    }

    @Nested
    class ProposalsAndConcerns {
        @Test
        void proposalPhrasings() {
            Extraction x = extract(text("Peru urged Chile to reopen the border. Bolivia pushed for a ceasefire. "
                    + "Ecuador has a plan to build a new port. Brazil plans to cut tariffs.")
                    .country("Peru").country("Chile").country("Bolivia").country("Ecuador").country("Brazil"));
            assertReport(x, ReportKind.PROPOSAL, "Peru", "reopen the border");
            assertReport(x, ReportKind.PROPOSAL, "Bolivia", "ceasefire");
            assertReport(x, ReportKind.PROPOSAL, "Ecuador", "new port");
            assertReport(x, ReportKind.PROPOSAL, "Brazil", "cut tariffs");
        }

        @Test
        void bracketedAbbreviationAndPossessivePronounSubjects() {
            Extraction x = extract(text("The Andean Council (AC) recommends that every country should cut tariffs. "
                    + "Eva Lind spoke next. Ministers ignored her urgent calls for a ceasefire. "
                    + "Norsk Data gave Eva Lind the option to join the board.")
                    .org("Andean Council", "AC").person("Eva Lind").org("Norsk Data"));
            assertReport(x, ReportKind.PROPOSAL, "Andean Council", "cut tariffs");
            assertReport(x, ReportKind.PROPOSAL, "Eva Lind", "ceasefire");
            assertReport(x, ReportKind.PROPOSAL, "Norsk Data", "join the board");
        }

        @Test
        void concernPhrasings() {
            Extraction x = extract(text("Peru warned of a food crisis. Chile is concerned the talks will fail. "
                    + "Bolivia sounded the alarm over rising debts.")
                    .country("Peru").country("Chile").country("Bolivia"));
            assertReport(x, ReportKind.CONCERN, "Peru", "food crisis");
            assertReport(x, ReportKind.CONCERN, "Chile", "talks will fail");
            assertReport(x, ReportKind.CONCERN, "Bolivia", "rising debts");
        }
    }

    /** Every role a person is given, the owner each role names, and memberships written without a role word. */
    @Nested
    class RolesAndOwners {
        @Test
        void aRoleHeadIsReadWhateverItsTagAndCoordinatedModifiersStay() {
            Extraction x = extract(text("It quoted critics like immigration barrister Ana Ruiz. "
                    + "Lima hosted Chile's interior and overseas minister Rosa Vial on Monday.")
                    .person("Ana Ruiz").place("Lima").country("Chile").person("Rosa Vial"));
            assertTrue(titles(x, "Ana Ruiz").contains("immigration barrister"), () -> titles(x, "Ana Ruiz").toString());
            assertEquals(List.of("interior and overseas minister"), titles(x, "Rosa Vial"));
            assertRelation(x, "Rosa Vial", "memberOf", "Chile");
        }

        @Test
        void ofInsideATitleOnlyAfterARoleHead() {
            Extraction x = extract(text("The forms are part of Prime Minister Eva Lind's plan to clear the backlog.")
                    .person("Eva Lind"));
            assertEquals(List.of("prime minister"), titles(x, "Eva Lind"));
        }

        @Test
        void aSecondRoleAfterTheFirstNamesItsOwnOwner() {
            Extraction x = extract(text("Professor Luis Mora, director of the salt study, and chairman of the Andean Council, "
                    + "says the finding is crucial.").person("Luis Mora").org("Andean Council"));
            assertTrue(titles(x, "Luis Mora").containsAll(List.of("professor", "director", "chairman")),
                    () -> titles(x, "Luis Mora").toString());
            assertRelation(x, "Luis Mora", "leaderOf", "Andean Council");
        }

        @Test
        void aRoleOnACommitteeIsASecondRole() {
            Extraction x = extract(text("Sen. Ana Ruiz, the top Democrat on the Finance Committee, objected.")
                    .person("Ana Ruiz").org("Finance Committee"));
            assertTrue(titles(x, "Ana Ruiz").containsAll(List.of("senator", "top democrat")), () -> titles(x, "Ana Ruiz").toString());
            assertRelation(x, "Ana Ruiz", "memberOf", "Finance Committee");
        }

        @Test
        void aGroupOfACountryBeforeThePossessive() {
            Extraction x = extract(text("According to the Chilean team's coach, Luis Mora, the robot scored twice. "
                    + "The Peruvian foreign ministry's spokesman Tomas Berg declined to comment.")
                    .country("Chile", "Chilean").person("Luis Mora").country("Peru", "Peruvian").person("Tomas Berg"));
            assertEquals(List.of("coach"), titles(x, "Luis Mora"));
            assertRelation(x, "Luis Mora", "memberOf", "Chile");
            assertEquals(List.of("spokesman"), titles(x, "Tomas Berg"));
            assertRelation(x, "Tomas Berg", "memberOf", "Peru");
        }

        @Test
        void aRoleOfAnOrganisationRightBeforeTheName() {
            Extraction x = extract(text("After the leak, CEO of the Refugee Forum Eva Lind told reporters the plan was flawed.")
                    .org("Refugee Forum").person("Eva Lind"));
            assertEquals(List.of("ceo"), titles(x, "Eva Lind"));
            assertRelation(x, "Eva Lind", "leaderOf", "Refugee Forum");
            Extraction chapter = extract(text("Executive director of the Lima chapter of the Andean Council Luis Mora said the boy was welcome.")
                    .place("Lima").org("Andean Council").person("Luis Mora"));
            assertEquals(List.of("executive director"), titles(chapter, "Luis Mora"));
            assertRelation(chapter, "Luis Mora", "leaderOf", "Andean Council");
        }

        @Test
        void anOfficialToABodyBelongsToTheOwnerBeforeThePossessive() {
            Extraction x = extract(text("Chile's ambassador to the Andean Council, Eva Lind, walked out.")
                    .country("Chile").org("Andean Council").person("Eva Lind"));
            assertRelation(x, "Eva Lind", "memberOf", "Chile");
            assertTrue(relation(x, "Eva Lind", "memberOf", "Andean Council").isEmpty(), () -> x.relations().toString());
        }

        @Test
        void aPersonWhoOnlyModifiesTheOwnersNounIsNoOwner() {
            Extraction x = extract(text("Eva Lind, a representative for the Sheriff Ruiz's office, spoke. "
                    + "Luis Mora, director of the Tomas Berg study, agreed.")
                    .person("Eva Lind").person("Sheriff Ruiz").person("Luis Mora").person("Tomas Berg"));
            assertTrue(titles(x, "Eva Lind").contains("representative"), () -> titles(x, "Eva Lind").toString());
            assertTrue(relation(x, "Eva Lind", "adviserTo", "Sheriff Ruiz").isEmpty(), () -> x.relations().toString());
            assertTrue(relation(x, "Luis Mora", "adviserTo", "Tomas Berg").isEmpty(), () -> x.relations().toString());
        }

        @Test
        void aLocalRoleLeadsThePlaceNamedJustBefore() {
            Extraction x = extract(text("Crowds filled downtown Lima to see city mayor Eva Lind open the fair. "
                    + "In Quito, residents cheered when the mayor Luis Mora arrived. Bogota mayor Ana Ruiz stayed home.")
                    .place("Lima").person("Eva Lind").place("Quito").person("Luis Mora").country("Colombia")
                    .capitalOf("Bogota", "Colombia").person("Ana Ruiz"));
            assertRelation(x, "Eva Lind", "leaderOf", "Lima");
            assertRelation(x, "Ana Ruiz", "leaderOf", "Bogota");
            assertTrue(relation(x, "Ana Ruiz", "leaderOf", "Colombia").isEmpty(), () -> x.relations().toString());
            assertTrue(relation(x, "Luis Mora", "leaderOf", "Quito").isEmpty(), () -> x.relations().toString());
        }

        @Test
        void rolesAfterAs() {
            Extraction x = extract(text("Eva Lind, who serves as chief of staff to the Andean Council, resigned. "
                    + "The board appointed Tomas Berg as chief executive of Norsk Data.")
                    .person("Eva Lind").org("Andean Council").person("Tomas Berg").org("Norsk Data"));
            assertTrue(titles(x, "Eva Lind").contains("chief of staff"), () -> titles(x, "Eva Lind").toString());
            assertRelation(x, "Eva Lind", "adviserTo", "Andean Council");
            assertTrue(titles(x, "Tomas Berg").contains("chief executive"), () -> titles(x, "Tomas Berg").toString());
            assertRelation(x, "Tomas Berg", "leaderOf", "Norsk Data");
        }

        @Test
        void aTitleOnlyRoleRelatesToNothing() {
            Extraction x = extract(text("Hamill met Kevin Ray, the voice of Batman in the cartoon.")
                    .person("Mark Hamill", "Hamill").person("Kevin Ray").person("Batman"));
            assertEquals(List.of("voice"), titles(x, "Kevin Ray"));
            assertTrue(x.relations().stream().noneMatch(r -> r.subject().label().equals("Kevin Ray") && r.object().label().equals("Batman")),
                    () -> x.relations().toString());
        }

        @Test
        void aNationalRoleWithNoOwnerServesTheArticlesCountry() {
            Extraction x = extract(text("Chile will tighten its asylum rules. Prime Minister Eva Lind announced the plan on Monday. "
                    + "Interior Minister Luis Mora said Chile would act fast. Peru objected. Chile said the rules are fair. "
                    + "Director Tomas Berg of a charity called the plan cruel. "
                    + "The opposition's shadow interior minister Ana Ruiz praised Peru.")
                    .country("Chile").person("Eva Lind").person("Luis Mora").country("Peru").person("Tomas Berg")
                    .person("Ana Ruiz"));
            assertRelation(x, "Eva Lind", "leaderOf", "Chile");
            assertRelation(x, "Luis Mora", "memberOf", "Chile");
            assertTrue(x.relations().stream().noneMatch(r -> r.subject().label().equals("Tomas Berg")
                    || r.subject().label().equals("Ana Ruiz")), () -> x.relations().toString());
        }

        @Test
        void aCountryWhoseRoleIsTakenIsNoCandidateAndACloseCallSaysNothing() {
            Extraction x = extract(text("Chilean President Rosa Vial met President Eva Lind in Lima. Chile and Peru signed a deal. "
                    + "Chile praised Peru. Chile thanked Peru. Officials in Peru celebrated.")
                    .country("Chile", "Chilean").person("Rosa Vial").person("Eva Lind").place("Lima").country("Peru"));
            assertRelation(x, "Rosa Vial", "leaderOf", "Chile");
            assertRelation(x, "Eva Lind", "leaderOf", "Peru");
            Extraction close = extract(text("President Eva Lind spoke. Chile and Peru signed a deal. Chile praised Peru. Peru thanked Chile.")
                    .person("Eva Lind").country("Chile").country("Peru"));
            assertTrue(close.relations().stream().noneMatch(r -> r.subject().label().equals("Eva Lind")), () -> close.relations().toString());
        }

        @Test
        void membershipWithoutARoleWord() {
            Extraction x = extract(text("Writing in a blog post, Tomas Berg of The Daily Star dubbed it a farce. "
                    + "Chile's Luis Mora was shown a yellow card. Six minutes later, Eva Lind scored a third goal for Peru. "
                    + "President Rosa Vial of Peru watched.")
                    .person("Tomas Berg").org("The Daily Star").country("Chile").person("Luis Mora").person("Eva Lind")
                    .country("Peru").person("Rosa Vial"));
            assertRelation(x, "Tomas Berg", "memberOf", "The Daily Star");
            assertRelation(x, "Luis Mora", "memberOf", "Chile");
            assertRelation(x, "Eva Lind", "memberOf", "Peru");
            assertRelation(x, "Rosa Vial", "leaderOf", "Peru");
            assertTrue(relation(x, "Rosa Vial", "memberOf", "Peru").isEmpty(), () -> x.relations().toString());
            Extraction group = extract(text("Volunteer group Nova Corps of Canada collects comics.").person("Nova Corps").country("Canada"));
            assertTrue(group.relations().isEmpty(), () -> group.relations().toString());
        }

        @Test
        void aRoleAfterAnUnrecognisedPossessiveIsStillATitle() {
            Extraction x = extract(text("According to the visiting team's coach, Luis Mora, the robot scored twice.").person("Luis Mora"));
            assertEquals(List.of("coach"), titles(x, "Luis Mora"));
        }

        @Test
        void placesOfCountriesAndBeforeNamesButNotLists() {
            Extraction x = extract(text("A team from the University of Leeds of the UK took part. The finals saw US team Nova and "
                    + "Boreal face off. Intake was low in Kent, Essex, Surrey and Devon. Oslo, Norway \u2014 The fair opened.")
                    .org("University of Leeds").country("UK").country("US").org("Nova").org("Boreal")
                    .place("Kent").place("Essex").place("Surrey").place("Devon").place("Oslo").country("Norway"));
            assertRelation(x, "University of Leeds", "locatedIn", "UK");
            assertRelation(x, "Nova", "locatedIn", "US");
            assertRelation(x, "Oslo", "locatedIn", "Norway");
            Extraction school = extract(text("Instituto Norte, a catholic school in Milan, will pay.").org("Instituto Norte").place("Milan"));
            assertRelation(school, "Instituto Norte", "locatedIn", "Milan");
            assertTrue(x.relations().stream().noneMatch(r -> r.predicate().equals("locatedIn") && r.subject().label().equals("Kent")
                    || r.subject().label().equals("Essex")), () -> x.relations().toString());
        }
    }

    /** Statements and proposals on phrasings of issue 11 (quotations over paragraphs, documents, campaigns). */
    @Nested
    class MoreReports {
        @Test
        void aQuotationOverParagraphsKeepsItsSpeakerAndAMarkAloneClosesIt() {
            Extraction x = extract(text("Ana Ruiz said: \"The port is closed to every ship.\n"
                    + "\"Nobody can enter it until the storm has passed.\"\n"
                    + "Tomas Berg called it \"a long war over nothing at all.\n"
                    + "Lawsuits were filed and the lists shut down.\n\"\n"
                    + "The harbour reopened on Monday.").person("Ana Ruiz").person("Tomas Berg"));
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "port is closed");
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "Nobody can enter");
            assertReport(x, ReportKind.STATEMENT, "Tomas Berg", "lists shut down");
            assertTrue(report(x, ReportKind.STATEMENT, "Ana Ruiz", "Monday").isEmpty(), () -> x.reports().toString());
        }

        @Test
        void aDocumentSpeaksForTheBodyThatWroteIt() {
            Extraction x = extract(text("The Finance Ministry letter reads \"the budget will be cut by a tenth this year\".")
                    .org("Finance Ministry"));
            assertReport(x, ReportKind.STATEMENT, "Finance Ministry", "cut by a tenth");
            Extraction y = extract(text("A leaked letter seen by Daily Planet says \"the budget will be cut by a tenth\".")
                    .org("Daily Planet"));
            assertTrue(y.reports().isEmpty(), () -> y.reports().toString());
        }

        @Test
        void aPersonOfAnUnrecognisedBodyIsTheSpeaker() {
            Extraction x = extract(text("Writing in a column, Ana Ruiz of The Daily Planet dubbed the dispute \"a war of words without end\".")
                    .person("Ana Ruiz"));
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "war of words");
        }

        @Test
        void aQuotationAfterAColonGoesToTheNameOpeningTheSentence() {
            Extraction x = extract(text("The Herald printed examples of long questions, including: \"Were you ever paid for this work in cash?\"")
                    .org("Herald"));
            assertReport(x, ReportKind.STATEMENT, "Herald", "paid for this work");
        }

        @Test
        void aQuotationOpeningAtTheVerbKeepsItsSubject() {
            Extraction x = extract(text("Peru \"recommended a joint patrol of the border\" last year.").country("Peru"));
            assertReport(x, ReportKind.PROPOSAL, "Peru", "joint patrol");
        }

        @Test
        void accordingToARoleOfAnUnnamedTeam() {
            Extraction x = extract(text("According to the Peruvian team's coach, Ali Reza, the players were tired after the flight.")
                    .person("Ali Reza"));
            assertReport(x, ReportKind.STATEMENT, "Ali Reza", "players were tired");
        }

        @Test
        void aPronounReachesOnlyAPersonOfItsSex() {
            Extraction x = extract(text("Mr. Tomas Berg met Ms. Ana Ruiz in Lima. She said the talks had gone well. "
                    + "Spokeswoman Eva Lind thanked Luis Mora. He said the port would reopen.")
                    .person("Tomas Berg").person("Ana Ruiz").place("Lima").person("Eva Lind").person("Luis Mora"));
            assertReport(x, ReportKind.STATEMENT, "Ana Ruiz", "talks had gone well");
            assertTrue(report(x, ReportKind.STATEMENT, "Tomas Berg", "talks").isEmpty(), () -> x.reports().toString());
            assertReport(x, ReportKind.STATEMENT, "Luis Mora", "port would reopen");
        }

        @Test
        void theBareGovernmentIsTheArticlesCountryWhenOneStandsOut() {
            String story = "Peru held elections in May. Voters in Peru were tired. Peru borders Chile. "
                    + "The government called for calm after the vote.";
            Extraction x = extract(text(story).country("Peru").country("Chile"));
            assertReport(x, ReportKind.PROPOSAL, "Peru", "calm");
            Extraction y = extract(text("Peru and Chile held talks. Chile and Peru signed a deal. The government called for calm.")
                    .country("Peru").country("Chile"));
            assertTrue(y.reports().isEmpty(), () -> y.reports().toString());
        }

        @Test
        void describingAsIsAStatement() {
            Extraction x = extract(text("The magazine Lumen described the ruling as historic.").org("Lumen"));
            assertReport(x, ReportKind.STATEMENT, "Lumen", "historic");
        }

        @Test
        void proposalsWithoutANamedAddressee() {
            Extraction x = extract(text("Chile urged fishermen to stay in port. Peru has launched a campaign to ban plastic bags. "
                    + "Bolivia asked the mining company to pay its taxes. A border fence backed by the powerful Farmers Union was rejected.")
                    .country("Chile").country("Peru").country("Bolivia").org("Farmers Union"));
            assertReport(x, ReportKind.PROPOSAL, "Chile", "stay in port");
            assertReport(x, ReportKind.PROPOSAL, "Peru", "ban plastic bags");
            assertReport(x, ReportKind.PROPOSAL, "Bolivia", "pay its taxes");
            assertReport(x, ReportKind.PROPOSAL, "Farmers Union", "border fence");
        }
    }

    /** Communication and pressure on phrasings of issue 11. */
    @Nested
    class MoreCommunication {
        @Test
        void tweetingAskingAndCallsAreCommunication() {
            Extraction x = extract(text("Eva Lind tweeted to Defense Minister Tomas Berg on Monday. Luis Mora asked Rosa Vial to help the team. "
                    + "Ana Ruiz received a call from Luis Mora.")
                    .person("Eva Lind").person("Tomas Berg").person("Luis Mora").person("Rosa Vial").person("Ana Ruiz"));
            assertRelation(x, "Eva Lind", "communicatedWith", "Tomas Berg");
            assertTrue(report(x, ReportKind.STATEMENT, "Eva Lind", "Monday").isEmpty(), () -> x.reports().toString());
            assertRelation(x, "Luis Mora", "communicatedWith", "Rosa Vial");
            assertRelation(x, "Ana Ruiz", "communicatedWith", "Luis Mora");
        }

        @Test
        void sayingToAnOutletIsCommunicationAndAStatement() {
            Extraction x = extract(text("Luis Mora stated to Daily Planet that the mine would close.")
                    .person("Luis Mora").org("Daily Planet"));
            assertRelation(x, "Luis Mora", "communicatedWith", "Daily Planet");
            assertReport(x, ReportKind.STATEMENT, "Luis Mora", "mine would close");
        }

        @Test
        void demandsAndWarningsArePressure() {
            Extraction x = extract(text("Peru demanded that Chile withdraw its ships. Bolivia warned Chile not to build the dam.")
                    .country("Peru").country("Chile").country("Bolivia"));
            assertRelation(x, "Peru", "pressures", "Chile");
            assertRelation(x, "Bolivia", "pressures", "Chile");
            assertTrue(relation(x, "Chile", "pressures", "Peru").isEmpty(), () -> x.relations().toString());
        }
    }
}
