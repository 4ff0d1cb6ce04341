package io.newslens.io;

import java.util.List;
import java.util.Objects;

/**
 * One input document: an id (its path, or the JSON Lines {@code id}) and its text as read.
 *
 * @param targets spans to classify for sentiment (JSON Lines {@code targets}), in UTF-16
 *                offsets; empty for plain text
 */
public record Document(String id, String text, List<Target> targets) implements Input {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(targets);
    }

    public Document(String id, String text) {
        this(id, text, List.of());
    }

    @Override
    public String source() {
        return id;
    }

    /** A span given by the user, to be labelled for sentiment. Offsets are UTF-16. */
    public record Target(String id, int start, int end) {
        public Target {
            Objects.requireNonNull(id, "id");
        }
    }
}
