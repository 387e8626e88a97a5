package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.SpanIndex;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;

/**
 * Turns the head token of an argument into arguments: the entity mention that covers it (one
 * argument per entity, so "They" resuming "Nusra and IS" gives two), else the noun phrase it heads.
 */
final class Fillers {
    private static final Set<String> LEFT_MODIFIERS =
            Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");
    private final Document document;
    /** Heads that only count what follows ("a number of officers", "dozens of people"), and place nouns. */
    private final EventWords words;

    private final SpanIndex<EntityMention> mentions;
    private final SpanIndex<TimeMention> times;
    private final Map<CharSpan, List<Entity>> entitiesBySpan = new HashMap<>();

    Fillers(Document document, EventWords words) {
        this.document = document;
        this.words = words;
        this.mentions = SpanIndex.of(document.mentions(), EntityMention::span);
        this.times = SpanIndex.of(document.times(), TimeMention::span);
        for (Entity e : document.entities()) {
            e.mentions().stream().map(EntityMention::span).distinct().forEach(s -> entitiesBySpan
                    .computeIfAbsent(s, k -> new ArrayList<>())
                    .add(e));
        }
    }

    /** Arguments for the phrase headed by token, and for the phrases coordinated with it ("Nusra and IS"). */
    List<Argument> arguments(Role role, Sentence sentence, int token) {
        List<Argument> result = new ArrayList<>(single(role, sentence, token));
        for (Dependency d : sentence.dependentsOf(token)) {
            if (d.relation().startsWith("conj")) {
                result.addAll(single(role, sentence, d.dependent()));
            }
        }
        return result;
    }

    private List<Argument> single(Role role, Sentence sentence, int token) {
        int head = throughQuantity(sentence, token);
        Token t = sentence.tokens().get(head);
        if (isTime(t.span())) {
            return List.of(); // "an attack on Sunday": a date is no participant
        }
        List<Argument> result = new ArrayList<>();
        Optional<EntityMention> mention = mentionAt(t.span()).or(() -> namedBy(sentence, head));
        if (mention.isPresent()) {
            EntityMention m = mention.get();
            CharSpan span = m.span();
            // "members of the FMLN": the phrase as the article words it, standing for the group
            CharSpan phrase = nounPhrase(sentence, token);
            if (head != token
                    && words.memberHeads()
                            .contains(TriggerFinder.lemma(sentence.tokens().get(token)))
                    && phrase.end() <= span.begin()) {
                span = new CharSpan(phrase.begin(), span.end());
            }
            return arguments(role, m, span);
        }
        if (t.isNoun() || t.partOfSpeech().equals("CD") || t.partOfSpeech().equals("PRP")) {
            CharSpan span = nounPhrase(sentence, head);
            if (head != token
                    && words.memberHeads()
                            .contains(TriggerFinder.lemma(sentence.tokens().get(token)))) {
                span = new CharSpan(nounPhrase(sentence, token).begin(), span.end()); // "two members of the council"
            }
            result.add(new Argument(role, span, document.textOf(span), Optional.empty()));
        }
        return result;
    }

    /** Arguments for a mention as the article words it: one per entity it stands for ("They" for "Nusra and IS"). */
    List<Argument> arguments(Role role, EntityMention mention) {
        return arguments(role, mention, mention.span());
    }

    private List<Argument> arguments(Role role, EntityMention mention, CharSpan span) {
        String text = document.textOf(span);
        List<Argument> result = new ArrayList<>();
        for (Entity e : entitiesOf(mention)) {
            result.add(new Argument(role, span, text, Optional.of(e.id())));
        }
        if (result.isEmpty()) {
            result.add(new Argument(role, span, text, Optional.empty()));
        }
        return result;
    }

