package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a run of name words into typed mentions: strips titles ("Secretary of State"),
 * drops nationality modifiers ("Iraqi Prime Minister Hayder al-Abadi"), splits off leading
 * places ("Baghdad Green Zone"), and types what is left from the gazetteer and name cues.
 *
 * <p>Stateless apart from the shared gazetteer: thread-safe.
 */
final class MentionTyper {
    /** Words after a place that make it part of a currency's name ("US dollars"). */
    private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars");
    /** Words after a place that name its founding law, one name with the place ("United States Constitution"). */
    private static final Set<String> CONSTITUTION_WORDS = Set.of("Constitution");
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** Demonyms that also name a government, whose modifier use is a mention of it. */
    private static final Set<String> INSTITUTION_DEMONYMS = Set.of("Vatican");
    private static final Set<String> FAMILY_WORDS = Set.of("family", "families", "clan");
    /** Prefixes of ships' names: motor, steam and research vessels, navies' ships. */
    private static final Set<String> SHIP_PREFIXES = Set.of("MV", "MS", "MT", "SS", "RMS", "RV", "HMS", "HMAS",
            "HMCS", "HMNZS", "USS", "USNS", "INS");
    /** Words after a place's name that make it one of the place's units: "San Bernardino County". */
    private static final Set<String> UNIT_WORDS = Set.of("County", "Province", "Prefecture", "Oblast", "Parish", "Borough");
    private static final Set<String> MEMBER_WORDS = Set.of("Member", "Members");
    /** Last words of newspapers' names after their city or day: "Baltimore Sun", "Sunday Telegraph". */
    static final Set<String> NEWSPAPER_WORDS = Set.of("Herald", "Sun", "Tribune", "Globe", "Chronicle", "Times",
            "Post", "Gazette", "Journal", "Star", "Observer", "Examiner", "Courier", "Inquirer", "Dispatch", "Telegraph",
            "Mercury", "Advertiser", "Bulletin", "Register", "Press", "Enquirer", "Statesman", "Mirror", "Mail");
    private static final Set<String> CHAMBERS = Set.of("House", "Senate", "Assembly");
    /** Titles a field's words come before: "Foreign Secretary", "Finance Minister". */
    private static final Set<String> FIELD_TITLES = Set.of("Secretary", "Minister");
    /** Words of a field or rank before "Secretary" or "Minister", part of the title. */
    private static final Set<String> TITLE_FIELD_WORDS = Set.of("Foreign", "Home", "Press", "Defense", "Defence",
            "Homeland", "Security", "Transportation", "Transport", "Cabinet", "Chief", "Health", "Energy", "Interior",
            "Commerce", "Labor", "Labour", "Education", "Agriculture", "Treasury", "Shadow", "Culture", "Environment",
            "Justice", "Business", "Trade", "Finance", "Economy", "Development", "Communications", "Housing", "Veterans",
            "Senior", "Former", "Acting", "Deputy", "Assistant", "Under", "Permanent", "General", "Prime", "State",
            "Affairs", "Public", "Works", "Mining", "Resources", "Natural", "Internal", "External",
            "Information", "Social", "Welfare", "Planning", "Tourism", "Sport", "Sports", "Youth", "Women");
    /** Last words of the titles of a chamber's own officers: "Speaker", "President", "Majority Leader". */
    private static final Set<String> CHAMBER_OFFICERS = Set.of("Speaker", "President", "Leader", "Whip");
    /** Words after the last of two street names that both share ("Queen and Flinders Streets"). */
    private static final Set<String> STREETS_WORDS = Set.of("Streets", "Avenues", "Roads", "Boulevards");
    private final Gazetteer gazetteer;

    MentionTyper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Typed mentions in the tokens {@code [start, end)}.
     *
     * @param next the token right after the run, or null
     */
    List<Mention> mentions(String text, List<Token> tokens, int start, int end, Token next) {
        List<Mention> out = new ArrayList<>();
        split(text, tokens, start, end, next, out);
        return out;
    }

