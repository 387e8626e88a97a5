package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: one subcommand class per command. */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        version = "sitrep 0.1.0",
        description = "Turns news articles into structured, evidenced event records.",
        subcommands = {
            ExtractCommand.class,
            IngestCommand.class,
            QueryCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            TrainCommand.class
        })
public final class Main implements Runnable {
    /** Set to 1 to see the stack trace of an unexpected error. */
    static final String DEBUG_VARIABLE = "SITREP_DEBUG";

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: an unexpected error is one line on stderr, not a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, command, parsed) -> {
            System.err.println("sitrep: " + command.getCommandName() + " failed: " + describe(e));
            if ("1".equals(System.getenv(DEBUG_VARIABLE))) {
                e.printStackTrace();
            } else {
                System.err.println("sitrep: (set " + DEBUG_VARIABLE + "=1 to see where)");
            }
            return 1;
        });
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
