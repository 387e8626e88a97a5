package org.sitrep.extract.events;

import java.util.Set;

/**
 * "conjuncts": conjoined events ("overran Arsal in August 2014 and engaged in clashes"), an event and
 * its scene ("killed ten in an attack in X") and an event and its cause share the time and place the
 * parse gave one of them (rule "conjunct"). See {@link Discourse#shareWithConjuncts}.
 */
final class ConjunctsPass extends EventPass {
    ConjunctsPass() {
        super("conjuncts", Set.of(Part.DRAFTS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(Discourse.shareWithConjuncts(drafts.drafts()));
    }
}
