package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

class PipelineTest {
    record FakeStage(String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Document> body)
            implements Stage {
        @Override
        public Document apply(Document document) {
            return body.apply(document);
        }
    }

    @Test
    void rejectsStageWhoseInputsAreNotProducedEarlier() {
        Stage events = new FakeStage("events", EnumSet.of(Layer.ENTITIES), EnumSet.of(Layer.EVENTS), d -> d);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(events)));
        assertEquals("stage 'events' requires [ENTITIES], but the stages before it only produce []", e.getMessage());
    }

    @Test
    void namesTheStageAndDocumentWhenAStageFails() {
        Stage boom = new FakeStage("places", EnumSet.noneOf(Layer.class), EnumSet.noneOf(Layer.class), d -> {
            throw new IllegalStateException("boom");
        });
        StageFailedException e = assertThrows(
                StageFailedException.class, () -> Pipeline.of(List.of(boom)).run(Document.of("doc-7", "Rain.")));
        assertEquals("stage 'places' failed on document doc-7: boom", e.getMessage());
        assertEquals("places", e.stage());
    }

    @Test
    void runsStagesInOrder() {
        Stage first = new FakeStage(
                "a",
                EnumSet.noneOf(Layer.class),
                EnumSet.of(Layer.SENTENCES),
                d -> d.withProblem(new org.sitrep.model.Problem("A", d.source(), "first")));
        Stage second = new FakeStage(
                "b",
                EnumSet.of(Layer.SENTENCES),
                EnumSet.noneOf(Layer.class),
                d -> d.withProblem(new org.sitrep.model.Problem("B", d.source(), "second")));
        Document out = Pipeline.of(List.of(first, second)).run(Document.of("d", "Text."));
        assertEquals(
                List.of("A", "B"),
                out.problems().stream().map(org.sitrep.model.Problem::code).toList());
    }
}
