package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequentFillerBaselineTest {
    @Test
    void predictsStringsThatFilledARoleInEnoughDocumentsWhenTheTextHasThem() {
        List<MucDoc> training = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            training.add(doc("d" + i, Map.of(MucRole.PERP_ORG, List.of(List.of("The FMLN")))));
        }
        // twice in one document counts once: 'mortars' fills Weapon in 2 documents only
        training.add(doc("w1", Map.of(MucRole.WEAPON, List.of(List.of("mortars"), List.of("mortars")))));
        training.add(doc("w2", Map.of(MucRole.WEAPON, List.of(List.of("mortars")))));
        FrequentFillerBaseline baseline = FrequentFillerBaseline.train(training, 3);
        assertEquals(1, baseline.size(MucRole.PERP_ORG));
        assertEquals(0, baseline.size(MucRole.WEAPON));
        assertEquals("attack", baseline.incidentType());
        List<MucTemplate> predicted = baseline.predict("fmln rebels fired mortars.");
        assertEquals(1, predicted.size());
        assertEquals(List.of(List.of("fmln")), predicted.get(0).of(MucRole.PERP_ORG));
        // whole words only
        assertEquals(List.of(), baseline.predict("the fmlnx said nothing."));
    }

    private static MucDoc doc(String id, Map<MucRole, List<List<String>>> fillers) {
        return new MucDoc(id, "text", List.of(new MucTemplate("attack", fillers)));
    }
}
