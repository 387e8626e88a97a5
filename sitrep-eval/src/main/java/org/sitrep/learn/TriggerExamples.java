package org.sitrep.learn;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.extract.events.TriggerFeatures;
import org.sitrep.extract.events.TriggerModel;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Training examples for the trigger model: every candidate token of a tagged document ({@link
 * TriggerFeatures#isCandidate}) with its features and its class: the class of the annotated trigger the
 * token lies in, else {@link TriggerModel#NONE}. A partly annotated corpus (the WikiEvents train substitute
 * marks "killed" as a trigger in 30% of its occurrences, the official dev split in 97%) gives examples only
 * from sentences with at least one annotated trigger: those the annotators read, where 60% of such words
 * are marked, not the unread ones, whose words would all teach the model NONE.
 */
final class TriggerExamples {
    /** @param lexiconType the lexicon's type for the token alone ({@link TriggerFeatures#lexiconType}) */
    record Example(List<String> features, String label, Optional<String> lexiconType) {
        Example {
            features = List.copyOf(features);
            requireNonNull(label, "label is null");
            requireNonNull(lexiconType, "lexiconType is null");
        }

        /** An example no lexicon entry speaks for (an argument role's). */
        Example(List<String> features, String label) {
            this(features, label, Optional.empty());
        }
    }

    /** The examples, and the annotated triggers that no candidate token overlaps (the model cannot find them). */
    record Result(List<Example> examples, int triggers, int unreachable) {}

    private TriggerExamples() {}

    /**
     * @param tagged  the document after Sitrep's tagger (tokens, lemmas, parts of speech, NER tags)
     * @param classOf the model's class of a corpus type
     * @param annotatedSentencesOnly only sentences with an annotated trigger (for a partly annotated corpus)
     */
    static Result of(
            Document tagged,
            LabelledDoc gold,
            Function<String, String> classOf,
            TriggerFeatures features,
            boolean annotatedSentencesOnly) {
        List<Example> examples = new ArrayList<>();
        boolean[] reached = new boolean[gold.triggers().size()];
        for (Sentence sentence : tagged.sentences()) {
            if (annotatedSentencesOnly
                    && gold.triggers().stream().noneMatch(m -> m.span().overlaps(sentence.span()))) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                if (!features.isCandidate(token)) {
                    continue;
                }
                String label = TriggerModel.NONE;
                for (int g = reached.length - 1; g >= 0; g--) { // the first annotation of a span counts
                    LabelledDoc.Mention m = gold.triggers().get(g);
                    if (m.span().overlaps(token.span())) {
                        label = classOf.apply(m.corpusType());
                        reached[g] = true;
                    }
                }
                examples.add(new Example(features.of(sentence, token.index()), label, features.lexiconType(token)));
            }
        }
        int unreachable = 0;
        for (boolean r : reached) {
            unreachable += r ? 0 : 1;
        }
        return new Result(examples, reached.length, unreachable);
    }
}
