package io.newslens.nlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.ModelParameterChunker;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A perceptron or maxent (GIS) model read from OpenNLP's binary format into flat arrays: the
 * same outcomes and scores as OpenNLP's {@link PerceptronModel} or {@link GISModel} for every
 * context, and written back byte for byte as it was read.
 *
 * <p>Why: OpenNLP keeps one map entry, one parameter object and one weight array per predicate.
 * For the shipped name finder (130,000 predicates) and the POS tagger, building those was most of
 * their load time, which a one-article run pays. Here the predicates stay bytes of the model,
 * indexed by a {@link ByteKeyIndex}, and all weights go into one array. Immutable and
 * thread-safe once read.
 */
public final class CompactModel implements MaxentModel {
    /** The two model types OpenNLP writes in this format, by the name it writes first. */
    private enum Type {
        PERCEPTRON("Perceptron"), GIS("GIS");

        final String written;

        Type(String written) {
            this.written = written;
        }
    }
    /** OpenNLP's own limit on a model's counts, against a corrupt file asking for gigabytes. */
    private static final int MAX_ENTRIES = 10_000_000;
    /** How OpenNLP starts a string it had to write in chunks: never a predicate's name. */
    private static final byte[] CHUNKED = ModelParameterChunker.SIGNATURE_CHUNKED_PARAMS
            .getBytes(StandardCharsets.US_ASCII);

    private final Type type;
    /** A GIS model's two header numbers, unused since OpenNLP 1.x but written back. */
    private final int gisCorrectionConstant;
    private final double gisCorrectionParameter;
    private final String[] outcomes;
    /** Outcome patterns as stored: the number of predicates using it, then its outcome ids. */
    private final int[][] patterns;
    /** The predicates' names, as the model's bytes. */
    private final ByteKeyIndex predicates;
    /** Per predicate, the index of its pattern and where its weights start in {@link #weights}. */
    private final int[] patternOf;
    private final int[] weightStart;
    private final double[] weights;

    private CompactModel(Header header, int[][] patterns, ByteKeyIndex predicates, double[] weights) {
        this.type = header.type;
        this.gisCorrectionConstant = header.gisCorrectionConstant;
        this.gisCorrectionParameter = header.gisCorrectionParameter;
        this.outcomes = header.outcomes;
        this.patterns = patterns;
        this.predicates = predicates;
        this.weights = weights;
        this.patternOf = new int[predicates.size()];
        this.weightStart = new int[predicates.size()];
        int predicate = 0;
        int start = 0;
        for (int p = 0; p < patterns.length; p++) {
            for (int j = 0; j < patterns[p][0]; j++, predicate++) {
                patternOf[predicate] = p;
                weightStart[predicate] = start;
                start += patterns[p].length - 1;
            }
        }
    }

    /** What comes before the outcome patterns. */
    private record Header(Type type, int gisCorrectionConstant, double gisCorrectionParameter, String[] outcomes) {
        static Header read(DataInputStream data) throws IOException {
            String written = ModelParameterChunker.readUTF(data);
            Type type = Arrays.stream(Type.values()).filter(t -> t.written.equals(written)).findFirst()
                    .orElseThrow(() -> new InvalidFormatException("not a perceptron or GIS model: " + written));
            int constant = type == Type.GIS ? data.readInt() : 0;
            double parameter = type == Type.GIS ? data.readDouble() : 0;
            return new Header(type, constant, parameter, readStrings(data, "outcome"));
        }
    }

