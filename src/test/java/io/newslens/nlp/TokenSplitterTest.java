package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import io.newslens.io.Document;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenSplitterTest {
    private static NlpAnnotator nlp;

    @BeforeAll
    static void loadModels() {
        nlp = new NlpAnnotator();
    }

    private static List<String> tokens(String text) {
        Analysis analysis = new Analysis(new Document("t", text));
        nlp.annotate(analysis);
        for (Token t : analysis.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return analysis.tokens().stream().map(Token::text).toList();
    }

    private static List<String> split(String text, Span... spans) {
        return TokenSplitter.split(text, spans).stream().map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void abbreviatedTitleKeepsItsFullStopBeforeAName() {
        assertThat(tokens("Warrants name Sgt. Shawn Gibson and Maj. Gen. Bill Caldwell."))
                .containsSubsequence("Sgt.", "Shawn", "Gibson", "and", "Maj.", "Gen.", "Bill", "Caldwell", ".");
    }

    @Test
    void hyphenatedGivenNameStaysOneToken() {
        assertThat(tokens("Kim Jong-il met Ban Ki-moon. Voters turned against Chan-o-cha."))
                .containsSubsequence("Kim", "Jong-il", "met", "Ban", "Ki-moon", "against", "Chan-o-cha", ".");
        assertThat(tokens("The Saudi-led coalition and Assad-run prisons."))
                .containsSubsequence("Saudi", "-", "led", "Assad", "-", "run");
    }

    @Test
    void curlyPossessiveIsSplitOff() {
        assertThat(tokens("Iran’s leaders met on Monday.")).containsSubsequence("Iran", "’s", "leaders");
        assertThat(split("Iran’s", new Span(0, 6))).containsExactly("Iran", "’s");
    }

    @Test
    void straightPossessiveIsSplitOff() {
        assertThat(split("Reyes's", new Span(0, 7))).containsExactly("Reyes", "'s");
    }

    @Test
    void shortTokenEndingInApostropheSIsNotSplit() {
        assertThat(split("'s", new Span(0, 2))).containsExactly("'s");
    }

    @Test
    void usLedKeepsUsWhole() {
        List<String> tokens = tokens("The U.S.-led coalition left.");
        assertThat(tokens).contains("U.S.").containsSubsequence("U.S.", "-", "led");
        assertThat(split("U.S.-led", new Span(0, 8))).containsExactly("U.S.", "-", "led");
    }

    @Test
    void capitalisedPrefixBeforeLowerCaseWordIsSplit() {
        assertThat(tokens("The IRGC-backed groups attacked.")).containsSubsequence("IRGC", "-", "backed");
        assertThat(split("IRGC-backed", new Span(0, 11))).containsExactly("IRGC", "-", "backed");
    }

    @Test
    void trailingHyphenAfterCapitalisedPrefixIsSplit() {
        assertThat(split("Iranian-", new Span(0, 8))).containsExactly("Iranian", "-");
    }

    @Test
    void hyphenBetweenCapitalisedWordsStays() {
        assertThat(split("Al-Sayed", new Span(0, 8))).containsExactly("Al-Sayed");
        assertThat(split("well-known", new Span(0, 10))).containsExactly("well-known");
    }

    @Test
    void arabicParticleIsJoinedToTheSurname() {
        assertThat(tokens("Prime Minister Hayder al-Abadi spoke.")).contains("al-Abadi").doesNotContain("al", "Abadi");
        assertThat(split("al-Abadi", new Span(0, 2), new Span(2, 3), new Span(3, 8))).containsExactly("al-Abadi");
    }

    @Test
    void particleBeforeLowerCaseWordIsNotJoined() {
        assertThat(split("al-qaida", new Span(0, 2), new Span(2, 3), new Span(3, 8))).containsExactly("al", "-", "qaida");
    }

    @Test
    void bracketGluedToAWordIsSplitOff() {
        assertThat(tokens("The Department of Justice (DOJ) ruled.")).containsSubsequence("(", "DOJ", ")", "ruled");
        assertThat(split("ECJ)", new Span(0, 4))).containsExactly("ECJ", ")");
        assertThat(split("(ECJ", new Span(0, 4))).containsExactly("(", "ECJ");
        assertThat(split("(s)", new Span(0, 3))).containsExactly("(s)");
    }

    @Test
    void dashBetweenTwoWordsIsSplitOff() {
        assertThat(split("Libya–Turkey", new Span(0, 12))).containsExactly("Libya", "–", "Turkey");
        assertThat(split("Barclays—Gary", new Span(0, 13))).containsExactly("Barclays", "—", "Gary");
        assertThat(split("–", new Span(0, 1))).containsExactly("–");
    }
}
