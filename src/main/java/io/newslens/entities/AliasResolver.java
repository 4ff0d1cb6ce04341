package io.newslens.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, within one document, which surface forms name the same entity: gazetteer
 * canonical names ("US" → "United States"), acronyms and their expansions ("Islamic
 * Revolutionary Guard Corps (IRGC)"), surnames of people named in full ("Abadi" →
 * "Hayder al-Abadi") and the place word of a place named in full ("Gulf" → "Persian Gulf").
 *
 * <p>Why per document: "Kennedy" is one person in one article and another in the next;
 * only {@code --corpus} merges across documents, by canonical name.
 */
final class AliasResolver {
    private static final Pattern PARTICLE = Pattern.compile("^(?:al|el|as|ash|ad|an|bin|ibn|abu)[- ]", Pattern.CASE_INSENSITIVE);
    /** Generational suffixes that follow a surname ("Edward J. DeBartolo Jr."). */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    private static final Pattern ISLAND_NAME = Pattern.compile("(\\p{Lu}.*) Islands?");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "&", "al", "de", "in", "on");

    /** First words of organisation names that do not name the organisation on their own. */
    private static final Set<String> GENERIC_FIRST_WORDS = Set.of("Islamic", "National", "United", "European",
            "American", "International", "Royal", "Federal", "General", "Central", "Democratic", "Republican",
            "Supreme", "State", "New", "Great", "North", "South", "East", "West", "Eastern", "Western",
            "Northern", "Southern", "Grand", "Regional", "Global", "World", "First", "Free", "Popular", "People");

    private final Map<String, String> canonical = new HashMap<>();
    /** Links that hold for one mention only, not for every mention of the same text. */
    private final Map<Mention, String> byMention = new HashMap<>();
    private final Gazetteer gazetteer;

    AliasResolver(String text, List<Mention> mentions, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Mention m : mentions) {
            gazetteer.place(m.text()).ifPresent(p -> canonical.put(m.text(), p.canonical()));
        }
        linkAcronyms(text, mentions);
        linkSurnames(mentions);
        linkCompanyForms(mentions);
        linkShortOrgNames(mentions);
        linkPlaceHeads(mentions);
        linkIslandNames(mentions);
    }

    /** The canonical key of a mention: its text unless an alias of a fuller name. */
    String resolve(Mention mention) {
        return resolve(byMention.getOrDefault(mention, mention.text()));
    }

    private String resolve(String name) {
        String key = name;
        for (int hops = 0; hops < 4; hops++) {
            String next = canonical.get(key);
            if (next == null || next.equals(key)) {
                return key;
            }
            key = next;
        }
        return key;
    }

    private void linkAcronyms(String text, List<Mention> mentions) {
        Map<String, String> byInitials = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.text().contains(" ")) {
                continue;
            }
            byInitials.putIfAbsent(initials(m.text()), m.text());
            if (i + 1 < mentions.size() && isParenthesised(text, m, mentions.get(i + 1))) {
                canonical.putIfAbsent(mentions.get(i + 1).text(), m.text());
            }
            if (i > 0 && isParenthesised(text, mentions.get(i - 1), m)) {
                canonical.putIfAbsent(mentions.get(i - 1).text(), m.text());
            }
        }
        for (Mention m : mentions) {
            if (MentionTyper.isAcronym(m.text()) && !canonical.containsKey(m.text())) {
                String expansion = byInitials.get(m.text().replace(".", ""));
                if (expansion != null) {
                    canonical.put(m.text(), expansion);
                }
            }
        }
    }

    /**
     * True for "Expansion (ACR)" or "ACR (Expansion)": one of the two an acronym, the other
     * right after it in parentheses.
     */
    private static boolean isParenthesised(String text, Mention first, Mention second) {
        if (MentionTyper.isAcronym(first.text()) == MentionTyper.isAcronym(second.text())) {
            return false;
        }
        String between = text.substring(first.end(), second.start());
        return between.strip().equals("(") && second.end() < text.length() && text.charAt(second.end()) == ')';
    }

    /**
     * A bare surname joins the person named in full with it. Why per mention when two people
     * share the surname ("Colin Hargreaves", later his daughter "Emma Hargreaves"): a bare
     * "Hargreaves" then means the one named most recently before it, as a reader takes it. A
     * known place ("Washington") is never a surname; a word only the name finder typed GPE is
     * (it takes a possessive "Blagojevich's sentence" for a place).
     */
    private void linkSurnames(List<Mention> mentions) {
        Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                fullNamesBySurname.computeIfAbsent(surname(m.text()), k -> new HashSet<>()).add(m.text());
            }
        }
        Map<String, String> latestBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                latestBySurname.put(surname(m.text()), m.text());
            }
            String bare = stripParticle(m.text());
            Set<String> fullNames = fullNamesBySurname.get(bare);
            if (fullNames == null || fullNames.contains(m.text()) || gazetteer.place(m.text()).isPresent()) {
                continue;
            }
            if (fullNames.size() == 1) {
                canonical.putIfAbsent(m.text(), fullNames.iterator().next());
            } else if (latestBySurname.containsKey(bare)) {
                byMention.put(m, latestBySurname.get(bare));
            }
        }
    }

    private static boolean isFullPersonName(Mention m) {
        return m.type() == EntityType.PERSON && m.text().contains(" ");
    }

    /**
     * "the Gulf" after "the Persian Gulf", "the Channel" after "the English Channel": the
     * place word that ends one multi-word place name, used alone, is that place.
     */
    private void linkPlaceHeads(List<Mention> mentions) {
        Map<String, String> fullByHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            String head = m.text().substring(m.text().lastIndexOf(' ') + 1);
            if (m.type() == EntityType.LOC && m.text().contains(" ") && gazetteer.isLocCue(head)) {
                String previous = fullByHead.putIfAbsent(head, m.text());
                if (previous != null && !previous.equals(m.text())) {
                    ambiguous.add(head);
                }
            }
        }
        for (Mention m : mentions) {
            String full = fullByHead.get(m.text());
            if (full != null && !ambiguous.contains(m.text())) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    /**
     * "Abaco" after "the Abaco Islands": an island group or island named without the word
     * "Islands" or "Island" is the same place, unless that name is a known place of its own.
     */
    private void linkIslandNames(List<Mention> mentions) {
        for (Mention m : mentions) {
            Matcher island = ISLAND_NAME.matcher(m.text());
            if (island.matches() && gazetteer.place(island.group(1)).isEmpty()) {
                canonical.putIfAbsent(island.group(1), m.text());
            }
        }
    }

    /** "Salling Group" after "Salling Group A/S": a company named without its legal form. */
    private void linkCompanyForms(List<Mention> mentions) {
        for (Mention m : mentions) {
            gazetteer.withoutCompanyForm(m.text()).ifPresent(name -> canonical.putIfAbsent(name, m.text()));
        }
    }

    /**
     * "Norvance" after "Norvance Therapeutics": a company's first word used alone. The word may
     * be typed PERSON (by the name finder: "Salling said"), as no person is named in full with it:
     * such a surname is linked first.
     */
    private void linkShortOrgNames(List<Mention> mentions) {
        Map<String, String> fullByFirstWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORG && m.text().contains(" ")) {
                String first = m.text().substring(0, m.text().indexOf(' '));
                if (GENERIC_FIRST_WORDS.contains(first)) {
                    continue;
                }
                String previous = fullByFirstWord.putIfAbsent(first, m.text());
                if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                    ambiguous.add(first);
                }
            }
        }
        for (Mention m : mentions) {
            String full = fullByFirstWord.get(m.text());
            boolean untyped = m.type() == EntityType.MISC || m.type() == EntityType.PERSON;
            if (full != null && untyped && !ambiguous.contains(m.text())) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    static String surname(String fullName) {
        String[] words = fullName.split(" ");
        int last = words.length - 1;
        if (last > 1 && NAME_SUFFIXES.contains(words[last])) {
            last--;
        }
        return stripParticle(words[last]);
    }

    private static String stripParticle(String word) {
        Matcher m = PARTICLE.matcher(word);
        return m.find() && m.end() < word.length() ? word.substring(m.end()) : word;
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[ -]")) {
            if (!word.isEmpty() && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }
}
