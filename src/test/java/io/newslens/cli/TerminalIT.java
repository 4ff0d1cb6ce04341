package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end under a real pseudo-terminal: tmux runs {@code java -jar target/newslens.jar} in
 * a shell and the test types into it (send-keys) and reads the screen (capture-pane). Skipped
 * when tmux is not on the PATH or the jar is not built ({@code mvn -B -q -DskipTests package}).
 */
class TerminalIT {
    private static final long WAIT_MILLIS = 40_000;

    @TempDir
    Path home;

    /** One tmux server per test: a server killed after the last test may still be exiting as the next starts. */
    private final String socket = "newslens-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void stopTmux() throws Exception {
        if (onPath("tmux")) {
            tmux("kill-server");
        }
    }

    @Test
    void aCommandWithNoInputOnATerminalShowsItsUsageEvenWithStdoutToAFile() throws Exception {
        Path jar = startShell();
        Path out = home.resolve("out.csv");
        type("java -jar " + jar + " entities > " + out + "; echo entities-ended-$?", "Enter");
        waitFor(screen -> screen.matches("(?s).*entities-ended-[0-9].*"));
        assertThat(tmux("capture-pane", "-p", "-t", "0")).contains("Usage: newslens entities", "entities-ended-2");
        assertThat(out).isEmptyFile();
    }

    @Test
    void completesANameWithTabAndFindsTheHistoryAfterARestart() throws Exception {
        Path jar = startShell();
        String repl = "java -Dnewslens.history=" + home.resolve("history") + " -jar " + jar + " repl; echo repl-ended-$?";

        type(repl, "Enter");
        waitFor(screen -> lastLine(screen).equals("newslens>"));
        typeAtPrompt("load samples/");
        type("Enter");
        waitFor(screen -> screen.contains("loaded 6 documents"));
        typeAtPrompt("who Oka");
        type("Tab");
        waitFor(screen -> lastLine(screen).equals("newslens> who Okafor"));
        type("Enter");
        waitFor(screen -> screen.contains("Teresa Okafor (PERSON): 8 mentions in 1 document"));
        typeAtPrompt("half typed");
        type("C-c");
        waitFor(screen -> lastLine(screen).equals("newslens>"));
        type("C-d");
        waitFor(screen -> screen.contains("repl-ended-0"));

        type("clear", "Enter");
        type(repl, "Enter");
        waitFor(screen -> lastLine(screen).equals("newslens>"));
        typeAtPrompt("");
        type("Up");
        waitFor(screen -> lastLine(screen).equals("newslens> who Okafor"));
        type("C-u", "exit", "Enter");
        waitFor(screen -> screen.contains("repl-ended-0"));
        assertThat(Files.readString(home.resolve("history"))).contains(":load samples/\n", ":who Okafor\n");
    }

    /** Starts {@code sh} in a detached tmux session; returns the jar to run in it. */
    private Path startShell() throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed");
        Path jar = Path.of("target", "newslens.jar").toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "target/newslens.jar is not built");
        tmux("new-session", "-d", "-x", "150", "-y", "50", "-c", Path.of("").toAbsolutePath().toString(), "sh");
        return jar;
    }

    private void type(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /**
     * Types {@code text} on an empty prompt line and waits for its echo, typing it again when
     * keys sent while the shell was still starting were lost (a terminal switching modes may
     * drop pending input).
     */
    private void typeAtPrompt(String text) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            type("C-u");
            if (!text.isEmpty()) {
                type("-l", text);
            }
            long deadline = System.currentTimeMillis() + 2_000;
            while (System.currentTimeMillis() < deadline) {
                if (lastLine(tmux("capture-pane", "-p", "-t", "0")).equals(("newslens> " + text).strip())) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        fail("the shell never echoed '" + text + "':\n" + tmux("capture-pane", "-p", "-t", "0"));
    }

    /** Polls the screen until {@code ready} holds; fails with the screen when it never does. */
    private void waitFor(Predicate<String> ready) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String screen = "";
        while (System.currentTimeMillis() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", "0");
            if (ready.test(screen)) {
                return;
            }
            Thread.sleep(150);
        }
        fail("the screen never got there:\n" + screen);
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
        return out;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
