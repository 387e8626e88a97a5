package org.sitrep.testing;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Document;

/**
 * One loaded pipeline for all integration tests in a JVM: loading CoreNLP takes seconds, so tests
 * share it instead of loading it per test class. Test code only.
 */
public final class SharedSitrep {
    private SharedSitrep() {}

    private static final class Holder {
        static final Sitrep INSTANCE = Sitrep.load();
    }

    public static Sitrep get() {
        return Holder.INSTANCE;
    }

    /** A text written for a test, published on {@code published}, through the whole pipeline; checked well formed. */
    public static Document extract(String text, LocalDate published) {
        Document d = Document.of("t", "test", "", Optional.of(published), Optional.empty(), text);
        Document result = get().extract(d);
        DocumentAssertions.assertWellFormed(result);
        return result;
    }
}
