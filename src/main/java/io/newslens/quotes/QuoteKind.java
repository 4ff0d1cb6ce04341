package io.newslens.quotes;

import java.util.Locale;

/** How a quotation is reported; {@code SCARE} marks quoted phrases with no speaker or cue. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED, SCARE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
