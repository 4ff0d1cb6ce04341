package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingPeriodsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.shared();

    @Test
    void fullStopLeftOnAKnownPlaceIsDropped() {
        List<Mention> out = TrailingPeriods.trim(List.of(new Mention("Egypt.", EntityType.MISC, 10, 16)), GAZETTEER);
        assertThat(out).containsExactly(new Mention("Egypt", EntityType.GPE, 10, 15));
    }

    @Test
    void fullStopLeftOnANameMentionedWithoutItIsDropped() {
        List<Mention> out = TrailingPeriods.trim(List.of(new Mention("Schaper", EntityType.PERSON, 0, 7),
                new Mention("Schaper.", EntityType.MISC, 20, 28)), GAZETTEER);
        assertThat(out).containsExactly(new Mention("Schaper", EntityType.PERSON, 0, 7),
                new Mention("Schaper", EntityType.PERSON, 20, 27));
    }

    @Test
    void abbreviationsKeepTheirFullStop() {
        List<Mention> in = List.of(new Mention("U.S.", EntityType.GPE, 0, 4), new Mention("Calif.", EntityType.MISC, 10, 16),
                new Mention("Acme Corp.", EntityType.ORG, 20, 30));
        assertThat(TrailingPeriods.trim(in, GAZETTEER)).isEqualTo(in);
    }
}
