package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of name words in a sentence: capitalised tokens, joined by name connectors
 * ("Secretary of State Mike Pompeo", "Mohammad al Halbusi").
 *
 * <p>Why capitalisation and not only PROPN: the UD tagger calls "Islamic" ADJ and "Basra"
 * NOUN. A capitalised sentence-initial word only starts a run when it is tagged PROPN or is
 * known to be a name (seen capitalised mid-sentence, or in the gazetteer).
 */
final class NameChunker {
    /** A run of tokens {@code [start, end)}, indices into the document's token list. */
    record Run(int start, int end) {
    }

    /**
     * Plural words for people that start advocacy groups' names before "for": "Women for America
     * First", "Fathers for Justice". Not nationalities' plurals: "requests by Afghans for NATO".
     */
    private static final Set<String> PEOPLE_PLURALS = Set.of("Women", "Mothers", "Fathers", "Parents", "Citizens",
            "Veterans", "Doctors", "Physicians", "Nurses", "Lawyers", "Scientists", "Students", "Friends", "Families",
            "Voters", "Workers");
    private static final Set<String> CONNECTORS = Set.of("of", "al", "bin", "ibn", "de", "da", "del",
            "la", "le", "van", "von", "der", "den", "du", "&", "el", "bint", "abu", "al-");
    /** "Roe v. Wade": the parties of a court case and "v." are one name (with no full stop, "v" is sport's). */
    static final String CASE_VERSUS = "v.";
    private static final String CASE_VERSUS_WORD = " " + CASE_VERSUS + " ";
    private static final Pattern ARABIC_PARTICLE_NAME = Pattern.compile("(?:al|el|as|ash|ad|an|bin|ibn|abu)-\\p{Lu}.*");