    /**
     * "joined the ranks of X", "abducted a number of officers", "the town of Arsal", "seized control of X":
     * the argument is X.
     */
    private int throughQuantity(Sentence sentence, int token) {
        String lemma = TriggerFinder.lemma(sentence.tokens().get(token));
        if (!words.quantityHeads().contains(lemma)
                        && !words.placeNouns().contains(lemma)
                        && !words.controlNouns().contains(lemma)
                || mentionAt(sentence.tokens().get(token).span())
                        .filter(m -> m.kind() == EntityMention.Kind.NAME)
                        .isPresent()) {
            return token;
        }
        for (Dependency d : sentence.dependentsOf(token)) {
            if (d.relation().equals("nmod:of")
                    || d.relation().equals("nmod:poss") && (lemma.equals("rank") || lemma.equals("side"))) {
                // "control of the town of Imam Sahib": through both
                return words.controlNouns().contains(lemma) ? throughQuantity(sentence, d.dependent()) : d.dependent();
            }
        }
        return token;
    }

    /** "Nusra and IS - now rivals - overran": a bare noun whose copula, apposition or compound is a name stands for it. */
    private Optional<EntityMention> namedBy(Sentence sentence, int token) {
        for (Dependency d : sentence.dependentsOf(token)) {
            if (d.relation().equals("cop")
                    || d.relation().equals("appos")
                    || d.relation().equals("compound")) {
                Optional<EntityMention> m = mentionAt(
                                sentence.tokens().get(d.dependent()).span())
                        .filter(x -> x.kind() == EntityMention.Kind.NAME);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** The innermost mention whose head covers the token, else the innermost that covers it. */
    Optional<EntityMention> mentionAt(CharSpan token) {
        EntityMention best = null;
        boolean bestHead = false;
        for (EntityMention m : mentions.covering(token)) {
            boolean head = m.head().contains(token);
            if (best == null
                    || head && !bestHead
                    || head == bestHead && m.span().length() < best.span().length()) {
                best = m;
                bestHead = head;
            }
        }
        return Optional.ofNullable(best);
    }

    List<Entity> entitiesOf(EntityMention mention) {
        return entitiesBySpan.getOrDefault(mention.span(), List.of());
    }

    private boolean isTime(CharSpan token) {
        return times.anyCovers(token);
    }

    /** A nationality adjective the entity stage kept as a mention of its own ("Russian", "Israeli"). */
    boolean isNationality(Sentence sentence, int token) {
        return mentionAt(sentence.tokens().get(token).span())
                .filter(m -> m.type() == EntityType.NORP
                        && m.span().equals(sentence.tokens().get(token).span()))
                .isPresent();
    }

    Optional<EntityType> typeAt(Sentence sentence, int token) {
        return mentionAt(sentence.tokens().get(token).span()).map(EntityMention::type);
    }

    /**
     * The head with the words before it that modify it or its modifiers ("the national air force's jets", "an
     * electric power substation", "Egyptian and Qatari mediators"): the phrase as the article words it.
     */
    static CharSpan nounPhrase(Sentence sentence, int head) {
        int first = head;
        while (first > 0) {
            Optional<Dependency> up = sentence.headOf(first - 1);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            // "Egyptian and Qatari mediators": a modifier conjoined to an earlier one brings the whole coordination;
            // "the air force's jets": the possessive marker brings its possessor
            boolean possessiveMarker = up.get().relation().equals("case")
                    && sentence.tokens().get(first - 1).partOfSpeech().equals("POS");
            if ((up.get().relation().startsWith("conj") || possessiveMarker)
                    && up.get().governor() < first - 1) {
                int conjunct = up.get().governor();
                Optional<Dependency> modifies = sentence.headOf(conjunct);
                if (modifies.isPresent()
                        && modifies.get().governor() >= first
                        && modifies.get().governor() <= head
                        && LEFT_MODIFIERS.contains(modifies.get().relation())) {
                    first = conjunct;
                    continue;
                }
                break;
            }
            if (up.get().governor() < first || up.get().governor() > head) {
                break;
            }
            boolean possessive = up.get().relation().equals("case")
                    && sentence.tokens().get(first - 1).partOfSpeech().equals("POS");
            if (!LEFT_MODIFIERS.contains(up.get().relation()) && !possessive) {
                break;
            }
            first--;
        }
        List<Token> tokens = sentence.tokens();
        return new CharSpan(
                tokens.get(first).span().begin(), tokens.get(head).span().end());
    }
}
