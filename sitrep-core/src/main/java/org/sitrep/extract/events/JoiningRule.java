package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Role;

/**
 * Joining an armed group is recruitment, except for members of state forces: a soldier who joins
 * al-Nusra Front defects. The lexicon reads "X joined Y" as RECRUIT (patient X, agent Y); when X is
 * described anywhere in the article as a soldier, policeman..., the event becomes DEFECT with agent
 * X and recipient Y.
 */
final class JoiningRule {
    private final Predicate<String> stateForcesPerson;

    JoiningRule(Predicate<String> stateForcesPerson) {
        this.stateForcesPerson = stateForcesPerson;
    }

    /** The draft as DEFECT when a member of state forces joins, else unchanged. */
    Draft refine(Draft d, Document document) {
        if (!d.type().equals("RECRUIT") || !d.trigger().entry().lemmas().get(0).equals("join")) {
            return d;
        }
        Optional<Argument> member =
                d.arguments().stream().filter(a -> a.role() == Role.PATIENT).findFirst();
        if (member.isEmpty() || !isStateForces(member.get(), document)) {
            return d;
        }
        List<Argument> remapped = new ArrayList<>();
        for (Argument a : d.arguments()) {
            Role role = a.role() == Role.PATIENT ? Role.AGENT : a.role() == Role.AGENT ? Role.RECIPIENT : a.role();
            remapped.add(new Argument(role, a.span(), a.text(), a.entityId()));
        }
        return d.withArguments(remapped).withType("DEFECT");
    }

    private boolean isStateForces(Argument member, Document document) {
        if (stateForcesPerson.test(lastWord(member.text()))) {
            return true;
        }
        for (Entity e : document.entities()) {
            if (member.entityId().equals(Optional.of(e.id()))) {
                for (EntityMention m : e.mentions()) {
                    if (m.kind() == EntityMention.Kind.NOMINAL && stateForcesPerson.test(lastWord(m.text()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lastWord(String text) {
        String[] words = text.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
