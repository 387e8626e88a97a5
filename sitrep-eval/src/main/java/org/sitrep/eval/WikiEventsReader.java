package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.CharSpan;

/**
 * Reads a WikiEvents split ({@code dev.jsonl}, {@code test.jsonl}; Li, Ji and Han 2021).
 *
 * <p>The file's {@code text} is the sentence texts glued together with nothing in between
 * ("...in SyriaThe desert..."), while the token offsets in {@code sentences} count the separators
 * that were dropped. We rebuild the text by putting each sentence at its first token's offset and
 * filling the gaps with newlines, so the offsets are valid and sentences stay apart. All gold spans
 * are then character offsets into that text; a trigger covers its tokens [start, end), and an
 * argument's head is the last token of its entity mention.
 */
public final class WikiEventsReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<Gold.Doc> read(Path file) throws IOException {
        List<Gold.Doc> docs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                docs.add(parse(mapper.readTree(lines.get(i)), file.getFileName() + ":" + (i + 1)));
            }
        }
        return docs;
    }

    Gold.Doc parse(JsonNode doc, String where) {
        String id = doc.path("doc_id").asText();
        StringBuilder text = new StringBuilder();
        List<CharSpan> tokens = new ArrayList<>();
        for (JsonNode sentence : doc.path("sentences")) {
            JsonNode sentenceTokens = sentence.get(0);
            String sentenceText = sentence.get(1).asText();
            int start = sentenceTokens.get(0).get(1).asInt();
            if (start < text.length()) {
                throw new IllegalArgumentException("%s: sentence at %d overlaps the one before it (ends at %d)"
                        .formatted(where, start, text.length()));
            }
            text.append("\n".repeat(start - text.length())).append(sentenceText);
            for (JsonNode t : sentenceTokens) {
                CharSpan span = new CharSpan(t.get(1).asInt(), t.get(2).asInt());
                if (!text.substring(span.begin(), span.end()).equals(t.get(0).asText())) {
                    throw new IllegalArgumentException(
                            "%s: token %d at %s does not match the text".formatted(where, tokens.size(), span));
                }
                tokens.add(span);
            }
        }
        Map<String, CharSpan> heads = new HashMap<>();
        for (JsonNode m : doc.path("entity_mentions")) {
            heads.put(m.path("id").asText(), tokens.get(m.path("end").asInt() - 1));
        }
        List<Gold.Event> events = new ArrayList<>();
        for (JsonNode e : doc.path("event_mentions")) {
            JsonNode trigger = e.path("trigger");
            CharSpan span = new CharSpan(
                    tokens.get(trigger.path("start").asInt()).begin(),
                    tokens.get(trigger.path("end").asInt() - 1).end());
            List<Gold.Argument> args = new ArrayList<>();
            for (JsonNode a : e.path("arguments")) {
                CharSpan head = heads.get(a.path("entity_id").asText());
                if (head == null) {
                    throw new IllegalArgumentException("%s: argument of %s names unknown entity %s"
                            .formatted(
                                    where,
                                    e.path("id").asText(),
                                    a.path("entity_id").asText()));
                }
                args.add(new Gold.Argument(a.path("role").asText(), head));
            }
            events.add(new Gold.Event(e.path("event_type").asText(), span, args));
        }
        return new Gold.Doc(id, text.toString(), tokens, events);
    }
}
