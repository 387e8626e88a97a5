package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetClassifierTest {
    private static SnippetClassifier.Example example(String label, String... features) {
        return new SnippetClassifier.Example(List.of(features), label);
    }

    private static final List<SnippetClassifier.Example> EXAMPLES = List.of(
            example("PEACE_PROTEST", "rule=PEACE_PROTEST", "w=march", "w=peaceful"),
            example("FORCE_AGAINST_PROTEST", "rule=PEACE_PROTEST", "w=march", "w=teargas"),
            example("PEACE_PROTEST", "rule=PEACE_PROTEST", "w=rally", "w=peaceful"),
            example("FORCE_AGAINST_PROTEST", "rule=PEACE_PROTEST", "w=rally", "w=teargas"),
            example("PEACE_PROTEST", "rule=PEACE_PROTEST", "w=march", "w=peaceful"),
            example("FORCE_AGAINST_PROTEST", "rule=PEACE_PROTEST", "w=rally", "w=teargas"));

    @Test
    void theSnippetsWordsOverruleTheRulesLabelWhereTrainingSaysSo() {
        SnippetClassifier classifier = SnippetClassifier.train(EXAMPLES);
        assertEquals("FORCE_AGAINST_PROTEST", classifier.predict(List.of("rule=PEACE_PROTEST", "w=teargas")));
        assertEquals("PEACE_PROTEST", classifier.predict(List.of("rule=PEACE_PROTEST", "w=peaceful")));
    }

    @Test
    void aFeatureSeenOnceInTrainingIsNotLearnt() {
        List<SnippetClassifier.Example> examples = List.of(
                example("A", "w=common"),
                example("A", "w=common"),
                example("B", "w=other"),
                example("B", "w=other"),
                example("B", "w=once"));
        // "once" was seen with B only once: without it the snippet is decided by the bias, not by that word
        SnippetClassifier classifier = SnippetClassifier.train(examples);
        assertEquals(classifier.predict(List.of()), classifier.predict(List.of("w=once")));
    }

    @Test
    void crossValidationPredictsEachExampleOnceWithAModelThatNeverSawIt() {
        List<String> predicted = SnippetClassifier.crossValidate(EXAMPLES, 3);
        assertEquals(EXAMPLES.stream().map(SnippetClassifier.Example::label).toList(), predicted);
        // two peaceful marches differ from the others by a word no other has: were a snippet in its own training
        // fold, the word would be seen twice and learnt; left out, it is seen once, and the snippet looks like the
        // other peaceful marches
        List<SnippetClassifier.Example> withPair = new ArrayList<>(EXAMPLES);
        withPair.add(example("PAIR", "rule=PEACE_PROTEST", "w=march", "w=peaceful", "w=unique"));
        withPair.add(example("PAIR", "rule=PEACE_PROTEST", "w=march", "w=peaceful", "w=unique"));
        List<String> leaveOneOut = SnippetClassifier.crossValidate(withPair, withPair.size());
        assertEquals(List.of("PEACE_PROTEST", "PEACE_PROTEST"), leaveOneOut.subList(6, 8));
    }

    @Test
    void foldsMustSplitTheExamples() {
        assertThrows(IllegalArgumentException.class, () -> SnippetClassifier.crossValidate(EXAMPLES, 1));
        assertThrows(IllegalArgumentException.class, () -> SnippetClassifier.crossValidate(EXAMPLES, 7));
    }
}
