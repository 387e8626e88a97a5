package org.sitrep.extract.events;

import java.util.Set;
import org.sitrep.data.WordLists;

/** The word lists the event rules look for, from org/sitrep/data/words.tsv (see each list's comment there). */
record EventWords(
        Set<String> locativePrepositions,
        Set<String> placeNouns,
        Set<String> quantityHeads,
        Set<String> relativePronouns,
        Set<String> supportVerbs,
        Set<String> negationCues,
        Set<String> futureCues,
        Set<String> uncertaintyCues,
        Set<String> reportCues) {
    static EventWords of(WordLists words) {
        return new EventWords(
                words.get("locative-prepositions"),
                words.get("place-nouns"),
                words.get("quantity-heads"),
                words.get("relative-pronouns"),
                words.get("support-verbs"),
                words.get("negation-cues"),
                words.get("future-cues"),
                words.get("uncertainty-cues"),
                words.get("report-cues"));
    }
}
