package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sitrep.incidents.IncidentMention;
import org.sitrep.model.LatLon;

/** An {@link IncidentMention} as a line of JSON, from the executor that extracted it to the one that merges it. */
final class MentionJson {
    private MentionJson() {}

    static String write(ObjectMapper mapper, IncidentMention m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("key", m.key());
        node.put("articleId", m.articleId());
        node.put("outlet", m.outlet());
        node.put("type", m.type());
        node.put("firstDay", m.firstDay().map(LocalDate::toString).orElse(null));
        node.put("lastDay", m.lastDay().map(LocalDate::toString).orElse(null));
        node.put("place", m.place().orElse(null));
        if (m.point().isPresent()) {
            node.put("lat", m.point().get().lat());
            node.put("lon", m.point().get().lon());
        }
        node.put("precision", m.precision().orElse(null));
        node.put("country", m.country().orElse(null));
        node.put("admin1", m.admin1().orElse(null));
        actors(node.putObject("agents"), m.agents());
        actors(node.putObject("patients"), m.patients());
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tree Jackson built", e);
        }
    }

    static IncidentMention read(ObjectMapper mapper, String json) {
        JsonNode n;
        try {
            n = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a mention written by MentionJson: " + e.getOriginalMessage(), e);
        }
        return new IncidentMention(
                n.get("key").asText(),
                n.get("articleId").asText(),
                n.get("outlet").asText(),
                n.get("type").asText(),
                text(n, "firstDay").map(LocalDate::parse),
                text(n, "lastDay").map(LocalDate::parse),
                text(n, "place"),
                n.has("lat")
                        ? Optional.of(
                                new LatLon(n.get("lat").asDouble(), n.get("lon").asDouble()))
                        : Optional.empty(),
                text(n, "precision"),
                text(n, "country"),
                text(n, "admin1"),
                actors(n.get("agents")),
                actors(n.get("patients")));
    }

    /** What groups a mention for merging: its country, which {@code IncidentMerger} never crosses; a mention
     * without a country or a day can join nothing, so it stands alone under its own key. */
    static String group(IncidentMention m) {
        return m.country().isPresent() && m.firstDay().isPresent()
                ? "country:" + m.country().get()
                : "alone:" + m.key();
    }

    private static void actors(ObjectNode node, IncidentMention.Actors actors) {
        ArrayNode codes = node.putArray("codes");
        actors.codes().stream().sorted().forEach(codes::add);
        ArrayNode names = node.putArray("names");
        actors.names().stream().sorted().forEach(names::add);
    }

    private static IncidentMention.Actors actors(JsonNode node) {
        Set<String> codes = new HashSet<>();
        node.get("codes").forEach(c -> codes.add(c.asText()));
        Set<String> names = new HashSet<>();
        node.get("names").forEach(c -> names.add(c.asText()));
        return new IncidentMention.Actors(codes, names);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
