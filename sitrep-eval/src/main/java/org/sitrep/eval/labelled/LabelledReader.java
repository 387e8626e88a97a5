package org.sitrep.eval.labelled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.sitrep.model.CharSpan;
import org.sitrep.model.LatLon;

/**
 * Reads the labelled event set ({@code labelled/event-place-time}): each {@code NAME.gold.json} beside its article
 * {@code NAME.txt}, under a directory, in name order. A trigger whose offsets do not cover its text is an error
 * naming the file: the gold is hand-written and must not drift from its article.
 */
public final class LabelledReader {
    private static final String SUFFIX = ".gold.json";
    private final ObjectMapper mapper = new ObjectMapper();

    public List<LabelledArticle> readAll(Path dir) throws IOException {
        List<Path> golds;
        try (Stream<Path> files = Files.walk(dir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList();
        }
        List<LabelledArticle> articles = new ArrayList<>();
        for (Path gold : golds) {
            articles.add(read(gold));
        }
        return articles;
    }

    public LabelledArticle read(Path gold) throws IOException {
        JsonNode root = mapper.readTree(gold.toFile());
        Path file = gold.resolveSibling(root.path("article").asText());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(event(e, text, gold));
        }
        return new LabelledArticle(
                file, text, LocalDate.parse(root.path("published").asText()), events);
    }

    private GoldEvent event(JsonNode e, String text, Path gold) {
        List<CharSpan> triggers = new ArrayList<>();
        for (JsonNode t : e.path("triggers")) {
            CharSpan span = new CharSpan(t.path("start").asInt(), t.path("end").asInt());
            String covered = span.end() <= text.length() ? text.substring(span.begin(), span.end()) : "";
            if (!covered.equals(t.path("text").asText())) {
                throw new UncheckedIOException(new IOException("%s: event %d: trigger %s at %s covers \"%s\""
                        .formatted(gold, e.path("id").asInt(), t.path("text"), span, covered)));
            }
            triggers.add(span);
        }
        List<GoldPlace> places = new ArrayList<>();
        for (JsonNode p : e.path("places")) {
            places.add(new GoldPlace(
                    p.path("name").asText(),
                    GoldPlace.Precision.valueOf(p.path("precision").asText()),
                    p.path("geonameid").isNumber()
                            ? OptionalLong.of(p.path("geonameid").asLong())
                            : OptionalLong.empty(),
                    p.path("country").asText(),
                    p.path("admin1").isTextual() ? Optional.of(p.path("admin1").asText()) : Optional.empty(),
                    new LatLon(p.path("lat").asDouble(), p.path("lon").asDouble())));
        }
        List<String> times = new ArrayList<>();
        e.path("times").forEach(t -> times.add(t.asText()));
        return new GoldEvent(e.path("id").asInt(), e.path("type").asText(), triggers, places, times);
    }
}
