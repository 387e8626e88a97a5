package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/** A pass that decides each draft on its own, from the draft, its document and its sentence's triggers. */
abstract class DraftPass extends EventPass {
    DraftPass(String name, Set<Part> requires) {
        super(name, requires, Set.of());
    }

    /** The rule for one document's drafts (built once per document: some rules index the document). */
    abstract UnaryOperator<Draft> rule(EventDrafts drafts);

    @Override
    final EventDrafts apply(EventDrafts drafts) {
        UnaryOperator<Draft> rule = rule(drafts);
        return drafts.withDrafts(drafts.drafts().stream().map(rule).toList());
    }
}
