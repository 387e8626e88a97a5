package org.sitrep.extract.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.WordLists;

/** The word lists the event rules look for, from org/sitrep/data/words.tsv (see each list's comment there). */
record EventWords(
        Set<String> locativePrepositions,
        Set<String> placeNouns,
        Set<String> quantityHeads,
        Set<String> memberHeads,
        Set<String> relativePronouns,
        Set<String> supportVerbs,
        Set<String> negationCues,
        Set<String> futureCues,
        Set<String> uncertaintyCues,
        Set<String> reportCues,
        Set<String> habitualCues,
        Set<String> hypotheticalMarks,
        Set<String> genericDeterminers,
        Set<String> longSpanNouns,
        Set<String> calendarUnits,
        Set<String> nonPlaces,
        Set<String> controlNouns,
        Set<String> definiteDeterminers,
        Map<String, PlaceKind> placeKindNouns) {
    EventWords {
        placeKindNouns = Map.copyOf(placeKindNouns);
    }

    static EventWords of(WordLists words) {
        return new EventWords(
                words.get("locative-prepositions"),
                words.get("place-nouns"),
                words.get("quantity-heads"),
                words.get("member-heads"),
                words.get("relative-pronouns"),
                words.get("support-verbs"),
                words.get("negation-cues"),
                words.get("future-cues"),
                words.get("uncertainty-cues"),
                words.get("report-cues"),
                words.get("habitual-cues"),
                words.get("hypothetical-marks"),
                words.get("generic-determiners"),
                words.get("long-span-nouns"),
                words.get("calendar-units"),
                words.get("non-places"),
                words.get("control-nouns"),
                words.get("definite-determiners"),
                placeKindNouns(words));
    }

    /** The nouns of each place kind: "city" is a SETTLEMENT, "province" a DIVISION (lists settlement-nouns...). */
    private static Map<String, PlaceKind> placeKindNouns(WordLists words) {
        Map<String, PlaceKind> result = new HashMap<>();
        Map<PlaceKind, String> lists = Map.of(
                PlaceKind.SETTLEMENT, "settlement-nouns",
                PlaceKind.DIVISION, "division-nouns",
                PlaceKind.CAMP, "camp-nouns",
                PlaceKind.COUNTRY, "country-nouns",
                PlaceKind.AREA, "area-nouns");
        lists.forEach((kind, list) -> words.get(list).forEach(noun -> {
            PlaceKind before = result.put(noun, kind);
            if (before != null) {
                throw new IllegalArgumentException("'%s' is both %s and %s".formatted(noun, before, kind));
            }
        }));
        return result;
    }
}
