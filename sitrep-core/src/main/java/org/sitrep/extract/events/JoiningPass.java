package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * "joining": "X joined Y" is RECRUIT, unless the article describes X as a soldier, policeman...:
 * then X defects to Y ({@link JoiningRule}).
 */
final class JoiningPass extends DraftPass {
    private final JoiningRule rule;

    /** @param stateForcesPerson whether a noun names a member of state forces ("soldier", "policeman") */
    JoiningPass(Predicate<String> stateForcesPerson) {
        super("joining", Set.of(Part.DRAFTS));
        this.rule = new JoiningRule(stateForcesPerson);
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        return d -> rule.refine(d, drafts.document());
    }
}
