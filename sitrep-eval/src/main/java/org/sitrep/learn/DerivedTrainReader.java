package org.sitrep.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CharSpan;

/**
 * Reads the WikiEvents train substitute ({@code derived-train-mc2259/wiki-train-human.jsonl}: tokens, and
 * triggers as token ranges with two-level KAIROS types). The text is the tokens joined by single spaces,
 * so each token's span is known. A trigger whose {@code text} is not its token range (90 of 3,241) is looked
 * for within 5 tokens of it and left out when not found.
 */
final class DerivedTrainReader {
    private static final int SEARCH = 5;
    private final ObjectMapper mapper = new ObjectMapper();

    /** What was read and how many triggers were left out. */
    record Result(List<LabelledDoc> docs, int skippedTriggers) {}

    Result read(Path file) throws IOException {
        List<LabelledDoc> docs = new ArrayList<>();
        int skipped = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = mapper.readTree(line);
            List<String> tokens = new ArrayList<>();
            doc.path("tokens").forEach(t -> tokens.add(t.asText()));
            StringBuilder text = new StringBuilder();
            List<CharSpan> spans = new ArrayList<>();
            for (String t : tokens) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                spans.add(new CharSpan(text.length(), text.length() + t.length()));
                text.append(t);
            }
            List<LabelledDoc.Mention> triggers = new ArrayList<>();
            for (JsonNode e : doc.path("event_mentions")) {
                JsonNode t = e.path("trigger");
                int start = find(
                        tokens, t.path("text").asText(), t.path("start_idx").asInt());
                if (start < 0) {
                    skipped++;
                    continue;
                }
                int length = t.path("text").asText().split(" ").length;
                triggers.add(new LabelledDoc.Mention(
                        new CharSpan(
                                spans.get(start).begin(),
                                spans.get(start + length - 1).end()),
                        e.path("event_type").asText()));
            }
            docs.add(new LabelledDoc(doc.path("docid").asText(), text.toString(), triggers));
        }
        return new Result(docs, skipped);
    }

    /** The token where the trigger's words start, nearest to the given index; -1 when nowhere near. */
    private static int find(List<String> tokens, String text, int at) {
        String[] words = text.split(" ");
        for (int d = 0; d <= SEARCH; d++) {
            for (int start : new int[] {at - d, at + d}) {
                if (start >= 0
                        && start + words.length <= tokens.size()
                        && String.join(" ", tokens.subList(start, start + words.length))
                                .equals(text)) {
                    return start;
                }
            }
        }
        return -1;
    }
}
