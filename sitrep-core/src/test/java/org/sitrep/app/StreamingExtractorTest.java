package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageFailedException;

/** The runner with a fake pipeline: the order, the rejected and failed inputs, when the pipeline is built. */
class StreamingExtractorTest {
    /** A fake pipeline: upper-cases the headline; "boom" fails a stage, "oom" runs out of memory. */
    private static final UnaryOperator<Document> FAKE = d -> {
        switch (d.text()) {
            case "boom" -> throw new StageFailedException("events", d.id(), new IllegalStateException("no trigger"));
            case "oom" -> throw new OutOfMemoryError("Java heap space");
            default -> {
                return Document.of(
                        d.id(), d.source(), d.headline().toUpperCase(), d.published(), d.dateline(), d.text());
            }
        }
    };

    private static IngestResult article(String id, String text) {
        return new IngestResult.Accepted(
                new Article(id, "src/" + id, "headline " + id, Optional.empty(), Optional.empty(), text, List.of()));
    }

    private static IngestResult rejected(String source) {
        return new IngestResult.Rejected(new Problem(ProblemCode.INGEST_EMPTY, source, "file is empty"));
    }

    private static List<Outcome> run(StreamingExtractor extractor, Stream<IngestResult> inputs) {
        List<Outcome> outcomes = new ArrayList<>();
        extractor.run(inputs, outcomes::add);
        return outcomes;
    }

    @Test
    void handsEveryOutcomeInInputOrderWithRejectedAndFailedInputsInTheirPlace() {
        List<IngestResult> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(
                    i % 10 == 3
                            ? rejected("bad-" + i)
                            : i % 10 == 7 ? article("d" + i, "boom") : article("d" + i, "Rain " + i));
        }
        inputs.add(article("last", "oom"));

        List<Outcome> outcomes =
                run(new StreamingExtractor(() -> FAKE, new InOrderPool(3, 5, "test")), inputs.stream());

        assertEquals(
                inputs.stream().map(IngestResult::source).toList(),
                outcomes.stream().map(Outcome::source).toList());
        assertEquals(
                "HEADLINE D0",
                assertInstanceOf(Outcome.Extracted.class, outcomes.get(0))
                        .document()
                        .headline());
        assertEquals(
                ProblemCode.INGEST_EMPTY,
                assertInstanceOf(Outcome.Rejected.class, outcomes.get(3))
                        .problem()
                        .code());
        Problem failed = assertInstanceOf(Outcome.Failed.class, outcomes.get(7)).problem();
        assertEquals(ProblemCode.STAGE_FAILED, failed.code());
        assertEquals("src/d7", failed.source());
        assertEquals("stage 'events' failed on document d7: no trigger", failed.message());
        assertTrue(assertInstanceOf(Outcome.Failed.class, outcomes.get(40))
                .problem()
                .message()
                .startsWith("out of memory on document last (the heap's limit is "));
    }

    @Test
    void aDocumentThatOutrunsItsBudgetIsStoppedAndTheNextOneStillHasAWholeBudget() {
        Stage endless = new Stage() { // a stage that would never end, but looks at the deadline as stages do
                    @Override
                    public String name() {
                        return "endless";
                    }

                    @Override
                    public Set<Layer> requires() {
                        return Set.of();
                    }

                    @Override
                    public Set<Layer> produces() {
                        return Set.of();
                    }

                    @Override
                    public Document apply(Document d) {
                        while (d.text().equals("endless")) {
                            Deadline.check();
                        }
                        return d;
                    }
                };
        Pipeline pipeline = Pipeline.of(List.of(endless));
        StreamingExtractor extractor =
                new StreamingExtractor(() -> pipeline::run, new InOrderPool(1, 2, "test"), Duration.ofMillis(200));

        List<Outcome> outcomes =
                run(extractor, Stream.of(article("d1", "endless"), article("d2", "quick"), article("d3", "endless")));

        Problem stopped =
                assertInstanceOf(Outcome.Failed.class, outcomes.get(0)).problem();
        assertEquals(ProblemCode.STAGE_TIMEOUT, stopped.code());
        assertEquals(
                "document d1 took longer than its 200 ms budget and was stopped in stage 'endless'", stopped.message());
        assertInstanceOf(Outcome.Extracted.class, outcomes.get(1));
        assertEquals(
                ProblemCode.STAGE_TIMEOUT,
                assertInstanceOf(Outcome.Failed.class, outcomes.get(2))
                        .problem()
                        .code());
    }

    @Test
    void aCustomExtractionThatThrowsFailsThatDocumentOnly() {
        UnaryOperator<Document> strict = d -> {
            if (d.text().equals("bad")) {
                throw new IllegalArgumentException("no headline");
            }
            return d;
        };

        List<Outcome> outcomes = run(
                new StreamingExtractor(() -> strict, InOrderPool.of(2, "test")),
                Stream.of(article("a", "Rain"), article("b", "bad"), article("c", "Snow")));

        assertInstanceOf(Outcome.Extracted.class, outcomes.get(0));
        assertEquals(
                "extraction failed on document b: java.lang.IllegalArgumentException: no headline",
                assertInstanceOf(Outcome.Failed.class, outcomes.get(1))
                        .problem()
                        .message());
        assertInstanceOf(Outcome.Extracted.class, outcomes.get(2));
    }

    @Test
    void neverBuildsThePipelineWhenEveryInputIsRejected() {
        StreamingExtractor extractor = new StreamingExtractor(
                () -> {
                    throw new AssertionError("the pipeline was built for rejected inputs only");
                },
                InOrderPool.of(2, "test"));

        List<Outcome> outcomes = run(extractor, Stream.of(rejected("a"), rejected("b")));

        assertEquals(2, outcomes.size());
    }

    @Test
    void buildsThePipelineOnceOnTheCallingThreadWhenTheFirstArticleArrives() {
        AtomicInteger built = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>();
        Thread caller = Thread.currentThread();
        StreamingExtractor extractor = new StreamingExtractor(
                () -> {
                    assertEquals(caller, Thread.currentThread());
                    assertEquals(
                            1,
                            outcomes.size(),
                            "built when the first article is taken, after \"a\" left the window of 2");
                    built.incrementAndGet();
                    return FAKE;
                },
                new InOrderPool(2, 2, "test"));

        extractor.run(
                Stream.of(rejected("a"), rejected("b"), article("c", "Rain"), article("d", "Snow")), outcomes::add);
        extractor.run(Stream.of(article("e", "Hail")), outcomes::add);

        assertEquals(1, built.get());
        assertEquals(5, outcomes.size());
    }

    @Test
    void throwsWhenThePipelineCannotBeBuilt() {
        StreamingExtractor extractor = new StreamingExtractor(
                () -> {
                    throw new IllegalArgumentException("actors.tsv line 3: expected 7 columns");
                },
                InOrderPool.of(1, "test"));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> run(extractor, Stream.of(rejected("a"), article("b", "Rain"))));
        assertEquals("actors.tsv line 3: expected 7 columns", e.getMessage());
    }

    @Test
    void runsDocumentsMadeElsewhere() {
        List<Outcome> outcomes = new ArrayList<>();
        new StreamingExtractor(() -> FAKE, InOrderPool.of(2, "test"))
                .runDocuments(Stream.of(Document.of("x", "Rain"), Document.of("y", "boom")), outcomes::add);
        assertInstanceOf(Outcome.Extracted.class, outcomes.get(0));
        assertEquals(
                "y",
                assertInstanceOf(Outcome.Failed.class, outcomes.get(1))
                        .problem()
                        .source());
    }
}
