package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorMatch;
import org.sitrep.countries.Countries;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The noun phrase of a description: how far it reaches left of its head ("a young Lebanese soldier",
 * "at least 20 civilians", "a number of police and army officers"), whether it is definite, and the
 * catalogue actor it stands for when it names one ("al-Qaeda's Syria affiliate", "Islamic State militants").
 */
final class DescriptionPhrases {
    private final ActorCatalog catalog;
    private final Countries countries;
    private final Descriptions descriptions;
    /** Definite determiners, quantifiers ("dozens of") and approximations ("at least"). */
    private final EntityWords words;

    DescriptionPhrases(ActorCatalog catalog, Descriptions descriptions, EntityWords words) {
        this.catalog = catalog;
        this.countries = catalog.countries();
        this.descriptions = descriptions;
        this.words = words;
    }

    /** A noun, or a people word the tagger read as an adjective at the end of a phrase: "a relative of", "an army general". */
    boolean nounLike(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNoun()) {
            return true;
        }
        boolean phraseEnd = i + 1 == tokens.size()
                || !tokens.get(i + 1).isNoun()
                        && !tokens.get(i + 1).partOfSpeech().startsWith("JJ");
        String before = i > 0 ? tokens.get(i - 1).partOfSpeech() : "";
        return t.partOfSpeech().equals("JJ")
                && phraseEnd
                && (before.equals("DT") || before.startsWith("NN") || before.startsWith("JJ"))
                && descriptions.typeOfHead(t.text()).isPresent();
    }

    /** The noun phrase ending at head: determiners, adjectives, compounds, possessors, a quantifier "a number of". */
    Candidate description(Document document, Sentence sentence, int head, EntityType type, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        int first = head;
        while (first > 0 && extendsLeft(tokens, first - 1)) {
            first--;
        }
        if (first >= 3
                && tokens.get(first - 1).text().equals("and")
                && tokens.get(first - 2).isNoun()
                && descriptions.typeOfHead(tokens.get(first - 2).text()).isPresent()) {
            first -= 2; // "police and army officers"
        }
        if (first >= 2
                && tokens.get(first - 1).text().equals("of")
                && words.quantifiers().contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT))) {
            first -= 2;
            if (first > 0 && tokens.get(first - 1).partOfSpeech().equals("DT")) {
                first--;
            }
        }
        first = withApproximation(tokens, first);
        CharSpan span = TokenSpans.of(sentence, first, head);
        Token headToken = tokens.get(head);
        String firstWord = tokens.get(first).text().toLowerCase(Locale.ROOT);
        boolean definite = words.definiteDeterminers().contains(firstWord)
                || tokens.get(first).partOfSpeech().equals("PRP$")
                || tokens.subList(first, head).stream()
                        .anyMatch(t -> t.partOfSpeech().equals("POS"));
        Optional<Actor> affiliate = affiliate(document, span).or(() -> groupOfMembers(found, span, headToken));
        String key = affiliate.map(a -> "actor:" + a.id()).orElse("");
        EntityMention m =
                new EntityMention(span, document.textOf(span), type, Kind.NOMINAL, sentence.index(), headToken.span());
        return new Candidate(
                m,
                key,
                headToken.lemma().toLowerCase(Locale.ROOT),
                headToken.partOfSpeech().endsWith("S"),
                definite,
                affiliate);
    }

    /** "at least 12 people", "more than 300 people": the approximation belongs to the phrase. */
    private int withApproximation(List<Token> tokens, int first) {
        Set<String> approximations = words.approximations();
        if (first >= 2) {
            String two =
                    (tokens.get(first - 2).text() + " " + tokens.get(first - 1).text()).toLowerCase(Locale.ROOT);
            if (approximations.contains(two)) {
                return first - 2;
            }
        }
        if (first >= 1 && approximations.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
            return first - 1;
        }
        if (first >= 1
                && approximations.contains(
                        (tokens.get(first - 1).text() + " " + tokens.get(first).text()).toLowerCase(Locale.ROOT))) {
            return first - 1; // "At least five people": "least" was already taken as an adjective
        }
        return first;
    }

    private static boolean extendsLeft(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String pos = t.partOfSpeech();
        if (pos.equals("HYPH")
                && i > 0
                && tokens.get(i - 1).span().end() < t.span().begin()) {
            return false; // a spaced dash ("father - a retired soldier") separates phrases
        }
        String before = i > 0 ? tokens.get(i - 1).partOfSpeech() : "";
        boolean insidePhrase = before.equals("DT")
                || before.equals("PRP$")
                || before.startsWith("JJ")
                || before.equals("CD")
                || before.equals("POS");
        boolean adjectivalVerb = (pos.equals("VBN") || pos.equals("VBG")) && insidePhrase;
        return pos.equals("DT")
                || pos.startsWith("JJ")
                || pos.equals("CD")
                || pos.equals("HYPH")
                || pos.startsWith("NN")
                || pos.equals("PRP$")
                || pos.equals("POS")
                || adjectivalVerb;
    }

    /** "Islamic State militants", "Hezbollah fighters": members named by their group stand for the group. */
    private static Optional<Actor> groupOfMembers(List<Candidate> found, CharSpan span, Token head) {
        for (Candidate c : found) {
            boolean armedGroup =
                    c.actor().map(a -> a.acledType() == 2 || a.acledType() == 3).orElse(false);
            if (armedGroup
                    && c.isName()
                    && span.contains(c.span())
                    && c.span().begin() > span.begin() - 1
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
                .map(countries::lookup)
                .flatMap(Optional::stream)
                .map(c -> c.iso2())
                .findFirst();
        List<Actor> matches = new ArrayList<>();
        for (Actor actor : catalog.actors()) {
            boolean affiliated = parents.stream()
                    .anyMatch(p -> actor.affiliations().contains(p.actor().id()));
            if (affiliated && (country.isEmpty() || actor.country().equals(country))) {
                matches.add(actor);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
