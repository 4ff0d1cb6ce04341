package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import io.newslens.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectFinderTest {
    private static final ReportingVerbs VERBS = ReportingVerbs.load();

    /** The subject words of the last token tagged with the word {@code verb}. */
    private static String subject(String tagged, String verb) {
        Analysis a = Tagged.of(tagged).analysis();
        List<Token> tokens = a.tokens();
        int v = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(verb)) {
                v = i;
            }
        }
        TokenRange r = new SubjectFinder(tokens, i -> VERBS.isReportingVerb(tokens.get(i))).subjectOf(v, 0);
        return r == null ? null : a.text().substring(tokens.get(r.first()).start(), tokens.get(r.end() - 1).end());
    }

    @Test
    void nounPhraseRightBeforeTheVerb() {
        assertThat(subject("Secretary/PROPN of/ADP State/PROPN Mike/PROPN Pompeo/PROPN said/VERB", "said"))
                .isEqualTo("Secretary of State Mike Pompeo");
    }

    @Test
    void adverbsAndAuxiliariesAreSkipped() {
        assertThat(subject("he/PRON has/AUX later/ADV said/VERB", "said")).isEqualTo("he");
    }

    @Test
    void aQuantifierAfterTheSubjectOrItsAuxiliaryIsSkipped() {
        assertThat(subject("Lee/PROPN and/CCONJ Ruiz/PROPN have/AUX both/PRON argued/VERB", "argued"))
                .isEqualTo("Lee and Ruiz");
        assertThat(subject("the/DET rivals/NOUN all/DET said/VERB", "said")).isEqualTo("the rivals");
        assertThat(subject("Both/PRON said/VERB", "said")).isEqualTo("Both");
    }

    @Test
    void appositionIsSkipped() {
        assertThat(subject("Pompeo/PROPN ,/PUNCT the/DET secretary/NOUN of/ADP state/NOUN ,/PUNCT said/VERB", "said"))
                .isEqualTo("Pompeo");
    }

    @Test
    void longAppositionWithARelativeClauseIsSkipped() {
        assertThat(subject("Tom/PROPN Fitton/PROPN ,/PUNCT the/DET president/NOUN of/ADP Judicial/ADJ Watch/PROPN ,/PUNCT "
                + "a/DET conservative/ADJ group/NOUN that/PRON has/AUX sued/VERB to/PART obtain/VERB records/NOUN from/ADP "
                + "her/PRON time/NOUN at/ADP the/DET State/PROPN Department/PROPN ,/PUNCT said/VERB", "said"))
                .isEqualTo("Tom Fitton");
    }

    @Test
    void participleParentheticalIsSkipped() {
        assertThat(subject("Judge/PROPN David/PROPN McKeague/PROPN ,/PUNCT writing/VERB for/ADP the/DET majority/NOUN ,/PUNCT "
                + "said/VERB", "said")).isEqualTo("Judge David McKeague");
    }

    @Test
    void prepositionalParentheticalIsSkipped() {
        assertThat(subject("Mr./PROPN Trump/PROPN ,/PUNCT in/ADP a/DET brief/ADJ interview/NOUN on/ADP Saturday/PROPN ,/PUNCT "
                + "said/VERB", "said")).isEqualTo("Mr. Trump");
    }

    @Test
    void prepositionalPhraseIsSkipped() {
        assertThat(subject("Trump/PROPN on/ADP Monday/PROPN said/VERB", "said")).isEqualTo("Trump");
    }

    @Test
    void coordinatedVerbsShareTheSubject() {
        assertThat(subject("he/PRON walked/VERB back/ADV and/CCONJ said/VERB", "said")).isEqualTo("he");
    }

    @Test
    void secondReportingVerbSharesTheFirstOnesSubject() {
        assertThat(subject("He/PRON said/VERB that/SCONJ Clinton/PROPN is/AUX weak/ADJ and/CCONJ said/VERB", "said"))
                .isEqualTo("He");
    }

    @Test
    void earlierCueWithoutSubjectFallsBackToTheCoordinatedVerb() {
        assertThat(subject("When/ADV asked/VERB ,/PUNCT Ms./PROPN Sherry/PROPN smiled/VERB and/CCONJ said/VERB", "said"))
                .isEqualTo("Ms. Sherry");
    }

    @Test
    void speechContinuedByAnInfinitiveOrAGerundTakesTheMainSubject() {
        assertThat(subject("Husted/PROPN continued/VERB by/ADP saying/VERB", "saying")).isEqualTo("Husted");
        assertThat(subject("The/DET email/NOUN went/VERB on/ADP to/PART say/VERB", "say")).isEqualTo("The email");
    }

    @Test
    void coordinatedNounsAreOneSubject() {
        assertThat(subject("Tehran/PROPN and/CCONJ its/PRON militias/NOUN claimed/VERB", "claimed"))
                .isEqualTo("Tehran and its militias");
    }

    @Test
    void participleAfterACommaTakesTheMainSubject() {
        assertThat(subject("Democrats/PROPN sued/VERB ,/PUNCT saying/VERB", "saying")).isEqualTo("Democrats");
    }

    @Test
    void participleSkipsTheSubjectOfAnEmbeddedClause() {
        assertThat(subject("Reyes/PROPN admitted/VERB that/SCONJ the/DET plan/NOUN was/AUX late/ADJ ,/PUNCT noting/VERB",
                "noting")).isEqualTo("Reyes");
        assertThat(subject("Reyes/PROPN wrote/VERB the/DET guards/NOUN knew/VERB it/PRON ,/PUNCT saying/VERB", "saying"))
                .isEqualTo("Reyes");
        assertThat(subject("Reyes/PROPN apologized/VERB after/ADP they/PRON came/VERB out/ADP ,/PUNCT saying/VERB",
                "saying")).isEqualTo("Reyes");
        assertThat(subject("Okafor/PROPN spoke/VERB when/ADV protesters/NOUN interrupted/VERB ,/PUNCT shouting/VERB",
                "shouting")).isEqualTo("protesters");
    }

    @Test
    void participleAfterAnObjectTakesTheVerbsSubject() {
        assertThat(subject("His/PRON office/NOUN put/VERB out/ADP a/DET statement/NOUN saying/VERB", "saying"))
                .isEqualTo("His office");
        assertThat(subject("Reyes/PROPN was/AUX heard/VERB on/ADP a/DET microphone/NOUN telling/VERB", "telling"))
                .isEqualTo("Reyes");
        assertThat(subject("The/DET vote/NOUN left/VERB most/ADJ voters/NOUN saying/VERB", "saying"))
                .isEqualTo("most voters");
        assertThat(subject("The/DET talk/NOUN ended/VERB with/ADP Maddow/PROPN asking/VERB", "asking")).isEqualTo("Maddow");
    }

    @Test
    void partyTagRightBeforeTheVerbIsSkipped() {
        assertThat(subject("Sen./PROPN Ana/PROPN Reyes/PROPN (/PUNCT D-Ore/PROPN ./PUNCT )/PUNCT said/VERB", "said"))
                .isEqualTo("Sen. Ana Reyes");
        assertThat(subject("Ana/PROPN Reyes/PROPN (/PUNCT R/PROPN )/PUNCT on/ADP Sunday/PROPN criticized/VERB",
                "criticized")).isEqualTo("Ana Reyes");
    }

    @Test
    void noSubjectGivesNull() {
        assertThat(subject("said/VERB", "said")).isNull();
        assertThat(subject("and/CCONJ ,/PUNCT said/VERB", "said")).isNull();
    }
}
