package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.quotes.Quote;
import java.util.Arrays;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A document's text with its entity mentions coloured by type and its quotes underlined (when
 * the quotes layer was produced), for {@code show}.
 *
 * <p>Why a style per character: quotes contain mentions, so spans nest; giving every character
 * its combined style and then appending runs of equal style needs no interval logic.
 */
final class Highlighter {
    private static final AttributedStyle QUOTE = AttributedStyle.DEFAULT.underline();

    private Highlighter() {
    }

    static AttributedString highlight(Analysis analysis) {
        String text = analysis.text();
        AttributedStyle[] styles = new AttributedStyle[text.length()];
        Arrays.fill(styles, AttributedStyle.DEFAULT);
        if (analysis.has(Layer.QUOTES)) {
            for (Quote quote : analysis.quotes()) {
                Arrays.fill(styles, quote.content().start(), quote.content().end(), QUOTE);
            }
        }
        for (Entity entity : analysis.entities()) {
            for (Mention mention : entity.mentions()) {
                for (int i = mention.start(); i < mention.end(); i++) {
                    styles[i] = styles[i].bold().foreground(colour(entity.type()));
                }
            }
        }
        AttributedStringBuilder out = new AttributedStringBuilder(text.length() + 64);
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !styles[i].equals(styles[start])) {
                out.style(styles[start]).append(text, start, i);
                start = i;
            }
        }
        return out.toAttributedString();
    }

    /** One line naming the colours, in their colours. */
    static AttributedString legend(boolean quotes) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (EntityType type : EntityType.values()) {
            out.style(AttributedStyle.BOLD.foreground(colour(type))).append(type.name());
            out.style(AttributedStyle.DEFAULT).append(" ");
        }
        if (quotes) {
            out.style(QUOTE).append("quote");
        }
        return out.toAttributedString();
    }

    private static int colour(EntityType type) {
        return switch (type) {
            case PERSON -> AttributedStyle.YELLOW;
            case ORG -> AttributedStyle.CYAN;
            case GPE -> AttributedStyle.GREEN;
            case LOC -> AttributedStyle.BLUE;
            case NORP -> AttributedStyle.MAGENTA;
            case MISC -> AttributedStyle.RED;
        };
    }
}
