package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file: one {@code token POS chunk NER} line per token, a blank line after each
 * sentence, a {@code -DOCSTART-} line between documents. Only the first and last columns are kept.
 * A {@code -DOCSTART-} line may come anywhere, even last (some copies moved the first one to the
 * end): documents are the non-empty stretches between them, numbered {@code NAME-1, NAME-2...}.
 */
public final class ConllReader {
    public List<ConllDoc> read(Path file) throws IOException {
        return parse(
                Files.readAllLines(file, StandardCharsets.US_ASCII),
                file.getFileName().toString());
    }

    public List<ConllDoc> parse(List<String> lines, String name) {
        List<ConllDoc> docs = new ArrayList<>();
        List<ConllDoc.Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "-DOCSTART-";
            if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                if (!words.isEmpty()) {
                    sentences.add(new ConllDoc.Sentence(words, tags));
                    words.clear();
                    tags.clear();
                }
                if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                    docs.add(new ConllDoc(name + "-" + (docs.size() + 1), sentences));
                    sentences.clear();
                }
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length < 2) {
                throw new IllegalArgumentException(
                        "%s:%d: expected 'token ... NER', got %s".formatted(name, i + 1, line));
            }
            words.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        return docs;
    }
}
