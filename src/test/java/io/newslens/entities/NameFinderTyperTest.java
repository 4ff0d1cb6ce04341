package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The surname check that keeps a guessed person a person whatever the model says. */
class NameFinderTyperTest {
    @Test
    void lastWordUsedAloneMakesASurname() {
        String text = "Rebels freed Tamsin Vale on Monday. Vale said she was well.";
        assertThat(NameFinderTyper.isUsedAsSurname(text, "Tamsin Vale")).isTrue();
    }

    @Test
    void nameEndingALongerNameIsASurname() {
        String text = "Gloria Del Mar spoke first. Del Mar then left.";
        assertThat(NameFinderTyper.isUsedAsSurname(text, "Del Mar")).isTrue();
    }

    @Test
    void lastWordOnlyInsideTheNameIsNoSurname() {
        String text = "Trade in Port Veldar rose. Port Veldar is a harbour town; its portside market grew.";
        assertThat(NameFinderTyper.isUsedAsSurname(text, "Port Veldar")).isFalse();
    }

    @Test
    void oneWordIsNeverChecked() {
        assertThat(NameFinderTyper.isUsedAsSurname("Vale said so. Vale left.", "Vale")).isFalse();
    }
}
