package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/** The POS model read by {@link PosModelReader} tags every sample sentence as OpenNLP's reading does. */
class PosModelReaderTest {
    private static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    @Test
    void tagsTheSamplesExactlyAsOpenNlpReadsTheModel() throws IOException {
        POSModel compact;
        POSModel openNlp;
        try (InputStream a = open(); InputStream b = open()) {
            compact = PosModelReader.read(a);
            openNlp = new POSModel(b);
        }
        assertThat(compact.getArtifact("pos.model") instanceof CompactModel).isTrue();
        assertThat((MaxentModel) openNlp.getArtifact("pos.model")).isNotInstanceOf(CompactModel.class);
        POSTaggerME fast = new POSTaggerME(compact);
        POSTaggerME plain = new POSTaggerME(openNlp);
        TokenizerME tokenizer = new TokenizerME(Models.tokens());

        int tokens = 0;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] words = tokenizer.tokenize(line);
                    assertThat(fast.tag(words)).as(line).containsExactly(plain.tag(words));
                    assertThat(fast.probs()).containsExactly(plain.probs());
                    tokens += words.length;
                }
            }
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    private static InputStream open() {
        return PosModelReaderTest.class.getResourceAsStream(RESOURCE);
    }
}
