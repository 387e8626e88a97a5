package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Role;
import org.sitrep.model.Specificity;

/**
 * Within-article event coreference: two drafts of one type are one event when they share an agent
 * entity (or, lacking agents, a patient entity), their patients do not contradict (different single
 * persons), and neither their places nor their times from the text disagree.
 */
final class EventMerger {
    private final Set<String> pluralArguments;

    /** @param pluralArguments entity ids known to be plural groups of people ("servicemen", "officers") */
    EventMerger(Set<String> pluralArguments) {
        this.pluralArguments = pluralArguments;
    }

    /** Each draft joins the first earlier event it matches, as that event stands after what it absorbed. */
    List<Draft> merge(List<Draft> drafts) {
        List<Draft> result = new ArrayList<>();
        for (Draft draft : drafts) {
            int target = -1;
            for (int k = 0; k < result.size() && target < 0; k++) {
                if (sameEvent(result.get(k), draft)) {
                    target = k;
                }
            }
            if (target < 0) {
                result.add(draft);
            } else {
                result.set(target, absorb(result.get(target), draft));
            }
        }
        return result;
    }

    private boolean sameEvent(Draft a, Draft b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        boolean sharedAgent = intersects(a.entities(Role.AGENT), b.entities(Role.AGENT));
        boolean noAgents =
                a.entities(Role.AGENT).isEmpty() || b.entities(Role.AGENT).isEmpty();
        boolean sharedPatient = intersects(a.entities(Role.PATIENT), b.entities(Role.PATIENT));
        if (!(sharedAgent || noAgents && sharedPatient)) {
            return false;
        }
        if (!patientsAgree(a.entities(Role.PATIENT), b.entities(Role.PATIENT))) {
            return false;
        }
        if (fromSyntax(a)
                && fromSyntax(b)
                && !a.place().get().name().equalsIgnoreCase(b.place().get().name())) {
            return false;
        }
        if (a.hasTimeFromText() && b.hasTimeFromText()) {
            var ta = a.time().get().value();
            var tb = b.time().get().value();
            return ta.isEmpty() || tb.isEmpty() || TimeValues.compatible(ta.get(), tb.get());
        }
        return true;
    }

    private static boolean fromSyntax(Draft d) {
        return d.place().isPresent() && !d.place().get().rule().equals("sentence");
    }

    /** Different patients are fine when both are groups ("servicemen" and "officers" of one raid). */
    private boolean patientsAgree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || intersects(a, b)) {
            return true;
        }
        return a.stream().allMatch(pluralArguments::contains) && b.stream().allMatch(pluralArguments::contains);
    }

    private static boolean intersects(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The target with the other's mentions, its new participants, and its place and time where they say more. */
    private static Draft absorb(Draft target, Draft other) {
        List<Trigger> triggers = new ArrayList<>(target.triggers());
        triggers.addAll(other.triggers());
        List<Argument> arguments = new ArrayList<>(target.arguments());
        for (Argument a : other.arguments()) {
            boolean known = arguments.stream()
                    .anyMatch(t -> t.role() == a.role()
                            && (a.entityId().isPresent()
                                    ? t.entityId().equals(a.entityId())
                                    : t.span().equals(a.span())));
            if (!known) {
                arguments.add(a);
            }
        }
        Optional<EventPlace> place = target.place();
        if (target.place().isEmpty()
                || target.place().get().rule().equals("sentence")
                        && other.place().isPresent()
                        && other.place().get().rule().equals("syntax")) {
            place = other.place().isPresent() ? other.place() : target.place();
        }
        Optional<EventTime> time = target.time();
        if (!target.hasTimeFromText() || other.hasTimeFromText() && finer(other, target)) {
            time = other.time().isPresent() ? other.time() : target.time();
        }
        // one specific report of the event makes it specific, whatever a generic mention of it says
        Specificity specificity =
                other.specificity() == Specificity.SPECIFIC ? Specificity.SPECIFIC : target.specificity();
        return new Draft(triggers, target.type(), arguments, target.modality(), specificity, place, time);
    }

    private static boolean finer(Draft a, Draft b) {
        var va = a.time().get().value();
        var vb = b.time().get().value();
        return va.isPresent()
                && (vb.isEmpty()
                        || va.get().precision().ordinal() < vb.get().precision().ordinal());
    }
}
