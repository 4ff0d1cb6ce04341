package io.newslens.quotes;

import io.newslens.analysis.Span;
import io.newslens.entities.EntityType;

/**
 * Who said something: {@code name} is the entity's canonical name or the speaker phrase, null
 * when the words could not be resolved ("he" with no person before it); {@code mention} is
 * the words in the text.
 */
record Speaker(String name, EntityType type, Span mention) {
}
