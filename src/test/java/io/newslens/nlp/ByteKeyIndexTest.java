package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests with fixed seeds: every key, ASCII or not, in UTF-8 or Java's modified UTF-8,
 * is found by its string and nothing else is; malformed bytes are keys no string reaches.
 */
class ByteKeyIndexTest {
    private static final String[] PIECES = {"w=", "a", "Z", "é", "’", "“", "😀", "🇮🇷", "\u0000", "pd=", "中",
        "\uFFFF", "-", "1"};

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            key.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return key.toString();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void findsEveryKeyByItsStringAndNoOther(boolean modifiedUtf8) throws IOException {
        Random random = new Random(modifiedUtf8 ? 11 : 12);
        Set<String> keys = new LinkedHashSet<>();
        while (keys.size() < 3000) {
            keys.add(randomKey(random));
        }
        ByteKeyIndex index = index(new ArrayList<>(keys), modifiedUtf8);

        List<String> ordered = new ArrayList<>(keys);
        for (int i = 0; i < ordered.size(); i++) {
            assertThat(index.indexOf(ordered.get(i))).as(ordered.get(i)).isEqualTo(i);
        }
        for (int i = 0; i < 3000; i++) {
            String absent = randomKey(random) + "#";
            assertThat(index.indexOf(absent)).as(absent).isEqualTo(-1);
        }
        assertThat(index.indexOf(null)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void malformedBytesNeverFailALookup(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[4000];
        random.nextBytes(bytes);
        int[] starts = new int[500];
        int[] ends = new int[500];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = random.nextInt(bytes.length);
            ends[i] = Math.min(bytes.length, starts[i] + random.nextInt(12));
        }
        ByteKeyIndex index = new ByteKeyIndex(bytes, starts, ends);

        for (int i = 0; i < starts.length; i++) {
            String decoded = new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
            int found = index.indexOf(decoded);
            assertThat(found).isBetween(-1, starts.length - 1);
            assertThat(index.indexOf(randomKey(random))).isBetween(-1, starts.length - 1);
        }
    }

    @Test
    void rejectsAKeyOutsideItsBytes() {
        assertThatThrownBy(() -> new ByteKeyIndex(new byte[4], new int[] {2}, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key 0 is not inside bytes");
    }

    /** The keys written one after another, as DataOutput's writeUTF or plain UTF-8 would. */
    private static ByteKeyIndex index(List<String> keys, boolean modifiedUtf8) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        int[] starts = new int[keys.size()];
        int[] ends = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            data.writeByte('|');
            starts[i] = data.size() + (modifiedUtf8 ? 2 : 0);
            if (modifiedUtf8) {
                data.writeUTF(keys.get(i));
            } else {
                data.write(keys.get(i).getBytes(StandardCharsets.UTF_8));
            }
            ends[i] = data.size();
        }
        return new ByteKeyIndex(out.toByteArray(), starts, ends);
    }
}