    private void split(String text, List<Token> tokens, int start, int end, Token next, List<Mention> out) {
        if (start >= end) {
            return;
        }
        String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        if (NameChunker.isCaseName(name)) {
            out.add(of(text, tokens, start, end, EntityType.MISC)); // "Kelly v. United States": a case, not its parties
            return;
        }
        if (isFamily(tokens, start, end, next)) {
            return; // before places: Imus is also a city
        }
        if (gazetteer.place(name).isPresent()) {
            if (end - start == 1 && isNationalityWordOf(name) && isModifier(next)) {
                return; // "the Saudi consulate", "Thai officials": a nationality word, though also a short name
            }
            if (next == null || !CURRENCY_WORDS.contains(next.text())) {
                out.add(mention(text, tokens, start, end, next)); // "US dollars" names a currency, not the country
            }
            return;
        }
        if (end - start > 1 && STREETS_WORDS.contains(tokens.get(end - 1).text()) && start > 0
                && tokens.get(start - 1).text().equals("and")) {
            // "Elmwood and Forest Avenues": the plural is each street's, the name before it one street.
            out.add(of(text, tokens, start, end - 1, EntityType.LOC));
            return;
        }
        int member = memberOf(tokens, start, end);
        if (member >= 0) {
            split(text, tokens, start, member, tokens.get(member), out);
            split(text, tokens, member + 2, end, next, out);
            return;
        }
        int owner = personAfterOrganisationOf(tokens, start, end);
        if (owner > 0) {
            split(text, tokens, start, owner - 1, tokens.get(owner - 1), out);
            out.add(of(text, tokens, owner, end, EntityType.PERSON));
            return;
        }
        int of = personOfUnit(text, tokens, start, end);
        if (of > 0) {
            split(text, tokens, start, of, tokens.get(of), out);
            split(text, tokens, of + 1, end, next, out);
            return;
        }
        if (endsWithCue(tokens, end) || gazetteer.withoutCompanyForm(name).isPresent()) {
            out.add(mention(text, tokens, start, end, next));
            return;
        }
        if (end - start == 1 && isNorp(name) && isModifier(next)) {
            return;
        }
        int[] title = findTitle(tokens, start, end);
        if (title != null && title[1] == end - 1 && NameChunker.isNeverName(tokens.get(end - 1).text())) {
            title = null; // "Doctor Who": a title word in a name, not a title before one
        }
        if (title != null && title[1] == end && anyWord(tokens, start, title[0], "for"::equals)) {
            title = null; // "Center for Human Rights and Global Justice": the name's last word
        }
        if (title != null && title[1] == end && isOrganisationOf(tokens, start, title[0])) {
            title = null; // "Department of Justice", "Court of Justice": the name's last word
        }
        if (title != null) {
            if (!isChamberOfItsTitle(tokens, start, title)) {
                split(text, tokens, start, title[0], tokens.get(title[0]), out);
            }
            int person = title[1];
            if (person + 1 < end && tokens.get(person).text().equals("of")) {
                // "President of India Pranab Mukherjee": the place is the title's, the rest the person;
                // "Mayor of New York City", "District Attorney of San Bernardino County": all of it the place.
                String rest = text.substring(tokens.get(person + 1).start(), tokens.get(end - 1).end());
                int place = gazetteer.place(rest).isPresent() ? end : longestPlacePrefix(text, tokens, person + 1, end);
                boolean unitAfter = tokens.subList(place, end).stream()
                        .allMatch(t -> gazetteer.isLocCue(t.text()) || UNIT_WORDS.contains(t.text()));
                if (place > person + 1 && place < end && unitAfter) {
                    place = end;
                }
                if (place == end) {
                    out.add(mention(text, tokens, person + 1, end, next));
                    person = end;
                } else if (place > person + 1) {
                    out.add(mention(text, tokens, person + 1, place, tokens.get(place)));
                    person = place;
                }
            }
            if (person < end && tokens.get(person).text().equals("of")) {
                // "CEO of Tesco": what follows the title's "of" is its unit, not a person.
                split(text, tokens, person + 1, end, next, out);
            } else if (person < end) {
                out.add(of(text, tokens, person, end, EntityType.PERSON));
            }
            return;
        }
        // A leading nationality or group word is a modifier ("Marxist FARC", "Greek Ministry of
        // Transport") unless a group word is followed by an organisation word: "Communist Party
        // of Brazil" and "Muslim Council of Britain" are one name each.
        String first = tokens.get(start).text();
        boolean groupsOrganisation = gazetteer.group(first).isPresent() && hasOrgCue(tokens, start + 1, end);
        if (end - start > 1 && isNorp(first) && !groupsOrganisation) {
            split(text, tokens, start + 1, end, next, out);
            return;
        }
        int place = longestPlacePrefix(text, tokens, start, end);
        if (place > start && isConstitution(words(tokens, place, end))) {
            out.add(of(text, tokens, start, end, EntityType.MISC)); // "United States Constitution": the place's law
            return;
        }
        if (place > start && place < end && isNewspaperTitle(tokens, place, end)) {
            out.add(of(text, tokens, start, end, EntityType.ORG)); // "Baltimore Sun", "Sydney Morning Herald"
            return;
        }
        // A place before an organisation's name is part of it: "United States Department of Defense".
        if (place > start && place < end && !gazetteer.isOrganisationName(words(tokens, place, end))
                && !NameChunker.isAdvocacyGroupName(tokens, place, end) && !isPlaceFeature(tokens, place, end)
                && (type(text, tokens, place, end, next) != EntityType.PERSON || isTitlesPlace(tokens, start))) {
            out.add(mention(text, tokens, start, place, tokens.get(place)));
            out.add(mention(text, tokens, place, end, next));
            return;
        }
        out.add(mention(text, tokens, start, end, next));
    }

