package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code spark-submit ... sitrep-spark.jar} is told: {@code --output DIR INPUT...}. Inputs are files or
 * directories (read recursively), local or on any file system Hadoop reaches (hdfs://, s3a://); a path ending
 * in ".parquet" is a Parquet table of article records, anything else is read as {@code sitrep extract} reads it.
 */
record JobOptions(List<String> inputs, String output) {
    static final String USAGE = "usage: spark-submit [spark options] sitrep-spark.jar --output DIR INPUT...";

    JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given; " + USAGE);
        }
        if (output.isBlank()) {
            throw new IllegalArgumentException("--output is blank; " + USAGE);
        }
    }

    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        Optional<String> output = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--output") && i + 1 < args.length) {
                output = Optional.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown option '%s'; %s".formatted(args[i], USAGE));
            } else {
                inputs.add(args[i]);
            }
        }
        return new JobOptions(
                inputs, output.orElseThrow(() -> new IllegalArgumentException("--output DIR is missing; " + USAGE)));
    }
}
