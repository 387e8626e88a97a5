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
import org.sitrep.actors.InstitutionMatch;
import org.sitrep.countries.Countries;
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

    private final ActorCatalog catalog;
    private final Countries countries;
    private final Descriptions descriptions;
    private final DescriptionPhrases phrases;

    /** Last words that make a name a natural location ("Euphrates River"). */
    private final Set<String> geographicFeatures;

    private final PronounResolver pronouns;

    MentionFinder(ActorCatalog catalog, Descriptions descriptions, EntityWords words) {
        this.catalog = catalog;
        this.countries = catalog.countries();
        this.descriptions = descriptions;
        this.phrases = new DescriptionPhrases(catalog, descriptions, words);
        this.geographicFeatures = words.geographicFeatures();
        this.pronouns = new PronounResolver(words);
    }

    List<Candidate> find(Document document, Sentence sentence) {
        List<Candidate> found = new ArrayList<>();
        addActors(document, sentence, found);
        addInstitutions(document, sentence, found);
        addTaggedNames(document, sentence, found);
        addDescriptions(document, sentence, found);
        addPronouns(sentence, found);
        found.sort(Comparator.comparingInt((Candidate c) -> c.span().begin())
                .thenComparingInt(c -> -c.span().end()));
        return found;
    }

    private void addActors(Document document, Sentence sentence, List<Candidate> found) {
        int offset = sentence.span().begin();
        for (ActorMatch match : catalog.findAll(document.textOf(sentence.span()))) {
            CharSpan span = new CharSpan(offset + match.begin(), offset + match.end());
            int first = TokenSpans.firstToken(sentence, span);
            int last = TokenSpans.lastToken(sentence, span);
            if (first < 0
                    || sentence.tokens().get(first).span().begin() != span.begin()
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
            if (covered(found, tokens.get(i).span())
                    || countries.lookup(tokens.get(i).text()).isEmpty()) {
                continue;
            }
            for (int k = Math.min(tokens.size() - 1, i + 4); k > i; k--) {
                CharSpan span = TokenSpans.of(sentence, i, k);
                if (document.textOf(span).contains(",")) {
                    continue; // "Iraqi army, officials said": two phrases
                }
                Optional<InstitutionMatch> match = catalog.institution(document.textOf(span));
                boolean head = k + 1 == tokens.size() || !tokens.get(k + 1).isNoun();
                if (!head
                        || match.isEmpty()
                        || match.get().begin() != 0
                        || match.get().end() != span.length()) {
                    continue;
                }
                InstitutionMatch m = match.get();
                if (STATE_SECTORS.contains(m.sector()) && !m.personNoun()) {
                    // "German police" describes, it does not name: a nominal, which all mentions of the
                    // same country's institution join through the key
                    String key = Candidate.INSTITUTION + m.country().iso2() + ":"
                            + m.institution().word();
                    found.add(mention(document, sentence, i, k, m.type(), Kind.NOMINAL, key, Optional.empty()));
                } else {
                    found.add(phrases.description(document, sentence, k, m.type(), found));
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
            Optional<EntityType> type = tag.equals("O") || blocked(found, span)
                    ? Optional.empty()
                    : typeOfTaggedName(tag, document.textOf(span), tokens.get(last));
            if (type.isPresent()) {
                String key = "name:" + type.get() + ":" + catalog.foldName(document.textOf(span));
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
                return Optional.of(
                        geographicFeatures.contains(last.text().toLowerCase(Locale.ROOT))
                                ? EntityType.LOCATION
                                : EntityType.GPE);
            case "MISC":
                return Optional.of(
                        countries.byDemonym(text).isPresent()
                                        || text.matches(
                                                "(?i)shi'?a|shiite|sunni|kurdish|kurds|alawite|druze|christian|muslim|jewish|yazidi")
                                ? EntityType.NORP
                                : EntityType.MISC); // "Arab Spring", "Sunni", "Nobel Prize"
            default:
                return Optional.empty();
        }
    }

    private void addDescriptions(Document document, Sentence sentence, List<Candidate> found) {
        List<Token> tokens = sentence.tokens();
        for (int i = tokens.size() - 1;
                i >= 0;
                i--) { // right to left: "army officers" is one phrase, headed by "officers"
            Token token = tokens.get(i);
            boolean isHead = i + 1 == tokens.size() || !phrases.nounLike(tokens, i + 1);
            if (!phrases.nounLike(tokens, i) || token.isProperNoun() || !isHead || covered(found, token.span())) {
                continue;
            }
            Optional<EntityType> type = descriptions.typeOfHead(token.text());
            if (type.isPresent()) {
                found.add(phrases.description(document, sentence, i, type.get(), found));
            }
        }
    }

    private void addPronouns(Sentence sentence, List<Candidate> found) {
        for (Token token : sentence.tokens()) {
            if (token.partOfSpeech().startsWith("PRP") && pronouns.isPronoun(token.text())) {
                String word = token.text().toLowerCase(Locale.ROOT);
                boolean person = word.startsWith("h") || word.startsWith("s");
                boolean plural = word.startsWith("th");
                EntityMention m = new EntityMention(
                        token.span(),
                        token.text(),
                        person ? EntityType.PERSON : EntityType.ORGANIZATION,
                        Kind.PRONOUN,
                        sentence.index(),
                        token.span());
                found.add(new Candidate(m, "", word, plural, true, Optional.empty()));
            }
        }
    }

    private Candidate name(
            Document document,
            Sentence sentence,
            int first,
            int last,
            EntityType type,
            String key,
            Optional<Actor> actor) {
        return mention(document, sentence, first, last, type, Kind.NAME, key, actor);
    }

    private Candidate mention(
            Document document,
            Sentence sentence,
            int first,
            int last,
            EntityType type,
            Kind kind,
            String key,
            Optional<Actor> actor) {
        CharSpan span = TokenSpans.of(sentence, first, last);
        Token head = sentence.tokens().get(last);
        EntityMention m = new EntityMention(span, document.textOf(span), type, kind, sentence.index(), head.span());
        return new Candidate(
                m,
                key,
                head.lemma().toLowerCase(Locale.ROOT),
                head.partOfSpeech().endsWith("S"),
                false,
                actor);
    }

    static boolean covered(List<Candidate> found, CharSpan span) {
        return found.stream().anyMatch(c -> c.span().contains(span));
    }

    /**
     * A tagged name may not overlap a name found earlier, but it may sit inside a description: "a
     * Russian judge" and "German police" also mention "Russian" and "German".
     */
    private static boolean blocked(List<Candidate> found, CharSpan span) {
        return found.stream()
                .anyMatch(c -> c.span().overlaps(span)
                        && !(c.kind() == Kind.NOMINAL
                                && c.span().contains(span)
                                && !c.span().equals(span)));
    }
}
