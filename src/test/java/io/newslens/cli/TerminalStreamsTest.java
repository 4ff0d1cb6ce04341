package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalStreamsTest {
    @Test
    void terminalDevicesAreRecognised() {
        assertThat(TerminalStreams.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(TerminalStreams.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(TerminalStreams.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void pipesFilesAndNullAreNotTerminals() {
        assertThat(TerminalStreams.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(TerminalStreams.isTerminalDevice("/dev/null")).isFalse();
        assertThat(TerminalStreams.isTerminalDevice("/tmp/build.log")).isFalse();
        assertThat(TerminalStreams.isTerminalDevice("socket:[42]")).isFalse();
    }

    @Test
    void theTestJvmsStreamsAreNotTerminals() {
        // Surefire runs tests in a forked JVM whose standard streams are pipes to Maven.
        assertThat(TerminalStreams.stdinIsTerminal()).isFalse();
        assertThat(TerminalStreams.stdoutIsTerminal()).isFalse();
        assertThat(TerminalStreams.stderrIsTerminal()).isFalse();
    }

    @Test
    void widthFallsBackToEightyColumns() {
        assertThat(TerminalStreams.stderrWidth()).isPositive();
    }
}
