package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.testing.EntityCountScore;
import io.newslens.testing.TestPipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores entity counts on twenty-one sets of Wikinews articles against gold counted by hand before the
 * tool was run: the share of gold entities whose merged count is exactly right
 * ({@link EntityCountScore}), one figure per set. The articles are read from {@code corpus/} in
 * the shared folder (system property {@code newslens.shared}); skipped when it is absent.
 *
 * <ul>
 *   <li>{@code src/test/resources/heldout}: six 2019–2020 articles. Held out when written; since
 *       then entity errors seen on it have been worked on, so it is no longer independent.
 *   <li>{@code src/test/resources/heldout-dev2}, {@code heldout-dev3}, {@code heldout-dev4},
 *       {@code heldout-dev5}, {@code heldout-dev6}, {@code heldout-dev7}, {@code heldout-dev8},
 *       {@code heldout-dev9}, {@code heldout-dev10}, {@code heldout-dev11}, {@code heldout-dev12},
 *       {@code heldout-dev13}, {@code heldout-dev14}, {@code heldout-dev15},
 *       {@code heldout-dev16}, {@code heldout-dev17}, {@code heldout-dev18}, {@code heldout-dev19}
 *       and {@code heldout-dev20}: eight articles each, sixteen in dev16 to dev20 (2005–2010 for
 *       dev2, dev6, dev12, dev16, dev17, dev20 and eleven of dev19, 2019–2020 for the others),
 *       held out until their first run, development sets since.
 *   <li>{@code src/test/resources/heldout-test}: eight 2005–2009 articles, the held-out set that
 *       nobody develops on. Do not tune rules on it (provenance and rules in its README).
 * </ul>
 *
 * <p>Why a floor below each figure: these are measurements, not targets to tune to. Each floor is
 * the figure measured when its set was added minus 0.05, a regression guard only.
 */
