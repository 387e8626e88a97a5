package org.sitrep.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.eval.Gold;
import org.sitrep.eval.WikiEventsReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;

/**
 * A fixed, reproducible list of news texts to time, in a fixed order.
 *
 * <ul>
 *   <li>A WikiEvents directory (one holding {@code dev.jsonl} / {@code test.jsonl}): the dev then the
 *       test documents, their text rebuilt from the token offsets by {@link WikiEventsReader}; with
 *       {@code withTrain}, then the 206 texts of {@code derived-train-mc2259/wiki-train-human.jsonl}
 *       (its tokens joined by spaces: that file keeps no original spacing).</li>
 *   <li>Anything else: articles read by {@link Ingester} (files or a directory; rejected ones skipped).</li>
 * </ul>
 *
 * @param description what was read, for the report
 * @param documents   the distinct documents, in order
 */
public record BenchCorpus(String description, List<Document> documents) {
    public static final String TRAIN_SUBSTITUTE = "derived-train-mc2259/wiki-train-human.jsonl";

    public BenchCorpus {
        requireNonNull(description, "description is null");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("corpus '" + description + "' has no documents");
        }
    }

    public static boolean isWikiEvents(Path dir) {
        return Files.isDirectory(dir)
                && (Files.isRegularFile(dir.resolve("dev.jsonl")) || Files.isRegularFile(dir.resolve("test.jsonl")));
    }

    /** Reads a WikiEvents directory or, failing that, articles under {@code path}. */
    public static BenchCorpus read(Path path, boolean withTrain) throws IOException {
        if (isWikiEvents(path)) {
            return wikiEvents(path, withTrain);
        }
        if (withTrain) {
            throw new IllegalArgumentException(
                    "--with-train needs a WikiEvents directory; " + path + " holds no dev.jsonl or test.jsonl");
        }
        return articles(path);
    }

    static BenchCorpus wikiEvents(Path dir, boolean withTrain) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        WikiEventsReader reader = new WikiEventsReader();
        for (String split : List.of("dev", "test")) {
            Path file = dir.resolve(split + ".jsonl");
            if (Files.isRegularFile(file)) {
                List<Gold.Doc> gold = reader.read(file);
                for (Gold.Doc g : gold) {
                    docs.add(
                            Document.of(g.id(), file + "#" + g.id(), "", Optional.empty(), Optional.empty(), g.text()));
                }
                parts.add(split + " " + gold.size());
            }
        }
        if (withTrain) {
            Path file = dir.resolve(TRAIN_SUBSTITUTE);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--with-train: no such file " + file);
            }
            List<Document> train = trainSubstitute(file);
            docs.addAll(train);
            parts.add("train-substitute " + train.size());
        }
        return new BenchCorpus("WikiEvents " + dir + " (" + String.join(" + ", parts) + ")", docs);
    }

    static List<Document> trainSubstitute(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                docs.add(trainSubstituteDocument(mapper.readTree(lines.get(i)), file + ":" + (i + 1)));
            }
        }
        return docs;
    }

    /** One line of the train substitute: {@code docid} and {@code tokens}, joined by single spaces. */
    static Document trainSubstituteDocument(JsonNode line, String where) {
        String id = line.path("docid").asText();
        List<String> tokens = new ArrayList<>();
        line.path("tokens").forEach(t -> tokens.add(t.asText()));
        if (id.isEmpty() || tokens.isEmpty()) {
            throw new IllegalArgumentException(where + ": expected 'docid' and a non-empty 'tokens' list");
        }
        return Document.of(id, where, "", Optional.empty(), Optional.empty(), String.join(" ", tokens));
    }

    static BenchCorpus articles(Path path) {
        List<Document> docs = new ArrayList<>();
        int rejected = 0;
        try (Stream<IngestResult> results = new Ingester(IngestOptions.defaults()).read(List.of(path))) {
            for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
                if (r instanceof IngestResult.Accepted accepted) {
                    docs.add(accepted.article().toDocument());
                } else {
                    rejected++;
                }
            }
        }
        String skipped = rejected == 0 ? "" : ", " + rejected + " rejected and skipped";
        return new BenchCorpus("articles " + path + " (" + docs.size() + skipped + ")", docs);
    }

    /**
     * Exactly {@code n} documents: the corpus truncated, or repeated in order. Repeats get the id
     * suffix "~2", "~3"... so ids stay unique.
     */
    public List<Document> take(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("expected at least 1 document, got " + n);
        }
        List<Document> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i % documents.size());
            int round = i / documents.size() + 1;
            result.add(round == 1 ? d : d.withIdentity(d.id() + "~" + round, d.source(), d.headline()));
        }
        return result;
    }
}
