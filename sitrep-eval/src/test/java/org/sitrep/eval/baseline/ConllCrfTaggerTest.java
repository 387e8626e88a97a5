package org.sitrep.eval.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;

class ConllCrfTaggerTest {
    @Test
    void mapsTheModelsLabelsToOurTypes() {
        assertEquals(Optional.of(EntityType.PERSON), ConllCrfTagger.type("PERSON"));
        assertEquals(Optional.of(EntityType.MISC), ConllCrfTagger.type("MISC"));
        assertEquals(Optional.empty(), ConllCrfTagger.type("O"));
    }

    @Test
    void failsOnALabelTheModelShouldNotHave() {
        assertThrows(IllegalStateException.class, () -> ConllCrfTagger.type("DATE"));
    }
}
