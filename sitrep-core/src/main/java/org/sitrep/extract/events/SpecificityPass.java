package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "specificity": a specific occurrence, or a generic, habitual or hypothetical statement, from cues on the
 * trigger and the verbs above it in the parse ({@link SpecificityDetector}).
 */
final class SpecificityPass extends DraftPass {
    private final SpecificityDetector detector;

    SpecificityPass(SpecificityDetector detector) {
        super("specificity", Set.of(Part.DRAFTS));
        this.detector = detector;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        return d -> d.withSpecificity(detector.detect(d.trigger()));
    }
}
