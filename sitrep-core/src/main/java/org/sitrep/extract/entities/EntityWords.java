package org.sitrep.extract.entities;

import java.util.Set;
import org.sitrep.data.WordLists;

/** The word lists the entity rules look for, from org/sitrep/data/words.tsv (see each list's comment there). */
record EntityWords(
        Set<String> personPronouns,
        Set<String> thingPronouns,
        Set<String> pluralPronouns,
        Set<String> definiteDeterminers,
        Set<String> quantifiers,
        Set<String> approximations,
        Set<String> groupHeads,
        Set<String> geographicFeatures) {
    static EntityWords of(WordLists words) {
        return new EntityWords(
                words.get("person-pronouns"),
                words.get("thing-pronouns"),
                words.get("plural-pronouns"),
                words.get("definite-determiners"),
                words.get("description-quantifiers"),
                words.get("approximations"),
                words.get("group-heads"),
                words.get("geographic-features"));
    }
}
