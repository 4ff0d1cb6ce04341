package io.newslens.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends an ALL-CAPS copy of every n-th sentence of OpenNLP name-finder training lines.
 *
 * <p>Contract: the input lines come out unchanged and in order, then one empty line (a document
 * boundary), then the upper-cased copies in order. Empty lines are document boundaries and are
 * not counted. Name markup ({@code <START:type>}, {@code <END>}) is kept as is.
 *
 * <p>Why: headlines are often written in capitals, where the capitalisation features a name
 * finder relies on are useless; a few capitalised sentences teach it the other cues. This is a
 * port of {@code tools/augment_upper.py} from the training-data folder, so the Java trainer and
 * the documented recipe build the same training set.
 */
final class UppercaseAugmenter {
    private final int every;

    /** @param every copy every {@code every}-th sentence; 0 disables the augmentation */
    UppercaseAugmenter(int every) {
        if (every < 0) {
            throw new IllegalArgumentException("every must be >= 0, was " + every);
        }
        this.every = every;
    }

    List<String> augment(List<String> lines) {
        if (every == 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + lines.size() / every + 1);
        List<String> copies = new ArrayList<>();
        int sentence = 0;
        for (String line : lines) {
            out.add(line);
            if (!line.isEmpty() && ++sentence % every == 0) {
                copies.add(upperCase(line));
            }
        }
        out.add("");
        out.addAll(copies);
        return out;
    }

    static String upperCase(String line) {
        String[] tokens = line.split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].startsWith("<START:") && !tokens[i].equals("<END>")) {
                tokens[i] = tokens[i].toUpperCase(Locale.ROOT);
            }
        }
        return String.join(" ", tokens);
    }
}
