package org.sitrep.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;

/** The article every benchmark runs on: {@code -Dsitrep.bench.article=PATH}, read by the Ingester (headline, date). */
final class Article {
    static final String PROPERTY = "sitrep.bench.article";

    private Article() {}

    static Document load() {
        Path path = Path.of(System.getProperty(PROPERTY, "examples/tal-afar.txt"));
        List<IngestResult> read =
                new Ingester(IngestOptions.defaults()).read(List.of(path)).toList();
        if (read.size() != 1 || !(read.get(0) instanceof IngestResult.Accepted accepted)) {
            throw new IllegalStateException(
                    "expected one readable article at " + path.toAbsolutePath() + " (" + PROPERTY + "), got " + read);
        }
        return accepted.article().toDocument();
    }
}
