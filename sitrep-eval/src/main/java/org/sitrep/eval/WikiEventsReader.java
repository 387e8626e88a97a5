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
 * argument's head is the last token of its entity mention. When the split's coreference file
 * ({@code coref/dev.jsonlines} beside {@code dev.jsonl}) is there, each argument also carries the
 * spans of the mentions coreferent with its own.
 */
public final class WikiEventsReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<Gold.Doc> read(Path file) throws IOException {
        Map<String, JsonNode> clusters = clusters(file);
        List<Gold.Doc> docs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                JsonNode doc = mapper.readTree(lines.get(i));
                JsonNode coref = clusters.getOrDefault(doc.path("doc_id").asText(), mapper.createArrayNode());
                docs.add(parse(doc, coref, file.getFileName() + ":" + (i + 1)));
            }
        }
        return docs;
    }

    /** The coreference clusters of each document of the split, by document id; none without the file. */
    private Map<String, JsonNode> clusters(Path file) throws IOException {
        String split = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        Path coref = file.resolveSibling("coref").resolve(split + ".jsonlines");
        Map<String, JsonNode> result = new HashMap<>();
        if (Files.isRegularFile(coref)) {
            for (String line : Files.readAllLines(coref, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode doc = mapper.readTree(line);
                    result.put(doc.path("doc_key").asText(), doc.path("clusters"));
                }
            }
        }
        return result;
    }

    Gold.Doc parse(JsonNode doc, String where) {
        return parse(doc, mapper.createArrayNode(), where);
    }

    /** @param clusters the document's coreference clusters: arrays of entity mention ids */
    Gold.Doc parse(JsonNode doc, JsonNode clusters, String where) {
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
        Map<String, CharSpan> spans = new HashMap<>();
        for (JsonNode m : doc.path("entity_mentions")) {
            String mention = m.path("id").asText();
            heads.put(mention, tokens.get(m.path("end").asInt() - 1));
            spans.put(
                    mention,
                    new CharSpan(
                            tokens.get(m.path("start").asInt()).begin(),
                            tokens.get(m.path("end").asInt() - 1).end()));
        }
        Map<String, List<CharSpan>> coreferent = coreferent(clusters, spans);
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
                String entity = a.path("entity_id").asText();
                args.add(new Gold.Argument(
                        a.path("role").asText(), head, coreferent.getOrDefault(entity, List.of(spans.get(entity)))));
            }
            events.add(new Gold.Event(e.path("event_type").asText(), span, args));
        }
        return new Gold.Doc(id, text.toString(), tokens, events);
    }

    /** For each mention id of a cluster, the spans of the whole cluster, its own first. */
    private static Map<String, List<CharSpan>> coreferent(JsonNode clusters, Map<String, CharSpan> spans) {
        Map<String, List<CharSpan>> result = new HashMap<>();
        for (JsonNode cluster : clusters) {
            for (JsonNode own : cluster) {
                if (!spans.containsKey(own.asText())) {
                    continue;
                }
                List<CharSpan> all = new ArrayList<>(List.of(spans.get(own.asText())));
                for (JsonNode other : cluster) {
                    CharSpan span = spans.get(other.asText());
                    if (span != null && !all.contains(span)) {
                        all.add(span);
                    }
                }
                result.put(own.asText(), all);
            }
        }
        return result;
    }
}
