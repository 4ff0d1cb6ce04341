package io.newslens.io;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How to find and read documents.
 *
 * @param paths     files, folders, globs or "-" for stdin; empty means stdin
 * @param glob      for folders: only files whose name matches (e.g. {@code *.txt}); null for all
 * @param charset   the encoding of files without a byte-order mark
 * @param jsonLines read every input as JSON Lines, not only files ending in {@code .jsonl}
 * @param maxBytes  larger files are refused with a clear message instead of exhausting memory
 */
public record InputOptions(List<String> paths, String glob, Charset charset, boolean jsonLines, long maxBytes) {
    public InputOptions {
        paths = List.copyOf(paths);
        Objects.requireNonNull(charset, "charset");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }
}
