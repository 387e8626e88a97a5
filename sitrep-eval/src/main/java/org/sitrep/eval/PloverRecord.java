package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One record of the PLOVER gold standard ({@code PLOVER_GSR_CAMEO.txt}, Open Event Data Alliance):
 * a sentence, its PLOVER event type as written (2016 names: DEMAND, DISAPPROVE, FIGHT, INVESTIGATE
 * among them), source and target actors, and the event location when the record gives one
 * ({@code eventLoc}: a {@code name}, sometimes a {@code country code}, ISO2).
 */
public record PloverRecord(
        String id,
        String event,
        String text,
        Optional<LocalDate> date,
        List<CameoActorCode> sources,
        List<CameoActorCode> targets,
        Optional<String> placeName,
        Optional<String> placeCountry) {
    /** The record type that documents the file rather than coding an event. */
    public static final String DOCUMENT = "DOCUMENT";

    public PloverRecord {
        requireNonNull(id, "id is null");
        requireNonNull(event, "event is null");
        requireNonNull(text, "text is null");
        requireNonNull(date, "date is null");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        requireNonNull(placeName, "placeName is null");
        requireNonNull(placeCountry, "placeCountry is null");
    }

    /** Reads the file, skipping {@value #DOCUMENT} records; {@code iso3} are the country codes actors are read against. */
    public static List<PloverRecord> read(Path file, Set<String> iso3) throws IOException {
        return parse(
                Files.readString(file, StandardCharsets.UTF_8),
                file.getFileName().toString(),
                iso3);
    }

    /** The file has trailing commas before '}' and ']', which are dropped before parsing as JSON. */
    static List<PloverRecord> parse(String json, String name, Set<String> iso3) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.replaceAll(",(\\s*[}\\]])", "$1"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    name + " is not a JSON array even without trailing commas: " + e.getOriginalMessage(), e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(name + ": expected a JSON array of records, got " + root.getNodeType());
        }
        List<PloverRecord> records = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String id = r.path("id").asText("record " + (i + 1));
            String event = r.path("event").asText("");
            if (event.equals(DOCUMENT)) {
                continue;
            }
            if (event.isEmpty() || !r.path("text").isTextual()) {
                throw new IllegalArgumentException("%s: %s has no event or no text".formatted(name, id));
            }
            JsonNode loc = r.path("eventLoc");
            records.add(new PloverRecord(
                    id,
                    event,
                    r.get("text").asText().strip(),
                    date(r.path("date"), name, id),
                    actors(r.path("source"), iso3),
                    actors(r.path("target"), iso3),
                    text(loc.path("name")),
                    text(loc.path("country code"))));
        }
        return records;
    }

    /** A list of {actorText, code, sector?}; anything else ("", a word, absent) is no actor. */
    private static List<CameoActorCode> actors(JsonNode node, Set<String> iso3) {
        List<CameoActorCode> actors = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode a : node) {
                actors.add(CameoActorCode.parse(a.path("code").asText(""), text(a.path("sector")), iso3));
            }
        }
        return actors;
    }

    private static Optional<LocalDate> date(JsonNode node, String name, String id) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText().strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "%s: %s has date '%s', expected YYYY-MM-DD".formatted(name, id, node.asText()), e);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank()
                ? Optional.of(node.asText().strip())
                : Optional.empty();
    }
}
