package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sitrep event type → CASE 2021 label, read from a TSV with a header naming at least the columns
 * {@code type} and {@code acledSubEvent} (others, such as {@code acledEvent}, are ignored). An
 * {@code acledSubEvent} cell holds an ACLED sub-event name ("Air/drone strike") or a CASE code; an
 * empty cell means the type has no ACLED counterpart. A value that is neither is kept as it is,
 * so the scorer reports it as an unknown label. If the file has a {@code stateAgent} column, the
 * row for a non-state (or unspecified) agent is used: this evaluation does not decide who acted.
 */
public final class AcledMapping {
    /** Where {@code org.sitrep.coding} keeps the mapping on the classpath. */
    public static final String RESOURCE = "org/sitrep/coding/acled.tsv";
    private static final Set<String> NON_STATE = Set.of("", "false", "no", "0", "any", "*", "-");

    private final Map<String, String> labels;

    private AcledMapping(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    public static AcledMapping read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no mapping file " + file + " (expected a TSV with columns type, acledSubEvent)");
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The mapping on the classpath at {@link #RESOURCE}; fails with a clear message when it is not there. */
    public static AcledMapping fromClasspath() throws IOException {
        try (InputStream in = AcledMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalArgumentException("no mapping on the classpath at " + RESOURCE
                        + " (org.sitrep.coding is not on this build); pass --mapping PATH to a TSV with columns type, acledSubEvent");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), "classpath:" + RESOURCE);
        }
    }

    static AcledMapping parse(List<String> lines, String name) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; expected a header with columns type, acledSubEvent");
        }
        Tsv.Header header = Tsv.header(lines.get(0), name, "type", "acledSubEvent");
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header.has("stateAgent")
                    && !NON_STATE.contains(header.get(cells, "stateAgent", name, i + 1).strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String type = header.get(cells, "type", name, i + 1).strip();
            String value = header.get(cells, "acledSubEvent", name, i + 1).strip();
            if (!type.isEmpty() && !value.isEmpty()) {
                labels.putIfAbsent(type, CaseLabels.fromAcled(value).orElse(value));
            }
        }
        return new AcledMapping(labels);
    }

    /** The CASE label for a Sitrep event type; empty if the type has no ACLED counterpart. */
    public Optional<String> label(String sitrepType) {
        return Optional.ofNullable(labels.get(sitrepType));
    }

    /** Every mapped type → label, sorted by type. */
    public Map<String, String> asMap() {
        return new TreeMap<>(labels);
    }
}
