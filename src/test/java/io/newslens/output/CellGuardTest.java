package io.newslens.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CellGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"})
    void formulaStartsGetALeadingApostrophe(String cell) {
        assertThat(CellGuard.guard(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iran", "United States", "1+1", "a=b", "'quoted", " =x"})
    void otherCellsPassUnchanged(String cell) {
        assertThat(CellGuard.guard(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "=", "+", "@"})
    void aLoneSignIsNoFormula(String cell) {
        assertThat(CellGuard.guard(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndNullPassUnchanged() {
        assertThat(CellGuard.guard("")).isEmpty();
        assertThat(CellGuard.guard(null)).isNull();
    }
}
