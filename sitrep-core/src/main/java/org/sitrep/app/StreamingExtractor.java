package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.StageFailedException;
import org.sitrep.pipeline.StageTimeoutException;

/**
 * Runs the pipeline over a stream of inputs, for any front end (the command line, a server, a batch
 * job): reads the inputs as it goes, extracts on an {@link InOrderPool} and hands every input's
 * {@link Outcome} to a consumer in input order, a rejected input in its place. Memory does not grow
 * with the number of inputs: a bounded number are in flight, and an outcome is dropped once the
 * consumer returns, so the consumer should write it out or fold it into a summary, not keep it.
 *
 * <p>A document whose stage throws, or that runs out of memory or stack, becomes a {@link
 * Outcome.Failed} ({@code STAGE_FAILED}), as does one that uses up its time budget ({@code
 * STAGE_TIMEOUT}), and the others go on. The pipeline is built only when the
 * first readable article arrives, on the calling thread: a batch of bad inputs never loads the models,
 * and a failure to load them is thrown from {@link #run}.
 *
 * <pre>{@code
 * StreamingExtractor extractor = StreamingExtractor.of(Sitrep::load, threads);
 * try (Stream<IngestResult> inputs = new Ingester(IngestOptions.defaults()).read(paths)) {
 *     extractor.run(inputs, outcome -> write(outcome));
 * }
 * }</pre>
 */
public final class StreamingExtractor {
    /**
     * CPU time one document may take by default ({@link Deadline}). A 1,000,000-character article (the
     * default {@code --max-chars}) took 135 CPU-seconds for the whole process, start-up included, on a
     * loaded machine; a document still running after this is stopped and reported {@code STAGE_TIMEOUT},
     * so one input can never hold up a batch for good.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(300);

    private final Supplier<? extends UnaryOperator<Document>> extractionSupplier;
    private final InOrderPool pool;
    private final Duration budget;
    private UnaryOperator<Document> extraction;

    /**
     * @param extraction builds what to run on each document (the pipeline, or e.g. extraction with given
     *                   triggers for evaluation); called at most once, when the first document arrives
     * @param pool       the threads and the window of inputs in flight
     */
    public StreamingExtractor(Supplier<? extends UnaryOperator<Document>> extraction, InOrderPool pool) {
        this(extraction, pool, DEFAULT_BUDGET);
    }

    /** @param budget the time each document may take ({@link Deadline}) */
    public StreamingExtractor(
            Supplier<? extends UnaryOperator<Document>> extraction, InOrderPool pool, Duration budget) {
        this.extractionSupplier = requireNonNull(extraction, "extraction is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.budget = requireNonNull(budget, "budget is null");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a document's time budget must be positive, got " + budget);
        }
    }

    /** Sitrep's pipeline, built by {@code sitrep} when first needed, on {@code threads} threads. */
    public static StreamingExtractor of(Supplier<Sitrep> sitrep, int threads) {
        return of(sitrep, threads, DEFAULT_BUDGET);
    }

    /** As {@link #of(Supplier, int)}, each document stopped after {@code budget}. */
    public static StreamingExtractor of(Supplier<Sitrep> sitrep, int threads, Duration budget) {
        requireNonNull(sitrep, "sitrep is null");
        return new StreamingExtractor(() -> sitrep.get()::extract, InOrderPool.of(threads, "sitrep-extract"), budget);
    }

    /**
     * Reads {@code inputs} and gives each one's outcome to {@code consumer}, on this thread, in input
     * order: {@link Outcome.Extracted}, {@link Outcome.Rejected} for an input the ingester rejected,
     * {@link Outcome.Skipped} for parts of an input that hold no article, or
     * {@link Outcome.Failed}. The caller closes the stream.
     */
    public void run(Stream<IngestResult> inputs, Consumer<? super Outcome> consumer) {
        pool.run(map(inputs.iterator(), this::task), Supplier::get, consumer);
    }

    /** Extracts documents made elsewhere (evaluation corpora); each outcome is Extracted or Failed. */
    public void runDocuments(Stream<Document> documents, Consumer<? super Outcome> consumer) {
        pool.run(map(documents.iterator(), this::task), Supplier::get, consumer);
    }

    /** Runs on the calling thread as the pool takes the input: builds the pipeline if this is the first document. */
    private Supplier<Outcome> task(IngestResult input) {
        if (input instanceof IngestResult.Accepted accepted) {
            return task(accepted.article().toDocument());
        }
        if (input instanceof IngestResult.Skipped skipped) {
            return () -> new Outcome.Skipped(skipped.note());
        }
        Problem problem = ((IngestResult.Rejected) input).problem();
        return () -> new Outcome.Rejected(problem);
    }

    private Supplier<Outcome> task(Document document) {
        UnaryOperator<Document> f = extraction();
        return () -> Deadline.within(budget, () -> extract(f, document));
    }

    private synchronized UnaryOperator<Document> extraction() {
        if (extraction == null) {
            extraction = requireNonNull(extractionSupplier.get(), "the extraction supplier gave null");
        }
        return extraction;
    }

    private static Outcome extract(UnaryOperator<Document> f, Document d) {
        try {
            return new Outcome.Extracted(f.apply(d));
        } catch (StageTimeoutException e) {
            return new Outcome.Failed(d, new Problem(ProblemCode.STAGE_TIMEOUT, d.source(), e.getMessage()));
        } catch (StageFailedException e) {
            return failed(d, e.getMessage());
        } catch (RuntimeException e) {
            // an extraction of the caller's own (not a Pipeline, which wraps errors in StageFailedException)
            return failed(d, "extraction failed on document %s: %s".formatted(d.id(), e));
        } catch (OutOfMemoryError e) {
            return failed(
                    d,
                    "out of memory on document %s (the heap's limit is %d MiB; raise it with the JVM's -Xmx)"
                            .formatted(d.id(), Runtime.getRuntime().maxMemory() >> 20));
        } catch (StackOverflowError e) {
            return failed(d, "stack overflow on document " + d.id());
        }
    }

    private static Outcome failed(Document d, String message) {
        return new Outcome.Failed(d, new Problem(ProblemCode.STAGE_FAILED, d.source(), message));
    }

    /** The inputs mapped one by one as they are taken, never ahead. */
    private static <A, B> Iterator<B> map(Iterator<A> source, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public B next() {
                return f.apply(source.next());
            }
        };
    }
}
