package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;

/** One event's role candidates: its document, sentence, trigger and the trigger's head token, the rules' arguments, the candidates with their features. */
public record EventRoleCandidates(
        Document document,
        Sentence sentence,
        CharSpan trigger,
        int triggerHead,
        List<Argument> ruleArguments,
        List<RoleCandidate> candidates) {
    public EventRoleCandidates {
        requireNonNull(document, "document is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(trigger, "trigger is null");
        ruleArguments = List.copyOf(ruleArguments);
        candidates = List.copyOf(candidates);
    }
}
