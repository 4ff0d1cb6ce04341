package io.newslens.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, within one document, which surface forms name the same entity: gazetteer
 * canonical names ("US" → "United States"), acronyms and their expansions ("Islamic
 * Revolutionary Guard Corps (IRGC)"), and surnames of people named in full ("Abadi" →
 * "Hayder al-Abadi").
 *
 * <p>Why per document: "Kennedy" is one person in one article and another in the next;
 * only {@code --corpus} merges across documents, by canonical name.
 */
final class AliasResolver {
    private static final Pattern PARTICLE = Pattern.compile("^(?:al|el|as|ash|ad|an|bin|ibn|abu)[- ]", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "&", "al", "de", "in", "on");

    /** First words of organisation names that do not name the organisation on their own. */
    private static final Set<String> GENERIC_FIRST_WORDS = Set.of("Islamic", "National", "United", "European",
            "American", "International", "Royal", "Federal", "General", "Central", "Democratic", "Republican",
            "Supreme", "State", "New", "Great", "North", "South", "East", "West", "Eastern", "Western",
            "Northern", "Southern", "Grand", "Regional", "Global", "World", "First", "Free", "Popular", "People");

    private final Map<String, String> canonical = new HashMap<>();

    AliasResolver(String text, List<Mention> mentions, Gazetteer gazetteer) {
        for (Mention m : mentions) {
            gazetteer.place(m.text()).ifPresent(p -> canonical.put(m.text(), p.canonical()));
        }
        linkAcronyms(text, mentions);
        linkSurnames(mentions);
        linkShortOrgNames(mentions);
    }

    /** The canonical key of a surface form: itself unless an alias of a fuller name. */
    String resolve(String surface) {
        String key = surface;
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

    /** True for "Expansion (ACR)": the acronym right after the name, in parentheses. */
    private static boolean isParenthesised(String text, Mention name, Mention acronym) {
        if (!MentionTyper.isAcronym(acronym.text())) {
            return false;
        }
        String between = text.substring(name.end(), acronym.start());
        return between.strip().equals("(") && acronym.end() < text.length() && text.charAt(acronym.end()) == ')';
    }

    private void linkSurnames(List<Mention> mentions) {
        Map<String, String> fullBySurname = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || !m.text().contains(" ")) {
                continue;
            }
            String surname = surname(m.text());
            String previous = fullBySurname.putIfAbsent(surname, m.text());
            if (previous != null && !previous.equals(m.text())) {
                ambiguous.add(surname);
            }
        }
        for (Mention m : mentions) {
            String bare = stripParticle(m.text());
            String full = fullBySurname.get(bare);
            if (full != null && !full.equals(m.text()) && !ambiguous.contains(bare)
                    && m.type() != EntityType.GPE) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    /** "Norvance" after "Norvance Therapeutics": a company's first word used alone. */
    private void linkShortOrgNames(List<Mention> mentions) {
        Map<String, String> fullByFirstWord = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORG && m.text().contains(" ")) {
                String first = m.text().substring(0, m.text().indexOf(' '));
                if (GENERIC_FIRST_WORDS.contains(first)) {
                    continue;
                }
                String previous = fullByFirstWord.putIfAbsent(first, m.text());
                if (previous != null && !previous.equals(m.text())) {
                    ambiguous.add(first);
                }
            }
        }
        for (Mention m : mentions) {
            String full = fullByFirstWord.get(m.text());
            if (full != null && m.type() == EntityType.MISC && !ambiguous.contains(m.text())) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    static String surname(String fullName) {
        String[] words = fullName.split(" ");
        return stripParticle(words[words.length - 1]);
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
