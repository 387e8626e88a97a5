package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.testing.SharedSitrep;

/** The default pipeline's stages, in their order, against each other's declared contracts. */
class DefaultPipelineIT {
    private static final String PARSER = "depparse";

    private static List<Stage> stages() {
        return SharedSitrep.get().pipeline().stages();
    }

    @Test
    void theDefaultOrderSatisfiesEveryContract() {
        assertEquals(
                List.of(
                        "language",
                        "corenlp",
                        "names",
                        PARSER,
                        "entities",
                        "times",
                        "geocode",
                        "events",
                        "places",
                        "actors",
                        "coding"),
                stages().stream().map(Stage::name).toList());
        assertEquals(stages(), Pipeline.of(stages()).stages());
    }

    @Test
    void theStagesThatReadDependencyArcsSayThatTheyNeedTheParser() {
        assertEquals(
                List.of("entities", "events"),
                stages().stream()
                        .filter(s -> s.requires().contains(Layer.PARSES))
                        .map(Stage::name)
                        .toList());
    }

    @Test
    void theDefaultPipelineWithoutTheParserIsRejected() {
        List<Stage> withoutParser =
                stages().stream().filter(s -> !s.name().equals(PARSER)).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(withoutParser));
        assertEquals(
                "stage 'entities' requires [PARSES], but the stages before it only produce [SENTENCES]",
                e.getMessage());
    }

    /**
     * Each stage that reads arcs, given everything the stages before it produce but the parses, is
     * refused, and for that reason only: with the parses it is accepted.
     */
    @Test
    void withoutTheParserEachStageThatReadsArcsIsRejected() {
        Set<Layer> before = EnumSet.noneOf(Layer.class);
        int rejected = 0;
        for (Stage stage : stages()) {
            if (stage.requires().contains(Layer.PARSES)) {
                Stage givenAllButParses = new Given(before);
                IllegalArgumentException e = assertThrows(
                        IllegalArgumentException.class, () -> Pipeline.of(List.of(givenAllButParses, stage)));
                assertTrue(
                        e.getMessage().startsWith("stage '%s' requires [PARSES], but".formatted(stage.name())),
                        e.getMessage());
                Set<Layer> withParses = EnumSet.copyOf(before);
                withParses.add(Layer.PARSES);
                Pipeline.of(List.of(new Given(withParses), stage));
                rejected++;
            }
            if (!stage.name().equals(PARSER)) {
                before.addAll(stage.produces());
            }
        }
        assertEquals(2, rejected);
    }

    /** A stage that only declares that it produces {@code layers}. */
    private record Given(Set<Layer> layers) implements Stage {
        @Override
        public String name() {
            return "given";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return layers;
        }

        @Override
        public Document apply(Document document) {
            return document;
        }
    }
}
