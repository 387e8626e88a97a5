package org.sitrep.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of sitrep-core as the README's code map draws them, checked on the import lines of every
 * main source file: a package imports only packages of its own layer or below, and only {@code nlp}
 * imports CoreNLP. (Module boundaries, core below eval below cli, are enforced by Maven itself.)
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("sitrep-core", "src", "main", "java", "org", "sitrep");
    private static final Pattern SITREP_IMPORT =
            Pattern.compile("^import (?:static )?org\\.sitrep\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern CORENLP_IMPORT =
            Pattern.compile("^import (?:static )?edu\\.stanford\\.", Pattern.MULTILINE);

    /** Layer of each top-level package: 0 is the ground. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("model", 0),
            Map.entry("ontology", 1),
            Map.entry("data", 1),
            Map.entry("names", 1),
            Map.entry("pipeline", 2),
            Map.entry("countries", 2),
            Map.entry("ingest", 2),
            Map.entry("output", 2),
            Map.entry("nlp", 3),
            Map.entry("time", 3),
            Map.entry("geo", 3),
            Map.entry("actors", 3),
            Map.entry("coding", 3),
            Map.entry("extract", 3),
            Map.entry("incidents", 3),
            Map.entry("language", 3),
            Map.entry("app", 4));

    private record Source(Path file, String topPackage, String text) {}

    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String top = SOURCES.relativize(file).getName(0).toString();
                sources.add(new Source(file, top, Files.readString(file)));
            }
        }
        return sources;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        List<String> unknown = sources().stream()
                .map(Source::topPackage)
                .distinct()
                .filter(p -> !LAYERS.containsKey(p))
                .toList();
        assertEquals(List.of(), unknown, "packages missing from the layer table (and from the README's code map)");
    }

    @Test
    void importsPointDownOrSideways() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Source s : sources()) {
            Matcher m = SITREP_IMPORT.matcher(s.text());
            while (m.find()) {
                String target = m.group(1);
                if (LAYERS.getOrDefault(target, Integer.MAX_VALUE) > LAYERS.getOrDefault(s.topPackage(), -1)) {
                    upward.add(s.file() + " imports org.sitrep." + target);
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void onlyNlpImportsCoreNlp() throws IOException {
        List<Source> sources = sources();
        List<Path> others = sources.stream()
                .filter(s -> !s.topPackage().equals("nlp")
                        && CORENLP_IMPORT.matcher(s.text()).find())
                .map(Source::file)
                .toList();
        assertEquals(List.of(), others);
        assertTrue(
                sources.stream().anyMatch(s -> CORENLP_IMPORT.matcher(s.text()).find()),
                "no CoreNLP import found at all");
    }
}
