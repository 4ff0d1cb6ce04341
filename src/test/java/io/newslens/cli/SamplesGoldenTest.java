package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden test of {@code entities --format csv} on every {@code samples/*.txt}: the output must
 * equal {@code src/test/resources/golden/entities/<name>.csv} byte for byte, and stderr must be
 * empty.
 *
 * <p>When the entities change on purpose, regenerate the golden files from the project root
 * with the same command and review the diff before committing:
 * <pre>
 * mvn -q -o -DskipTests package
 * for f in samples/*.txt; do
 *   scripts/newslens entities --format csv "$f" &gt; src/test/resources/golden/entities/$(basename "$f" .txt).csv
 * done
 * </pre>
 */
class SamplesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/entities");

    static Stream<Path> samples() {
        return Samples.texts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void entitiesCsvMatchesTheGoldenFile(Path sample) throws IOException {
        Path golden = GOLDEN.resolve(Samples.name(sample) + ".csv");
        assertThat(golden).as("golden file for " + sample + " (see the class javadoc)").exists();
        CliRun run = CliRun.run("entities", "--format", "csv", "samples/" + sample.getFileName());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
