package org.sitrep.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.Gold;
import org.sitrep.model.CharSpan;

/**
 * Reads the WikiEvents train substitute ({@code derived-train-mc2259/wiki-train-human.jsonl}: tokens, and
 * triggers as token ranges with two-level KAIROS types). The text is the tokens joined by single spaces,
 * so each token's span is known. A trigger whose {@code text} is not its token range (90 of 3,241) is looked
 * for within 5 tokens of it and left out when not found.
 */
final class DerivedTrainReader {
    private static final int SEARCH = 5;
    /** How far from its trigger an argument is looked for: about two sentences. */
    private static final int ARGUMENT_SEARCH = 60;

    private final ObjectMapper mapper = new ObjectMapper();

    /** What was read and how many triggers were left out. */
    record Result(List<LabelledDoc> docs, int skippedTriggers) {}

    /** A document's tokens joined by single spaces, the text the file's token offsets refer to. */
    private record Joined(List<String> tokens, String text, List<CharSpan> spans) {
        static Joined of(JsonNode doc) {
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
            return new Joined(tokens, text.toString(), spans);
        }

        /** The characters of {@code words} (space-separated tokens) from token {@code start}. */
        CharSpan span(int start, String words) {
            int length = words.split(" ").length;
            return new CharSpan(
                    spans.get(start).begin(), spans.get(start + length - 1).end());
        }
    }

    /** The file's JSON records, one per non-blank line. */
    private List<JsonNode> records(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(mapper.readTree(line));
            }
        }
        return records;
    }

    Result read(Path file) throws IOException {
        List<LabelledDoc> docs = new ArrayList<>();
        int skipped = 0;
        for (JsonNode doc : records(file)) {
            Joined joined = Joined.of(doc);
            List<String> tokens = joined.tokens();
            List<LabelledDoc.Mention> triggers = new ArrayList<>();
            for (JsonNode e : doc.path("event_mentions")) {
                JsonNode t = e.path("trigger");
                int start = find(
                        tokens, t.path("text").asText(), t.path("start_idx").asInt());
                if (start < 0) {
                    skipped++;
                    continue;
                }
                triggers.add(new LabelledDoc.Mention(
                        joined.span(start, t.path("text").asText()),
                        e.path("event_type").asText()));
            }
            docs.add(new LabelledDoc(doc.path("docid").asText(), joined.text(), triggers));
        }
        return new Result(docs, skipped);
    }

    /**
     * The same file as gold events for scoring and training argument roles: each trigger with the arguments whose
     * text is found within {@link #ARGUMENT_SEARCH} tokens of it (the file gives arguments as text only), each
     * argument's head the last token of the nearest occurrence, as WikiEvents' own heads are. Every argument is
     * kept with its KAIROS role; how many could not be placed is counted.
     */
    GoldResult readGold(Path file) throws IOException {
        List<Gold.Doc> docs = new ArrayList<>();
        int arguments = 0;
        int unplaced = 0;
        for (JsonNode doc : records(file)) {
            Joined joined = Joined.of(doc);
            List<String> tokens = joined.tokens();
            List<CharSpan> spans = joined.spans();
            List<Gold.Event> events = new ArrayList<>();
            for (JsonNode e : doc.path("event_mentions")) {
                JsonNode t = e.path("trigger");
                int start = find(
                        tokens, t.path("text").asText(), t.path("start_idx").asInt(), SEARCH);
                if (start < 0) {
                    continue;
                }
                List<Gold.Argument> args = new ArrayList<>();
                for (JsonNode a : e.path("arguments")) {
                    arguments++;
                    String words = a.path("text").asText();
                    int at = find(tokens, words, start, ARGUMENT_SEARCH);
                    if (at < 0 || words.isBlank()) {
                        unplaced++;
                        continue;
                    }
                    args.add(new Gold.Argument(a.path("role").asText(), spans.get(at + words.split(" ").length - 1)));
                }
                events.add(new Gold.Event(
                        e.path("event_type").asText(),
                        joined.span(start, t.path("text").asText()),
                        args));
            }
            docs.add(new Gold.Doc(doc.path("docid").asText(), joined.text(), spans, events));
        }
        return new GoldResult(docs, arguments, unplaced);
    }

    /** Gold documents read from the file, with how many arguments it has and how many could not be placed. */
    record GoldResult(List<Gold.Doc> docs, int arguments, int unplaced) {}

    private static int find(List<String> tokens, String text, int at) {
        return find(tokens, text, at, SEARCH);
    }

    /** The token where the words start, nearest to the given index; -1 when none starts within {@code window}. */
    private static int find(List<String> tokens, String text, int at, int window) {
        String[] words = text.split(" ");
        for (int d = 0; d <= window; d++) {
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
