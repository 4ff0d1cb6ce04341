package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    @Test
    void oneInnerVowelPerWordMakesAVariant() {
        assertThat(SpellingVariants.areVariants("Osama bin Laden", "Usama bin Ladin")).isTrue();
        assertThat(SpellingVariants.areVariants("Al-Qaeda", "al-Qa’ida")).isTrue();
        assertThat(SpellingVariants.areVariants("Magnitogorsk", "Magnitigorsk")).isTrue();
    }

    @Test
    void lastLettersConsonantsShortWordsAndEqualNamesAreNot() {
        assertThat(SpellingVariants.areVariants("Maria", "Mario")).isFalse();
        assertThat(SpellingVariants.areVariants("Gambia", "Zambia")).isFalse();
        assertThat(SpellingVariants.areVariants("Iran", "Iron")).isFalse();
        assertThat(SpellingVariants.areVariants("Magnitogorsk", "Magnatigorsk")).isFalse();
        assertThat(SpellingVariants.areVariants("Laden", "laden")).isFalse();
        assertThat(SpellingVariants.areVariants("Hamza bin Laden", "Hamza Laden")).isFalse();
    }

    @Test
    void oneInnerVowelMoreIsAVariant() {
        assertThat(SpellingVariants.areVariants("Julia Pantibratyuk", "Julia Pantbratyuk")).isTrue();
        assertThat(SpellingVariants.areVariants("Lousiana", "Louisiana")).isTrue();
        assertThat(SpellingVariants.areVariants("Marta", "Marata")).isTrue();
    }

    @Test
    void aVowelMoreAtAnEndOrInAShortWordOrAConsonantMoreIsNot() {
        assertThat(SpellingVariants.areVariants("Renat", "Renata")).isFalse();
        assertThat(SpellingVariants.areVariants("Omar", "Omaar")).isFalse();
        assertThat(SpellingVariants.areVariants("Jonson", "Johnson")).isFalse();
        assertThat(SpellingVariants.areVariants("Ana Pantbratyuk", "Julia Pantibratyuk")).isFalse();
    }
}