    /**
     * Reads a model in OpenNLP's binary perceptron or GIS format (the {@code .model} entry of a
     * model package) from {@code in} to its end.
     */
    public static CompactModel read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream data = new DataInputStream(stream);
        Header header = Header.read(data);
        String[] outcomes = header.outcomes;
        int[][] patterns = new int[count(data, "outcome pattern")][];
        long weightCount = 0;
        long predicateCount = 0;
        for (int p = 0; p < patterns.length; p++) {
            patterns[p] = readPattern(data, outcomes.length);
            predicateCount += patterns[p][0];
            weightCount += (long) patterns[p][0] * (patterns[p].length - 1);
        }
        if (weightCount > MAX_ENTRIES) {
            throw new InvalidFormatException("too many weights: " + weightCount);
        }
        int[] starts = new int[count(data, "predicate")];
        if (starts.length != predicateCount) {
            throw new InvalidFormatException("outcome patterns cover " + predicateCount + " predicates, not "
                    + starts.length);
        }
        int[] ends = new int[starts.length];
        int at = bytes.length - stream.available();
        for (int i = 0; i < starts.length; i++) {
            at = locatePredicate(bytes, at, starts, ends, i);
        }
        if (bytes.length - at < weightCount * Double.BYTES) {
            throw new EOFException("the model ends before its last weight");
        }
        double[] weights = new double[(int) weightCount];
        ByteBuffer.wrap(bytes, at, weights.length * Double.BYTES).asDoubleBuffer().get(weights);
        return new CompactModel(header, patterns, new ByteKeyIndex(bytes, starts, ends), weights);
    }

    /**
     * Notes where predicate {@code i}, a {@code writeUTF} string at {@code at}, starts and ends;
     * returns where the next one starts.
     */
    private static int locatePredicate(byte[] bytes, int at, int[] starts, int[] ends, int i) throws IOException {
        if (at + 2 > bytes.length) {
            throw new EOFException("the model ends in predicate " + i);
        }
        starts[i] = at + 2;
        ends[i] = starts[i] + ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
        if (ends[i] > bytes.length) {
            throw new EOFException("the model ends in predicate " + i);
        }
        if (startsWith(bytes, starts[i], ends[i], CHUNKED)) {
            throw new InvalidFormatException("predicate " + i + " is longer than 65,535 bytes");
        }
        return ends[i];
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /** Writes this model in OpenNLP's binary format; leaves the stream open. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(type.written);
        if (type == Type.GIS) {
            data.writeInt(gisCorrectionConstant);
            data.writeDouble(gisCorrectionParameter);
        }
        writeStrings(data, outcomes);
        data.writeInt(patterns.length);
        for (int[] pattern : patterns) {
            StringJoiner joined = new StringJoiner(" ");
            Arrays.stream(pattern).forEach(i -> joined.add(Integer.toString(i)));
            data.writeUTF(joined.toString());
        }
        data.writeInt(predicates.size());
        for (int i = 0; i < predicates.size(); i++) {
            data.writeShort(predicates.length(i));
            predicates.writeKey(i, data);
        }
        for (double weight : weights) {
            data.writeDouble(weight);
        }
        data.flush();
    }

    public int predicateCount() {
        return predicates.size();
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes.length]);
    }

    /**
     * Scores {@code context} into {@code sums} and returns it: the weights of every known
     * predicate summed per outcome, in context order, then normalised as OpenNLP does. A
     * perceptron: exp of each sum over the largest magnitude (at least 1), divided by their total.
     * GIS: the sums start at the log of a uniform prior, then exp of each over their total.
     */
    private double[] eval(String[] context, float[] values, double[] sums) {
        Arrays.fill(sums, type == Type.GIS ? StrictMath.log(1.0 / outcomes.length) : 0);
        for (int i = 0; i < context.length; i++) {
            int predicate = predicates.indexOf(context[i]);
            if (predicate < 0) {
                continue;
            }
            double value = values == null ? 1 : values[i];
            int[] pattern = patterns[patternOf[predicate]];
            int start = weightStart[predicate];
            for (int k = 1; k < pattern.length; k++) {
                sums[pattern[k]] += weights[start + k - 1] * value;
            }
        }
        double largest = 1;
        if (type == Type.PERCEPTRON) {
            for (double sum : sums) {
                if (largest < StrictMath.abs(sum)) {
                    largest = StrictMath.abs(sum);
                }
            }
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(type == Type.PERCEPTRON ? sums[o] / largest : sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
        return sums;
    }

    @Override
    public String getBestOutcome(double[] scores) {
        int best = 0;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return outcomes[best];
    }

    @Override
    public String getAllOutcomes(double[] scores) {
        StringJoiner all = new StringJoiner("  ");
        for (int o = 0; o < outcomes.length; o++) {
            all.add(outcomes[o] + "[" + String.format(Locale.ROOT, "%.4f", scores[o]) + "]");
        }
        return all.toString();
    }

    @Override
    public String getOutcome(int i) {
        return outcomes[i];
    }

    @Override
    public int getIndex(String outcome) {
        return Arrays.asList(outcomes).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }

    /**
     * Reads one outcome pattern, "count outcome...", in decimal separated by single spaces.
     * Why not a split: the POS model has 8,000 patterns, and a split made a string of each number.
     */
    private static int[] readPattern(DataInputStream data, int outcomeCount) throws IOException {
        String spaced = ModelParameterChunker.readUTF(data);
        int[] ints = new int[spaced.isEmpty() ? 0 : spaced.length() - spaced.replace(" ", "").length() + 1];
        int n = 0;
        int value = -1;
        for (int i = 0; i <= spaced.length(); i++) {
            char c = i < spaced.length() ? spaced.charAt(i) : ' ';
            if (c == ' ' && value >= 0 && n < ints.length) {
                ints[n++] = value;
                value = -1;
            } else if (c >= '0' && c <= '9' && value < MAX_ENTRIES) {
                value = Math.max(value, 0) * 10 + c - '0';
            } else {
                throw new InvalidFormatException("bad outcome pattern: " + spaced);
            }
        }
        if (n == 0 || n != ints.length) {
            throw new InvalidFormatException("bad outcome pattern: " + spaced);
        }
        for (int k = 1; k < n; k++) {
            if (ints[k] >= outcomeCount) {
                throw new InvalidFormatException("outcome pattern names outcome " + ints[k] + " of " + outcomeCount);
            }
        }
        return ints;
    }

    private static String[] readStrings(DataInputStream data, String what) throws IOException {
        String[] strings = new String[count(data, what)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = ModelParameterChunker.readUTF(data);
        }
        return strings;
    }

    private static int count(DataInputStream data, String what) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new InvalidFormatException("bad " + what + " count: " + count);
        }
        return count;
    }

    private static void writeStrings(DataOutputStream data, String[] strings) throws IOException {
        data.writeInt(strings.length);
        for (String s : strings) {
            data.writeUTF(s);
        }
    }

    /** Reads and writes the {@code .model} entry of a model package as a {@link CompactModel}. */
    public static final class Serializer implements ArtifactSerializer<CompactModel> {
        @Override
        public CompactModel create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(CompactModel artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
