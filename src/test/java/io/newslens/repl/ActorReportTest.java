package io.newslens.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorReportTest {
    private final List<Analysis> analyses = List.of(
            Fixtures.analysis("mayor.txt", Fixtures.MAYOR),
            Fixtures.analysis("council.txt", "Okafor won. Okafor smiled."));

    @Test
    void gathersMentionsQuotesAndSentimentAcrossDocuments() {
        List<ActorReport> actors = ActorReport.find("okafor", analyses);
        assertThat(actors).hasSize(1);
        assertThat(write(actors.get(0))).isEqualTo("""
                Okafor (PERSON): 3 mentions in 2 documents
                  also called: Okafor
                  mentions: mayor.txt 1, council.txt 2
                  quotes: 1
                    mayor.txt  \u201cBuses first,\u201d
                  sentiment:
                    mayor.txt  portrayed positive (+0.25), expresses neutral (+0.00)
                    council.txt  portrayed positive (+0.25), expresses neutral (+0.00)
                """);
    }

    @Test
    void fallsBackToNamesContainingTheQuery() {
        assertThat(ActorReport.find("eye", analyses)).hasSize(1);
        assertThat(ActorReport.find("nobody", analyses)).isEmpty();
    }

    @Test
    void namesForCompletionIncludeAliasesAndSpeakers() {
        assertThat(ActorReport.names(analyses)).containsExactly("Okafor", "Reyes");
    }

    private static String write(ActorReport actor) {
        StringWriter out = new StringWriter();
        actor.write(new PrintWriter(out));
        return out.toString();
    }
}
