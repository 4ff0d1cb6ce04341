package io.newslens.cli;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.entities.Entity;
import io.newslens.output.CsvRows;
import io.newslens.output.Report;
import io.newslens.quotes.Quote;
import io.newslens.quotes.QuoteKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newslens quotes}: every quotation with its speaker. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List every quotation, direct and indirect, with its speaker and cue.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed", "2:usage error"})
final class QuotesCommand extends DocumentCommand {
    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only quotes by this speaker (any alias, or the speaker phrase; case-insensitive).")
    String speaker;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Kinds to show: direct, indirect, mixed, scare (default: direct,indirect,mixed).")
    Set<QuoteKind> kinds;

    @Override
    Set<Layer> layers() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    Report project(Analysis analysis) {
        Set<QuoteKind> shown = kinds != null ? kinds : EnumSet.of(QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED);
        List<Quote> quotes = analysis.quotes().stream()
                .filter(q -> shown.contains(q.kind()))
                .filter(q -> speaker == null || isBy(q, analysis.entities()))
                .toList();
        return new Report(analysis.document().id(), analysis.text(), null, quotes, null, null);
    }

    /** True when the quote's speaker is the asked-for one: by any alias, or words of the phrase. */
    private boolean isBy(Quote quote, List<Entity> entities) {
        if (quote.speaker() == null) {
            return false;
        }
        if (Entity.containsWords(quote.speaker(), speaker)) {
            return true;
        }
        return entities.stream().filter(e -> e.name().equals(quote.speaker())).anyMatch(e -> e.matches(speaker));
    }

    @Override
    CsvRows csvRows() {
        return CsvRows.QUOTES;
    }

    @Override
    OutputMixin.Format defaultFormat() {
        return OutputMixin.Format.csv;
    }
}
