package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FillerModelTest {
    @Test
    void learnsWhichKindOfCandidateIsAGoldFiller() {
        List<FillerModel.Labelled> documents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "Victim Number" + i;
            MucDoc gold = new MucDoc(
                    "d" + i,
                    "text",
                    List.of(new MucTemplate("attack", Map.of(MucRole.VICTIM, List.of(List.of(name.toLowerCase()))))));
            documents.add(new FillerModel.Labelled(
                    gold, List.of(candidate(name, "V:kind=NAME"), candidate("the victims", "V:kind=NOMINAL"))));
        }
        FillerModel model = FillerModel.train(documents);
        assertTrue(model.keeps(candidate("Someone Else", "V:kind=NAME")));
        assertFalse(model.keeps(candidate("the wounded", "V:kind=NOMINAL")));
        assertEquals(
                Arrays.stream(FillerModel.THRESHOLDS).boxed().toList(),
                List.copyOf(model.crossValidated().keySet()));
        // keeping only names finds every gold filler and predicts nothing else
        assertEquals(1.0, model.crossValidated().get(model.threshold()), 1e-9);
    }

    @Test
    void relevanceIsAFeatureOfEachCandidateInTenths() {
        List<FillerCandidate> with = FillerModel.withRelevance(List.of(candidate("Ruiz", "V:kind=NAME")), 0.46);
        assertEquals(
                List.of("V:bias", "V:kind=NAME", "Victim:relevance=5"),
                with.get(0).features());
    }

    @Test
    void aCandidateIsRightWhenItsNormalisedTextIsAGoldMentionOfItsRole() {
        MucDoc gold = new MucDoc(
                "d",
                "text",
                List.of(new MucTemplate(
                        "bombing",
                        Map.of(
                                MucRole.PERP_ORG, List.of(List.of("fmln", "farabundo marti national liberation front")),
                                MucRole.WEAPON, List.of(List.of("car bomb"))))));
        assertTrue(FillerModel.right(
                new FillerCandidate(
                        "attack",
                        MucRole.PERP_ORG,
                        "k",
                        "the Farabundo Marti National Liberation Front",
                        "argument",
                        List.of()),
                gold));
        assertTrue(FillerModel.right(
                new FillerCandidate("attack", MucRole.WEAPON, "k", "a car bomb", "trigger", List.of()), gold));
        assertFalse(FillerModel.right(
                new FillerCandidate("attack", MucRole.PERP_IND, "k", "FMLN", "argument", List.of()), gold));
    }

    private static FillerCandidate candidate(String text, String feature) {
        return new FillerCandidate(
                "attack", MucRole.VICTIM, text.toLowerCase(), text, "argument", List.of("V:bias", feature));
    }
}
