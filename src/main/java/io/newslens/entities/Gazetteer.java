package io.newslens.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the entity finder reads: places, demonyms, groups, titles and name cues.
 *
 * <p>Loaded once from the classpath ({@link #shared()}) and immutable afterwards, so it is
 * safe to share between threads. Sources and licences of each list are in NOTICE.
 */
public final class Gazetteer {
    /**
     * A known place: what it is called canonically, its type, and its kind as listed
     * ({@code country}, {@code capital}, {@code city}, {@code region}, {@code continent}).
     */
    public record Entry(String canonical, EntityType type, String kind) {
    }

    private static final String BASE = "/io/newslens/entities/";
    /** Words after an organisation word that go on with its name: "Department of", "Centre for", "Committee on". */
    private static final Set<String> ORG_NAME_LINKS = Set.of("of", "for", "on");

    private final Map<String, Entry> places = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final List<List<String>> titles = new ArrayList<>();
    private final Map<String, String> organisations = new HashMap<>();
    private final Set<String> orgCues = new HashSet<>();
    private final Set<String> orgCueNouns = new HashSet<>();
    private final Set<String> locCues = new HashSet<>();
    private final Set<String> companyForms = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    private Gazetteer() {
        // The curated extras come first so that they win over the generated lists.
        for (String file : List.of("gazetteer/places-extra.tsv", "gazetteer/places.tsv")) {
            read(file, cols -> places.putIfAbsent(cols[0], new Entry(cols[1], placeType(cols[2]), cols[2])));
        }
        read("gazetteer/organisations-extra.tsv", cols -> organisations.put(cols[0], cols[1]));
        for (String file : List.of("gazetteer/demonyms-extra.tsv", "gazetteer/demonyms.tsv")) {
            read(file, cols -> demonyms.putIfAbsent(cols[0], cols[1]));
        }
        read("groups.tsv", cols -> groups.put(cols[0], cols[1]));
        read("titles.txt", cols -> titles.add(titleTokens(cols[0])));
        titles.sort((a, b) -> b.size() - a.size());
        read("org-cues.txt", cols -> orgCues.add(cols[0]));
        read("org-cue-nouns.txt", cols -> orgCueNouns.add(cols[0]));
        read("loc-cues.txt", cols -> locCues.add(cols[0]));
        read("company-forms.txt", cols -> companyForms.add(cols[0]));
        read("not-names.txt", cols -> notNames.add(cols[0]));
    }

    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /** The place called exactly {@code name}, if it is known. */
    public Optional<Entry> place(String name) {
        return Optional.ofNullable(places.get(name));
    }

    /** The canonical name of an organisation news names in several ways ("ISIL" → "Islamic State"), if it is one. */
    public Optional<String> organisation(String name) {
        return Optional.ofNullable(organisations.get(name));
    }

    /** The country a demonym ("Iranian") belongs to, if it is one. */
    public Optional<String> demonymCountry(String word) {
        return Optional.ofNullable(demonyms.get(word));
    }

    /** The canonical name of a religious, political or ethnic group ("Shia" → "Shiite"). */
    public Optional<String> group(String word) {
        return Optional.ofNullable(groups.get(word));
    }

    /** True for a known place, nationality word ("Iranian") or group word ("Shia"). */
    public boolean isPlaceNationalityOrGroup(String word) {
        return place(word).isPresent() || demonymCountry(word).isPresent() || group(word).isPresent();
    }

    /** Every listed place name with its entry; unmodifiable. */
    public Map<String, Entry> places() {
        return Collections.unmodifiableMap(places);
    }

    /** Every listed nationality word or phrase ("Iranian", "American Islander"); unmodifiable. */
    public Set<String> demonyms() {
        return Collections.unmodifiableSet(demonyms.keySet());
    }

    /** Every listed group word ("Shia", "Sunnis"); unmodifiable. */
    public Set<String> groups() {
        return Collections.unmodifiableSet(groups.keySet());
    }

    /** Every organisation cue word ("Agency", "Party"); unmodifiable. */
    public Set<String> orgCues() {
        return Collections.unmodifiableSet(orgCues);
    }

    /** Titles as word lists, longest first. */
    public List<List<String>> titles() {
        return titles;
    }

    public boolean isOrgCue(String word) {
        return orgCues.contains(word);
    }

    /**
     * True for words that name an organisation by their form: they end with an organisation word
     * ("Supreme Court") or one is followed by "of", "for" or "on" ("Department of Justice", "Centre for
     * Tissue Engineering", "Committee on Intelligence"), but not "Divisional Railway Manager", a post.
     */
    public boolean isOrganisationName(List<String> words) {
        if (organisations.containsKey(String.join(" ", words))) {
            return true; // "Federal Reserve": a curated name
        }
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            if (isOrgCue(words.get(i)) && (last || ORG_NAME_LINKS.contains(words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    public boolean isOrgCueNoun(String word) {
        return orgCueNouns.contains(word);
    }

    /** True for an abbreviation that is never a name on its own: "UTC", "TV", "PM" ({@code not-names.txt}). */
    public boolean isNotName(String word) {
        return notNames.contains(word);
    }

    public boolean isLocCue(String word) {
        return locCues.contains(word);
    }

    /**
     * A title's words as the tokenizer splits them: "Secretary-General" is "Secretary" "-"
     * "General", so that the title is not read as a name ending "Secretary-".
     */
    private static List<String> titleTokens(String title) {
        return List.of(title.replace("-", " - ").split(" +"));
    }

    /** True for a company's legal form as written after its name ("AG", "A/S", "plc"). */
    public boolean isCompanyForm(String word) {
        return companyForms.contains(word);
    }

    /** {@code name} without the legal form that ends it ("Salling Group A/S" → "Salling Group"), if it has one. */
    public Optional<String> withoutCompanyForm(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && isCompanyForm(name.substring(space + 1)) ? Optional.of(name.substring(0, space))
                : Optional.empty();
    }

    private static EntityType placeType(String kind) {
        return kind.equals("continent") ? EntityType.LOC : EntityType.GPE;
    }

    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }
}
