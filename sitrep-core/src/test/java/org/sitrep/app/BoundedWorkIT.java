package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.testing.SharedSitrep;

/**
 * Inputs whose size once made a stage super-linear or ran the heap out: each must come through whole,
 * with exact offsets. (Speed itself is measured by the benchmarks, not here.)
 */
class BoundedWorkIT {
    private static Document extract(String text) {
        return SharedSitrep.extract(text, LocalDate.of(2024, 5, 2));
    }

    @Test
    void aTokenOfFortyThousandLettersIsTaggedByItsStartAndKeptWhole() {
        String word = "a".repeat(40_000);
        Document d = extract("The army said " + word + " was attacked in Mosul on Monday.");

        Token giant = d.sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .filter(t -> t.text().length() > 1000)
                .findFirst()
                .orElseThrow();
        assertEquals(word, giant.text(), "the token's text is the document's, not the tagger's shortened word");
        assertTrue(d.events().stream().anyMatch(e -> e.type().equals("ATTACK")), "the sentence is still read");
    }

    @Test
    void textWithoutFullStopsIsCutIntoSentencesTheTaggerCanBear() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("militants attacked the village and police arrested the men ");
        }
        Document d = extract(text.toString().strip());

        int tokens = d.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        assertEquals(400 * 9, tokens, "every word is a token, once");
        assertTrue(
                d.sentences().size() >= 15,
                "3,600 tokens in pieces of at most 250: " + d.sentences().size());
        int previousEnd = 0;
        for (Sentence s : d.sentences()) {
            assertTrue(
                    s.tokens().size() <= 250,
                    "sentence " + s.index() + " has " + s.tokens().size() + " tokens");
            assertTrue(s.span().begin() >= previousEnd, "pieces follow each other");
            previousEnd = s.span().end();
        }
        assertTrue(d.events().size() > 100, "every piece is read: " + d.events().size());
        for (var e : d.events()) {
            assertTrue(e.evidence().length() <= 600, "evidence is a window, not the whole run-on sentence");
            assertTrue(e.evidence().contains(e.mentions().get(0).trigger()), "the window holds the trigger");
        }
    }

    @Test
    void aDescriptionRepeatedThousandsOfTimesIsOneEntity() {
        String text = "A Lebanese soldier has defected, officials said. "
                + "The soldier left his post near the border. ".repeat(3_000);
        Document d = extract(text);

        List<Entity> soldiers =
                d.entities().stream().filter(e -> e.mentions().size() > 1000).toList();
        assertEquals(1, soldiers.size(), "every 'the soldier' resumes the first one");
    }
}
