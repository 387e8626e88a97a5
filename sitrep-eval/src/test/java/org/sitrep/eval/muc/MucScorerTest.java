package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MucScorerTest {
    @Test
    void normalisesAsGttDoes() {
        assertEquals("santo tomas presidential farm", MucScorer.normalise("The \"Santo Tomas\"  presidential farm"));
        assertEquals("members of fmln", MucScorer.normalise("members of the FMLN."));
        assertEquals("andes", MucScorer.normalise("an Andes"));
    }

    @Test
    void anyCoreferentGoldMentionCounts() {
        MucTemplate gold =
                template("attack", Map.of(MucRole.PERP_ORG, List.of(List.of("the fmln", "farabundo marti front"))));
        MucTemplate predicted = template("attack", Map.of(MucRole.PERP_ORG, List.of(List.of("Farabundo Marti Front"))));
        MucScorer scorer = new MucScorer();
        scorer.add(List.of(gold), List.of(predicted));
        assertEquals(new RoleCounts(1, 1, 1, 1), scorer.role(MucRole.PERP_ORG));
        assertEquals(1.0, scorer.micro().f1());
    }

    @Test
    void alignsOnlyTemplatesOfTheSameIncidentType() {
        MucTemplate gold = template("bombing", Map.of(MucRole.TARGET, List.of(List.of("embassy"))));
        MucTemplate predicted = template("attack", Map.of(MucRole.TARGET, List.of(List.of("the embassy"))));
        MucScorer scorer = new MucScorer();
        scorer.add(List.of(gold), List.of(predicted));
        assertEquals(new RoleCounts(0, 1, 0, 1), scorer.role(MucRole.TARGET));
        MucScorer typeBlind = new MucScorer(false);
        typeBlind.add(List.of(gold), List.of(predicted));
        assertEquals(new RoleCounts(1, 1, 1, 1), typeBlind.role(MucRole.TARGET));
    }

    @Test
    void aJointGoldTypeAcceptsEitherOfItsTypes() {
        MucTemplate gold = template("attack / bombing", Map.of(MucRole.WEAPON, List.of(List.of("dynamite"))));
        MucTemplate predicted = template("bombing", Map.of(MucRole.WEAPON, List.of(List.of("dynamite"))));
        MucScorer scorer = new MucScorer();
        scorer.add(List.of(gold), List.of(predicted));
        assertEquals(new RoleCounts(1, 1, 1, 1), scorer.role(MucRole.WEAPON));
    }

    @Test
    void alignsOneToOneChoosingTheBestAlignment() {
        // two gold attacks; the first prediction fits the second gold template, the second fits neither
        MucTemplate goldA = template("attack", Map.of(MucRole.VICTIM, List.of(List.of("jose"))));
        MucTemplate goldB = template("attack", Map.of(MucRole.VICTIM, List.of(List.of("maria"), List.of("pedro"))));
        MucTemplate first = template("attack", Map.of(MucRole.VICTIM, List.of(List.of("maria"), List.of("pedro"))));
        MucTemplate second = template("attack", Map.of(MucRole.VICTIM, List.of(List.of("maria"))));
        MucScorer scorer = new MucScorer();
        scorer.add(List.of(goldA, goldB), List.of(first, second));
        // 'second' cannot reuse goldB: its filler counts as spurious, and jose stays missing
        assertEquals(new RoleCounts(2, 3, 2, 3), scorer.role(MucRole.VICTIM));
        assertEquals(2, scorer.predictedTemplates());
        assertEquals(2, scorer.goldTemplates());
    }

    @Test
    void fillersOfUnalignedTemplatesCountAgainstPrecisionAndRecall() {
        MucScorer scorer = new MucScorer();
        scorer.add(List.of(), List.of(template("kidnapping", Map.of(MucRole.VICTIM, List.of(List.of("x"))))));
        scorer.add(List.of(template("arson", Map.of(MucRole.TARGET, List.of(List.of("bus"))))), List.of());
        assertEquals(new RoleCounts(0, 1, 0, 0), scorer.role(MucRole.VICTIM));
        assertEquals(new RoleCounts(0, 0, 0, 1), scorer.role(MucRole.TARGET));
        assertEquals(0.0, scorer.micro().f1());
    }

    static MucTemplate template(String type, Map<MucRole, List<List<String>>> fillers) {
        return new MucTemplate(type, fillers);
    }
}
