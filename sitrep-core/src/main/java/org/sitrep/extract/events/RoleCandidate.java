package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Role;

/**
 * An entity mention of a trigger's sentence that may fill one of the trigger's roles, as the role model sees it.
 *
 * @param trigger  the trigger's span
 * @param type     the trigger's Sitrep type
 * @param head     the mention's head token, as an index into its sentence
 * @param entity   whether the mention is an entity's; else it is a noun phrase no entity mention covers
 * @param ruleRole the role the rules gave the phrase this mention heads or lies in, if any
 */
public record RoleCandidate(
        CharSpan trigger,
        String type,
        EntityMention mention,
        int head,
        boolean entity,
        Optional<Role> ruleRole,
        List<String> features) {
    public RoleCandidate {
        requireNonNull(trigger, "trigger is null");
        requireNonNull(type, "type is null");
        requireNonNull(mention, "mention is null");
        requireNonNull(ruleRole, "ruleRole is null");
        features = List.copyOf(features);
    }
}
