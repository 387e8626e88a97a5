package org.sitrep.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.ingest.Dateline;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.SpanIndex;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;

/**
 * Place names the statistical tagger missed or buried in a longer name ("the Alexandria Police Department", "an
 * Athens man", "Israeli officials"):
 * <ul>
 *   <li>every country name and demonym the country table finds that no place or nationality mention covers
 *       (a demonym becomes a NORP mention, a name a GPE mention);</li>
 *   <li>a run of capitalised proper nouns that no place mention covers, that the gazetteer knows by that exact
 *       (folded) name, and that the text supports as a place: a cue word before it ({@code toponym-cues}: "in
 *       Cookeville"), a division or country after a comma ("Cookeville, Tenn."), the name of a country or
 *       first-order division itself ("Ohio"), a division's name with its division word ("Henderson County" of "the
 *       Henderson County Sheriff's Department"), a town's name before a word of local government inside a longer
 *       name ({@code local-institution-words}: "the Athens Police Department"), a county's name in a list of
 *       counties ({@link CountyList}: "Becker, Clay and Wilkin counties"), or a name the article already gives a place ("Alexandria" named as
 *       a place elsewhere). A run that is a whole name mention of another type is left to
 *       {@link EntityGeocodingStage}, which weighs the entity as a whole;</li>
 *   <li>the home place of a politician's party tag ("D-S.C.", "R-Elbow Lake").</li>
 * </ul>
 * Tokens of a time expression ("in March") are never taken, nor, without a qualifier, tokens the tagger marked as
 * part of a person's name outside a longer mention. Looks only at tokens, one pass per sentence.
 */
final class ToponymFinder {
    private static final int LONGEST = 4;

