package io.newslens.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void coloursMentionsAndUnderlinesQuotes() {
        AttributedString text = Highlighter.highlight(Fixtures.analysis("mayor.txt", Fixtures.MAYOR));
        assertThat(text.toString()).isEqualTo(Fixtures.MAYOR);
        int okafor = Fixtures.MAYOR.indexOf("Okafor");
        int quote = Fixtures.MAYOR.indexOf("Buses");
        assertThat(text.styleAt(okafor)).isEqualTo(AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW));
        assertThat(text.styleAt(quote)).isEqualTo(AttributedStyle.DEFAULT.underline());
        assertThat(text.styleAt(Fixtures.MAYOR.indexOf("spoke"))).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void colourOnlyOnAColourTerminalWithoutNoColor() throws IOException {
        try (Terminal xterm = TerminalBuilder.builder().streams(InputStream.nullInputStream(), new ByteArrayOutputStream())
                .type("xterm-256color").build();
             Terminal dumb = new DumbTerminal("test", Terminal.TYPE_DUMB, InputStream.nullInputStream(),
                     new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(Session.colourFor(xterm, Map.of())).isTrue();
            assertThat(Session.colourFor(xterm, Map.of("NO_COLOR", "1"))).isFalse();
            assertThat(Session.colourFor(xterm, Map.of("NO_COLOR", ""))).isTrue();
            assertThat(Session.colourFor(dumb, Map.of())).isFalse();
        }
    }
}
