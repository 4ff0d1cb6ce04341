package io.newslens.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models shipped by the {@code opennlp-models-*-en} artifacts, each
 * loaded from the classpath on first use and then shared.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} classes built from them are not
 * (see {@link NlpAnnotator}). Why holders: a run that needs only sentences never pays for
 * loading the POS model. The POS model is read by {@link PosModelReader}, which loads faster
 * than OpenNLP and tags the same.
 */
public final class Models {
    private static final String VERSION = "1.3-2.5.4";

    private Models() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load("sentence", SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load("tokens", TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load("pos", PosModelReader::read);
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    /**
     * The classpath name of the shipped model of {@code kind} ("sentence", "tokens" or "pos"), for
     * code that reads it its own way: the benchmark's plain OpenNLP baseline.
     */
    public static String resource(String kind) {
        return "/opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
    }

    private static <M> M load(String kind, Reader<M> reader) {
        String resource = resource(kind);
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model not on the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + resource, e);
        }
    }
}
