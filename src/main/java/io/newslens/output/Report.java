package io.newslens.output;

import io.newslens.entities.Entity;
import io.newslens.quotes.Quote;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.TargetSentiment;
import java.util.List;

/**
 * What a subcommand shows of one document: the sections it asked for, already filtered.
 * A section that was not asked for is null and is left out of the output.
 *
 * @param text the document text, for converting offsets to code points
 */
public record Report(String document, String text, List<Entity> entities, List<Quote> quotes,
                     List<ActorSentiment> sentiment, List<TargetSentiment> targets) {
}
