package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * One named rule of the events stage, run over all of a document's candidate triggers or event
 * drafts at once. Passes are defined in this package only (the constructor and {@link #apply} are
 * package-private); other modules choose and order them through {@link EventPasses}. A pass keeps no
 * state between documents, so one instance serves every thread.
 */
public abstract class EventPass {
    /** What a pass reads or writes of the working values, so that a pass list can be checked up front. */
    public enum Part {
        TRIGGERS,
        DRAFTS
    }

    private final String name;
    private final Set<Part> requires;
    private final Set<Part> produces;

    EventPass(String name, Set<Part> requires, Set<Part> produces) {
        this.name = requireNonNull(name, "name is null");
        this.requires = Set.copyOf(requires);
        this.produces = Set.copyOf(produces);
    }

    /** A short lower-case name, unique within a pass list ("triggers", "coreference"). */
    public final String name() {
        return name;
    }

    /** What must exist before this pass runs. */
    public final Set<Part> requires() {
        return requires;
    }

    /** What exists after it that did not before (none for a pass that only refines drafts). */
    public final Set<Part> produces() {
        return produces;
    }

    abstract EventDrafts apply(EventDrafts drafts);

    @Override
    public String toString() {
        return name;
    }
}
