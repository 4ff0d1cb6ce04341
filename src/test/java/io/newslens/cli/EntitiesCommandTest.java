package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/foreign-affairs-summit.txt";
    private static final String OTHER_SAMPLE = "samples/protest-city.txt";

    @TempDir
    Path dir;

    @Test
    void csvHasTheHeaderAndRowsForTheSample() {
        CliRun run = CliRun.run("entities", SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        List<String> lines = run.stdoutLines();
        assertThat(lines.get(0)).isEqualTo("document,name,type,count,aliases");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.startsWith(SAMPLE + ","));
        assertThat(run.stdout()).contains("\r\n");
    }

    @Test
    void jsonIsOneObjectForOneDocument() throws IOException {
        CliRun run = CliRun.run("entities", "--format", "json", SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode node = JSON.readTree(run.stdout());
        assertThat(node.isObject()).isTrue();
        assertThat(node.get("document").asText()).isEqualTo(SAMPLE);
        assertThat(node.get("entities").isArray()).isTrue();
        assertThat(node.get("entities").size()).isPositive();
        JsonNode first = node.get("entities").get(0);
        assertThat(first.fieldNames()).toIterable().contains("name", "type", "count", "aliases", "mentions");
        assertThat(first.get("mentions").size()).isEqualTo(first.get("count").asInt());
    }

    @Test
    void jsonIsAnArrayForTwoDocuments() throws IOException {
        CliRun run = CliRun.run("entities", "-f", "json", SAMPLE, OTHER_SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode node = JSON.readTree(run.stdout());
        assertThat(node.isArray()).isTrue();
        assertThat(node.size()).isEqualTo(2);
        assertThat(node.get(0).get("document").asText()).isEqualTo(SAMPLE);
        assertThat(node.get(1).get("document").asText()).isEqualTo(OTHER_SAMPLE);
    }

    @Test
    void jsonLinesIsOneObjectPerLine() throws IOException {
        CliRun run = CliRun.run("entities", "--format", "jsonl", SAMPLE, OTHER_SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> lines = run.stdoutLines();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("document").asText()).isEqualTo(SAMPLE);
        assertThat(JSON.readTree(lines.get(1)).get("document").asText()).isEqualTo(OTHER_SAMPLE);
    }

    @Test
    void topLimitsTheRows() {
        CliRun run = CliRun.run("entities", "--top", "3", SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).hasSize(1 + 3);
    }

    @Test
    void typeKeepsOnlyThatType() {
        CliRun run = CliRun.run("entities", "--type", "gpe", SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> rows = run.stdoutLines().subList(1, run.stdoutLines().size());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.split(",")[2]).isEqualTo("GPE"));
    }

    @Test
    void corpusMergesDocumentsIntoOneList() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Iran said yes. Iran said no.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Iran and Iraq met.\n");
        CliRun run = CliRun.run("entities", "--corpus", "-q", a.toString(), b.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> lines = run.stdoutLines();
        assertThat(lines.get(0)).isEqualTo("document,name,type,count,aliases");
        assertThat(lines).contains("corpus,Iran,GPE,3,Iran", "corpus,Iraq,GPE,1,Iraq");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("corpus,"));
    }

    @Test
    void unreadableFileIsReportedAndTheGoodOneIsStillWritten() throws IOException {
        Path good = Files.writeString(dir.resolve("a-good.txt"), "Iran said yes.\n");
        Path bad = Files.write(dir.resolve("b-bad.txt"), new byte[] {'I', 'r', 'a', 'n', ' ', (byte) 0xC3, '('});
        CliRun run = CliRun.run("entities", "-q", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot read '" + bad + "': not valid UTF-8 at byte 5");
        assertThat(run.stdoutLines()).containsExactly("document,name,type,count,aliases", good + ",Iran,GPE,1,Iran");
    }

    @Test
    void summaryLineFollowsAProblemWithoutQuiet() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Iran said yes.\n");
        Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xFF});
        CliRun run = CliRun.run("entities", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).hasSize(2);
        assertThat(run.stderrLines().get(0)).endsWith("': not valid UTF-8 at byte 0");
        assertThat(run.stderrLines().get(1)).startsWith("newslens: 2 documents, 1 failed");
    }

    @Test
    void missingFileExitsOne() {
        CliRun run = CliRun.run("entities", dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly(
                "newslens: cannot read '" + dir.resolve("missing.txt") + "': no such file or folder");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("entities", "--no-such-option", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--no-such-option").contains("Try 'newslens entities --help'.");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void csvOnAnalyzeIsAUsageError() {
        CliRun run = CliRun.run("analyze", "--format", "csv", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("csv is not available here");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void analyzeWritesJsonLinesByDefault() throws IOException {
        CliRun run = CliRun.run("analyze", SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).hasSize(1);
        assertThat(JSON.readTree(run.stdoutLines().get(0)).get("entities").size()).isPositive();
    }

    @Test
    void stdinIsReadWhenNoInputIsGiven() throws IOException {
        // JSON Lines, not CSV: the CSV formula guard turns the document cell "-" into "'-".
        CliRun run = CliRun.runWithStdin("Tehran denied it.\n", "entities", "--format", "jsonl");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode node = JSON.readTree(run.stdout());
        assertThat(node.get("document").asText()).isEqualTo("-");
        assertThat(node.get("entities").get(0).get("name").asText()).isEqualTo("Tehran");
    }

    @Test
    void outputFileIsWrittenWithoutLeavingAPartFile() throws IOException {
        Path target = dir.resolve("out.csv");
        CliRun run = CliRun.run("entities", "-o", target.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("document,name,type,count,aliases\r\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void outputIntoAMissingFolderFailsWithOneLine() {
        Path target = dir.resolve("no/such/out.csv");
        CliRun run = CliRun.run("entities", "-o", target.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderrLines().get(0)).startsWith("newslens: cannot write '").endsWith("': no such folder");
    }

    @Test
    void jobsBelowOneIsAUsageError() {
        CliRun run = CliRun.run("entities", "--jobs", "0", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).containsExactly("newslens: --jobs must be at least 1", "Try 'newslens entities --help'.");
    }

    @Test
    void maxBytesBelowOneIsAUsageError() {
        CliRun run = CliRun.run("entities", "--max-bytes", "0", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--max-bytes");
    }
}
