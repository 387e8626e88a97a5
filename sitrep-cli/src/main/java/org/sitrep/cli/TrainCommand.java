package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.learn.RoleTraining;
import org.sitrep.learn.TriggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep train}: trains Sitrep's models from the shared annotated data and writes them with their data card. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description =
                "Train Sitrep's models (the trigger and role models) from the annotated corpora, reproducibly, and write"
                        + " each model file with its data card (training data, mapping, features, library, dev scores).")
public final class TrainCommand implements Callable<Integer> {
    /** Where the shipped models live, under the source tree the launcher runs from. */
    static final String SHIPPED = "sitrep-core/src/main/resources/org/sitrep/extract/events";

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "The shared data directory (holding wikievents/).")
    Path data;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the model files (default: the shipped ones in " + SHIPPED + ").")
    Path out;

    @Option(
            names = "--only",
            paramLabel = "MODEL",
            description = "Train one model only: trigger or roles (default: all).")
    String only;

    @Override
    public Integer call() throws IOException {
        if (only != null && !only.equals("trigger") && !only.equals("roles")) {
            System.err.println("sitrep: unknown model '" + only + "'; known models: [trigger, roles]");
            return 2;
        }
        if (!Files.isDirectory(data.resolve("wikievents"))) {
            System.err.println(
                    "sitrep: no wikievents directory in " + data + " (expected --data to name the shared data)");
            return 2;
        }
        Path target = Optional.ofNullable(out)
                .orElseGet(() -> Path.of(System.getProperty("sitrep.home", ".")).resolve(SHIPPED));
        if (only == null || only.equals("trigger")) {
            new TriggerTraining(System.err).run(data, target);
        }
        if (only == null || only.equals("roles")) {
            new RoleTraining(System.err).run(data, target);
        }
        return 0;
    }
}
