package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Role;

/**
 * "bare-triggers": drops an event without participants (an instrument is none) when its trigger is
 * unreliable alone, or is a noun that is a participant or the topic of another trigger: "Hamas
 * released 11 hostages", "mediators negotiate a ceasefire" report a release and a negotiation, not
 * an abduction and a ceasefire.
 */
final class BareTriggersPass extends EventPass {
    /** Triggers less reliable than this need at least one participant to count. */
    static final double MIN_BARE_WEIGHT = 0.5;

    private final Set<String> hazards;

    /** @param hazards the ontology's "hazard" family: a hazard noun as subject is the event ("floods swept...") */
    BareTriggersPass(Set<String> hazards) {
        super("bare-triggers", Set.of(Part.TRIGGERS, Part.DRAFTS), Set.of());
        this.hazards = hazards;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(
                drafts.drafts().stream().filter(d -> !isBare(d, drafts)).toList());
    }

    private boolean isBare(Draft d, EventDrafts drafts) {
        Trigger t = d.trigger();
        boolean hasParticipant = d.arguments().stream().anyMatch(a -> a.role() != Role.INSTRUMENT);
        return t.entry().weight() < MIN_BARE_WEIGHT && !hasParticipant
                || !hasParticipant && isParticipantOfAnother(t, drafts.triggersIn(t.sentence()));
    }

    /** Whether a noun trigger is the subject, object or target of another trigger of its sentence. */
    private boolean isParticipantOfAnother(Trigger t, List<Trigger> sameSentence) {
        if (t.isVerbal()) {
            return false;
        }
        Optional<Dependency> up = t.sentence().headOf(t.head());
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        String rel = up.get().relation();
        if (hazards.contains(t.type()) && rel.startsWith("nsubj")) {
            return false; // "floods swept through the villages": the flood is the event
        }
        boolean participant = rel.equals("obj")
                || rel.startsWith("nsubj")
                || rel.equals("nmod:of")
                || rel.equals("obl:at")
                || rel.equals("obl:against")
                || rel.equals("obl:on"); // "fired tear gas at protesters"
        return participant
                && sameSentence.stream()
                        .anyMatch(o -> o != t && o.head() == up.get().governor());
    }
}
