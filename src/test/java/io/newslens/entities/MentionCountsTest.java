package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newslens.analysis.Analysis;
import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts after merging where name runs used to be cut apart or joined wrongly, through the
 * standard pipeline: one test per cause of a wrong count found on the samples and the corpus.
 */
class MentionCountsTest {
    private static List<Entity> entities(String text) {
        return TestPipelines.entities(text).entities();
    }

    private static Entity only(List<Entity> entities, String query) {
        List<Entity> found = entities.stream().filter(e -> e.matches(query)).toList();
        assertThat(found).as("entities matching %s in %s", query, entities).hasSize(1);
        return found.get(0);
    }

    @Test
    void personOfOrganisationIsTwoMentions() {
        List<Entity> entities = entities("Detective Inspector Sam Whitlock of Greater Manchester Police said "
                + "the inquiry was closed. Whitlock said more arrests were unlikely.");
        Entity whitlock = only(entities, "Whitlock");
        assertThat(whitlock.name()).isEqualTo("Sam Whitlock");
        assertThat(whitlock.type()).isEqualTo(EntityType.PERSON);
        assertThat(whitlock.count()).isEqualTo(2);
        assertThat(only(entities, "Greater Manchester Police").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void titleOfPlaceIsNoPartOfTheName() {
        List<Entity> entities = entities("Former President of India Pranab Mukherjee died on Monday. "
                + "Mukherjee was 84.");
        Entity mukherjee = only(entities, "Mukherjee");
        assertThat(mukherjee.name()).isEqualTo("Pranab Mukherjee");
        assertThat(mukherjee.count()).isEqualTo(2);
        assertThat(only(entities, "India").type()).isEqualTo(EntityType.GPE);
    }

    @Test
    void hyphenatedTitleIsATitleNotAName() {
        List<Entity> entities = entities("NATO Secretary-General Jens Stoltenberg urged restraint. "
                + "The Attorney-General declined to comment. NATO met in Brussels. "
                + "Syria's Major-General Amin Suleyman took reporters to the border.");
        assertThat(only(entities, "Suleyman").name()).isEqualTo("Amin Suleyman");
        assertThat(only(entities, "Stoltenberg").name()).isEqualTo("Jens Stoltenberg");
        assertThat(only(entities, "NATO").count()).isEqualTo(2);
        assertThat(entities).noneMatch(e -> e.name().contains("Secretary") || e.name().contains("Attorney"));
    }

    @Test
    void twoProperNounsEndingInAnOrganisationWordAreAnOrganisation() {
        List<Entity> entities = entities("He died at the Mayo Clinic on Tuesday. Paul Pogue founded Pogue Construction. "
                + "The General Services Administration paid the bill.");
        assertThat(only(entities, "Mayo Clinic").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Pogue Construction").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "General Services Administration").type()).isEqualTo(EntityType.ORG);
        assertThat(entities("Construction will begin in 2012, the agency said.")).isEmpty();
    }

    @Test
    void titleOfAnOrganisationLeavesTheOrganisationItsName() {
        List<Entity> entities = entities("Tesco sold its stores. Dave Lewis, CEO of Tesco, said so.");
        Entity tesco = only(entities, "Tesco");
        assertThat(tesco.name()).isEqualTo("Tesco");
        assertThat(tesco.aliases()).containsExactly("Tesco");
        assertThat(tesco.count()).isEqualTo(2);
    }

    @Test
    void nationsOfTheUnitedKingdomAndWorldRegionsArePlaces() {
        List<Entity> entities = entities("Scotland First Minister Nicola Sturgeon spoke. Voters in Wales and "
                + "Scotland agreed. Trade with South America grew.");
        assertThat(only(entities, "Sturgeon").name()).isEqualTo("Nicola Sturgeon");
        assertThat(only(entities, "Scotland").type()).isEqualTo(EntityType.GPE);
        assertThat(only(entities, "Scotland").count()).isEqualTo(2);
        assertThat(only(entities, "Wales").type()).isEqualTo(EntityType.GPE);
        assertThat(only(entities, "South America").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void placeBeforeExecutiveIsOneOrganisation() {
        List<Entity> entities = entities("Talks set a date for a new Northern Ireland Executive to be formed.");
        assertThat(only(entities, "Executive").name()).isEqualTo("Northern Ireland Executive");
        assertThat(only(entities, "Executive").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void organisationOfPlaceStaysWhole() {
        assertThat(only(entities("She studied at the University of Michigan."), "University of Michigan").type())
                .isEqualTo(EntityType.ORG);
    }

    @Test
    void hyphenatedNameIsOneMentionAndMergesWithItsSurname() {
        List<Entity> entities = entities("Qatar's climate envoy, Noor Al-Sayed, spoke in Doha. "
                + "Al-Sayed did not give a figure.");
        Entity envoy = only(entities, "Al-Sayed");
        assertThat(envoy.name()).isEqualTo("Noor Al-Sayed");
        assertThat(envoy.count()).isEqualTo(2);
    }

    @Test
    void hyphenatedSurnameIsKeptWhole() {
        // The tokenizer writes "Gallego" "-Lazo": the hyphen stuck to the second part.
        List<Entity> entities = entities("Christopher Gallego-Lazo, also an undergraduate, evaluated the glue. "
                + "Gallego-Lazo found that the bonds matter.");
        Entity student = only(entities, "Gallego-Lazo");
        assertThat(student.name()).isEqualTo("Christopher Gallego-Lazo");
        assertThat(student.count()).isEqualTo(2);
    }

    @Test
    void hyphenBetweenTwoPlacesStillSeparatesThem() {
        List<Entity> entities = entities("The U.S.-China talks resumed in Geneva.");
        assertThat(only(entities, "China").aliases()).containsExactly("China");
        assertThat(only(entities, "U.S.").name()).isEqualTo("United States");
    }

    @Test
    void acronymMergesWithALongFormThatHasLowerCaseWords() {
        List<Entity> entities = entities("The Organization for Security and Co-operation in Europe (OSCE) met. "
                + "Keller said the OSCE mission should go on.");
        Entity osce = only(entities, "OSCE");
        assertThat(osce.name()).isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(osce.type()).isEqualTo(EntityType.ORG);
        assertThat(osce.count()).isEqualTo(3);
        assertThat(entities).noneMatch(e -> e.name().equals("Security"));
    }

    @Test
    void longFormInParenthesesMayEndWithAWordTheAcronymLeavesOut() {
        List<Entity> entities = entities("A scientist at NIWA (National Institute of Water and Atmospheric Research) "
                + "said so. NIWA counted the sharks.");
        Entity niwa = only(entities, "NIWA");
        assertThat(niwa.name()).isEqualTo("National Institute of Water and Atmospheric Research");
        assertThat(niwa.count()).isEqualTo(3);
        assertThat(entities).noneMatch(e -> e.name().equals("Atmospheric Research"));
    }

    @Test
    void theFedAndTheUsFederalReserveAreTheFederalReserve() {
        List<Entity> entities = entities("The Federal Reserve cut its rate on Wednesday. The Fed hopes that "
                + "cheaper loans will lift spending, as the US Federal Reserve said. The U.S. Treasury agreed.");
        Entity fed = only(entities, "Fed");
        assertThat(fed.name()).isEqualTo("Federal Reserve");
        assertThat(fed.type()).isEqualTo(EntityType.ORG);
        assertThat(fed.count()).isEqualTo(3);
        assertThat(only(entities, "Treasury").name()).isEqualTo("U.S. Treasury");
        assertThat(entities).noneMatch(e -> e.name().equals("United States"));
    }

    @Test
    void acronymInParenthesesAfterAPersonIsWhereTheyWork() {
        List<Entity> entities = entities("Anderson Cooper (CNN) questioned the senator, and Paula Zahn (CNN) "
                + "agreed. The Federal Emergency Management Agency (FEMA) said so.");
        assertThat(only(entities, "CNN").name()).isEqualTo("CNN");
        assertThat(only(entities, "CNN").count()).isEqualTo(2);
        assertThat(only(entities, "Anderson Cooper").count()).isEqualTo(1);
        assertThat(only(entities, "FEMA").count()).isEqualTo(2);
    }

    @Test
    void longFormInParenthesesAfterTheAcronymIsOneMention() {
        List<Entity> entities = entities("Hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped "
                + "from a camp in Syria. ISIS claimed the attack.");
        Entity isis = only(entities, "ISIS");
        assertThat(isis.name()).isEqualTo("Islamic State"); // the curated name of organisations-extra.tsv
        assertThat(isis.aliases()).contains("ISIS", "Islamic State of Iraq and Syria");
        assertThat(isis.type()).isEqualTo(EntityType.ORG);
        assertThat(isis.count()).isEqualTo(3);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Syria");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void lowerCaseWordOfALongFormMayGiveALetterOfTheAcronym() {
        List<Entity> entities = entities("According to Notes from Poland (NFP), the chain made a loss. "
                + "NFP named the buyer. Voice of America (VOA) said the same.");
        Entity nfp = only(entities, "NFP");
        assertThat(nfp.name()).isEqualTo("Notes from Poland");
        assertThat(nfp.count()).isEqualTo(3);
        assertThat(only(entities, "VOA").name()).isEqualTo("Voice of America");
    }

    @Test
    void bareSurnameSharedByTwoPeopleIsTheOneNamedLast() {
        List<Entity> entities = entities("Colin Hargreaves, 58, was jailed. Hargreaves showed no emotion. "
                + "The judge told Hargreaves to stand. His daughter, Emma Hargreaves, said they would appeal.");
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Colin Hargreaves");
            assertThat(e.count()).isEqualTo(3);
        });
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Emma Hargreaves");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void surnameMergesWithAFullNameEndingInJr() {
        List<Entity> entities = entities("Trump granted Edward J. DeBartolo Jr. a full pardon. "
                + "DeBartolo used to own the San Francisco 49ers.");
        Entity owner = only(entities, "DeBartolo");
        assertThat(owner.name()).isEqualTo("Edward J. DeBartolo Jr.");
        assertThat(owner.type()).isEqualTo(EntityType.PERSON);
        assertThat(owner.count()).isEqualTo(2);
    }

    @Test
    void surnameTheNameFinderTookForAPlaceIsStillThePerson() {
        // As the name finder tagged a news story: "Blagojevich's sentence" as a place.
        String text = "Rod Blagojevich was jailed. Trump commuted Blagojevich's sentence. George Washington "
                + "was never in Washington.";
        Analysis analysis = new Analysis(new Document("t", text));
        analysis.setMentions(List.of(new Mention("Rod Blagojevich", EntityType.PERSON, 0, 15),
                new Mention("Blagojevich", EntityType.GPE, 43, 54),
                new Mention("George Washington", EntityType.PERSON, 67, 84),
                new Mention("Washington", EntityType.GPE, 98, 108)));
        new EntityMerger(Gazetteer.shared()).annotate(analysis);
        Entity rod = only(analysis.entities(), "Blagojevich");
        assertThat(rod.type()).isEqualTo(EntityType.PERSON);
        assertThat(rod.count()).isEqualTo(2);
        assertThat(analysis.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Washington");
            assertThat(e.type()).isEqualTo(EntityType.GPE);
        });
    }

    @Test
    void companyFormEndsTheNameAndMergesWithTheNameWithoutIt() {
        List<Entity> entities = entities("Tesco will sell its stores to Salling Group A/S and Bosch GmbH, "
                + "Philips N.V. and Shell plc. Salling Group said the deal was done. "
                + "With the acquisition Salling said it would grow.");
        Entity salling = only(entities, "Salling");
        assertThat(salling.name()).isEqualTo("Salling Group A/S");
        assertThat(salling.type()).isEqualTo(EntityType.ORG);
        assertThat(salling.count()).isEqualTo(3);
        assertThat(entities).extracting(Entity::name).contains("Bosch GmbH", "Philips N.V.", "Shell plc");
        assertThat(entities).allSatisfy(e -> assertThat(e.name()).isNotIn("S", "GmbH", "plc"));
    }

    @Test
    void placeWordAloneIsThePlaceNamedInFull() {
        List<Entity> entities = entities("Summers along the Persian Gulf are warming fast. "
                + "The Gulf is shallow, said one researcher.");
        Entity gulf = only(entities, "Gulf");
        assertThat(gulf.name()).isEqualTo("Persian Gulf");
        assertThat(gulf.count()).isEqualTo(2);
    }

    @Test
    void islandsNamedWithoutTheWordIslandsAreThePlaceNamedInFull() {
        List<Entity> entities = entities("The storm made landfall in the Abaco Islands on Sunday. "
                + "The airport on Abaco is under water, and the Canary Islands and Canary Wharf are far away.");
        Entity abaco = only(entities, "Abaco");
        assertThat(abaco.name()).isEqualTo("Abaco Islands");
        assertThat(abaco.type()).isEqualTo(EntityType.LOC);
        assertThat(abaco.count()).isEqualTo(2);
    }

    @Test
    void capitalisedOpeningWordWithNoOtherEvidenceIsNoEntity() {
        List<Entity> entities = entities("\"Warm water is attacking the shelves,\" said Karen Alley. "
                + "Heartbroken, the families waited outside.");
        assertThat(entities).noneMatch(e -> e.name().equals("Warm") || e.name().equals("Heartbroken"));
        assertThat(only(entities, "Karen Alley").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void wordAfterAnElisionStartsASentence() {
        List<Entity> entities = entities("Smith said, \"Few studies have identified the bonds [...] This knowledge "
                + "can guide us.\" The glue could cause infection [...] Understanding the proteins helps. "
                + "\"The island is decimated ... There is severe flooding,\" Minnis said.");
        assertThat(entities).noneMatch(e -> e.name().equals("This") || e.name().equals("Understanding")
                || e.name().equals("There"));
    }

    @Test
    void nameKnownFromElsewhereIsKeptAtASentenceStart() {
        List<Entity> entities = entities("Quitline said calls doubled. Officials at Quitline were pleased.");
        assertThat(entities).anySatisfy(e -> assertThat(e.name()).isEqualTo("Quitline"));
    }

    @Test
    void titleCaseHeadlineWordsAreNoEvidenceOfNames() {
        List<Entity> entities = entities("Heat Warnings Issued Across The Region\n\nHeat is rising, officials said.");
        assertThat(entities).noneMatch(e -> e.name().startsWith("Heat"));
    }

    @Test
    void personNamedInFullKeepsThatTypeWhateverItsSurnameIsTaggedAs() {
        // As the name finder tagged a news story: most bare "Gillibrand"s as a place.
        String text = "Kirsten Gillibrand left. Gillibrand spoke. Gillibrand went. Gillibrand won.";
        Analysis analysis = new Analysis(new Document("t", text));
        analysis.setMentions(List.of(new Mention("Kirsten Gillibrand", EntityType.PERSON, 0, 18),
                new Mention("Gillibrand", EntityType.GPE, 25, 35), new Mention("Gillibrand", EntityType.GPE, 43, 53),
                new Mention("Gillibrand", EntityType.ORG, 60, 70)));
        new EntityMerger(Gazetteer.shared()).annotate(analysis);
        assertThat(analysis.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kirsten Gillibrand");
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.count()).isEqualTo(4);
        });
    }

    @Test
    void nationalityWordBeforeAnOrganisationWordIsPartOfTheName() {
        List<Entity> entities = entities("The Workers' Party and the Communist Party of Brazil (PCdoB) deny it. "
                + "Marxist FARC rebels fired mortars. Police blamed the FARC and the PCdoB.");
        Entity communists = only(entities, "Communist Party of Brazil");
        assertThat(communists.count()).isEqualTo(3);
        assertThat(communists.aliases()).contains("PCdoB");
        assertThat(only(entities, "FARC").count()).isEqualTo(2);
        assertThat(entities).noneMatch(e -> e.name().equals("Party of Brazil") || e.name().startsWith("Marxist"));
    }

    @Test
    void wordAloneInQuotationMarksIsAName() {
        List<Entity> entities = entities("In an interview with \"Wikinews\" the foundation said it knew nothing. "
                + "Its spokeswoman later wrote to \"Wikinews\" again.");
        assertThat(only(entities, "Wikinews").count()).isEqualTo(2);
    }

    @Test
    void lastWordsOfAPlaceOrOrganisationNamedInFullAreThatName() {
        List<Entity> entities = entities("Egypt reopened its border with the Gaza Strip. Nobody could leave the Strip "
                + "before. The notices came from American Rights Counsel LLC, and the Counsel does not exist. "
                + "Nobody had heard of the American Rights Counsel before.");
        Entity gaza = only(entities, "Gaza Strip");
        assertThat(gaza.count()).isEqualTo(2);
        Entity counsel = only(entities, "American Rights Counsel LLC");
        assertThat(counsel.count()).isEqualTo(3);
    }

    @Test
    void firstOrMiddleNameAloneIsThePersonNamedInFullButNotTheirRelative() {
        List<Entity> entities = entities("President Luiz Inácio Lula da Silva is under pressure. Critics say Lula "
                + "knew. Soldiers killed 14-year-old Abeer Qassim al-Janabi. Green then shot Abeer's family. "
                + "The wrestler Brodie Lee died. He leaves his wife Amanda and children Brodie and Nolan.");
        assertThat(only(entities, "Luiz Inácio Lula da Silva").count()).isEqualTo(2);
        Entity abeer = only(entities, "Abeer Qassim al-Janabi");
        assertThat(abeer.count()).isEqualTo(2);
        assertThat(abeer.type()).isEqualTo(EntityType.PERSON);
        assertThat(only(entities, "Brodie Lee").count()).isEqualTo(1);
        List<Entity> holiday = entities("Shops opened on Christmas Day. Christmas was quiet.");
        assertThat(holiday).noneMatch(e -> e.aliases().contains("Christmas") && e.aliases().contains("Christmas Day"));
    }

    @Test
    void doctorAndSpecialistAreTitles() {
        List<Entity> entities = entities("Doctor David Heymann says the team is done. Doctor Heymann says it "
                + "was limited. He blamed former Specialist Paul Cortez.");
        assertThat(only(entities, "Heymann").name()).isEqualTo("David Heymann");
        assertThat(only(entities, "Heymann").count()).isEqualTo(2);
        assertThat(only(entities, "Cortez").name()).isEqualTo("Paul Cortez");
        assertThat(entities("The series \"Doctor Who\" returned. Viewers like \"Doctor Who\"."))
                .noneMatch(e -> e.name().equals("Who"));
    }

    @Test
    void nameBehindALowerCasePrefixIsAMention() {
        List<Entity> entities = entities("Thousands of anti-Scientology videos were removed. Some said the group was "
                + "a front for Scientology. There were anti-American protests in Rome.");
        assertThat(only(entities, "Scientology").count()).isEqualTo(2);
        assertThat(entities).noneMatch(e -> e.name().startsWith("American") || e.name().startsWith("anti"));
    }

    @Test
    void nationalityBeforeAnOrganisationIsStillAModifier() {
        List<Entity> entities = entities("The Greek Ministry of Transport said the Muslim Council of Britain "
                + "had not written. The Ministry of Transport denied it.");
        assertThat(only(entities, "Ministry of Transport").count()).isEqualTo(2);
        assertThat(only(entities, "Muslim Council of Britain").count()).isEqualTo(1);
    }

    @Test
    void wordsEndingTwoNamesLinkToNeither() {
        List<Entity> entities = entities("The Thessaloniki International Film Festival opened after the Venice Film "
                + "Festival closed. Critics at the Festival were pleased.");
        assertThat(only(entities, "Thessaloniki International Film Festival").count()).isEqualTo(1);
    }

    @Test
    void partyAndStateInBracketsAreNoShortFormOfAPerson() {
        List<Entity> entities = entities("Representative Cynthia McKinney (D-GA) apologised. McKinney said "
                + "she regretted it.");
        assertThat(entities).noneMatch(e -> e.aliases().contains("D-GA") && e.aliases().contains("Cynthia McKinney"));
    }

    @Test
    void organisationNameGoesOnAcrossForAndAndAfterFor() {
        List<Entity> entities = entities("The Centers for Disease Control and Prevention said more cases were "
                + "found. Britain and France agreed. The Bank for International Settlements warned.");
        assertThat(only(entities, "Centers for Disease Control and Prevention").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Bank for International Settlements").count()).isEqualTo(1);
        assertThat(entities).noneMatch(e -> e.name().equals("Disease Control") || e.name().contains("France "));
        assertThat(only(entities, "France").count()).isEqualTo(1);
        List<Entity> centres = entities("Researchers at the Harvard-Smithsonian Center for Astrophysics and Dr. Drake "
                + "Deming of NASA agreed, as did the Center for Human Rights and Global Justice at NYU.");
        assertThat(only(centres, "Center for Human Rights and Global Justice").count()).isEqualTo(1);
        assertThat(only(centres, "Harvard-Smithsonian Center for Astrophysics").count()).isEqualTo(1);
        assertThat(only(centres, "Drake Deming").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void flightNumberIsPartOfTheName() {
        List<Entity> entities = entities("The accidents included the Adam Air Flight 574 disaster and Adam Air "
                + "Flight 172, in which a plane cracked in half. Adam Air Flight 574 vanished from radar.");
        assertThat(only(entities, "Adam Air Flight 574").count()).isEqualTo(2);
        assertThat(only(entities, "Adam Air Flight 172").count()).isEqualTo(1);
    }

    @Test
    void placeOfATitleBeforeAPersonIsNoPartOfTheName() {
        List<Entity> entities = entities("The former Ambassador of the United Kingdom Sarah Hollins arrived on Monday. "
                + "Hollins said the United Kingdom would help.");
        Entity hollins = only(entities, "Hollins");
        assertThat(hollins.name()).isEqualTo("Sarah Hollins");
        assertThat(hollins.count()).isEqualTo(2);
        assertThat(only(entities, "United Kingdom").count()).isEqualTo(2);
    }

    @Test
    void possessiveInsideANameUsedOnlyThereStaysInTheName() {
        List<Entity> entities = entities("Members of Jehovah's Witnesses (JWs) met on Sunday. The JWs said "
                + "Britain's Queen Elizabeth had written. NASA's Hubble took the picture, NASA said. "
                + "Britain sent envoys to the Hubble team.");
        Entity witnesses = only(entities, "JWs");
        assertThat(witnesses.name()).isEqualTo("Jehovah's Witnesses");
        assertThat(witnesses.count()).isEqualTo(3);
        assertThat(only(entities, "Britain").count()).isEqualTo(2);
        assertThat(only(entities, "NASA").count()).isEqualTo(2);
        assertThat(only(entities, "Hubble").count()).isEqualTo(2);
    }

    @Test
    void nameBeforeARegnalNumberIsThatPerson() {
        List<Entity> entities = entities("King Olav XII opened the session. Olav thanked the members, and Henry Ford III and Ford spoke.");
        Entity olav = only(entities, "Olav");
        assertThat(olav.name()).isEqualTo("Olav XII");
        assertThat(olav.count()).isEqualTo(2);
        assertThat(only(entities, "Ford").name()).isEqualTo("Henry Ford III");
    }

    @Test
    void organisationWithoutItsOrganisationWordAfterTheIsThatOrganisation() {
        List<Entity> entities = entities("The Harbor Light Society runs the shelter. Volunteers said the Harbor Light "
                + "was full. A Senate Committee met, and the Senate voted.");
        Entity society = only(entities, "Harbor Light Society");
        assertThat(society.count()).isEqualTo(2);
        assertThat(society.type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Senate Committee").count()).isEqualTo(1);
    }

    @Test
    void acronymBeforeOneOrganisationWordIsThatOrganisation() {
        List<Entity> entities = entities("WKRB News reported the fire. Two people were hurt, WKRB said. "
                + "The UN Security Council met, and the UN sent aid.");
        Entity news = only(entities, "WKRB News");
        assertThat(news.count()).isEqualTo(2);
        assertThat(only(entities, "UN Security Council").count()).isEqualTo(1);
    }

    @Test
    void acronymWithAnAmpersandAfterItsLongFormIsThatOrganisation() {
        List<Entity> entities = entities("The Lakeside Power and Water Company (LP&W) cut supplies on Monday. "
                + "LP&W said the cuts would last a day.");
        Entity company = only(entities, "LP&W");
        assertThat(company.name()).isEqualTo("Lakeside Power and Water Company");
        assertThat(company.count()).isEqualTo(3);
    }

    @Test
    void placeBeforeAnAcronymUsedAloneIsThatOrganisation() {
        List<Entity> entities = entities("The Northern Rail Safety Board (NRSB) opened an inquiry. Kellowan NRSB "
                + "inspectors reached the line on Monday, and the NRSB said more trains were late in Kellowan.");
        Entity board = only(entities, "NRSB");
        assertThat(board.name()).isEqualTo("Northern Rail Safety Board");
        assertThat(board.count()).isEqualTo(4);
        assertThat(entities).filteredOn(e -> e.name().equals("Kellowan")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void organisationWordAloneIsThePlacesInstitutionNamedInFull() {
        List<Entity> entities = entities("The Canada Senate passed the bill on Monday. The vote in the Senate "
                + "was close, and Senate leaders thanked Canada.");
        Entity senate = only(entities, "Canada Senate");
        assertThat(senate.count()).isEqualTo(3);
        assertThat(entities).filteredOn(e -> e.name().equals("Canada")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void postAndRankBeforeANameAreBothTitles() {
        List<Entity> entities = entities("The Harbour Police said the blast was an accident. Harbour Police "
                + "Commandant Colonel Rita Ovando visited the site, and Chief Superintendent Tom Baird said Ovando "
                + "would report to Baird.");
        assertThat(only(entities, "Harbour Police").count()).isEqualTo(2);
        assertThat(only(entities, "Ovando").name()).isEqualTo("Rita Ovando");
        assertThat(only(entities, "Baird").name()).isEqualTo("Tom Baird");
    }

    @Test
    void constableAssemblywomanAndComradeAreTitles() {
        List<Entity> entities = entities("Detective Constable Ian Morrow of Harbour Police found the car. "
                + "Assemblywoman Nora Vick thanked Morrow, and Cde Amos Tiro said Vick was right.");
        assertThat(only(entities, "Morrow").name()).isEqualTo("Ian Morrow");
        assertThat(only(entities, "Vick").name()).isEqualTo("Nora Vick");
        assertThat(only(entities, "Amos Tiro").count()).isEqualTo(1);
        assertThat(entities).noneMatch(e -> e.name().contains("Constable") || e.name().contains("Cde"));
    }

    @Test
    void titleWordEndingAnOrganisationOfSomethingStaysInTheName() {
        List<Entity> entities = entities("The Ministry of Justice opened an inquiry. A spokesman for the "
                + "Ministry of Justice said the Court of Justice would hear the case.");
        assertThat(only(entities, "Ministry of Justice").count()).isEqualTo(2);
        assertThat(only(entities, "Court of Justice").count()).isEqualTo(1);
    }

    @Test
    void wordsAfterAPlaceNamingItsInstitutionAreThatInstitution() {
        List<Entity> entities = entities("The Canada Supreme Court ruled on Friday. The Supreme Court's judges "
                + "were split. The U.S. Geological Survey measured the quake, and the United States Geological "
                + "Survey later revised it.");
        assertThat(only(entities, "Canada Supreme Court").count()).isEqualTo(2);
        assertThat(only(entities, "U.S. Geological Survey").count()).isEqualTo(2);
    }

    @Test
    void placeBeforeAnOrganisationOfSomethingIsPartOfIt() {
        List<Entity> entities = entities("The Ohio Department of Health reported new cases. Ohio schools "
                + "stayed open.");
        assertThat(only(entities, "Ohio Department of Health").count()).isEqualTo(1);
        assertThat(entities).filteredOn(e -> e.name().equals("Ohio")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void placeInAnAcronymDefinitionStaysAPlace() {
        List<Entity> entities = entities("Jane Roe of the United States National Institute of Allergy and "
                + "Infectious Diseases (NIAID) said the trial would start. NIAID paid for it.");
        assertThat(only(entities, "NIAID").name()).isEqualTo("National Institute of Allergy and Infectious Diseases");
        assertThat(only(entities, "NIAID").count()).isEqualTo(3);
        assertThat(only(entities, "United States").count()).isEqualTo(1);
    }

    @Test
    void placeBeforeACurrencyIsNoMentionOfIt() {
        List<Entity> entities = entities("The reward was one million US dollars. The US offered it in March.");
        assertThat(only(entities, "United States").count()).isEqualTo(1);
    }

    @Test
    void compassPartOfAPlaceIsThatPlace() {
        List<Entity> entities = entities("Many farmers left Southern Rhodesia in 1961, before Rhodesia broke away. "
                + "Floods reached Southern Poland. Poland and Northern Ireland sent boats.");
        assertThat(only(entities, "Rhodesia").count()).isEqualTo(2);
        assertThat(only(entities, "Poland").count()).isEqualTo(2);
        assertThat(only(entities, "Northern Ireland").count()).isEqualTo(1);
    }

    @Test
    void centralAndTwoWordCompassPartsAreThePlace() {
        List<Entity> entities = entities("Floods hit Central Italy on Sunday. The river rose 40 kilometres Northeast of "
                + "Italy's largest lake. Rain also fell in Italy's south.\n\nA bomb killed three in Northwestern "
                + "Pakistan. Pakistan blamed militants. Trade with Central Asia slowed.");
        assertThat(only(entities, "Italy").count()).isEqualTo(3);
        assertThat(only(entities, "Pakistan").count()).isEqualTo(2);
        assertThat(only(entities, "Pakistan").type()).isEqualTo(EntityType.GPE);
        assertThat(only(entities, "Central Asia").count()).isEqualTo(1);
    }

    @Test
    void bareSurnameIsTheRelativeWhenTheOtherGoesByFirstName() {
        List<Entity> entities = entities("Teachers sent home six-year-old Sam Carver on Monday. His mother, Joan "
                + "Carver, said Sam cried all day. Carver said the school had ignored her. Sam has not gone back, "
                + "and Carver wants an apology. Sam's class was told nothing, Carver said.");
        assertThat(only(entities, "Joan Carver").count()).isEqualTo(4);
        assertThat(only(entities, "Sam Carver").count()).isEqualTo(4);
    }

    @Test
    void knownPlaceOpeningASentenceKeepsItsFirstWord() {
        List<Entity> entities = entities("New South Wales to fund schools\n\nNew South Wales Premier Lena Ashby "
                + "announced the plan. United States officials praised it. Premier Ashby said NSW would pay.");
        assertThat(only(entities, "New South Wales").count()).isEqualTo(3);
        assertThat(only(entities, "United States").count()).isEqualTo(1);
        assertThat(only(entities, "Ashby").name()).isEqualTo("Lena Ashby");
        assertThat(only(entities, "Ashby").count()).isEqualTo(2);
    }

    @Test
    void abbreviatedRanksAreTitles() {
        List<Entity> entities = entities("Sgt. Tom Reyes and Lt. Col. Ana Duarte were charged. Rev. Paul Okafor "
                + "prayed. Lance-Corporal Ian Bell and Rear Admiral Joan Pike agreed. Reyes denied it.");
        assertThat(entities).extracting(Entity::name).contains("Tom Reyes", "Ana Duarte", "Paul Okafor", "Ian Bell",
                "Joan Pike");
        assertThat(only(entities, "Reyes").count()).isEqualTo(2);
    }

    @Test
    void chamberBeforeItsOfficersTitleIsNoMentionOfIt() {
        List<Entity> entities = entities("Senate Majority Leader Ray Dunmore said the Senate would vote. House "
                + "Speaker Ann Kellett said the House had voted. Coast Guard Commandant Lee Park agreed.");
        assertThat(only(entities, "Senate").count()).isEqualTo(1);
        assertThat(only(entities, "House").count()).isEqualTo(1);
        assertThat(only(entities, "Coast Guard").count()).isEqualTo(1);
    }

    @Test
    void policeOpeningASentenceIsNoName() {
        List<Entity> entities = entities("Police in Perth seized a boat. The Western Australia Police said the "
                + "crew fled. Police then searched the docks.");
        assertThat(only(entities, "Western Australia Police").count()).isEqualTo(1);
        assertThat(entities).noneMatch(e -> e.name().equals("Police"));
    }

    @Test
    void townNamedAloneIsNoSurnameOfAPortNamedAfterIt() {
        List<Entity> entities = entities("The container reached Port Melbourne on Monday. It was then driven to a "
                + "Melbourne factory, where agents arrested two men.");
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Melbourne");
            assertThat(e.count()).isEqualTo(1);
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.aliases()).containsExactly("Port Melbourne"));
    }

    @Test
    void organisationNameListingWordsWithCommasIsOneName() {
        List<Entity> entities = entities("Talks with the Engineering, Printing and Manufacturing Union failed. "
                + "The Engineering, Printing and Manufacturing Union will strike. Apple, Google and Microsoft agreed.");
        assertThat(only(entities, "Printing").name()).isEqualTo("Engineering, Printing and Manufacturing Union");
        assertThat(only(entities, "Printing").count()).isEqualTo(2);
        assertThat(only(entities, "Apple").count()).isEqualTo(1);
    }

    @Test
    void nameInParenthesesAfterASiteIsItsSecondName() {
        List<Entity> entities = entities("Fire hit the Ringford Exhibition Grounds (Feira Internacional) on Monday. "
                + "Crowds filled Tahrir Square (Cairo) again. Cairo was calm.");
        Entity grounds = only(entities, "Ringford Exhibition Grounds");
        assertThat(grounds.aliases()).contains("Feira Internacional");
        assertThat(grounds.count()).isEqualTo(2);
        assertThat(only(entities, "Tahrir Square").count()).isEqualTo(1);
    }

    @Test
    void cityAndNewspaperWordNameANewspaper() {
        List<Entity> entities = entities("The New Zealand Herald and The Baltimore Sun cut jobs. A reporter for the "
                + "Boston Globe resigned, and the \"Globe\" apologised. Baltimore schools closed.");
        assertThat(only(entities, "Herald").name()).isEqualTo("New Zealand Herald");
        assertThat(only(entities, "Herald").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Baltimore Sun").count()).isEqualTo(1);
        assertThat(only(entities, "Globe").count()).isEqualTo(2);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Baltimore");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void abbreviatedMountIsTheMountAndAPlace() {
        List<Entity> entities = entities("Three climbers died on Mount Hood in Oregon. Rescuers reached Mt. Hood "
                + "on Sunday.");
        Entity hood = only(entities, "Hood");
        assertThat(hood.count()).isEqualTo(2);
        assertThat(hood.type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void bareSurnameWithoutItsPolishLetterIsThePerson() {
        List<Entity> entities = entities("Former president Lech Wałęsa spoke in Gdansk. Walesa said the shipyard "
                + "would stay open.");
        assertThat(only(entities, "Walesa").name()).isEqualTo("Lech Wałęsa");
        assertThat(only(entities, "Walesa").count()).isEqualTo(2);
    }

    @Test
    void koreanFamilyNameComesFirst() {
        List<Entity> entities = entities("North Korean leader Kim Jong-il is ill. Kim was diagnosed last year. "
                + "His son Kim Jong-un is the heir. Kim made a rare appearance in July.");
        assertThat(only(entities, "Kim Jong-il").count()).isEqualTo(3);
        assertThat(only(entities, "Kim Jong-un").count()).isEqualTo(1);
    }

    @Test
    void nameWithAMiddleInitialIsTheNameWithout() {
        List<Entity> entities = entities("Sen. Mary Landrieu criticised the response. In a statement, Senator "
                + "Mary L. Landrieu of Louisiana said aid was late. Landrieu asked for more.");
        assertThat(only(entities, "Landrieu").count()).isEqualTo(3);
    }

    @Test
    void ministryNamedByItsFieldBeforeOrAfterOfIsOne() {
        List<Entity> entities = entities("The Portuguese Culture Ministry halted the dig. The Portuguese Ministry "
                + "of Culture said permits were missing. The Israeli Defence Ministry and Lebanon's Ministry of "
                + "Defence both spoke.");
        assertThat(only(entities, "Ministry of Culture").count()).isEqualTo(2);
        assertThat(only(entities, "Israeli Defence Ministry").count()).isEqualTo(1);
    }

    @Test
    void nameWithItsPlaceWordInLowerCaseIsTheLongerName() {
        List<Entity> entities = entities("A man swam in the San Marcos river near San Marcos on Sunday. The San "
                + "Marcos River is cold. Texas State University police arrested him, and Texas State University "
                + "Police later dropped the charges. The APEC summit opened as APEC leaders met.");
        assertThat(only(entities, "San Marcos River").count()).isEqualTo(2);
        assertThat(only(entities, "Texas State University Police").count()).isEqualTo(2);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("San Marcos");
            assertThat(e.count()).isEqualTo(1);
        });
        assertThat(only(entities, "APEC").count()).isEqualTo(2);
    }

    @Test
    void institutionOfAPlaceWithoutTheIsThePlacesInstitution() {
        List<Entity> entities = entities("The Puerto Rico Supreme Court ruled on Wednesday. The ruling of the "
                + "Supreme Court of Puerto Rico was final. Leaders of the Green Party of Idaho met leaders of the Green Party.");
        assertThat(only(entities, "Supreme Court of Puerto Rico").count()).isEqualTo(2);
        assertThat(only(entities, "Green Party of Idaho").count()).isEqualTo(1);
    }

    @Test
    void siteNamedWithoutItsMiddleWordIsTheSite() {
        List<Entity> entities = entities("A bomber crashed at Bradley International Airport on Wednesday. Bradley "
                + "Airport reopened later. British Midland Airways and British Airways both flew there.");
        assertThat(only(entities, "Bradley Airport").count()).isEqualTo(2);
        assertThat(only(entities, "British Airways").count()).isEqualTo(1);
    }

    @Test
    void fieldWordsOfASecretaryOrMinisterArePartOfTheTitle() {
        List<Entity> entities = entities("Former Homeland Security Secretary Tom Ridge spoke first. Secretary of "
                + "Agriculture Ed Schafer and Health Minister Ann Tyler agreed. Ridge left early.");
        assertThat(entities).extracting(Entity::name).contains("Tom Ridge", "Ed Schafer", "Ann Tyler");
        assertThat(only(entities, "Ridge").count()).isEqualTo(2);
        assertThat(entities).noneMatch(e -> e.name().equals("Agriculture") || e.name().contains("Security"));
        List<Entity> nominee = entities("She was named U.S. Secretary of Health and Human Services in April.");
        assertThat(only(nominee, "U.S.").name()).isEqualTo("United States");
        assertThat(only(nominee, "Human Services").name()).isEqualTo("Health and Human Services");
    }

    @Test
    void namesDifferingInALeadingTheOrAHyphenBeforeADigitAreOne() {
        List<Entity> entities = entities("Macron asked the G7 to act. Bolsonaro said the G-7 had no say. A reporter "
                + "told The Times, and Lucy Fischer of the Times agreed.");
        assertThat(only(entities, "G7").count()).isEqualTo(2);
        assertThat(only(entities, "Times").count()).isEqualTo(2);
    }

    @Test
    void courtAloneAfterAPlacesSupremeCourtIsThatCourt() {
        List<Entity> entities = entities("The Puerto Rico Supreme Court ruled on Wednesday. The opinion of the "
                + "Court was final, and the Supreme Court of Puerto Rico adjourned.");
        assertThat(only(entities, "Puerto Rico Supreme Court").count()).isEqualTo(3);
    }

    @Test
    void organisationWithoutItsLastWordAfterAPrepositionOfPlaceIsIt() {
        List<Entity> entities = entities("Victims were taken to Saint Francis Hospital. A doctor at Saint Francis "
                + "said they were stable. Her rival lives in Saint Louis, near Saint Louis University.");
        assertThat(only(entities, "Saint Francis Hospital").count()).isEqualTo(2);
        assertThat(only(entities, "Saint Louis University").count()).isEqualTo(1);
    }

    @Test
    void companysFirstWordIsTheCompanyWhenNamedMoreThanAPersonWithIt() {
        List<Entity> entities = entities("Ford Motor Company will cut 30,000 jobs. The plan of Ford's chief, "
                + "William Clay Ford Jr., is to end losses at the Ford Motor Company by 2008. Ford will also close "
                + "plants in South London.");
        assertThat(only(entities, "Ford Motor Company").count()).isEqualTo(4);
        assertThat(only(entities, "William Clay Ford").count()).isEqualTo(1);
        assertThat(only(entities, "South London").name()).isEqualTo("London");
    }

    @Test
    void bothOpeningASentenceOrABulletIsNoName() {
        List<Entity> entities = entities("Results came in on Tuesday.\n\n* Both Buttigieg and Klobuchar dropped out "
                + "earlier.\n\nBoth Pete Buttigieg and Amy Klobuchar won delegates.");
        assertThat(only(entities, "Buttigieg").name()).isEqualTo("Pete Buttigieg");
        assertThat(only(entities, "Buttigieg").count()).isEqualTo(2);
    }

    @Test
    void theHouseAloneIsTheOneHouseOfNamed() {
        List<Entity> entities = entities("A former White House adviser refused to appear. The House of "
                + "Representatives may hold him in contempt, and the vote would go to the floor of the House.");
        assertThat(only(entities, "House of Representatives").count()).isEqualTo(2);
        assertThat(only(entities, "White House").count()).isEqualTo(1);
    }

    @Test
    void weekdayNewspapersAndWhitMondayAreNames() {
        List<Entity> entities = entities("The Sunday Telegraph has reported the fees. Workers stayed home on Whit "
                + "Monday, and the Sunday Telegraph said so again.");
        assertThat(only(entities, "Sunday Telegraph").count()).isEqualTo(2);
        assertThat(only(entities, "Whit Monday").count()).isEqualTo(1);
        List<Entity> times = entities("A video was released by the Sunday Times on Sunday. The Times reports that "
                + "it came from a tested channel.");
        assertThat(only(times, "Sunday Times").count()).isEqualTo(2);
    }

    @Test
    void theFundAloneIsTheOneFundNamed() {
        List<Entity> entities = entities("The UN created the Central Emergency Response Fund this month. The Fund "
                + "is half way to its goal, and Jan Egeland will manage the Fund.");
        assertThat(only(entities, "Central Emergency Response Fund").count()).isEqualTo(3);
    }

    @Test
    void companyNamedWithoutCorporationIsThatCompany() {
        List<Entity> entities = entities("Zentrix Corporation owns the channel. Zentrix said the licence "
                + "had expired, and the Zentrix News Channel stayed on air.");
        assertThat(only(entities, "Zentrix Corporation").count()).isEqualTo(2);
    }

    @Test
    void nativeAloneIsNoShortFormOfAnOrganisation() {
        List<Entity> entities = entities("The Native Lakes Justice Fund filed the suit on Monday. Its lawyer said "
                + "Native families live far from the polls.");
        assertThat(only(entities, "Native Lakes Justice Fund").count()).isEqualTo(1);
    }

    @Test
    void nameSpeltWithOtherVowelsIsTheSameName() {
        List<Entity> entities = entities("Rebel leader Yusuf al-Hakim was killed, officials said. A statement "
                + "read: \"Yusuf al-Hakem was responsible.\" Maria Lopes and Mario Lopes ran the shop.");
        assertThat(only(entities, "Yusuf al-Hakim").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.matches("Maria Lopes")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void acronymGluedToAPersonNamedInFullIsThatPerson() {
        List<Entity> entities = entities("Tarek Hamdan left the country in May. Ali Soufan told "
                + "NPR Tarek Hamdan had been in hiding since 2001.");
        assertThat(only(entities, "Tarek Hamdan").count()).isEqualTo(2);
    }

    @Test
    void doubleSpaceInsideAPersonsNameIsNoEmptyWord() {
        List<Entity> entities = entities("Tarek Hamdan spoke. Chair Tarek Hamdan  The Fed said no.");
        assertThat(entities).anyMatch(e -> e.matches("Tarek Hamdan"));
    }

    @Test
    void organisationWordBeforeOfUsedAloneIsThatOrganisation() {
        List<Entity> entities = entities("The US House of Delegates passed the bill. The full House will vote "
                + "again, and the House's speaker agreed. The Bank of Avalon and the Bank of Tirel disagreed; "
                + "the Bank said nothing.");
        assertThat(only(entities, "US House of Delegates").count()).isEqualTo(3);
        assertThat(only(entities, "Bank of Avalon").count()).isEqualTo(1);
    }

    @Test
    void bareSurnameWithoutItsAccentsIsThePersonNamedInFull() {
        List<Entity> entities = entities("Mayor Zbigniew Kowalczyński opened the bridge. Kowalczynski said "
                + "it had cost too much.");
        assertThat(only(entities, "Zbigniew Kowalczyński").count()).isEqualTo(2);
    }

    @Test
    void fullNameWithMiddleNamesIsThePersonNamedWithoutThem() {
        List<Entity> entities = entities("Former senator Thomas Brandt died on Sunday, his family said. Thomas "
                + "Edward Brandt Jr., first elected in 1964, was born in Detroit. Brandt served for 30 years. "
                + "Clara Wells was raised by her mother, Clara Hope Wells, in Leeds.");
        assertThat(only(entities, "Thomas Brandt").count()).isEqualTo(3);
        assertThat(entities).filteredOn(e -> e.name().equals("Clara Wells")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void placeBeforeConstitutionIsPartOfItsName() {
        List<Entity> entities = entities("The judge said the law violated the United States Constitution. The "
                + "United States appealed, and the U.S. Constitution was read aloud in court.");
        assertThat(entities).filteredOn(e -> e.name().equals("United States")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
        assertThat(only(entities, "United States Constitution").count()).isEqualTo(2);
        assertThat(only(entities, "United States Constitution").type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void organisationOfTwoPlacesJoinedByAndIsOneName() {
        List<Entity> entities = entities("The Water Board of Ohio and Indiana raised its fees. Ohio and Indiana "
                + "farmers protested.");
        assertThat(only(entities, "Water Board of Ohio and Indiana").count()).isEqualTo(1);
        assertThat(entities).filteredOn(e -> e.name().equals("Indiana")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void wordsBeforeOfEndingInAnOrganisationWordAreThatOrganisation() {
        List<Entity> entities = entities("The Water Board of Ohio and Indiana raised its fees. The Water "
                + "Board said costs had doubled. The Green Party of Idaho left the Green Party in May.");
        assertThat(only(entities, "Water Board of Ohio and Indiana").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().equals("Green Party")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
    }

    @Test
    void organisationNamedWithoutTheBodyBeforeItIsThatOrganisation() {
        List<Entity> entities = entities("She joined the Senate Fisheries Committee in 2001. She chaired the "
                + "Fisheries Committee until 2009.");
        assertThat(only(entities, "Senate Fisheries Committee").count()).isEqualTo(2);
    }

    @Test
    void organisationWordAloneIsTheOneOrganisationItDescribes() {
        List<Entity> entities = entities("Rina Vale joined the Kenyan National Assembly in 2002. For the "
                + "Assembly, she said, it was a good day. Tom Reyes left the White House; the House voted.");
        assertThat(only(entities, "Kenyan National Assembly").count()).isEqualTo(2);
        assertThat(only(entities, "White House").count()).isEqualTo(1);
    }

    @Test
    void nameGluedToTheDashOfACaptionIsFound() {
        List<Entity> entities = entities("Rescuers searched the ruins on Monday, Minister Oleg Varin said.\n\n"
                + "—Varin on the search\n\nThe search went on.");
        assertThat(only(entities, "Oleg Varin").count()).isEqualTo(2);
    }

    @Test
    void andBetweenWordsOfAnOrganisationNameStaysInIt() {
        List<Entity> entities = entities("The Grain and Fodder Authority cut prices. Nadia Rolle visited the "
                + "Grain and Fodder Authority, and Kofi Annan and World Grain Organisation staff met.");
        assertThat(only(entities, "Grain and Fodder Authority").count()).isEqualTo(2);
        assertThat(only(entities, "World Grain Organisation").count()).isEqualTo(1);
    }

    @Test
    void firstWordsOfACommitteeWithAndAreItsShortForm() {
        List<Entity> entities = entities("The Senate Fisheries and Forests Committee met on Monday. The "
                + "Fisheries Committee voted to close the bay.");
        assertThat(only(entities, "Senate Fisheries and Forests Committee").count()).isEqualTo(2);
    }

    @Test
    void bareSurnameAfterARelativeNamedInFullStaysTheSubjects() {
        List<Entity> entities = entities("Former governor Arthur Pennock died on Monday, his son Lionel Pennock "
                + "said. Pennock was 84. Pennock led the state for ten years.");
        assertThat(only(entities, "Arthur Pennock").count()).isEqualTo(3);
        assertThat(only(entities, "Lionel Pennock").count()).isEqualTo(1);
    }

    @Test
    void bareSurnameAfterSomeoneNamedInFullLessOftenIsTheSubjectsInTheNextParagraph() {
        List<Entity> entities = entities("Former governor Arthur Pennock died on Monday. Arthur Pennock led the "
                + "state for ten years. He married Ruth Pennock in 1960; Pennock ran a bakery.\n\n"
                + "Pennock was 84.");
        assertThat(only(entities, "Arthur Pennock").count()).isEqualTo(3);
        assertThat(only(entities, "Ruth Pennock").count()).isEqualTo(2);
    }

    @Test
    void bareSurnameInANewParagraphIsTheOneNamedMostSoFar() {
        List<Entity> entities = entities("Usman Khan stabbed two people. Police shot Khan on the bridge. Khan had "
                + "been freed in 2018.\n\n\"We are in awe of those who ran to help,\" tweeted Mayor Sadiq Khan.\n\n"
                + "Khan had served eight years in prison.");
        assertThat(only(entities, "Usman Khan").count()).isEqualTo(4);
        assertThat(only(entities, "Sadiq Khan").count()).isEqualTo(1);
    }

    @Test
    void honorificGluedToAPersonNamedInFullIsThatPerson() {
        List<Entity> entities = entities("Arun Desai died on Monday. \"We mourn Padma Vibhushan Arun Desai,\" the "
                + "minister wrote. Desai was 90.");
        assertThat(only(entities, "Arun Desai").count()).isEqualTo(3);
    }

    @Test
    void placeGluedBeforeAPersonNamedInFullIsAMentionOfThePlace() {
        List<Entity> entities = entities("Longtime ruler of Moldova Ion Vasilescu dies at 90. Ion Vasilescu led "
                + "the country for 30 years, and Moldova mourned him.");
        assertThat(only(entities, "Ion Vasilescu").count()).isEqualTo(2);
        assertThat(only(entities, "Moldova").count()).isEqualTo(2);
    }

    @Test
    void firstNamesJoinedByAnAmpersandAreTwoPeople() {
        List<Entity> entities = entities("Her sons Milo and Tobias survive her. Milo said she loved music. "
                + "\"We will miss her,\" wrote a friend, \"my love to Milo & Tobias.\" Hanks & Pratt sold the house.");
        assertThat(only(entities, "Milo").count()).isEqualTo(3);
        assertThat(entities).noneMatch(e -> e.name().equals("Milo & Tobias"));
    }

    @Test
    void shortFormOfAFirstNameUsedAloneIsThatPerson() {
        List<Entity> entities = entities("Her sons Tobias and Milo survive her. Tobias runs the farm. "
                + "\"Give my love to Milo and Tobi,\" a friend wrote.");
        assertThat(only(entities, "Tobi").name()).isEqualTo("Tobias");
        assertThat(only(entities, "Tobi").count()).isEqualTo(3);
    }

    @Test
    void nameAfterACapitalisedTheInsideASentenceIsNoPerson() {
        List<Entity> entities = entities("Drugs were found in Brackwell on Monday. Ann Roe of the charity "
                + "The Open Door Brackwell said users in Brackwell needed help.");
        assertThat(entities).noneMatch(e -> e.name().contains("Open Door") && e.type() == EntityType.PERSON);
        assertThat(only(entities, "Open Door Brackwell").count()).isEqualTo(1);
    }

    @Test
    void courtCaseIsOneNameNotItsParties() {
        List<Entity> entities = entities("Mara Quill won Quill v. United States on Monday. Quill thanked her "
                + "lawyers, and the United States said it would not appeal.");
        assertThat(only(entities, "Mara Quill").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().equals("United States")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
        assertThat(only(entities, "Quill v. United States").type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void longFormWithCommasIsOneMention() {
        List<Entity> entities = entities("The Institute of Soils, Water and Forestry (ISWF) published the data. "
                + "ISWF said more rain was due.");
        assertThat(only(entities, "ISWF").name()).isEqualTo("Institute of Soils, Water and Forestry");
        assertThat(only(entities, "ISWF").count()).isEqualTo(3);
    }

    @Test
    void museumIsAnOrganisationWord() {
        List<Entity> entities = entities("The Ohio Museum of Fossils reopened on Monday. Ohio schools sent "
                + "pupils, and the Garden Stone Museum lent a skull.");
        assertThat(only(entities, "Ohio Museum of Fossils").count()).isEqualTo(1);
        assertThat(entities).filteredOn(e -> e.name().equals("Ohio")).singleElement()
                .extracting(Entity::count).isEqualTo(1);
        assertThat(only(entities, "Garden Stone Museum").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void placeBeforeAWordForAKindOfPlaceIsOnePlace() {
        List<Entity> entities = entities("Rafters from Utah paddled the Colorado River on Monday. The Colorado "
                + "River was low, and the shop on Nevada Avenue sold out of maps.");
        assertThat(only(entities, "Colorado River").count()).isEqualTo(2);
        assertThat(only(entities, "Nevada Avenue").type()).isEqualTo(EntityType.LOC);
        assertThat(entities).noneMatch(e -> e.name().equals("Colorado") || e.name().equals("Nevada"));
    }

    @Test
    void onAfterAnOrganisationWordStaysInItsName() {
        List<Entity> entities = entities("The Senate Committee on Rural Affairs and Fisheries met on Monday. "
                + "The Senate Committee on Rural Affairs and Fisheries heard Ada Brisk, who runs the Bureau on "
                + "Main Street, and the Council on Friday agreed.");
        assertThat(only(entities, "Senate Committee on Rural Affairs and Fisheries").count()).isEqualTo(2);
        assertThat(only(entities, "Main Street").type()).isEqualTo(EntityType.LOC);
        assertThat(entities).noneMatch(e -> e.name().equals("Rural Affairs") || e.name().contains("Friday"));
    }

    @Test
    void organisationNamedAfterANationalityIsItsWordsWithoutIt() {
        List<Entity> entities = entities("Pilots of the Chilean Air Force flew north. Critics said the Air Force "
                + "was late, and the Air Force denied it.");
        assertThat(only(entities, "Chilean Air Force").count()).isEqualTo(3);
        List<Entity> two = entities("The Chilean Air Force and the Peruvian Air Force met. The Air Force left.");
        assertThat(only(two, "Chilean Air Force").count()).isEqualTo(1);
    }

    @Test
    void twoNamesInTheOtherOrderAreOnePerson() {
        List<Entity> entities = entities("Mayor Haruto Ishida opened the bridge. Ishida Haruto, 70, cut the ribbon.");
        assertThat(only(entities, "Haruto Ishida").count()).isEqualTo(2);
    }

    @Test
    void lastWordOfAProductNamedInFullIsThatProduct() {
        List<Entity> entities = entities("The pilot flew a Cessna Skylark over the lake. The Skylark landed "
                + "safely, and the Skylark's owner thanked him.");
        assertThat(only(entities, "Cessna Skylark").count()).isEqualTo(3);
    }

    @Test
    void whatAMemberIsAMemberOfIsAMention() {
        List<Entity> entities = entities("The Danish Parliament met on Monday. Two Green Members of Parliament "
                + "walked out, and a Member of Parliament for the coast stayed. Member States agreed.");
        assertThat(only(entities, "Danish Parliament").count()).isEqualTo(3);
        assertThat(entities).noneMatch(e -> e.name().contains("Member of") || e.name().contains("Members of"));
    }

    @Test
    void lastOfTwoStreetsBeforeAPluralIsOneStreet() {
        List<Entity> entities = entities("The cafe stands at Larch and Birchmount Avenues. Birchmount was closed "
                + "on Monday, and traffic went down Larch.");
        assertThat(only(entities, "Birchmount").count()).isEqualTo(2);
        assertThat(only(entities, "Birchmount").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void personWithAMiddleInitialAfterAnOrganisationsOfIsNamedApart() {
        List<Entity> entities = entities("The memo reached the Transition Office of George W. Bush on Monday. "
                + "George W. Bush read it.");
        assertThat(only(entities, "George W. Bush").count()).isEqualTo(2);
        assertThat(only(entities, "Transition Office").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void surnameAndAdministrationIsThePersonNamedInFull() {
        List<Entity> entities = entities("Governor Alma Reyes signed the bill. Critics of the Reyes Administration "
                + "said the Reyes Administration moved too fast.");
        Entity reyes = only(entities, "Alma Reyes");
        assertThat(reyes.count()).isEqualTo(3);
        assertThat(reyes.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void nameWithAMiddleInitialIsOneName() {
        List<Entity> entities = entities("The memo reached the office of Helen R. Marsh on Monday. Helen R. Marsh "
                + "read it, and Marsh replied. They chose Plan B. The plan failed.");
        assertThat(only(entities, "Helen R. Marsh").count()).isEqualTo(3);
    }

    @Test
    void properNounsTheModelFindsAsAPlaceAreNoPerson() {
        List<Entity> entities = entities("Her family left West Germany in 1961 and settled near Elm Coulee, "
                + "where she later taught.");
        assertThat(only(entities, "West Germany").type()).isEqualTo(EntityType.GPE);
        assertThat(only(entities, "Elm Coulee").type()).isEqualTo(EntityType.GPE);
    }

    @Test
    void timeZonesAndOtherAbbreviationsAreNoNames() {
        List<Entity> entities = entities("Polls closed at 8 PM EST. The CEO said the DNA results were due at "
                + "10 AM UTC, and Harbour TV showed them on TV.");
        assertThat(entities).extracting(Entity::name).doesNotContain("PM EST", "CEO", "DNA", "AM UTC", "UTC", "TV")
                .contains("Harbour TV");
    }

    @Test
    void nationalityWordThatIsAlsoAShortNameIsNoMentionAsAModifier() {
        List<Entity> entities = entities("Saudi officials met the envoy in Riyadh. Saudi Arabia denied the report.");
        assertThat(only(entities, "Saudi Arabia").count()).isEqualTo(1);
    }

    @Test
    void namesJoinedByAHyphenAreTwoMentionsWhenEachIsANameOfItsOwn() {
        List<Entity> entities = entities("The Okoro-Vale debate was cancelled. Ada Okoro and Tom Vale agreed. "
                + "Peru-Chile talks resumed, and Coca-Cola rose in Guinea-Bissau.");
        assertThat(only(entities, "Ada Okoro").count()).isEqualTo(2);
        assertThat(only(entities, "Tom Vale").count()).isEqualTo(2);
        assertThat(only(entities, "Peru").count()).isEqualTo(1);
        assertThat(only(entities, "Chile").count()).isEqualTo(1);
        assertThat(entities).extracting(Entity::name).contains("Coca-Cola", "Guinea-Bissau");
    }

    @Test
    void firstWordOfAnAirportUsedAloneIsThatAirport() {
        List<Entity> entities = entities("The jet overran the runway at Velmar Airport. Pilots say landing at "
                + "Velmar is hard. Homes in Castren were damaged, and Castren Regional Airport closed.");
        assertThat(only(entities, "Velmar Airport").count()).isEqualTo(2);
        assertThat(only(entities, "Castren Regional Airport").count()).isEqualTo(1);
    }

    @Test
    void makerAndModelNumberNameOneProductAndTheNumberAloneIsIt() {
        List<Entity> entities = entities("A Vantor 717 crashed near the coast. Vantor said the 717 was new, "
                + "and most 717s fly daily. Two Norell N300s and a Norell N300 were grounded. The wreck lay "
                + "in the Atlantic Ocean 650 km off the coast.");
        assertThat(only(entities, "Vantor 717").count()).isEqualTo(3);
        assertThat(entities).filteredOn(e -> e.name().equals("Vantor")).extracting(Entity::count).containsExactly(1);
        assertThat(only(entities, "Norell N300").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).doesNotContain("Atlantic Ocean 650");
    }

    @Test
    void acronymOfANameLedByAPlaceMayLeaveThePlaceOut() {
        List<Entity> entities = entities("The United States Commission on Marine Transport announced on Friday "
                + "that the CMT would meet.");
        assertThat(only(entities, "CMT").name()).isEqualTo("United States Commission on Marine Transport");
        assertThat(only(entities, "CMT").count()).isEqualTo(2);
    }

    @Test
    void dayNamedWithAWeekdayIsOneName() {
        List<Entity> entities = entities("Voters went to the polls on Super Tuesday. After Super Tuesday, Ada "
                + "Okoro said on Tuesday that shops would open on Good Friday.");
        assertThat(only(entities, "Super Tuesday").count()).isEqualTo(2);
        assertThat(only(entities, "Good Friday").type()).isEqualTo(EntityType.MISC);
        assertThat(entities).extracting(Entity::name).doesNotContain("Super");
    }

    @Test
    void organisationNamedOnceInThePluralIsOneName() {
        List<Entity> entities = entities("Ships of the Coastal Defence Forces sailed at dawn. A spokesman for the "
                + "Coastal Defence Force said the drill was routine.");
        assertThat(only(entities, "Coastal Defence Forces").count()).isEqualTo(2);
    }

    @Test
    void surnameWithItsParticleCapitalisedIsThePersonNamedInFull() {
        List<Entity> entities = entities("Mayor Ana de Souza ended her bid. De Souza said so, and voters thanked "
                + "Mayor de Souza.");
        assertThat(only(entities, "Ana de Souza").count()).isEqualTo(3);
    }

    @Test
    void placeAndCityIsOneCity() {
        List<Entity> entities = entities("Floods hit Davao City on Monday. Davao is a region too. Schools in "
                + "Davao City closed.");
        assertThat(only(entities, "Davao City").count()).isEqualTo(2);
    }

    @Test
    void surnameThatIsATownIsThePersonUnlessUsedAsAPlace() {
        List<Entity> entities = entities("Police named the driver as Tomas Hamilton, 41. Hamilton said he was "
                + "tired. He had driven from Hamilton overnight.");
        assertThat(only(entities, "Tomas Hamilton").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().equals("Hamilton")).extracting(Entity::count).containsExactly(1);
    }

    @Test
    void possessiveApostropheAfterAnSIsNoPartOfTheName() {
        List<Entity> entities = entities("Governor Ada Reyes-Marcus spoke. Reyes-Marcus' plan passed, and the "
                + "United States' reply came on Monday from the United States.");
        assertThat(only(entities, "Ada Reyes-Marcus").count()).isEqualTo(2);
        assertThat(only(entities, "United States").count()).isEqualTo(2);
    }

    @Test
    void internationalAsTheLastWordMakesAnOrganisation() {
        List<Entity> entities = entities("Harbor Watch International said the report was late. The crew of the "
                + "International Space Station landed at Pearson International Airport.");
        assertThat(only(entities, "Harbor Watch International").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Pearson International Airport").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void anOrganisationNamedWithoutInternationalIsTheSameOne() {
        List<Entity> entities = entities("Harborwatch International published a report. Harborwatch said the "
                + "figures were low. The FLA said FLA International would open an office.");
        assertThat(only(entities, "Harborwatch International").count()).isEqualTo(2);
        assertThat(only(entities, "Harborwatch International").type()).isEqualTo(EntityType.ORG);
        assertThat(entities).filteredOn(e -> e.name().startsWith("FLA")).extracting(Entity::count).containsExactly(1, 1);
    }

    @Test
    void anInstitutionOfThePlaceIsOneNameAndTheSameAsThePlacesInstitution() {
        List<Entity> entities = entities("The Supreme Court of the United Kingdom ruled on Monday. The UK Supreme "
                + "Court had heard the case in May. The Parliament of the United Kingdom met. Later Parliament "
                + "was recalled, and the United Kingdom waited.");
        assertThat(only(entities, "Supreme Court of the United Kingdom").count()).isEqualTo(2);
        assertThat(only(entities, "Parliament of the United Kingdom").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().equals("United Kingdom")).extracting(Entity::count).containsExactly(1);
    }

    @Test
    void aNameQuotedInSingleMarksIsTheName() {
        List<Entity> entities = entities("The charity honoured Omar Farid. \"The name 'Omar Farid' reminds us,\" "
                + "she said. Philippines' largest network closed. Nobody in the Philippines was surprised.");
        assertThat(only(entities, "Omar Farid").count()).isEqualTo(2);
        assertThat(only(entities, "Philippines").count()).isEqualTo(2);
    }

    @Test
    void aShipIsNotThePersonItIsNamedAfter() {
        List<Entity> entities = entities("The boy Omar Farid drowned in 2015. Their ship, MV Omar Farid, sailed "
                + "from Malta. The USS Kettering docked. Sailors left the Kettering on Friday.");
        assertThat(entities).filteredOn(e -> e.name().endsWith("Omar Farid"))
                .extracting(Entity::name, Entity::type, Entity::count)
                .containsExactly(tuple("Omar Farid", EntityType.PERSON, 1), tuple("MV Omar Farid", EntityType.MISC, 1));
        assertThat(only(entities, "USS Kettering").count()).isEqualTo(2);
        assertThat(only(entities, "USS Kettering").type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void aSurnameBeforeFamilyNamesTheFamilyNotThePerson() {
        List<Entity> entities = entities("Don Imus died on Friday, the Imus family said. Imus hosted a radio show. "
                + "Staff of the FBI family mourned, and the FBI declined to comment.");
        assertThat(only(entities, "Don Imus").count()).isEqualTo(2);
        assertThat(only(entities, "FBI").count()).isEqualTo(2);
    }

    @Test
    void aCitysShortNameSharedWithAStateIsTheCityOnceNamedInFull() {
        List<Entity> entities = entities("Thousands marched in Washington D.C. on Saturday. Some came to D.C. by "
                + "bus, others flew to Washington. In New York City, the mayor of New York spoke. Mexico sent "
                + "a letter from Mexico City.");
        assertThat(only(entities, "Washington D.C.").count()).isEqualTo(3);
        assertThat(only(entities, "New York City").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().startsWith("Mexico")).extracting(Entity::name, Entity::count)
                .containsExactly(tuple("Mexico", 1), tuple("Mexico City", 1));
    }

    @Test
    void aPlaceAfterATitlesOfIsThePlaceInFull() {
        List<Entity> entities = entities("The Mayor of New York City spoke. President of India Pranab Mukherjee came.");
        assertThat(entities).extracting(Entity::name).contains("New York City", "India", "Pranab Mukherjee")
                .doesNotContain("New York", "City");
    }

    @Test
    void anAttorneyIsATitleAfterItsPlace() {
        List<Entity> entities = entities("United States Attorney Jessie K. Liu spoke for the United States. "
                + "Manhattan District Attorney Cyrus R. Vance agreed. He once ran for District Attorney of "
                + "San Bernardino County.");
        assertThat(entities).extracting(Entity::name).contains("Jessie K. Liu", "Cyrus R. Vance", "Manhattan",
                "San Bernardino County").doesNotContain("County");
        assertThat(only(entities, "United States").count()).isEqualTo(2);
    }

    @Test
    void anAdvocacyGroupNamedForACauseIsOneOrganisation() {
        List<Entity> entities = entities("The rally was organized by Women for America First in the capital. "
                + "The group Texas Citizens for Science wrote to America's schools. Requests by Afghans for NATO "
                + "grew.");
        assertThat(only(entities, "Women for America First").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "Texas Citizens for Science").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "United States").count()).isEqualTo(1);
        assertThat(entities).extracting(Entity::name).contains("NATO");
    }

    @Test
    void aLeaderOrWhipIsATitleBeforeThePerson() {
        List<Entity> entities = entities("Senate Minority Whip Dick Durbin objected. Durbin said no. "
                + "Senate Majority Leader Mitch McConnell agreed.");
        assertThat(only(entities, "Dick Durbin").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).contains("Mitch McConnell");
    }

    @Test
    void theConstitutionOfThePlaceIsThePlacesConstitution() {
        List<Entity> entities = entities("Cruz proposed an amendment to the U.S. Constitution. It would change "
                + "the Constitution of the United States of America. The United States waits.");
        assertThat(only(entities, "U.S. Constitution").count()).isEqualTo(2);
        assertThat(only(entities, "U.S. Constitution").type()).isEqualTo(EntityType.MISC);
        assertThat(entities).filteredOn(e -> e.name().equals("United States")).extracting(Entity::count).containsExactly(1);
    }

    @Test
    void aQuestionsFirstWordIsNoPartOfTheNameAfterIt() {
        List<Entity> entities = entities("Rock Hudson starred with her. Many people would ask me, 'Is Rock Hudson "
                + "really gay?' Was Hudson ill? Did Hudson know?");
        assertThat(only(entities, "Rock Hudson").count()).isEqualTo(4);
    }

    @Test
    void anAwardIsOneNameAndItsGiverNamedAloneIsSplitOff() {
        List<Entity> entities = entities("Greta Thunberg named 2019 Time Person of the Year\n\nTime magazine chose "
                + "her as its \"Person of the Year\". She also won a Pop Album of the Year prize.");
        assertThat(only(entities, "Time").count()).isEqualTo(2);
        assertThat(only(entities, "Person of the Year").count()).isEqualTo(2);
        assertThat(only(entities, "Person of the Year").type()).isEqualTo(EntityType.MISC);
        assertThat(entities).extracting(Entity::name).contains("Pop Album of the Year").doesNotContain("Year");
    }

    @Test
    void aSecondNameInParenthesesAfterAnOrganisationIsThatOrganisation() {
        List<Entity> entities = entities("The Supreme Court of Justice (Oberster Gerichtshof) asked the judges. "
                + "Later the Oberster Gerichtshof ruled. She sits in the British Parliament (Liberal Democrat).");
        assertThat(only(entities, "Supreme Court of Justice").count()).isEqualTo(3);
        assertThat(only(entities, "Supreme Court of Justice").type()).isEqualTo(EntityType.ORG);
        assertThat(only(entities, "British Parliament").count()).isEqualTo(1);
    }

    @Test
    void aSurnameInTheHeadlineSharedByTwoPeopleIsTheOneNamedMost() {
        List<Entity> entities = entities("Kennedy assassin stabbed in prison\n\nThe man who shot Robert F. Kennedy "
                + "was stabbed. Robert F. Kennedy was the brother of John F. Kennedy.");
        assertThat(only(entities, "Robert F. Kennedy").count()).isEqualTo(3);
        assertThat(only(entities, "John F. Kennedy").count()).isEqualTo(1);
    }

    @Test
    void twoPlacesJoinedByAnEnDashAreTwoMentionsAndOneNameStaysWhole() {
        List<Entity> entities = entities("They discussed Libya–Turkey relations. Libya and Turkey disagree. "
                + "The African Export–Import Bank lent money.");
        assertThat(only(entities, "Libya").count()).isEqualTo(2);
        assertThat(only(entities, "Turkey").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).contains("African Export–Import Bank");
    }

    @Test
    void aPluralTitleIsATitleBeforeEachPerson() {
        List<Entity> entities = entities("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed. "
                + "Senators Marco Rubio and Mike Lee agreed. Nigeria ratified it.");
        assertThat(only(entities, "Nigeria").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).contains("Muhammadu Buhari", "Marco Rubio");
    }

    @Test
    void aPlaceATitlesToPointsToIsNoPartOfThePersonAfterIt() {
        List<Entity> entities = entities("US Ambassador to Germany Richard Grenell alleged it. Germany denied it.");
        assertThat(only(entities, "Germany").count()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).contains("Richard Grenell");
    }

    @Test
    void aFirstNameAloneIsThePersonWhoseSurnameIsAlsoATown() {
        List<Entity> entities = entities("Radio host Don Imus died on Friday. Imus hosted a show for decades. "
                + "The family said: \"Don loved his ranch.\"");
        assertThat(only(entities, "Don Imus").count()).isEqualTo(3);
    }

    @Test
    void anAcronymsPossessiveApostropheIsDroppedAndInstitutionIsAnOrganisationWord() {
        List<Entity> entities = entities("This will lead to ISIS' reemergence, and ISIS knows it. Munk worked at the "
                + "Scripps Institution of Oceanography before being recalled to Scripps.");
        assertThat(only(entities, "ISIS").count()).isEqualTo(2);
        assertThat(only(entities, "Scripps Institution of Oceanography").count()).isEqualTo(2);
        assertThat(only(entities, "Scripps Institution of Oceanography").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void mmeIsATitleAndHeadquartersEndsAnOrganisationsName() {
        List<Entity> entities = entities("Emily Spanton testified. The court found that Mme Spanton did not lie. "
                + "Protesters moved to the Hong Kong Police Headquarters, and Hong Kong waited.");
        assertThat(only(entities, "Emily Spanton").count()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> e.name().equals("Hong Kong")).extracting(Entity::count).containsExactly(1);
        assertThat(entities).extracting(Entity::name).contains("Hong Kong Police Headquarters");
    }

    @Test
    void namesSpeltWithoutTheirAccentsOrInOtherCaseAreOneName() {
        List<Entity> entities = entities("Jaroslaw Kaczynski promises change\n\nJarosław Kaczyński spoke. Sinn Féin "
                + "agreed, Sinn Féin said, and Sinn Fein left. Users of GitHub and Github complained.");
        assertThat(only(entities, "Jarosław Kaczyński").count()).isEqualTo(2);
        assertThat(only(entities, "Sinn Féin").count()).isEqualTo(3);
        assertThat(only(entities, "Sinn Féin").name()).isEqualTo("Sinn Féin");
        assertThat(only(entities, "GitHub").count()).isEqualTo(2);
    }

    @Test
    void anOrganisationNewsNamesInSeveralWaysIsOneEntity() {
        List<Entity> entities = entities("Coalition forces fight ISIS remnants. The envoy to the coalition against ISIL "
                + "resigned, and Islamic State fighters fled.");
        assertThat(only(entities, "Islamic State").count()).isEqualTo(3);
        assertThat(only(entities, "Islamic State").type()).isEqualTo(EntityType.ORG);
    }
}
