package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;

/**
 * What the events stage knows of one document between two passes. Immutable: each pass returns a
 * new one.
 */
final class EventDrafts {
    private final Document document;
    private final List<Trigger> triggers;
    private final List<Draft> drafts;
    /** The triggers of each sentence, so a rule that asks for every sentence costs the triggers once. */
    private final Map<Sentence, List<Trigger>> bySentence = new IdentityHashMap<>();

    /**
     * @param triggers the candidate triggers, in text order (or in the order given); the rules that
     *                 look at "the other triggers of the sentence" see these, including candidates
     *                 whose draft a later pass dropped
     * @param drafts   the events so far, in the order they will be numbered
     */
    EventDrafts(Document document, List<Trigger> triggers, List<Draft> drafts) {
        this.document = requireNonNull(document, "document is null");
        this.triggers = List.copyOf(triggers);
        this.drafts = List.copyOf(drafts);
        for (Trigger t : this.triggers) {
            bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        bySentence.replaceAll((k, v) -> List.copyOf(v));
    }

    Document document() {
        return document;
    }

    List<Trigger> triggers() {
        return triggers;
    }

    List<Draft> drafts() {
        return drafts;
    }

    /** Before the first pass: no triggers, no drafts. */
    static EventDrafts start(Document document) {
        return new EventDrafts(document, List.of(), List.of());
    }

    /** The candidate triggers of one sentence, in order. */
    List<Trigger> triggersIn(Sentence sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /**
     * Keeps, sentence by sentence, the triggers that {@code rule} keeps of that sentence's triggers;
     * their order is unchanged.
     */
    EventDrafts keepTriggers(UnaryOperator<List<Trigger>> rule) {
        Set<Trigger> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Sentence> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Trigger t : triggers) {
            if (seen.add(t.sentence())) {
                kept.addAll(rule.apply(triggersIn(t.sentence())));
            }
        }
        return withTriggers(triggers.stream().filter(kept::contains).toList());
    }

    EventDrafts withTriggers(List<Trigger> value) {
        return new EventDrafts(document, value, drafts);
    }

    EventDrafts withDrafts(List<Draft> value) {
        return new EventDrafts(document, triggers, value);
    }
}
