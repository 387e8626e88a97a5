package org.sitrep.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.Role;

/**
 * Event types that the agent decides (agent-refinements.tsv): bombs dropped by jets are air
 * strikes, looting by rioters is a riot.
 */
final class AgentRule {
    private record Row(Set<String> from, Set<String> agents, String to) {
    }

    private final List<Row> rows;

    private AgentRule(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static AgentRule load(Set<String> types) {
        String resource = "/org/sitrep/extract/agent-refinements.tsv";
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AgentRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("from\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException("%s:%d: expected from<TAB>agents<TAB>to<TAB>reason".formatted(resource, number));
                }
                Row row = new Row(Set.of(cols[0].split("\\|")), Set.of(cols[1].split("\\|")), cols[2]);
                for (String type : concat(row.from(), row.to())) {
                    if (!types.contains(type)) {
                        throw new IllegalStateException("%s:%d: unknown event type '%s'".formatted(resource, number, type));
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AgentRule(rows);
    }

    private static List<String> concat(Set<String> from, String to) {
        List<String> all = new ArrayList<>(from);
        all.add(to);
        return all;
    }

    void refine(Draft d) {
        for (Row row : rows) {
            if (!row.from().contains(d.type())) {
                continue;
            }
            for (Argument a : d.arguments) {
                if (a.role() == Role.AGENT || a.role() == Role.INSTRUMENT) {
                    String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
                    if (row.agents().contains(words[words.length - 1])) {
                        d.type = row.to();
                        return;
                    }
                }
            }
        }
    }
}