    /** Words that start sentences and are never names on their own, whatever the tagger says. */
    private static final Set<String> NEVER_NAMES = Set.of("The", "A", "An", "We", "I", "He", "She", "It",
            "They", "You", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My",
            "Your", "For", "In", "On", "At", "By", "With", "From", "To", "Of", "And", "But", "Or", "If",
            "As", "While", "When", "After", "Before", "Then", "There", "Here", "No", "Yes", "Many", "Some",
            "Most", "All", "Every", "Each", "Following", "Earlier", "Later", "Left", "Tags", "Analysis",
            "However", "Meanwhile", "Also", "Still", "Now", "So", "Not", "Why", "What", "Who", "How", "Where",
            "Which", "Is", "Are", "Was", "Were", "Does", "Did", "Has", "Have", "Had", "Could", "Would", "Should",
            "Both", "Either", "Neither", "Another", "Several");
    /** Plural nouns for the people news reports on, capitalised only to open a sentence ("Police said"). */
    private static final Set<String> OPENING_COMMON_NOUNS = Set.of("Police", "Officials", "Authorities", "Prosecutors",
            "Investigators", "Firefighters", "Rescuers", "Witnesses", "Troops", "Soldiers", "Residents");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.", "Sept.",
            "Oct.", "Nov.", "Dec.");

    /** Names that end in a number: "Adam Air Flight 574" and "Adam Air Flight 172" are two crashes. */
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** Words that make a weekday after them the name of a day of its own: "Super Tuesday", "Good Friday". */
    private static final Set<String> NAMED_DAY_WORDS = Set.of("Super", "Black", "Good", "Cyber", "Ash", "Easter",
            "Bloody", "Holy", "Maundy", "Palm", "Shrove", "Giving", "Whit", "Fat", "Blue");
    private static final Set<String> NUMBERED_NAMES = Set.of("Flight", "Route", "Highway", "Interstate",
            "Proposition", "Resolution");

    private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", ":", "—", "–", "*", "•");
    private static final Set<String> ELLIPSES = Set.of("...", "…");

    /** "The White House": the article is not part of the name. */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");

    private final Set<String> knownNames;
    private final PossessiveWords possessiveWords;
    private final Gazetteer gazetteer;

    /**
     * @param knownNames words seen capitalised mid-sentence elsewhere in the document
     * @param possessiveWords the words the document uses only around a possessive
     */
    NameChunker(Set<String> knownNames, PossessiveWords possessiveWords, Gazetteer gazetteer) {
        this.knownNames = knownNames;
        this.possessiveWords = possessiveWords;
        this.gazetteer = gazetteer;
    }

    /**
     * Capitalised words that the document uses only around a possessive {@code 's}: {@code owners}
     * only right before one ("Jehovah" in "Jehovah's"), {@code owned} only right after one.
     */
    record PossessiveWords(Set<String> owners, Set<String> owned) {
        static PossessiveWords of(List<Token> tokens) {
            Set<String> owners = new HashSet<>();
            Set<String> owned = new HashSet<>();
            Set<String> notOwner = new HashSet<>();
            Set<String> notOwned = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (isCapitalisedWord(tokens.get(i))) {
                    String word = tokens.get(i).text();
                    (i + 1 < tokens.size() && POSSESSIVES.contains(tokens.get(i + 1).text()) ? owners : notOwner).add(word);
                    (i > 0 && POSSESSIVES.contains(tokens.get(i - 1).text()) ? owned : notOwned).add(word);
                }
            }
            owners.removeAll(notOwner);
            owned.removeAll(notOwned);
            return new PossessiveWords(owners, owned);
        }
    }

    List<Run> runs(List<Token> tokens, int sentenceStart, int sentenceEnd) {
        List<Run> runs = new ArrayList<>();
        boolean titleCase = isTitleCase(tokens, sentenceStart, sentenceEnd);
        int i = sentenceStart;
        while (i < sentenceEnd) {
            if (!isNameWord(tokens.get(i), titleCase || startsClause(tokens, i, sentenceStart))
                    && !startsKnownPlace(tokens, i, sentenceEnd) && !startsWeekdayNewspaper(tokens, i, sentenceEnd)) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean afterFor = false;
            while (end < sentenceEnd) {
                boolean nameNext = end + 1 < sentenceEnd && isNameWord(tokens.get(end + 1), false);
                if (isNameWord(tokens.get(end), titleCase)) {
                    end++;
                } else if ((CONNECTORS.contains(tokens.get(end).text()) || isJoiningHyphen(tokens, end)
                        || tokens.get(end).text().equals(CASE_VERSUS)) && nameNext) {
                    end += 2;
                } else if (nameNext && isInitialsFullStop(tokens, end)) {
                    end += 2;
                } else if (nameNext && end == i + 1 && isPossessiveInName(tokens, end)) {
                    end += 2;
                } else if (nameNext && joinsOrganisationName(tokens, end, afterFor)) {
                    afterFor = true;
                    end += 2;
                } else if (nameNext && joinsWordsBeforeOrgWord(tokens, end, sentenceEnd)) {
                    end += 2;
                } else if (nameNext && secondPlaceOfOrganisation(tokens, i, end, sentenceEnd) > 0) {
                    end = secondPlaceOfOrganisation(tokens, i, end, sentenceEnd);
                } else if (placeOfTheOrganisation(tokens, end, sentenceEnd) > 0) {
                    end = placeOfTheOrganisation(tokens, end, sentenceEnd);
                    break;
                } else if (isOfTheYear(tokens, end, sentenceEnd)) {
                    end += 3; // "Person of the Year": an award's name
                    break;
                } else if (NUMBERED_NAMES.contains(tokens.get(end - 1).text()) && isNumber(tokens.get(end).text())) {
                    end++;
                } else if (end == i + 1 && isNamedDay(tokens.get(i).text() + " " + tokens.get(end).text())) {
                    end++;
                    break;
                } else if (!titleCase && ModelNumbers.isModelNumber(tokens.get(end).text())
                        && ModelNumbers.namesProducts(tokens.get(end - 1).text(), gazetteer)
                        && (end + 1 >= sentenceEnd || !ModelNumbers.isUnit(tokens.get(end + 1).text()))) {
                    end++; // "Boeing 707": a maker and a model number name one product
                    break;
                } else {
                    break;
                }
            }
            end = withCompanyForm(tokens, i, end, sentenceEnd);
            int start = ARTICLES.contains(tokens.get(i).text()) ? i + 1 : i;
            boolean commonNoun = end == i + 1 && OPENING_COMMON_NOUNS.contains(tokens.get(i).text())
                    && startsClause(tokens, i, sentenceStart);
            if (start < end && !commonNoun) {
                runs.add(new Run(start, end));
            }
            i = end;
        }
        return withListedWords(tokens, runs);
    }

    /**
     * The runs with an organisation's name that lists words with commas joined into one:
     * "the Engineering, Printing and Manufacturing Union", "National Union of Rail, Maritime and
     * Transport Workers". Why: a comma ends a run, so the list's first words stood apart. Only
     * when the last run joins words before an organisation word with "and", each word before it
     * stands alone between commas, and the list follows "the" or "of" (not "Apple, Google and
     * Microsoft Corp").
     */
    private List<Run> withListedWords(List<Token> tokens, List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run run : runs) {
            int first = out.size();
            while (first > 0 && isListedWordBefore(tokens, out.get(first - 1), first == out.size() ? run : out.get(first))) {
                first--;
            }
            boolean listed = first < out.size() && hasAndBeforeOrgWord(tokens, run)
                    && isAfterTheOrOf(tokens, out.get(first)) && out.subList(first + 1, out.size()).stream()
                            .allMatch(r -> r.end() - r.start() == 1);
            if (listed) {
                Run merged = new Run(out.get(first).start(), run.end());
                out.subList(first, out.size()).clear();
                out.add(merged);
            } else {
                out.add(run);
            }
        }
        return out;
    }

    /** True when {@code before} ends with one name word, then only a comma before {@code run}. */
    private boolean isListedWordBefore(List<Token> tokens, Run before, Run run) {
        int last = before.end() - 1;
        return before.end() + 1 == run.start() && tokens.get(before.end()).text().equals(",")
                && (before.end() - before.start() == 1 || tokens.get(last - 1).text().equals("of"))
                && !isNamedApart(tokens.get(last).text());
    }

    private boolean hasAndBeforeOrgWord(List<Token> tokens, Run run) {
        boolean and = false;
        for (int k = run.start(); k < run.end(); k++) {
            and |= tokens.get(k).text().equals("and");
        }
        return and && gazetteer.isOrgCue(tokens.get(run.end() - 1).text());
    }

    /** True for a run after "the" or with "of" in it: "the Engineering", "National Union of Rail". */
    private static boolean isAfterTheOrOf(List<Token> tokens, Run run) {
        boolean afterThe = run.start() > 0 && tokens.get(run.start() - 1).text().equalsIgnoreCase("the");
        return afterThe || tokens.subList(run.start(), run.end()).stream().anyMatch(t -> t.text().equals("of"));
    }

    /**
     * True for "for" right after an organisation word ("Centers for Disease Control", "Bank for
     * International Settlements"), for "on" there when no place follows ("Committee on Foreign
     * Relations", not "Forum on China"; a date is no name word), and for "and" after such a "for"
     * or "on" ("... Control and Prevention"), when a name word follows that is no place or title
     * ("... Astrophysics and Dr. Drake Deming"). Why only there: "for", "on" and "and" between
     * other names join two names ("Britain and France", "voted for Biden", "Obama on Iraq").
     */
    private boolean joinsOrganisationName(List<Token> tokens, int i, boolean afterFor) {
        String word = tokens.get(i).text();
        String next = tokens.get(i + 1).text();
        if (word.equals("for")) {
            return gazetteer.isOrgCue(tokens.get(i - 1).text()) || PEOPLE_PLURALS.contains(tokens.get(i - 1).text());
        }
        if (word.equals("on")) {
            return gazetteer.isOrgCue(tokens.get(i - 1).text()) && !gazetteer.isPlaceNationalityOrGroup(next)
                    && !MentionTyper.isAcronym(next) && !namesAPlace(tokens, i + 1);
        }
        return word.equals("and") && afterFor && !gazetteer.isPlaceNationalityOrGroup(next)
                && !gazetteer.titles().contains(List.of(next)) && !gazetteer.isLocCue(next);
    }

    /** True for "of the Year" at {@code i}, which ends an award's name ("Person of the Year"). */
    private static boolean isOfTheYear(List<Token> tokens, int i, int sentenceEnd) {
        return i + 3 <= sentenceEnd && tokens.get(i).text().equals("of") && tokens.get(i + 1).text().equals("the")
                && tokens.get(i + 2).text().equals("Year");
    }

    /** True for an award's name: "Person of the Year", "PGA Player of the Year". */
    static boolean isAwardName(String name) {
        return name.endsWith(" of the Year");
    }

    /** True for a name with a plural word for people before "for" in it: "Fathers for Justice", an organisation. */
    static boolean isAdvocacyGroupName(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (tokens.get(i).text().equals("for") && PEOPLE_PLURALS.contains(tokens.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name words from {@code start} name a place ("on Christmas Island", "on Main
     * Street"): they start with a known place, or one of them is a word for a kind of place. What
     * an organisation sits on is no part of its name.
     */
    private boolean namesAPlace(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && isNameWord(tokens.get(end), false)) {
            if (gazetteer.isLocCue(tokens.get(end).text())) {
                return true;
            }
            end++;
        }
        for (int stop = start + 1; stop <= end; stop++) {
            if (isPlace(tokens, start, stop)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for "and" between two words of one organisation's name that ends in an organisation
     * word within three words after it: "Food and Drug Administration", "House Oversight and
     * Reform Committee", "Fire and Rescue Service". Not after a place, nationality, acronym,
     * title or organisation word, nor before a name of its own ("Kofi Annan and World Trade
     * Organisation", "FBI and Justice Department", "Senate Committee and House Committee").
     */
    private boolean joinsWordsBeforeOrgWord(List<Token> tokens, int i, int sentenceEnd) {
        String before = tokens.get(i - 1).text();
        String after = tokens.get(i + 1).text();
        if (!tokens.get(i).text().equals("and") || isNamedApart(before) || isNamedApart(after)
                || AliasResolver.GENERIC_FIRST_WORDS.contains(after)) {
            return false;
        }
        for (int k = i + 1; k < Math.min(sentenceEnd, i + 4) && isNameWord(tokens.get(k), false); k++) {
            if (gazetteer.isOrgCue(tokens.get(k).text())) {
                return k > i + 1;
            }
        }
        return false;
    }

    /** True for a word that names something apart: a place, nationality, group, acronym, title or organisation word. */
    private boolean isNamedApart(String word) {
        return gazetteer.isPlaceNationalityOrGroup(word) || MentionTyper.isAcronym(word) || gazetteer.isOrgCue(word)
                || gazetteer.titles().contains(List.of(word));
    }

    /**
     * The end of the second place in "Port Authority of New York and New Jersey", with {@code and}
     * at {@code i}: an organisation word, "of", a place, "and", a place that ends the run. Else 0.
     * Why: "and" between names otherwise parts them ("Britain and France"), which cut the
     * organisation's name and counted the second place apart.
     */
    private int secondPlaceOfOrganisation(List<Token> tokens, int start, int i, int sentenceEnd) {
        if (!tokens.get(i).text().equals("and")) {
            return 0;
        }
        int of = i - 2;
        while (of > start && !tokens.get(of).text().equals("of")) {
            of--;
        }
        if (of <= start || !gazetteer.isOrgCue(tokens.get(of - 1).text()) || !isPlace(tokens, of + 1, i)) {
            return 0;
        }
        for (int end = Math.min(sentenceEnd, i + 5); end > i + 1; end--) {
            boolean runEnds = end == sentenceEnd
                    || !(isNameWord(tokens.get(end), false) || CONNECTORS.contains(tokens.get(end).text()));
            if (runEnds && isPlace(tokens, i + 1, end)) {
                return end;
            }
        }
        return 0;
    }

    /**
     * The end of the place in "Parliament of the United Kingdom", "Supreme Court of the United
     * States", "Constitution of the United States of America", with {@code of} at {@code i} after
     * an organisation word or "Constitution": "of the" and a known place that ends the run. Else 0.
     * Why: the "the" otherwise ends the run, which cut the institution's name and counted its place
     * apart. A title's "of the" is not joined ("President of the United States" names the country).
     */
    private int placeOfTheOrganisation(List<Token> tokens, int i, int sentenceEnd) {
        if (!tokens.get(i).text().equals("of") || i + 2 >= sentenceEnd || !tokens.get(i + 1).text().equals("the")
                || !(gazetteer.isOrgCue(tokens.get(i - 1).text())
                        || MentionTyper.isConstitution(List.of(tokens.get(i - 1).text())))) {
            return 0;
        }
        for (int end = Math.min(sentenceEnd, i + 6); end > i + 2; end--) {
            boolean runEnds = end == sentenceEnd || !isNameWord(tokens.get(end), false);
            if (runEnds && isPlace(tokens, i + 2, end)) {
                return end;
            }
        }
        return 0;
    }

    private boolean isPlace(List<Token> tokens, int start, int end) {
        return gazetteer.place(String.join(" ", tokens.subList(start, end).stream().map(Token::text).toList())).isPresent();
    }

    /**
     * True for a possessive {@code 's} inside a name ("Jehovah's Witnesses", "People's Liberation
     * Army", "Hawke's Bay"): the words on both sides are used only there in the document, and the
     * owner is no place, nationality, group, organisation word or acronym, nor the owned word an
     * acronym ("Scotland's GDP"). Why so strict: most possessives join two names ("Britain's
     * Queen Elizabeth", "NASA's Hubble", "Microsoft's GitHub" where GitHub is named alone elsewhere).
     */
    private boolean isPossessiveInName(List<Token> tokens, int i) {
        String owner = tokens.get(i - 1).text();
        String owned = tokens.get(i + 1).text();
        return POSSESSIVES.contains(tokens.get(i).text()) && possessiveWords.owners().contains(owner)
                && possessiveWords.owned().contains(owned) && !gazetteer.isPlaceNationalityOrGroup(owner)
                && !gazetteer.isOrgCue(owner) && !MentionTyper.isAcronym(owner) && !MentionTyper.isAcronym(owned);
    }

    /**
     * True for the full stop of a middle initial that the tokenizer split off ("Helen R . Marsh"):
     * attached to one capital letter after a name word. Why: the run would end at the full stop,
     * cutting "Helen R" from "Marsh"; the tokenizer keeps only some initials whole ("W.").
     */
    private boolean isInitialsFullStop(List<Token> tokens, int i) {
        Token initial = tokens.get(i - 1);
        Token stop = tokens.get(i);
        return stop.text().equals(".") && initial.end() == stop.start() && initial.text().length() == 1
                && Character.isUpperCase(initial.text().charAt(0)) && i >= 2 && isNameWord(tokens.get(i - 2), false);
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit) && token.length() <= 6;
    }

    /**
     * The end of the run {@code [start, end)} with the company form that follows it ("Salling
     * Group A/S", "Shell plc"). Why: the tokenizer splits "A/S" into "A" "/" "S" and "plc" is
     * lower case, so the run would stop inside or before the form.
     */
    private int withCompanyForm(List<Token> tokens, int start, int end, int sentenceEnd) {
        for (int from = Math.max(start + 1, end - 1); from <= end && from < sentenceEnd; from++) {
            StringBuilder form = new StringBuilder(tokens.get(from).text());
            for (int to = from + 1; form.length() <= 6; to++) {
                boolean attached = to < sentenceEnd && tokens.get(to).start() == tokens.get(to - 1).end();
                boolean formEnds = !attached || isPunctuation(tokens.get(to).text());
                if (formEnds && to > end && gazetteer.isCompanyForm(form.toString())) {
                    return to;
                }
                if (!attached) {
                    break;
                }
                form.append(tokens.get(to).text());
            }
        }
        return end;
    }

    /** True for a comma, full stop or other mark after a word, but not the "/" inside "A/S". */
    private static boolean isPunctuation(String token) {
        return !token.equals("/") && !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /**
     * True for a hyphen or en dash written without spaces between two name words that are not each
     * a place or nationality: "Al-Sayed", "Jean-Claude", "Agence France-Presse", "African
     * Export–Import Bank" are one name (the tokenizer splits them), "U.S.-China" and
     * "Libya–Turkey" are two.
     */
    private boolean isJoiningHyphen(List<Token> tokens, int i) {
        if (!(tokens.get(i).text().equals("-") || tokens.get(i).text().equals("–")) || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        boolean attached = before.end() == tokens.get(i).start() && tokens.get(i).end() == after.start();
        return attached && !gazetteer.isPlaceNationalityOrGroup(before.text())
                && !gazetteer.isPlaceNationalityOrGroup(after.text());
    }


    /**
     * True for a title-case or all-capitals line ("Warm Water Breaks Antarctic Ice", "IRAN
     * STRIKES BACK"): three or more capitalised words and no lower-case word longer than three
     * letters. Its capitals say nothing about names, so every word is judged as a sentence's
     * first word is.
     */
    static boolean isTitleCase(List<Token> tokens, int sentenceStart, int sentenceEnd) {
        int capitalised = 0;
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            String text = tokens.get(i).text();
            if (Character.isLowerCase(text.codePointAt(0)) && text.length() > 3) {
                return false;
            }
            capitalised += isCapitalisedWord(tokens.get(i)) ? 1 : 0;
        }
        return capitalised >= 3;
    }

    /**
     * True at a sentence start, or after an opening quote, bracket or colon, or an ellipsis ("...",
     * "[...]": a quotation's next sentence often follows one), where any word is capitalised.
     */
    static boolean startsClause(List<Token> tokens, int i, int sentenceStart) {
        if (i == sentenceStart) {
            return true;
        }
        String before = tokens.get(i - 1).text();
        boolean afterElision = before.equals("]") && i - 2 >= sentenceStart && ELLIPSES.contains(tokens.get(i - 2).text());
        return OPENERS.contains(before) || ELLIPSES.contains(before) || afterElision;
    }

    /** True when {@code token} is capitalised mid-sentence: the evidence that it is a name. */
    static boolean isCapitalisedWord(Token token) {
        String text = token.text();
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        boolean firstPerson = text.equals("I") || text.startsWith("I'") || text.startsWith("I’");
        return (Character.isUpperCase(first) && !firstPerson && hasLetterOrDigitOnly(text))
                || ARABIC_PARTICLE_NAME.matcher(text).matches();
    }

    private boolean isNameWord(Token token, boolean sentenceInitial) {
        if (!isCapitalisedWord(token) || CALENDAR.contains(token.text())) {
            return false;
        }
        if (!sentenceInitial) {
            return true;
        }
        String text = token.text();
        if (NEVER_NAMES.contains(text)) {
            return false;
        }
        return token.pos().equals("PROPN")
                || knownNames.contains(text)
                || gazetteer.place(PossessiveApostrophes.withoutApostrophe(text)).isPresent() // "Philippines' largest"
                || gazetteer.demonymCountry(text).isPresent()
                || gazetteer.group(text).isPresent();
    }

    /** True for "Sunday" in "The Sunday Telegraph": a weekday that begins a newspaper's name. */
    private static boolean startsWeekdayNewspaper(List<Token> tokens, int i, int sentenceEnd) {
        return i + 1 < sentenceEnd && WEEKDAYS.contains(tokens.get(i).text())
                && MentionTyper.NEWSPAPER_WORDS.contains(tokens.get(i + 1).text());
    }

    /**
     * True when the capitalised words from {@code i} begin with a known place of two to four words:
     * "New South Wales" opening a sentence, where the tagger calls "New" an adjective.
     */
    private boolean startsKnownPlace(List<Token> tokens, int i, int sentenceEnd) {
        StringBuilder name = new StringBuilder(tokens.get(i).text());
        for (int end = i + 1; end < Math.min(sentenceEnd, i + 4) && isCapitalisedWord(tokens.get(end)); end++) {
            name.append(' ').append(tokens.get(end).text());
            if (gazetteer.place(name.toString()).isPresent()) {
                return isCapitalisedWord(tokens.get(i));
            }
        }
        return false;
    }

    /** True for a day named with a weekday: "Super Tuesday", "Good Friday", "Black Monday". */
    static boolean isNamedDay(String name) {
        String[] words = name.split(" ");
        return words.length == 2 && NAMED_DAY_WORDS.contains(words[0]) && WEEKDAYS.contains(words[1]);
    }

    /** True for the name of a court case: "Kelly v. United States". */
    static boolean isCaseName(String name) {
        return name.contains(CASE_VERSUS_WORD);
    }

    /** True for a word that is never a name on its own ("Who", "The"), whatever the tagger says. */
    static boolean isNeverName(String word) {
        return NEVER_NAMES.contains(word);
    }

    /** True for a word with no space or hyphen, as one token is. */
    static boolean isOneWord(String text) {
        return text.indexOf(' ') < 0 && text.indexOf('-') < 0;
    }

    private static boolean hasLetterOrDigitOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-' && c != '\'' && c != '’' && c != '&') {
                return false;
            }
        }
        return true;
    }
}
