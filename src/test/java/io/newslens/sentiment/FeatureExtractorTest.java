package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private static final SentimentLexicon LEXICON = SentimentLexicon.of(Map.of("condemned", -0.6, "praised", 0.6));

    @Test
    void distanceWeightHalvesAtFiveTokens() {
        assertThat(FeatureExtractor.weight(1)).isEqualTo(1.0);
        assertThat(FeatureExtractor.weight(5)).isEqualTo(0.5);
        assertThat(FeatureExtractor.weight(9)).isLessThan(FeatureExtractor.weight(5));
    }

    @Test
    void distanceBins() {
        assertThat(new int[] {FeatureExtractor.bin(1), FeatureExtractor.bin(2), FeatureExtractor.bin(3),
            FeatureExtractor.bin(6), FeatureExtractor.bin(11), FeatureExtractor.bin(400)})
                .containsExactly(0, 0, 1, 2, 3, 3);
    }

    @Test
    void nearSentimentWordWeighsMoreThanAFarOne() {
        String near = "Washington condemned Iran yesterday in a long statement today.";
        String far = "Washington condemned a statement by officials in the capital about Iran.";
        assertThat(lexiconWeight(far, "Iran")).isLessThan(lexiconWeight(near, "Iran"));
    }

    @Test
    void roleFeaturesTellObjectFromSubject() {
        String s = "Washington condemned Iran.";
        assertThat(names(s, "Iran", EnumSet.of(FeatureGroup.ROLE))).contains("r:obj=condemned");
        assertThat(names(s, "Washington", EnumSet.of(FeatureGroup.ROLE))).contains("r:subj=condemned");
        assertThat(names("Iran was condemned by Washington.", "Iran", EnumSet.of(FeatureGroup.ROLE)))
                .contains("r:patient=condemned");
    }

    @Test
    void quoteFeatureMarksAQuotedTarget() {
        String s = "He said “Iran is lying” today.";
        assertThat(names(s, "Iran", EnumSet.of(FeatureGroup.QUOTES))).contains("q:target");
        assertThat(names(s, "He", EnumSet.of(FeatureGroup.QUOTES))).doesNotContain("q:target");
    }

    @Test
    void bagOfWordsMasksTheTarget() {
        Set<String> names = names("Yesterday Washington condemned Iran.", "Iran",
                EnumSet.of(FeatureGroup.BAG_OF_WORDS));
        assertThat(names).contains("b=condemned_<t>", "b=<e>_condemned").doesNotContain("u=iran");
    }

    @Test
    void clauseFeaturesStopAtAContrastMarker() {
        String s = "Washington praised Iran, but condemned Russia.";
        Set<FeatureGroup> clause = EnumSet.of(FeatureGroup.CLAUSE);
        assertThat(names(s, "Russia", clause)).contains("cl:after=but", "cl:lxL=condemn")
                .doesNotContain("cl:lxL=prais", "cl:next:neg");
        assertThat(names(s, "Iran", clause)).contains("cl:lxL=prais", "cl:next:neg")
                .doesNotContain("cl:after=but", "cl:lxL=condemn");
    }

    @Test
    void layoutBinsLengthAndTargetPosition() {
        Set<FeatureGroup> layout = EnumSet.of(FeatureGroup.LAYOUT);
        assertThat(names("Washington condemned Iran.", "Washington", layout)).contains("x:len=0", "x:pos=start");
        assertThat(names("Washington condemned Iran.", "Iran", layout)).contains("x:pos=end")
                .doesNotContain("x:pos=start");
    }

    @Test
    void extractionIsDeterministic() {
        FeatureExtractor e = new FeatureExtractor(LEXICON, EnumSet.allOf(FeatureGroup.class), 16);
        Features a = e.extract("Washington condemned Iran.", 21, 25);
        Features b = e.extract("Washington condemned Iran.", 21, 25);
        assertThat(a.size()).isEqualTo(b.size());
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.index(k)).isEqualTo(b.index(k));
            assertThat(a.value(k)).isEqualTo(b.value(k));
        }
    }

    private static double lexiconWeight(String s, String target) {
        FeatureExtractor e = new FeatureExtractor(LEXICON, EnumSet.of(FeatureGroup.LEXICON), 20);
        int start = s.indexOf(target);
        Features f = e.extract(s, start, start + target.length());
        int bucket = bucketOf("lex:w:neg");
        double sum = 0;
        for (int k = 0; k < f.size(); k++) {
            sum += f.index(k) == bucket ? f.value(k) : 0;
        }
        return sum;
    }

    private static int bucketOf(String name) {
        Features probe = new Features(20);
        probe.add(name);
        return probe.index(0);
    }

    /** The names among a candidate list whose buckets the extractor filled. */
    private static Set<String> names(String s, String target, Set<FeatureGroup> groups) {
        FeatureExtractor e = new FeatureExtractor(LEXICON, groups, 20);
        int start = s.indexOf(target);
        Features f = e.extract(s, start, start + target.length());
        Set<Integer> buckets = new java.util.HashSet<>();
        for (int k = 0; k < f.size(); k++) {
            buckets.add(f.index(k));
        }
        Set<String> candidates = Set.of("r:obj=condemned", "r:subj=condemned", "r:patient=condemned", "q:target",
                "b=condemned_<t>", "b=<e>_condemned", "u=iran", "cl:after=but", "cl:lxL=condemn", "cl:lxL=prais",
                "cl:next:neg", "x:len=0", "x:pos=start", "x:pos=end");
        Set<String> found = new java.util.HashSet<>();
        for (String c : candidates) {
            if (buckets.contains(bucketOf(c))) {
                found.add(c);
            }
        }
        return found;
    }
}
