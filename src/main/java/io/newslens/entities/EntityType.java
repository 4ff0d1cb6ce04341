package io.newslens.entities;

import java.util.Locale;

/** Entity types, as in DESIGN's output contract. */
public enum EntityType {
    PERSON, ORG, GPE, LOC, NORP, MISC;

    /** Parses {@code person}, {@code ORG}, ... case-insensitively. */
    public static EntityType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
