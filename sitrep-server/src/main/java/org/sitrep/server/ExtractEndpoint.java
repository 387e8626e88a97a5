package org.sitrep.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.app.Sitrep;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.output.DocumentJson;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.StageFailedException;
import org.sitrep.pipeline.StageTimeoutException;

/**
 * {@code POST /api/extract}: one article in the request body (text, HTML or JSON, as {@code extract} reads
 * files), its JSON record in the response. Bounded: the body's size, the number of extractions at once (a
 * request that waits too long for a turn is told to retry), and each document's time budget. The pipeline
 * loads on the first request.
 */
public final class ExtractEndpoint {
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    static final Duration WAIT_FOR_A_TURN = Duration.ofSeconds(10);

    private final Supplier<Sitrep> pipeline;
    private final Semaphore turns;
    private final Duration budget;
    private final int maxBytes;
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile Sitrep loaded;

    /** The outcome: the status to answer with and the JSON record (or error). */
    record Answer(int status, ObjectNode body) {}

    public ExtractEndpoint(Supplier<Sitrep> pipeline, int concurrency, Duration budget, int maxBytes) {
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        if (concurrency < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("concurrency and size limit must be positive");
        }
        this.turns = new Semaphore(concurrency, true);
        this.budget = requireNonNull(budget, "budget is null");
        this.maxBytes = maxBytes;
    }

    int maxBytes() {
        return maxBytes;
    }

    Answer extract(byte[] body, String contentType) throws InterruptedException {
        if (body.length == 0) {
            throw new BadRequest("the request body is empty: send the article's text, HTML or JSON");
        }
        if (body.length > maxBytes) {
            return new Answer(
                    413, error("the article is %d bytes; at most %d are accepted".formatted(body.length, maxBytes)));
        }
        if (!turns.tryAcquire(WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
            return new Answer(503, error("busy extracting other articles: retry in a few seconds"));
        }
        try {
            List<IngestResult> read = new Ingester(IngestOptions.defaults())
                    .read(body, fileName(contentType), "request")
                    .limit(2)
                    .toList();
            if (read.size() != 1) {
                throw new BadRequest("send one article per request, got " + (read.size() > 1 ? "several" : "none"));
            }
            DocumentJson json = new DocumentJson(mapper);
            if (read.get(0) instanceof IngestResult.Rejected rejected) {
                return new Answer(422, json.rejected(rejected.problem()));
            }
            if (!(read.get(0) instanceof IngestResult.Accepted accepted)) {
                throw new BadRequest("the request holds no article: "
                        + ((IngestResult.Skipped) read.get(0)).note().message());
            }
            Document document = accepted.article().toDocument();
            try {
                return new Answer(200, json.toJson(Deadline.within(budget, () -> sitrep().extract(document))));
            } catch (StageTimeoutException e) {
                return new Answer(
                        422,
                        json.failed(
                                document, new Problem(ProblemCode.STAGE_TIMEOUT, document.source(), e.getMessage())));
            } catch (StageFailedException e) {
                return new Answer(
                        422,
                        json.failed(
                                document, new Problem(ProblemCode.STAGE_FAILED, document.source(), e.getMessage())));
            }
        } finally {
            turns.release();
        }
    }

    /** The name the reader sees, so that a JSON or HTML body is read as one: its extension breaks format ties. */
    private static String fileName(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return "request.json";
        }
        if (type.contains("html")) {
            return "request.html";
        }
        return "request.txt";
    }

    private Sitrep sitrep() {
        Sitrep s = loaded;
        if (s == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = requireNonNull(pipeline.get(), "the pipeline supplier gave null");
                }
                s = loaded;
            }
        }
        return s;
    }

    private ObjectNode error(String message) {
        return mapper.createObjectNode().put("error", message);
    }
}
