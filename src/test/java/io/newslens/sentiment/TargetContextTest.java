package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetContextTest {
    private static final SentimentLexicon LEXICON = SentimentLexicon.of(Map.of("good", 0.5, "bad", -0.5));

    @Test
    void findsTargetTokensFromCharOffsets() {
        String s = "Yesterday Mike Pompeo spoke.";
        TargetContext c = context(s, "Mike Pompeo", true);
        assertThat(c.first).isEqualTo(1);
        assertThat(c.last).isEqualTo(2);
        assertThat(c.distance(0)).isEqualTo(1);
        assertThat(c.distance(1)).isZero();
        assertThat(c.distance(3)).isEqualTo(1);
    }

    @Test
    void targetInsideATokenCoversThatToken() {
        TargetContext c = context("Iran’s army moved.", "Iran", true);
        assertThat(c.first).isZero();
        assertThat(c.last).isZero();
    }

    @Test
    void negationFlipsAndDampsValenceWithinScope() {
        TargetContext c = context("Smith is not a good leader.", "Smith", true);
        int good = 4;
        assertThat(c.negated[good]).isTrue();
        assertThat(c.valence[good]).isCloseTo(-0.74 * 0.5, within(1e-9));
    }

    @Test
    void negationCanBeSwitchedOff() {
        TargetContext c = context("Smith is not a good leader.", "Smith", false);
        assertThat(c.valence[4]).isEqualTo(0.5);
    }

    @Test
    void negationScopeEndsAtPunctuationAndAfterThreeWords() {
        TargetContext comma = context("It isn't over, good news for Smith.", "Smith", true);
        assertThat(comma.valence[4]).as("'good' after the comma").isEqualTo(0.5);
        TargetContext far = context("Never one two three good for Smith.", "Smith", true);
        assertThat(far.valence[4]).as("'good' four words after 'never'").isEqualTo(0.5);
    }

    @Test
    void intensifierBoostsTheNextWord() {
        TargetContext c = context("A very bad day for Smith.", "Smith", true);
        assertThat(c.valence[2]).isCloseTo(-0.75, within(1e-9));
    }

    @Test
    void marksQuotedTokens() {
        TargetContext c = context("Smith called it “bad news” today.", "Smith", true);
        assertThat(c.quoted).containsExactly(false, false, false, false, true, true, false, false, false);
        assertThat(c.targetQuoted()).isFalse();
    }

    @Test
    void findsOtherMentionsButNotTheTarget() {
        TargetContext c = context("Officials at the White House said Iran and he lied.", "Iran", true);
        assertThat(c.others).extracting(m -> c.tokens.get(m[0]).text() + "/" + (m[1] - m[0]))
                .as("a lone capital opening the sentence is not a mention")
                .containsExactly("White/2", "he/1");
        assertThat(c.nearerToOther(9)).as("'lied' is nearer to 'he'").isTrue();
        assertThat(c.nearerToOther(7)).as("'and' is as near to Iran").isFalse();
    }

    private static TargetContext context(String s, String target, boolean negation) {
        int start = s.indexOf(target);
        return new TargetContext(s, start, start + target.length(), LEXICON, negation);
    }
}
