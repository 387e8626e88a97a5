package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: one subcommand class per command. */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        version = "sitrep 0.1.0",
        description = "Turns news articles into structured, evidenced event records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
