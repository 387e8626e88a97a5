package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * One Spark partition's extraction: its inputs read by the {@link Ingester} as {@code sitrep extract} reads
 * them, each run through the executor's one pipeline by the same {@link StreamingExtractor}, the outcomes
 * turned into rows. Lazy: one input's rows are in memory at a time, however large the partition (a WARC of
 * tens of thousands of pages).
 */
final class PartitionExtraction {
    private PartitionExtraction() {}

    /** Whole files (WARC, JSON Lines, HTML, text...): one file after another, each record by record. */
    static Iterator<StagedRow> files(Iterator<String> paths, SerializableConfiguration hadoop) {
        Ingester ingester = new Ingester(IngestOptions.defaults());
        Iterable<String> all = () -> paths;
        Stream<IngestResult> inputs =
                StreamSupport.stream(all.spliterator(), false).flatMap(path -> open(ingester, path, hadoop));
        return rows(inputs);
    }

    /** Records of a Parquet table, each given as the JSON of its row with the file it came from. */
    static Iterator<StagedRow> records(Iterator<Row> records) {
        Ingester ingester = new Ingester(IngestOptions.defaults());
        Iterable<Row> all = () -> records;
        Stream<IngestResult> inputs = StreamSupport.stream(all.spliterator(), false)
                .flatMap(row -> {
                    String file = row.getString(0);
                    String name = new Path(file).getName().replaceFirst("\\.parquet$", "") + ".json";
                    return ingester.read(row.getString(1).getBytes(StandardCharsets.UTF_8), name, file);
                });
        return rows(inputs);
    }

    private static Iterator<StagedRow> rows(Stream<IngestResult> inputs) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> inputs.close());
        }
        StreamingExtractor extractor = ExecutorSitrep.extractor();
        OutcomeRows outcomeRows = new OutcomeRows();
        return inputs.flatMap(input -> {
                    List<StagedRow> rows = new ArrayList<>();
                    extractor.run(Stream.of(input), outcome -> rows.addAll(outcomeRows.of(outcome)));
                    return rows.stream();
                })
                .iterator();
    }

    private static Stream<IngestResult> open(Ingester ingester, String path, SerializableConfiguration hadoop) {
        Path file = new Path(path);
        String location = "file".equals(file.toUri().getScheme()) ? file.toUri().getPath() : path;
        try {
            FileSystem fs = file.getFileSystem(hadoop.value());
            InputStream in = fs.open(file);
            return ingester.read(in, file.getName(), location).onClose(() -> close(in));
        } catch (IOException | RuntimeException e) {
            return Stream.of(new IngestResult.Rejected(
                    new Problem(ProblemCode.INGEST_IO, location, "cannot open: " + e.getMessage())));
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }
}
