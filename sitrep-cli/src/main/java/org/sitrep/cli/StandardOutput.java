package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output is a terminal, where binary output must not go. */
final class StandardOutput {
    private StandardOutput() {}

    /**
     * On Linux the descriptor's link names the device ({@code /dev/pts/3}); elsewhere Java only knows whether
     * both standard input and output are a console, which is the best remaining guess.
     */
    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/1");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
