package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Modality;
import org.sitrep.ontology.Ontology;

class FatalityCounterTest {
    private static final FatalityCounter COUNTER =
            FatalityCounter.load(Ontology.load().names());

    /** The count for an event of {@code type} triggered by the first {@code trigger} in {@code sentence}. */
    private static Optional<Long> count(String type, Modality modality, String sentence, String trigger) {
        int at = sentence.indexOf(trigger);
        Event event = new Event(
                "V1",
                type,
                List.of(new EventMention(new CharSpan(at, at + trigger.length()), trigger, 0)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                modality,
                0.9,
                new CharSpan(0, sentence.length()));
        Optional<Fatalities> f = COUNTER.count(event, sentence);
        f.ifPresent(x -> assertEquals(
                true, sentence.substring(x.span().begin(), x.span().end()).length() > 0, "the phrase is in the text"));
        return f.map(Fatalities::count);
    }

    private static Optional<Long> attack(String sentence, String trigger) {
        return count("ATTACK", Modality.ASSERTED, sentence, trigger);
    }

    @Test
    void countsInDigitsAndWordsBeforeAndAfterTheDeadWord() {
        assertEquals(Optional.of(12L), attack("Gunmen stormed the village and killed 12 people on Sunday.", "stormed"));
        assertEquals(Optional.of(30L), attack("The car bomb left at least 30 dead in the market.", "bomb"));
        assertEquals(Optional.of(12L), attack("A dozen people were killed when rebels attacked a bus.", "attacked"));
        assertEquals(Optional.of(45L), attack("The death toll from the attack rose to 45 on Tuesday.", "attack"));
        assertEquals(Optional.of(24L), attack("Twenty-four soldiers died in the ambush near the border.", "ambush"));
        assertEquals(
                Optional.of(1200L),
                attack("The massacre claimed the lives of 1,200 villagers, officials said.", "massacre"));
        assertEquals(
                Optional.of(205L), attack("Two hundred and five people were reportedly killed in the raid.", "raid"));
        assertEquals(Optional.of(0L), attack("Militants fired rockets at the base but no one was killed.", "fired"));
    }

    @Test
    void leavesItEmptyWhenTheSentenceGivesNoNumberOfDead() {
        assertEquals(Optional.empty(), attack("Gunmen attacked a police post in the north.", "attacked"));
        assertEquals(
                Optional.empty(), attack("Dozens of people were killed in the attack.", "attack"), "a vague count");
        assertEquals(
                Optional.empty(),
                attack("Five gunmen killed the guard at the gate.", "killed"),
                "active: no dead gunmen");
        assertEquals(Optional.empty(), attack("Three years after the attack, 200 people marched.", "attack"));
        assertEquals(Optional.empty(), attack("Someone attacked the convoy and wounded 14 people.", "attacked"));
    }

    @Test
    void countsTheDeadNotTheWoundedNorDatesOrDurations() {
        assertEquals(Optional.of(3L), attack("Five were wounded and three killed in the shelling.", "shelling"));
        assertEquals(Optional.of(5L), attack("The attack on 12 June killed 5 civilians.", "attack"));
        assertEquals(
                Optional.of(20L),
                attack("March 3, 2024 - Gunmen killed at least 20 civilians in the village.", "killed"),
                "a year before the killers is no count of dead");
        assertEquals(Optional.empty(), attack("A man killed 3 days ago was buried.", "killed"));
    }

    @Test
    void theNearestPhraseToTheTriggerIsTheEventsCount() {
        String s = "The bombing killed 7 people, raising the death toll from a week of attacks to 60.";
        assertEquals(Optional.of(7L), attack(s, "bombing"));
    }

    @Test
    void onlyTypesThatKillAndEventsThatHappened() {
        String s = "Protesters marched after 30 people were killed by the army.";
        assertEquals(Optional.empty(), count("PROTEST", Modality.ASSERTED, s, "marched"));
        assertEquals(Optional.of(30L), count("KILL", Modality.ASSERTED, s, "killed"));
        assertEquals(Optional.empty(), count("KILL", Modality.FUTURE, "They threatened to kill 20 hostages.", "kill"));
        assertThrows(
                IllegalArgumentException.class,
                () -> FatalityCounter.load(Set.of("ATTACK")),
                "a type the ontology lacks is an error in the word file");
    }
}