    /**
     * True for a name these rules type MISC on purpose, which the name finder must not retype
     * from the names inside it: a court case ("Kelly v. United States"), a place's constitution
     * ("United States Constitution", "Constitution of the United States"), a product ("Boeing 707"),
     * a named day ("Super Tuesday") or an award ("Person of the Year").
     */
    static boolean isDecidedMisc(String name) {
        int space = name.lastIndexOf(' ');
        return NameChunker.isCaseName(name) || ModelNumbers.isProduct(name) || NameChunker.isNamedDay(name)
                || isShipName(name) || NameChunker.isAwardName(name)
                || (space > 0 && CONSTITUTION_WORDS.contains(name.substring(space + 1)))
                || CONSTITUTION_WORDS.stream().anyMatch(word -> name.startsWith(word + " of the "));
    }

    /**
     * True for a ship's name after its prefix ("MV Alan Kurdi", "HMS Belfast", "USS Cole"): a
     * vessel, not the person or place it is named after.
     */
    static boolean isShipName(String name) {
        int space = name.indexOf(' ');
        return space > 0 && SHIP_PREFIXES.contains(name.substring(0, space));
    }

    /** True for the words after a place that name its founding law: "Constitution". */
    static boolean isConstitution(List<String> words) {
        return words.size() == 1 && CONSTITUTION_WORDS.contains(words.get(0));
    }

    /**
     * True when {@code [place, end)} is one word for a kind of place ("River", "Avenue", "Airport"):
     * with the place before it, it names one place, "Colorado River", "Delaware Avenue", "Kabul
     * Airport", not the place and a word alone.
     */
    /**
     * True for the words after a place that make a newspaper's name: one or two words, the last a
     * newspaper's word ("Sun", "Morning Herald", "Free Press"). Why: they are no organisation
     * words elsewhere ("the Sun", "Globe"), so the place was cut off ("Baltimore" and "Sun").
     */
    private static boolean isNewspaperTitle(List<Token> tokens, int place, int end) {
        return end - place <= 2 && NEWSPAPER_WORDS.contains(tokens.get(end - 1).text());
    }

