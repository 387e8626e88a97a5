package org.sitrep.extract.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Role;

/**
 * One row of the trigger lexicon: a (possibly multiword) lemma sequence that signals an event type,
 * and how its syntactic arguments map to roles.
 *
 * @param lemmas          lower-case lemmas in text order, e.g. {@code [take, hostage]}; hyphenated words are
 *                        split into {@code [hostage, -, taking]} as CoreNLP tokenizes them
 * @param subject         role of a verb's subject, or of a noun's possessor, compound modifier or "by"-phrase
 * @param object          role of a verb's direct object, or of a noun's "of"-phrase
 * @param prepositions    preposition → role of its object, e.g. {@code against → PATIENT}
 * @param requiredObjects when non-empty, the entry fires only if the object (or "of"-phrase, or the
 *                        noun modified) has one of these head lemmas
 * @param weight          how reliably the lemma signals the type out of context, in [0, 1]
 */
public record TriggerEntry(
        List<String> lemmas,
        PartOfSpeech pos,
        String type,
        Optional<Role> subject,
        Optional<Role> object,
        Map<String, Role> prepositions,
        Set<String> requiredObjects,
        double weight) {
    public TriggerEntry {
        lemmas = List.copyOf(lemmas);
        requireNonNull(pos, "pos is null");
        requireNonNull(type, "type is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(object, "object is null");
        prepositions = Map.copyOf(prepositions);
        requiredObjects = Set.copyOf(requiredObjects);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("trigger of type " + type + " has no lemmas");
        }
        for (String lemma : lemmas) {
            if (lemma.isBlank() || !lemma.equals(lemma.toLowerCase(java.util.Locale.ROOT)) || lemma.contains(" ")) {
                throw new IllegalArgumentException(
                        "lemma '%s' must be lower-case, non-blank and without spaces".formatted(lemma));
            }
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException(
                    "weight of '%s' is %s, expected [0,1]".formatted(String.join(" ", lemmas), weight));
        }
    }

    /** The lemmas joined by spaces, e.g. {@code "take hostage"}. */
    public String phrase() {
        return String.join(" ", lemmas);
    }

    /** Whether the entry needs one of {@link #requiredObjects()} to fire. */
    public boolean isConstrained() {
        return !requiredObjects.isEmpty();
    }
}
