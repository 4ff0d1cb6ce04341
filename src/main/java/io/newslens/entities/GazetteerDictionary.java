package io.newslens.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The listed phrases {@link GazetteerFeatureGenerator} marks, each with its kind, as an artifact
 * stored inside a name-finder model: {@code phrase<TAB>kind} lines, UTF-8, sorted by phrase.
 *
 * <p>Why inside the model: a model learns weights for the phrases listed when it was trained;
 * read from the jar's gazetteer instead, editing a list would silently change a trained model's
 * features. {@link #of(Gazetteer, List)} takes the snapshot at training time.
 *
 * <p>Immutable and thread-safe. The class names of this class and of {@link Serializer} are
 * stored in models (the manifest's {@code serializer-class-...}): renaming them breaks loading.
 */
public final class GazetteerDictionary implements SerializableArtifact {
    /** Lists {@link #of(Gazetteer, List)} can take. */
    static final Set<String> CLASSES = Set.of("place", "demonym", "group", "orgcue", "title");

    /** Never changed after construction. */
    private final Map<String, String> kinds;
    /** The listed phrases' proper prefixes of whole words ("Papua", "Papua New"); never changed. */
    private final Set<String> prefixes;
    private final int maxWords;

    /**
     * @param kinds phrase (tokens joined by one space) → its kind; neither may contain a tab or
     *              line break, nor be empty
     */
    public GazetteerDictionary(Map<String, String> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        // Plain loops and maps, no streams or lambdas: this runs while the shipped model loads,
        // where their first use costs more than the 5,000 entries (docs/ner-results.md).
        this.kinds = new HashMap<>(kinds);
        Set<String> starts = new HashSet<>();
        int longest = 0;
        for (Map.Entry<String, String> entry : this.kinds.entrySet()) {
            String phrase = entry.getKey();
            if (!isField(phrase) || !isField(entry.getValue())) {
                throw new IllegalArgumentException("kinds: bad entry '" + phrase + "' -> '" + entry.getValue() + "'");
            }
            int words = 1;
            for (int space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) {
                starts.add(phrase.substring(0, space));
                words++;
            }
            longest = Math.max(longest, words);
        }
        this.prefixes = starts;
        this.maxWords = longest;
    }

    /**
     * The phrases of the chosen lists of {@code gazetteer}, the earlier class winning when a
     * phrase is in two: {@code place} (kind: the place's listed kind, {@code country},
     * {@code city}...), {@code demonym}, {@code group}, {@code orgcue}, {@code title} (kind: the
     * class name).
     */
    public static GazetteerDictionary of(Gazetteer gazetteer, List<String> classes) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        if (!CLASSES.containsAll(Objects.requireNonNull(classes, "classes"))) {
            throw new IllegalArgumentException("classes must be among " + CLASSES + ": " + classes);
        }
        Map<String, String> kinds = new HashMap<>();
        for (String c : classes) {
            switch (c) {
                case "place" -> gazetteer.places().forEach((name, entry) -> kinds.putIfAbsent(name, entry.kind()));
                case "demonym" -> gazetteer.demonyms().forEach(p -> kinds.putIfAbsent(p, c));
                case "group" -> gazetteer.groups().forEach(p -> kinds.putIfAbsent(p, c));
                case "orgcue" -> gazetteer.orgCues().forEach(p -> kinds.putIfAbsent(p, c));
                case "title" -> gazetteer.titles().forEach(t -> kinds.putIfAbsent(String.join(" ", t), c));
                default -> throw new IllegalStateException("unhandled class " + c);
            }
        }
        return new GazetteerDictionary(kinds);
    }

    /** Reads {@code phrase<TAB>kind} lines (UTF-8); empty lines are skipped. Does not close {@code in}. */
    public static GazetteerDictionary read(InputStream in) throws IOException {
        Map<String, String> kinds = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
                throw new InvalidFormatException("gazetteer dictionary line " + number + ": not phrase<TAB>kind");
            }
            kinds.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new GazetteerDictionary(kinds);
    }

    /** The kind of {@code phrase}, or null if it is not listed. */
    public String kind(String phrase) {
        return kinds.get(phrase);
    }

    /** True when a longer listed phrase starts with {@code phrase} and a space. */
    public boolean isPrefix(String phrase) {
        return prefixes.contains(phrase);
    }

    /** Number of listed phrases. */
    public int size() {
        return kinds.size();
    }

    /** Tokens in the longest listed phrase, 0 when empty. */
    public int maxWords() {
        return maxWords;
    }

    /** Writes the lines sorted by phrase, so equal dictionaries give equal bytes; does not close {@code out}. */
    public void write(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(kinds).forEach((phrase, kind) -> text.append(phrase).append('\t').append(kind).append('\n'));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GazetteerDictionary other && kinds.equals(other.kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    private static boolean isField(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads and writes {@link GazetteerDictionary} model entries; never closes the stream (the model's zip). */
    public static final class Serializer implements ArtifactSerializer<GazetteerDictionary> {
        @Override
        public GazetteerDictionary create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(GazetteerDictionary artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
