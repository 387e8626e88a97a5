package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorMatch;
import org.sitrep.actors.Countries;
import org.sitrep.actors.InstitutionMatch;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the mentions of one sentence, most reliable source first: catalogue actors ("Hizballah",
 * "IS"), state institutions ("Lebanese army"), the statistical tagger's names, descriptions headed by
 * a people or group noun ("a young Lebanese soldier", "the group"), and pronouns.
 */
final class MentionFinder {
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> QUANTIFIERS = Set.of("number", "dozens", "hundreds", "thousands", "scores",
            "group", "handful", "some", "several", "many", "most", "all", "two", "three", "four", "five");
    private static final Set<String> APPROXIMATIONS = Set.of("at least", "more than", "less than", "fewer than", "up to",
            "as many as", "nearly", "about", "around", "almost", "over", "some", "roughly", "approximately");
    private static final Set<String> GEO_FEATURES = Set.of("river", "mountains", "mountain", "valley", "sea", "desert",
            "lake", "gulf", "coast", "peninsula", "plain", "plains", "hills", "island", "islands", "strait");

    private final ActorCatalog catalog;
    private final Countries countries;
    private final Descriptions descriptions;

    MentionFinder(ActorCatalog catalog, Descriptions descriptions) {
        this.catalog = catalog;
        this.countries = catalog.countries();
        this.descriptions = descriptions;
    }

    List<Candidate> find(Document document, Sentence sentence) {
        List<Candidate> found = new ArrayList<>();
        addActors(document, sentence, found);
        addInstitutions(document, sentence, found);
        addTaggedNames(document, sentence, found);
        addDescriptions(document, sentence, found);
        addPronouns(sentence, found);
        found.sort(Comparator.comparingInt((Candidate c) -> c.span().begin()).thenComparingInt(c -> -c.span().end()));
        return found;
    }

    private void addActors(Document document, Sentence sentence, List<Candidate> found) {
        int offset = sentence.span().begin();
        for (ActorMatch match : catalog.findAll(document.textOf(sentence.span()))) {
            CharSpan span = new CharSpan(offset + match.begin(), offset + match.end());
            int first = TokenSpans.firstToken(sentence, span);
            int last = TokenSpans.lastToken(sentence, span);
            if (first < 0 || sentence.tokens().get(first).span().begin() != span.begin()
                    || sentence.tokens().get(last).span().end() != span.end()) {
                continue; // not on token boundaries
            }
            Actor actor = match.actor();
            found.add(name(document, sentence, first, last, actor.type(), "actor:" + actor.id(), Optional.of(actor)));
        }
    }

