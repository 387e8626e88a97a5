package org.sitrep.learn;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.CharSpan;

/** A document's text with its annotated triggers: each a span of the text and the corpus's own event type. */
record LabelledDoc(String id, String text, List<Mention> triggers) {
    LabelledDoc {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        triggers = List.copyOf(triggers);
        for (Mention m : triggers) {
            if (m.span().end() > text.length()) {
                throw new IllegalArgumentException("trigger %s of %s is outside the text".formatted(m, id));
            }
        }
    }

    record Mention(CharSpan span, String corpusType) {
        Mention {
            requireNonNull(span, "span is null");
            requireNonNull(corpusType, "corpusType is null");
        }
    }
}
