package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void decodesUtf8() throws Exception {
        String text = "Tomás said “hello” 😀";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    @Test
    void decodesEmptyInput() throws Exception {
        assertThat(TextDecoder.decode(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "Iran said".getBytes(StandardCharsets.UTF_8));
        String decoded = TextDecoder.decode(input, StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo("Iran said");
        assertThat(decoded.charAt(0)).isNotEqualTo('\uFEFF');
    }

    @Test
    void utf8ByteOrderMarkWinsOverGivenCharset() throws Exception {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "Tomás".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(input, StandardCharsets.ISO_8859_1)).isEqualTo("Tomás");
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() throws Exception {
        byte[] input = concat(bytes(0xFF, 0xFE), "Tomás 😀".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(input, StandardCharsets.UTF_8)).isEqualTo("Tomás 😀");
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() throws Exception {
        byte[] input = concat(bytes(0xFE, 0xFF), "Tomás 😀".getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(input, StandardCharsets.UTF_8)).isEqualTo("Tomás 😀");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] input = concat("abc".getBytes(StandardCharsets.UTF_8), bytes(0xFF), "def".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextDecoder.decode(input, StandardCharsets.UTF_8))
                .isInstanceOf(TextDecoder.DecodingException.class)
                .hasMessage("not valid UTF-8 at byte 3");
    }

    @Test
    void invalidUtf8AfterMultiByteCharactersCountsBytesNotChars() {
        // "é" is 2 bytes, "😀" 4: the bad byte is at 1 + 2 + 4 = 7.
        byte[] input = concat("aé😀".getBytes(StandardCharsets.UTF_8), bytes(0xC3, 0x28));
        assertThatThrownBy(() -> TextDecoder.decode(input, StandardCharsets.UTF_8))
                .isInstanceOf(TextDecoder.DecodingException.class)
                .hasMessage("not valid UTF-8 at byte 7");
    }

    @Test
    void invalidUtf8AtFirstByte() {
        assertThatThrownBy(() -> TextDecoder.decode(bytes(0x80, 0x41), StandardCharsets.UTF_8))
                .isInstanceOf(TextDecoder.DecodingException.class)
                .hasMessage("not valid UTF-8 at byte 0");
    }

    @Test
    void truncatedUtf8SequenceAtEndIsAnError() {
        byte[] input = concat("ab".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x80));
        assertThatThrownBy(() -> TextDecoder.decode(input, StandardCharsets.UTF_8))
                .isInstanceOf(TextDecoder.DecodingException.class)
                .hasMessageStartingWith("not valid UTF-8 at byte ");
    }

    @Test
    void decodesLatin1WhenAsked() throws Exception {
        byte[] input = bytes('T', 'o', 'm', 0xE1, 's');
        assertThat(TextDecoder.decode(input, StandardCharsets.ISO_8859_1)).isEqualTo("Tomás");
    }

    @Test
    void latin1BytesAreNotValidUtf8() {
        byte[] input = bytes('T', 'o', 'm', 0xE1, 's');
        assertThatThrownBy(() -> TextDecoder.decode(input, StandardCharsets.UTF_8))
                .isInstanceOf(TextDecoder.DecodingException.class)
                .hasMessage("not valid UTF-8 at byte 3");
    }
}
