package org.sitrep.coding;

import java.util.function.Predicate;
import org.sitrep.actors.ActorCatalog;

/**
 * Whether a name denotes a state force, for ACLED refinements ("Government regains territory"): a
 * catalogue actor whose ACLED inter code is 1 (state forces: "Syrian Arab Army", "IDF"), or a country's
 * institution of code 1 ("the Lebanese army", "Iraqi troops", "the Syrian government"), as
 * {@link ActorCatalog#institution(String)} recognises them. Rebels, militias and "Free Syrian Army"
 * are not.
 */
public final class StateForces implements Predicate<String> {
    private static final int ACLED_STATE_FORCES = 1;

    private final ActorCatalog catalog;

    public StateForces(ActorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean test(String name) {
        return catalog.lookup(name).map(a -> a.acledType() == ACLED_STATE_FORCES)
                .orElseGet(() -> catalog.institution(name).map(m -> m.acledType() == ACLED_STATE_FORCES).orElse(false));
    }
}
