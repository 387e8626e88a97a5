package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

class TimedStageTest {
    /** A fake stage that appends to the text, so the wrapper's delegation shows. */
    private record Append(String suffix) implements Stage {
        @Override
        public String name() {
            return "append";
        }

        @Override
        public Set<Layer> requires() {
            return EnumSet.noneOf(Layer.class);
        }

        @Override
        public Set<Layer> produces() {
            return EnumSet.of(Layer.SENTENCES);
        }

        @Override
        public Document apply(Document document) {
            return Document.of(document.id(), document.text() + suffix);
        }
    }

    @Test
    void timedStageDelegatesEverythingAndCountsOnlyAfterReset() {
        TimedStage timed = new TimedStage(new Append("!"));
        assertEquals("append", timed.name());
        assertEquals(EnumSet.of(Layer.SENTENCES), timed.produces());
        assertEquals("Hi!", timed.apply(Document.of("d", "Hi")).text());
        assertTrue(timed.nanos() > 0, "the call was timed");
        timed.reset();
        assertEquals(0, timed.nanos());
    }
}
