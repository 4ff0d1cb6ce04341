package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StderrTerminalTest {
    @Test
    void terminalDevicesAreRecognised() {
        assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void pipesFilesAndNullAreNotTerminals() {
        assertThat(StderrTerminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/tmp/build.log")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("socket:[42]")).isFalse();
    }

    @Test
    void theTestJvmsStderrIsNotATerminal() {
        // Surefire runs tests in a forked JVM whose stderr is a pipe to Maven.
        assertThat(StderrTerminal.isTerminal()).isFalse();
    }

    @Test
    void widthFallsBackToEightyColumns() {
        assertThat(StderrTerminal.width()).isPositive();
    }
}
