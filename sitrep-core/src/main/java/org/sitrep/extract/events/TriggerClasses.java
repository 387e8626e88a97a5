package org.sitrep.extract.events;

import java.util.Set;
import org.sitrep.ontology.Ontology;

/**
 * What the trigger model tells apart: each Sitrep type is its own class, except the types of the
 * ontology's "attack" family, which are one class, "attack": the two-level KAIROS types of the training
 * data name them all Conflict.Attack, and the lexicon (bomb, air strike, shelling) chooses among them.
 */
public final class TriggerClasses {
    public static final String ATTACK = "attack";

    private final Set<String> attack;

    private TriggerClasses(Set<String> attack) {
        this.attack = Set.copyOf(attack);
    }

    public static TriggerClasses of(Ontology ontology) {
        return new TriggerClasses(ontology.family(ATTACK));
    }

    /** The Sitrep types of a class: the family's for "attack", else the class's own type. */
    public Set<String> typesOf(String cls) {
        return cls.equals(ATTACK) ? attack : Set.of(cls);
    }

    /** The model's class of a Sitrep type. */
    public String of(String type) {
        return attack.contains(type) ? ATTACK : type;
    }
}
