package io.newslens.quotes;

import io.newslens.analysis.Span;
import io.newslens.entities.EntityType;

/**
 * A quotation with its speaker.
 *
 * @param speaker        the merged entity's canonical name, or the speaker phrase
 *                       ("protesters"); null when no speaker was found
 * @param speakerType    the speaker entity's type; null when the speaker is not an entity
 * @param speakerMention the words in the text that name the speaker ("He"); may be null
 * @param cue            the reporting word ("specified", "according to"); may be null
 */
public record Quote(Span content, QuoteKind kind, String speaker, EntityType speakerType,
                    Span speakerMention, Span cue) {
}