    /** Up to three capitalised words, without a final full stop ("Elbow Lake", "McDowell" of "D-McDowell."). */
    private static final java.util.regex.Pattern PARTY_PLACE =
            java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,2})");

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final Qualifiers qualifiers;
    private final Set<String> cues;
    private final Set<String> directions;
    private final Set<String> divisionWords;
    private final Set<String> institutionWords;

    ToponymFinder(Gazetteer gazetteer, Countries countries, Qualifiers qualifiers, WordLists words) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.qualifiers = qualifiers;
        this.cues = words.get("toponym-cues");
        this.directions = words.get("direction-words");
        this.divisionWords = words.get("division-words");
        this.institutionWords = words.get("local-institution-words");
    }

    /**
     * New place mentions, in text order; {@code knownPlaces} are the folded names of the article's place entities,
     * {@code countryMentions} the country names and demonyms in its text.
     */
    List<EntityMention> find(Document document, Set<String> knownPlaces, List<Countries.Mention> countryMentions) {
        List<EntityMention> found = new ArrayList<>();
        BitSet taken = taken(document);
        for (Countries.Mention c : countryMentions) {
            if (!isTaken(taken, c.begin(), c.end())) {
                CharSpan span = new CharSpan(c.begin(), c.end());
                document.sentenceAt(c.begin())
                        .ifPresent(s -> found.add(new EntityMention(
                                span,
                                document.textOf(span),
                                c.demonym() ? EntityType.NORP : EntityType.GPE,
                                EntityMention.Kind.NAME,
                                s.index(),
                                span)));
                taken.set(c.begin(), c.end());
            }
        }
        SpanIndex<EntityMention> mentions = SpanIndex.of(document.mentions(), EntityMention::span);
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!isNameToken(tokens.get(i)) || isTaken(taken, tokens.get(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < tokens.size()
                        && end - i < LONGEST
                        && isNameToken(tokens.get(end))
                        && !isTaken(taken, tokens.get(end))) {
                    end++;
                }
                Optional<EntityMention> m = longestAt(document, mentions, sentence, i, end, knownPlaces);
                if (m.isPresent()) {
                    found.add(m.get());
                    i = sentence.tokenAt(m.get().span().end() - 1) + 1;
                } else {
                    i++;
                }
            }
        }
        found.addAll(qualifierMentions(document, found, taken));
        found.addAll(partyTagMentions(document, taken));
        found.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
        return found;
    }

    /** The qualifiers written after place names ("Tenn." of "Paris, Tenn."): places named too. */
    private List<EntityMention> qualifierMentions(Document document, List<EntityMention> found, BitSet taken) {
        List<EntityMention> places = new ArrayList<>(found);
        document.mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.NAME && m.type().isPlace())
                .forEach(places::add);
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : places) {
            Optional<Qualifier> q = qualifiers.at(document.text(), m.span().end());
            if (q.isEmpty()) {
                continue;
            }
            CharSpan span = new CharSpan(
                    q.get().end() - q.get().label().length(), q.get().end());
            if (!isTaken(taken, span.begin(), span.end())) {
                out.add(new EntityMention(
                        span, q.get().label(), EntityType.GPE, EntityMention.Kind.NAME, m.sentenceIndex(), span));
                taken.set(span.begin(), span.end());
            }
        }
        return out;
    }

    /**
     * The home place of a party tag after a politician's name, US style: "Rep. Nick Rahall, D-W. Va.", "(R-Ocilla)",
     * "Sen. Bob Casey, D-Pa.": after a comma or an opening bracket, a party letter (D, R, I) and a hyphen, a division,
     * a country or a place the gazetteer knows, up to three capitalised words (a town, resolved with the article's
     * other places like any other name).
     */
    private List<EntityMention> partyTagMentions(Document document, BitSet taken) {
        String text = document.text();
        List<EntityMention> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (Token t : sentence.tokens()) {
                // read in the text, not the token: the tokenizer splits "D-Charleston" at its hyphen, not "D-S.C."
                int begin = t.span().begin();
                if (begin + 2 >= text.length()
                        || "DRI".indexOf(text.charAt(begin)) < 0
                        || text.charAt(begin + 1) != '-'
                        || !Character.isUpperCase(text.charAt(begin + 2))
                        || !afterCommaOrBracket(text, begin)) {
                    continue;
                }
                int start = begin + 2;
                Optional<CharSpan> place = qualifiers
                        .startingAt(text, start)
                        .map(q -> new CharSpan(start, q.end()))
                        .or(() -> knownPlaceAt(text, start));
                if (place.isPresent()
                        && !isTaken(taken, place.get().begin(), place.get().end())) {
                    CharSpan span = place.get();
                    out.add(new EntityMention(
                            span,
                            document.textOf(span),
                            EntityType.GPE,
                            EntityMention.Kind.NAME,
                            sentence.index(),
                            span));
                    taken.set(span.begin(), span.end());
                }
            }
        }
        return out;
    }

    private static boolean afterCommaOrBracket(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == '(');
    }

    /** The longest run of up to three capitalised words from {@code start} that names a town the gazetteer knows. */
    private Optional<CharSpan> knownPlaceAt(String text, int start) {
        java.util.regex.Matcher m = PARTY_PLACE.matcher(text.substring(start, Math.min(text.length(), start + 48)));
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).split(" ");
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", List.of(words).subList(0, n));
            if (gazetteer.candidates(phrase).stream().anyMatch(p -> p.isPopulated() || p.isAdmin2())) {
                return Optional.of(new CharSpan(start, start + phrase.length()));
            }
        }
        return Optional.empty();
    }

    private Optional<EntityMention> longestAt(
            Document document,
            SpanIndex<EntityMention> mentions,
            Sentence sentence,
            int start,
            int end,
            Set<String> knownPlaces) {
        List<Token> tokens = sentence.tokens();
        boolean cued = start > 0 && cues.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT));
        for (int last = end - 1; last >= start; last--) {
            CharSpan span = new CharSpan(
                    tokens.get(start).span().begin(), tokens.get(last).span().end());
            List<EntityMention> covering = mentions.covering(span); // the mentions the span lies in
            if (covering.stream().anyMatch(m -> m.span().equals(span))) {
                continue;
            }
            String text = document.textOf(span);
            String folded = PlaceNames.fold(text);
            if (folded.length() < 3 || PlaceNames.ARTICLES.contains(folded)) {
                continue; // "Al" of "Al-Hedoud" is no town in Norway
            }
            List<Place> candidates = gazetteer.candidates(text);
            boolean listedCounty = CountyList.divisionAfter(tokens, last)
                    .filter(word ->
                            gazetteer.candidates(text + " " + word).stream().anyMatch(Place::isAdmin2))
                    .isPresent();
            if (candidates.isEmpty() && !listedCounty) {
                continue;
            }
            boolean nested = covering.stream().anyMatch(m -> !m.span().equals(span));
            boolean qualified = qualifiers.at(document.text(), span.end()).isPresent();
            boolean person = !nested
                    && tokens.subList(start, last + 1).stream()
                            .anyMatch(t -> t.nerTag().equals("PERSON"));
            boolean supported = qualified
                    || listedCounty
                    || (!person
                            && (cued
                                    || knownPlaces.contains(folded)
                                    || isCountryOrDivision(text)
                                    || isNamedDivision(text, candidates)
                                    || nested && namesALocalInstitution(tokens, last, candidates)
                                    || isDateline(document, span)
                                    || start == firstTokenOf(covering, sentence, span)));
            if (supported) {
                EntityType type = listedCounty
                                || candidates.stream()
                                        .anyMatch(p -> !p.featureClass().equals("L")
                                                && !p.featureClass().equals("H")
                                                && !p.featureClass().equals("T"))
                        ? EntityType.GPE
                        : EntityType.LOCATION;
                return Optional.of(
                        new EntityMention(span, text, type, EntityMention.Kind.NAME, sentence.index(), span));
            }
        }
        return Optional.empty();
    }

    /**
     * A dateline: the name opens its sentence and a dash follows it, maybe after a division or an agency
     * ("ARLINGTON — The council...", "HUDSON, Wis. (AP) -- Officials..."): the place the story was filed from.
     */
    static boolean isDateline(Document document, CharSpan span) {
        Optional<Sentence> s = document.sentenceAt(span.begin());
        return s.isPresent()
                && !s.get().tokens().isEmpty()
                && s.get().tokens().get(0).span().begin() == span.begin()
                && Dateline.end(document.text(), span.begin()).stream().anyMatch(end -> span.end() < end);
    }

    /** A country's name or a first-order division's name exactly as written, not an alternate spelling. */
    private boolean isCountryOrDivision(String text) {
        return countries.byName(text).isPresent() || gazetteer.division(text).isPresent();
    }

    /**
     * A division by its full name, division word included ("Henderson County" of "the Henderson County Sheriff's
     * Department", "Rapides Parish"): the word says it is a place.
     */
    private boolean isNamedDivision(String text, List<Place> candidates) {
        return namesADivision(text) && candidates.stream().anyMatch(p -> p.isAdmin1() || p.isAdmin2());
    }

    /**
     * A town's name that a word of local government follows inside a longer name: "Athens" of "the Athens Police
     * Department", "Mansfield" of "the Mansfield City Council".
     */
    private boolean namesALocalInstitution(List<Token> tokens, int last, List<Place> candidates) {
        return institutionFollows(tokens, last, institutionWords)
                && candidates.stream().anyMatch(Place::isPopulated);
    }

    /** A word of {@code local-institution-words} right after token {@code last}: "Mansfield Mayor", "Athens Police". */
    static boolean institutionFollows(List<Token> tokens, int last, Set<String> institutionWords) {
        return last >= 0
                && last + 1 < tokens.size()
                && institutionWords.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT));
    }

    /** A place mention the gazetteer knows, with a qualifier ("Mosul, Iraq") or after a direction ("South Texas"). */
    private boolean isKnownPlaceMention(EntityMention m) {
        String text = m.text();
        int space = text.indexOf(' ');
        if (space > 0 && directions.contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
            text = text.substring(space + 1);
        }
        return text.contains(",") || !gazetteer.candidates(text).isEmpty();
    }

    /**
     * The index of the first token of the place mention that holds the span, -1 if none or if the mention names a
     * division ("Laurel" of "Laurel County" is not the town Laurel).
     */
    private int firstTokenOf(List<EntityMention> covering, Sentence sentence, CharSpan span) {
        return covering.stream()
                .filter(m -> m.type().isPlace()
                        && m.span().contains(span)
                        && !m.span().equals(span))
                .filter(m -> !namesADivision(m.text()))
                .findFirst()
                .map(m -> sentence.tokenAt(m.span().begin()))
                .orElse(-1);
    }

    /** A word of the name says it is a division: "Laurel County", "Avoyelles Parish". */
    private boolean namesADivision(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (divisionWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameToken(Token t) {
        return t.isProperNoun()
                && !t.text().isEmpty()
                && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * The characters no new place name may take: name mentions of nationalities, of places the gazetteer knows
     * by that name ("St. Cloud Hospital" is open to "St. Cloud"), and time expressions ("in March", "on Monday").
     */
    private BitSet taken(Document document) {
        BitSet taken = new BitSet(document.text().length());
        for (EntityMention m : document.mentions()) {
            if (m.kind() == EntityMention.Kind.NAME
                    && (m.type() == EntityType.NORP || m.type().isPlace() && isKnownPlaceMention(m))) {
                taken.set(m.span().begin(), m.span().end());
            }
        }
        for (TimeMention time : document.times()) {
            taken.set(time.span().begin(), time.span().end());
        }
        return taken;
    }

    private static boolean isTaken(BitSet taken, Token t) {
        return isTaken(taken, t.span().begin(), t.span().end());
    }

    private static boolean isTaken(BitSet taken, int begin, int end) {
        int next = taken.nextSetBit(begin);
        return next >= 0 && next < end;
    }
}
