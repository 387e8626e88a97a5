package org.sitrep.eval.labelled;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One article of the labelled set: its file, the file's text, the publication date a reader sees, its events. */
public record LabelledArticle(Path file, String text, LocalDate published, List<GoldEvent> events) {
    public LabelledArticle {
        requireNonNull(file, "file is null");
        requireNonNull(text, "text is null");
        requireNonNull(published, "published is null");
        events = List.copyOf(events);
    }

    public String name() {
        return file.getFileName().toString();
    }
}