    private boolean isPlaceFeature(List<Token> tokens, int place, int end) {
        return end - place == 1 && gazetteer.isLocCue(tokens.get(place).text());
    }

    /**
     * The index of "Member" or "Members" right before "of" and a name in the run ("Conservative
     * Members of Parliament", "UK Member of Parliament"), or -1: a member's post, no name, while
     * what it is a member of is one. Why not in the title list: "Member States", "Board Member" are
     * no posts before a person's name.
     */
    private static int memberOf(List<Token> tokens, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            if (MEMBER_WORDS.contains(tokens.get(i).text()) && tokens.get(i + 1).text().equals("of")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The start of a person's name with a middle initial ending the run after an organisation
     * word and "of" ("Presidential Administration of George W. Bush"), or -1: the initial marks a
     * person, who is named apart from the body.
     */
    private int personAfterOrganisationOf(List<Token> tokens, int start, int end) {
        int person = end - 3;
        boolean initial = person - 2 >= start && MIDDLE_INITIAL.matcher(tokens.get(person + 1).text()).matches();
        return initial && tokens.get(person - 1).text().equals("of") && gazetteer.isOrgCue(tokens.get(person - 2).text())
                && allProperNouns(tokens, person, end) ? person : -1;
    }

    /** True when {@code [start, at)} is an organisation word and "of": "Department of", "Ministry of". */
    private boolean isOrganisationOf(List<Token> tokens, int start, int at) {
        return at - start >= 2 && tokens.get(at - 1).text().equals("of") && gazetteer.isOrgCue(tokens.get(at - 2).text());
    }

    /**
     * The index of "of" in a run "person of unit" ("Sam Whitlock of Greater Manchester Police",
     * "Martin Smith of PBS"), or -1. Why: the chunker joins names across "of", which is right
     * for "University of Michigan" but makes one mention of a person and their employer or
     * home, so neither is counted. The left part must look like a person (a title and a name,
     * or two or more proper nouns with no organisation cue), the right a place or organisation.
     */
    private int personOfUnit(String text, List<Token> tokens, int start, int end) {
        int of = -1;
        for (int i = start + 1; i < end - 1 && of < 0; i++) {
            of = tokens.get(i).text().equals("of") ? i : -1;
        }
        if (of < 0) {
            return -1;
        }
        int[] title = findTitle(tokens, start, end);
        boolean titleAcrossOf = title != null && title[0] < of && title[1] > of;
        // "Sam Whitlock of"; "U.S. Secretary of Health and Human Services": a field title's unit.
        boolean titledName = title != null
                && (title[1] < of || title[1] == of && FIELD_TITLES.contains(tokens.get(of - 1).text()));
        boolean plainName = title == null && of - start >= 2 && allProperNouns(tokens, start, of)
                && !hasOrgCue(tokens, start, of);
        return !titleAcrossOf && (titledName || plainName) && isNamedUnit(text, tokens, of + 1, end) ? of : -1;
    }

    private boolean isNamedUnit(String text, List<Token> tokens, int start, int end) {
        String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        return gazetteer.place(name).isPresent() || endsWithCue(tokens, end)
                || (end - start == 1 && isAcronym(name));
    }

    private static List<String> words(List<Token> tokens, int start, int end) {
        return tokens.subList(start, end).stream().map(Token::text).toList();
    }

    /** True when the text of a token in {@code [start, end)} is {@code wanted}. */
    private static boolean anyWord(List<Token> tokens, int start, int end, Predicate<String> wanted) {
        for (int i = start; i < end; i++) {
            if (wanted.test(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrgCue(List<Token> tokens, int start, int end) {
        return anyWord(tokens, start, end, gazetteer::isOrgCue);
    }

    private Mention mention(String text, List<Token> tokens, int start, int end, Token next) {
        return of(text, tokens, start, end, type(text, tokens, start, end, next));
    }

    /**
     * True for a surname between "the" and "family" ("met the Imus family"): the family, a
     * group, and no mention of the person named with it. An acronym before "family" ("the FBI
     * family") is still the organisation.
     */
    private static boolean isFamily(List<Token> tokens, int start, int end, Token next) {
        return end - start == 1 && !isAcronym(tokens.get(start).text()) && start > 0
                && tokens.get(start - 1).text().equalsIgnoreCase("the") && next != null && FAMILY_WORDS.contains(next.text());
    }

    /**
     * True for a nationality or group word used as a modifier ("Iranian-backed", "Iraqi
     * officials"): it describes something else and is not a mention of a group.
     */
    private static boolean isModifier(Token next) {
        if (next == null) {
            return false;
        }
        String pos = next.pos();
        return next.text().equals("-") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ")
                || NameChunker.isCapitalisedWord(next);
    }

    private EntityType type(String text, List<Token> tokens, int start, int end, Token next) {
        String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        Optional<Gazetteer.Entry> place = gazetteer.place(PossessiveApostrophes.withoutApostrophe(name));
        if (place.isPresent()) {
            return place.get().type();
        }
        if (end - start == 1 && isNorp(name)) {
            return EntityType.NORP;
        }
        if (hasOrgCue(tokens, start, end) || gazetteer.withoutCompanyForm(name).isPresent()
                || NameChunker.isAdvocacyGroupName(tokens, start, end)) {
            return EntityType.ORG;
        }
        if (gazetteer.isLocCue(tokens.get(end - 1).text())) {
            return EntityType.LOC;
        }
        if (next != null && gazetteer.isOrgCueNoun(next.text())) {
            return EntityType.ORG;
        }
        if (end - start == 1 && isAcronym(name)) {
            return EntityType.ORG;
        }
        if (isDecidedMisc(name)) {
            return EntityType.MISC;
        }
        if (name.contains(" ") && allProperNouns(tokens, start, end)) {
            return EntityType.PERSON;
        }
        return EntityType.MISC;
    }

    private boolean endsWithCue(List<Token> tokens, int end) {
        return gazetteer.isOrgCue(tokens.get(end - 1).text());
    }

    /**
     * True for a demonym that is not itself its country's name: "Saudi", "Thai"; not "Djibouti",
     * nor "Vatican", which names the Holy See's government in "Vatican officials".
     */
    private boolean isNationalityWordOf(String word) {
        return !INSTITUTION_DEMONYMS.contains(word)
                && gazetteer.demonymCountry(word).filter(country -> !country.equals(word)).isPresent();
    }

    private boolean isNorp(String word) {
        return gazetteer.demonymCountry(word).isPresent() || gazetteer.group(word).isPresent();
    }

    /**
     * True for "House Speaker", "Senate Majority Leader": a chamber right before the title of its
     * own officer, one title with it and no mention of the chamber ("Coast Guard Commandant" is
     * one of the organisation).
     */
    private static boolean isChamberOfItsTitle(List<Token> tokens, int start, int[] title) {
        return title[0] == start + 1 && CHAMBERS.contains(tokens.get(start).text())
                && CHAMBER_OFFICERS.contains(tokens.get(title[1] - 1).text());
    }

    /**
     * The first title in the run as {@code [titleStart, titleEnd)}, or null. Titles joined by a
     * hyphen ("Major-General", "Vice-Admiral") are one title, and so are the words of a field or
     * rank before "Secretary" or "Minister", or after it and "of" ("Homeland Security Secretary",
     * "Former Home Secretary", "Secretary of Agriculture").
     */
    /**
     * The number of tokens of "of Agriculture", "of the Treasury", "of Homeland Security" at {@code i}
     * after "Secretary" or "Minister"; 0 otherwise.
     */
    private static int fieldAfterOf(List<Token> tokens, int i, int end) {
        if (i >= end || !tokens.get(i).text().equals("of")) {
            return 0;
        }
        int k = i + 1 < end && tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
        int first = k;
        while (k < end && TITLE_FIELD_WORDS.contains(tokens.get(k).text())) {
            k++;
        }
        boolean fieldGoesOn = k < end && tokens.get(k).text().equals("and"); // "of Health and Human Services"
        return k > first && !fieldGoesOn ? k - i : 0;
    }

    private int[] findTitle(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            for (List<String> title : gazetteer.titles()) {
                if (matches(tokens, i, end, title)) {
                    int titleEnd = i + title.size();
                    while (titleEnd + 1 < end && tokens.get(titleEnd).text().equals("-")
                            && gazetteer.titles().contains(List.of(tokens.get(titleEnd + 1).text()))) {
                        titleEnd += 2;
                    }
                    // "Commandant Admiral Elson Hermogino": a rank after a post is a title too.
                    int more = titleEnd < end - 1 ? titleAt(tokens, titleEnd, end) : 0;
                    int titleStart = i;
                    boolean fieldTitle = FIELD_TITLES.contains(tokens.get(titleEnd - 1).text());
                    while (fieldTitle && titleStart > start && TITLE_FIELD_WORDS.contains(tokens.get(titleStart - 1).text())) {
                        titleStart--;
                    }
                    if (fieldTitle && more == 0) {
                        more = fieldAfterOf(tokens, titleEnd, end);
                    }
                    return new int[] {titleStart, titleEnd + more};
                }
            }
        }
        return null;
    }

    /** The number of words of the longest title at {@code at}, or 0. */
    private int titleAt(List<Token> tokens, int at, int end) {
        for (List<String> title : gazetteer.titles()) {
            if (matches(tokens, at, end, title)) {
                return title.size();
            }
        }
        return 0;
    }

    private static boolean matches(List<Token> tokens, int at, int end, List<String> words) {
        if (at + words.size() > end) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a place that a title's "of the" or "to" points to ("Vice President of the United
     * States Joe Biden", "Ambassador to Germany Richard Grenell"): the title's, not a person's
     * first name. Why so narrow: before a person's name a place is often a first name ("Georgia
     * Smith"), and after "the" the rest of a place's name is often no person though two proper
     * nouns ("the US Geological Survey", "the Paris Climate Accord").
     */
    private boolean isTitlesPlace(List<Token> tokens, int start) {
        boolean ofThe = start >= 3 && tokens.get(start - 1).text().equals("the") && tokens.get(start - 2).text().equals("of")
                && gazetteer.titles().contains(List.of(tokens.get(start - 3).text()));
        boolean to = start >= 2 && tokens.get(start - 1).text().equals("to")
                && gazetteer.titles().contains(List.of(tokens.get(start - 2).text()));
        return ofThe || to;
    }

    private int longestPlacePrefix(String text, List<Token> tokens, int start, int end) {
        for (int stop = end - 1; stop > start; stop--) {
            String prefix = text.substring(tokens.get(start).start(), tokens.get(stop - 1).end());
            if (gazetteer.place(prefix).isPresent()) {
                return stop;
            }
        }
        return start;
    }

    static boolean allProperNouns(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            // "al", "bin", "van" and the hyphen of "Al-Sayed" join a person's name; "of" does
            // not ("Gulf of Mexico", "Voice of America").
            boolean connector = (Character.isLowerCase(t.text().charAt(0)) && !NameChunker.isCapitalisedWord(t)
                    && !t.text().equals("of")) || t.text().equals("-");
            // "al-Janabi": a name with its particle, whatever the tagger made of the hyphenated word.
            boolean particleName = Character.isLowerCase(t.text().charAt(0)) && NameChunker.isCapitalisedWord(t);
            if (!t.pos().equals("PROPN") && !connector && !particleName) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Mention of(String text, List<Token> tokens, int start, int end, EntityType type) {
        int from = tokens.get(start).start();
        int to = tokens.get(end - 1).end();
        return new Mention(text.substring(from, to), type, from, to);
    }
}
