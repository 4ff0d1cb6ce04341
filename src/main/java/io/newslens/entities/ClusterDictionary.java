package io.newslens.entities;

import io.newslens.nlp.ByteKeyIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A word-cluster dictionary ({@code word cluster} lines, UTF-8) that can be stored inside a
 * model file.
 *
 * <p>Why not OpenNLP's {@link WordClusterDictionary} as is: in OpenNLP 2.5.11 its
 * {@code serialize} closes the stream it is given, which is the model's zip stream, so any
 * model using word clusters fails to save ("Stream closed"); it also writes in the platform
 * charset. This subclass keeps the original bytes and writes them back without closing. It
 * also looks words up in those bytes (a {@link ByteKeyIndex}) instead of OpenNLP's map of
 * strings, whose regex split and string interning were a third of the shipped name finder's load
 * time. Immutable and thread-safe.
 */
public final class ClusterDictionary extends WordClusterDictionary {
    private final byte[] bytes;
    /** The words, as byte ranges of {@link #bytes}. */
    private final ByteKeyIndex words;
    /** Per word, where its cluster name starts and ends in {@link #bytes}. */
    private final int[] nameStarts;
    private final int[] nameEnds;

    public ClusterDictionary(InputStream in) throws IOException {
        super(InputStream.nullInputStream());
        this.bytes = in.readAllBytes();
        int lines = 0;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        int[] wordStarts = new int[lines + 1];
        int[] wordEnds = new int[lines + 1];
        int[] names = new int[2 * (lines + 1)];
        int count = 0;
        for (int start = 0; start < bytes.length; ) {
            start = parseLine(start, count, wordStarts, wordEnds, names);
            count += wordEnds[count] > 0 ? 1 : 0;
        }
        this.words = new ByteKeyIndex(bytes, Arrays.copyOf(wordStarts, count), Arrays.copyOf(wordEnds, count));
        this.nameStarts = new int[count];
        this.nameEnds = new int[count];
        for (int i = 0; i < count; i++) {
            nameStarts[i] = names[2 * i];
            nameEnds[i] = names[2 * i + 1];
        }
    }

    /** The cluster name of {@code token}, or null. */
    @Override
    public String lookupToken(String token) {
        int word = words.indexOf(token);
        return word < 0 ? null : new String(bytes, nameStarts[word], nameEnds[word] - nameStarts[word],
                StandardCharsets.UTF_8);
    }

    /**
     * Reads the {@code word cluster [more...]} line at {@code start}, fields separated by single
     * spaces, into entry {@code entry} (a line without both fields leaves its word end 0);
     * returns where the next line starts. Why a method of its own: it is compiled after a few
     * hundred calls, while a loop over 30,000 lines in one method would run interpreted. Why
     * bytes: a space or a line feed byte never occurs inside a multi-byte UTF-8 character.
     */
    private int parseLine(int start, int entry, int[] wordStarts, int[] wordEnds, int[] names) {
        int end = indexOf(bytes, (byte) '\n', start, bytes.length);
        int lineEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        int space = indexOf(bytes, (byte) ' ', start, lineEnd);
        int nameEnd = space < lineEnd ? indexOf(bytes, (byte) ' ', space + 1, lineEnd) : lineEnd;
        wordEnds[entry] = 0;
        if (space > start && nameEnd > space + 1) {
            wordStarts[entry] = start;
            wordEnds[entry] = space;
            names[2 * entry] = space + 1;
            names[2 * entry + 1] = nameEnd;
        }
        return end + 1;
    }

    /** The index of {@code b} in {@code bytes[from, to)}, or {@code to}. */
    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link ClusterDictionary} model entries; never closes the stream. */
    public static final class Serializer implements ArtifactSerializer<ClusterDictionary> {
        @Override
        public ClusterDictionary create(InputStream in) throws IOException {
            return new ClusterDictionary(in);
        }

        @Override
        public void serialize(ClusterDictionary artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
