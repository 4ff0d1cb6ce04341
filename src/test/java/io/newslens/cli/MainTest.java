package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.testing.TestPipelines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void aRunOfOneSubcommandBuildsOnlyThatOne() {
        assertThat(Main.commandLineFor(context(), new String[] {"entities", "a.txt"}).getSubcommands())
                .containsOnlyKeys("entities");
    }

    @Test
    void helpATypoOrNoSubcommandBuildsThemAll() {
        int all = NewslensCommand.SUBCOMMANDS.size();
        assertThat(Main.commandLineFor(context(), new String[] {"--help"}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLineFor(context(), new String[] {"entitis"}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLineFor(context(), new String[] {"help", "quotes"}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLineFor(context(), new String[] {"generate-completion"}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLineFor(context(), new String[0]).getSubcommands()).hasSize(all);
    }

    @Test
    void aSubcommandsUsageIsTheSameBuiltAloneOrWithTheOthers() {
        for (String name : Main.commandLine(context()).getSubcommands().keySet()) {
            CommandLine alone = Main.commandLineFor(context(), new String[] {name}).getSubcommands().get(name);
            CommandLine amongAll = Main.commandLine(context()).getSubcommands().get(name);
            assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .as(name).isEqualTo(amongAll.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
    }

    private static Context context() {
        return new Context(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter(), true), false, TestPipelines::standard);
    }
}
