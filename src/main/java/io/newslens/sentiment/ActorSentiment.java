package io.newslens.sentiment;

import io.newslens.entities.EntityType;

/**
 * How one actor (a merged entity) is portrayed ({@code toward}) and what it expresses in the
 * quotes attributed to it ({@code expressed}).
 */
public record ActorSentiment(String actor, EntityType type, int mentions, Stance toward, Stance expressed) {
}
