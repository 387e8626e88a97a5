package org.sitrep.testing;

import java.util.Optional;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;

/** The data shipped on the classpath, built by hand for tests that need one piece (Sitrep itself loads it in Knowledge). */
public final class Shipped {
    private Shipped() {}

    public static WordLists words() {
        return WordLists.load();
    }

    public static Countries countries() {
        return Countries.load(words());
    }

    /** The actor catalogue without a user file. */
    public static ActorCatalog catalog() {
        WordLists words = words();
        return ActorCatalog.load(Countries.load(words), words, Optional.empty());
    }
}
