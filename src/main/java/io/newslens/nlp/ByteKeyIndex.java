package io.newslens.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A hash index of keys stored as UTF-8 (or Java's modified UTF-8) byte ranges of one array,
 * looked up by {@code String} without ever decoding the keys into strings.
 *
 * <p>Why: a model with 130,000 feature names spent most of its load time making a string and a
 * map entry of each. Here a key costs two ints, and its hash is {@link String#hashCode()} of its
 * decoded text, computed from the bytes, so a lookup uses the string's cached hash and compares
 * its chars with the bytes decoded on the fly. Malformed bytes decode to something, the same
 * way in both places, so they are simply keys no string matches. Immutable and thread-safe.
 */
public final class ByteKeyIndex {
    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;
    /** Key number + 1 per slot; 0 is an empty slot. */
    private final int[] slots;
    /** The hash of the key in each slot, compared before its bytes, as a hash map does. */
    private final int[] slotHashes;

    /**
     * Indexes key {@code i} at {@code bytes[starts[i], ends[i])}; the arrays are kept, not
     * copied. When two keys are equal, {@link #indexOf} finds the first.
     */
    public ByteKeyIndex(byte[] bytes, int[] starts, int[] ends) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.starts = Objects.requireNonNull(starts, "starts");
        this.ends = Objects.requireNonNull(ends, "ends");
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        this.slots = new int[Integer.highestOneBit(Math.max(1, starts.length)) * 4];
        this.slotHashes = new int[slots.length];
        for (int key = 0; key < starts.length; key++) {
            insert(key);
        }
    }

    /** The number of {@code key}, or -1 when it is not one of the keys (or is null). */
    public int indexOf(String key) {
        if (key == null) {
            return -1;
        }
        int hash = key.hashCode();
        for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int candidate = slots[slot] - 1;
            if (slotHashes[slot] == hash && matches(key, starts[candidate], ends[candidate])) {
                return candidate;
            }
        }
        return -1;
    }

    public int size() {
        return starts.length;
    }

    /** The length in bytes of key {@code key}. */
    public int length(int key) {
        return ends[key] - starts[key];
    }

    /** Writes the bytes of key {@code key}. */
    public void writeKey(int key, OutputStream out) throws IOException {
        out.write(bytes, starts[key], length(key));
    }

    /**
     * Why a method of its own: it is compiled after a few hundred calls, where the body of one
     * loop over 130,000 keys in the constructor would run interpreted.
     */
    private void insert(int key) {
        if (starts[key] < 0 || starts[key] > ends[key] || ends[key] > bytes.length) {
            throw new IllegalArgumentException("key " + key + " is not inside bytes: " + starts[key] + ".." + ends[key]);
        }
        int hash = hash(starts[key], ends[key]);
        int slot = slot(hash);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = key + 1;
        slotHashes[slot] = hash;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }

    /** {@link String#hashCode()} of the text of {@code bytes[from, to)}. */
    private int hash(int from, int to) {
        int h = 0;
        for (int i = from; i < to; ) {
            int length = sequenceLength(i, to);
            int c = decode(i, length);
            if (length == 4) {
                h = 31 * h + Character.highSurrogate(c);
                c = Character.lowSurrogate(c);
            }
            h = 31 * h + c;
            i += length;
        }
        return h;
    }

    private boolean matches(String key, int from, int to) {
        int j = 0;
        for (int i = from; i < to; ) {
            int length = sequenceLength(i, to);
            int c = decode(i, length);
            if (length == 4) {
                if (j >= key.length() || key.charAt(j++) != Character.highSurrogate(c)) {
                    return false;
                }
                c = Character.lowSurrogate(c);
            }
            if (j >= key.length() || key.charAt(j++) != c) {
                return false;
            }
            i += length;
        }
        return j == key.length();
    }

    /** Bytes in the sequence at {@code i}: 1 for ASCII and for any byte that starts no whole sequence. */
    private int sequenceLength(int i, int to) {
        int b = bytes[i] & 0xFF;
        int length = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 1;
        return i + length <= to ? length : 1;
    }

    private int decode(int i, int length) {
        int b = bytes[i] & 0xFF;
        return switch (length) {
            case 2 -> (b & 0x1F) << 6 | bytes[i + 1] & 0x3F;
            case 3 -> (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
            case 4 -> supplementary((b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
                    | bytes[i + 3] & 0x3F);
            default -> b;
        };
    }

    /** A four-byte sequence's code point, or, when it encodes none beyond the BMP, some code point that is. */
    private static int supplementary(int decoded) {
        return decoded >= Character.MIN_SUPPLEMENTARY_CODE_POINT && decoded <= Character.MAX_CODE_POINT ? decoded
                : Character.MIN_SUPPLEMENTARY_CODE_POINT + (decoded & 0xFFFF);
    }
}
