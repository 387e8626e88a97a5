package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.CharSpan;

/** Gold annotations of one evaluation document, in character offsets into {@link Doc#text()}. */
public final class Gold {
    private Gold() {}

    /**
     * One document: the text fed to Sitrep, the dataset's own tokens (used to find argument heads on
     * both sides, so the two tokenizers never have to agree) and the gold event mentions.
     */
    public record Doc(String id, String text, List<CharSpan> tokens, List<Event> events) {
        public Doc {
            requireNonNull(id, "id is null");
            requireNonNull(text, "text is null");
            tokens = List.copyOf(tokens);
            events = List.copyOf(events);
        }
    }

    /** One gold event mention: KAIROS type, trigger span (all trigger tokens) and arguments. */
    public record Event(String kairosType, CharSpan trigger, List<Argument> arguments) {
        public Event {
            requireNonNull(kairosType, "kairosType is null");
            requireNonNull(trigger, "trigger is null");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * One gold argument: KAIROS role, the span of the head (last) token of its entity mention, and the
     * full spans of that mention and of the mentions coreferent with it (the dataset's coreference
     * clusters), which the event-place score accepts as the same entity.
     */
    public record Argument(String role, CharSpan head, List<CharSpan> mentions) {
        public Argument {
            requireNonNull(role, "role is null");
            requireNonNull(head, "head is null");
            mentions = List.copyOf(mentions);
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("argument " + role + " at " + head + " has no mention");
            }
        }

        /** An argument known only by its head token. */
        public Argument(String role, CharSpan head) {
            this(role, head, List.of(head));
        }
    }
}
