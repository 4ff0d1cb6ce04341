package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for {@link TextDecoder#decode}: any bytes give a string or a
 * {@link TextDecoder.DecodingException}, never another exception, and strict UTF-8 decoding
 * loses nothing.
 *
 * <p>In a normal build this runs the inputs under {@code TextDecoderJazzerTestInputs} once;
 * {@code scripts/fuzz} fuzzes it for real.
 */
class TextDecoderJazzerTest {
    @FuzzTest(maxDuration = "10m")
    void decodesOrReportsTheOffset(byte[] data) {
        String text;
        try {
            text = TextDecoder.decode(data, StandardCharsets.UTF_8);
        } catch (TextDecoder.DecodingException e) {
            assertThat(e.getMessage()).matches("not valid \\S+ at byte \\d+");
            return;
        }
        if (!hasByteOrderMark(data)) {
            assertThat(text.getBytes(StandardCharsets.UTF_8)).as("UTF-8 round trip").isEqualTo(data);
        }
    }

    private static boolean hasByteOrderMark(byte[] data) {
        return data.length >= 2 && ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
                || (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF
                || data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF);
    }
}
