package org.sitrep.eval.muc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A string the MUC mapping proposes for a role of one incident type in a document, with the features that
 * {@link FillerModel} judges it by.
 *
 * @param key the entity it names ("#" and the entity id), or its normalised text: one filler per key and role
 */
public record FillerCandidate(String incidentType, MucRole role, String key, String text, List<String> features) {
    public FillerCandidate {
        requireNonNull(incidentType, "incidentType is null");
        requireNonNull(role, "role is null");
        requireNonNull(key, "key is null");
        requireNonNull(text, "text is null");
        features = List.copyOf(features);
    }
}
