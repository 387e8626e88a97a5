package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Document;

/** One step of the pipeline: a pure function from a document to a richer document. Thread-safe. */
public interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> produces();

    Document apply(Document document);
}
