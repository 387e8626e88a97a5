package org.sitrep.output;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;

/**
 * A readable summary of a document for a person at a terminal: entities, then one block per event. Every
 * field from the input goes through {@link TerminalText#safe}, so no article can drive the terminal.
 */
public final class TableFormat {
    private static String safe(String s) {
        return TerminalText.safe(s);
    }

    private static final int EVIDENCE_WIDTH = 160;

    public String format(Document d) {
        StringBuilder out = new StringBuilder();
        out.append("== ")
                .append(safe(d.id()))
                .append("  ")
                .append(d.headline().isEmpty() ? "(no headline)" : safe(d.headline()))
                .append("  [")
                .append(d.published().map(Object::toString).orElse("no date"))
                .append("]  ")
                .append(safe(d.source()))
                .append('\n');
        Map<String, Entity> byId = new HashMap<>();
        out.append("Entities (").append(d.entities().size()).append(")\n");
        for (Entity e : d.entities()) {
            byId.put(e.id(), e);
            out.append("  %-4s %-12s %s".formatted(e.id(), e.type(), safe(e.name())));
            if (e.aliases().size() > 1) {
                out.append("  aka ")
                        .append(String.join(
                                " | ",
                                e.aliases().subList(0, Math.min(6, e.aliases().size())).stream()
                                        .map(TerminalText::safe)
                                        .toList()));
            }
            out.append('\n');
        }
        out.append("Events (").append(d.events().size()).append(")\n");
        for (Event e : d.events()) {
            String when = e.time()
                    .flatMap(t -> t.value()
                            .map(v -> v.value() + v.modifier().map(m -> " " + m).orElse("") + " (" + t.rule() + ")"))
                    .orElse("-");
            String where = e.place()
                    .map(p -> safe(p.name()) + p.country().map(c -> ", " + c).orElse("") + " (" + p.rule() + ")")
                    .orElse("-");
            out.append("  %-4s %-17s %-9s %.2f  when: %s  where: %s\n"
                    .formatted(e.id(), e.type(), e.modality().name().toLowerCase(), e.confidence(), when, where));
            for (Argument a : e.arguments()) {
                String entity = a.entityId()
                        .map(id -> "  → " + id + " " + safe(byId.get(id).name()))
                        .orElse("");
                out.append("       %-10s %s%s\n".formatted(a.role().name().toLowerCase(), safe(a.text()), entity));
            }
            String evidence = safe(d.textOf(e.evidence())).replaceAll("\\s+", " ");
            if (evidence.length() > EVIDENCE_WIDTH) {
                int cut = Character.isHighSurrogate(evidence.charAt(EVIDENCE_WIDTH - 2))
                        ? EVIDENCE_WIDTH - 2
                        : EVIDENCE_WIDTH - 1;
                evidence = evidence.substring(0, cut) + "…";
            }
            out.append("       \"").append(evidence).append("\"\n");
        }
        for (Problem p : d.problems()) {
            out.append("  ! ")
                    .append(p.code())
                    .append(": ")
                    .append(safe(p.message()))
                    .append('\n');
        }
        return out.toString();
    }

    public String format(Problem p) {
        return "== " + safe(p.source()) + "\n  ! " + p.code() + ": " + safe(p.message()) + "\n";
    }
}