class HeldOutEntityAccuracyTest {
    /**
     * The accuracy on {@code heldout/} after branches entfix and ent4 were developed on its misses
     * (37 of 48 before, with main code as of commit 40c978f; 45 of 48 after entfix): since then it
     * is a development set.
     */
    static final double MEASURED = 46.0 / 48; // 0.958; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-test/}: 21 of 34 on its first run (main code as of commit
     * f2deeb9), 23 after entfix, 24 after ent4, 25 after ent5, 27 after ent6, 28 after ent8a and
     * ent8b and still 28 after the lead's seventh-session rules (each measured once, at the end), 29
     * after the ninth session's (its misses not looked at).
     */
    static final double MEASURED_TEST = 29.0 / 34; // 0.853; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev2/}: 25 of 36 on its first run (main code as of commit
     * 40b5dde), 35 of 36 after branch ent4 was developed on its misses.
     */
    static final double MEASURED_DEV2 = 35.0 / 36; // 0.972; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev3/}: 29 of 40 on its first run (main code as of commit
     * 41d8032, the gold committed before), a held-out figure for modern news; 37 of 40 after
     * branch ent5 was developed on its misses.
     */
    static final double MEASURED_DEV3 = 37.0 / 40; // 0.925; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev4/}: 32 of 45 on its first run (main code as of commit
     * 87d2519, the gold committed before), a held-out figure for modern news; 42 of 45 after
     * branch ent6 was developed on its misses, 45 of 45 after branch ent7 took its leftovers.
     */
    static final double MEASURED_DEV4 = 45.0 / 45; // 1.000; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev5/}: 45 of 58 on its first run (main code as of commit
     * dd10222, the gold committed before), a held-out figure for modern news; 54 of 58 after
     * branch ent7 was developed on its misses.
     */
    static final double MEASURED_DEV5 = 54.0 / 58; // 0.931; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev6/}: 32 of 48 on its first run (main code as of commit
     * f79f552, the gold committed before), a held-out figure for independent news; 40 of 48 after
     * branch ent8a was developed on its misses, 41 of 48 with ent8b merged, 43 of 48 after the
     * lead's eighth-session rules (New York City, Washington D.C.).
     */
    static final double MEASURED_DEV6 = 43.0 / 48; // 0.896; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev7/}: 24 of 39 on its first run (main code as of commit
     * f79f552, the gold committed before), a held-out figure for modern news; 34 of 39 after
     * branch ent8b was developed on its misses, 35 of 39 after the lead's seventh-session rules, 34
     * after the eighth's ("the Imus family" no longer counts for Don Imus, which had hidden that
     * "Imus in the Morning" does).
     */
    static final double MEASURED_DEV7 = 34.0 / 39; // 0.897; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev10/}: 40 of 59 on its first run (main code as of commit
     * de92f9b, the gold committed before), a held-out figure for modern news; 52 of 59 after the
     * lead's rules from its misses.
     */
    static final double MEASURED_DEV10 = 52.0 / 59; // 0.881; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev11/}: 31 of 44 on its first run (main code as of commit
     * bf0b8f1, after the rules from heldout-dev10's misses; the gold committed before), a held-out
     * figure for modern news; 34 of 44 after the lead's rules from its misses, 35 after the
     * eighth session's ("Mayor of New York City").
     */
    static final double MEASURED_DEV11 = 35.0 / 44; // 0.795; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev12/}: 27 of 34 on its first run (main code as of commit
     * 26c6750, after the rules from heldout-dev10's and heldout-dev11's misses; the gold committed
     * before), a held-out figure for 2005–2010 news; 29 of 34 after two rules from its misses, 30
     * after the eighth session's first rule (Zogby International).
     */
    static final double MEASURED_DEV12 = 30.0 / 34; // 0.882; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev8/}: 33 of 41 on its first run (main code as of commit
     * 73f6e21, after the rules from heldout-dev12's misses; the gold committed before), a held-out
     * figure for modern news; 38 of 41 after the lead's eighth-session rules from its misses.
     */
    static final double MEASURED_DEV8 = 38.0 / 41; // 0.927; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev9/}: 33 of 45 on its first run (main code as of commit
     * 0375018, after the rules from heldout-dev8's misses; the gold committed before), a held-out
     * figure for modern news; 40 of 45 after the lead's rules from its misses and dev13's.
     */
    static final double MEASURED_DEV9 = 40.0 / 45; // 0.889; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev13/}: 38 of 52 on its first run (main code as of commit
     * 9883ae0, after the rules from heldout-dev9's misses; the gold committed before), a held-out
     * figure for modern news; 42 of 52 after the lead's rules from its misses.
     */
    static final double MEASURED_DEV13 = 42.0 / 52; // 0.808; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev14/}: 47 of 55 on its first run (main code as of commit
     * 512b5c3, after the rules from heldout-dev13's misses; the gold committed before), a held-out
     * figure for modern news and the first fresh first run at 0.85 or more; 49 of 55 after the
     * lead's rules from its misses.
     */
    static final double MEASURED_DEV14 = 49.0 / 55; // 0.891; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev15/}: 31 of 41 on its first run (main code as of commit
     * c099cc6, after the rules from heldout-dev14's misses; the gold committed before), a held-out
     * figure for modern news; 33 of 41 after the lead's two rules from its misses, 34 after the rules
     * of the ninth session (a chamber's officer's title).
     */
    static final double MEASURED_DEV15 = 34.0 / 41; // 0.829; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev16/}, sixteen articles: 61 of 85 on its first run (main code
     * as of commit bce29ec, after the rules from heldout-dev15's misses; the gold committed before),
     * a held-out figure for news of 2005–2010; 81 of 85 after the lead's rules from its misses and
     * those of dev17 to dev19.
     */
    static final double MEASURED_DEV16 = 81.0 / 85; // 0.953; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev17/}, sixteen articles: 52 of 67 on its first run (main code
     * as of commit cd91100, after the rules from heldout-dev16's misses; the gold committed before),
     * a held-out figure for news of 2005–2010; 59 of 67 after the lead's rules from its misses and
     * those of dev18 and dev19.
     */
    static final double MEASURED_DEV17 = 59.0 / 67; // 0.881; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev18/}, sixteen 2019 articles: 98 of 119 on its first run (main
     * code as of commit 3c8e703, after the rules from heldout-dev17's misses; the gold committed
     * before), a held-out figure for modern news; 103 of 119 after the lead's rules from its misses
     * and dev19's.
     */
    static final double MEASURED_DEV18 = 103.0 / 119; // 0.866; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev19/}, sixteen articles (five of 2019–2020): 94 of 111 on its
     * first run (main code as of commit 2c03cac, after the rules from heldout-dev18's misses; the gold
     * committed before), a held-out figure; 96 of 111 after the lead's rules from its misses.
     */
    static final double MEASURED_DEV19 = 96.0 / 111; // 0.865; the floor 0.05 below is a regression guard, not a goal
    /**
     * The accuracy on {@code heldout-dev20/}, sixteen articles of 2005–2010: 76 of 93 on its first run
     * (main code as of commit 04ff86b, after the rules from heldout-dev19's misses; the gold committed
     * before), a held-out figure; 79 of 93 after the lead's rules from its misses.
     */
    static final double MEASURED_DEV20 = 79.0 / 93; // 0.849; the floor 0.05 below is a regression guard, not a goal
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void heldOutExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout", 6, "held-out", MEASURED);
    }

    @Test
    void heldOutTestExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-test", 8, "held-out test", MEASURED_TEST);
    }

    @Test
    void heldOutDev2ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev2", 8, "held-out dev2", MEASURED_DEV2);
    }

    @Test
    void heldOutDev3ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev3", 8, "held-out dev3", MEASURED_DEV3);
    }

    @Test
    void heldOutDev4ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev4", 8, "held-out dev4", MEASURED_DEV4);
    }

    @Test
    void heldOutDev5ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev5", 8, "held-out dev5", MEASURED_DEV5);
    }

    @Test
    void heldOutDev6ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev6", 8, "held-out dev6", MEASURED_DEV6);
    }

    @Test
    void heldOutDev7ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev7", 8, "held-out dev7", MEASURED_DEV7);
    }

    @Test
    void heldOutDev8ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev8", 8, "held-out dev8", MEASURED_DEV8);
    }

    @Test
    void heldOutDev9ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev9", 8, "held-out dev9", MEASURED_DEV9);
    }

    @Test
    void heldOutDev13ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev13", 8, "held-out dev13", MEASURED_DEV13);
    }

    @Test
    void heldOutDev14ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev14", 8, "held-out dev14", MEASURED_DEV14);
    }

    @Test
    void heldOutDev15ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev15", 8, "held-out dev15", MEASURED_DEV15);
    }

    @Test
    void heldOutDev16ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev16", 16, "held-out dev16", MEASURED_DEV16);
    }

    @Test
    void heldOutDev17ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev17", 16, "held-out dev17", MEASURED_DEV17);
    }

    @Test
    void heldOutDev18ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev18", 16, "held-out dev18", MEASURED_DEV18);
    }

    @Test
    void heldOutDev19ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev19", 16, "held-out dev19", MEASURED_DEV19);
    }

    @Test
    void heldOutDev20ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev20", 16, "held-out dev20", MEASURED_DEV20);
    }

    @Test
    void heldOutDev10ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev10", 8, "held-out dev10", MEASURED_DEV10);
    }

    @Test
    void heldOutDev11ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev11", 8, "held-out dev11", MEASURED_DEV11);
    }

    @Test
    void heldOutDev12ExactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        assertShareAtLeastFloor("heldout-dev12", 8, "held-out dev12", MEASURED_DEV12);
    }

    /** Scores the gold of {@code folder} and checks it is no more than 0.05 below {@code measured}. */
    private static void assertShareAtLeastFloor(String folder, int documents, String label, double measured)
            throws IOException {
        EntityCountScore score = score(Path.of("src/test/resources", folder), documents);
        score.print(label);
        assertThat(score.accuracy()).as("%s exact-count share; misses: %s", label, score.misses())
                .isGreaterThanOrEqualTo(measured - 0.05);
    }

    /** Scores every {@code *.gold.json} in {@code goldDir}; skips the test without the shared corpus. */
    private static EntityCountScore score(Path goldDir, int documents) throws IOException {
        String shared = System.getProperty("newslens.shared");
        assumeTrue(shared != null, "system property newslens.shared not set");
        Path corpus = Path.of(shared, "corpus");
        assumeTrue(Files.isDirectory(corpus), corpus + " not present");
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).hasSize(documents);
        EntityCountScore score = new EntityCountScore();
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String document = gold.get("document").asText();
            Path article = corpus.resolve(document);
            assumeTrue(Files.isRegularFile(article), article + " not present");
            String text = Files.readString(article, StandardCharsets.UTF_8);
            score.add(document, TestPipelines.entities(text).entities(), gold);
        }
        return score;
    }
}
