package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.pipeline.StageFailedException;

/**
 * Runs the pipeline over many documents on a fixed pool of named threads and hands the outcomes to
 * a consumer in input order, as soon as each is ready. A document whose stage fails becomes a
 * STAGE_FAILED problem; the others go on.
 */
public final class BatchExtractor {
    /** What became of one document. */
    public sealed interface Outcome permits Extracted, Failed {
    }

    public record Extracted(Document document) implements Outcome {
    }

    public record Failed(Problem problem) implements Outcome {
    }

    private final UnaryOperator<Document> extraction;
    private final int threads;

    public BatchExtractor(Sitrep sitrep, int threads) {
        this(sitrep::extract, threads);
    }

    /** @param extraction what to run on each document (e.g. extraction with given triggers, for evaluation) */
    public BatchExtractor(UnaryOperator<Document> extraction, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.extraction = extraction;
        this.threads = threads;
    }

    public void run(List<Document> documents, Consumer<Outcome> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, named());
        try {
            List<Future<Outcome>> futures = new ArrayList<>(documents.size());
            for (Document d : documents) {
                futures.add(pool.submit(() -> extractOne(d)));
            }
            for (Future<Outcome> f : futures) {
                consumer.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome extractOne(Document d) {
        try {
            return new Extracted(extraction.apply(d));
        } catch (StageFailedException e) {
            return new Failed(new Problem(ProblemCode.STAGE_FAILED, d.source(), e.getMessage()));
        } catch (OutOfMemoryError e) {
            return new Failed(new Problem(ProblemCode.STAGE_FAILED, d.source(), "out of memory on document " + d.id()));
        }
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sitrep-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
