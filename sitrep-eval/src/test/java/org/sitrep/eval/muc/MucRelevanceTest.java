package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MucRelevanceTest {
    private static final List<String> INCIDENTS = List.of(
            "urban guerrillas set off a car bomb outside a bank, killing two civilians.",
            "a judge was murdered by unidentified gunmen as he left his home.",
            "terrorists kidnapped a businessman and demanded a ransom.",
            "a bomb exploded at the offices of a newspaper, wounding a journalist.",
            "rebels burned three buses and murdered the driver of a truck.");
    private static final List<String> OTHERS = List.of(
            "the army said its troops clashed with guerrillas in the mountains.",
            "the president discussed the economy with the finance minister.",
            "the assembly approved the budget for next year after a long debate.",
            "the guerrillas announced a political platform at a press conference.",
            "soldiers and rebels fought for the control of a hill near the border.");

    @Test
    void scoresArticlesLikeTheIncidentsItWasTrainedOnAboveOtherArticles() {
        List<MucDoc> training = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) { // features must be seen twice
            INCIDENTS.forEach(t -> training.add(new MucDoc("i" + training.size(), t, List.of(template()))));
            OTHERS.forEach(t -> training.add(new MucDoc("o" + training.size(), t, List.of())));
        }
        MucRelevance relevance = MucRelevance.train(training);
        double incident = relevance.probability("gunmen murdered a judge and set off a bomb at a bank.");
        double other = relevance.probability("the minister discussed the budget with the assembly.");
        assertTrue(incident > MucRelevance.THRESHOLD, "incident: " + incident);
        assertTrue(other < MucRelevance.THRESHOLD, "other: " + other);
    }

    @Test
    void refusesTrainingDataWithoutARelevantArticle() {
        List<MucDoc> training = List.of(new MucDoc("a", "a text", List.of()), new MucDoc("b", "b text", List.of()));
        assertThrows(IllegalArgumentException.class, () -> MucRelevance.train(training));
    }

    @Test
    void featuresAreLowerCasedWordsAndWordPairs() {
        assertEquals(
                new TreeSet<>(List.of("a", "bomb", "car", "a_car", "car_bomb")), MucRelevance.features("A car-bomb."));
    }

    private static MucTemplate template() {
        return new MucTemplate("attack", Map.of());
    }
}
