package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.sitrep.spark.StagedRow.Table;

/**
 * Sitrep over a corpus on Apache Spark: reads articles (files of any kind {@code sitrep extract} reads, WARC
 * among them, one task per file; Parquet tables of article records, split as Spark splits them), extracts each
 * with the pipeline of its executor ({@link ExecutorSitrep}), and writes the tables {@code articles},
 * {@code entities}, {@code events}, {@code incidents} and {@code errors} as Parquet under the output
 * directory, partitioned by publication month ({@code month=2026-03}; {@code month=undated}).
 *
 * <p>Rows are first written once to {@code OUTPUT/_staging} (so extraction runs once, and a retried task's rows
 * replace its failed attempt's, by Spark's commit protocol), then each table is written from there with dynamic
 * partition overwrite: a run replaces the months it writes and leaves the others. Incidents are merged across
 * the whole run, a country per group, by the same {@code IncidentMerger} as the store.
 */
public final class SparkExtract {
    static final String STAGING = "_staging";

    private SparkExtract() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
        try {
            System.err.println("sitrep-spark: rows in each table " + run(spark, options));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; gives the rows in each table after it. */
    static Map<String, Long> run(SparkSession spark, JobOptions options) {
        spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : options.inputs()) {
            if (input.endsWith(".parquet")) {
                parquet.add(input);
            } else {
                files.addAll(list(new Path(input), hadoop));
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<StagedRow> rows = jsc.emptyRDD();
        if (!files.isEmpty()) {
            SerializableConfiguration conf = new SerializableConfiguration(hadoop);
            rows = rows.union(jsc.parallelize(files, files.size())
                    .mapPartitions(paths -> PartitionExtraction.files(paths, conf)));
        }
        if (!parquet.isEmpty()) {
            Dataset<Row> records = spark.read()
                    .parquet(parquet.toArray(String[]::new))
                    .select(input_file_name(), to_json(struct(col("*"))));
            rows = rows.union(records.javaRDD().mapPartitions(PartitionExtraction::records));
        }
        String staging = options.output() + "/" + STAGING;
        long start = System.nanoTime();
        spark.createDataset(rows.rdd(), Encoders.bean(StagedRow.class))
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(staging);

        System.err.printf(
                "sitrep-spark: read and extracted %d files and %d Parquet inputs in %.1f s (models loaded once per executor)%n",
                files.size(), parquet.size(), (System.nanoTime() - start) / 1e9);
        Dataset<StagedRow> staged = spark.read().parquet(staging).as(Encoders.bean(StagedRow.class));
        OutputSchema schema = OutputSchema.load();
        Map<String, Long> written = new TreeMap<>();
        written.put("articles", write(spark, json(staged, Table.articles), schema.articles(), options, "articles"));
        written.put("entities", write(spark, json(staged, Table.entities), schema.entities(), options, "entities"));
        written.put("events", write(spark, json(staged, Table.events), schema.events(), options, "events"));
        written.put("errors", write(spark, json(staged, Table.errors), ErrorTable.schema(), options, "errors"));
        Dataset<String> incidents = json(staged, Table.mentions)
                .groupByKey(
                        (MapFunction<String, String>) m -> MentionJson.group(MentionJson.read(MAPPER.get(), m)),
                        Encoders.STRING())
                .flatMapGroups(
                        (FlatMapGroupsFunction<String, String, String>)
                                (group, mentions) -> IncidentTable.merge(mentions),
                        Encoders.STRING());
        written.put("incidents", write(spark, incidents, IncidentTable.schema(), options, "incidents"));
        delete(new Path(staging), hadoop);
        return written;
    }

    private static final ThreadLocal<com.fasterxml.jackson.databind.ObjectMapper> MAPPER =
            ThreadLocal.withInitial(com.fasterxml.jackson.databind.ObjectMapper::new);

    private static Dataset<String> json(Dataset<StagedRow> staged, Table table) {
        return staged.filter(col("table").equalTo(table.name()))
                .select(col("json"))
                .as(Encoders.STRING());
    }

    /** Parses the rows with the table's schema (a row that does not fit it is a bug: fail fast) and writes them. */
    private static long write(
            SparkSession spark, Dataset<String> json, StructType schema, JobOptions options, String table) {
        Dataset<Row> rows =
                spark.read().schema(schema).option("mode", "FAILFAST").json(json);
        rows.write().mode(SaveMode.Overwrite).partitionBy(OutputSchema.MONTH).parquet(options.output() + "/" + table);
        // with the schema given, a table without rows (no file written) reads back as empty
        return spark.read()
                .schema(schema)
                .parquet(options.output() + "/" + table)
                .count();
    }

    /** The files under {@code path}, recursively, without hidden ones ("." or "_" first, as Spark and Hadoop skip them). */
    private static List<String> list(Path path, Configuration hadoop) {
        List<String> out = new ArrayList<>();
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus status = fs.getFileStatus(path);
            if (!status.isDirectory()) {
                return List.of(status.getPath().toString());
            }
            for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true); it.hasNext(); ) {
                Path file = it.next().getPath();
                if (!hidden(file, path)) {
                    out.add(file.toString());
                }
            }
        } catch (IOException e) {
            // the ingester reports a path it cannot read, as extract does
            return List.of(path.toString());
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static void delete(Path path, Configuration hadoop) {
        try {
            path.getFileSystem(hadoop).delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging rows at " + path, e);
        }
    }
}
