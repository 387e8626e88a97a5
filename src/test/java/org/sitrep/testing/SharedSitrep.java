package org.sitrep.testing;

import org.sitrep.app.Sitrep;

/**
 * One loaded pipeline for all integration tests in a JVM: loading CoreNLP takes seconds, so tests
 * share it instead of loading it per test class. Test code only.
 */
public final class SharedSitrep {
    private SharedSitrep() {
    }

    private static final class Holder {
        static final Sitrep INSTANCE = Sitrep.load();
    }

    public static Sitrep get() {
        return Holder.INSTANCE;
    }
}
