package org.sitrep.ingest;

import java.util.Iterator;
import java.util.List;

/** Results read as they are asked for; {@link #close} releases the input being read, if any. */
interface Results extends Iterator<IngestResult>, AutoCloseable {
    @Override
    void close();

    /** Results already read, in memory: nothing to release. */
    static Results of(List<IngestResult> results) {
        Iterator<IngestResult> iterator = results.iterator();
        return new Results() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public IngestResult next() {
                return iterator.next();
            }

            @Override
            public void close() {}
        };
    }
}
