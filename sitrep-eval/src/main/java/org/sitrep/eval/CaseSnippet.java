package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One CASE 2021 Task 2 snippet and its gold label. */
public record CaseSnippet(String id, String text, String label) {
    public CaseSnippet {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        requireNonNull(label, "label is null");
    }

    /** Reads a TSV whose header names the columns {@code id}, {@code EventSnippet} and {@code SubType}, in any order. */
    public static List<CaseSnippet> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    static List<CaseSnippet> parse(List<String> lines, String name) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; expected a header id, EventSnippet, SubType");
        }
        Tsv.Header header = Tsv.header(lines.get(0), name, "id", "EventSnippet", "SubType");
        List<CaseSnippet> snippets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            snippets.add(new CaseSnippet(header.get(cells, "id", name, i + 1), header.get(cells, "EventSnippet", name, i + 1).strip(),
                    header.get(cells, "SubType", name, i + 1).strip()));
        }
        return snippets;
    }
}
