package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "modality": asserted, reported, uncertain, negated or future, from cues on the trigger and the
 * verbs above it in the parse ({@link ModalityDetector}).
 */
final class ModalityPass extends DraftPass {
    private final ModalityDetector detector;

    ModalityPass(ModalityDetector detector) {
        super("modality", Set.of(Part.DRAFTS));
        this.detector = detector;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        return d -> d.withModality(detector.detect(d.trigger()));
    }
}
