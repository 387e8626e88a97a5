package org.sitrep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads} option of every evaluation command: how many documents are extracted at once. */
final class EvalThreads {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    /** The count, checked: a usage error (exit 2) when below one. */
    int threads() {
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, got " + threads);
        }
        return threads;
    }
}
