package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.model.Argument;
import org.sitrep.model.Role;

/**
 * Event types that the agent decides (agent-refinements.tsv): bombs dropped by jets are air
 * strikes, looting by rioters is a riot.
 */
final class AgentRule {
    private static final List<String> HEADER = List.of("from", "agents", "to", "reason");

    private record Row(Set<String> from, Set<String> agents, String to) {
    }

    private final List<Row> rows;

    private AgentRule(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static AgentRule load(Set<String> types) {
        List<Row> rows = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(Tsv.Source.resource(AgentRule.class, "/org/sitrep/extract/agent-refinements.tsv"), HEADER)) {
            Row row = new Row(Set.copyOf(r.list(0)), Set.copyOf(r.list(1)), r.get(2));
            List<String> named = new ArrayList<>(row.from());
            named.add(row.to());
            for (String type : named) {
                if (!types.contains(type)) {
                    throw r.error("unknown event type '%s'".formatted(type));
                }
            }
            rows.add(row);
        }
        return new AgentRule(rows);
    }

    /** The draft retyped by the first row whose agent word it has, else unchanged. */
    Draft refine(Draft d) {
        for (Row row : rows) {
            if (!row.from().contains(d.type())) {
                continue;
            }
            for (Argument a : d.arguments()) {
                if (a.role() == Role.AGENT || a.role() == Role.INSTRUMENT) {
                    String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
                    if (row.agents().contains(words[words.length - 1])) {
                        return d.withType(row.to());
                    }
                }
            }
        }
        return d;
    }
}
