package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FillerPriorTest {
    private static MucDoc doc(String id, String text, Map<MucRole, List<List<String>>> fillers) {
        return new MucDoc(id, text, fillers.isEmpty() ? List.of() : List.of(new MucTemplate("bombing", fillers)));
    }

    private final FillerPrior prior = FillerPrior.train(List.of(
            doc(
                    "1",
                    "the people's liberation front set off a car bomb near the embassy.",
                    Map.of(
                            MucRole.PERP_ORG, List.of(List.of("people's liberation front")),
                            MucRole.WEAPON, List.of(List.of("car bomb")))),
            doc(
                    "2",
                    "a car bomb exploded; police blamed the people's liberation front.",
                    Map.of(MucRole.WEAPON, List.of(List.of("car bomb")))),
            doc("3", "the people's liberation front held a congress.", Map.of()),
            doc("4", "the army found a bomb in the market.", Map.of(MucRole.WEAPON, List.of(List.of("bomb"))))));

    @Test
    void aStringsPriorIsTheShareOfTheArticlesNamingItInWhichItFilledTheRole() {
        // a filler in 2 of the 2 articles that name it, and its last word "bomb" in 3 of 3
        assertEquals(
                List.of("Weapon:prior=>=.5/2-4", "Weapon:headprior=>=.5/2-4"),
                prior.features(MucRole.WEAPON, "a car bomb"));
        // a perpetrator in 1 of the 3 articles that name it
        assertEquals(
                List.of("PerpOrg:prior=<.5/1", "PerpOrg:headprior=<.5/1"),
                prior.features(MucRole.PERP_ORG, "The People's Liberation Front"));
    }

    @Test
    void stringsThatOftenFilledARoleAreCandidatesOfEachIncidentTypeUnlessAlreadyProposed() {
        List<FillerCandidate> proposed = List.of(
                new FillerCandidate("bombing", MucRole.WEAPON, "#E1", "A car bomb", "argument", List.of()),
                new FillerCandidate("attack", MucRole.VICTIM, "#E2", "a guard", "argument", List.of()));
        List<FillerCandidate> lexicon =
                prior.lexiconCandidates("Guards found a bomb and a car bomb; the car bomb went off.", proposed);
        // "bomb" filled Weapon in 3 articles, "car bomb" in 2 but is proposed already
        assertEquals(
                List.of("bombing/Weapon/bomb", "attack/Weapon/bomb"),
                lexicon.stream()
                        .map(c -> c.incidentType() + "/" + c.role().key() + "/" + c.text())
                        .toList());
        assertEquals(
                List.of(
                        "Weapon:bias",
                        "Weapon:source=lexicon",
                        "Weapon:position=2",
                        "Weapon:times=3",
                        "Weapon:length=1",
                        "Weapon:incident=bombing"),
                lexicon.get(0).features());
        assertTrue(lexicon.stream().noneMatch(FillerCandidate::fromRules));
        // an article without incidents gets no template, so no candidates either
        assertEquals(List.of(), prior.lexiconCandidates("a bomb", List.of()));
    }

    @Test
    void stringsThatNeverFilledTheRoleAreNeverOrUnknown() {
        // named in training articles as a filler of another role only
        assertEquals(
                List.of("PerpOrg:prior=never", "PerpOrg:headprior=never"),
                prior.features(MucRole.PERP_ORG, "car bomb"));
        assertEquals(
                List.of("Victim:prior=unknown", "Victim:headprior=unknown"),
                prior.features(MucRole.VICTIM, "Hector Oqueli"));
        assertEquals(List.of(), prior.features(MucRole.VICTIM, "the"));
    }
}
