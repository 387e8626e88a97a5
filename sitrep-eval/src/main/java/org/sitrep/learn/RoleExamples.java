package org.sitrep.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.eval.Gold;
import org.sitrep.eval.KairosMapping;
import org.sitrep.eval.Predicted;
import org.sitrep.extract.events.EventRoleCandidates;
import org.sitrep.extract.events.RoleCandidate;
import org.sitrep.extract.events.RoleDecoder;
import org.sitrep.extract.events.RoleModel;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Role;

/**
 * The role model's examples and its scoring: each candidate of an event (an entity mention of its sentence)
 * labelled with the Sitrep role of the gold argument whose head is the candidate's head (the last dataset token
 * it overlaps, as the WikiEvents scorer finds heads), {@link RoleModel#NONE} when there is none or the gold role
 * has no Sitrep role (places are the place rules' business).
 */
final class RoleExamples {
    private final KairosMapping mapping;

    RoleExamples(KairosMapping mapping) {
        this.mapping = mapping;
    }

    /** The gold event the candidates' trigger belongs to (its trigger overlaps), if any. */
    static Optional<Gold.Event> goldEvent(Gold.Doc gold, CharSpan trigger) {
        return gold.events().stream().filter(e -> e.trigger().overlaps(trigger)).findFirst();
    }

    /** The Sitrep role of the gold event's argument with this head, if it has one that maps. */
    Optional<Role> goldRole(Gold.Event event, CharSpan head) {
        for (Gold.Argument a : event.arguments()) {
            if (a.head().equals(head)) {
                Optional<Role> role = mapping.role(event.kairosType(), a.role());
                if (role.isPresent()) {
                    return role;
                }
            }
        }
        return Optional.empty();
    }

    /** The labelled examples of one event's candidates; none when no gold event has its trigger. */
    List<TriggerExamples.Example> of(EventRoleCandidates event, Gold.Doc gold) {
        List<TriggerExamples.Example> result = new ArrayList<>();
        Optional<Gold.Event> g = goldEvent(gold, event.trigger());
        if (g.isEmpty()) {
            return result;
        }
        for (RoleCandidate c : event.candidates()) {
            CharSpan head = Predicted.head(c.mention().span(), gold.tokens());
            String label = goldRole(g.get(), head).map(Role::name).orElse(RoleModel.NONE);
            result.add(new TriggerExamples.Example(c.features(), label));
        }
        return result;
    }

    /** (trigger, head, role) tuples of the gold events' arguments that have a Sitrep role. */
    List<String> goldTuples(Gold.Doc gold, List<CharSpan> triggers) {
        List<String> tuples = new ArrayList<>();
        for (Gold.Event e : gold.events()) {
            if (triggers.stream().noneMatch(e.trigger()::overlaps)) {
                continue;
            }
            for (Gold.Argument a : e.arguments()) {
                mapping.role(e.kairosType(), a.role())
                        .ifPresent(r -> tuples.add(e.trigger() + " " + a.head() + " " + r));
            }
        }
        return tuples.stream().distinct().toList();
    }

    /** (gold trigger, head, role) tuples of an event's arguments: the rules' and those {@code added}. */
    static List<String> predictedTuples(
            Gold.Doc gold, CharSpan goldTrigger, List<Argument> rules, List<RoleDecoder.Choice> added) {
        List<String> tuples = new ArrayList<>();
        for (Argument a : rules) {
            tuples.add(goldTrigger + " " + Predicted.head(a.span(), gold.tokens()) + " " + a.role());
        }
        for (RoleDecoder.Choice c : added) {
            tuples.add(
                    goldTrigger + " " + Predicted.head(c.candidate().mention().span(), gold.tokens()) + " " + c.role());
        }
        return tuples;
    }
}
