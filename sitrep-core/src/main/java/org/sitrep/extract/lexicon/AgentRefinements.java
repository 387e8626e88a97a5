package org.sitrep.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.ontology.Ontology;

/**
 * Event types that the agent decides, read from {@code org/sitrep/extract/agent-refinements.tsv}: an event of
 * one of the {@code from} types whose agent (or instrument) ends with one of the {@code agents} words becomes
 * {@code to} (bombs dropped by jets are air strikes, looting by rioters is a riot). Types are checked against the
 * ontology; errors name the file and line. Immutable.
 */
public final class AgentRefinements {
    static final String RESOURCE = "/org/sitrep/extract/agent-refinements.tsv";
    static final List<String> HEADER = List.of("from", "agents", "to", "reason");

    /** One row: the types it applies to, the agents' last words that decide, and the type they give. */
    public record Refinement(Set<String> from, Set<String> agents, String to) {
        public Refinement {
            from = Set.copyOf(from);
            agents = Set.copyOf(agents);
        }
    }

    private final List<Refinement> rows;

    private AgentRefinements(List<Refinement> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table on the classpath, its types checked against {@code ontology}. */
    public static AgentRefinements load(Ontology ontology) {
        return parse(Tsv.Source.resource(AgentRefinements.class, RESOURCE), ontology.names());
    }

    static AgentRefinements parse(Tsv.Source source, Set<String> types) {
        List<Refinement> rows = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(source, HEADER)) {
            Refinement row = new Refinement(Set.copyOf(r.list(0)), Set.copyOf(r.list(1)), r.get(2));
            List<String> named = new ArrayList<>(row.from());
            named.add(row.to());
            for (String type : named) {
                if (!types.contains(type)) {
                    throw r.error("unknown event type '%s'".formatted(type));
                }
            }
            rows.add(row);
        }
        return new AgentRefinements(rows);
    }

    /** The rows in file order: the first that matches wins. */
    public List<Refinement> rows() {
        return rows;
    }
}
