package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.entities.EntityType;
import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteAnnotatorTest {
    private static final QuoteAnnotator ANNOTATOR = new QuoteAnnotator();

    static List<Quote> quotes(Tagged doc) {
        Analysis a = doc.analysis();
        ANNOTATOR.annotate(a);
        QuoteInvariants.check(a);
        return a.quotes();
    }

    private static Quote only(Tagged doc) {
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void speakerAfterTheQuote() {
        Quote q = only(Tagged.of("“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Pompeo/PROPN said/VERB ./PUNCT")
                .entity("Mike Pompeo", EntityType.PERSON, "Pompeo"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.content().text()).contains("We will win");
        assertThat(q.speaker()).isEqualTo("Mike Pompeo");
        assertThat(q.speakerType()).isEqualTo(EntityType.PERSON);
        assertThat(q.speakerMention().text()).isEqualTo("Pompeo");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void adjectiveAfterADeterminerHeadsTheSpeaker() {
        Quote q = only(Tagged.of("“/PUNCT We/PRON found/VERB it/PRON ,/PUNCT ”/PUNCT the/DET official/ADJ said/VERB ./PUNCT"));
        assertThat(q.speaker()).isEqualTo("official");
    }

    @Test
    void reportingVerbTaggedAsANounAfterTheSpeaker() {
        Quote q = only(Tagged.of("“/PUNCT Look/VERB at/ADP the/DET statement/NOUN ,/PUNCT ”/PUNCT Conway/PROPN notes/NOUN ./PUNCT")
                .entity("Kellyanne Conway", EntityType.PERSON, "Conway"));
        assertThat(q.speaker()).isEqualTo("Kellyanne Conway");
        assertThat(q.cue().text()).isEqualTo("notes");
    }

    @Test
    void roleThenNameAfterTheQuoteGivesTheName() {
        Quote q = only(Tagged.of("“/PUNCT We/PRON want/VERB pay/NOUN ,/PUNCT ”/PUNCT the/DET union/NOUN 's/PART general/ADJ "
                + "secretary/NOUN ,/PUNCT Rui/PROPN Monteiro/PROPN ,/PUNCT told/VERB the/DET crowd/NOUN ./PUNCT")
                .entity("Rui Monteiro", EntityType.PERSON, "Rui Monteiro"));
        assertThat(q.speaker()).isEqualTo("Rui Monteiro");
    }

    @Test
    void wentOnToSayIsACueButRefusedToSayIsNot() {
        Quote q = only(Tagged.of("Pence/PROPN went/VERB on/ADP to/PART say/VERB ,/PUNCT “/PUNCT They/PRON will/AUX do/VERB "
                + "great/ADJ things/NOUN ./PUNCT ”/PUNCT").entity("Mike Pence", EntityType.PERSON, "Pence"));
        assertThat(q.speaker()).isEqualTo("Mike Pence");
        assertThat(quotes(Tagged.of("Pence/PROPN refused/VERB to/PART say/VERB whether/SCONJ he/PRON will/AUX run/VERB "
                + "./PUNCT"))).isEmpty();
    }

    @Test
    void quantityPronounHeadsTheSpeaker() {
        Quote q = only(Tagged.of("“/PUNCT It/PRON was/AUX weak/ADJ ,/PUNCT ”/PUNCT said/VERB one/PRON Democrat/ADJ "
                + "familiar/NOUN with/ADP the/DET talks/NOUN ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("one Democrat familiar");
        Quote others = only(Tagged.of("Others/PRON shouted/VERB ,/PUNCT “/PUNCT Stop/VERB the/DET coverup/NOUN !/PUNCT ”/PUNCT"));
        assertThat(others.speaker()).isEqualTo("Others");
    }

    /** Found by AnalyzerJazzerTest (crash-c3d05e82…): “ right before another “ gave an empty quote. */
    @Test
    void emptyMarksAreNoQuote() {
        Quote q = only(Tagged.of("Iran/PROPN “/PUNCT “/PUNCT We/PRON win/VERB ,/PUNCT ”/PUNCT he/PRON said/VERB ./PUNCT"));
        assertThat(q.content().text()).contains("We win");
    }

    @Test
    void invertedSpeakerAfterTheCue() {
        Quote q = only(Tagged.of("“/PUNCT Go/VERB home/ADV ,/PUNCT ”/PUNCT said/VERB Harold/PROPN Varmus/PROPN ./PUNCT")
                .entity("Harold Varmus", EntityType.PERSON, "Harold Varmus"));
        assertThat(q.speaker()).isEqualTo("Harold Varmus");
    }

    @Test
    void anyVerbAfterACommaEndedQuoteIsACue() {
        Quote q = only(Tagged.of("“/PUNCT The/DET way/NOUN I/PRON see/VERB it/PRON ,/PUNCT ”/PUNCT Woods/PROPN "
                + "elaborated/VERB ./PUNCT").entity("Woods", EntityType.PERSON, "Woods"));
        assertThat(q.speaker()).isEqualTo("Woods");
        assertThat(q.cue().text()).isEqualTo("elaborated");
    }

    @Test
    void otherVerbAfterACommaEndedQuoteWithoutASpeakerIsNoCue() {
        Quote q = only(Tagged.of("His/PRON book/NOUN ,/PUNCT “/PUNCT The/DET art/NOUN of/ADP winning/VERB big/ADJ deals/NOUN "
                + ",/PUNCT ”/PUNCT sold/VERB well/ADV ./PUNCT"));
        assertThat(q.cue()).isNull();
    }

    @Test
    void pronounResolvesToTheLastPersonAndFragmentsMakeAMixedQuote() {
        List<Quote> quotes = quotes(Tagged.of("Mike/PROPN Pompeo/PROPN went/VERB to/ADP Iraq/PROPN ./PUNCT "
                + "He/PRON specified/VERB that/SCONJ Iran/PROPN ordered/VERB “/PUNCT Katyusha/PROPN attack/NOUN ”/PUNCT "
                + "against/ADP the/DET embassy/NOUN ./PUNCT")
                .entity("Mike Pompeo", EntityType.PERSON, "Mike Pompeo")
                .entity("Iraq", EntityType.GPE, "Iraq").entity("Iran", EntityType.GPE, "Iran"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(q.content().text()).contains("Katyusha attack");
            assertThat(q.speaker()).isEqualTo("Mike Pompeo");
            assertThat(q.speakerMention().text()).isEqualTo("He");
            assertThat(q.cue().text()).isEqualTo("specified");
        });
    }

    @Test
    void pronounPrefersTheLastSubjectToAPossessive() {
        List<Quote> quotes = quotes(Tagged.of("Okafor/PROPN spoke/VERB first/ADV ./PUNCT Allies/NOUN may/AUX back/VERB "
                + "Reyes/PROPN 's/PART plan/NOUN ,/PUNCT she/PRON said/VERB ./PUNCT")
                .entity("Teresa Okafor", EntityType.PERSON, "Okafor").entity("Daniel Reyes", EntityType.PERSON, "Reyes"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Teresa Okafor");
            assertThat(q.speakerMention().text()).isEqualTo("she");
        });
    }

    @Test
    void spokespersonForAnOrganisationGivesTheOrganisation() {
        Quote q = only(Tagged.of("A/DET spokesperson/NOUN for/ADP the/DET EMA/PROPN said/VERB that/SCONJ the/DET "
                + "agency/NOUN did/AUX not/PART comment/VERB ./PUNCT")
                .entity("European Medicines Agency", EntityType.ORG, "EMA"));
        assertThat(q.speaker()).isEqualTo("European Medicines Agency");
        assertThat(q.speakerMention().text()).isEqualTo("A spokesperson for the EMA");
    }

    @Test
    void unresolvedPronounKeepsItsWordsButNoName() {
        Quote q = only(Tagged.of("He/PRON said/VERB that/SCONJ the/DET plan/NOUN is/AUX dead/ADJ ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention().text()).isEqualTo("He");
        assertThat(q.content().text()).isEqualTo("the plan is dead");
    }

    @Test
    void documentNounResolvesToItsIssuer() {
        List<Quote> quotes = quotes(Tagged.of("The/DET White/PROPN House/PROPN issued/VERB a/DET statement/NOUN ./PUNCT "
                + "“/PUNCT Iran/PROPN did/AUX not/PART act/VERB ,/PUNCT ”/PUNCT the/DET statement/NOUN read/VERB ./PUNCT")
                .entity("White House", EntityType.ORG, "White House").entity("Iran", EntityType.GPE, "Iran"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("White House");
            assertThat(q.speakerMention().text()).isEqualTo("the statement");
        });
    }

    @Test
    void coordinatedVerbTakesTheFirstSubjectAndAGroupStaysAPhrase() {
        Quote q = only(Tagged.of("Basra/PROPN protesters/NOUN torched/VERB the/DET consulate/NOUN and/CCONJ "
                + "called/VERB for/ADP Iran/PROPN to/PART “/PUNCT get/VERB out/ADP ./PUNCT ”/PUNCT")
                .entity("Basra", EntityType.GPE, "Basra").entity("Iran", EntityType.GPE, "Iran"));
        assertThat(q.content().text()).contains("get out");
        assertThat(q.speaker()).isEqualTo("Basra protesters");
        assertThat(q.speakerType()).isNull();
    }

    @Test
    void uncuedShortPhraseIsAScareQuoteWithoutSpeaker() {
        Quote q = only(Tagged.of("the/DET so-called/ADJ “/PUNCT resistance/NOUN groups/NOUN ”/PUNCT "
                + "released/VERB a/DET map/NOUN ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.SCARE);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention()).isNull();
    }

    @Test
    void uncuedTitleOrOneWordWithAFullStopIsAScareQuote() {
        Quote title = only(Tagged.of("They/PRON inspected/VERB his/PRON book/NOUN ,/PUNCT “/PUNCT Crippled/ADJ America/PROPN :/PUNCT "
                + "How/ADV to/PART Make/VERB America/PROPN Great/ADJ Again/ADV ,/PUNCT ”/PUNCT for/ADP clues/NOUN ./PUNCT"));
        assertThat(title.kind()).isEqualTo(QuoteKind.SCARE);
        Quote word = only(Tagged.of("The/DET nickname/NOUN stuck/VERB :/PUNCT “/PUNCT Gert/PROPN ./PUNCT ”/PUNCT"));
        assertThat(word.kind()).isEqualTo(QuoteKind.SCARE);
        Quote statement = only(Tagged.of("“/PUNCT It/PRON is/AUX over/ADV ./PUNCT ”/PUNCT"));
        assertThat(statement.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void prepositionalPhraseBetweenSubjectAndCueIsSkipped() {
        Quote q = only(Tagged.of("The/DET IRGC/PROPN in/ADP a/DET public/ADJ statement/NOUN accused/VERB "
                + "“/PUNCT foreign/ADJ services/NOUN ”/PUNCT of/ADP supporting/VERB the/DET insurgents/NOUN ./PUNCT")
                .entity("Islamic Revolutionary Guard Corps", EntityType.ORG, "IRGC"));
        assertThat(q.speaker()).isEqualTo("Islamic Revolutionary Guard Corps");
        assertThat(q.content().text()).contains("foreign services");
    }

    @Test
    void accordingToGivesTheSourceOfTheRestOfTheSentence() {
        Quote q = only(Tagged.of("According/VERB to/ADP the/DET newspaper/NOUN ,/PUNCT the/DET NRA/PROPN is/AUX "
                + "a/DET threat/NOUN ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.content().text()).isEqualTo("the NRA is a threat");
        assertThat(q.speaker()).isEqualTo("newspaper");
        assertThat(q.cue().text()).isEqualTo("According to");
    }

    @Test
    void accordingToWithATailOnTheSourceOrInsideTheSentence() {
        Quote tail = only(Tagged.of("According/VERB to/ADP the/DET schedule/NOUN published/VERB Thursday/PROPN ,/PUNCT "
                + "Thiel/PROPN is/AUX to/PART speak/VERB ./PUNCT"));
        assertThat(tail.content().text()).isEqualTo("Thiel is to speak");
        Quote inside = only(Tagged.of("G4S/PROPN receives/VERB ,/PUNCT according/VERB to/ADP one/NUM report/NOUN ,/PUNCT "
                + "$234/NUM million/NUM from/ADP DHS/PROPN ./PUNCT"));
        assertThat(inside.content().text()).startsWith("G4S receives").endsWith("from DHS");
        Quote noVerb = only(Tagged.of("Sanders/NOUN trails/NOUN Clinton/PROPN by/ADP 4/NUM points/NOUN ,/PUNCT "
                + "according/VERB to/ADP a/DET poll/NOUN ./PUNCT"));
        assertThat(noVerb.content().text()).isEqualTo("Sanders trails Clinton by 4 points");
    }

    @Test
    void accordingToWithoutACommaOrWithASourceTaggedAsAVerb() {
        Quote noComma = only(Tagged.of("Jones/PROPN leads/VERB Lee/PROPN by/ADP 9/NUM delegates/NOUN according/VERB "
                + "to/ADP a/DET tally/NOUN ./PUNCT"));
        assertThat(noComma.content().text()).isEqualTo("Jones leads Lee by 9 delegates");
        assertThat(noComma.speaker()).isEqualTo("tally");
        Quote verbSource = only(Tagged.of("Women/NOUN backed/VERB Lee/PROPN by/ADP 9/NUM points/NOUN ,/PUNCT "
                + "according/VERB to/ADP exit/VERB "
                + "surveys/NOUN ./PUNCT"));
        assertThat(verbSource.content().text()).isEqualTo("Women backed Lee by 9 points");
        assertThat(verbSource.speakerMention().text()).isEqualTo("exit surveys");
        Quote overReport = only(Tagged.of("Users/NOUN of/ADP the/DET pill/NOUN reported/VERB mild/ADJ headaches/NOUN ,/PUNCT "
                + "according/VERB to/ADP the/DET maker/NOUN ./PUNCT"));
        assertThat(overReport.speakerMention().text()).isEqualTo("the maker");
        assertThat(overReport.content().text()).isEqualTo("Users of the pill reported mild headaches");
    }

    /** "according" is tagged as a verb: it must not be read as "“...,” elaborated X". */
    @Test
    void accordingToAfterADirectQuoteNamesItsSource() {
        Quote q = only(Tagged.of("“/PUNCT The/DET probe/NOUN will/AUX end/VERB soon/ADV ,/PUNCT ”/PUNCT according/VERB "
                + "to/ADP CNN/PROPN ./PUNCT").entity("CNN", EntityType.ORG, "CNN"));
        assertThat(q.speaker()).isEqualTo("CNN");
        assertThat(q.cue().text()).isEqualTo("according to");
    }

    @Test
    void reportedSpeechBeforeATrailingAttribution() {
        Quote q = only(Tagged.of("The/DET plan/NOUN is/AUX dead/ADJ ,/PUNCT Smith/PROPN said/VERB ./PUNCT")
                .entity("John Smith", EntityType.PERSON, "Smith"));
        assertThat(q.content().text()).isEqualTo("The plan is dead");
        assertThat(q.speaker()).isEqualTo("John Smith");
    }

    @Test
    void reportedClauseWithAContractionOrAPlaceholderSubject() {
        assertThat(only(Tagged.of("She/PRON said/VERB she’ll/PRON+AUX leave/VERB the/DET attacks/NOUN ./PUNCT"))
                .content().text()).isEqualTo("she’ll leave the attacks");
        assertThat(only(Tagged.of("Lou/PROPN said/VERB there/PRON was/VERB nothing/PRON wrong/ADJ ./PUNCT"))
                .content().text()).isEqualTo("there was nothing wrong");
        assertThat(only(Tagged.of("Sanders/PROPN said/VERB both/CCONJ Obama/PROPN and/CCONJ Biden/PROPN have/AUX "
                + "been/AUX fair/ADJ ./PUNCT")).content().text()).isEqualTo("both Obama and Biden have been fair");
    }

    @Test
    void bareClauseWithALongSubjectAfterSay() {
        Quote q = only(Tagged.of("Stone/PROPN says/VERB the/DET increase/NOUN in/ADP polarization/NOUN that/PRON "
                + "Bloomberg/PROPN decries/NOUN also/ADV makes/VERB his/PRON election/NOUN unlikely/ADJ ./PUNCT"));
        assertThat(q.content().text()).startsWith("the increase in polarization").endsWith("unlikely");
        assertThat(q.speakerMention().text()).isEqualTo("Stone");
    }

    @Test
    void nounPhraseObjectCoordinatedWithAVerbIsNoClause() {
        // a past speech act's object is its content (PolNeAR annotates "announced his candidacy"), not "and left"
        assertThat(quotes(Tagged.of("Smith/PROPN announced/VERB his/PRON candidacy/NOUN and/CCONJ left/VERB ./PUNCT")))
                .extracting(q -> q.content().text()).containsExactly("his candidacy");
        assertThat(quotes(Tagged.of("Smith/PROPN said/VERB goodbye/NOUN to/ADP the/DET crowd/NOUN and/CCONJ "
                + "left/VERB ./PUNCT"))).isEmpty();
    }

    @Test
    void reportedQuestionAfterTheObject() {
        Quote q = only(Tagged.of("Wang/PROPN asked/VERB Clinton/PROPN on/ADP Friday/PROPN whether/SCONJ she/PRON "
                + "would/AUX release/VERB transcripts/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("whether she would release transcripts");
        assertThat(q.speakerMention().text()).isEqualTo("Wang");
    }

    @Test
    void asideBetweenDashesStaysInTheContent() {
        Quote q = only(Tagged.of("Smith/PROPN said/VERB 571/NUM delegates/NOUN —/PUNCT a/DET group/NOUN of/ADP "
                + "leaders/NOUN —/PUNCT supported/VERB Clinton/PROPN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("571 delegates — a group of leaders — supported Clinton");
    }

    @Test
    void mistaggedNameOrNumberOrAuxiliaryInABareClause() {
        assertThat(only(Tagged.of("He/PRON said/VERB Trump/VERB 's/PUNCT attempts/NOUN should/AUX give/VERB pause/NOUN ./PUNCT"))
                .content().text()).startsWith("Trump");
        assertThat(only(Tagged.of("Officials/NOUN said/VERB 2016/PRON has/AUX seen/VERB the/DET worst/ADJ start/NOUN ./PUNCT"))
                .content().text()).startsWith("2016");
        assertThat(only(Tagged.of("He/PRON said/VERB the/DET majority/NOUN of/ADP voters/NOUN were/ADV polite/ADJ ./PUNCT"))
                .content().text()).isEqualTo("the majority of voters were polite");
    }

    @Test
    void relativeClauseSpeechEndsWhereTheMainClauseResumes() {
        List<Quote> quotes = quotes(Tagged.of("Podesta/PROPN ,/PUNCT who/PRON said/VERB the/DET project/NOUN was/AUX "
                + "vetted/VERB ,/PUNCT said/VERB he/PRON was/AUX unaware/ADJ of/ADP it/PRON ./PUNCT")
                .entity("John Podesta", EntityType.PERSON, "Podesta"));
        assertThat(quotes).extracting(q -> q.content().text(), Quote::speaker).containsExactly(
                tuple("the project was vetted", "John Podesta"), tuple("he was unaware of it", "John Podesta"));
    }

    @Test
    void toldAnObjectThenABareClauseOrAtTheEnd() {
        assertThat(only(Tagged.of("Stenehjem/PROPN told/VERB POLITICO/PROPN he/PRON planned/VERB to/PART stay/VERB "
                + "neutral/ADJ ./PUNCT")).content().text()).isEqualTo("he planned to stay neutral");
        assertThat(only(Tagged.of("Officials/NOUN told/VERB him/PRON he/PRON had/AUX never/ADV been/AUX a/DET "
                + "citizen/NOUN ./PUNCT")).content().text()).isEqualTo("he had never been a citizen");
        Quote trailing = only(Tagged.of("He/PRON had/AUX been/AUX studying/VERB law/NOUN ,/PUNCT a/DET spokesman/NOUN "
                + "told/VERB The/DET Wall/PROPN Street/PROPN Journal/PROPN ./PUNCT"));
        assertThat(trailing.content().text()).isEqualTo("He had been studying law");
        assertThat(trailing.speakerMention().text()).isEqualTo("a spokesman");
    }

    @Test
    void accuseOfKeepsTheObjectInTheContent() {
        Quote q = only(Tagged.of("Washington/PROPN accused/VERB Tehran/PROPN of/ADP ordering/VERB the/DET "
                + "attacks/NOUN ./PUNCT").entity("Washington", EntityType.GPE, "Washington")
                .entity("Tehran", EntityType.GPE, "Tehran"));
        assertThat(q.content().text()).isEqualTo("Tehran of ordering the attacks");
        assertThat(q.speaker()).isEqualTo("Washington");
    }

    @Test
    void coordinatedAttributionsAreSeparateQuotes() {
        List<Quote> quotes = quotes(Tagged.of("Rubio/PROPN suggested/VERB that/SCONJ Trump/PROPN can/AUX not/PART win/VERB "
                + ",/PUNCT while/SCONJ Cruz/PROPN said/VERB that/SCONJ the/DET stakes/NOUN are/AUX high/ADJ ./PUNCT")
                .entity("Marco Rubio", EntityType.PERSON, "Rubio").entity("Ted Cruz", EntityType.PERSON, "Cruz")
                .entity("Donald Trump", EntityType.PERSON, "Trump"));
        assertThat(quotes).extracting(q -> q.content().text(), Quote::speaker).containsExactly(
                tuple("Trump can not win", "Marco Rubio"),
                tuple("the stakes are high", "Ted Cruz"));
    }

    @Test
    void roleFollowedByANameGivesTheName() {
        Quote q = only(Tagged.of("The/DET union/NOUN 's/PART general/ADJ secretary/NOUN ,/PUNCT Rui/PROPN Monteiro/PROPN ,/PUNCT "
                + "told/VERB reporters/NOUN that/SCONJ the/DET talks/NOUN failed/VERB ./PUNCT")
                .entity("Rui Monteiro", EntityType.PERSON, "Rui Monteiro"));
        assertThat(q.speaker()).isEqualTo("Rui Monteiro");
    }

    @Test
    void definiteDescriptionResolvesToTheLastOrganisation() {
        List<Quote> quotes = quotes(Tagged.of("Norvance/PROPN released/VERB results/NOUN ./PUNCT "
                + "The/DET company/NOUN said/VERB that/SCONJ its/PRON sales/NOUN rose/VERB ./PUNCT")
                .entity("Norvance Therapeutics", EntityType.ORG, "Norvance"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Norvance Therapeutics");
            assertThat(q.speakerMention().text()).isEqualTo("The company");
        });
    }

    @Test
    void statementMentionedInAPrepositionalPhraseResolvesToTheClauseSubject() {
        List<Quote> quotes = quotes(Tagged.of("Norvance/PROPN said/VERB in/ADP a/DET statement/NOUN that/SCONJ "
                + "its/PRON sales/NOUN rose/VERB ./PUNCT “/PUNCT We/PRON are/AUX grateful/ADJ ,/PUNCT ”/PUNCT the/DET "
                + "statement/NOUN read/VERB ./PUNCT").entity("Norvance Therapeutics", EntityType.ORG, "Norvance"));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Norvance Therapeutics", "Norvance Therapeutics");
    }

    @Test
    void objectsWithoutAClauseAreNotReportedSpeech() {
        assertThat(quotes(Tagged.of("No/DET group/NOUN claimed/VERB responsibility/NOUN ./PUNCT"))).isEmpty();
    }

    @Test
    void relativePronounNamesTheSpeakerBeforeIt() {
        Quote q = only(Tagged.of("Smith/PROPN ,/PUNCT who/PRON visited/VERB Iraq/PROPN ,/PUNCT said/VERB that/SCONJ "
                + "troops/NOUN will/AUX stay/VERB ./PUNCT").entity("John Smith", EntityType.PERSON, "Smith")
                .entity("Iraq", EntityType.GPE, "Iraq"));
        assertThat(q.speaker()).isEqualTo("John Smith");
    }

    @Test
    void relativePronounAfterADashOrRightAfterItsNounNamesTheSpeaker() {
        Quote dash = only(Tagged.of("Smith/PROPN -/PUNCT who/PRON said/VERB that/SCONJ troops/NOUN will/AUX stay/VERB "
                + "-/PUNCT left/VERB ./PUNCT").entity("John Smith", EntityType.PERSON, "Smith"));
        assertThat(dash.speaker()).isEqualTo("John Smith");
        assertThat(dash.speakerMention().text()).isEqualTo("who");
        Quote bare = only(Tagged.of("Smith/PROPN met/VERB an/DET envoy/NOUN who/PRON said/VERB that/SCONJ troops/NOUN "
                + "will/AUX stay/VERB ./PUNCT").entity("John Smith", EntityType.PERSON, "Smith"));
        assertThat(bare.speaker()).isEqualTo("envoy");
    }

    @Test
    void nextSentenceQuoteContinuesTheSpeaker() {
        List<Quote> quotes = quotes(Tagged.of("“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Pompeo/PROPN "
                + "said/VERB ./PUNCT “/PUNCT It/PRON is/AUX certain/ADJ ./PUNCT ”/PUNCT")
                .entity("Mike Pompeo", EntityType.PERSON, "Pompeo"));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Mike Pompeo", "Mike Pompeo");
    }

    @Test
    void quoteAfterReportedSpeechContinuesItsSpeaker() {
        List<Quote> quotes = quotes(Tagged.of("Pompeo/PROPN said/VERB that/SCONJ talks/NOUN will/AUX resume/VERB ./PUNCT \\n "
                + "“/PUNCT We/PRON are/AUX ready/ADJ to/PART talk/VERB ./PUNCT ”/PUNCT")
                .entity("Mike Pompeo", EntityType.PERSON, "Pompeo"));
        assertThat(quotes).extracting(Quote::kind, Quote::speaker)
                .containsExactly(tuple(QuoteKind.INDIRECT, "Mike Pompeo"), tuple(QuoteKind.DIRECT, "Mike Pompeo"));
    }

    @Test
    void speakerAfterACueThatOpensTheSentence() {
        Quote q = only(Tagged.of("Nobody/PRON moved/VERB ./PUNCT Said/VERB Comey/PROPN ,/PUNCT “/PUNCT The/DET error/NOUN was/AUX ours/PRON ./PUNCT ”/PUNCT")
                .entity("James Comey", EntityType.PERSON, "Comey"));
        assertThat(q.speaker()).isEqualTo("James Comey");
        List<Quote> interrupted = quotes(Tagged.of("“/PUNCT The/DET risk/NOUN ,/PUNCT ”/PUNCT said/VERB Leamer/PROPN ,/PUNCT "
                + "“/PUNCT is/AUX real/ADJ ./PUNCT ”/PUNCT").entity("Ed Leamer", EntityType.PERSON, "Leamer"));
        assertThat(interrupted).extracting(Quote::speaker).containsExactly("Ed Leamer", "Ed Leamer");
    }

    /** A no-break space between the attribution and the next quotation still opens a sentence. */
    @Test
    void quoteAfterANoBreakSpaceContinuesTheSpeaker() {
        String text = "“We will win,” Pompeo said.\u00a0“It is certain.”";
        assertThat(speakerMentionsOf(text)).containsExactly("Pompeo", "Pompeo");
    }

    /** The tokenizer splits hyphenated words ("Mark - Viverito"); the pieces stay one speaker phrase. */
    @Test
    void hyphenatedWordsAfterTheQuoteStayInTheSpeaker() {
        assertThat(speakerMentionsOf("“We will keep fighting for them,” Melissa Mark-Viverito said."))
                .containsExactly("Melissa Mark-Viverito");
        assertThat(speakerMentionsOf("“We will keep fighting for them,” the conservative-leaning newspaper wrote."))
                .containsExactly("the conservative-leaning newspaper");
    }

    /** Reported speech completed by a quotation after its cue ("A, X added, “B.”") is one mixed quote. */
    @Test
    void reportedSpeechCompletedByAQuotationAfterItsCueIsOneMixedQuote() {
        List<Quote> quotes = quotes(Tagged.of("If/SCONJ the/DET vote/NOUN fails/VERB ,/PUNCT Okafor/PROPN added/VERB "
                + ",/PUNCT “/PUNCT we/PRON will/AUX try/VERB again/ADV ./PUNCT ”/PUNCT")
                .entity("Ada Okafor", EntityType.PERSON, "Okafor"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
            assertThat(q.content().text()).startsWith("If the vote fails").endsWith("try again .");
            assertThat(q.speaker()).isEqualTo("Ada Okafor");
        });
    }

    /** Speech in a clause that opens the sentence ends before the main clause. */
    @Test
    void speechInAnOpeningSubordinateClauseEndsBeforeTheMainClause() {
        List<Quote> quotes = quotes(Tagged.of("After/SCONJ Okafor/PROPN said/VERB that/SCONJ the/DET port/NOUN "
                + "would/AUX close/VERB ,/PUNCT the/DET mayor/NOUN left/VERB the/DET room/NOUN ./PUNCT")
                .entity("Ada Okafor", EntityType.PERSON, "Okafor"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the port would close");
            assertThat(q.speaker()).isEqualTo("Ada Okafor");
        });
    }

    /** A title after a possessive or a preposition names a show or a book even when a cue follows it. */
    @Test
    void titleAfterAPossessiveOrPrepositionIsNoSpeech() {
        List<Quote> quotes = TestPipelines.standard().analyze(new Document("test",
                "Speaking on NBC’s “Morning Report,” Ada Okafor said the port would close. Okafor is the "
                        + "author of “Ships and Harbours,” a history."), Set.of(Layer.QUOTES)).quotes();
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.SCARE).hasSize(2)
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
        assertThat(quotes).filteredOn(q -> q.kind() != QuoteKind.SCARE).extracting(q -> q.content().text())
                .containsExactly("the port would close");
    }

    /** Speech in a relative clause of reported speech is its subject's, and a comma before it ends the outer. */
    @Test
    void speechInARelativeClauseOfReportedSpeechIsItsSubjects() {
        List<Quote> quotes = quotes(Tagged.of("Okafor/PROPN said/VERB the/DET port/NOUN would/AUX close/VERB ,/PUNCT "
                + "which/PRON Reyes/PROPN called/VERB a/DET disgrace/NOUN ./PUNCT")
                .entity("Ada Okafor", EntityType.PERSON, "Okafor").entity("Luis Reyes", EntityType.PERSON, "Reyes"));
        assertThat(quotes).extracting(q -> q.content().text(), Quote::speaker).containsExactly(
                tuple("the port would close", "Ada Okafor"), tuple("which Reyes called a disgrace", "Luis Reyes"));
    }

    private static List<String> speakerMentionsOf(String text) {
        return TestPipelines.standard().analyze(new Document("test", text), Set.of(Layer.QUOTES)).quotes().stream()
                .map(q -> q.speakerMention() == null ? null : q.speakerMention().text()).toList();
    }

    @Test
    void quoteAcrossParagraphsIsOneQuote() {
        List<Quote> quotes = quotes(Tagged.of("“/PUNCT We/PRON will/AUX win/VERB ./PUNCT \\n “/PUNCT It/PRON is/AUX "
                + "certain/ADJ ,/PUNCT ”/PUNCT Pompeo/PROPN said/VERB ./PUNCT")
                .entity("Mike Pompeo", EntityType.PERSON, "Pompeo"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).contains("We will win").contains("It is certain");
            assertThat(q.speaker()).isEqualTo("Mike Pompeo");
        });
    }

    @Test
    void unclosedQuoteStopsAtItsParagraph() {
        List<Quote> quotes = quotes(Tagged.of("Smith/PROPN said/VERB :/PUNCT “/PUNCT We/PRON will/AUX win/VERB ./PUNCT "
                + "\\n The/DET rest/NOUN is/AUX news/NOUN ./PUNCT").entity("John Smith", EntityType.PERSON, "Smith"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).doesNotContain("rest");
            assertThat(q.speaker()).isEqualTo("John Smith");
        });
    }

    @Test
    void nameLabellingALineSpeaksTheLine() {
        List<Quote> quotes = quotes(Tagged.of("Rubio/PROPN :/PUNCT I/PRON still/ADV doubt/VERB Trump/PROPN ./PUNCT "
                + "\\n Rubio/PROPN spoke/VERB in/ADP Iowa/PROPN ./PUNCT").entity("Marco Rubio", EntityType.PERSON, "Rubio"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(q.content().text()).isEqualTo("I still doubt Trump .");
            assertThat(q.speaker()).isEqualTo("Marco Rubio");
            assertThat(q.cue().text()).isEqualTo(":");
        });
    }

    @Test
    void headingsListItemsAndOneOffLabelsAreNoSpeakers() {
        assertThat(quotes(Tagged.of("The/DET Latest/ADJ :/PUNCT Cruz/PROPN wins/VERB Iowa/PROPN ./PUNCT"))).isEmpty();
        assertThat(quotes(Tagged.of("BOOM/PROPN :/PUNCT Trump/PROPN fired/VERB back/ADV ./PUNCT")
                .entity("BOOM", EntityType.ORG, "BOOM"))).isEmpty();
        assertThat(quotes(Tagged.of("Clinton/PROPN :/PUNCT 1,769/NUM ./PUNCT \\n Clinton/PROPN won/VERB ./PUNCT")
                .entity("Hillary Clinton", EntityType.PERSON, "Clinton"))).isEmpty();
    }

    @Test
    void sourceNounLabelsAHeadline() {
        Quote q = only(Tagged.of("Poll/NOUN :/PUNCT Trump/PROPN and/CCONJ Clinton/PROPN hold/VERB leads/NOUN ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Poll");
        assertThat(q.content().text()).startsWith("Trump and Clinton hold");
    }

    @Test
    void aNameLabellingTheHeadlineSpeaksItEvenNamedOnceAndInTitleCase() {
        Quote q = only(Tagged.of("Springfield/PROPN Gazette/PROPN :/PUNCT Mayor/PROPN Hid/PROPN Key/PROPN Memo/PROPN "
                + "./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Springfield Gazette");
        assertThat(q.content().text()).isEqualTo("Mayor Hid Key Memo .");
        assertThat(quotes(Tagged.of("Votes/NOUN were/AUX counted/VERB ./PUNCT \\n Springfield/PROPN Gazette/PROPN "
                + ":/PUNCT Mayor/PROPN Hid/PROPN Key/PROPN Memo/PROPN ./PUNCT"))).isEmpty();
    }

    @Test
    void reportingClauseEndingInAColonIntroducesUnquotedSpeech() {
        Quote q = only(Tagged.of("Later/ADV ,/PUNCT he/PRON added/VERB on/ADP Twitter/PROPN :/PUNCT The/DET talk/NOUN "
                + "of/ADP decline/NOUN is/AUX hot/ADJ air/NOUN ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.content().text()).isEqualTo("The talk of decline is hot air .");
        assertThat(q.speakerMention().text()).isEqualTo("he");
        assertThat(q.cue().text()).isEqualTo("added");
    }

    @Test
    void ageBetweenCommasBeforeARoleIsSkipped() {
        Quote q = only(Tagged.of("Yin/PROPN May/PROPN ,/PUNCT 60/NUM ,/PUNCT a/DET doctor/NOUN ,/PUNCT said/VERB she/PRON "
                + "was/AUX elated/ADJ ./PUNCT").entity("Yin May", EntityType.PERSON, "Yin May"));
        assertThat(q.speakerMention().text()).isEqualTo("Yin May");
        assertThat(q.content().text()).isEqualTo("she was elated");
    }

    @Test
    void gerundRightAfterTheCueCanBeTheSubjectButAParticiplePhraseIsNoSpeech() {
        Quote q = only(Tagged.of("Gomez/PROPN said/VERB seeing/VERB so/ADV many/ADJ police/NOUN was/AUX a/DET "
                + "relief/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("seeing so many police was a relief");
        assertThat(quotes(Tagged.of("Clinton/PROPN said/VERB ,/PUNCT referring/VERB to/ADP the/DET PAC/PROPN "
                + "that/PRON was/AUX funding/VERB ads/NOUN ./PUNCT"))).isEmpty();
    }

    @Test
    void partyTagBeforeARoleIsSkipped() {
        Quote q = only(Tagged.of("Rob/PROPN Portman/PROPN (/PUNCT R-Ohio/PROPN )/PUNCT ,/PUNCT another/DET "
                + "incumbent/NOUN ,/PUNCT said/VERB he/PRON was/AUX undecided/ADJ ./PUNCT")
                .entity("Rob Portman", EntityType.PERSON, "Rob Portman"));
        assertThat(q.speakerMention().text()).isEqualTo("Rob Portman");
        assertThat(q.content().text()).isEqualTo("he was undecided");
    }

    @Test
    void toldObjectEndsBeforeAPossessiveOpeningAClause() {
        Quote q = only(Tagged.of("Kirsch/PROPN told/VERB the/DET AP/PROPN her/PRON group/NOUN never/ADV "
                + "worked/VERB there/ADV ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("her group never worked there");
        Quote staff = only(Tagged.of("Kirsch/PROPN told/VERB reporters/NOUN her/PRON staff/NOUN that/SCONJ "
                + "the/DET plan/NOUN failed/VERB ./PUNCT"));
        assertThat(staff.content().text()).isEqualTo("the plan failed");
    }

    @Test
    void randomTaggedTextNeverBreaksTheInvariants() {
        String[] vocabulary = {"He/PRON", "said/VERB", "that/SCONJ", "“/PUNCT", "”/PUNCT", "\"/PUNCT", ",/PUNCT",
            "./PUNCT", "Smith/PROPN", "the/DET", "statement/NOUN", "read/VERB", ":/PUNCT", "and/CCONJ", "according/VERB",
            "to/ADP", "who/PRON", "in/ADP", "(/PUNCT", ")/PUNCT", "Sen./PROPN", "told/VERB", "is/AUX", "\\n"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder("Start/PROPN");
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            quotes(Tagged.of(sb.toString()).entity("John Smith", EntityType.PERSON, "Smith"));
        }
    }

    @Test
    void aCoordinatedOrParticipleCueStartsASecondQuoteOfTheSameSpeaker() {
        List<Quote> quotes = quotes(Tagged.of("Clark/PROPN said/VERB the/DET vote/NOUN was/AUX close/ADJ ,/PUNCT but/CCONJ "
                + "said/VERB the/DET outcome/NOUN was/AUX unclear/ADJ ./PUNCT").entity("Ann Clark", EntityType.PERSON, "Clark"));
        assertThat(quotes).extracting(q -> q.content().text(), Quote::speaker, q -> q.cue().text()).containsExactly(
                tuple("the vote was close", "Ann Clark", "said"), tuple("the outcome was unclear", "Ann Clark", "said"));
        List<Quote> participle = quotes(Tagged.of("Carson/PROPN said/VERB he/PRON saw/VERB no/DET need/NOUN ,/PUNCT "
                + "telling/VERB reporters/NOUN that/SCONJ he/PRON felt/VERB fine/ADJ ./PUNCT")
                .entity("Ben Carson", EntityType.PERSON, "Carson"));
        assertThat(participle).extracting(q -> q.content().text(), q -> q.cue().text()).containsExactly(
                tuple("he saw no need", "said"), tuple("he felt fine", "telling"));
    }

    @Test
    void aCueAfterARelativePronounInsideSpeechStaysInIt() {
        Quote q = only(Tagged.of("Tom/PROPN said/VERB the/DET voters/NOUN ,/PUNCT who/PRON waited/VERB and/CCONJ "
                + "said/VERB nothing/PRON ,/PUNCT were/AUX tired/ADJ ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("the voters , who waited and said nothing , were tired");
    }

    @Test
    void aContractionTheTaggerMissedOpensTheReportedClause() {
        Quote split = only(Tagged.of("She/PRON says/VERB it/PRON ’s/PUNCT important/ADJ to/PART know/VERB ./PUNCT"));
        assertThat(split.content().text()).isEqualTo("it ’s important to know");
        Quote joined = only(Tagged.of("The/DET candidate/NOUN says/VERB he’ll/PUNCT work/VERB to/PART overturn/VERB "
                + "the/DET actions/NOUN ./PUNCT"));
        assertThat(joined.content().text()).isEqualTo("he’ll work to overturn the actions");
        assertThat(joined.speakerMention().text()).isEqualTo("The candidate");
        assertThat(quotes(Tagged.of("She/PRON says/VERB Trump/PROPN ’s/PUNCT plan/NOUN ./PUNCT"))).isEmpty();
    }

    @Test
    void aShareOfRespondentsIsTheSpeaker() {
        Quote ratio = only(Tagged.of("More/ADV than/ADP 4/NUM in/ADP 10/NUM said/VERB the/DET economy/NOUN was/AUX "
                + "weak/ADJ ./PUNCT"));
        assertThat(ratio.speakerMention().text()).isEqualTo("4 in 10");
        assertThat(ratio.content().text()).isEqualTo("the economy was weak");
        Quote percent = only(Tagged.of("And/CCONJ 42/NUM %/SYM say/VERB they/PRON are/AUX liberal/ADJ ./PUNCT"));
        assertThat(percent.speakerMention().text()).isEqualTo("42 %");
        assertThat(quotes(Tagged.of("In/ADP 2010/NUM said/VERB the/DET plan/NOUN was/AUX weak/ADJ ./PUNCT"))).isEmpty();
    }

    @Test
    void aVerbTaggedAsAPluralNounEndsTheSubjectOfABareClause() {
        Quote q = only(Tagged.of("Doyle/PROPN said/VERB each/DET year/NOUN of/ADP education/NOUN yields/NOUN a/DET "
                + "bump/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("each year of education yields a bump");
        assertThat(quotes(Tagged.of("Doyle/PROPN said/VERB each/DET year/NOUN of/ADP education/NOUN yields/NOUN ./PUNCT")))
                .isEmpty();
    }

    @Test
    void theObjectOfAPastSpeechActIsWhatWasSaid() {
        Quote q = only(Tagged.of("Sanders/PROPN criticized/VERB Mr./PROPN Obama/PROPN for/ADP the/DET deal/NOUN ./PUNCT")
                .entity("Bernie Sanders", EntityType.PERSON, "Sanders"));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.content().text()).isEqualTo("Mr. Obama for the deal");
        assertThat(q.speaker()).isEqualTo("Bernie Sanders");
        assertThat(q.cue().text()).isEqualTo("criticized");
        assertThat(quotes(Tagged.of("The/DET party/NOUN announced/VERB Tuesday/PROPN ./PUNCT"))).isEmpty();
        assertThat(quotes(Tagged.of("She/PRON attacked/VERB the/DET plan/NOUN ./PUNCT")))
                .extracting(x -> x.content().text()).containsExactly("the plan");
        assertThat(quotes(Tagged.of("Sanders/PROPN criticizes/VERB Mr./PROPN Obama/PROPN ./PUNCT")))
                .extracting(x -> x.content().text()).containsExactly("Mr. Obama");
        assertThat(quotes(Tagged.of("Sanders/PROPN spoke/VERB ,/PUNCT criticizing/VERB Mr./PROPN Obama/PROPN ./PUNCT")))
                .isEmpty();
    }

    @Test
    void aTimePhraseAfterTheCueIsSkipped() {
        Quote q = only(Tagged.of("Kander/PROPN announced/VERB last/ADJ week/NOUN that/SCONJ turnout/NOUN was/AUX "
                + "high/ADJ ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("turnout was high");
    }

    @Test
    void whatSomeoneCalledForIsWhatTheySaid() {
        Quote q = only(Tagged.of("Trump/PROPN called/VERB for/ADP a/DET ban/NOUN on/ADP imports/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("a ban on imports");
        assertThat(q.cue().text()).isEqualTo("called");
        assertThat(quotes(Tagged.of("Trump/PROPN called/VERB for/ADP ./PUNCT"))).isEmpty();
        Quote pronoun = only(Tagged.of("Rubio/PROPN praised/VERB them/PRON for/ADP the/DET work/NOUN ./PUNCT"));
        assertThat(pronoun.content().text()).isEqualTo("them for the work");
    }

    @Test
    void whatWasReportedOrProposedIsWhatWasSaid() {
        Quote reported = only(Tagged.of("The/DET firm/NOUN reported/VERB a/DET loss/NOUN of/ADP $2/NUM a/DET share/NOUN "
                + "./PUNCT"));
        assertThat(reported.content().text()).isEqualTo("a loss of $2 a share");
        assertThat(reported.speakerMention().text()).isEqualTo("The firm");
        Quote proposed = only(Tagged.of("Lopez/PROPN proposed/VERB a/DET ban/NOUN on/ADP new/ADJ wells/NOUN ./PUNCT"));
        assertThat(proposed.content().text()).isEqualTo("a ban on new wells");
    }

    @Test
    void whatIsCitedAfterACommaIsWhatTheSubjectSaid() {
        Quote q = only(Tagged.of("The/DET firm/NOUN dropped/VERB the/DET merger/NOUN ,/PUNCT citing/VERB new/ADJ "
                + "tax/NOUN rules/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("new tax rules");
        assertThat(q.speakerMention().text()).isEqualTo("The firm");
        assertThat(q.cue().text()).isEqualTo("citing");
    }

    @Test
    void aReflexiveObjectIsAnObject() {
        Quote described = only(Tagged.of("Lee/PROPN described/VERB herself/PRON as/ADP a/DET cautious/ADJ "
                + "reformer/NOUN ./PUNCT"));
        assertThat(described.content().text()).isEqualTo("herself as a cautious reformer");
        Quote called = only(Tagged.of("Lee/PROPN calls/VERB herself/PRON a/DET moderate/ADJ ./PUNCT"));
        assertThat(called.content().text()).isEqualTo("herself a moderate");
    }

    @Test
    void reportedlyMakesItsClauseSpeechWithoutASpeaker() {
        Quote q = only(Tagged.of("The/DET agency/NOUN is/AUX reportedly/ADV planning/VERB new/ADJ cuts/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("The agency is reportedly planning new cuts");
        assertThat(q.speaker()).isNull();
        assertThat(q.cue().text()).isEqualTo("reportedly");
        Quote said = only(Tagged.of("Lee/PROPN reportedly/ADV said/VERB the/DET cuts/NOUN were/AUX coming/VERB ./PUNCT"));
        assertThat(said.speakerMention().text()).isEqualTo("Lee");
    }

    @Test
    void aQuotedFragmentAfterTheCueMakesTheClauseMixedSpeech() {
        // the tokenizer splits "so-called"; QuotesCommandTest checks that its quotation stays a scare quote
        Quote called = quotes(Tagged.of("Critics/NOUN called/VERB the/DET plan/NOUN “/PUNCT reckless/ADJ ”/PUNCT "
                + "and/CCONJ the/DET so/ADV -/PUNCT called/VERB “/PUNCT peace/NOUN dividend/NOUN ”/PUNCT was/AUX "
                + "not/PART mentioned/VERB ./PUNCT")).get(0);
        assertThat(called.content().text()).isEqualTo("the plan “ reckless ”");
        assertThat(called.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(called.speaker()).isEqualTo("Critics");
        Quote promise = only(Tagged.of("Lopez/PROPN promised/VERB to/PART “/PUNCT end/VERB ”/PUNCT the/DET tests/NOUN "
                + "./PUNCT"));
        assertThat(promise.content().text()).isEqualTo("to “ end ” the tests");
        assertThat(promise.kind()).isEqualTo(QuoteKind.MIXED);
        Quote heckler = only(Tagged.of("Cruz/PROPN said/VERB as/SCONJ a/DET man/NOUN yelled/VERB :/PUNCT “/PUNCT You/PRON "
                + "lie/VERB !/PUNCT ”/PUNCT"));
        assertThat(heckler.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(heckler.content().text()).isEqualTo("You lie !");
    }

    @Test
    void theInfinitiveOfAPromiseIsWhatWasSaid() {
        Quote q = only(Tagged.of("Reyes/PROPN vowed/VERB to/PART repeal/VERB the/DET tax/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("to repeal the tax");
        assertThat(q.cue().text()).isEqualTo("vowed");
        Quote not = only(Tagged.of("Reyes/PROPN has/AUX threatened/VERB not/PART to/PART attend/VERB the/DET vote/NOUN "
                + "./PUNCT"));
        assertThat(not.content().text()).isEqualTo("not to attend the vote");
        assertThat(quotes(Tagged.of("Reyes/PROPN promised/VERB to/ADP Ana/PROPN ./PUNCT"))).isEmpty();
    }

    @Test
    void thePrepositionalObjectOfSomeSpeechVerbsIsWhatWasSaid() {
        Quote q = only(Tagged.of("Kim/PROPN warned/VERB of/ADP a/DET long/ADJ war/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("a long war");
        assertThat(q.cue().text()).isEqualTo("warned");
        Quote on = only(Tagged.of("Kim/PROPN called/VERB on/ADP Congress/PROPN to/PART act/VERB ./PUNCT"));
        assertThat(on.content().text()).isEqualTo("Congress to act");
        assertThat(quotes(Tagged.of("Kim/PROPN called/VERB on/ADP Monday/PROPN ./PUNCT"))).isEmpty();
        assertThat(quotes(Tagged.of("Kim/PROPN talked/VERB about/ADP the/DET war/NOUN ./PUNCT"))).isEmpty();
    }

    @Test
    void whatSomeoneCalledAPersonIsWhatTheySaid() {
        Quote q = only(Tagged.of("Sanders/PROPN called/VERB him/PRON a/DET fraud/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("him a fraud");
        assertThat(quotes(Tagged.of("Sanders/PROPN called/VERB him/PRON back/ADV ./PUNCT"))).isEmpty();
        assertThat(quotes(Tagged.of("Sanders/PROPN called/VERB her/PRON on/ADP Monday/PROPN ./PUNCT"))).isEmpty();
    }

    @Test
    void aPartyTagRightBeforeTheCueIsSkipped() {
        Quote q = only(Tagged.of("Rand/PROPN Paul/PROPN (/PUNCT R-Ky./PROPN )/PUNCT said/VERB he/PRON would/AUX "
                + "run/VERB ./PUNCT").entity("Rand Paul", EntityType.PERSON, "Rand Paul"));
        assertThat(q.content().text()).isEqualTo("he would run");
        assertThat(q.speaker()).isEqualTo("Rand Paul");
    }

    @Test
    void aNameTaggedAsAnAdverbBeforeTheCueIsTheSpeaker() {
        Quote q = only(Tagged.of("Mrs./PROPN Okafor/ADV said/VERB she/PRON would/AUX run/VERB ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("she would run");
        assertThat(q.speakerMention().text()).isEqualTo("Mrs. Okafor");
        assertThat(only(Tagged.of("He/PRON later/ADV said/VERB she/PRON would/AUX run/VERB ./PUNCT")).speakerMention().text())
                .isEqualTo("He");
    }

    @Test
    void aTitleCaseHeadlineWithAPresentReportingVerbReportsSpeech() {
        Quote q = only(Tagged.of("Ana/PROPN Reyes/PROPN Blasts/PROPN Mayor/PROPN for/ADP Closing/PROPN Schools/PROPN "
                + "\\n Reyes/PROPN spoke/VERB ./PUNCT").entity("Ana Reyes", EntityType.PERSON, "Ana Reyes", "Reyes"));
        assertThat(q.content().text()).isEqualTo("Mayor for Closing Schools");
        assertThat(q.speaker()).isEqualTo("Ana Reyes");
        assertThat(q.cue().text()).isEqualTo("Blasts");
        assertThat(quotes(Tagged.of("Mayor/PROPN Accused/PROPN Of/ADP Closing/PROPN Schools/PROPN \\n Reyes/PROPN "
                + "spoke/VERB ./PUNCT"))).isEmpty();
        assertThat(quotes(Tagged.of("Reyes/PROPN blasts/VERB ,/PUNCT then/ADV leaves/VERB town/NOUN \\n It/PRON "
                + "rained/VERB ./PUNCT"))).isEmpty();
    }

    @Test
    void aFiniteVerbRightAfterTheCueReportsARelativeClauseWithAGap() {
        Quote q = only(Tagged.of("The/DET town/NOUN passed/VERB rules/NOUN that/PRON judges/NOUN said/VERB "
                + "violated/VERB the/DET charter/NOUN ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("violated the charter");
        assertThat(q.speakerMention().text()).isEqualTo("judges");
        assertThat(quotes(Tagged.of("Lee/PROPN said/VERB in/ADP a/DET note/NOUN released/VERB by/ADP the/DET "
                + "club/NOUN ./PUNCT"))).isEmpty();
    }

    @Test
    void aContractedVerbTaggedAsPunctuationMakesAClause() {
        assertThat(only(Tagged.of("She/PRON said/VERB the/DET players/NOUN shouldn’t/PUNCT worry/ADJ ./PUNCT"))
                .content().text()).isEqualTo("the players shouldn’t worry");
        assertThat(only(Tagged.of("Kim/PROPN said/VERB it/PRON ’s/PUNCT a/DET fine/ADJ day/NOUN ./PUNCT"))
                .content().text()).isEqualTo("it ’s a fine day");
    }

    @Test
    void aSubjectPronounAfterSayOpensAClauseWhateverTheTagsAfterIt() {
        assertThat(only(Tagged.of("Fans/NOUN said/VERB they/PRON welcome/INTJ the/DET news/NOUN ./PUNCT"))
                .content().text()).isEqualTo("they welcome the news");
        assertThat(quotes(Tagged.of("Fans/NOUN said/VERB it/PRON loudly/ADV twice/ADV ./PUNCT"))).isEmpty();
    }

    @Test
    void aShareOfAPronounAReflexiveOrAParticipleEndsTheSubject() {
        assertThat(only(Tagged.of("Most/ADV of/ADP them/PRON said/VERB the/DET bus/NOUN was/AUX late/ADJ ./PUNCT"))
                .speakerMention().text()).isEqualTo("Most of them");
        assertThat(only(Tagged.of("Acme/PROPN itself/PRON said/VERB the/DET plant/NOUN was/AUX open/ADJ ./PUNCT"))
                .speakerMention().text()).isEqualTo("Acme");
        assertThat(only(Tagged.of("Those/PRON polled/VERB said/VERB taxes/NOUN were/AUX too/ADV high/ADJ ./PUNCT"))
                .speakerMention().text()).isEqualTo("Those polled");
    }

    @Test
    void theObjectOfToldRunsOverOfAndAnd() {
        assertThat(only(Tagged.of("Lee/PROPN told/VERB members/NOUN of/ADP the/DET board/NOUN that/SCONJ the/DET "
                + "deal/NOUN was/AUX off/ADV ./PUNCT")).content().text()).isEqualTo("the deal was off");
        assertThat(only(Tagged.of("Lee/PROPN told/VERB The/DET Star/PROPN and/CCONJ Ledger/PROPN that/SCONJ the/DET "
                + "deal/NOUN was/AUX off/ADV ./PUNCT")).content().text()).isEqualTo("the deal was off");
    }

    @Test
    void theSubjectIsBeforeAnAsideBetweenDashes() {
        Quote q = only(Tagged.of("Kim/PROPN —/PUNCT a/DET nurse/NOUN who/PRON works/VERB nights/NOUN —/PUNCT said/VERB "
                + "the/DET ward/NOUN was/AUX full/ADJ ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Kim");
        assertThat(q.content().text()).isEqualTo("the ward was full");
    }

    @Test
    void aNameBetweenCommasIsTheSubjectWhenNoPhraseComesBeforeIt() {
        Quote q = only(Tagged.of("One/NUM of/ADP them/PRON ,/PUNCT Acme/PROPN Corp/PROPN ,/PUNCT said/VERB the/DET "
                + "plant/NOUN would/AUX close/VERB ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Acme Corp");
    }

    @Test
    void aParticiplePhraseBetweenCommasIsAnAsideOfTheSubject() {
        Quote q = only(Tagged.of("The/DET aides/NOUN ,/PUNCT led/VERB by/ADP Ann/PROPN Lee/PROPN ,/PUNCT told/VERB "
                + "the/DET group/NOUN that/SCONJ they/PRON would/AUX win/VERB ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("The aides");
        assertThat(q.content().text()).isEqualTo("they would win");
    }

    @Test
    void aPrepositionalAsideWithAParticipleInItIsNoClause() {
        Quote q = only(Tagged.of("Ann/PROPN Lee/PROPN ,/PUNCT in/ADP a/DET poll/NOUN showing/VERB gains/NOUN ,/PUNCT "
                + "said/VERB the/DET party/NOUN would/AUX win/VERB ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Ann Lee");
    }

    @Test
    void aPronounAfterANounStartsANewPhrase() {
        assertThat(only(Tagged.of("Ruiz/PROPN said/VERB in/ADP sports/NOUN it/PRON takes/VERB patience/NOUN ./PUNCT"))
                .content().text()).isEqualTo("it takes patience");
    }

    @Test
    void anAnswerAfterSayIsWhatWasSaid() {
        assertThat(only(Tagged.of("The/DET board/NOUN said/VERB no/INTJ to/ADP the/DET merger/NOUN ./PUNCT"))
                .content().text()).isEqualTo("no to the merger");
        assertThat(quotes(Tagged.of("Most/ADJ members/NOUN said/VERB yes/INTJ ,/PUNCT while/SCONJ few/ADJ "
                + "objected/VERB ./PUNCT"))).extracting(q -> q.content().text()).contains("yes");
    }

    @Test
    void theSpeakerFollowsSaidWhenTheWordsBeforeItThroughCommasSaidNothing() {
        Quote q = only(Tagged.of("In/ADP a/DET year/NOUN when/ADV prices/NOUN rose/VERB ,/PUNCT farmers/NOUN "
                + "have/VERB less/ADJ room/NOUN ,/PUNCT said/VERB Ann/PROPN Lee/PROPN ,/PUNCT an/DET economist/NOUN ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Ann Lee");
        assertThat(q.content().text()).startsWith("In a year").endsWith("less room");
    }

    @Test
    void anAttributionWithAnObjectInsideTheReportedClause() {
        Quote q = only(Tagged.of("The/DET answer/NOUN ,/PUNCT the/DET coach/NOUN told/VERB them/PRON ,/PUNCT was/AUX "
                + "patience/NOUN ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("the coach");
        assertThat(q.content().text()).startsWith("The answer").endsWith("patience");
    }

    @Test
    void whatFollowsTheCueOfAnOpeningQuotationIsNoMoreSpeech() {
        assertThat(quotes(Tagged.of("“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Lee/PROPN told/VERB the/DET "
                + "crowd/NOUN ,/PUNCT her/PRON voice/NOUN lost/VERB in/ADP the/DET noise/NOUN ./PUNCT")))
                .extracting(q -> q.content().text()).containsExactly("We will win ,");
        assertThat(quotes(Tagged.of("“/PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Lee/PROPN said/VERB ,/PUNCT "
                + "adding/VERB that/SCONJ the/DET polls/NOUN were/AUX wrong/ADJ ./PUNCT")))
                .extracting(q -> q.content().text()).containsExactly("We will win ,", "the polls were wrong");
        assertThat(quotes(Tagged.of("“/PUNCT We/PRON won/VERB ./PUNCT We/PRON will/AUX win/VERB ,/PUNCT ”/PUNCT Lee/PROPN "
                + "told/VERB the/DET crowd/NOUN ,/PUNCT her/PRON voice/NOUN lost/VERB in/ADP the/DET noise/NOUN ./PUNCT")))
                .extracting(q -> q.kind()).containsOnly(QuoteKind.DIRECT);
        assertThat(quotes(Tagged.of("On/ADP “/PUNCT Night/PROPN Desk/PROPN ,/PUNCT ”/PUNCT Lee/PROPN said/VERB the/DET "
                + "polls/NOUN were/AUX wrong/ADJ ./PUNCT")))
                .extracting(q -> q.content().text()).contains("the polls were wrong");
    }

    @Test
    void aNameBeforeAColonLabelsTheQuotationAfterIt() {
        Quote q = only(Tagged.of("Turnout/NOUN fell/VERB -/PUNCT Ann/PROPN Lee/PROPN :/PUNCT “/PUNCT Fewer/ADJ people/NOUN "
                + "voted/VERB this/DET time/NOUN ./PUNCT ”/PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("Ann Lee");
        assertThat(q.cue().text()).isEqualTo(":");
        Quote heading = only(Tagged.of("UPDATE/PROPN :/PUNCT “/PUNCT Fewer/ADJ people/NOUN voted/VERB this/DET time/NOUN "
                + "./PUNCT ”/PUNCT"));
        assertThat(heading.speaker()).isNull();
    }

    @Test
    void aProgressiveReportingVerbIsACue() {
        Quote q = only(Tagged.of("The/DET mayor/NOUN is/AUX criticizing/VERB the/DET new/ADJ budget/NOUN ./PUNCT"));
        assertThat(q.speakerMention().text()).isEqualTo("The mayor");
        assertThat(q.content().text()).isEqualTo("the new budget");
        assertThat(only(Tagged.of("The/DET senator/NOUN is/AUX now/ADV promising/VERB to/PART cut/VERB "
                + "every/DET tax/NOUN ./PUNCT")).content().text()).isEqualTo("to cut every tax");
        assertThat(quotes(Tagged.of("The/DET new/ADJ budget/NOUN is/AUX being/AUX criticized/VERB ./PUNCT"))).isEmpty();
    }

    @Test
    void whatWasExplainedRecalledOrExpressedIsWhatWasSaid() {
        assertThat(only(Tagged.of("The/DET coach/NOUN explained/VERB his/PRON choice/NOUN of/ADP players/NOUN ./PUNCT"))
                .content().text()).isEqualTo("his choice of players");
        assertThat(only(Tagged.of("She/PRON recalled/VERB her/PRON first/ADJ day/NOUN at/ADP the/DET mill/NOUN ./PUNCT"))
                .content().text()).isEqualTo("her first day at the mill");
        assertThat(only(Tagged.of("Some/DET farmers/NOUN expressed/VERB doubts/NOUN about/ADP the/DET dam/NOUN ./PUNCT"))
                .content().text()).isEqualTo("doubts about the dam");
    }

    @Test
    void pointOutAndPointToReportSpeechOnlyWithTheirParticle() {
        assertThat(only(Tagged.of("The/DET mayor/NOUN pointed/VERB out/ADP that/SCONJ the/DET bridge/NOUN was/AUX "
                + "closed/ADJ ./PUNCT")).content().text()).isEqualTo("the bridge was closed");
        assertThat(only(Tagged.of("She/PRON pointed/VERB to/ADP the/DET new/ADJ jobs/NOUN figures/NOUN ./PUNCT"))
                .content().text()).isEqualTo("the new jobs figures");
        assertThat(quotes(Tagged.of("The/DET guide/NOUN pointed/VERB the/DET way/NOUN and/CCONJ we/PRON "
                + "followed/VERB ./PUNCT"))).isEmpty();
    }

    @Test
    void anAmountSignStaysInTheObject() {
        assertThat(only(Tagged.of("The/DET city/NOUN announced/VERB a/DET 5/NUM %/SYM tax/NOUN on/ADP hotels/NOUN ./PUNCT"))
                .content().text()).isEqualTo("a 5 % tax on hotels");
        assertThat(only(Tagged.of("The/DET board/NOUN proposed/VERB a/DET $/SYM 2/NUM million/NUM fund/NOUN ./PUNCT"))
                .content().text()).isEqualTo("a $ 2 million fund");
    }

    @Test
    void aGerundPhraseIsAnObjectOfSpeech() {
        assertThat(only(Tagged.of("The/DET club/NOUN reported/VERB spending/VERB $/SYM 3/NUM million/NUM on/ADP ads/NOUN ./PUNCT"))
                .content().text()).isEqualTo("spending $ 3 million on ads");
        assertThat(only(Tagged.of("The/DET mayor/NOUN warned/VERB against/ADP closing/VERB the/DET port/NOUN ./PUNCT"))
                .content().text()).isEqualTo("closing the port");
        assertThat(quotes(Tagged.of("The/DET paper/NOUN reported/VERB ,/PUNCT quoting/VERB no/DET one/NOUN ./PUNCT")))
                .extracting(q -> q.content().text()).doesNotContain("quoting no one");
    }

    @Test
    void aPrepositionWithANumberIsAPhraseAfterTheCue() {
        Quote q = only(Tagged.of("The/DET band/NOUN split/VERB up/ADP after/ADP the/DET tour/NOUN ,/PUNCT the/DET "
                + "magazine/NOUN reported/VERB in/ADP 2009/NUM ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("The band split up after the tour");
        assertThat(q.speakerMention().text()).isEqualTo("the magazine");
    }

    @Test
    void reportedSpeechMayOpenWithAFrontedPhrase() {
        assertThat(only(Tagged.of("The/DET mayor/NOUN says/VERB despite/ADP losing/VERB twice/ADV ,/PUNCT she/PRON "
                + "will/AUX run/VERB again/ADV ./PUNCT")).content().text()).isEqualTo("despite losing twice , she will run again");
        assertThat(only(Tagged.of("The/DET coach/NOUN says/VERB ,/PUNCT win/VERB or/CCONJ lose/VERB ,/PUNCT he/PRON "
                + "is/AUX staying/VERB ./PUNCT")).content().text()).isEqualTo("win or lose , he is staying");
    }

    @Test
    void aNegatedInfinitiveAfterTheObjectIsWhatWasUrged() {
        Quote q = only(Tagged.of("The/DET doctors/NOUN urged/VERB parents/NOUN not/PART to/PART panic/VERB ./PUNCT"));
        assertThat(q.content().text()).isEqualTo("parents not to panic");
        assertThat(q.speakerMention().text()).isEqualTo("The doctors");
    }

    @Test
    void aQuotedFragmentInAClauseAfterACueGetsTheClauseWhateverItsTags() {
        Quote q = only(Tagged.of("Senator/PROPN Ann/PROPN Roe/PROPN says/VERB the/DET wave/NOUN that/PRON ’s/PUNCT "
                + "lifting/VERB outsiders/NOUN appeals/NOUN to/ADP the/DET “/PUNCT worst/ADJ instincts/NOUN ”/PUNCT "
                + "of/ADP voters/NOUN ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.content().text()).isEqualTo("the wave that ’s lifting outsiders appeals to the “ worst instincts ” of voters");
        assertThat(q.speakerMention().text()).isEqualTo("Senator Ann Roe");
        assertThat(q.cue().text()).isEqualTo("says");
    }

    @Test
    void theClauseAroundAFragmentStartsAfterThatAndStopsBeforeACoordinatedCue() {
        List<Quote> quotes = quotes(Tagged.of("Lee/PROPN said/VERB in/ADP an/DET interview/NOUN taped/VERB "
                + "earlier/ADV that/SCONJ voters/NOUN “/PUNCT want/VERB change/NOUN ”/PUNCT now/ADV and/CCONJ "
                + "said/VERB he/PRON would/AUX run/VERB again/ADV ./PUNCT"));
        assertThat(quotes).extracting(q -> q.kind(), q -> q.content().text()).containsExactly(
                tuple(QuoteKind.MIXED, "voters “ want change ” now"),
                tuple(QuoteKind.INDIRECT, "he would run again"));
    }

    @Test
    void aQuotationThatIsTheWholeComplementOrATitleStaysAsItWas() {
        assertThat(only(Tagged.of("Lee/PROPN said/VERB on/ADP Monday/PROPN “/PUNCT we/PRON will/AUX win/VERB "
                + "the/DET state/NOUN ./PUNCT ”/PUNCT")).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(only(Tagged.of("Lee/PROPN said/VERB :/PUNCT “/PUNCT We/PRON will/AUX win/VERB the/DET state/NOUN "
                + "./PUNCT ”/PUNCT")).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(only(Tagged.of("Lee/PROPN spoke/VERB to/ADP NBC/PROPN ’s/PART “/PUNCT Morning/PROPN Show/PROPN "
                + "”/PUNCT on/ADP Monday/PROPN ./PUNCT")).kind()).isEqualTo(QuoteKind.SCARE);
    }

    @Test
    void theClauseAroundAFragmentEndsBeforeAnAttributionOfItsOwn() {
        Quote q = quotes(Tagged.of("Fans/NOUN kept/VERB calling/VERB her/PRON a/DET “/PUNCT fraud/NOUN ,/PUNCT ”/PUNCT "
                + "she/PRON said/VERB later/ADV ./PUNCT")).get(0);
        assertThat(q.content().text()).doesNotContain("she said");
    }

    @Test
    void aFragmentEndingOnACommaBeforeItsAttributionEndsTheClauseThatOpensTheSentence() {
        Quote after = only(Tagged.of("The/DET plan/NOUN will/AUX “/PUNCT fall/VERB apart/ADV ,/PUNCT ”/PUNCT "
                + "Lee/PROPN said/VERB ./PUNCT"));
        assertThat(after.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(after.content().text()).isEqualTo("The plan will “ fall apart , ”");
        assertThat(after.speakerMention().text()).isEqualTo("Lee");
        Quote inverted = only(Tagged.of("Voters/NOUN are/AUX “/PUNCT very/ADV upset/ADJ ,/PUNCT ”/PUNCT said/VERB "
                + "a/DET pollster/NOUN ./PUNCT"));
        assertThat(inverted.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(inverted.speakerMention().text()).isEqualTo("a pollster");
        assertThat(only(Tagged.of("Speaking/VERB on/ADP the/DET set/NOUN of/ADP “/PUNCT This/DET Week/PROPN ,/PUNCT "
                + "”/PUNCT Lee/PROPN said/VERB ./PUNCT")).kind()).isNotEqualTo(QuoteKind.MIXED);
    }

    @Test
    void aCueWithNoSubjectOfItsOwnStillGivesTheFragmentItsClause() {
        Quote q = only(Tagged.of("Lee/PROPN on/ADP Monday/PROPN downplayed/VERB the/DET attack/NOUN —/PUNCT "
                + "something/PRON that/PRON upset/VERB many/ADJ —/PUNCT and/CCONJ said/VERB it/PRON was/AUX "
                + "“/PUNCT no/DET big/ADJ deal/NOUN ”/PUNCT for/ADP him/PRON ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.content().text()).isEqualTo("it was “ no big deal ” for him");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void aReportingVerbInTheProgressiveIsTheCueOfAFragment() {
        Quote q = only(Tagged.of("Ruiz/PROPN is/AUX praising/VERB the/DET mayor/NOUN as/SCONJ “/PUNCT a/DET "
                + "fighter/NOUN ”/PUNCT in/ADP every/DET speech/NOUN ./PUNCT"));
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.content().text()).isEqualTo("the mayor as “ a fighter ” in every speech");
        assertThat(q.speakerMention().text()).isEqualTo("Ruiz");
    }

    @Test
    void aFragmentInTheDescriptionOfASpeakerAfterTheCueIsNoReportedClause() {
        List<Quote> quotes = quotes(Tagged.of("“/PUNCT We/PRON won/VERB ,/PUNCT ”/PUNCT said/VERB Lee/PROPN ,/PUNCT "
                + "an/DET ally/NOUN of/ADP the/DET “/PUNCT old/ADJ guard/NOUN ./PUNCT ”/PUNCT"));
        assertThat(quotes).extracting(q -> q.kind()).doesNotContain(QuoteKind.MIXED);
    }

    @Test
    void aComplementOpeningOnPunctuationIsNoClauseAroundAFragment() {
        List<Quote> quotes = quotes(Tagged.of("Ruiz/PROPN said/VERB —/PUNCT “/PUNCT we/PRON will/AUX try/VERB ”/PUNCT "
                + "and/CCONJ left/VERB ./PUNCT"));
        assertThat(quotes).extracting(q -> q.kind()).doesNotContain(QuoteKind.MIXED);
    }
}
