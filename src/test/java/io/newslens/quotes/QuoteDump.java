package io.newslens.quotes;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Prints the quotations of one text file, one per line: a development aid. */
public final class QuoteDump {
    private QuoteDump() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Analysis a = PolnearExport.analyzer().analyze(new Document(args[0], text), Set.of(Layer.QUOTES));
        for (Quote q : a.quotes()) {
            System.out.printf("%-8s %-30s [%s] cue=%s | %s%n", q.kind(), q.speaker(),
                    q.speakerMention() == null ? "" : q.speakerMention().text(),
                    q.cue() == null ? "" : q.cue().text(), q.content().text().replace('\n', ' '));
        }
    }
}
