package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.SpanIndex;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;

/**
 * The role candidates of a document's drafts: every entity mention of the trigger's sentence that lies outside
 * the trigger, and every other noun phrase there (its head a noun no mention or time covers, with the words
 * before it that modify it: "the bomb", "two civilians"), each with its features. Built once per document.
 */
final class RoleCandidates {
    private final Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    private final Document document;
    private final SpanIndex<TimeMention> times;

    RoleCandidates(Document document) {
        this.document = document;
        for (EntityMention m : document.mentions()) {
            bySentence
                    .computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>())
                    .add(m);
        }
        this.times = SpanIndex.of(document.times(), TimeMention::span);
    }

    List<RoleCandidate> of(Draft draft) {
        Trigger trigger = draft.trigger();
        Sentence s = trigger.sentence();
        CharSpan span = trigger.span();
        RoleFeatures features = new RoleFeatures(s, trigger.head(), draft.type());
        List<RoleCandidate> result = new ArrayList<>();
        List<EntityMention> mentions = bySentence.getOrDefault(s.index(), List.of());
        boolean[] covered = new boolean[s.tokens().size()];
        for (EntityMention m : mentions) {
            int head = s.tokenAt(m.head().end() - 1);
            for (Token t : s.tokens()) {
                if (m.span().contains(t.span())) {
                    covered[t.index()] = true;
                }
            }
            if (head < 0 || m.span().overlaps(span)) {
                continue;
            }
            Optional<Role> rule = ruleRole(draft.arguments(), m);
            result.add(new RoleCandidate(span, draft.type(), m, head, true, rule, features.of(m, head, true, rule)));
        }
        for (Token t : s.tokens()) {
            if (covered[t.index()]
                    || !t.isNoun()
                    || trigger.covers(t.index())
                    || times.anyCovers(t.span())
                    || modifiesLaterNoun(s, t.index())) {
                continue;
            }
            CharSpan phrase = Fillers.nounPhrase(s, t.index());
            if (phrase.overlaps(span)) {
                continue;
            }
            EntityMention m = new EntityMention(
                    phrase, document.textOf(phrase), EntityType.MISC, EntityMention.Kind.NOMINAL, s.index(), t.span());
            Optional<Role> rule = ruleRole(draft.arguments(), m);
            result.add(new RoleCandidate(
                    span, draft.type(), m, t.index(), false, rule, features.of(m, t.index(), false, rule)));
        }
        return result;
    }

    /** "the police station": "police" is a modifier, not a phrase of its own. */
    private static boolean modifiesLaterNoun(Sentence s, int token) {
        Optional<Dependency> up = s.headOf(token);
        return up.isPresent()
                && up.get().governor() > token
                && up.get().relation().equals("compound");
    }

    /** The role of the rules' argument that holds the mention's head ("the Iraqi army" holds "Iraqi" and "army"). */
    static Optional<Role> ruleRole(List<Argument> arguments, EntityMention mention) {
        for (Argument a : arguments) {
            if (a.span().contains(mention.head())) {
                return Optional.of(a.role());
            }
        }
        return Optional.empty();
    }
}
