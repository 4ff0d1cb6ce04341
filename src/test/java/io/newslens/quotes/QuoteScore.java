package io.newslens.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores found quotes against hand-made gold ({@code samples/gold/*.gold.json} format):
 * precision, recall and speaker accuracy on matched quotes, summed over documents.
 *
 * <p>A found quote matches a gold quote when one text contains the other or they share at
 * least half their words (after quote marks, case and spacing are normalised), one to one.
 * Optional gold quotes neither count as misses nor make a found quote wrong. A speaker is
 * right when the canonical speaker or the speaker mention contains the gold speaker or one
 * of its {@code speaker_any} names, or the other way round.
 */
final class QuoteScore {
    int found;
    int correct;
    int gold;
    int recalled;
    int speakerRight;

    void add(List<Quote> predicted, JsonNode goldDocument) {
        List<JsonNode> wanted = new ArrayList<>();
        goldDocument.path("quotes").forEach(wanted::add);
        List<JsonNode> optional = new ArrayList<>();
        goldDocument.path("optional_quotes").forEach(optional::add);
        boolean[] used = new boolean[wanted.size()];
        gold += wanted.size();
        for (Quote q : predicted) {
            if (q.kind() == QuoteKind.SCARE) {
                continue;
            }
            int match = bestMatch(q, wanted, used);
            if (match >= 0) {
                used[match] = true;
                found++;
                correct++;
                recalled++;
                if (speakerMatches(q, wanted.get(match))) {
                    speakerRight++;
                }
            } else if (optional.stream().noneMatch(o -> textsMatch(q.content().text(), o.path("text").asText()))) {
                found++;
            }
        }
    }

    double precision() {
        return found == 0 ? 0 : (double) correct / found;
    }

    double recall() {
        return gold == 0 ? 0 : (double) recalled / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
        return recalled == 0 ? 0 : (double) speakerRight / recalled;
    }

    String summary() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f speaker %.3f (found %d, gold %d, matched %d)",
                precision(), recall(), f1(), speakerAccuracy(), found, gold, recalled);
    }

    private static int bestMatch(Quote q, List<JsonNode> wanted, boolean[] used) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!used[i] && textsMatch(q.content().text(), wanted.get(i).path("text").asText())) {
                return i;
            }
        }
        return -1;
    }

    static boolean textsMatch(String found, String gold) {
        String a = normalise(found);
        String b = normalise(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> wordsA = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wordsB = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(wordsB);
        return shared.size() * 2 >= Math.max(wordsA.size(), wordsB.size());
    }

    private static boolean speakerMatches(Quote q, JsonNode gold) {
        List<String> names = new ArrayList<>();
        if (!gold.path("speaker").isNull() && gold.has("speaker")) {
            names.add(gold.path("speaker").asText());
        }
        gold.path("speaker_any").forEach(n -> names.add(n.asText()));
        if (names.isEmpty()) {
            return q.speaker() == null;
        }
        List<String> said = new ArrayList<>();
        if (q.speaker() != null) {
            said.add(q.speaker());
        }
        if (q.speakerMention() != null) {
            said.add(q.speakerMention().text());
        }
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            for (String s : said) {
                String t = s.toLowerCase(Locale.ROOT);
                if (!t.isBlank() && (t.contains(n) || n.contains(t) && t.length() > 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.replaceAll("[\"'“”‘’«»]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
