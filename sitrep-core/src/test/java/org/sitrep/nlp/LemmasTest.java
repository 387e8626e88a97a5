package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LemmasTest {
    private final Lemmas lemmas = new Lemmas();

    @Test
    void lemmatisesByPartOfSpeech() {
        assertEquals("kill", lemmas.lemma("killed", "VBD"));
        assertEquals("militant", lemmas.lemma("militants", "NNS"));
        assertEquals("killed", lemmas.lemma("killed", "JJ"), "an adjective keeps its form");
        assertEquals("be", lemmas.lemma("were", "VBD"));
    }

    @Test
    void remembersWithoutMixingTags() {
        assertEquals("attack", lemmas.lemma("attacks", "NNS"));
        assertEquals("attack", lemmas.lemma("attacks", "VBZ"));
        assertEquals("lead", lemmas.lemma("led", "VBD"));
        assertEquals("led", lemmas.lemma("led", "NN"), "the same word under another tag is looked up again");
        assertEquals("lead", lemmas.lemma("led", "VBD"));
    }
}
