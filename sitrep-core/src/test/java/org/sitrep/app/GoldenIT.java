package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.output.DocumentJson;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.DocumentSchema;
import org.sitrep.testing.GoldenFile;
import org.sitrep.testing.SharedSitrep;

/**
 * Golden files: each article in sitrep-core/src/test/resources/golden (written for Sitrep: text, HTML, JSON) and,
 * beside it, NAME.expected with one line per event. A change in what Sitrep reads shows up as a
 * diff to review. A case without its NAME.expected fails; {@code mvn verify -Dgolden.update=true} writes
 * missing expected files and rewrites the others.
 */
class GoldenIT {
    private static final Path DIR = Path.of("sitrep-core", "src", "test", "resources", "golden");

    static Stream<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsTheArticleAsBefore(Path article) throws IOException {
        // a fixed day of reading: a dateline without a year is dated from it (ingest.YearlessDate)
        IngestResult r = new Ingester(IngestOptions.defaults().withToday(LocalDate.of(2026, 12, 8)))
                .read(List.of(article))
                .toList()
                .get(0);
        Document d =
                SharedSitrep.get().extract(((IngestResult.Accepted) r).article().toDocument());
        DocumentAssertions.assertWellFormed(d);
        assertEquals(
                List.of(),
                DocumentSchema.get().violations(new DocumentJson(new ObjectMapper()).toJson(d)),
                "the record of " + article + " against the schema");
        String actual = render(d);
        Path expected = DIR.resolve(article.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + ".expected");
        assertEquals(GoldenFile.expected(expected, actual, GoldenFile.updating()), actual, "golden file " + expected);
    }

    /** One line per event: type, modality, trigger, participants with their entities and codes, place, time, dead. */
    static String render(Document d) {
        Map<String, String> names = d.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        StringBuilder out = new StringBuilder();
        out.append("HEADLINE ")
                .append(d.headline())
                .append(" | PUBLISHED ")
                .append(d.published().map(Object::toString).orElse("-"))
                .append('\n');
        for (Event e : d.events()) {
            out.append(e.type())
                    .append(' ')
                    .append(e.modality().name().toLowerCase())
                    .append(" \"")
                    .append(e.trigger().text())
                    .append("\" ")
                    .append(e.trigger().trigger().begin())
                    .append("..")
                    .append(e.trigger().trigger().end());
            for (Argument a : e.arguments()) {
                out.append(" ")
                        .append(a.role().name().toLowerCase())
                        .append("=\"")
                        .append(a.text())
                        .append('"');
                a.entityId()
                        .ifPresent(id -> out.append("[").append(names.get(id)).append("]"));
                a.actor().ifPresent(c -> out.append("{").append(c.code()).append("}"));
            }
            e.place().ifPresent(p -> out.append(" @")
                    .append(p.name())
                    .append(p.country().map(c -> "," + c).orElse(""))
                    .append("(")
                    .append(p.rule())
                    .append(")"));
            e.time().ifPresent(t -> out.append(" when=")
                    .append(t.value()
                            .map(v -> v.value() + v.modifier().map(m -> "/" + m).orElse(""))
                            .orElse("?"))
                    .append("(")
                    .append(t.rule())
                    .append(")"));
            e.fatalities().ifPresent(f -> out.append(" dead=")
                    .append(f.count())
                    .append("(\"")
                    .append(d.textOf(f.span()))
                    .append("\")"));
            out.append('\n');
        }
        return out.toString();
    }
}
