package io.newslens.quotes;

import io.newslens.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon of reporting verbs ({@code reporting-verbs.txt}), matched by lemma.
 *
 * <p>Why a fallback lemmatiser: the statistical lemmatiser answers "O" or the word itself for
 * forms it has not seen ("tweeted"), so a token whose lemma is not in the list is also tried
 * with regular English suffixes removed and a few irregular past forms mapped.
 * Immutable and thread-safe; load it once with {@link #load()}.
 */
public final class ReportingVerbs {
    private static final String RESOURCE = "reporting-verbs.txt";
    private static final Map<String, String> IRREGULAR = Map.of(
            "said", "say", "told", "tell", "wrote", "write", "written", "write",
            "spoke", "speak", "spoken", "speak", "says", "say");
    /**
     * Verbs that report speech only with one of these particles after them: "pointed out that",
     * "pointed to the polls", not "pointed the way".
     */
    private static final Map<String, Set<String>> PARTICLES = Map.of("point", Set.of("out", "to"));

    private final Set<String> lemmas;

    ReportingVerbs(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    /** The shipped lexicon, loaded on first call and then shared: it is immutable. */
    public static ReportingVerbs shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ReportingVerbs INSTANCE = load();
    }

    /** Loads the lexicon shipped with the project. */
    public static ReportingVerbs load() {
        try (InputStream in = ReportingVerbs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> lemmas = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lemmas.add(line);
                }
            }
            return new ReportingVerbs(lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code token} is a verb form of a reporting verb. */
    public boolean isReportingVerb(Token token) {
        return TokenTags.isVerb(token) && lemmaOf(token) != null;
    }

    /**
     * True when the reporting verb {@code lemma} needs no particle, or {@code next} (the token
     * after the verb, null at the end) is one it takes.
     */
    public boolean hasParticle(String lemma, Token next) {
        Set<String> particles = PARTICLES.get(lemma);
        return particles == null || (next != null && particles.contains(next.text().toLowerCase(Locale.ROOT)));
    }

    /** The particle "out" that belongs to the cue ("pointed out that"): content starts after it. */
    public boolean isParticleOut(String lemma, Token next) {
        return PARTICLES.containsKey(lemma) && next != null && next.text().equalsIgnoreCase("out");
    }

    /** The reporting lemma of {@code token}, or null when it is not a reporting verb form. */
    public String lemmaOf(Token token) {
        String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
        if (lemmas.contains(lemma)) {
            return lemma;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return lemmas.contains(irregular) ? irregular : null;
        }
        for (String candidate : candidates(word)) {
            if (lemmas.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The word and the stems a regular suffix could have been added to. */
    private static String[] candidates(String w) {
        return new String[] {w, strip(w, "s"), strip(w, "es"), strip(w, "ed"), strip(w, "d"),
                strip(w, "ing"), strip(w, "ing") + "e", strip(w, "ied") + "y", strip(w, "ies") + "y",
                undouble(strip(w, "ed")), undouble(strip(w, "ing"))};
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) && word.length() > suffix.length() + 2
                ? word.substring(0, word.length() - suffix.length()) : "";
    }

    /** "admitt" (from "admitted") → "admit". */
    private static String undouble(String stem) {
        int n = stem.length();
        return n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : "";
    }
}
