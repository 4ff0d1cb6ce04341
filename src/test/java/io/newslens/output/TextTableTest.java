package io.newslens.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void alignsColumnsAndRightAlignsNumbers() throws IOException {
        TextTable table = new TextTable(List.of("name", "count", "aliases"));
        table.add(List.of("Teresa Okafor", 12, "Okafor"));
        table.add(Arrays.asList("Halifax", 3, null));
        StringWriter out = new StringWriter();
        table.write(out);
        assertThat(out.toString()).isEqualTo("""
                name           count  aliases
                -------------  -----  -------
                Teresa Okafor     12  Okafor
                Halifax            3
                """);
    }

    @Test
    void cutsLongCellsWithAnEllipsis() throws IOException {
        TextTable table = new TextTable(List.of("text"));
        table.add(List.of("x".repeat(100)));
        StringWriter out = new StringWriter();
        table.write(out);
        assertThat(out.toString().lines().toList().get(2)).hasSize(TextTable.MAX_WIDTH).endsWith("…");
    }

    @Test
    void refusesARowOfTheWrongSize() {
        TextTable table = new TextTable(List.of("a", "b"));
        assertThatThrownBy(() -> table.add(List.of("x"))).hasMessageContaining("row has 1 cells, header 2");
    }
}
