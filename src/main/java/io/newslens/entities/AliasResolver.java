package io.newslens.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, within one document, which surface forms name the same entity: gazetteer
 * canonical names ("US" → "United States"), acronyms and their expansions ("Islamic
 * Revolutionary Guard Corps (IRGC)"), surnames of people named in full ("Abadi" →
 * "Hayder al-Abadi"), the place word of a place named in full ("Gulf" → "Persian Gulf") and
 * the last words of an organisation or place named in full ("the Strip" → "Gaza Strip").
 *
 * <p>Why per document: "Kennedy" is one person in one article and another in the next;
 * only {@code --corpus} merges across documents, by canonical name.
 */
final class AliasResolver {
    private static final Pattern PARTICLE = Pattern.compile("^(?:al|el|as|ash|ad|an|bin|ibn|abu)[- ]", Pattern.CASE_INSENSITIVE);
    /** Generational suffixes that follow a surname ("Edward J. DeBartolo Jr."). */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr");
    /** Regnal and generational numbers from II to XXXIX ("Elizabeth II", "Benedict XVI", "Henry Ford III"). */
    private static final Pattern ROMAN_NUMBER = Pattern.compile("(?=..)X{0,3}(?:IX|IV|V?I{0,3})");
    /** A word of a person's name: a capital, then lower-case letters among others ("O'Reilly", "McCain", "J."). */
    private static final Pattern PERSON_NAME_WORD = Pattern.compile("\\p{Lu}(?:\\.|[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*)");
    /** A capitalised name and a possessive right before a mention: "Lebanon's " (the name is group 1). */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)*)['’]s\\s+$");
    /** "Portuguese Culture Ministry", "State Department": a country (group 1), a field (2), the kind (3). */
    private static final Pattern FIELD_BEFORE_MINISTRY =
            Pattern.compile("(?:(.+) )?(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) (Ministry|Department)");
    /** "Ministry of Culture", "United States Department of State": a country (group 1), the kind (2), a field (3). */
    private static final Pattern FIELD_AFTER_MINISTRY =
            Pattern.compile("(?:(.+) )?(Ministry|Department) of (?:the )?(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)");
    private static final Set<String> SITE_AND_FORCE_WORDS = Set.of("Police", "Prison");
    /** A lower-case word right after a name: "river" in "the San Marcos river flows". */
    private static final Pattern LOWER_CASE_WORD_AFTER = Pattern.compile(" (\\p{Ll}{3,})\\b");
    private static final Set<String> PARTY_WORDS = Set.of("Republican", "Democratic");
    /** Organisation words that, alone after "the", are the one organisation named with them. */
    private static final Set<String> SHORT_NAME_WORDS = Set.of("Fund", "Foundation", "Institute", "Corporation",
            "Company", "Club", "Hospital", "University", "College", "Museum", "Society", "Trust", "Association");
    /** A Korean given name of two syllables joined by a hyphen, the second in lower case: "Jong-il", "Ki-moon". */
    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}-\\p{Ll}{1,5}");
    private static final Pattern ISLAND_NAME = Pattern.compile("(\\p{Lu}.*) Islands?");
    /** Lower-case particles that begin surnames: "de Blasio", "van Gogh", "von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "le", "la", "du", "dos", "das", "ter", "ten");
    private static final Set<String> COMPASS_WORDS = Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater");
    /** First words of places named after another place or a person, by the type of place: "Port Melbourne", "Mt. Hood". */
    static final Map<String, EntityType> PLACE_FIRST_WORDS = Map.of("Port", EntityType.GPE, "Fort", EntityType.GPE,
            "Ft.", EntityType.GPE, "Mount", EntityType.LOC, "Mt.", EntityType.LOC, "Mt", EntityType.LOC,
            "Lake", EntityType.LOC, "Cape", EntityType.LOC);
    /** "in" or "near" right before a name: the name of a place one is in, a town rather than a site. */
    private static final Pattern PLACE_YOU_ARE_IN = Pattern.compile("\\b(?i:in|near|outside)\\s+$");
    /** A preposition of place right before a name: "in Amman", "from Imus". */
    private static final Pattern PLACE_PREPOSITION_BEFORE =
            Pattern.compile("\\b(?i:in|at|to|from|near|into|outside|of|across|around)\\s+$");
    /** "Southern Italy", "North-western Pakistan", "Northeast of Italy": the place is group 1. */
    private static final Pattern COMPASS_PART = Pattern.compile("(?:(?:Northern|Southern|Eastern|Western|Central"
            + "|(?:North|South)-?(?:[Ee]astern|[Ww]estern)) |(?:North|South|East|West)(?:-?(?:[Ee]ast|[Ww]est))? of )"
            + "(\\p{Lu}.*)");
    /**
     * "East Jerusalem": a plain compass word before a capital (group 1). Not before a country, whose
     * name it starts ("South Korea"), nor before another city ("West Chicago" is a town of its own).
     */
    private static final Pattern COMPASS_WORD_CITY = Pattern.compile("(?:North|South|East|West) (\\p{Lu}.*)");
    private static final String RELATIVE = "\\b(?i:wife|husband|sons?|daughters?|child|children"
            + "|brothers?|sisters?|mother|father|parents|grandsons?|granddaughters?|nephews?|nieces?|cousins?"
            + "|widow|widower|fianc[eé]e?)";
    /** A word for a relative right before a name, or before one name and "and" ("his sons Brodie and"). */
    private static final Pattern RELATIVE_BEFORE =
            Pattern.compile(RELATIVE + "\\s+(?:\\p{Lu}[\\p{L}'’-]*,?\\s+(?:and\\s+)?)?$");
    /** A word for a relative right before a name, also with a comma ("her mother, Gloria ..."). */
    private static final Pattern RELATIVE_RIGHT_BEFORE = Pattern.compile(RELATIVE + ",?\\s+$");
    private static final String ADMINISTRATION = "Administration";
    /** Cities whose short name is also a state's or territory's: their full names by short name. */
    private static final Map<String, String> CITY_BY_SHORT_NAME = Map.of("New York", "New York City",
            "Washington", "Washington D.C.", "D.C.", "Washington D.C.", "NY", "New York City", "N.Y.", "New York City");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "&", "al", "de", "in", "on");
    /** Capitals around one ampersand: "PG&E", "AT&T". */
    private static final Pattern AMPERSAND_ACRONYM = Pattern.compile("\\p{Lu}{1,3}&\\p{Lu}{1,3}");

    /** First words of organisation names that do not name the organisation on their own. */
    static final Set<String> GENERIC_FIRST_WORDS = Set.of("Islamic", "National", "United", "European",
            "American", "International", "Royal", "Federal", "General", "Central", "Democratic", "Republican",
            "Supreme", "State", "New", "Great", "North", "South", "East", "West", "Eastern", "Western",
            "Northern", "Southern", "Grand", "Regional", "Global", "World", "First", "Free", "Popular", "People",
            "Native", "Indigenous", "Aboriginal");

    private final Map<String, String> canonical = new HashMap<>();
    /** Links that hold for one mention only, not for every mention of the same text. */
    private final Map<Mention, String> byMention = new HashMap<>();
    private final Gazetteer gazetteer;

    AliasResolver(String text, List<Mention> mentions, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Mention m : mentions) {
            gazetteer.place(m.text()).ifPresent(p -> canonical.put(m.text(), p.canonical()));
            gazetteer.organisation(m.text()).ifPresent(o -> canonical.put(m.text(), o));
        }
        linkAcronyms(text, mentions);
        linkSecondNames(text, mentions);
        linkSpellingVariants(mentions);
        linkPlurals(mentions);
        linkCapitalisedParticles(mentions);
        linkReversedNames(mentions);
        linkNamesAfterPrefixes(mentions);
        Set<String> relatives = namedAsRelatives(text, mentions);
        linkMiddleNames(mentions, relatives);
        linkSurnames(text, mentions, relatives);
        linkAdministrations(mentions);
        linkOtherNameWords(text, mentions);
        linkCompanyForms(mentions);
        linkShortOrgNames(mentions);
        linkPlaceHeads(mentions);
        linkCitiesNamedLikeTheirStates(mentions);
        linkPlaceFirstWords(text, mentions);
        linkModelNumbers(mentions);
        linkShipNames(mentions);
        linkIslandNames(mentions);
        linkCompassParts(mentions);
        linkShortFirstNames(mentions);
        linkNameTails(text, mentions);
        linkNamesWithoutCue(text, mentions);
        linkInstitutionsOfPlaces(mentions);
        linkMinistriesNamedTwoWays(text, mentions);
        linkAcronymsAfterPlaces(mentions);
        linkOrganisationHeads(mentions);
        linkNamesWithoutTheirBody(mentions);
        linkOrganisationWordsAlone(text, mentions);
        linkNamesWithLowerCaseLastWord(text, mentions);
        linkSitesWithoutMiddleWords(mentions);
    }

    /**
     * "the San Marcos river" after or before "the San Marcos River", "Texas State University police"
     * and "Texas State University Police": a name followed by the last word of a longer name
     * written in lower case, a place word or "police" or "prison", is that longer name, not the
     * shorter one (the town, the university). Not other words: "the APEC summit" is APEC's, and
     * "the Melbourne city centre" Melbourne's.
     */
    private void linkNamesWithLowerCaseLastWord(String text, List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        mentions.forEach(m -> names.add(m.text()));
        for (Mention m : mentions) {
            Matcher next = LOWER_CASE_WORD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            if (next.lookingAt()) {
                String word = next.group(1);
                String last = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                String longer = m.text() + " " + last;
                boolean placeWord = gazetteer.isLocCue(last) && !last.equals("City") || SITE_AND_FORCE_WORDS.contains(last);
                if (names.contains(longer) && placeWord) {
                    byMention.put(m, longer);
                }
            }
        }
    }

    /**
     * "Bradley Airport" after "Bradley International Airport": a name of two words, the second a
     * place or organisation word, is the one longer name in the document with the same first and
     * last words. Not when the first is a place, nationality or generic word: "British Airways" is
     * no "British Midland Airways", nor the "European Council" the "European Union Council".
     */
    private void linkSitesWithoutMiddleWords(List<Mention> mentions) {
        Map<String, Set<String>> longerByEnds = new HashMap<>();
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (words.length > 2 && isSiteOrOrganisationWord(words[words.length - 1])
                    && !GENERIC_FIRST_WORDS.contains(words[0]) && !isKnownWord(words[0])) {
                longerByEnds.computeIfAbsent(words[0] + " " + words[words.length - 1], k -> new HashSet<>())
                        .add(resolve(m.text()));
            }
        }
        for (Mention m : mentions) {
            Set<String> longer = longerByEnds.get(m.text());
            if (longer != null && longer.size() == 1 && m.text().split(" ").length == 2 && !canonical.containsKey(m.text())) {
                canonical.put(m.text(), longer.iterator().next());
            }
        }
    }

    private boolean isSiteOrOrganisationWord(String word) {
        return gazetteer.isLocCue(word) || gazetteer.isOrgCue(word);
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
            String[] words = m.text().split(" ");
            int place = longestPlacePrefix(words);
            if (place > 0 && words.length - place > 1) {
                // "CPD" for the "United States Commission on Presidential Debates": the place is no part of it
                byInitials.putIfAbsent(initials(String.join(" ", List.of(words).subList(place, words.length))), m.text());
            }
            if (i + 1 < mentions.size() && isParenthesised(text, m, mentions.get(i + 1))
                    && !isPersonAndAffiliation(m, mentions.get(i + 1))) {
                canonical.putIfAbsent(mentions.get(i + 1).text(), m.text());
            }
            if (i > 0 && isParenthesised(text, mentions.get(i - 1), m) && !isPersonAndAffiliation(mentions.get(i - 1), m)) {
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
     * "Oberster Gerichtshof" after "the Supreme Court of Justice (Oberster Gerichtshof)": a name of
     * two words or more in parentheses right after an organisation's name is its second name (a
     * translation, an older name), unless it is a place or holds a party's word ("member of the
     * British Parliament (Liberal Democrat)"). Why only after an organisation's name: after a
     * person's, parentheses hold the party or employer ("Olivier Besancenot (Revolutionary
     * Communist League)"). So is a name in parentheses after a site's name ending in a place word,
     * unless it is a known place ("Tahrir Square (Cairo)"): "Prague Exhibition Grounds
     * (Výstaviště)", "Congress Square (Kongresni trg)".
     */
    private void linkSecondNames(String text, List<Mention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention name = mentions.get(i);
            Mention second = mentions.get(i + 1);
            boolean bracketed = text.substring(name.end(), second.start()).strip().equals("(")
                    && text.substring(second.end()).stripLeading().startsWith(")");
            if (bracketed && name.type() == EntityType.ORG && gazetteer.isOrganisationName(List.of(name.text().split(" ")))
                    && second.text().contains(" ") && gazetteer.place(second.text()).isEmpty()
                    && Arrays.stream(second.text().split(" ")).noneMatch(w -> gazetteer.group(w).isPresent())) {
                canonical.putIfAbsent(second.text(), name.text());
            } else if (bracketed && isSiteName(name.text()) && gazetteer.place(second.text()).isEmpty()
                    && !MentionTyper.isAcronym(second.text())) {
                canonical.putIfAbsent(second.text(), name.text()); // "Prague Exhibition Grounds (Výstaviště)"
            }
        }
    }

    /** True for a site's name of two words or more ending in a place word: "Prague Exhibition Grounds". */
    private boolean isSiteName(String name) {
        return name.contains(" ") && gazetteer.isLocCue(name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * True for "Anderson Cooper (CNN)": a person and, in parentheses, the short form of where the
     * person works, not of the person's name: the name's initials are not among its letters in
     * order, as they are for names the tagger took for people ("Mass Spectrometry (ZooMS)").
     */
    private boolean isPersonAndAffiliation(Mention name, Mention shortForm) {
        boolean personLike = Arrays.stream(name.text().split(" "))
                .allMatch(w -> PERSON_NAME_WORD.matcher(w).matches() && !gazetteer.isOrgCue(w) && !gazetteer.isCompanyForm(w));
        if (name.type() != EntityType.PERSON || !personLike) {
            return false;
        }
        String letters = shortForm.text().toUpperCase(Locale.ROOT);
        int at = 0;
        for (char initial : initials(name.text()).toCharArray()) {
            at = letters.indexOf(initial, at) + 1;
            if (at == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for "Expansion (ACR)" or "ACR (Expansion)": one of the two a short form, the other
     * right after it in parentheses.
     */
    private static boolean isParenthesised(String text, Mention first, Mention second) {
        if (isShortForm(first.text()) == isShortForm(second.text())) {
            return false;
        }
        String between = text.substring(first.end(), second.start());
        return between.strip().equals("(") && second.end() < text.length() && text.charAt(second.end()) == ')';
    }

    /**
     * True for an acronym, also one in mixed case ("PCdoB" for Partido Comunista do Brasil) or
     * with an ampersand for "and" ("PG&E" for Pacific Gas and Electric): one word of at most eight
     * letters starting with a capital and with another capital after it (not "D-GA" after a
     * congresswoman's name).
     */
    static boolean isShortForm(String word) {
        if (MentionTyper.isAcronym(word) || AMPERSAND_ACRONYM.matcher(word).matches()) {
            return true;
        }
        if (word.length() > 8 || !word.chars().allMatch(Character::isLetter) || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    /**
     * "Hamza bin Ladin" after "Hamza bin Laden", "al-Qa’ida" after "Al-Qaeda", "Magnitigorsk"
     * after "Magnitogorsk": a name spelt with other vowels is the name seen first. Why so narrow:
     * transliterations and slips change a vowel inside a word, while names that differ in their
     * last letter ("Maria" and "Mario") or in short words ("Iran", "Iraq") are other names.
     */
    /**
     * True when a bare surname that is also a known place is used as the place: a country ("Chad"),
     * or a town after a preposition of place ("in Amman", "to Imus"). Otherwise a person named in
     * full with it takes it ("Sudesh Amman ... Amman said").
     */
    private boolean isPlaceNotSurname(String text, Mention m) {
        Optional<Gazetteer.Entry> place = gazetteer.place(m.text());
        return place.isPresent() && (place.get().kind().equals("country")
                || PLACE_PREPOSITION_BEFORE.matcher(textBefore(text, m)).find());
    }

    /** The few characters before a mention, where a preposition before it would be. */
    private static String textBefore(String text, Mention m) {
        return text.substring(Math.max(0, m.start() - 12), m.start());
    }

    /**
     * True for a name the rules took for a person that begins like a place or an organisation:
     * "North Melbourne", "Southeast Queensland", "County Durham", "Port Melbourne", a name led by an
     * organisation word. Such a name does not take a town's name used alone as its surname.
     */
    private boolean isPlaceLikeName(String name) {
        String first = name.substring(0, name.indexOf(' '));
        return COMPASS_WORDS.contains(first) || first.startsWith("North") || first.startsWith("South")
                || first.equals("County") || PLACE_FIRST_WORDS.containsKey(first) || gazetteer.isOrgCue(first);
    }

    /**
     * "De Blasio said" after "Bill de Blasio": a surname with a particle, the particle
     * capitalised at the start of a sentence, is the one name that ends with it in lower case.
     */
    private void linkCapitalisedParticles(List<Mention> mentions) {
        List<String> names = mentions.stream().map(Mention::text).distinct().toList();
        for (Mention m : mentions) {
            int space = m.text().indexOf(' ');
            String lower = Character.toLowerCase(m.text().charAt(0)) + m.text().substring(1);
            if (space < 0 || !NAME_PARTICLES.contains(lower.substring(0, space)) || canonical.containsKey(m.text())) {
                continue;
            }
            List<String> full = names.stream().filter(n -> n.endsWith(" " + lower)).toList();
            if (names.contains(lower) || full.size() == 1) {
                canonical.put(m.text(), names.contains(lower) ? lower : full.get(0));
            }
        }
    }

    /**
     * "the Defence Force" and "the Defence Forces", "Revolutionary Guard" and "Revolutionary
     * Guards": an organisation or place named of two words or more, once with its last word in
     * the plural, is one name; the form named first is kept.
     */
    private void linkPlurals(List<Mention> mentions) {
        Map<String, String> firstBySingular = new HashMap<>();
        for (Mention m : mentions) {
            boolean named = m.type() == EntityType.ORG || m.type() == EntityType.LOC || m.type() == EntityType.GPE;
            if (!named || !m.text().contains(" ") || canonical.containsKey(m.text())) {
                continue;
            }
            String singular = m.text().endsWith("s") ? m.text().substring(0, m.text().length() - 1) : m.text();
            String first = firstBySingular.putIfAbsent(singular, m.text());
            if (first != null && !first.equals(m.text())) {
                canonical.put(m.text(), first);
            }
        }
    }

    private void linkSpellingVariants(List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        fullPersonNames(mentions).forEach(name -> surnames.add(surname(name)));
        Map<String, Integer> uses = new HashMap<>();
        mentions.forEach(m -> uses.merge(m.text(), 1, Integer::sum));
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (surnames.contains(m.text()) || !seen.add(m.text()) || canonical.containsKey(m.text())) {
                continue; // "the Socoolas family" after "Jonathan Socoolas" and "Anne Sacoolas": the surname decides
            }
            for (String first : seen) {
                if (SpellingVariants.areVariants(first, m.text())) {
                    // The spelling used more often names both ("Sinn Féin" eleven times, "Sinn Fein" once).
                    boolean later = uses.get(m.text()) > uses.get(first) && !canonical.containsValue(first);
                    canonical.put(later ? first : m.text(), later ? m.text() : first);
                    break;
                }
            }
        }
    }

    /**
     * "Koizumi Junichiro" after "Junichiro Koizumi": a person's two names in the other order (surname
     * first, as Japanese, Chinese and Hungarian names are often written) are the person named first.
     */
    private void linkReversedNames(List<Mention> mentions) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (m.type() != EntityType.PERSON || words.length != 2 || canonical.containsKey(m.text())) {
                continue;
            }
            String reversed = words[1] + " " + words[0];
            if (people.contains(reversed)) {
                canonical.put(m.text(), reversed);
            } else {
                people.add(m.text());
            }
        }
    }

    /**
     * "told NPR Hamza bin Laden had appeared", "Bharat Ratna Pranab Mukherjee": words glued before
     * a person's full name used alone elsewhere in the document (an acronym, an honorific the
     * title list lacks) make no other person; the run is one name to the chunker, which cannot tell.
     */
    private void linkNamesAfterPrefixes(List<Mention> mentions) {
        Set<String> people = fullPersonNames(mentions);
        for (Mention m : mentions) {
            List<String> words = List.of(m.text().split(" +")); // a double space in the text is no empty word
            // Capitalised words only: "Sam Mason of BBC Radio Bristol" is no "Radio Bristol".
            for (int from = 1; m.type() == EntityType.PERSON && !MentionTyper.isShipName(m.text()) && from <= words.size() - 2
                    && Character.isUpperCase(words.get(from - 1).charAt(0)); from++) {
                String rest = String.join(" ", words.subList(from, words.size()));
                if (people.contains(rest)) {
                    canonical.putIfAbsent(m.text(), rest);
                    break;
                }
            }
        }
    }

    /**
     * "John James Conyers Jr." and "John Conyers", "Patrick J. Kennedy" and "Patrick Kennedy": a
     * full name with middle names or initials (and a suffix) is the same person as the name of its
     * first word and surname alone. Why initials too: news names a person once with the initial
     * and then without it far more often than it names a father and son who differ only in it
     * ("George W. Bush" and "George Bush"). Not after a word for a relative ("her mother, Gloria
     * Morgan Vanderbilt" after "Gloria Vanderbilt"), nor for runs the tagger took for people that
     * start with a known or generic word ("World Junior Championship").
     */
    private void linkMiddleNames(List<Mention> mentions, Set<String> relatives) {
        Set<String> shortNames = new HashSet<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m) && m.text().split(" ").length == 2) {
                shortNames.add(m.text());
            }
        }
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (!isFullPersonName(m) || words.length < 3 || canonical.containsKey(m.text()) || relatives.contains(m.text())
                    || GENERIC_FIRST_WORDS.contains(words[0]) || isKnownWord(words[0])) {
                continue;
            }
            String surname = surname(m.text());
            String shortName = words[0] + " " + surname;
            if (shortNames.contains(shortName) && !words[1].equals(surname)) {
                canonical.put(m.text(), shortName);
            }
        }
    }

    /** The names right after a word for a relative, also with a comma ("her mother, Gloria Morgan Vanderbilt"). */
    private static Set<String> namedAsRelatives(String text, List<Mention> mentions) {
        Set<String> relatives = new HashSet<>();
        for (Mention m : mentions) {
            if (RELATIVE_RIGHT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                relatives.add(m.text());
            }
        }
        return relatives;
    }

    /**
     * A bare surname joins the person named in full with it. Why per mention when two people
     * share the surname ("Colin Hargreaves", later a witness "Emma Hargreaves"): a bare
     * "Hargreaves" then means the one named most recently before it, as a reader takes it. A
     * known place ("Washington") is never a surname; a word only the name finder typed GPE is
     * (it takes a possessive "Blagojevich's sentence" for a place). Accents are ignored:
     * "Erdogan" is "Recep Tayyip Erdoğan", as English news often drops them. A person named in
     * full right after a word for a relative of someone named before ("his son Abhijit
     * Mukherjee" after "Pranab Mukherjee") does not take the bare surnames after: a relative is
     * named once, by full name, and the bare surname stays the subject's. One named in full less
     * often than another of the surname ("Grace Mugabe" once, "Robert Mugabe" five times), or named
     * less often so far in full and by the bare surname ("Sadiq Khan (no relation)" after "Usman
     * Khan" and ten "Khan"), takes it only in its own paragraph ("author Wyatt Cooper ... her union
     * with Cooper"): a new paragraph returns to the subject. A bare surname in the headline, before any full name
     * of it ("Kennedy assassin"), is the one named in full most often, the first on a tie. Of two
     * people of one surname, one called by first name alone ("Alex", a child) leaves the bare
     * surname to the other ("Barton says", his mother).
     */
    private void linkSurnames(String text, List<Mention> mentions, Set<String> relatives) {
        Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                fullNamesBySurname.computeIfAbsent(surnameKey(m.text()), k -> new HashSet<>()).add(m.text());
            }
        }
        Map<String, Integer> timesNamedInFull = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                timesNamedInFull.merge(resolve(m.text()), 1, Integer::sum);
            }
        }
        Map<String, String> subjectBySurname = new HashMap<>(); // the one named in full most often, first on a tie
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                String person = resolve(m.text());
                String subject = subjectBySurname.get(surnameKey(m.text()));
                if (subject == null || timesNamedInFull.get(person) > timesNamedInFull.get(subject)) {
                    subjectBySurname.put(surnameKey(m.text()), person);
                }
            }
        }
        Map<String, Integer> firstNameUses = firstNameUses(mentions);
        Map<String, Integer> bareUses = new HashMap<>();
        mentions.forEach(m -> bareUses.merge(SpellingVariants.withoutAccents(stripParticle(m.text())), 1, Integer::sum));
        Map<String, Boolean> companyWords = new HashMap<>();
        Map<String, Mention> latestBySurname = new HashMap<>();
        Map<String, String> mostNamedBySurname = new HashMap<>();
        Map<String, Integer> namedSoFar = new HashMap<>(); // in full or by the bare surname given to them
        Map<String, String> mostSoFarBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                String key = surnameKey(m.text());
                if (!(relatives.contains(m.text()) && latestBySurname.containsKey(key))) {
                    latestBySurname.put(key, m);
                }
                String person = resolve(m.text());
                String most = mostNamedBySurname.get(key);
                if (most == null || timesNamedInFull.get(person) > timesNamedInFull.get(most)) {
                    mostNamedBySurname.put(key, person);
                }
                namedSoFar.merge(person, 1, Integer::sum);
                String mostSoFar = mostSoFarBySurname.get(key);
                if (mostSoFar == null || namedSoFar.get(person) > namedSoFar.get(mostSoFar)) {
                    mostSoFarBySurname.put(key, person);
                }
            }
            String bare = SpellingVariants.withoutAccents(stripParticle(m.text()));
            Set<String> fullNames = fullNamesBySurname.get(bare);
            if (fullNames == null || fullNames.contains(m.text()) || isPlaceNotSurname(text, m)) {
                continue;
            }
            if (fullNames.size() == 1 && gazetteer.place(m.text()).isPresent()) {
                String full = fullNames.iterator().next();
                if (!isPlaceLikeName(full)) {
                    byMention.put(m, full); // this mention only: others of the same text may be the place
                }
            } else if (fullNames.size() == 1) {
                String full = fullNames.iterator().next();
                // "Ford" after "Ford Motor Company" twice and "William Clay Ford Jr." once is the company's.
                if (!companyWords.computeIfAbsent(bare, word -> isCompanyNamedMoreOften(word, full, mentions))) {
                    canonical.putIfAbsent(m.text(), full);
                }
            } else if (latestBySurname.containsKey(bare)) {
                Mention latest = latestBySurname.get(bare);
                String most = mostNamedBySurname.get(bare);
                // One named less often than another ("Grace Mugabe" once, "Robert Mugabe" five times)
                // keeps the bare surname to the end of the paragraph where it was named.
                String latestPerson = resolve(latest.text());
                String mostSoFar = mostSoFarBySurname.get(bare);
                boolean passingSoFar = namedSoFar.get(latestPerson) < namedSoFar.get(mostSoFar);
                boolean passing = passingSoFar || timesNamedInFull.get(latestPerson) < timesNamedInFull.get(most);
                boolean paragraphEnded = text.substring(latest.end(), m.start()).contains("\n");
                String chosen = resolve(passing && paragraphEnded ? (passingSoFar ? mostSoFar : most) : latest.text());
                int bareCount = bareUses.get(bare);
                List<String> byTheirSurname = fullNames.stream().map(this::resolve).distinct()
                        .filter(p -> !goesByFirstName(p, bareCount, firstNameUses)).toList();
                // "Alex Barton" is "Alex" from then on: a bare "Barton" is his mother "Melissa Barton".
                boolean leaves = goesByFirstName(chosen, bareCount, firstNameUses) && byTheirSurname.size() == 1;
                String person = leaves ? byTheirSurname.get(0) : chosen;
                byMention.put(m, person);
                namedSoFar.merge(person, 1, Integer::sum);
                if (namedSoFar.get(person) > namedSoFar.get(mostSoFar)) {
                    mostSoFarBySurname.put(bare, person);
                }
            } else if (isInHeadline(text, m) && m.type() != EntityType.MISC) { // "Fire erupts": no name
                byMention.put(m, subjectBySurname.get(bare)); // "Kennedy assassin": the article's subject
            }
        }
    }

    /**
     * True when an organisation whose name starts with {@code word} and ends with an organisation
     * word or a company's form ("Ford Motor Company") is named in full more often than {@code person}:
     * the bare word is then that organisation's short name, not the person's surname.
     */
    private boolean isCompanyNamedMoreOften(String word, String person, List<Mention> mentions) {
        long company = mentions.stream().filter(m -> m.type() == EntityType.ORG && m.text().startsWith(word + " "))
                .map(m -> m.text().substring(m.text().lastIndexOf(' ') + 1))
                .filter(last -> gazetteer.isOrgCue(last) || gazetteer.isCompanyForm(last)).count();
        long named = mentions.stream().filter(m -> m.text().equals(person)).count();
        return company > named;
    }

    /**
     * How often each person (resolved name) is called by first name alone: "Alex" after "Alex
     * Barton", when no other full name in the document begins with "Alex".
     */
    private Map<String, Integer> firstNameUses(List<Mention> mentions) {
        Map<String, Set<String>> peopleByFirstName = new HashMap<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                peopleByFirstName.computeIfAbsent(m.text().split(" ")[0], k -> new HashSet<>()).add(resolve(m.text()));
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        for (Mention m : mentions) {
            Set<String> named = peopleByFirstName.get(m.text());
            if (m.type() == EntityType.PERSON && isNameWord(m.text()) && named != null && named.size() == 1) {
                uses.merge(named.iterator().next(), 1, Integer::sum);
            }
        }
        return uses;
    }

    /**
     * True when {@code person} goes by first name: called so three times or more, and at least as
     * often as their surname stands alone ({@code bareSurnameUses} times). Why both: a gunman called
     * "Eden" now and then is still "Natan-Zada" most of the time, and the bare surname is his, not
     * his father's.
     */
    private static boolean goesByFirstName(String person, int bareSurnameUses, Map<String, Integer> firstNameUses) {
        int uses = firstNameUses.getOrDefault(person, 0);
        return uses >= 3 && uses >= bareSurnameUses;
    }

    /** True for a mention in the document's first line, its headline. */
    private static boolean isInHeadline(String text, Mention m) {
        int lineEnd = text.indexOf('\n');
        return lineEnd < 0 || m.end() <= lineEnd;
    }

    /**
     * A word of a person's full name other than the surname, used alone, is that person when
     * it is in only one full name in the document: "Lula" after "Luiz Inácio Lula da Silva",
     * "Abeer's family" after "Abeer Qassim al-Janabi". Why: a bare surname is linked above, but
     * some people go by a first or middle name. A known place or group word is never one, nor
     * is another full name's surname, nor a name after a word for a relative ("his children
     * Brodie and Nolan": a son named like his father is another person).
     */
    private void linkOtherNameWords(String text, List<Mention> mentions) {
        Map<String, String> fullByWord = new HashMap<>();
        Set<String> excluded = new HashSet<>(GENERIC_FIRST_WORDS);
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                excluded.add(surname(m.text()));
            } else if (m.type() != EntityType.PERSON && m.type() != EntityType.MISC) {
                excluded.add(m.text()); // "Ryanair" typed ORG is no first name, even in "Ryanair UK"
            }
        }
        for (Mention m : mentions) {
            String surname = isFullPersonName(m) ? surname(m.text()) : null;
            if (surname == null || MentionTyper.isAcronym(surname)
                    || (isKnownWord(surname) && !isUsedAloneFor(surname, m.text(), mentions))) {
                continue; // "South Korean", "Ryanair UK": a person's name only to the tagger
            }
            for (String word : m.text().split(" ")) {
                if (isNameWord(word) && !word.equals(surname)) {
                    String previous = fullByWord.putIfAbsent(word, m.text());
                    if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                        excluded.add(word);
                    }
                }
            }
        }
        for (Mention m : mentions) {
            String full = fullByWord.get(m.text());
            // Only a word typed PERSON: "Christmas" in "Christmas Day" or "Sony" in "Sony PlayStation
            // Portable" are MISC or ORG, though the tagger took the long names for people.
            if (full != null && m.type() == EntityType.PERSON && !excluded.contains(m.text())
                    && !canonical.containsKey(m.text()) && !isKnownWord(m.text()) && !namesRelative(text, m)) {
                byMention.put(m, full);
            }
        }
    }

    /**
     * True when a mention of {@code surname} alone stands for the person {@code fullName}: a surname
     * that is also a town ("Imus") is then a surname, and the full name a person's.
     */
    private boolean isUsedAloneFor(String surname, String fullName, List<Mention> mentions) {
        String person = resolve(fullName);
        return mentions.stream().anyMatch(x -> x.text().equals(surname) && resolve(x).equals(person));
    }

    /** True for a word that may be a first or middle name: letters (and a hyphen), a capital first. */
    private static boolean isNameWord(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }

    /** True for a place, nationality, group or organisation word: never a person's name. */
    private boolean isKnownWord(String word) {
        return gazetteer.isPlaceNationalityOrGroup(word) || gazetteer.isOrgCue(word);
    }

    /** True for a name right after a word for a relative, or after one such name and "and". */
    private static boolean namesRelative(String text, Mention m) {
        return RELATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find();
    }

    /**
     * "the Bush Administration" after "George W. Bush": a surname and "Administration" name the
     * government of the one person named in full with that surname, a mention of that person (as
     * "the Bush administration", where the lower case leaves the surname alone).
     */
    private void linkAdministrations(List<Mention> mentions) {
        Map<String, String> fullBySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String name : fullPersonNames(mentions)) {
            String previous = fullBySurname.putIfAbsent(surname(name), name);
            if (previous != null && !resolve(previous).equals(resolve(name))) {
                ambiguous.add(surname(name));
            }
        }
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (words.length == 2 && !ambiguous.contains(words[0]) && fullBySurname.containsKey(words[0])
                    && isAdministrationOf(m.text(), fullBySurname.get(words[0]))) {
                canonical.putIfAbsent(m.text(), fullBySurname.get(words[0]));
            }
        }
    }

    /** True for "Bush Administration" and "George W. Bush": the person's surname and "Administration". */
    static boolean isAdministrationOf(String name, String fullName) {
        return name.equals(surname(fullName) + " " + ADMINISTRATION);
    }

    /** The texts of the mentions that name a person in full. */
    private static Set<String> fullPersonNames(List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        for (Mention m : mentions) {
            if (isFullPersonName(m)) {
                names.add(m.text());
            }
        }
        return names;
    }

    private static boolean isFullPersonName(Mention m) {
        return m.type() == EntityType.PERSON && m.text().contains(" ");
    }

    /**
     * "Washington" and "D.C." after "Washington D.C.", "New York" after "New York City": the short
     * name of a city that shares it with a state, once the document names the city in full, is
     * that city. Why: the writer who names the city means it, and the held-out sets count a city
     * and the state sharing its name as one place. Not "Mexico" for "Mexico City", nor "Kansas"
     * for "Kansas City": other places.
     */
    private void linkCitiesNamedLikeTheirStates(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> gazetteer.place(m.text()).ifPresent(p -> named.add(p.canonical())));
        for (Mention m : mentions) {
            String city = CITY_BY_SHORT_NAME.get(m.text());
            if (city != null && named.contains(city)) {
                canonical.put(m.text(), city);
            }
        }
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
            boolean place = m.type() == EntityType.LOC || m.type() == EntityType.GPE;
            if (place && m.text().contains(" ") && gazetteer.isLocCue(head)) {
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
     * "Fath" after "Fath Airport", "Payam" after "Payam International Airport": the first word of
     * one place named with a word for a kind of place, used alone for a place, is that place;
     * not a known place of its own ("Colorado" of "Colorado River"), nor a word that begins two
     * such names, nor a compass or place word ("East River", "Street Bridge"), nor a word the
     * document also puts after "in" or "near": a town of its own ("flights from Stavanger Airport
     * ... homes in Stavanger").
     */
    private void linkPlaceFirstWords(String text, List<Mention> mentions) {
        Map<String, String> fullByFirst = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (m.type() == EntityType.LOC && words.length > 1 && gazetteer.isLocCue(words[words.length - 1])
                    && !gazetteer.isLocCue(words[0]) && !COMPASS_WORDS.contains(words[0])) {
                String previous = fullByFirst.putIfAbsent(words[0], m.text());
                if (previous != null && !previous.equals(m.text())) {
                    ambiguous.add(words[0]);
                }
            }
        }
        for (Mention m : mentions) {
            if (fullByFirst.containsKey(m.text()) && PLACE_YOU_ARE_IN.matcher(textBefore(text, m)).find()) {
                ambiguous.add(m.text());
            }
        }
        for (Mention m : mentions) {
            String full = fullByFirst.get(m.text());
            boolean place = m.type() == EntityType.GPE || m.type() == EntityType.LOC || m.type() == EntityType.MISC;
            if (full != null && place && !ambiguous.contains(m.text()) && gazetteer.place(m.text()).isEmpty()) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    /**
     * "Boeing 707s", "707" and "the 707" after "Boeing 707": a product's model number, plural or
     * alone, is that product, unless two makers' products share it.
     */
    private void linkModelNumbers(List<Mention> mentions) {
        Map<String, String> productByModel = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (ModelNumbers.isProduct(m.text())) {
                String model = ModelNumbers.model(m.text());
                String previous = productByModel.get(model);
                if (previous != null && !previous.startsWith(m.text().substring(0, m.text().lastIndexOf(' ') + 1))) {
                    ambiguous.add(model);
                } else if (previous == null || m.text().length() < previous.length()) {
                    productByModel.put(model, m.text()); // the singular over the plural: "Boeing 707"
                }
            }
        }
        for (Mention m : mentions) {
            boolean model = ModelNumbers.isProduct(m.text()) || ModelNumbers.isModelNumber(m.text());
            String product = model ? productByModel.get(ModelNumbers.model(m.text())) : null;
            if (product != null && !product.equals(m.text()) && !ambiguous.contains(ModelNumbers.model(m.text()))) {
                canonical.putIfAbsent(m.text(), product);
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

    /**
     * "Zach" after "Zachary": a first name alone, of four letters or more, that begins one other
     * name used alone for a person is that person's short name. Not when it begins two ("Alex"
     * for "Alexander" and "Alexandra"), nor for a name of a person named in full.
     */
    private void linkShortFirstNames(List<Mention> mentions) {
        Set<String> single = new HashSet<>();
        Set<String> inFullNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && isNameWord(m.text())) {
                single.add(m.text());
            } else if (isFullPersonName(m)) {
                inFullNames.addAll(List.of(m.text().split(" ")));
            }
        }
        for (String name : single) {
            List<String> longer = single.stream().filter(o -> o.length() > name.length() && o.startsWith(name)).toList();
            if (name.length() >= 4 && longer.size() == 1 && !inFullNames.contains(name) && !inFullNames.contains(longer.get(0))) {
                canonical.putIfAbsent(name, longer.get(0));
            }
        }
    }

    /**
     * "Northern California", "Southern Poland", "Central Italy", "Northeast of Italy": a compass
     * part of a place, typed a place, is a mention of that place, as the gold counts it, when the
     * place is known or named alone in the document as a place or a person (the name finder reads
     * "before Rhodesia broke away" as a person). Typed a person, it is one only of a known place
     * ("Northwestern Pakistan"). Not a place of its own ("Northern Ireland", "Western Australia",
     * "Central African Republic" are in the gazetteer); "North", "South", "East", "West" only
     * before a capital ("East Jerusalem"), as they start countries ("South Korea") and towns.
     */
    private void linkCompassParts(List<Mention> mentions) {
        Set<String> named = new HashSet<>(); // not MISC: "Energy" after "EDF Energy" is no "Southern Energy"
        mentions.stream().filter(m -> m.type() != EntityType.ORG && m.type() != EntityType.MISC).forEach(m -> named.add(m.text()));
        for (Mention m : mentions) {
            Matcher part = COMPASS_PART.matcher(m.text());
            boolean place = m.type() == EntityType.GPE || m.type() == EntityType.LOC;
            if (!place && m.type() != EntityType.PERSON || gazetteer.place(m.text()).isPresent()) {
                continue;
            }
            Matcher city = COMPASS_WORD_CITY.matcher(m.text());
            if (part.matches() && (gazetteer.place(part.group(1)).isPresent() || place && named.contains(part.group(1)))) {
                canonical.putIfAbsent(m.text(), part.group(1));
            } else if (place && city.matches() && isCapital(city.group(1))) {
                canonical.putIfAbsent(m.text(), city.group(1));
            }
        }
    }


    private boolean isCapital(String name) {
        return gazetteer.place(name).filter(p -> p.kind().equals("capital")).isPresent();
    }

    /**
     * "the Strip" after "the Gaza Strip", "the Counsel" and "Rights Counsel" after "American
     * Rights Counsel LLC", "the Legacy" after "Embraer Legacy": the last words of one organisation,
     * place or MISC name (a product, an event) named in full, with no
     * type of their own, are that name. A single word only counts after "the" (a capitalised
     * short name); words that end two different names (of any type: "Film Festival" after
     * "Venice Film Festival" and "Thessaloniki Film Festival") link to neither.
     */
    private void linkNameTails(String text, List<Mention> mentions) {
        Map<String, String> fullByTail = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            boolean typed = m.type() != EntityType.PERSON && m.type() != EntityType.MISC;
            if (m.text().contains(" ") && (typed || MentionTyper.isDecidedMisc(m.text()))) { // "the Constitution"
                addTails(m.text(), fullByTail, ambiguous);
            }
        }
        // Then names typed MISC (products, events: "the Legacy" after "Embraer Legacy 600"), unless one
        // is the last words of a name above ("Rights Counsel" of "American Rights Counsel LLC").
        for (Mention m : mentions) {
            if (m.type() == EntityType.MISC && m.text().contains(" ") && !fullByTail.containsKey(m.text())) {
                addTails(m.text(), fullByTail, ambiguous);
            }
        }
        for (Mention m : mentions) {
            // Another name typed PERSON or MISC with the same last words, unless it is such a tail itself.
            if (m.text().contains(" ") && !fullByTail.containsKey(m.text())) {
                for (String tail : tails(m.text())) {
                    String full = fullByTail.get(tail);
                    if (full != null && !resolve(full).equals(resolve(m.text()))) {
                        ambiguous.add(tail);
                    }
                }
            }
        }
        for (Mention m : mentions) {
            String full = fullByTail.get(m.text());
            if (full == null || m.type() != EntityType.MISC || ambiguous.contains(m.text())
                    || !Character.isUpperCase(m.text().charAt(0))) {
                continue;
            }
            if (m.text().contains(" ")) {
                canonical.putIfAbsent(m.text(), full);
            } else if (followsThe(text, m.start())) {
                byMention.put(m, full);
            }
        }
    }

    /**
     * "the Watch Tower" after "the Watch Tower Society", "at Saint Francis" after "Saint Francis
     * Hospital": an organisation named in full without the organisation word that ends it, after
     * "the" or a preposition of place, is that organisation. Only two words or
     * more that are no name of their own (no place, no organisation word at their end: "the
     * Senate" is not the "Senate Committee"), and only when one organisation has them.
     */
    private void linkNamesWithoutCue(String text, List<Mention> mentions) {
        Map<String, String> fullByHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (m.type() == EntityType.ORG && space > 0 && gazetteer.isOrgCue(m.text().substring(space + 1))) {
                String head = m.text().substring(0, space);
                String previous = fullByHead.putIfAbsent(head, m.text());
                if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                    ambiguous.add(head);
                }
            }
        }
        Set<String> usedAlone = new HashSet<>();
        mentions.forEach(m -> usedAlone.add(m.text()));
        for (Mention m : mentions) {
            String full = fullByHead.get(m.text());
            String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
            // After a preposition of place ("at Saint Francis"), unless the last word is used alone, as a surname is.
            boolean placed = PLACE_PREPOSITION_BEFORE.matcher(textBefore(text, m)).find() && !usedAlone.contains(last);
            if (full != null && m.text().contains(" ") && !ambiguous.contains(m.text()) && (followsThe(text, m.start()) || placed)
                    && !canonical.containsKey(m.text()) && gazetteer.place(m.text()).isEmpty() && !gazetteer.isOrgCue(last)) {
                byMention.put(m, full);
            }
        }
    }

    /**
     * "Parliament" after "UK Parliament", "the Supreme Court" after "United States Supreme Court":
     * a place and words ending in an organisation word name that place's institution, and those
     * words alone, written with their capitals, are that institution when only one place's is
     * named in the document. The same words after two spellings of one place ("U.S. Geological
     * Survey", "United States Geological Survey") are one institution. A place's constitution
     * ("US Constitution", "this Constitution") is linked the same way, and so is an organisation
     * named after a nationality word, by two or more words ("Brazilian Air Force", "the Air Force"),
     * and one whose place follows "of" or "of the" ("Supreme Court of the United Kingdom", "UK Supreme
     * Court"; "Supreme Court of Puerto Rico").
     * A place and a curated organisation's name is that organisation ("US Federal Reserve").
     */
    private void linkInstitutionsOfPlaces(List<Mention> mentions) {
        Map<String, String> fullByRest = new HashMap<>();
        Map<String, String> fullByPlaceAndRest = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            Optional<PlacedInstitution> institution = placedInstitution(m);
            if (institution.isEmpty()) {
                continue;
            }
            String rest = institution.get().rest();
            Optional<String> curated = gazetteer.organisation(rest);
            if (curated.isPresent()) {
                canonical.putIfAbsent(m.text(), curated.get()); // "US Federal Reserve": the curated name
                continue;
            }
            String samePlace = fullByPlaceAndRest.putIfAbsent(institution.get().place() + "\t" + rest, m.text());
            if (samePlace != null) {
                canonical.putIfAbsent(m.text(), samePlace);
            }
            String previous = fullByRest.putIfAbsent(rest, m.text());
            if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                ambiguous.add(rest);
            }
        }
        for (Mention m : mentions) {
            String full = fullByRest.get(m.text());
            if (full != null && !ambiguous.contains(m.text()) && gazetteer.place(m.text()).isEmpty()) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    /**
     * "Culture Ministry" and "Ministry of Culture", "State Department" and "United States
     * Department of State": a ministry or department named by its field before or after "of" is
     * one, with or without its country or nationality before it. Not when two countries' are named
     * ("the Israeli Defence Ministry", "Lebanon's Ministry of Defence").
     */
    private void linkMinistriesNamedTwoWays(String text, List<Mention> mentions) {
        Map<String, String> firstByField = new HashMap<>();
        Map<String, String> countryByField = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<Map.Entry<Mention, String>> named = new ArrayList<>();
        for (Mention m : mentions) {
            Matcher before = FIELD_BEFORE_MINISTRY.matcher(m.text());
            Matcher after = FIELD_AFTER_MINISTRY.matcher(m.text());
            String country;
            String key;
            if (before.matches()) {
                country = before.group(1);
                key = before.group(3) + " of " + before.group(2);
            } else if (after.matches()) {
                country = after.group(1);
                key = after.group(2) + " of " + after.group(3);
            } else {
                continue;
            }
            Matcher owner = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if (country == null && owner.find()) {
                country = owner.group(1); // "Lebanon's Ministry of Defence"
            }
            Optional<String> place = country == null ? Optional.empty() : countryOf(country);
            if (country != null && place.isEmpty() || m.type() != EntityType.ORG) {
                continue;
            }
            String other = place.isEmpty() ? null : countryByField.putIfAbsent(key, place.get());
            if (other != null && !other.equals(place.get())) {
                ambiguous.add(key);
            }
            firstByField.putIfAbsent(key, m.text());
            named.add(Map.entry(m, key));
        }
        for (Map.Entry<Mention, String> entry : named) {
            String first = resolve(firstByField.get(entry.getValue()));
            String name = entry.getKey().text();
            if (!ambiguous.contains(entry.getValue()) && !resolve(name).equals(first)) {
                canonical.putIfAbsent(name, first);
            }
        }
    }

    /** The country a place or nationality word names: "United States", "Portuguese" → Portugal. */
    private Optional<String> countryOf(String word) {
        Optional<String> place = gazetteer.place(word).map(Gazetteer.Entry::canonical);
        return place.isPresent() ? place : gazetteer.demonymCountry(word);
    }

    /** An institution named with its place: the place's canonical name and the institution's own words. */
    private record PlacedInstitution(String place, String rest) {
    }

    /**
     * The place and the rest of "UK Parliament", "Brazilian Air Force" (an organisation of three
     * words or more after a nationality word) or "Supreme Court of the United Kingdom", when the rest
     * is an organisation's name or a constitution. Not when the rest holds a place: "University of
     * Manchester" is a name of its own, not "Victoria University of Manchester".
     */
    private Optional<PlacedInstitution> placedInstitution(Mention m) {
        List<String> words = List.of(m.text().split(" "));
        int place = longestPlacePrefix(words.toArray(String[]::new));
        Optional<String> canonicalPlace = place > 0
                ? gazetteer.place(String.join(" ", words.subList(0, place))).map(Gazetteer.Entry::canonical) : Optional.empty();
        if (place == 0 && m.type() == EntityType.ORG) {
            canonicalPlace = words.size() > 2 ? gazetteer.demonymCountry(words.get(0)) : Optional.empty();
            place = canonicalPlace.isPresent() ? 1 : 0;
        }
        List<String> rest = words.subList(place, words.size());
        if (place == 0 && (m.type() == EntityType.ORG || MentionTyper.isDecidedMisc(m.text()))) { // "Constitution of the ..."
            canonicalPlace = placeAfterOfThe(words);
            rest = canonicalPlace.isPresent() ? words.subList(0, words.indexOf("of")) : rest;
        }
        if (canonicalPlace.isEmpty() || !(gazetteer.isOrganisationName(rest) || MentionTyper.isConstitution(rest))
                || rest.stream().anyMatch(w -> gazetteer.place(w).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new PlacedInstitution(canonicalPlace.get(), String.join(" ", rest)));
    }

    /**
     * The canonical place of a name that ends with "of" or "of the" and a known place ("Parliament
     * of the United Kingdom" → United Kingdom, "Supreme Court of Puerto Rico" → Puerto Rico), if it
     * does.
     */
    private Optional<String> placeAfterOfThe(List<String> words) {
        int of = words.indexOf("of");
        if (of < 1 || of + 1 >= words.size()) {
            return Optional.empty();
        }
        boolean the = words.get(of + 1).equals("the");
        int place = the ? of + 2 : of + 1;
        if (place >= words.size() || !the && words.get(of - 1).equals("Party")) {
            return Optional.empty(); // "Green Party of Idaho" is the state's party, not the "Green Party"
        }
        return gazetteer.place(String.join(" ", words.subList(place, words.size()))).map(Gazetteer.Entry::canonical);
    }

    /**
     * "the Tortuga" after "USS Tortuga": a ship's name without its prefix is the ship, mention by
     * mention, once the ship is named with it, unless the name is a place or was used before the
     * ship was named ("Alan Kurdi", the boy, before "MV Alan Kurdi", the ship named after him).
     */
    private void linkShipNames(List<Mention> mentions) {
        Map<String, Mention> shipByName = new HashMap<>();
        Set<String> namedBefore = new HashSet<>();
        for (Mention m : mentions) {
            if (MentionTyper.isShipName(m.text())) {
                shipByName.putIfAbsent(m.text().substring(m.text().indexOf(' ') + 1), m);
            } else if (shipByName.containsKey(m.text()) && !namedBefore.contains(m.text()) && gazetteer.place(m.text()).isEmpty()) {
                byMention.put(m, shipByName.get(m.text()).text());
            } else {
                namedBefore.add(m.text());
            }
        }
    }

    /**
     * "Kamloops RCMP" after "Royal Canadian Mounted Police (RCMP)": a place before an acronym
     * the document uses alone is that organisation (its local office), as a place before an
     * institution's own name belongs to it. The place is known or named alone as a place; not
     * when the acronym alone is already the short form of the longer name ("Merlin CSAR").
     */
    private void linkAcronymsAfterPlaces(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) {
            named.add(m.text());
            if (m.type() == EntityType.GPE || m.type() == EntityType.LOC) {
                places.add(m.text());
            }
        }
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String acronym = m.text().substring(space + 1);
            String place = m.text().substring(0, space);
            if (MentionTyper.isAcronym(acronym) && named.contains(acronym) && !resolve(acronym).equals(m.text())
                    && (places.contains(place) || gazetteer.place(place).isPresent())) {
                canonical.putIfAbsent(m.text(), acronym);
            }
        }
    }

    /**
     * "the House" after "(US) House of Representatives", "the Ministry" after "Ministry of Health",
     * "the Port Authority" after "Port Authority of New York and New Jersey": the words before the
     * "of" of one organisation's name, ending with an organisation word, used alone, are that
     * organisation. Words of two or more after which a region follows are not: the "Constitution
     * Party of Idaho" is a branch of the "Constitution Party". Not when two such names share the
     * words, nor when another name ends with them ("White House", "Supreme Court"): which one is
     * meant is then unclear.
     */
    private void linkOrganisationHeads(List<Mention> mentions) {
        Map<String, String> fullByHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            int from = longestPlacePrefix(words); // "US House of Representatives"
            int of = List.of(words).indexOf("of");
            if (m.type() == EntityType.ORG && of > from && of < words.length - 1 && gazetteer.isOrgCue(words[of - 1])
                    && (of - from == 1 || !isRegion(List.of(words).subList(of + 1, words.length)))) {
                String head = String.join(" ", List.of(words).subList(from, of));
                String previous = fullByHead.putIfAbsent(head, m.text());
                if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                    ambiguous.add(head);
                }
            } else if (words.length > 1) {
                ambiguous.addAll(tails(m.text()));
            }
        }
        linkUnambiguousShortForms(mentions, fullByHead, ambiguous);
    }

    /**
     * "the Judiciary Committee" after "House Judiciary Committee": an organisation's name after
     * an organisation word (the body it belongs to), used without that word, is that
     * organisation when only one name in the document ends with it ("Senate Judiciary
     * Committee" and "House Judiciary Committee" leave it to neither). Of a name with "and", the
     * words before "and" with the last word are a short form too: "the Oversight Committee" after
     * "House Oversight and Reform Committee".
     */
    private void linkNamesWithoutTheirBody(List<Mention> mentions) {
        Map<String, String> fullByRest = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (m.type() != EntityType.ORG || words.length < 3) {
                continue;
            }
            if (!gazetteer.isOrgCue(words[0]) || !gazetteer.isOrgCue(words[words.length - 1])) {
                continue;
            }
            List<String> rest = List.of(words).subList(1, words.length);
            int and = rest.indexOf("and");
            List<String> shortForms = new ArrayList<>(List.of(String.join(" ", rest)));
            if (and > 0) { // "the Oversight Committee" after "House Oversight and Reform Committee"
                shortForms.add(String.join(" ", rest.subList(0, and)) + " " + rest.get(rest.size() - 1));
            }
            for (String shortForm : shortForms) {
                String previous = fullByRest.putIfAbsent(shortForm, m.text());
                if (previous != null && !resolve(previous).equals(resolve(m.text()))) {
                    ambiguous.add(shortForm);
                }
            }
        }
        linkUnambiguousShortForms(mentions, fullByRest, ambiguous);
    }

    /**
     * "the Congress" after "Indian National Congress", "the Court" after "Supreme Court": the
     * organisation word that ends one organisation's name, used alone, is that organisation when
     * the words before it only describe it (a place, a nationality or a generic word: "Indian",
     * "National", "Puerto Rico Supreme"). Not after a name of its own ("White House": "the House" is another
     * body), nor when another name ends with the word or has it before "of" ("Court of Appeals"),
     * unless that name is the same organisation ("Supreme Court of Puerto Rico"). The one name that
     * starts with the word and "of" takes it too ("the House" after "House of Commons"), and so does
     * any one name ending in a word such as "Fund", "Institute" or a newspaper's "Times", which
     * names no other body alone.
     */
    private void linkOrganisationWordsAlone(String text, List<Mention> mentions) {
        Map<String, String> fullByWord = new HashMap<>();
        Map<String, Set<String>> namedWithOf = new HashMap<>();
        Map<String, Set<String>> namedFirstWithOf = new HashMap<>(); // "House of Commons" under "House"
        Set<String> onlyAfterThe = new HashSet<>(); // "the Fund", not "Company meteorologist Evan ..."
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            List<String> words = List.of(m.text().split(" "));
            if (words.size() < 2 || words.get(0).equals("The")) {
                continue; // "The Times" is "Times" by its spelling (SpellingVariants)
            }
            String last = words.get(words.size() - 1);
            int place = longestPlacePrefix(words.toArray(String[]::new)); // "Puerto Rico Supreme Court"
            List<String> before = words.subList(place, words.size() - 1);
            // Not a place's party: "West Virginia Republican Senate candidate" is no Senate.
            boolean described = before.stream()
                    .allMatch(w -> GENERIC_FIRST_WORDS.contains(w) || gazetteer.demonymCountry(w).isPresent())
                    && !(place > 0 && before.stream().anyMatch(PARTY_WORDS::contains));
            // "the Fund" after "Central Emergency Response Fund": these words name no other body alone.
            boolean newspaper = MentionTyper.NEWSPAPER_WORDS.contains(last); // "The Times" after "Sunday Times"
            boolean ownShortName = described || SHORT_NAME_WORDS.contains(last) || newspaper;
            boolean candidate = ownShortName && m.type() == EntityType.ORG && (gazetteer.isOrgCue(last) || newspaper);
            String previous = candidate ? fullByWord.putIfAbsent(last, m.text()) : null;
            if (candidate && !described) {
                onlyAfterThe.add(last);
            }
            if (!ownShortName || (previous != null && !resolve(previous).equals(resolve(m.text())))) {
                ambiguous.add(last);
            }
            int of = words.indexOf("of");
            if (of > 0) {
                namedWithOf.computeIfAbsent(words.get(of - 1), k -> new HashSet<>()).add(resolve(m.text()));
            }
            if (of == 1 && m.type() == EntityType.ORG && gazetteer.isOrgCue(words.get(0))) {
                namedFirstWithOf.computeIfAbsent(words.get(0), k -> new HashSet<>()).add(resolve(m.text()));
            }
        }
        // "the House" after "House of Commons", the one name that starts with the word and "of", even
        // beside "White House": not when another takes the word alone ("Supreme Court", above).
        namedFirstWithOf.forEach((word, names) -> {
            if (names.size() == 1 && namedWithOf.get(word).size() == 1 && !fullByWord.containsKey(word)) {
                fullByWord.put(word, names.iterator().next());
                ambiguous.remove(word);
            }
        });
        // "Court of Session" makes "the Court" ambiguous; "Supreme Court of Puerto Rico", the same
        // court as "Puerto Rico Supreme Court", does not.
        namedWithOf.forEach((word, names) -> {
            String full = fullByWord.get(word);
            if (full == null || names.stream().anyMatch(n -> !n.equals(resolve(full)))) {
                ambiguous.add(word);
            }
        });
        mentions.stream().filter(m -> onlyAfterThe.contains(m.text()) && !followsThe(text, m.start()))
                .forEach(m -> ambiguous.add(m.text()));
        linkUnambiguousShortForms(mentions, fullByWord, ambiguous);
    }

    /** Links each mention that is a short form of one full name only, unless already linked. */
    private void linkUnambiguousShortForms(List<Mention> mentions, Map<String, String> fullByShortForm,
            Set<String> ambiguous) {
        for (Mention m : mentions) {
            String full = fullByShortForm.get(m.text());
            if (full != null && !ambiguous.contains(m.text()) && !canonical.containsKey(m.text())) {
                canonical.put(m.text(), full);
            }
        }
    }

    /** True for a known place that is no country: a state, province or city. */
    private boolean isRegion(List<String> words) {
        return gazetteer.place(String.join(" ", words)).filter(p -> !p.kind().equals("country")).isPresent();
    }

    /** The number of leading words of a name that are a known place, longest first, or 0. */
    private int longestPlacePrefix(String[] words) {
        for (int n = words.length - 1; n > 0; n--) {
            if (gazetteer.place(String.join(" ", List.of(words).subList(0, n))).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    /** Files {@code full} under each of its last words; words that end two different names are ambiguous. */
    private void addTails(String full, Map<String, String> fullByTail, Set<String> ambiguous) {
        for (String tail : tails(full)) {
            String previous = fullByTail.putIfAbsent(tail, full);
            if (previous != null && !resolve(previous).equals(resolve(full))) {
                ambiguous.add(tail);
            }
        }
    }

    /**
     * The last words of {@code name} without its company form or model number, longest first:
     * "Rights Counsel", "Counsel"; "Legacy" of "Embraer Legacy 600".
     */
    private List<String> tails(String name) {
        String base = ModelNumbers.isProduct(name) ? name.substring(0, name.lastIndexOf(' ')) : name;
        String[] words = gazetteer.withoutCompanyForm(base).orElse(base).split(" ");
        List<String> tails = new ArrayList<>();
        for (int from = 1; from < words.length; from++) {
            tails.add(String.join(" ", List.of(words).subList(from, words.length)));
        }
        return tails;
    }

    private static boolean followsThe(String text, int start) {
        boolean quoted = start > 0 && "\"“'‘".indexOf(text.charAt(start - 1)) >= 0; // the "Globe"
        int from = start - 4 - (quoted ? 1 : 0);
        return from >= 0 && text.regionMatches(true, from, "the ", 0, 4)
                && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
    }

    /**
     * "Salling Group" after "Salling Group A/S", "Amnesty" after "Amnesty International": a company
     * named without its legal form. Not an acronym before "International", which names a branch of
     * the acronym's organisation ("NFL International" is not the NFL).
     */
    private void linkCompanyForms(List<Mention> mentions) {
        for (Mention m : mentions) {
            gazetteer.withoutCompanyForm(m.text())
                    .filter(name -> !(MentionTyper.isAcronym(name) && m.text().endsWith(" International")))
                    .ifPresent(name -> canonical.putIfAbsent(name, m.text()));
        }
    }

    /**
     * "Norvance" after "Norvance Therapeutics", "NBC" after "NBC News": a company's first word
     * used alone. The word may be typed PERSON (by the name finder: "Salling said"), as no person is named in full with it:
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
            if (full != null && (untyped || isAcronymOfTwoWordName(m.text(), full)) && !ambiguous.contains(m.text())) {
                canonical.putIfAbsent(m.text(), full);
            }
        }
    }

    /**
     * True for an acronym that starts a name of two words whose second is an organisation word
     * ("NBC" in "NBC News", "Acme Group"): the same organisation. Why so narrow: "UN" is not the
     * "UN Security Council", nor "BBC" the channel "BBC One".
     */
    private boolean isAcronymOfTwoWordName(String word, String full) {
        int space = full.indexOf(' ');
        return MentionTyper.isAcronym(word) && space == full.lastIndexOf(' ') && gazetteer.isOrgCue(full.substring(space + 1))
                && gazetteer.place(word).isEmpty();
    }

    /** The surname of a full name without its accents, as bare surnames are looked up. */
    private static String surnameKey(String fullName) {
        return SpellingVariants.withoutAccents(surname(fullName));
    }

    static String surname(String fullName) {
        String[] words = fullName.split(" ");
        int last = words.length - 1;
        if (last == 1 && KOREAN_GIVEN_NAME.matcher(words[1]).matches()) {
            return words[0]; // "Kim Jong-il", "Ban Ki-moon": the family name comes first
        }
        // "Elizabeth II" is a name and its number; "Truex Jr" a surname and its suffix, named in full elsewhere.
        if ((last > 1 && NAME_SUFFIXES.contains(words[last])) || (last > 0 && ROMAN_NUMBER.matcher(words[last]).matches())) {
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
