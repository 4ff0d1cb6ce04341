package io.newslens.entities;

/** A proper-name mention in the text, with its type and UTF-16 offsets (end exclusive). */
public record Mention(String text, EntityType type, int start, int end) {
}