    private void addInstitutions(Document document, Sentence sentence, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered(found, tokens.get(i).span()) || countries.lookup(tokens.get(i).text()).isEmpty()) {
                continue;
            }
            for (int k = Math.min(tokens.size() - 1, i + 4); k > i; k--) {
                CharSpan span = TokenSpans.of(sentence, i, k);
                if (document.textOf(span).contains(",")) {
                    continue; // "Iraqi army, officials said": two phrases
                }
                Optional<InstitutionMatch> match = catalog.institution(document.textOf(span));
                boolean head = k + 1 == tokens.size() || !tokens.get(k + 1).isNoun();
                if (!head || match.isEmpty() || match.get().begin() != 0 || match.get().end() != span.length()) {
                    continue;
                }
                InstitutionMatch m = match.get();
                if (STATE_SECTORS.contains(m.sector()) && !m.personNoun()) {
                    String key = "institution:" + m.country().iso2() + ":" + m.institution().word();
                    found.add(name(document, sentence, i, k, m.type(), key, Optional.empty()));
                } else {
                    found.add(description(document, sentence, k, m.type(), found));
                }
                i = k;
                break;
            }
        }
    }

    private void addTaggedNames(Document document, Sentence sentence, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).nerTag();
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).nerTag().equals(tag)) {
                last++;
            }
            CharSpan span = TokenSpans.of(sentence, i, last);
            Optional<EntityType> type = tag.equals("O") || overlapsAny(found, span)
                    ? Optional.empty() : typeOfTaggedName(tag, document.textOf(span), tokens.get(last));
            if (type.isPresent()) {
                String key = "name:" + type.get() + ":" + ActorCatalog.foldName(document.textOf(span));
                found.add(name(document, sentence, i, last, type.get(), key, Optional.empty()));
            }
            i = last + 1;
        }
    }

    private Optional<EntityType> typeOfTaggedName(String tag, String text, Token last) {
        switch (tag) {
            case "PERSON":
                return Optional.of(countries.byName(text).isPresent() ? EntityType.GPE : EntityType.PERSON);
            case "ORGANIZATION":
                return Optional.of(EntityType.ORGANIZATION);
            case "LOCATION":
                return Optional.of(GEO_FEATURES.contains(last.text().toLowerCase(Locale.ROOT)) ? EntityType.LOCATION : EntityType.GPE);
            case "MISC":
                return countries.byDemonym(text).isPresent() || text.matches("(?i)shi'?a|shiite|sunni|kurdish|kurds|alawite|druze|christian|muslim|jewish|yazidi")
                        ? Optional.of(EntityType.NORP) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private void addDescriptions(Document document, Sentence sentence, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) { // right to left: "army officers" is one phrase, headed by "officers"
            Token token = tokens.get(i);
            boolean isHead = i + 1 == tokens.size() || !nounLike(tokens, i + 1);
            if (!nounLike(tokens, i) || token.isProperNoun() || !isHead || covered(found, token.span())) {
                continue;
            }
            Optional<EntityType> type = descriptions.typeOfHead(token.text());
            if (type.isPresent()) {
                found.add(description(document, sentence, i, type.get(), found));
            }
        }
        // a demonym that only modifies a description is part of it, not a mention of its own
        found.removeIf(c -> c.type() == EntityType.NORP && found.stream()
                .anyMatch(o -> o != c && o.kind() == Kind.NOMINAL && o.span().contains(c.span())));
    }

    private void addPronouns(Sentence sentence, List<Candidate> found) {
        for (Token token : sentence.tokens()) {
            if (token.partOfSpeech().startsWith("PRP") && PronounResolver.isPronoun(token.text())) {
                String word = token.text().toLowerCase(Locale.ROOT);
                boolean person = word.startsWith("h") || word.startsWith("s");
                boolean plural = word.startsWith("th");
                EntityMention m = new EntityMention(token.span(), token.text(), person ? EntityType.PERSON : EntityType.ORGANIZATION,
                        Kind.PRONOUN, sentence.index(), token.span());
                found.add(new Candidate(m, "", word, plural, true, Optional.empty()));
            }
        }
    }

    private Candidate name(Document document, Sentence sentence, int first, int last, EntityType type, String key,
                           Optional<Actor> actor) {
        CharSpan span = TokenSpans.of(sentence, first, last);
        Token head = sentence.tokens().get(last);
        EntityMention m = new EntityMention(span, document.textOf(span), type, Kind.NAME, sentence.index(), head.span());
        return new Candidate(m, key, head.lemma().toLowerCase(Locale.ROOT), head.partOfSpeech().endsWith("S"), false, actor);
    }

    /** A noun, or a people word the tagger read as an adjective at the end of a phrase: "a relative of", "an army general". */
    private boolean nounLike(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNoun()) {
            return true;
        }
        boolean phraseEnd = i + 1 == tokens.size() || !tokens.get(i + 1).isNoun() && !tokens.get(i + 1).partOfSpeech().startsWith("JJ");
        String before = i > 0 ? tokens.get(i - 1).partOfSpeech() : "";
        return t.partOfSpeech().equals("JJ") && phraseEnd && (before.equals("DT") || before.startsWith("NN") || before.startsWith("JJ"))
                && descriptions.typeOfHead(t.text()).isPresent();
    }

    /** The noun phrase ending at head: determiners, adjectives, compounds, possessors, a quantifier "a number of". */
    private Candidate description(Document document, Sentence sentence, int head, EntityType type, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        int first = head;
        while (first > 0 && extendsLeft(tokens, first - 1)) {
            first--;
        }
        if (first >= 3 && tokens.get(first - 1).text().equals("and") && tokens.get(first - 2).isNoun()
                && descriptions.typeOfHead(tokens.get(first - 2).text()).isPresent()) {
            first -= 2; // "police and army officers"
        }
        if (first >= 2 && tokens.get(first - 1).text().equals("of")
                && QUANTIFIERS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT))) {
            first -= 2;
            if (first > 0 && tokens.get(first - 1).partOfSpeech().equals("DT")) {
                first--;
            }
        }
        first = withApproximation(tokens, first);
        CharSpan span = TokenSpans.of(sentence, first, head);
        Token headToken = tokens.get(head);
        String firstWord = tokens.get(first).text().toLowerCase(Locale.ROOT);
        boolean definite = DEFINITE.contains(firstWord) || tokens.get(first).partOfSpeech().equals("PRP$")
                || tokens.subList(first, head).stream().anyMatch(t -> t.partOfSpeech().equals("POS"));
        Optional<Actor> affiliate = affiliate(document, span).or(() -> groupOfMembers(found, span, headToken));
        String key = affiliate.map(a -> "actor:" + a.id()).orElse("");
        EntityMention m = new EntityMention(span, document.textOf(span), type, Kind.NOMINAL, sentence.index(), headToken.span());
        return new Candidate(m, key, headToken.lemma().toLowerCase(Locale.ROOT), headToken.partOfSpeech().endsWith("S"),
                definite, affiliate);
    }

    /** "at least 12 people", "more than 300 people": the approximation belongs to the phrase. */
    private static int withApproximation(List<Token> tokens, int first) {
        if (first >= 2) {
            String two = (tokens.get(first - 2).text() + " " + tokens.get(first - 1).text()).toLowerCase(Locale.ROOT);
            if (APPROXIMATIONS.contains(two)) {
                return first - 2;
            }
        }
        if (first >= 1 && APPROXIMATIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
            return first - 1;
        }
        if (first >= 1 && APPROXIMATIONS.contains((tokens.get(first - 1).text() + " " + tokens.get(first).text()).toLowerCase(Locale.ROOT))) {
            return first - 1; // "At least five people": "least" was already taken as an adjective
        }
        return first;
    }

    private static boolean extendsLeft(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String pos = t.partOfSpeech();
        if (pos.equals("HYPH") && i > 0 && tokens.get(i - 1).span().end() < t.span().begin()) {
            return false; // a spaced dash ("father - a retired soldier") separates phrases
        }
        String before = i > 0 ? tokens.get(i - 1).partOfSpeech() : "";
        boolean insidePhrase = before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ") || before.equals("CD")
                || before.equals("POS");
        boolean adjectivalVerb = (pos.equals("VBN") || pos.equals("VBG")) && insidePhrase;
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("HYPH") || pos.startsWith("NN")
                || pos.equals("PRP$") || pos.equals("POS") || adjectivalVerb;
    }

    /** "Islamic State militants", "Hezbollah fighters": members named by their group stand for the group. */
    private static Optional<Actor> groupOfMembers(List<Candidate> found, CharSpan span, Token head) {
        for (Candidate c : found) {
            boolean armedGroup = c.actor().map(a -> a.acledType() == 2 || a.acledType() == 3).orElse(false);
            if (armedGroup && c.isName() && span.contains(c.span()) && c.span().begin() > span.begin() - 1
                    && head.span().begin() - c.span().end() <= 1) {
                return c.actor();
            }
        }
        return Optional.empty();
    }

    /** "al-Qaeda's Syria affiliate": the catalogue actor affiliated to the named group and based in the named country. */
    private Optional<Actor> affiliate(Document document, CharSpan span) {
        String text = document.textOf(span);
        if (!text.matches("(?is).*\\b(affiliate|branch|wing|offshoot|franchise)s?$")) {
            return Optional.empty();
        }
        List<ActorMatch> parents = catalog.findAll(text);
        Optional<String> country = java.util.Arrays.stream(text.split("[\\s'’-]+"))
                .map(countries::lookup).flatMap(Optional::stream).map(c -> c.iso2()).findFirst();
        List<Actor> matches = new ArrayList<>();
        for (Actor actor : catalog.actors()) {
            boolean affiliated = parents.stream().anyMatch(p -> actor.affiliations().contains(p.actor().id()));
            if (affiliated && (country.isEmpty() || actor.country().equals(country))) {
                matches.add(actor);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static boolean covered(List<Candidate> found, CharSpan span) {
        return found.stream().anyMatch(c -> c.span().contains(span));
    }

    private static boolean overlapsAny(List<Candidate> found, CharSpan span) {
        return found.stream().anyMatch(c -> c.span().overlaps(span));
    }
}
