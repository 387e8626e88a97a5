package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.app.Outcome;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.output.DocumentJson;

/**
 * Reads inputs into a store: articles already stored in the same version are skipped before extraction
 * (so a re-run after a crash does only the work left), the others are extracted and stored one by one as
 * they finish, each in its own transaction, and every input that gives no article is stored as a failure
 * with its reason; then the incidents are recomputed. Runs on the calling thread: the store is written from it
 * alone.
 */
public final class StoreIngest {
    private final EventStore store;
    private final StreamingExtractor extractor;
    private final IncidentMerger incidents;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DocumentJson json = new DocumentJson(mapper);

    public StoreIngest(EventStore store, StreamingExtractor extractor, IncidentMerger incidents) {
        this.store = requireNonNull(store, "store is null");
        this.extractor = requireNonNull(extractor, "extractor is null");
        this.incidents = requireNonNull(incidents, "incidents is null");
    }

    /**
     * What one run did. {@code problems} are the inputs that gave no article, in input order; {@code incidents}
     * how many the store holds after the run recomputed them (when it stored anything); {@code stopped} whether
     * it was asked to stop before the last input (then the incidents are left for the next run to recompute);
     * {@code notes} what was passed over on purpose (a web archive's records that hold no article).
     */
    public record Summary(
            int stored, int unchanged, List<Problem> problems, long incidents, boolean stopped, List<Problem> notes) {
        public Summary {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public int inputs() {
            return stored + unchanged + problems.size();
        }
    }

    /** Progress after each input, for a bar or a log line. */
    public record Progress(int done, int stored, int unchanged, int failed) {}

    /**
     * Reads {@code inputs} (the caller closes the stream), reporting progress after each one. Once {@code stop}
     * says so, no further input is taken: the articles already being extracted are stored (each whole, in its
     * transaction), and the run ends without recomputing the incidents, which the next run finds stale.
     */
    public Summary run(Stream<IngestResult> inputs, Consumer<Progress> progress, BooleanSupplier stop) {
        boolean[] stopped = new boolean[1];
        int[] counts = new int[2]; // stored, unchanged
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        Runnable report = () -> progress.accept(
                new Progress(counts[0] + counts[1] + problems.size(), counts[0], counts[1], problems.size()));
        Stream<IngestResult> toExtract = inputs.takeWhile(input -> !(stopped[0] = stop.getAsBoolean()))
                .filter(input -> {
                    if (input instanceof IngestResult.Accepted a
                            && isStored(a.article().toDocument())) {
                        counts[1]++;
                        report.run();
                        return false;
                    }
                    return true;
                });
        extractor.run(toExtract, outcome -> {
            if (outcome instanceof Outcome.Extracted e) {
                store.put(e.document(), record(e.document()));
                counts[0]++;
            } else if (outcome instanceof Outcome.Failed f) {
                store.putFailure(f.problem(), Optional.of(f.input()));
                problems.add(f.problem());
            } else if (outcome instanceof Outcome.Rejected r) {
                store.putFailure(r.problem(), Optional.empty());
                problems.add(r.problem());
            } else if (outcome instanceof Outcome.Skipped s) {
                notes.add(s.note());
                return; // not an article: no progress step
            }
            report.run();
        });
        // new reports can join, split or start incidents anywhere in their window; a run killed before it
        // recomputed them leaves them stale, and its re-run finds every article unchanged
        if (!stopped[0] && (counts[0] > 0 || store.incidentsStale())) {
            store.rebuildIncidents(incidents);
        }
        return new Summary(counts[0], counts[1], problems, store.counts().incidents(), stopped[0], notes);
    }

    private boolean isStored(Document read) {
        return store.holding(read.id(), ContentHash.of(read)) == EventStore.Holding.SAME;
    }

    private String record(Document d) {
        try {
            return mapper.writeValueAsString(json.toJson(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document's JSON record could not be written: " + e.getMessage(), e);
        }
    }
}
