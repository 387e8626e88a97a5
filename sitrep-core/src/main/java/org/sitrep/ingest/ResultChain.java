package org.sitrep.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The results of many inputs, one after the other; an input is opened only when the one before is read. */
final class ResultChain<E> implements Results {
    private final Iterator<E> inputs;
    private final Function<E, Results> open;
    private Results current = Results.of(List.of());
    private boolean closed;

    ResultChain(Iterator<E> inputs, Function<E, Results> open) {
        this.inputs = inputs;
        this.open = open;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false; // a closed stream is over: the inputs after the current one are not opened
        }
        while (!current.hasNext()) {
            current.close();
            if (!inputs.hasNext()) {
                return false;
            }
            current = open.apply(inputs.next());
        }
        return true;
    }

    @Override
    public IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        current.close();
    }
}
