package org.sitrep.eval.baseline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.EntityType;
import org.sitrep.nlp.CoreNlpStage;

/**
 * CoreNLP's 4-class CoNLL CRF ({@link CoreNlpStage#NER_MODEL}) applied alone to pre-tokenised
 * sentences: the baseline for {@code sitrep eval conll2003}. Uses {@code classifySentence}, which
 * builds the tokens the model expects ({@code classify} on hand-made CoreLabels gives wrong tags).
 * The model's labels are IO-encoded, so adjacent names of one type come out as one.
 */
public final class ConllCrfTagger {
    private final CRFClassifier<CoreLabel> crf;

    private ConllCrfTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    public static ConllCrfTagger load() {
        try {
            return new ConllCrfTagger(CRFClassifier.getClassifier(CoreNlpStage.NER_MODEL));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + CoreNlpStage.NER_MODEL + " from the classpath", e);
        }
    }

    /** One tag per word: PERSON, ORGANIZATION, LOCATION or MISC, or empty for none. Not thread-safe. */
    public synchronized List<Optional<EntityType>> tag(List<String> words) {
        List<Word> input = new ArrayList<>(words.size());
        words.forEach(w -> input.add(new Word(w)));
        List<CoreLabel> output = crf.classifySentence(input);
        if (output.size() != words.size()) {
            throw new IllegalStateException(
                    "CRF returned %d labels for %d words".formatted(output.size(), words.size()));
        }
        List<Optional<EntityType>> tags = new ArrayList<>(words.size());
        for (CoreLabel label : output) {
            tags.add(type(label.get(CoreAnnotations.AnswerAnnotation.class)));
        }
        return tags;
    }

    static Optional<EntityType> type(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        return switch (answer) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION" -> Optional.of(EntityType.LOCATION);
            case "MISC" -> Optional.of(EntityType.MISC);
            case "O" -> Optional.empty();
            default -> throw new IllegalStateException("unexpected CRF label " + answer);
        };
    }
}
