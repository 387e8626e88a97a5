package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.data.Tsv;
import org.sitrep.model.Role;

/**
 * The trained argument-role classifier: one class per (trigger, entity mention) pair of a sentence, {@link
 * #NONE} or a {@link Role} name, over {@link RoleFeatures}. A linear model in the trigger model's file format
 * and arithmetic ({@link TriggerModel}: one weight vector per class, LIBLINEAR's logistic outputs), read from
 * {@code role-model.tsv}, which {@code sitrep train} writes with its data card {@code role-model.card.json}.
 */
public final class RoleModel {
    public static final String RESOURCE = "/org/sitrep/extract/events/role-model.tsv";
    public static final String NONE = TriggerModel.NONE;

    private final TriggerModel linear;

    public RoleModel(TriggerModel linear) {
        for (String c : linear.classes()) {
            if (!c.equals(NONE)) {
                Role.valueOf(c); // fails on a class that is no role
            }
        }
        this.linear = linear;
    }

    /** The model Sitrep ships. */
    public static RoleModel load() {
        return parse(Tsv.Source.resource(RoleModel.class, RESOURCE));
    }

    public static RoleModel parse(Tsv.Source source) {
        return new RoleModel(TriggerModel.parse(source));
    }

    /** The file {@link #parse} reads. */
    public String format() {
        return linear.format();
    }

    /** The classes in file order: NONE and role names. */
    public List<String> classes() {
        return linear.classes();
    }

    public int featureCount() {
        return linear.featureCount();
    }

    /** The model's role for a candidate, with its probability; an empty role for NONE. */
    public Decision classify(List<String> features) {
        TriggerModel.Decision d = linear.classify(features);
        return new Decision(
                d.cls().equals(NONE) ? Optional.empty() : Optional.of(Role.valueOf(d.cls())), d.probability());
    }

    /** The role the model gives (none for NONE) and how probable it finds its class. */
    public record Decision(Optional<Role> role, double probability) {
        public Decision {
            java.util.Objects.requireNonNull(role, "role is null");
        }
    }
}
