package io.newslens.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes strictly: a byte-order mark picks UTF-8 or UTF-16 and is dropped;
 * otherwise the given charset (UTF-8 by default) is used, and a malformed byte is an error
 * naming its offset, never a silent replacement character.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Thrown for bytes that are not text in the expected encoding. */
    public static final class DecodingException extends Exception {
        private static final long serialVersionUID = 1L;

        DecodingException(String message) {
            super(message);
        }
    }

    public static String decode(byte[] bytes, Charset charset) throws DecodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return decode(bytes, 0, charset);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) throws DecodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DecodingException("not valid " + charset.name() + " at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new DecodingException("not valid " + charset.name() + " at byte " + in.position());
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
