package org.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop cleanly, for the commands that have something to finish
 * (a server to stop, an article to store). A second signal quits at once, as Ctrl-C usually does: the store
 * is crash-safe, so that loses only the articles not yet committed.
 */
final class StopSignal {
    /** The exit status of a process stopped by SIGINT, by the shells' convention (128 + 2). */
    static final int INTERRUPTED = 130;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final String onFirst;

    private StopSignal(String onFirst) {
        this.onFirst = onFirst;
    }

    /**
     * Handles SIGINT and SIGTERM from now on in place of the JVM's immediate exit.
     *
     * @param onFirst what to say on stderr when the first signal arrives
     */
    static StopSignal install(String onFirst) {
        StopSignal stop = new StopSignal(onFirst);
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> stop.received());
        }
        return stop;
    }

    private void received() {
        if (requested.getCount() == 0) {
            Runtime.getRuntime().halt(INTERRUPTED);
        }
        System.err.println(onFirst);
        requested.countDown();
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    void await() throws InterruptedException {
        requested.await();
    }
}
