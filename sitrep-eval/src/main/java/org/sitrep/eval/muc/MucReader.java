package org.sitrep.eval.muc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GTT's MUC-4 files ({@code train.json}, {@code dev.json}: one JSON document a line). As GTT's scorer
 * does, a role's entity without mentions is dropped and a template repeated within a document is kept once.
 */
public final class MucReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<MucDoc> read(Path file) throws IOException {
        List<MucDoc> docs = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                docs.add(parse(mapper.readTree(text)));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + line + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    MucDoc parse(JsonNode doc) {
        List<MucTemplate> templates = new ArrayList<>();
        for (JsonNode t : required(doc, "templates")) {
            Map<MucRole, List<List<String>>> fillers = new EnumMap<>(MucRole.class);
            for (MucRole role : MucRole.values()) {
                List<List<String>> entities = new ArrayList<>();
                for (JsonNode entity : required(t, role.key())) {
                    List<String> mentions = new ArrayList<>();
                    entity.forEach(pair -> mentions.add(pair.get(0).asText()));
                    if (!mentions.isEmpty()) {
                        entities.add(mentions);
                    }
                }
                fillers.put(role, entities);
            }
            MucTemplate template = new MucTemplate(required(t, "incident_type").asText(), fillers);
            if (!templates.contains(template)) {
                templates.add(template);
            }
        }
        return new MucDoc(
                required(doc, "docid").asText(), required(doc, "doctext").asText(), templates);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
