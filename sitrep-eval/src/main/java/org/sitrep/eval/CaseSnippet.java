package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.data.Tsv;

/** One CASE 2021 Task 2 snippet and its gold label. */
public record CaseSnippet(String id, String text, String label) {
    public CaseSnippet {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        requireNonNull(label, "label is null");
    }

    /** Reads a TSV whose header names the columns {@code id}, {@code EventSnippet} and {@code SubType}, in any order. */
    public static List<CaseSnippet> read(Path file) throws IOException {
        return parse(new Tsv.Source(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }

    static List<CaseSnippet> parse(Tsv.Source source) {
        List<CaseSnippet> snippets = new ArrayList<>();
        for (Tsv.Row row : Tsv.readColumns(source, List.of("id", "EventSnippet", "SubType"))) {
            snippets.add(new CaseSnippet(row.get("id"), row.get("EventSnippet"), row.get("SubType")));
        }
        return snippets;
    }
}
